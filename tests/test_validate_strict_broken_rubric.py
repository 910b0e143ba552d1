"""`validate --strict` with a broken rubric among the files: the rubric's problems, never a
traceback. --strict scores each scenario's example replies, which needs rubrics that can be
set up; a rubric naming an unknown lexicon (or with a pattern that does not compile) cannot
be, and that used to end `validate` with a KeyError."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers import CLI, ROOT

BROKEN = ROOT / "tests" / "bad_files" / "rubric-broken.yaml"
SCENARIO = ROOT / "scenarios" / "warm-up-long-week.yaml"
COURSE = ROOT / "courses" / "peer-counselling-basics.yaml"


@pytest.mark.parametrize("other", [SCENARIO, COURSE], ids=["scenario", "course"])
def test_strict_with_a_broken_rubric_prints_its_problems_not_a_traceback(other: Path) -> None:
    result = subprocess.run(
        [*CLI, "validate", "--strict", str(BROKEN), str(other)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 1
    assert "rubric-broken.yaml:32:12: unknown lexicon '{no_such_list}'" in result.stdout
    assert "rubric-broken.yaml:29:16: invalid regular expression" in result.stdout
    assert "error(s)" in result.stderr


def test_strict_still_plays_the_examples_when_the_broken_rubric_can_score() -> None:
    """Rubrics with errors that can still be set up (tests/data/validate_messages holds one)
    keep --strict's playtest messages: only rubrics that cannot score skip them."""
    result = subprocess.run(
        [*CLI, "validate", "--strict", "tests/data/validate_messages"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert "Traceback" not in result.stderr
    assert "teaching.yaml:63:3: from 'shrug' the example replies never reach an ending" in (
        result.stdout
    )
