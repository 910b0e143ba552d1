"""Crediting what they know is not saying back; what the situation does to them is (issue 11,
stop 8): our own probe replies over the first moment of all 12 shipped scenarios.

From the wave 3 dev half: "You know her better than anyone", "You know your own life better
than anyone" and "You've come to the right place" affirm or welcome the peer (praise and
reassurance), so they are not reflections, however they say "you". And "It's the uncertainty
eating at you", "the rent maths gets under your skin" say back what their situation does to
them, as "it weighs on you" and "it wears you down" already did. Wordings here are ours.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import off_level, opening_level, shipped_scenarios

SCENARIOS = shipped_scenarios()

CREDITING = [
    "You know yourself better than anybody does.",
    "You know your own mind, love.",
    "you know ur stuff tbh",
    "You've come to the right place, honestly.",
    "You know the scene better than most.",
]
WHAT_IT_DOES_TO_THEM = [
    "It's the not knowing that's eating away at you.",
    "The waiting really gets under your skin.",
    "The money worry nags at you every night.",
    "You know he was out of line with you.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_crediting_what_they_know_is_not_a_reflection(scorer: Scorer, scenario: Scenario) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, CREDITING, high=0)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_what_the_situation_does_to_them_is_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    wrong = [
        r for r in WHAT_IT_DOES_TO_THEM if opening_level(scorer, "paraphrasing", scenario, r) < 1
    ]
    assert not wrong, wrong
