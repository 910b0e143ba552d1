"""The speaker's own gladness at what the speaker does ("I'm glad to keep talking here") is
not an affirmation of the peer.

Holding the boundary at "asking to meet outside", a warm "…but I'm glad to keep talking
here" earned validation 1 and the strength 'You affirmed what they are doing well: "I'm glad
to keep talking here"'. "Glad to" followed by the speaker's own verb is now no affirmation
(rubrics/validation.yaml, `affirms`), whatever the verb; gladness at their news ("glad to
hear…"), at seeing them, or at what they did ("glad you…") still is. My own wordings,
scored at every scenario's opening.
"""

from __future__ import annotations

import pytest

from simulator.scoring import default_scorer
from tests.helpers import at_each_opening

OWN_GLADNESS = [
    "I'm glad to keep talking here.",
    "I am glad to be here with you tonight.",
    "I'm really glad to sit with this for as long as you need.",
    "I'm so glad to stay on the line while you think.",
]

GLAD_OF_THEM = [
    "I'm glad to hear you got home in one piece.",
    "I'm really glad you reached out today.",
    "I'm glad to see you putting yourself first.",
]


@pytest.mark.parametrize("reply", OWN_GLADNESS)
def test_own_gladness_is_no_affirmation(reply: str) -> None:
    scorer = default_scorer()
    for scenario_id, result in at_each_opening(scorer, "validation", reply):
        assert "affirms" not in {e.criterion for e in result.evidence}, scenario_id


@pytest.mark.parametrize("reply", GLAD_OF_THEM)
def test_gladness_at_them_still_affirms(reply: str) -> None:
    scorer = default_scorer()
    for scenario_id, result in at_each_opening(scorer, "validation", reply):
        assert result.level >= 1, scenario_id
