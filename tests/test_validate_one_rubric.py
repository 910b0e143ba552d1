"""`validate` on one rubric file of a set (issue #11 moved lexicons between rubrics).

The paraphrasing rubric reads the verdict lexicons that validation.yaml defines. A facilitator
who checks only the file they edited must be told about that file, not that a lexicon "no
rubric defines" is missing: the file is checked beside its companions (from its own folder,
else the shipped ones), and only its own problems are reported.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import ROOT, run_cli

RUBRICS = ROOT / "rubrics"


def test_a_shipped_rubric_checked_alone_is_clean(tmp_path: Path) -> None:
    for name in ("paraphrasing", "validation", "boundaries"):
        done = run_cli(tmp_path, "validate", str(RUBRICS / f"{name}.yaml"))
        assert done.returncode == 0, done.stdout + done.stderr


def test_a_copy_alone_in_its_folder_is_checked_with_the_shipped_companions(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(RUBRICS / "paraphrasing.yaml", folder / "paraphrasing.yaml")
    done = run_cli(tmp_path, "validate", str(folder / "paraphrasing.yaml"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_companions_in_the_same_folder_are_used_and_their_problems_not_reported(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "mine"
    shutil.copytree(RUBRICS, folder)
    # The folder's own validation.yaml lacks a verdict lexicon: the paraphrasing file, which
    # reads it, is told so, at its own line; the companion's own problems are not listed.
    validation = (folder / "validation.yaml").read_text(encoding="utf-8")
    assert "\n  verdict_hard:" in validation
    broken = validation.replace("\n  verdict_hard:", "\n  verdict_hard_renamed:", 1)
    (folder / "validation.yaml").write_text(broken, encoding="utf-8")
    done = run_cli(tmp_path, "validate", str(folder / "paraphrasing.yaml"))
    assert done.returncode == 1
    rows = [line for line in done.stdout.splitlines() if ".yaml:" in line]
    assert rows and all("paraphrasing.yaml:" in row for row in rows), done.stdout
    assert "verdict_hard" in done.stdout
