"""A level is reached when the weights of what matched add up to its `min_score`, as written.

Python 3.11's `sum()` adds floats one by one (0.35 - 0.2 + 0.15 gives 0.29999999999999993)
while 3.12+ compensates (0.3): a reply whose weights added up exactly to a threshold got a
lower level on 3.11, with the score printed as the threshold ("level 0, score 0.45"), and a
different level on 3.13. The engine (and `rubric fit`, which mirrors its rule) now add
exactly (`math.fsum`). Tested as a facilitator meets it: their rubric folder and `score`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli

WORDS = ["alpha", "bravo", "charlie", "delta", "echo"]

RUBRIC = """\
skill: paraphrasing
title: Sums
description: Weights that add up to the threshold exactly.
scale: higher_is_better
levels:
  - {{level: 0, name: none, label: None, descriptor: Nothing yet, feedback: Keep going.}}
  - {{level: 1, name: simple, label: Simple, descriptor: Enough, min_score: {threshold},
     feedback: Good.}}
criteria:
{criteria}
"""


@pytest.mark.parametrize(
    ("weights", "threshold"),
    [
        ((0.35, -0.2, 0.15), 0.3),
        ((0.05, 0.25, 0.6, -0.5), 0.4),
        ((0.2, 0.25, -0.2, 0.35, -0.5), 0.1),
        ((0.45, 0.25, 0.15, 0.1, -0.5), 0.45),
    ],
)
def test_weights_adding_up_to_a_threshold_reach_its_level(
    tmp_path: Path, private_data_dir: Path, weights: tuple[float, ...], threshold: float
) -> None:
    criteria = "\n".join(
        f"  - {{id: c{i}, description: C{i}, cues: [{WORDS[i]}], weight: {w}}}"
        for i, w in enumerate(weights)
    )
    (tmp_path / "paraphrasing.yaml").write_text(
        RUBRIC.format(threshold=threshold, criteria=criteria), encoding="utf-8"
    )
    every = " ".join(WORDS[: len(weights)])
    lines = [
        {"id": "all", "context": "x", "response": every},
        {"id": "all but the first", "context": "x", "response": every.split(" ", 1)[1]},
    ]
    result = run_cli(
        private_data_dir,
        "--rubrics",
        str(tmp_path),
        "score",
        input="".join(json.dumps(line) + "\n" for line in lines),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    got = {o["id"]: o["paraphrasing"] for o in map(json.loads, result.stdout.splitlines())}
    assert (got["all"]["level"], got["all"]["score"]) == (1, threshold)
    assert got["all but the first"]["level"] == 0
