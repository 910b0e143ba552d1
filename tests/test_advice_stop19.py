"""Advice precision, stop 19 (issue #11): families the dev halves of waves 8 to 10 showed, in
our own wordings, at the openings of all 12 shipped scenarios, with the peer's line only and in
the moment.

- **A reflexive instruction opening a sentence** ("Treat yourself to a takeaway", "spoil
  urself with a nice meal", "Book yourself a massage", "Pace yourself this week") pushes an
  action on the peer (boundaries `commands`), so an earned rest said in the same sentence ("…,
  you deserve it") is part of the push and earns no validation (`said_in_the_push`), as with
  any other instruction. "You deserve a rest" on its own still affirms (validation 1). Not how
  to regard themselves ("Treat yourself kindly today", "Give yourself some credit": care, as
  "be gentle with yourself" is), not a question ("Blame yourself?"), not a state said back
  ("You pushed yourself so hard this week").
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import reply_cases, scored_two_ways

#: A treat or an action pressed on them with "yourself", with or without an earned rest.
REFLEXIVE_PUSH = [
    "Treat yourself to a takeaway, you deserve it",
    "Go spoil urself with a nice meal, u deserve it",
    "treat urself to smth nice tonight, u earned it",
    "Spoil yourself a bit this week, you deserve a break",
    "Get yourself a proper lie-in tomorrow, you deserve it hun",
    "Book yourself a massage, you've earned a rest.",
    "Honestly, treat yourself to something nice, you deserve it.",
    "Pace yourself this week, no rush.",
    "Take yourself out for a walk after, clear your head.",
]

#: The earned rest said with nothing pushed: an affirmation (validation 1), no advice.
EARNED_REST_ALONE = [
    "You deserve a rest",
    "You deserve a rest, honestly.",
    "You've earned a bit of peace.",
    "You pushed yourself so hard this week, you deserve a rest.",
    "You're hard on yourself, and you've earned a rest.",
]

#: "Yourself" in what is not an instruction to act.
REFLEXIVE_NOT_ADVICE = [
    "Treat yourself kindly today.",
    "Treat yourself with kindness this week.",
    "Give yourself some credit.",
    "Blame yourself for it?",
    "Kicking yourself over it, and you deserve a break from that.",
    "You keep telling yourself you don't deserve a rest.",
    "Proud of yourself, and you deserve to be.",
]


@reply_cases(REFLEXIVE_PUSH)
def test_a_reflexive_instruction_is_advice_and_its_praise_no_validation(
    scorer: Scorer, reply: str
) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert "advice" in boundaries.flags, (index, reply, boundaries.flags)
            assert boundaries.level >= 1, (index, reply, boundaries.level)
            assert result.skills["validation"].level == 0, (index, reply)
            if boundaries.level == 2:
                assert not result.feedback.earned, (index, reply, result.feedback.strength)


@reply_cases(EARNED_REST_ALONE)
def test_an_earned_rest_alone_still_affirms(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            assert "advice" not in result.skills["boundaries"].flags, (index, reply)
            assert result.skills["validation"].level >= 1, (index, reply)


@reply_cases(REFLEXIVE_NOT_ADVICE)
def test_yourself_outside_an_instruction_is_not_advice(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert "advice" not in boundaries.flags, (index, reply, boundaries.flags)
