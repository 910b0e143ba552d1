"""The next step after "reflection, then advice" doesn't tell the trainee to reflect *instead*.

Since stop 10 a reflection said before a breach still counts (`read_apart_from`), so the same
advice step is now shown both to a reply that only advised and to one that reflected first.
Its wording said "Instead, reflect what they told you", which contradicted the reply's own
"Paraphrasing ●● Complex reflection" line two rows below it (seen at 80×24 in the app). The
step now says "Keep to reflecting…", true of both; the advice is still named and still breached.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

MIXED = [
    "Sounds like it's all landed on you at once. You should take a week off.",
    "ur running on empty fr. just stop taking bookings this week",
]


@pytest.mark.parametrize("reply", MIXED)
def test_a_reflection_then_advice_is_told_to_keep_to_the_reflection(
    scorer: Scorer, reply: str
) -> None:
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        if "advice" not in result.flags or result.skills["paraphrasing"].level == 0:
            continue  # the family this is about: a reflection that advice followed
        step = result.feedback.next_step
        assert "Instead" not in step and "instead" not in step, (scenario.id, step)
        if result.skills["boundaries"].level == 2:  # at risk where the peer asked for ideas
            assert not result.feedback.earned, scenario.id  # a breach earns no ✓
