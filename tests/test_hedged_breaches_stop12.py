"""Issue #11 (stop 12, i12-hedge): a breach said with a hedge is a breach; a condition, a contrast
or a tag question that leaves the peer's view to them is not.

Recall — breaches the stance and frame readers read as someone else's view, or not at all:

- "I feel like you should…": `directs` skipped any "like you should" ("people like you should…"),
  the speaker's own "I feel like" too; "I think *that* you should…" read the "that" as a frame
  of the peer's thinking (`reported`). The speaker's own belief is no frame (detectors
  `_own_view`), nor the word joining it to what they believe.
- "No offence but <instruction>": `commands` had no hedge among the words that may open an
  instruction; it reads one from the `hedges` lexicon before "but".
- Put forward in someone else's mouth ("some people would say that's the risk of the job", "any
  sensible person would tell you to quit", "you know what they say, …"): read as reported. By
  the convention of tests/data/README.md (stop 12) it is the speaker's own view unless the same
  sentence turns it down (stance `put_forward`).
- A warning said as a condition ("if you keep working you'll get hurt"): `{reported}`'s "if"
  hid it. A said warning is advice at risk (stop 6), so these rows expect advice, not breached.

Precision — replies that hold the boundary:

- A condition that leaves the choice to the peer ("If you ever decide to step back from the
  work, that's your call", "Should you decide to…"): the peer's own choice, not a way out put to
  them (a warning dressed as a condition stays advice, above).
- The work set aside by a contrast ("He put you at risk, not the work"): the clause is about
  him (stance `about`, `_SET_ASIDE`).
- A tag question after the clause ("Was he just stressed, do you reckon?"): asks their view, as
  the same words opening the question do (stance `stance_tag_asks`).
- "It's your decision / call to make" hands the choice back; `blames_in_hindsight` read it as
  "it was your choice to go back" (which stays a breach).
- A put-forward view turned down in the same sentence, and the peer's own report said back.

Every reply is our own probe, written for this file in several registers (texting, British,
formal, second-language, AAVE, therapy-speak); none is from a labelled set or a wave. Every row
is checked at the first moment of all 12 scenarios. Advice is at risk, not breached, where the
peer asked for ideas (tell-me-what-to-do).
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

#: Where the peer asks for ideas at the opening: advice there is at risk (1), not breached.
ASKED_FOR_IDEAS = {"tell-me-what-to-do"}

#: The speaker's own "I feel like / I think that" before an instruction.
OWN_BELIEF_THEN_INSTRUCTION = (
    "I feel like you should take a few nights off, hun.",
    "tbh i feel like u need to change ur number",
    "I sort of feel like you ought to speak to the agency first.",
    "I believe that you must inform your landlord in writing.",
    "I genuinely feel like you need to stop lending him money.",
)

#: An instruction after a hedge and "but".
HEDGE_BUT_INSTRUCTION = (
    "no offence but drop him, he's bad news",
    "Not being funny but stop answering her calls.",
    "no judgement but ditch the agency, they're ripping you off",
)

#: A judgement or instruction put forward in someone else's mouth.
PUT_FORWARD = (
    "Most people would say that's the risk you take in that game.",
    "a lot of ppl would tell u to just leave him",
    "Anyone would tell you to stop seeing that man.",
    "Plenty of people would say he was only doing his job.",
)

#: Guard: their choice as blame stays a breach ("it's your call to make" hands it back, above).
CHOICE_AS_BLAME = ("It was your choice to make that trip, so you can't really complain.",)

#: A warning said as a condition on going on or not changing (advice, at risk).
CONDITIONAL_WARNING = (
    "If you keep seeing him you're going to get hurt.",
    "If you stay with him you're going to end up hurt.",
)

#: Holds: a choice left to them, the work set aside by a contrast, a tag question.
HOLDS = (
    "If you ever decide to give up the work, that's entirely your choice.",
    "Should you choose to change how you work, that's yours to decide.",
    "Whether you tell him or not, it's your decision to make.",
    "That's your call to make, hun, nobody else's.",
    "He was the risky one, not the work.",
    "The problem was him, not your job.",
    "Was she only doing her job, do you reckon, or was it more?",
    "Did he have a point, would you say?",
    "Was the nurse just following protocol, in your view?",
)

#: Guards that pass before and after by design: a put-forward view turned down in the same
#: sentence, the peer's own report said back, the work set aside after "not from".
GUARDS = (
    "Some people would say that's part of the job, but that's not true and it's not fair.",
    "A lot of people would tell you to quit, but you're the one who knows your life.",
    "You said your mum keeps telling you to get out of the work.",
    "The danger came from that man, not from the work you do.",
)


def _short_of(scorer: Scorer, reply: str, breach: bool) -> list[tuple[str, int, tuple[str, ...]]]:
    """The openings where `reply` falls short: below breached (below at risk where the peer asked
    for ideas) for a breach; below at risk or without advice for a warning."""
    wrong = []
    for scenario, result in at_each_opening(scorer, "boundaries", reply):
        if breach:
            low = 1 if scenario in ASKED_FOR_IDEAS else 2
            if result.level < low:
                wrong.append((scenario, result.level, result.flags))
        elif result.level < 1 or "advice" not in result.flags:
            wrong.append((scenario, result.level, result.flags))
    return wrong


@pytest.mark.parametrize("reply", OWN_BELIEF_THEN_INSTRUCTION)
def test_the_speakers_own_belief_then_an_instruction_directs(scorer: Scorer, reply: str) -> None:
    assert _short_of(scorer, reply, breach=True) == []


@pytest.mark.parametrize("reply", HEDGE_BUT_INSTRUCTION)
def test_an_instruction_after_a_hedge_and_but_directs(scorer: Scorer, reply: str) -> None:
    assert _short_of(scorer, reply, breach=True) == []
    for scenario, result in at_each_opening(scorer, "boundaries", reply):
        assert "directing" in result.flags, scenario


@pytest.mark.parametrize("reply", PUT_FORWARD + CHOICE_AS_BLAME)
def test_a_view_put_forward_in_someone_elses_mouth_is_the_speakers(
    scorer: Scorer, reply: str
) -> None:
    assert _short_of(scorer, reply, breach=True) == []


@pytest.mark.parametrize("reply", CONDITIONAL_WARNING)
def test_a_warning_said_as_a_condition_is_advice(scorer: Scorer, reply: str) -> None:
    assert _short_of(scorer, reply, breach=False) == []


@pytest.mark.parametrize("reply", HOLDS + GUARDS)
def test_a_choice_left_to_them_a_contrast_or_a_tag_question_holds(
    scorer: Scorer, reply: str
) -> None:
    breached = [
        (scenario, result.flags)
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if result.level == 2
    ]
    assert breached == []
