"""Talking about everyone is not saying back (issue 11, stop 8): our own probe replies over
the first moment of all 12 shipped scenarios.

A family of PAIR's non-reflections we read as reflections generalises: "Self care is needed to
care for those you love", "everyone makes mistakes, you know", "most people in your position
would…". The "you" in them is a tag asking for assent ("…, you know"), a relative clause on
someone else ("the people you love", "everyone you care about") or a hypothetical person in
their place ("your position would"): none says what the peer feels, wants or went through.
Said about the peer, the same words still make a reflection.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import off_level, shipped_scenarios

SCENARIOS = shipped_scenarios()

GENERALISING = [
    "Everyone makes mistakes, you know.",
    "Everyone makes mistakes, you know that.",
    "Most people in your position would feel the same.",
    "Self-care is needed to look after the people you love.",
    "Rest matters, for you and for everyone you care about.",
    "Time with the ones you love is what gets people through.",
]
STILL_REFLECTIONS = [
    "He hurt you, you know.",
    "You know, it's been one thing after another for you.",
    "You know that nobody there ever asked you.",
    "You're doing all this for the people you love, and it's wearing you down.",
    "Your sister would be gutted, and that's weighing on you.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_general_statement_is_not_a_reflection(scorer: Scorer, scenario: Scenario) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, GENERALISING, high=0)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_the_same_words_about_them_are_still_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, STILL_REFLECTIONS, low=1)
