"""`peer-practice score`: the stable JSONL contract that benchmarks and scripts rely on."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.helpers import ROOT, run_cli

ROWS = [
    {
        "id": "a",
        "context": "I'm scared he'll find me.",
        "response": "You're scared he'll come looking for you.",
    },
    {"id": 7, "context": None, "response": "You should move somewhere else."},
    {
        "id": "c",
        "context": "My friend died last week.",
        "response": "At least she's not suffering now.",
    },
]


def score(stdin: str, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, "score", *args, input=stdin, timeout=60)


def test_one_line_out_per_line_in_same_order_and_ids(private_data_dir: Path) -> None:
    result = score("".join(json.dumps(r) + "\n" for r in ROWS), private_data_dir)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7, "c"]
    for o in out:
        assert set(o) == {"id", "paraphrasing", "validation", "boundaries", "feedback"}
        for skill in ("paraphrasing", "validation"):
            assert set(o[skill]) == {"level", "score", "evidence"}
        assert set(o["boundaries"]) == {"level", "score", "flags", "evidence"}
        for skill in ("paraphrasing", "validation", "boundaries"):
            assert o[skill]["level"] in (0, 1, 2)
            assert 0.0 <= o[skill]["score"] <= 1.0
    assert out[0]["paraphrasing"]["level"] >= 1
    assert out[1]["boundaries"]["level"] == 2 and "advice" in out[1]["boundaries"]["flags"]
    assert "minimising" in out[2]["boundaries"]["flags"]


def test_evidence_names_span_and_criterion(private_data_dir: Path) -> None:
    result = score(json.dumps(ROWS[0]) + "\n", private_data_dir)
    evidence = json.loads(result.stdout)["paraphrasing"]["evidence"]
    assert evidence
    for item in evidence:
        assert ROWS[0]["response"][item["start"] : item["end"]] == item["text"]
        assert item["criterion"]


def test_reads_a_file_argument(tmp_path: Path, private_data_dir: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    assert len(score("", private_data_dir, str(path)).stdout.splitlines()) == 3


def test_a_malformed_line_gets_an_error_object_and_the_batch_goes_on(
    private_data_dir: Path,
) -> None:
    lines = [
        json.dumps(ROWS[0]),
        "{not json",
        json.dumps({"id": "x", "context": "hi"}),
        "[1, 2]",
        json.dumps({"id": "y", "context": 5, "response": "ok"}),
        json.dumps(ROWS[2]),
    ]
    result = score("\n".join(lines) + "\n", private_data_dir)
    assert result.returncode == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 6
    assert out[0]["id"] == "a" and "paraphrasing" in out[0]
    assert (
        out[1] == {"id": None, "line": 2, "error": out[1]["error"]}
        and "line 2: not valid JSON" in out[1]["error"]
    )
    assert out[2]["id"] == "x" and "'response' must be a string" in out[2]["error"]
    assert "expected a JSON object" in out[3]["error"]
    assert out[4]["id"] == "y" and "'context' must be a string or null" in out[4]["error"]
    assert out[5]["id"] == "c" and "boundaries" in out[5]


def test_missing_input_file_is_a_usage_error(private_data_dir: Path) -> None:
    result = score("", private_data_dir, "no-such-file.jsonl")
    assert result.returncode == 2
    assert "no-such-file.jsonl" in result.stderr and "Traceback" not in result.stderr


def test_broken_rubric_folder_is_reported_with_locations(
    tmp_path: Path, private_data_dir: Path
) -> None:
    folder = tmp_path / "rubrics"
    folder.mkdir()
    for src in (ROOT / "rubrics").glob("*.yaml"):
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    broken = folder / "validation.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("min_score: 0.3", "min_score: lots"),
        encoding="utf-8",
    )
    result = run_cli(
        private_data_dir, "--rubrics", str(folder), "score", input=json.dumps(ROWS[0]) + "\n"
    )
    assert result.returncode == 1
    assert "validation.yaml:" in result.stdout and "min_score" in result.stdout
    assert "Traceback" not in result.stderr
