""" "No harm in asking" is not a dismissal (issue 11, noticed at stop 6).

The dismissing lexicon held a bare "no harm", so the idiom that welcomes a question ("No harm
in asking, what's on your mind?") breached as dismissing, minimised the feeling and, through
the advice idiom "no harm in …ing", was advice too. Nearby, "Ask away" and "Never any harm in
asking" opened as commands and "there is nothing wrong with wanting to know" corrected the
peer. "no harm" still dismisses when it waves the event away ("no harm done", "well no harm,
he didn't even touch you"), and "no harm in asking the landlord" is still a mild suggestion.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

WELCOMING = (
    "No harm in asking, what's on your mind?",  # the noticed one
    "no harm in asking at all",
    "Theres no harm in asking, go ahead",
    "It's no harm to ask me anything.",
    "Never any harm in asking questions here, I'm glad you did.",
    "Ask away, there is no harm in it.",
    "fire away, no harm in asking",
    "Nothing wrong with asking.",
    "There is nothing wrong with wanting to know.",
    "No shame in asking for help.",
    "There's no shame in needing a break.",
)

STILL_DISMISSING = (
    "No harm done, forget about it.",
    "Well no harm, he didn't even touch you.",
    "No harm no foul, right?",
)

STILL_A_SUGGESTION = (
    "No harm in asking the landlord for another week.",
    "no harm in just ringing the clinic tomorrow",
)


@pytest.mark.parametrize("reply", WELCOMING)
def test_welcoming_a_question_holds_the_boundary_in_every_scenario(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert result.levels["boundaries"] == 0, (scenario.id, reply, sorted(result.flags))
        assert "minimises" not in result.criteria, (scenario.id, reply)


@pytest.mark.parametrize("reply", STILL_DISMISSING)
def test_no_harm_that_waves_it_away_still_dismisses(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "dismissing" in result.flags, (scenario.id, reply, sorted(result.flags))
        assert not result.feedback.earned, (scenario.id, reply)


@pytest.mark.parametrize("reply", STILL_A_SUGGESTION)
def test_no_harm_in_doing_something_is_still_a_suggestion(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "advice" in result.flags, (scenario.id, reply, sorted(result.flags))
        assert "dismissing" not in result.flags, (scenario.id, reply)
