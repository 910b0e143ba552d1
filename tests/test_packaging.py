"""A plain (non-editable) install must still find the shipped scenarios and rubrics."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT


@pytest.mark.skipif(
    shutil.which("hatchling", path=str(Path(sys.executable).parent)) is None,
    reason="hatchling is not installed in this environment",
)
def test_wheel_carries_the_content_and_finds_it(tmp_path: Path) -> None:
    hatchling = str(Path(sys.executable).parent / "hatchling")
    subprocess.run(
        [hatchling, "build", "-t", "wheel", "-d", str(tmp_path / "dist")],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    [wheel] = (tmp_path / "dist").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "simulator/_content/scenarios/bad-date-next-steps.yaml" in names
    assert "simulator/_content/rubrics/paraphrasing.yaml" in names
    assert "simulator/_content/rubrics/language/stigmatising-terms.yaml" in names
    assert "simulator/_content/schema/scenario.schema.json" in names
    assert "simulator/_content/courses/peer-counselling-basics.yaml" in names
    assert "simulator/web/templates/app_index.html" in names  # the served page
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = "from simulator.content.paths import scenarios_dir, rubrics_dir; print(scenarios_dir()); print(rubrics_dir())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PEER_PRACTICE_CACHE_DIR": ""},  # no HOME: no cache
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out == [
        str(target / "simulator/_content/scenarios"),
        str(target / "simulator/_content/rubrics"),
    ]
