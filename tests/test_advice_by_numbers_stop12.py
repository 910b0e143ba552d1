"""Advice recall (issue #11, stop 12): a number that argues for an option is advice.

tests/data/README.md (wave 6): statistics and facts are labelled by what they argue; for an
option ("bad date lists cut repeat attacks by half", "most workers who drop them earn the same
within months") they are persuasion by fact, advice at risk. Such a figure raised nothing when
it had no "helps", "should" or "studies show" in it. `persuades_by_numbers` reads the shape of
the argument: a group compared by likelihood, an effect on a risk or a chance with its size,
a share of the people who took the option. Both ways, at the opening of every shipped scenario:

- such a figure, in several registers, carries `advice`;
- a figure said back as the peer's ("you read that…", "you're worried you're more likely…"), a
  figure that reassures or moralises (that breach names it, with no `advice`), and "you're more
  likely to…" about the peer carry none.

The replies are written for this test, unlike the open sets' rows and the helper's probes.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

ARGUES_BY_NUMBERS = [
    "Workers who text a mate before every booking are far less likely to get hurt.",
    "ladies who keep a deposit rule r way less likely to get stood up",
    "Screening apps cut no-shows by half, from what I've seen.",
    "Guys who book through the agency are half as likely to turn nasty.",
    "Most girls who raised their rate kept nearly all their regulars.",
    "Mothers who sleep when the baby sleeps are three times less likely to get run down.",
    "Clinics with evening slots halve the no-shows, apparently.",
    "Half the lads who started saying no upfront got fewer arguments at the door.",
]
SAID_BACK_OR_ANOTHER_BREACH = [
    "You read that most girls who report get nowhere, and that's put you off.",
    "You're scared you're more likely to get picked up if you go to them.",
    "Most guys like him never turn up again, so honestly you'll be fine.",
    "You're more likely to remember the bad nights than the good ones right now.",
    "Your friend reckons workers who use the list are less likely to get hurt, but you're not sure.",
]


def _wrong(scorer: Scorer, reply: str, advice: bool) -> list[tuple[str, int, list[str]]]:
    return [
        (scenario, result.level, sorted(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if ("advice" in result.flags) is not advice
    ]


@pytest.mark.parametrize("reply", ARGUES_BY_NUMBERS)
def test_a_number_for_an_option_is_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=True) == []


@pytest.mark.parametrize("reply", SAID_BACK_OR_ANOTHER_BREACH)
def test_a_number_said_back_or_in_another_breach_is_not_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=False) == []
