""" "You yelled at your roommate? That's not okay." judges; it earns no ✓ (issue 11, noticed at
stop 6).

The verdict reader took "That's not okay" for noticing the difficulty (validation 1, with the
✓ "You acknowledged how hard this is"), whatever "that" was. Said right after what the peer
*did* ("you yelled", "u lied", "did you leave"), it is a verdict on their act: judging,
breached (tests/data/README.md), and validation's `judges` takes the acknowledgement away.
About what was done *to* them ("you were yelled at", "they cut your shifts", "you lost the
flat"), it still notices the difficulty.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

JUDGING = (
    "You yelled at your roommate? That's not okay.",  # the noticed one
    "you left him there?? thats not ok",
    "You told the nurse off? That was wrong of you.",
    "You posted your address online? That's not a good idea.",
    "You went back to him again? That's not smart.",
    "u lied to your sister? not cool",
    "You skipped your appointment? That isn't acceptable.",
    "You yelled at her. That's not okay.",
    "Did you really hit him? That's not okay.",
)

DONE_TO_THEM = (
    "You were yelled at by your landlord? That's not okay.",
    "They cut your shifts without asking? That's not okay.",
    "You lost your flat over an ad? That's not fair.",
    "You had to sleep in your car. That's not okay.",
    "You worked all night and he didn't pay? That's not okay.",
)

NOT_A_VERDICT = (
    "You yelled at your roommate? That's okay, it happens when you're this stretched.",
    "You yelled at her, and now you feel that wasn't okay.",
)


@pytest.mark.parametrize("reply", JUDGING)
def test_a_verdict_on_what_they_did_judges_and_earns_no_tick(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "judgment" in result.flags, (scenario.id, reply, sorted(result.flags))
        assert result.levels["boundaries"] == 2, (scenario.id, reply)
        assert result.levels["validation"] == 0, (scenario.id, reply)
        assert not result.feedback.earned, (scenario.id, reply, result.feedback.strength)


@pytest.mark.parametrize("reply", DONE_TO_THEM)
def test_not_okay_about_what_was_done_to_them_still_acknowledges(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "judgment" not in result.flags, (scenario.id, reply)
        assert result.levels["validation"] >= 1, (scenario.id, reply)


@pytest.mark.parametrize("reply", NOT_A_VERDICT)
def test_accepting_or_their_own_view_is_not_judging(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "judgment" not in result.flags, (scenario.id, reply, sorted(result.flags))
