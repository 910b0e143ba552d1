"""`validate` keeps its rubric pattern checks for the next run, and never drops the scorer's.

Checking every rubric pattern (does it compile, can it backtrack for minutes) is most of
`validate`'s start (issue 15) and is kept in the scorer's set-up cache. A facilitator who only
runs `validate` must get it kept too; and a cache a `score` run wrote must be left as it is.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from simulator.scoring.setup_cache import ENV_VAR, FILE_NAME
from tests.helpers import CLI, ROOT

SCENARIO = ROOT / "scenarios" / "warm-up-long-week.yaml"


def _run(folder: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, ENV_VAR: str(folder)},
    )


def test_validate_alone_keeps_its_pattern_checks_for_the_next_run(tmp_path: Path) -> None:
    cache = tmp_path / FILE_NAME
    first = _run(tmp_path, "validate", str(SCENARIO))
    assert first.returncode == 0, first.stdout + first.stderr
    assert cache.exists(), "a validate-only user would check every pattern again each run"
    kept = cache.read_bytes()
    second = _run(tmp_path, "validate", str(SCENARIO))
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)
    assert cache.read_bytes() == kept  # everything was found: nothing to write again


def test_validate_leaves_the_cache_a_score_run_wrote_as_it_is(tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "context": "Long week.", "response": "That sounds hard."})
    scored = _run(tmp_path, "score", stdin=line + "\n")
    assert scored.returncode == 0, scored.stderr
    cache = tmp_path / FILE_NAME
    kept = cache.read_bytes()
    checked = _run(tmp_path, "validate", str(SCENARIO))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert cache.read_bytes() == kept, "validate dropped the scorer's set-up"


def test_validate_of_an_edited_rubric_keeps_it_and_the_scorers_set_up(tmp_path: Path) -> None:
    """A facilitator edits a rubric pattern and validates: the new pattern's check is kept,
    and so is everything a `score` run had kept (the next `score` finds it all)."""
    cache_dir = tmp_path / "cache"
    line = json.dumps({"id": "a", "context": "Long week.", "response": "That sounds hard."})
    assert _run(cache_dir, "score", stdin=line + "\n").returncode == 0
    cache = cache_dir / FILE_NAME
    scored = cache.read_bytes()
    rubrics = tmp_path / "rubrics"
    rubrics.mkdir()
    for path in (ROOT / "rubrics").glob("*.yaml"):
        (rubrics / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    edited = rubrics / "validation.yaml"
    text = edited.read_text(encoding="utf-8")
    at = text.index("    patterns:\n") + len("    patterns:\n")
    edited.write_text(text[:at] + "      - '\\bso+ unfair\\b'\n" + text[at:], encoding="utf-8")
    checked = _run(cache_dir, "validate", str(rubrics), str(SCENARIO))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert len(cache.read_bytes()) > len(scored), "the new pattern's check was not kept"
    again = cache.read_bytes()
    assert _run(cache_dir, "score", stdin=line + "\n").returncode == 0
    assert cache.read_bytes() == again, "the next score had to set up again"
