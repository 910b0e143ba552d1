"""`patterns_of`: a criterion that reads another's patterns (a warning said, and the same
warning asked) scores like it, and a facilitator who names the wrong lender is told where."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.content.loading import load_rubric_files

RUBRIC = """\
skill: boundaries
title: Twins
description: Two criteria that share their patterns.
scale: higher_is_worse
levels:
  - level: 0
    name: held
    label: Held
    descriptor: Fine.
    feedback: Fine.
  - level: 1
    name: at_risk
    label: At risk
    descriptor: A warning.
    feedback: A warning.
criteria:
  - id: warns
    description: A warning said
    patterns: ['\\byou will regret\\b']
    sentence: statement
    flags: [advice]
    severity: 1
  - id: asks_warning
    description: The same warning asked
{borrow}
    sentence: question
    flags: [advice]
    severity: 1
"""


def _load(tmp_path: Path, borrow: str) -> tuple[object, list[str]]:
    path = tmp_path / "boundaries.yaml"
    path.write_text(RUBRIC.format(borrow=borrow), encoding="utf-8")
    rubrics, problems = load_rubric_files([path], lint=False)
    return rubrics, [f"{p.line}:{p.col}: {p.message}" for p in problems]


def test_the_borrower_reads_the_lenders_patterns(tmp_path: Path) -> None:
    rubrics, problems = _load(tmp_path, "    patterns_of: warns")
    assert problems == []
    by_id = {c.id: c for c in rubrics.rubrics["boundaries"].criteria}  # type: ignore[attr-defined]
    assert by_id["asks_warning"].patterns == by_id["warns"].patterns == (r"\byou will regret\b",)


@pytest.mark.parametrize(
    ("borrow", "expected"),
    [
        ("    patterns_of: warn", "25:18: 'patterns_of' names unknown criterion 'warn'"),
        (
            "    patterns_of: asks_warning",
            "25:18: 'patterns_of' names 'asks_warning', which has no patterns",
        ),
        (
            "    patterns_of: warns\n    patterns: ['x']",
            "give 'patterns' or 'patterns_of', not both",
        ),
    ],
)
def test_a_wrong_lender_is_reported_where_it_is_named(
    tmp_path: Path, borrow: str, expected: str
) -> None:
    _, problems = _load(tmp_path, borrow)
    assert any(expected in p for p in problems), problems
