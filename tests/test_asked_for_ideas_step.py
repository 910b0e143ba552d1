"""Issue #11, item 4 (stop 13): a next step that fits a peer who asked what to do.

Where the peer asks for ideas ("What do you think I should do?"), advice is at risk at most
(`peer_asked_for_ideas` limits it), but the next step still said "That was advice they didn't
ask for", which the trainee can see is untrue. The limiting criterion's own step now speaks for
the advice it limits, unless the moment's own pitfall matched (it is more specific). Tested
through the `score` contract, over every moment of the 12 scenarios.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli, shipped_scenarios

SUGGESTION = "You could ring them tomorrow and see what they say."
# An idea told as what others do (`offers_to_act`, stop 14), whose own step says "Before
# offering a plan…, … ask if they'd like ideas" to a peer who just asked for them.
WHAT_OTHERS_DO = "A few people I know write everything down first and go from there."


def _scored_everywhere(data_dir: Path, reply: str) -> list[tuple[str, str, dict]]:
    rows = [
        (s.id, node_id)
        for s in shipped_scenarios()
        for node_id, node in s.nodes.items()
        if node.peer and not node.ending
    ]
    lines = "".join(
        json.dumps({"id": f"{sid}:{nid}", "scenario": sid, "moment": nid, "response": reply}) + "\n"
        for sid, nid in rows
    )
    result = run_cli(data_dir, "score", "-", input=lines, timeout=120)
    assert result.returncode == 0, result.stderr
    return [
        (sid, nid, json.loads(out))
        for (sid, nid), out in zip(rows, result.stdout.splitlines(), strict=True)
    ]


@pytest.mark.parametrize("reply", [SUGGESTION, WHAT_OTHERS_DO])
def test_advice_where_they_asked_is_not_called_unasked(private_data_dir: Path, reply: str) -> None:
    asked = 0
    for sid, nid, out in _scored_everywhere(private_data_dir, reply):
        criteria = {e["criterion"] for e in out["boundaries"]["evidence"]}
        step = out["feedback"]["next_step"]
        if "peer_asked_for_ideas" in criteria:
            asked += 1
            assert out["boundaries"]["level"] <= 1, (sid, nid)
            assert "didn't ask for" not in step, (sid, nid, step)
            assert "if they'd like ideas" not in step, (sid, nid, step)
            if "scenario_pitfall" not in criteria:
                assert "They asked what you think" in step and "advice" in step, (sid, nid, step)
        elif "advice" in out["boundaries"]["flags"] and "scenario_pitfall" not in criteria:
            assert "They asked what you think" not in step, (sid, nid, step)
    assert asked >= 3  # the moments where a peer asks what to do
