"""Advice recall (issue #11, stop 12): an option's harm said as a fact is a warning, advice.

tests/data/README.md: a wellness or health fact said to someone with that problem is persuasion
by fact, advice at risk; `warns` names the warning that pushes them to change. It read "X is
bad for you", "can cause…", "will make it worse", but not the harm said with the option first:
"skipping testing could land you with something nasty", "going out without a buddy puts you at
real risk", "smoking around the baby harms their lungs", nor "you're leaving yourself wide open
to…". Both ways, at the opening of every shipped scenario:

- such a warning, in several registers, carries `advice`;
- what the peer goes through said back ("losing her wrecks you", "waiting messes with your
  head"), their fear said back, and a harm inside what matters to them ("staying away from
  things that could harm the baby is important to you") carry none.

The replies are written for this test, unlike the open sets' rows and the helper's probes.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

WARNS_BY_HARM = [
    "Seeing new guys without screening puts you at serious risk.",
    "not testing puts ur partners at risk too tbh",
    "Mixing those two could land you in hospital.",
    "Drinking on an empty stomach really damages your liver over time.",
    "Working without a deposit leaves you wide open to no-shows.",
    "Honestly you're setting yourself up for another night like that.",
]
SAID_BACK = [
    "Losing your friend like that wrecks you, every single day.",
    "Waiting on the test results messes with your head, of course it does.",
    "You're scared going back there puts you at risk again.",
    "Keeping away from anything that could harm the baby matters so much to you.",
]


def _wrong(scorer: Scorer, reply: str, advice: bool) -> list[tuple[str, int, list[str]]]:
    return [
        (scenario, result.level, sorted(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if ("advice" in result.flags) is not advice
    ]


@pytest.mark.parametrize("reply", WARNS_BY_HARM)
def test_an_options_harm_said_as_a_fact_is_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=True) == []


@pytest.mark.parametrize("reply", SAID_BACK)
def test_what_they_go_through_or_fear_said_back_is_not_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=False) == []
