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
