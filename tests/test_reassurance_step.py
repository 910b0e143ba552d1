"""Issue #11 item 4 (stop 14, the lead): the next step for false reassurance fits every kind.

Played at 80×24 in the crisis scenario, "You're not a burden at all, everyone loves you!" was
told "Skip the reassurance — you can't know how it will turn out": a reason that fits a
prediction ("it'll all work out") but not a reassurance about how things are or how others
feel, or a platitude. The step now gives a reason that fits all three. Tested through the
`score` contract at every scenario's opening.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import scored_at_openings

REASSURANCES = [
    "You're not a burden at all, everyone loves you!",  # how others feel
    "She's in a better place now.",  # a platitude
    "It'll all work out, you'll find somewhere even better.",  # a prediction
]


def test_every_false_reassurance_gets_a_step_that_fits_it(private_data_dir: Path) -> None:
    for row, out in scored_at_openings(private_data_dir, REASSURANCES):
        assert out["boundaries"]["level"] == 2, row
        assert "false_reassurance" in out["boundaries"]["flags"], row
        step = out["feedback"]["next_step"]
        assert out["feedback"]["strength"] is None, row
        assert "reassurance" in step and "nobody can know" in step, (row, step)
        assert "how it will turn out" not in step, (row, step)
