"""Advice recall (issue #11, stop 12): a helper who can do it for them, or an option that "makes
the difference", is a recommendation said as a fact.

tests/data/README.md: information that recommends, and a wellness fact said to someone with
that problem, are persuasion by fact, advice at risk. `persuades_by_benefit` read "X helps with
Y" and "your GP can prescribe…", but not a helper or service said to be able to do it for them
("a midwife can show you how…", "the legal clinic can walk you through it", "the tenants union
deals with exactly this", "there are groups that can help with this"), nor an option said to
make the difference ("cutting back to three nights could make all the difference", "having a
set rate makes it easier to say no"). Both ways, at the opening of every shipped scenario:

- such a recommendation, in several registers, carries `advice`;
- what a helper could have done, can't do or never does, what the peer hopes a helper will do,
  the conversation itself and a loss "making a difference" carry none.

The replies are written for this test, unlike the open sets' rows and the helper's probes.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

RECOMMENDS_BY_FACT = [
    "A dietitian can give you a meal plan that fits your budget.",
    "the drop-in can point u to someone who does free legal stuff",
    "Your local union could look into the deposit for you.",
    "The sex worker project deals with stuff like this every week.",
    "Keeping a little diary of the bookings can make a real difference.",
    "Switching to deposits only could make all the difference.",
]
NOT_A_RECOMMENDATION = [
    "The solicitor could have told you that and didn't.",
    "The helpline can't seem to get back to you, and that's so frustrating.",
    "Your caseworker could help you with this, but she never picks up.",
    "You were hoping the clinic would explain it properly.",
    "Having you open up like this makes a real difference.",
    "Losing the flat made a huge difference to everything.",
]


def _wrong(scorer: Scorer, reply: str, advice: bool) -> list[tuple[str, int, list[str]]]:
    return [
        (scenario, result.level, sorted(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if ("advice" in result.flags) is not advice
    ]


@pytest.mark.parametrize("reply", RECOMMENDS_BY_FACT)
def test_a_helper_or_an_option_recommended_as_a_fact_is_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=True) == []


@pytest.mark.parametrize("reply", NOT_A_RECOMMENDATION)
def test_what_a_helper_did_not_do_or_a_loss_is_not_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=False) == []
