"""`peer-practice rubric check`: a facilitator's labelled examples against one rubric."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.helpers import ROOT, run_cli


def run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, *args, timeout=60)


def test_confusion_matrix_and_disagreements_with_the_cues_that_fired(
    tmp_path: Path, private_data_dir: Path
) -> None:
    labelled = tmp_path / "mine.yaml"
    labelled.write_text(
        "- context: I got evicted after my landlord found my ads.\n"
        "  response: That sounds so unfair, and scary.\n"
        "  level: 1\n"
        "- context: I got evicted.\n"
        "  response: At least you have friends to stay with.\n"
        "  level: 2\n",
        encoding="utf-8",
    )
    result = run(
        ["rubric", "check", "rubrics/validation.yaml", "--labelled", str(labelled)],
        private_data_dir,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "examples: 2" in out and "agreement: 50%" in out
    assert "Confusion matrix" in out
    assert f"{labelled}:4: you said 2, the rubric said 0" in out
    assert 'cue fired: minimises on "At least"' in out


def test_jsonl_and_csv_with_flags(tmp_path: Path, private_data_dir: Path) -> None:
    csv_file = tmp_path / "b.csv"
    csv_file.write_text(
        'context,response,level,flags\n"hi","You should call the police.",2,advice;directing\n',
        encoding="utf-8",
    )
    result = run(
        ["rubric", "check", "rubrics/boundaries.yaml", "--labelled", str(csv_file)],
        private_data_dir,
    )
    assert result.returncode == 0, result.stderr
    assert "agreement: 100%" in result.stdout


def test_malformed_examples_are_located(tmp_path: Path, private_data_dir: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"response": "ok", "level": 1}\n{"response": "x", "level": "lots"}\nnot json\n',
        encoding="utf-8",
    )
    result = run(
        ["rubric", "check", "rubrics/validation.yaml", "--labelled", str(bad)], private_data_dir
    )
    assert result.returncode == 1
    assert f"{bad}:2:1: 'level' must be a whole number" in result.stdout
    assert f"{bad}:3:" in result.stdout and "not valid JSON" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_broken_rubric_is_reported_not_crashed(tmp_path: Path, private_data_dir: Path) -> None:
    rubric = tmp_path / "validation.yaml"
    rubric.write_text(
        (ROOT / "rubrics" / "validation.yaml")
        .read_text(encoding="utf-8")
        .replace("weight: 0.65", "weight: heavy"),
        encoding="utf-8",
    )
    labelled = tmp_path / "l.jsonl"
    labelled.write_text('{"response": "ok", "level": 0}\n', encoding="utf-8")
    result = run(["rubric", "check", str(rubric), "--labelled", str(labelled)], private_data_dir)
    assert result.returncode == 1
    assert "validation.yaml:" in result.stdout and "weight" in result.stdout
    assert "Traceback" not in result.stderr
