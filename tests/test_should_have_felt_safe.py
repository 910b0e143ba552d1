""" "You should have felt safe there" is not advice (issue 11, noticed at stop 6).

"should have + participle" judges the past, which cannot be acted on (tests/data/README.md),
and with what they were owed ("felt safe", "heard back", "got a proper answer") it blames
nobody at all. `directs` left out only the participles it listed by hand, so an irregular one
missing from its list ("felt", "heard", "received") read as an instruction; it now reads the
same participle lexicons as `blames_in_hindsight` (`hindsight_participle`, `owed_participle`).
Hindsight about their own act is still judging; an instruction is still directing.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

OWED = (
    "You should have felt safe there.",  # the noticed one
    "you shouldve felt safe at the clinic",
    "You should have felt respected, not judged.",
    "u should of felt welcome there",
    "You should have heard back from them by now.",
    "You should have received your deposit back.",
    "You should have got a proper answer.",
    "You should've been treated with respect.",
)

HINDSIGHT = (
    "You should have known better.",
    "You should have left sooner.",
    "you shouldve trusted your gut",
)

INSTRUCTIONS = (
    "You should go back and complain.",
    "you should tell them you felt unsafe",
)


@pytest.mark.parametrize("reply", OWED)
def test_what_they_were_owed_is_neither_advice_nor_blame(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert result.levels["boundaries"] == 0, (scenario.id, reply, sorted(result.flags))
        assert result.levels["paraphrasing"] == 0, (scenario.id, reply)  # the counsellor's view


@pytest.mark.parametrize("reply", HINDSIGHT)
def test_hindsight_about_their_act_still_judges(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "judgment" in result.flags, (scenario.id, reply, sorted(result.flags))
        assert "directing" not in result.flags, (scenario.id, reply)


@pytest.mark.parametrize("reply", INSTRUCTIONS)
def test_an_instruction_still_directs(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "advice" in result.flags, (scenario.id, reply, sorted(result.flags))
