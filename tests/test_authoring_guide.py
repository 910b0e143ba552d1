"""The facilitator's guide: its worked example must validate, and its commands must exist."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from simulator.content.validate import check
from tests.helpers import CLI, ROOT

GUIDE = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")


def test_the_worked_example_validates_and_plays(tmp_path: Path) -> None:
    section = GUIDE.split("## 2. A worked example", 1)[1]
    example = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert example is not None
    path = tmp_path / "my-first-scenario.yaml"
    path.write_text(example.group(1), encoding="utf-8")
    report = check([path])
    assert report.errors == [], [p.format() for p in report.errors]
    result = subprocess.run(
        [*CLI, "play", str(path), "--plain"],
        input="You missed it, and now you're being really hard on yourself.\nYou're feeling a bit lighter.\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={
            "PEER_PRACTICE_DATA_DIR": str(tmp_path / "data"),
            "PEER_PRACTICE_CACHE_DIR": str(tmp_path / "cache"),  # not the real user cache
            "PATH": "/usr/bin:/bin",
        },
    )
    assert "Ending: Ari let themself off the hook" in result.stdout, result.stdout + result.stderr


def test_the_guide_covers_schema_editor_validation_and_rubric_check() -> None:
    for needle in (
        "yaml-language-server",
        "peer-practice validate",
        "--strict",
        "peer-practice rubric check",
        "schema/",
    ):
        assert needle in GUIDE
