"""Saying back the peer's bewilderment at someone else is neither correcting nor siding.

"You don't understand how she could…" says back that the *peer* can't make sense of what someone
in their story did. Two boundaries patterns read it as the counsellor's stance: `corrects` took
"you don't understand" for "you don't understand [the facts]" (advice, at risk), and
`sides_with_the_other_person` took "understand why your sister…" for "I understand why your
sister…" (siding, breached), though it already skipped "you understand why". Stop 9's report
named the first; the second turned up while checking the fix. The corrections and the siding
they were written for still count.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

BEWILDERED = [
    "You don't understand how she could even think about telling your mum.",
    "you dont understand why your sister would do that to you",
    "You don't understand why the landlord would do that after two years.",
    "You can't understand how anyone could treat you like that.",
]
STILL_CORRECTING = [
    "You don't understand how PrEP works, it doesn't cause that.",
    "Let me explain, you don't understand the risks here.",
]
STILL_SIDING = [
    "I can see why your sister would worry, she loves you.",
    "Honestly, I understand why the landlord did it.",
]


@pytest.mark.parametrize("reply", BEWILDERED)
def test_their_bewilderment_said_back_is_held(scorer: Scorer, reply: str) -> None:
    flagged = [
        (scenario, result.level, result.flags)
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if result.level > 0
    ]
    assert flagged == []


@pytest.mark.parametrize("reply", STILL_CORRECTING)
def test_a_correction_is_still_flagged(scorer: Scorer, reply: str) -> None:
    for scenario, result in at_each_opening(scorer, "boundaries", reply):
        assert any(e.criterion == "corrects" for e in result.evidence), scenario


@pytest.mark.parametrize("reply", STILL_SIDING)
def test_siding_is_still_a_breach(scorer: Scorer, reply: str) -> None:
    for scenario, result in at_each_opening(scorer, "boundaries", reply):
        assert result.level == 2 and "siding" in result.flags, scenario
