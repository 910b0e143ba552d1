"""Validation on fresh data, stop 18 (issue #11): families the dev halves of waves 3 to 9 showed.

Each table is one family, in our own wordings (not the waves' rows), scored at the opening of
all 12 shipped scenarios, with the peer's line only and in the moment (`levels_both_ways`):

- **A feeling offered in a question after a wh-clause** ("What goes through your head while
  you wait, is it mostly fear?", "when she goes quiet like that, is it panic?"): named, so
  noticed, 1 (the convention for feelings asked about). The question word before it used to
  count as a report frame (boundaries' `reported` lexicon holds "what", "how", "when"…) and
  dropped every such question. Still not after a report of someone's view or a condition
  ("You said your sister thinks it's guilt, is that it?", "If it's fear, would you call?").
- **What matters *to* them** ("your health matters to you", "your limits matter to you",
  "being treated like a person really matters to you"): a value said back, validation 0
  (tests/data/README.md, wave 8: values and needs said back name no feeling). "You matter",
  "your voice matters", "your feelings matter" still affirm (1).
- **Credit given to the other person** ("Fair play to them, the drop-in is stretched thin",
  "credit to him, …", "in his defence, …"): an allowance for a third party, as "to be fair"
  is: 0. Credit to the peer ("fair play to you", "props to u for…") affirms (1).
- **A hard stretch as "a rough one"** ("Sounds like a rough one.", "a hard few days", "a
  brutal couple of weeks"): noticed, 1. Not "is it a rough one?" nor a third party's week.
- **A rest said to be earned or deserved** ("You've earned a rest, Sam", "you totally deserve
  it"): affirms the effort, 1 — but not inside advice, a rescue, a false reassurance or an
  offer to meet ("Have a long bath tonight, you deserve it"): there the compliment is part of
  the push (wave 9), validation 0 and no ✓ strength for it.
- **Bare thanks** ("Thank you, Sky.", "Diolch, Alex.", "thanks hun x"): thanks for telling, 1.
  Not thanks that opens a refusal ("Thanks, but I can't…") nor "thanks anyway".
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, opening, shipped_scenarios

#: A feeling offered in a question that a wh-clause or a time clause opens: 1.
FEELING_OFFERED_AFTER_A_QUESTION_WORD = [
    "What goes through your head while you wait, is it mostly fear?",
    "when she goes quiet like that, is it panic that comes up?",
    "How does it sit with you now, is it more anger or more grief?",
    "what's it like at night, is it lonely?",
    "wat goes thru ur head when u wait, is it dread?",
    "Thinking about the landlord, what comes up, is it shame or something else?",
]

#: Credit to the peer and a hard stretch named: 1.
CREDITED_AND_NAMED = [
    "Fair play to you for getting out of there.",
    "props to u for speaking up",
    "Sounds like a rough one.",
    "sounds like a grim few days tbh",
    "Man, that's been a brutal couple of weeks for you.",
    "You've had a miserable run of it.",
    # bare thanks, alone or with a name
    "Diolch, Alex.",
    "Thank you, Sky. I know that took everything.",
    "thanks hun x",
]

#: A rest or a break called earned or deserved, said on its own: 1.
EARNED_REST = [
    "You've earned a rest, you really have.",
    "You totally deserve it. You really do.",
    "One weekend, phone off, just you and the cat. Sounds lekker, you've earned it.",
    "u deserve a proper break after all that",
    "honestly you've more than earned it",
]

#: The same compliment as the push of advice, a rescue or a meeting: 0.
EARNED_IN_THE_PUSH = [
    "Have a long bath tonight and an early night, you deserve it.",
    "Go treat yourself to something nice this weekend, you've earned it.",
    "You should switch the phone off for a few days, you've earned it.",
]

#: Near misses: 0 everywhere.
NOTICES_NOTHING = [
    # a feeling asked after a report or a condition, or no feeling at all
    "You said your sister thinks it's guilt, is that it?",
    "If it's fear, would you still call them?",
    "What do you want to do, is it worth calling?",
    "Whether it's fear or not, could you call them?",
    # what matters to them: a value said back
    "Your health matters to you, and so does being treated with respect.",
    "your safety matters a lot to you and you still want to warn them",
    "Being treated like a person really matters to you.",
    "Keeping your regulars matters to you, and so does your body.",
    # credit to the other person
    "Fair play to them, the drop-in is stretched thin.",
    "Credit to him, he did stop in the end.",
    # asked, or someone else's stretch
    "Is it a rough one?",
    "He had a rough week so he took it out on you.",
    # earned, but asked, a condition or negated
    "Do you feel like you've earned a rest?",
    "If you've earned it, take it.",
    # thanks that opens a refusal, or is for something else
    "Thanks, but I can't meet up outside the program.",
    "Thanks anyway.",
]

#: Still affirmations (1): worth said of the peer, not of what matters to them.
STILL_AFFIRMED = [
    "You matter.",
    "Your voice matters.",
    "You matter to me, you know.",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize(
    "reply",
    FEELING_OFFERED_AFTER_A_QUESTION_WORD + CREDITED_AND_NAMED + EARNED_REST + STILL_AFFIRMED,
)
def test_it_is_noticed(scorer: Scorer, reply: str) -> None:
    missed = [(s, way) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 1]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", NOTICES_NOTHING + EARNED_IN_THE_PUSH)
def test_near_misses_notice_nothing(scorer: Scorer, reply: str) -> None:
    wrong = [(s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", EARNED_IN_THE_PUSH)
def test_a_compliment_in_the_push_earns_no_strength(scorer: Scorer, reply: str) -> None:
    # The breach is what the trainee hears about; the compliment inside it is not praised.
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert result.skills["boundaries"].level >= 1, (scenario.id, reply)
        assert "affirmed" not in (result.feedback.strength or ""), (scenario.id, reply)


def test_an_earned_rest_is_an_affirmation_not_validation(scorer: Scorer) -> None:
    # "You've earned a rest" affirms the effort: level 1 (acknowledges), not 2 (validates).
    reply = "You've earned a rest, you really have."
    over = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got > 1
    ]
    assert not over, over
