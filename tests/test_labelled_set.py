"""The project's own labelled replies (tests/data/labelled_replies.jsonl) are usable as data.

Issue #11 measures the scorer on a held-out part of this set, so the set itself must be sound:
every row names a real scenario and moment of the shipped library with that moment's peer line,
labels are on the rubric scales, flags and families are known, every scenario and every
failure family is covered, no reply appears twice, and the held-out split is the one fixed by
the hash of the id (so a row can never drift between fit and held-out as the file grows).
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from rapidfuzz import fuzz

from simulator.content.loading import load_library, require_rubrics
from tests.helpers import ROOT

DATA = ROOT / "tests" / "data"
LABELLED = DATA / "labelled_replies.jsonl"
MIN_ROWS = 600
MIN_PER_FAMILY = 25
KEYS = {"id", "scenario", "moment", "context", "response", "labels", "family", "split"}


def load_maker(name: str) -> ModuleType:
    """One of the scripts in tests/data that build a JSONL file (they are not a package)."""
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKER = load_maker("make_labelled_replies")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    lines = LABELLED.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def peer_lines() -> dict[tuple[str, str], str]:
    library = load_library(ROOT / "scenarios", require_rubrics())
    return {
        (scenario.id, node_id): " ".join(" ".join(node.peer).split())
        for scenario in library.scenarios
        for node_id, node in scenario.nodes.items()
    }


def test_every_row_has_the_documented_fields(rows: list[dict[str, Any]]) -> None:
    bad = [r.get("id") for r in rows if set(r) != KEYS or not str(r["response"]).strip()]
    assert not bad, f"rows with missing/extra fields or an empty reply: {bad[:10]}"
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "ids repeat"


def test_every_row_is_a_real_moment_with_its_peer_line(
    rows: list[dict[str, Any]], peer_lines: dict[tuple[str, str], str]
) -> None:
    unknown = [r["id"] for r in rows if (r["scenario"], r["moment"]) not in peer_lines]
    assert not unknown, f"unknown scenario/moment in {unknown[:10]}"
    stale = [r["id"] for r in rows if r["context"] != peer_lines[(r["scenario"], r["moment"])]]
    assert not stale, f"context is not the moment's peer line (re-run the maker): {stale[:10]}"


def test_labels_are_on_the_rubric_scales_and_flags_are_known(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        labels = row["labels"]
        assert set(labels) == {"paraphrasing", "validation", "boundaries", "flags"}, row["id"]
        for skill in ("paraphrasing", "validation", "boundaries"):
            assert labels[skill] in (0, 1, 2), (row["id"], skill)
        assert set(labels["flags"]) <= set(MAKER.FLAGS), (row["id"], labels["flags"])
        # A boundary that is not held names what was wrong; a held one names nothing.
        assert (labels["boundaries"] == 0) == (not labels["flags"]), row["id"]
        assert row["family"] in MAKER.FAMILIES, row["id"]


BREACH_FAMILIES = MAKER.BREACH_FAMILIES


def test_labels_fit_what_each_family_means(rows: list[dict[str, Any]]) -> None:
    """A family says what the row exercises; its labels must not contradict that (e.g. a
    siding reply that is not a breach, or a parroted reply that is not a simple reflection)."""
    rules = {
        "breach families are breached": lambda f, p, v, b: f not in BREACH_FAMILIES or b == 2,
        "offers after permission are at risk at most": lambda f, p, v, b: (
            f != "advice_permission" or b <= 1
        ),
        "a third-party should is not a breach or advice": lambda f, p, v, b: (
            f != "third_party_should" or b == 0
        ),
        "parroting is a simple reflection": lambda f, p, v, b: f != "parroting" or p == 1,
        "simple reflections are level 1": lambda f, p, v, b: f != "simple_reflection" or p == 1,
        "complex reflections are level 2": lambda f, p, v, b: f != "complex_reflection" or p == 2,
        "validation rows validate": lambda f, p, v, b: f != "validation" or v >= 1,
        "non-reflections addressing you are not reflections": lambda f, p, v, b: (
            f != "non_reflection_you" or p == 0
        ),
        "mixed rows reflect and slip": lambda f, p, v, b: f != "mixed" or (p >= 1 and b >= 1),
    }
    broken = [
        (name, row["id"])
        for row in rows
        for name, holds in rules.items()
        if not holds(
            row["family"],
            row["labels"]["paraphrasing"],
            row["labels"]["validation"],
            row["labels"]["boundaries"],
        )
    ]
    assert not broken, f"labels that contradict their family: {broken[:10]}"


def test_coverage_of_scenarios_families_and_size(
    rows: list[dict[str, Any]], peer_lines: dict[tuple[str, str], str]
) -> None:
    assert len(rows) >= MIN_ROWS
    scenarios = {scenario for scenario, _ in peer_lines}
    assert {r["scenario"] for r in rows} == scenarios
    library = load_library(ROOT / "scenarios", require_rubrics())
    moments = {
        (scenario.id, node_id)
        for scenario in library.scenarios
        for node_id, node in scenario.nodes.items()
        if not node.is_ending
    }
    # Moments added to a scenario later may wait for rows, but the set must keep covering
    # nearly all of them (today it covers every one).
    missing = sorted(moments - {(r["scenario"], r["moment"]) for r in rows})
    assert len(missing) <= len(moments) // 10, (
        f"moments (where a trainee replies) with no rows: {missing}"
    )
    families = Counter(r["family"] for r in rows)
    thin = {f: families[f] for f in MAKER.FAMILIES if families[f] < MIN_PER_FAMILY}
    assert not thin, f"families under {MIN_PER_FAMILY} rows: {thin}"


def test_held_out_split_is_fixed_by_the_id_hash(rows: list[dict[str, Any]]) -> None:
    wrong = [r["id"] for r in rows if r["split"] != MAKER.split_of(r["id"])]
    assert not wrong, f"split does not match the hash rule: {wrong[:10]}"
    share = sum(r["split"] == "heldout" for r in rows) / len(rows)
    assert 0.25 <= share <= 0.35, f"held-out share {share:.2f}"


def test_no_reply_appears_twice(rows: list[dict[str, Any]]) -> None:
    def norm(text: str) -> str:
        return " ".join("".join(c for c in text.lower() if c.isalnum() or c.isspace()).split())

    seen = Counter(norm(r["response"]) for r in rows)
    repeated = [text for text, n in seen.items() if n > 1]
    assert not repeated, f"replies used twice: {repeated[:5]}"


def test_new_rows_do_not_repeat_the_older_set(rows: list[dict[str, Any]]) -> None:
    """The two sets are measured separately, so a reply must not sit in both. Parroting rows
    are exempt: repeating the same peer line comes out nearly the same by design."""
    older = [
        json.loads(line)["response"].lower()
        for line in (DATA / "peer_replies.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    near = [
        (row["id"], old)
        for row in rows
        if row["family"] != "parroting"
        for old in older
        if fuzz.ratio(row["response"].lower(), old) >= 85
    ]
    assert not near, f"rows that repeat peer_replies.jsonl: {near[:5]}"


# Sentences quoted in issue #11. The scorer is measured on probes worded differently, so the
# data must teach the families, not these sentences: no row may be one of them, lightly reworded.
ISSUE_QUOTES = (
    "Don't worry, whatever you tell me stays between us",
    "Thank you for telling me.",
    "At least you're safe now.",
    "Why did you do that?",
    "Well, that's the risk with that kind of work, isn't it.",
    "Have you ever thought about doing something other than sex work? It's not a healthy way to live.",
    "an organisation that says it's by and for you should have asked you first",
    "you should definitely send it to the bad date list tonight, and go to the police too",
    "Anyone would be angry after being treated like that",
    "You want to stay safe and keep your income",
    "I can't meet outside the program",
)


def test_rows_are_not_the_issue_quotes_or_scenario_examples(
    rows: list[dict[str, Any]],
) -> None:
    library = load_library(ROOT / "scenarios", require_rubrics())
    examples = [
        example.reply
        for scenario in library.scenarios
        for node in scenario.nodes.values()
        for example in node.examples
    ]
    near = [
        (row["id"], quote)
        for row in rows
        for quote in (*ISSUE_QUOTES, *examples)
        if fuzz.ratio(row["response"].lower(), quote.lower()) >= 80
    ]
    assert not near, f"rows too close to a quoted sentence or a scenario example: {near[:5]}"


def test_jsonl_is_generated_from_its_source(rows: list[dict[str, Any]]) -> None:
    assert MAKER.build() == rows, (
        "labelled_replies.jsonl is stale: run tests/data/make_labelled_replies.py"
    )


def test_the_maker_rejects_unknown_families_and_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "src.txt"
    source.write_text(
        "@ warm-up-long-week opening\n"
        "kindness | 1 1 0 | - | You're tired.\n"
        "validation | 0 1 2 | bossy | That sounds exhausting.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(MAKER, "SOURCE", source)
    with pytest.raises(SystemExit) as stop:
        MAKER.build()
    assert "unknown family 'kindness'" in str(stop.value)
    assert "unknown flags ['bossy']" in str(stop.value)
