"""A summary that opens with "So" says back the peer's trade-off; it is not a lecture.

`lectures` (rubrics/boundaries.yaml) flags a general statement in the speaker's voice ("drinking
before bookings makes it harder to spot trouble"). A reflection often takes the same shape after
a summarising "So": "So asking for references slows things down, but you feel safer" — the
shipped course's own good example, which the first cut of `lectures` flagged as advice. The lead
found it when the course's model-answer tests failed; these rows are other wordings of the same
summary, over every scenario's opening.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

SUMMARIES = [
    "So checking IDs slows everything down, but you feel more in control.",
    "so screening properly makes it harder to fill the diary, and youre ok with that",
    "So going through the agency is safer than working alone, but the cut stings for you.",
    "So taking a deposit only works if they actually pay it, and you're tired of chasing.",
]
LECTURES = [
    "Drinking before bookings makes it harder to spot trouble.",
    "Honestly, asking for a deposit prevents most no-shows.",
]


def _lecturing_at(scorer: Scorer, reply: str) -> list[str]:
    """The scenarios at whose opening `lectures` matched the reply."""
    return [
        scenario_id
        for scenario_id, result in at_each_opening(scorer, "boundaries", reply)
        if any(e.criterion == "lectures" for e in result.evidence)
    ]


@pytest.mark.parametrize("reply", SUMMARIES)
def test_a_so_summary_of_their_trade_off_is_not_a_lecture(scorer: Scorer, reply: str) -> None:
    flagged = _lecturing_at(scorer, reply)
    assert not flagged, flagged


@pytest.mark.parametrize("reply", LECTURES)
def test_the_same_shape_said_as_a_rule_is_still_a_lecture(scorer: Scorer, reply: str) -> None:
    flagged = _lecturing_at(scorer, reply)
    assert len(flagged) >= 6, flagged
