""" "nobody will say why" says back the others' refusal; it is no promise (issue 11, noticed at
stop 6).

falsely_reassures read "nobody will … say" and "nobody's going to … tell/say" as a promise
("nobody will say anything"), so a reflection of the peer's situation ("They cut your shifts
and nobody will say why") breached as false reassurance. What follows "say"/"tell" now
decides: a withheld answer (why, what happened, when, sorry: the `withheld_answer` lexicon)
is the others in the story refusing; "anything", "a word", "anyone" is still a promise.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

SAID_BACK = (
    "They cut your shifts and nobody will say why.",  # the noticed one
    "You're angry that nobody will say why.",
    "nobody will say what happened to ur hours",
    "It sounds like you're being kept in the dark, nobody will say why.",
    "No one will say when the evening hours are coming back, and you're left waiting.",
    "and nobody will even say sorry",
    "no one is going to say why, and that leaves you guessing",
    "nobody's going to tell you what happened, that must be maddening",
)

PROMISES = (
    "Nobody will say anything, don't worry.",
    "No one will judge you here.",
    "nobody is going to say a word",
    "No one's going to tell anyone.",
)


@pytest.mark.parametrize("reply", SAID_BACK)
def test_the_others_refusing_to_say_is_not_false_reassurance(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "false_reassurance" not in result.flags, (scenario.id, reply)
        assert result.levels["boundaries"] == 0, (scenario.id, reply, sorted(result.flags))


@pytest.mark.parametrize("reply", PROMISES)
def test_promising_nobody_will_say_anything_still_breaches(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "false_reassurance" in result.flags, (scenario.id, reply, sorted(result.flags))
        assert result.levels["boundaries"] == 2, (scenario.id, reply)
        assert not result.feedback.earned, (scenario.id, reply)
