"""Reflection precision, stop 20 (i20-refl): a sentence that argues is not one said back.

PAIR's held-back reflections showed "you"-sentences counted as reflections that only argue:
they rate an option ("Your savings are safer in a bank"), pass a verdict on a person ("Your
nan is living in the past"), promise a benefit for what the speaker wants done ("Telling
them would make you feel so much lighter", "you'd protect the others by speaking up"),
press the point ("…, you know it does"), warn through their luck ("You've been lucky so
far", "one bad night is all it takes") or turn what they managed before into a reason ("You
quit the drink, so you can quit this too"). `argues_on_a_bare_statement` caps such a reply at
no reflection when nothing else in it says back a feeling, what matters, or checks
understanding. `labels_them` does the same for a diagnosis put on them ("It sounds like
you've got a gambling problem. There are groups for that"), even behind a reflective stem:
the label is the speaker's view, not their experience. The wordings are written for this test, not taken from any data set.

Both ways, at the opening of all 12 shipped scenarios (`levels_both_ways`):

- each family is now no reflection, and earns no reflection strength;
- near misses stay reflections: the peer's own view said back ("You think your nan is
  living in the past"), a feeling named beside the argument (the project's "reflection then
  advice" convention), their own fear of a label said back, a wish said back ("You'd feel safer if the door locked properly"),
  and luck they had said back with how they are now.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, shipped_scenarios

#: An option rated for them, a verdict on a person, a benefit promised, the point pressed,
#: a warning through their luck, what they managed turned into a reason.
ARGUES = [
    "Your savings are way safer in a bank than under the bed.",
    "A proper contract is better than a handshake with him.",
    "Your aunt is living in the dark ages, honestly.",
    "Your regulars are so out of touch with how the work is now.",
    "Your mum's just old-fashioned about it.",
    "Getting tested will make you feel so much lighter.",
    "Going to the drop-in would give you peace of mind.",
    "You'd keep the newer girls safe by putting his number on the list.",
    "Writing it all down keeps you covered, you know it does.",
    "You've been really lucky so far with the late bookings.",
    "One guy with a grudge is all it takes.",
    "You already kicked the pills, so you can kick the drink too.",
]

#: A label put on them, with or without a reflective stem, before advice or alone.
LABELS = [
    "It sounds like you've got a gambling problem. There are groups for that.",
    "You have a real temper problem and you need to deal with it.",
    "Sounds like you're having trouble managing your moods. A course could help.",
    "ur addicted to the apps tbh",
    "You've got serious issues, love.",
]

#: The peer's view, a feeling named beside the argument, a wish, luck said with how it is.
SAID_BACK = [
    "You think your nan is living in the past about the work.",
    "You're scared of the clinic, and part of you knows going would give you peace of mind.",
    "You'd feel safer if the door locked properly.",
    "You've found a way that would protect the others and keep your name out of it.",
    "You're scared you've got a drinking problem, and that frightens you.",
    "You wonder whether the gambling has turned into a problem.",
    "You got lucky getting out, and now you're sleeping on a mate's sofa and worn down.",
    "Your sister keeps checking on you and you feel smothered.",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize("reply", ARGUES + LABELS)
def test_an_argument_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got
    ]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", ARGUES + LABELS)
def test_an_argument_earns_no_reflection_strength(scorer: Scorer, reply: str) -> None:
    reflection = {c.strength for c in scorer.rubrics.rubrics["paraphrasing"].criteria if c.strength}
    for scenario in shipped_scenarios()[:4]:
        context = " ".join(scenario.nodes[scenario.start_id].peer)
        result = scorer.score(context, reply)
        assert result.skills["paraphrasing"].level == 0, (reply, scenario.id)
        quoted = result.feedback.strength
        assert not any(quoted.startswith(s.split("{")[0]) for s in reflection if s.split("{")[0]), (
            reply,
            scenario.id,
            quoted,
        )


@pytest.mark.parametrize("reply", SAID_BACK)
def test_said_back_beside_it_is_still_a_reflection(scorer: Scorer, reply: str) -> None:
    missed = [
        (s, way) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got < 1
    ]
    assert not missed, (reply, missed)
