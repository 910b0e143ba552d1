"""Advice precision (issue #11, stop 12): the counsellor's own act is not advice to the peer.

tests/data/README.md: handing a task to the counsellor ("leave it to me", "I'll find you
somewhere") is the rescuing move itself, not advice; asking permission before offering ideas
is held. `offers_to_act` read "I'll find you…", "I'll get you…", "I'll set you up…" and "I can
tell you what…" as a referral whatever followed, so the counsellor doing the task for them
("I'll find you a place by Friday", "I'll get you the deposit back") and an offer of their
view made with permission ("If it's ok, I can tell you what I've learned…") raised `advice`.
Both ways, at the opening of every shipped scenario:

- the counsellor doing it for them carries no `advice`, and stays a breach (rescuing);
- an offer of ideas made with permission carries no `advice`;
- a referral ("I'll find you the number for…", "I can get you the details of…") and an offer
  of ideas without permission ("I can tell you what to do") still carry `advice`.

The replies are written for this test, in several registers (texting, British, formal,
second-language), unlike the open sets' rows.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

DOES_IT_FOR_THEM = [
    "I'll find you somewhere to stay, leave it with me.",
    "i'll find u a place by friday, promise",
    "I'll get you the deposit back, I'll ring them myself tomorrow.",
    "Right, I'll set you up with a couple of the lads from my group.",
    "I will find you a new room this week, I know many landlords.",
]
OFFERS_WITH_PERMISSION = [
    "If it's ok, I can tell you what I've learned from others who've been through it.",
    "i can tell u how other girls handled it if that's helpful",
    "If that would help, I could tell you about what worked for a mate of mine.",
]
REFERRALS = [
    "I'll find you the number for the tenants union.",
    "I can get you the details of a housing advocate.",
    "i'll find u a counsellor who actually gets it",
    "I will get you the contact of the legal clinic.",
]
OFFERS_WITHOUT_PERMISSION = [
    "I can tell you what to do.",
    "I'll tell you what I'd do in your shoes.",
]


def _wrong(scorer: Scorer, reply: str, advice: bool) -> list[tuple[str, int, list[str]]]:
    return [
        (scenario, result.level, sorted(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if ("advice" in result.flags) is not advice
    ]


@pytest.mark.parametrize("reply", DOES_IT_FOR_THEM)
def test_the_counsellor_doing_it_for_them_is_rescuing_not_advice(
    scorer: Scorer, reply: str
) -> None:
    assert _wrong(scorer, reply, advice=False) == []
    levels = {scenario: r.level for scenario, r in at_each_opening(scorer, "boundaries", reply)}
    assert set(levels.values()) == {2}, levels


@pytest.mark.parametrize("reply", OFFERS_WITH_PERMISSION)
def test_an_offer_of_ideas_with_permission_is_not_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=False) == []


@pytest.mark.parametrize("reply", REFERRALS + OFFERS_WITHOUT_PERMISSION)
def test_a_referral_or_an_unasked_offer_is_still_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=True) == []
