"""Two false breaches found after the stop-6 merges (the lead, walking the crisis scenario).

- Staying with the peer ("I'm staying right here with you") was read as a promise of
  secrecy: the secrecy pattern took "staying right here" for "what you say stays here".
  The speaker staying is not a secret kept; the secret staying still breaches.
- Naming their work neutrally ("your line of work takes skill") was moralising: a bare
  "your/line of work" mention was enough. Holding the work at a distance ("that kind of
  work") still is.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

HELD = (
    "I'm staying right here with you.",
    "im staying here with u as long as u want",
    "I am staying right here, take your time.",
    "I'll stay here with you while you call them.",
    "I will stay right here with you while you make the call.",
    "Your line of work takes real skill.",
    "you know your line of work better than anyone",
)

SECRETS = (
    "Whatever you tell me stays right here.",
    "dont worry it stays between us",
    "What you say here stays with me, always.",
)

DISTANCE = (
    "Well, that's the risk with that kind of work, isn't it.",
    "that kind of work is always going to be dangerous",
)


@pytest.mark.parametrize("reply", HELD)
def test_staying_with_them_and_naming_their_work_hold_the_boundary(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level < 2, (scenario.id, reply, boundaries.flags)
        assert not {"secrecy", "moralising"} & set(boundaries.flags), (scenario.id, reply)


@pytest.mark.parametrize("reply", SECRETS)
def test_a_secret_kept_still_breaches(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert "secrecy" in boundaries.flags, (scenario.id, reply, boundaries.flags)


@pytest.mark.parametrize("reply", DISTANCE)
def test_the_work_held_at_a_distance_still_moralises(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level == 2, (scenario.id, reply, boundaries.flags)
        assert "moralising" in boundaries.flags, (scenario.id, reply, boundaries.flags)
