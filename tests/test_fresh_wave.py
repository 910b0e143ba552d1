"""The fresh labelled waves (tests/data/fresh_wave.jsonl, fresh_wave_2.jsonl, fresh_wave_3.jsonl,
fresh_wave_4.jsonl, fresh_wave_5.jsonl, fresh_wave_6.jsonl, fresh_wave_7.jsonl, fresh_wave_8.jsonl,
fresh_wave_9.jsonl, fresh_wave_10.jsonl, fresh_wave_11.jsonl, fresh_wave_12.jsonl,
fresh_wave_13.jsonl) are sound data.

Issue #11 asks for agreement on replies worded differently from anything the rubrics were
tuned on. The fresh waves are that: each must name real moments of the shipped scenarios with
their peer lines, carry labels on the rubric scales, cover every scenario, moment and failure
family in enough rows to give a figure, stay held out, match its source, and not repeat the
labelled set, the first set, an earlier wave or the issue's quoted sentences. The second wave
is sealed (written while the rubrics were tuned, by someone who did not tune them) and asks
for more: more rows, more moments a scenario and more rows a family. The third wave (stop 8) is
held to wave 2's minimums, with at least 25 rows for each breach or advice family, and must
not repeat wave 2 either. The fourth wave (stop 9) asks for at least 600 rows and 28 rows for each
breach or advice family, and must not repeat wave 3 either. The fifth wave (stop 10, written in
one morning) asks for at least 400 rows, 15 rows a family and 20 for each breach or advice
family, and must not repeat wave 4 either; its source writes a line break as a
literal backslash-n, which the JSONL holds as a real line break. The sixth wave (stop 11, also
written in one morning) is held to wave 5's minimums and must not repeat wave 5 either. The seventh
wave (stop 13, written by a helper engineer in one morning) is held to the same minimums and must
not repeat wave 6 either. The eighth wave (stop 14, also written by a helper engineer) is held to
the same minimums and must not repeat wave 7 either. The ninth wave (stop 15, also written by a
helper engineer) is held to the same minimums and must not repeat wave 8 either. The tenth wave (stop
18, also written by a helper engineer) is held to the same minimums and must not repeat wave 9 either.
The eleventh wave (stop 20, also written by a helper engineer) is held to the same minimums and must
not repeat wave 10 either. The twelfth wave (stop 21, also written by a helper engineer) is held to
the same minimums and must not repeat wave 11 either. The thirteenth wave (stop 22, also written by a
helper engineer) is held to the same minimums and must not repeat wave 12 either.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from rapidfuzz import fuzz, process

from bench import fresh_wave_kappa
from simulator.content.loading import load_library, require_rubrics
from tests.helpers import ROOT
from tests.test_labelled_set import ISSUE_QUOTES, load_maker

DATA = ROOT / "tests" / "data"
#: Each level of each skill must be there often enough for a figure (yes and no answers).
MIN_PER_LEVEL = {"paraphrasing": 50, "validation": 40, "boundaries": 15}
MIN_ADVICE = 50
KEYS = {"id", "scenario", "moment", "context", "response", "labels", "family", "split"}


MAKER = load_maker("make_fresh_wave")
BREACH_FAMILIES = MAKER.labelled.BREACH_FAMILIES
#: The families written to breach or to advise, which waves 3 and 4 must give at least 25 and 28
#: rows each.
ADVICE_AND_BREACH_FAMILIES = BREACH_FAMILIES | {"directing_advice", "plain_advice"}


@dataclass(frozen=True)
class Wave:
    """One wave: its file, how it is rebuilt, its id prefix, its minimums and what came before."""

    path: Path
    build: Callable[[], list[dict[str, Any]]]
    prefix: str
    min_rows: int
    min_per_family: int
    min_moments_per_scenario: int
    older: tuple[str, ...]
    min_per_breach_family: int = 0  # for ADVICE_AND_BREACH_FAMILIES, on top of min_per_family


def _older(n: int) -> tuple[str, ...]:
    """The labelled files before wave `n`: none of its rows may come close to theirs."""
    waves = ["fresh_wave.jsonl"] if n > 1 else []
    waves += [f"fresh_wave_{k}.jsonl" for k in range(2, n)]
    return ("labelled_replies.jsonl", "peer_replies.jsonl", *waves)


def _later_wave(n: int, min_rows: int, min_per_family: int, min_per_breach_family: int = 0) -> Wave:
    """Wave `n` (2 or later), rebuilt by the maker's build_wave, at least 4 moments a scenario."""
    return Wave(
        DATA / f"fresh_wave_{n}.jsonl",
        lambda: MAKER.build_wave(n),
        f"wave{n}",
        min_rows,
        min_per_family,
        4,
        _older(n),
        min_per_breach_family,
    )


WAVES = {
    "wave1": Wave(DATA / "fresh_wave.jsonl", lambda: MAKER.build(), "fresh", 360, 15, 3, _older(1)),
    "wave2": _later_wave(2, 480, 20),
    "wave3": _later_wave(3, 480, 20, 25),
    "wave4": _later_wave(4, 600, 20, 28),
    # From wave 5 on (written blind, in registers unlike the waves before): the same minimums.
    **{f"wave{n}": _later_wave(n, 400, 15, 20) for n in range(5, MAKER.LAST_WAVE + 1)},
}


@pytest.fixture(scope="module", params=list(WAVES), ids=list(WAVES))
def wave(request: pytest.FixtureRequest) -> Wave:
    return WAVES[request.param]


@pytest.fixture(scope="module")
def rows(wave: Wave) -> list[dict[str, Any]]:
    lines = wave.path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def moments() -> dict[tuple[str, str], str]:
    """The peer's line at every moment where a trainee replies (not endings)."""
    library = load_library(ROOT / "scenarios", require_rubrics())
    return {
        (scenario.id, node_id): " ".join(" ".join(node.peer).split())
        for scenario in library.scenarios
        for node_id, node in scenario.nodes.items()
        if not node.is_ending
    }


def test_the_wave_parses_and_matches_its_source(wave: Wave, rows: list[dict[str, Any]]) -> None:
    assert rows == wave.build(), f"{wave.path.name} is stale: run tests/data/make_fresh_wave.py"
    bad = [r.get("id") for r in rows if set(r) != KEYS or not str(r["response"]).strip()]
    assert not bad, f"rows with missing/extra fields or an empty reply: {bad[:10]}"
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(i.startswith(f"{wave.prefix}:") for i in ids)


def test_every_row_is_a_real_moment_with_its_peer_line(
    rows: list[dict[str, Any]], moments: dict[tuple[str, str], str]
) -> None:
    unknown = [r["id"] for r in rows if (r["scenario"], r["moment"]) not in moments]
    assert not unknown, f"unknown scenario/moment (or an ending) in {unknown[:10]}"
    stale = [r["id"] for r in rows if r["context"] != moments[(r["scenario"], r["moment"])]]
    assert not stale, f"context is not the moment's peer line (re-run the maker): {stale[:10]}"


def test_labels_are_on_the_rubric_scales_and_fit_each_family(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        labels, family = row["labels"], row["family"]
        p, v, b = labels["paraphrasing"], labels["validation"], labels["boundaries"]
        assert {p, v, b} <= {0, 1, 2}, row["id"]
        assert set(labels["flags"]) <= set(MAKER.labelled.FLAGS), row["id"]
        assert (b == 0) == (not labels["flags"]), row["id"]
        assert family in MAKER.FAMILIES, row["id"]
        assert family not in BREACH_FAMILIES or b == 2, (row["id"], "breach families breach")
        assert family != "advice_permission" or b <= 1, row["id"]
        assert family != "third_party_should" or b == 0, row["id"]
        assert family not in ("parroting", "simple_reflection") or p == 1, row["id"]
        assert family != "complex_reflection" or p == 2, row["id"]
        assert family != "validation" or v >= 1, row["id"]
        assert family not in ("non_reflection_you", "questions_only") or p == 0, row["id"]
        assert family != "mixed" or (p >= 1 and b >= 1), row["id"]
        assert family not in ("plain_advice", "directing_advice") or "advice" in labels["flags"]
        assert family != "questions_only" or "?" in row["response"], row["id"]


def test_coverage_meets_the_minimums(
    wave: Wave, rows: list[dict[str, Any]], moments: dict[tuple[str, str], str]
) -> None:
    assert len(rows) >= wave.min_rows
    scenarios = {scenario for scenario, _ in moments}
    per_scenario = Counter(scenario for scenario, _ in {(r["scenario"], r["moment"]) for r in rows})
    least = wave.min_moments_per_scenario
    thin = {s: per_scenario[s] for s in scenarios if per_scenario[s] < least}
    assert not thin, f"scenarios with rows at fewer than {least} moments: {thin}"
    families = Counter(r["family"] for r in rows)
    few = {f: families[f] for f in MAKER.FAMILIES if families[f] < wave.min_per_family}
    assert not few, f"families under {wave.min_per_family} rows: {few}"
    least = wave.min_per_breach_family
    few = {f: families[f] for f in sorted(ADVICE_AND_BREACH_FAMILIES) if families[f] < least}
    assert not few, f"breach and advice families under {least} rows: {few}"
    for skill, least in MIN_PER_LEVEL.items():
        levels = Counter(r["labels"][skill] for r in rows)
        assert all(levels[level] >= least for level in (0, 1, 2)), (skill, levels)
    assert sum("advice" in r["labels"]["flags"] for r in rows) >= MIN_ADVICE


def test_every_row_is_held_out(rows: list[dict[str, Any]]) -> None:
    """Nothing may be fitted on the wave: `rubric fit` learns only from non-held-out rows."""
    assert {r["split"] for r in rows} == {"heldout"}


def _norm(text: str) -> str:
    return " ".join("".join(c for c in text.lower() if c.isalnum() or c.isspace()).split())


def test_the_wave_is_worded_afresh(wave: Wave, rows: list[dict[str, Any]]) -> None:
    """No reply twice, none close to a row of the labelled set, the first set or an earlier
    wave, none close to a sentence quoted in the issue. Parroting rows repeat a peer line by
    design, so for them only a near-copy of an older row counts."""
    seen = Counter(_norm(r["response"]) for r in rows)
    assert not [t for t, n in seen.items() if n > 1], "replies used twice"
    older = [
        json.loads(line)["response"].lower()
        for name in wave.older
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    near = []
    for row in rows:
        limit = 95 if row["family"] == "parroting" else 85
        match = process.extractOne(row["response"].lower(), older, scorer=fuzz.ratio)
        if match is not None and match[1] >= limit:
            near.append(row["id"])
    assert not near, f"rows that repeat an older labelled reply: {near[:10]}"
    quoted = [
        row["id"]
        for row in rows
        for quote in ISSUE_QUOTES
        if fuzz.ratio(row["response"].lower(), quote.lower()) >= 75
    ]
    assert not quoted, f"rows that are an issue's quoted sentence, lightly reworded: {quoted}"


def test_wave_5_keeps_the_line_breaks_its_trainees_typed() -> None:
    """Wave 5 has replies written as lists and paragraphs: the scorer must see the real line
    breaks, not the backslash-n its one-reply-a-line source writes them as."""
    rows = MAKER.build_wave(5)
    broken = [r for r in rows if "\n" in str(r["response"])]
    assert len(broken) >= 5
    assert not [r["id"] for r in rows if "\\n" in str(r["response"])]


def test_the_maker_rejects_the_families_it_does_not_know(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "wave.txt"
    source.write_text(
        "@ warm-up-long-week opening\n"
        "questions_only | 0 0 0 | - | What was the hardest bit?\n"
        "small_talk | 0 0 0 | - | Nice weather today.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(MAKER, "SOURCE", source)
    with pytest.raises(SystemExit) as stop:
        MAKER.build()
    assert "unknown family 'small_talk'" in str(stop.value)
    assert "questions_only" not in str(stop.value)


@pytest.mark.parametrize(
    ("wave", "relabel"),
    [
        (1, "fresh_wave_relabel_self.txt"),
        (1, "fresh_wave_relabel_second.txt"),
        (2, "fresh_wave_2_relabel_self.txt"),
        (3, "fresh_wave_3_relabel.txt"),
        (4, "fresh_wave_4_relabel.txt"),
        (5, "fresh_wave_5_relabel.txt"),
        (6, "fresh_wave_6_relabel.txt"),
    ],
)
def test_each_blind_relabelling_covers_its_fixed_sample(wave: int, relabel: str) -> None:
    """The agreement figures in the notes come from these files: each must label exactly the
    fixed sample of its wave (25% of wave 1, 30% of wave 2, 25% of wave 3, 20% of waves 4 to
    6), on the rubric scales."""
    sample = fresh_wave_kappa.sample(wave)
    assert len(sample) == {1: 139, 2: 193, 3: 216, 4: 210, 5: 201, 6: 179}[wave]
    labels = fresh_wave_kappa.read_relabel(DATA / relabel)
    assert set(labels) == {row["id"] for row in sample}
    for p, v, b, flags in labels.values():
        assert {p, v, b} <= {0, 1, 2} and set(flags) <= set(MAKER.labelled.FLAGS)
        assert (b == 0) == (not flags)
