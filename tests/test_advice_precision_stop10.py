"""Advice precision (issue #11, stop 10): three families that raised `advice` where the
labelling convention gives none, each checked both ways at the opening of every scenario.

- The set phrases tests/data/README.md settled in stop 10 ("don't worry", "don't stress",
  "don't feel bad", "don't be daft/silly") carry no `advice` inside a reassuring or dismissing
  breach; "don't be daft" was read as a command. Any other command there ("forget it", "don't
  be so hard on yourself") still carries `advice directing`, also after a comma.
- "Leave the <anything> to me" is the counsellor taking the problem over (rescuing), not an
  instruction to the peer; "leave a copy with a friend" still is one. Likewise "I'll give you
  my personal number" offers contact outside the program (a dual relationship), not a
  referral; "I'll give you the number for the drop-in" still is one.
- A general fact about how people feel or react ("Many people find grief comes in waves")
  normalises their reaction and is no correction; a fact that argues for an action ("Studies
  show condoms cut the risk") stays persuasion by fact, advice.
- The peer's own plan said back goes on being theirs after "and"/"then" ("You want to rest
  first, then talk to her"); after "so" or a bare reflection the instruction is advice.

The replies are written for this test, in registers unlike the open sets' rows.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

SET_PHRASES_IN_A_BREACH = [
    "Don't be daft, nobody's judging you.",
    "dont be silly hun, ur grand",
    "Oh don't be so daft, no one thinks that.",
    "Don't even worry about it, it's nothing.",
]
COMMANDS_IN_A_BREACH = [
    "Don't be daft, it's nothing, forget it.",
    "no worries babe, just forget about it",
    "Don't be so hard on yourself, it's nothing.",
]
TAKES_IT_OVER = [
    "Leave the landlord stuff to me, I'll sort it.",
    "leave the whole thing with me x",
]
INSTRUCTS_THE_PEER = [
    "Leave a copy of the texts with a friend you trust.",
    "I'll give you the number for the drop-in, the nurse there is lovely.",
]
OWN_CONTACT = [
    "I'll give you my personal number, text me whenever you like.",
    "i can send u my mobile number, just message me anytime x",
]
THEIR_PLAN_GOES_ON = [
    "You want to rest first, then talk to her when you feel ready.",
    "u wanna sleep on it first and then ask her about it tomorrow",
    "So you'd like to take a week off, and then look at the money again after.",
]
NORMALISES_A_REACTION = [
    "Many people find grief comes in waves, and numbness is part of it.",
    "Studies show grief looks different for everyone.",
    "most people i know felt nothing at first tbh",
]
PERSUADES_BY_FACT = [
    "Studies show condoms cut the risk a lot.",
    "Most people find PrEP easy to take once they start.",
]
INSTRUCTION_AFTER_A_REFLECTION = [
    "You want it to stop, so just block them.",
    "That sounds awful, and honestly, just block them.",
]


def _missing(scorer: Scorer, reply: str, wanted: bool) -> list[tuple[str, int, frozenset[str]]]:
    return [
        (scenario, result.level, frozenset(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if ("advice" in result.flags) is not wanted
    ]


@pytest.mark.parametrize("reply", SET_PHRASES_IN_A_BREACH)
def test_a_set_phrase_in_a_breach_is_not_advice(scorer: Scorer, reply: str) -> None:
    assert _missing(scorer, reply, wanted=False) == []


@pytest.mark.parametrize("reply", SET_PHRASES_IN_A_BREACH[:3])
def test_dont_be_daft_still_dismisses(scorer: Scorer, reply: str) -> None:
    held = [s for s, result in at_each_opening(scorer, "boundaries", reply) if result.level == 0]
    assert held == []


@pytest.mark.parametrize("reply", COMMANDS_IN_A_BREACH)
def test_a_command_in_a_breach_is_advice(scorer: Scorer, reply: str) -> None:
    assert _missing(scorer, reply, wanted=True) == []


@pytest.mark.parametrize("reply", TAKES_IT_OVER)
def test_leave_it_to_me_is_rescuing_not_advice(scorer: Scorer, reply: str) -> None:
    wrong = [
        (scenario, sorted(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if "advice" in result.flags or "rescuing" not in result.flags
    ]
    assert wrong == []


@pytest.mark.parametrize("reply", OWN_CONTACT)
def test_their_own_number_is_a_dual_relationship_not_advice(scorer: Scorer, reply: str) -> None:
    wrong = [
        (scenario, sorted(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if "advice" in result.flags or "dual_relationship" not in result.flags
    ]
    assert wrong == []


@pytest.mark.parametrize("reply", INSTRUCTS_THE_PEER)
def test_leave_it_with_a_friend_is_advice(scorer: Scorer, reply: str) -> None:
    assert _missing(scorer, reply, wanted=True) == []


@pytest.mark.parametrize("reply", THEIR_PLAN_GOES_ON)
def test_their_own_plan_joined_with_and_is_not_advice(scorer: Scorer, reply: str) -> None:
    assert _missing(scorer, reply, wanted=False) == []


@pytest.mark.parametrize("reply", INSTRUCTION_AFTER_A_REFLECTION)
def test_an_instruction_after_a_reflection_is_advice(scorer: Scorer, reply: str) -> None:
    assert _missing(scorer, reply, wanted=True) == []


@pytest.mark.parametrize("reply", NORMALISES_A_REACTION)
def test_a_fact_about_how_people_react_is_not_advice(scorer: Scorer, reply: str) -> None:
    assert _missing(scorer, reply, wanted=False) == []


@pytest.mark.parametrize("reply", PERSUADES_BY_FACT)
def test_a_fact_that_argues_for_an_action_is_advice(scorer: Scorer, reply: str) -> None:
    assert _missing(scorer, reply, wanted=True) == []
