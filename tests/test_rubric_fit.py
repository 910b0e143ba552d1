"""`peer-practice rubric fit`: criterion weights and level thresholds from labelled replies,
through the CLI, with the rubric file updated in place only on --write (comments kept)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from bench.bench_score import pair_held
from simulator.content.loading import require_rubrics
from simulator.scoring import Scorer
from simulator.scoring.rubric_fit import (
    _in_heldout,
    fired_criteria,
    fit_ordinal,
    level_for,
    tune_thresholds,
)
from tests.helpers import ROOT, run_cli

LABELLED = ROOT / "tests" / "data" / "labelled_replies.jsonl"


@pytest.fixture
def rubric_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "rubrics"
    folder.mkdir()
    for src in (ROOT / "rubrics").glob("*.yaml"):
        shutil.copy(src, folder / src.name)
    return folder / "paraphrasing.yaml"


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every other labelled row (the fit is the same mechanism on fewer rows; quicker)."""
    rows = LABELLED.read_text(encoding="utf-8").splitlines()[::2]
    path = tmp_path_factory.mktemp("labels") / "labelled.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def fit(data_dir: Path, rubric: Path, labelled: Path, *more: str) -> tuple[int, str, str]:
    result = run_cli(data_dir, "rubric", "fit", str(rubric), "--labelled", str(labelled), *more)
    assert "Traceback" not in result.stderr
    return result.returncode, result.stdout, result.stderr


def _weights(text: str) -> dict[str, tuple[float, float]]:
    found = re.findall(r"^(\w+)\s+(-?\d\.\d\d)\s+(-?\d\.\d\d)", text, re.M)
    return {name: (float(now), float(new)) for name, now, new in found}


def test_fit_proposes_weights_and_reports_held_back_agreement_without_writing(
    private_data_dir: Path, rubric_copy: Path, labelled: Path
) -> None:
    before = rubric_copy.read_bytes()
    code, out, _ = fit(private_data_dir, rubric_copy, labelled)
    assert code == 0
    assert "held back (marked heldout in the file)" in out
    heldout = sum(1 for line in labelled.open() if json.loads(line)["split"] == "heldout")
    assert f"Agreement on the {heldout} held-back rows" in out
    assert re.search(r"exact level\s+\d+%\s+\d+%", out)
    assert "reflective_stem" in _weights(out) and "level 1 min_score" in out
    assert "add --write" in out
    assert rubric_copy.read_bytes() == before  # nothing written without --write


def test_write_updates_the_yaml_in_place_keeping_comments_and_then_fits(
    private_data_dir: Path, rubric_copy: Path, labelled: Path
) -> None:
    original = rubric_copy.read_text(encoding="utf-8")
    # A criterion without a weight gets one inserted at the right indentation.
    rubric_copy.write_text(
        original.replace("    threshold: 14\n    weight: 0.15\n", "    threshold: 14\n"),
        encoding="utf-8",
    )
    code, out, _ = fit(private_data_dir, rubric_copy, labelled, "--write")
    assert code == 0, out
    assert "Wrote the fitted values" in out
    text = rubric_copy.read_text(encoding="utf-8")
    old_comments = [line for line in original.splitlines() if line.lstrip().startswith("#")]
    assert old_comments and all(c in text.splitlines() for c in old_comments)
    assert len(text.splitlines()) == len(original.splitlines())  # one line back, nothing lost
    changed = {k: new for k, (now, new) in _weights(out).items() if now != new}
    assert changed
    block = text.split("  - id: says_more\n")[1].split("  - id:")[0]
    assert re.search(r"^    weight: -?[\d.]+$", block, re.M)
    # The file still loads, and fitting again starts from the written values: it moves them
    # less than the first fit did (the pull towards the file's weights makes each fit a step
    # towards the same point, not always a fixed point after one step).
    assert run_cli(private_data_dir, "validate", str(rubric_copy)).returncode == 0
    code, again, _ = fit(private_data_dir, rubric_copy, labelled)
    assert code == 0
    first = {k: now for k, (now, _) in _weights(again).items()}
    assert first == {k: new for k, (_, new) in _weights(out).items()}
    moved = sum(abs(new - now) for now, new in _weights(out).values())
    moved_again = sum(abs(new - now) for now, new in _weights(again).values())
    assert moved_again < moved


def test_without_a_split_a_fixed_fifth_is_held_back(
    private_data_dir: Path, rubric_copy: Path, labelled: Path, tmp_path: Path
) -> None:
    rows = [json.loads(line) for line in labelled.open()]
    for row in rows:
        del row["split"]
    plain = tmp_path / "nosplit.jsonl"
    plain.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first = fit(private_data_dir, rubric_copy, plain)[1]
    assert "(a fixed fifth of the statements, by hash)" in first
    count = int(re.search(r"(\d+) held back", first).group(1))  # type: ignore[union-attr]
    assert 0.1 * len(rows) < count < 0.3 * len(rows)
    assert fit(private_data_dir, rubric_copy, plain)[1] == first  # the same rows every run


def test_a_severity_rubric_or_a_bad_file_is_one_clear_message(
    private_data_dir: Path, rubric_copy: Path, labelled: Path, tmp_path: Path
) -> None:
    code, _, err = fit(private_data_dir, rubric_copy.with_name("boundaries.yaml"), labelled)
    assert code == 1 and "severity" in err and "paraphrasing and validation" in err
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"response": "You're tired.", "labels": {"paraphrasing": 1}})
        + "\n{oops\n"
        + json.dumps({"response": "Hi", "scenario": "nope", "labels": {"paraphrasing": 0}})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = fit(private_data_dir, rubric_copy, bad)
    assert code == 1
    assert "bad.jsonl:2:" in out and "bad.jsonl:3:" in out and "unknown scenario 'nope'" in out
    code, _, err = fit(private_data_dir, rubric_copy, tmp_path / "missing.jsonl")
    assert code == 1 and "missing.jsonl: no such file" in err


def test_the_fit_predicts_levels_exactly_as_the_scorer_does(scorer: Scorer) -> None:
    """`level_for` (used to search thresholds) follows the engine's rule for every row."""
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    for skill in ("paraphrasing", "validation"):
        rubric = scorer.rubrics.rubrics[skill]
        thresholds = [lv.min_score for lv in rubric.by_level[1:]]
        for row in rows[::3]:
            result = scorer.score(row["context"], row["response"]).skills[skill]
            fired = fired_criteria(rubric, result.evidence)
            assert level_for(rubric, {}, thresholds, fired) == result.level, row["id"]


def test_replies_to_one_statement_are_held_back_together_as_the_bench_does() -> None:
    """PAIR-shaped ids (`source:statement:reply`): the fit holds back exactly the statements
    `make bench-score` reports as PAIR-held, so fitting on PAIR never sees them."""
    ids = [f"pair:{n}:{reply}" for n in range(400) for reply in ("hq1", "mq1", "lq3")]
    held = {i for i in ids if _in_heldout("reply", "the same peer line", i)}
    assert held == {i for i in ids if pair_held({"id": i})}
    assert 0.1 * len(ids) < len(held) < 0.3 * len(ids)
    for n in range(400):  # all replies to one statement fall on the same side
        assert len({f"pair:{n}:{r}" in held for r in ("hq1", "mq1", "lq3")}) == 1


def test_the_pull_towards_the_current_weights_keeps_a_small_fit_from_swinging() -> None:
    """A strong pull leaves the hand-set weights nearly as they are; a weak one lets a few
    rows move them (cross-validation chooses between such strengths)."""
    rubric = require_rubrics().rubrics["validation"]
    now = {c.id: c.weight for c in rubric.criteria}
    # A few rows saying "acknowledges alone is never validation": against the rubric.
    patterns = {(frozenset({"acknowledges"}), 0): 6.0, (frozenset({"validates"}), 2): 6.0}
    features = ["acknowledges", "validates"]
    strong, _ = fit_ordinal(rubric, patterns, features, prior=30.0)
    weak, _ = fit_ordinal(rubric, patterns, features, prior=0.0001)
    assert all(abs(strong[f] - now[f]) < 0.05 for f in features), strong
    assert now["acknowledges"] - weak["acknowledges"] > 0.1, weak


def test_several_files_are_fitted_together_with_agreement_for_each(
    private_data_dir: Path, rubric_copy: Path, labelled: Path, tmp_path: Path
) -> None:
    """`--labelled A --labelled B`: one fit, held-back agreement for each file and for all."""
    second = tmp_path / "statements.jsonl"
    second.write_text(
        "".join(
            json.dumps(
                {
                    "id": f"mine:{n}:{kind}",
                    "context": f"My landlord raised the rent again, the {n}th time this year.",
                    "response": reply,
                    "labels": {"paraphrasing": level},
                }
            )
            + "\n"
            for n in range(40)
            for kind, reply, level in (
                ("a", "You're worn down by the rent going up again and again.", 1),
                ("b", "Have you talked to a tenants' union?", 0),
            )
        ),
        encoding="utf-8",
    )
    code, out, err = fit(private_data_dir, rubric_copy, labelled, "--labelled", str(second))
    assert code == 0, err
    held_second = sum(1 for n in range(40) if pair_held({"id": f"mine:{n}:a"})) * 2
    assert f"held-back rows of {labelled.name} (marked heldout):" in out
    assert (
        f"Agreement on the {held_second} held-back rows of statements.jsonl "
        "(a fixed fifth of the statements):" in out
    )
    assert "held-back rows (all files):" in out
    assert "chosen by cross-validation on the fitting rows" in out


def test_a_marker_criterion_other_criteria_read_keeps_its_weight(
    private_data_dir: Path, rubric_copy: Path, labelled: Path
) -> None:
    """`asks_a_question` (weight 0, read by `restates_their_story`'s `unless`) marks a
    question; it is no evidence against a reflection, so the fit leaves it at 0 (a reflection
    followed by a question stays a reflection)."""
    code, out, _ = fit(private_data_dir, rubric_copy, labelled)
    assert code == 0
    assert re.search(
        r"^asks_a_question\s+0\.00\s+\(kept: a marker other criteria read\)", out, re.M
    )


def test_thresholds_the_rows_dont_pin_down_stay_near_the_current_ones() -> None:
    """Rows that only say "level 1 needs more than an acknowledgement" move level 1 just past
    it and leave level 2 where it was, not at the first value of the grid that agrees."""
    rubric = require_rubrics().rubrics["validation"]
    assert [lv.min_score for lv in rubric.by_level[1:]] == [0.3, 0.6]
    patterns = {
        (frozenset({"acknowledges"}), 0): 1.0,  # 0.35: not enough for level 1 here
        (frozenset({"acknowledges", "names_their_feeling"}), 1): 1.0,  # 0.65
        (frozenset({"validates"}), 2): 1.0,  # 0.65
    }
    low, high = tune_thresholds(rubric, {}, patterns)
    assert low == 0.37
    assert 0.58 <= high <= 0.62
