"""Agreement with human labels: regression floors on the project's own labelled replies,
and a smoke run on the shared development sets when they are present.

The floors sit just under what the rubrics reach today (see `make bench-score`). They are
a guard against rubric edits that make scoring worse, not a tuning target.

- tests/data/labelled_replies.jsonl (issue #11): floors on its HELD-OUT rows only (never used
  to write or tune a rubric), per skill: F1 of the yes/no question and exact level agreement.
- tests/data/peer_replies.jsonl: the first set, written and used during development, so not a
  held-out measure. Its labels predate issue #11, which made platitudes and false reassurance
  breaches (that set calls them "at risk"), so its boundary floor allows for those rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.scoring import Scorer, ScoreResult
from tests.helpers import ROOT, SHARED_DEV

OWN = ROOT / "tests" / "data" / "peer_replies.jsonl"
LABELLED = ROOT / "tests" / "data" / "labelled_replies.jsonl"

PREDICT = {
    "reflection": lambda r: r.skills["paraphrasing"].level >= 1,
    "complex": lambda r: r.skills["paraphrasing"].level == 2,
    "validation": lambda r: r.skills["validation"].level >= 1,
    "advice": lambda r: "advice" in r.skills["boundaries"].flags,
    "boundary_violation": lambda r: r.skills["boundaries"].level == 2,
}
FLOORS = {
    "reflection": 0.83,
    "complex": 0.55,
    "validation": 0.82,
    "advice": 0.78,
    "boundary_violation": 0.85,
}
#: Held-out rows of labelled_replies.jsonl: (F1 floor, exact-level floor) per skill.
HELD_OUT_FLOORS = {
    "paraphrasing": (0.84, 0.73),
    "validation": (0.77, 0.81),
    "boundaries": (0.79, 0.77),
}
#: The yes/no question behind each skill's F1 (boundaries: breached).
THRESHOLD = {"paraphrasing": 1, "validation": 1, "boundaries": 2}


def f1(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(p and g for p, g in pairs)
    fp = sum(p and not g for p, g in pairs)
    fn = sum(g and not p for p, g in pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def gold(item: dict, skill: str) -> bool:  # type: ignore[type-arg]
    if skill == "complex":
        return bool(item["skills"]["reflection_type"] == "complex")
    return bool(item["skills"][skill])


def load(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def test_own_set_is_big_enough_and_covers_the_hard_cases() -> None:
    items = load(OWN)
    assert len(items) >= 150
    replies = " ".join(i["response"].lower() for i in items)
    for phrase in (
        "at least",
        "everything happens for a reason",
        "getting out of the industry",
        "would it be okay if i",
    ):
        assert phrase in replies
    topics = {i["topic"] for i in items}
    assert {
        "bad_date",
        "clinic",
        "grief",
        "eviction",
        "outed",
        "burnout",
        "meet",
        "crisis",
        "what_to_do",
    } <= topics


@pytest.mark.parametrize("skill", sorted(FLOORS))
def test_agreement_on_the_own_set_stays_above_its_floor(scorer: Scorer, skill: str) -> None:
    items = load(OWN)
    results: list[ScoreResult] = [scorer.score(i["context"], i["response"]) for i in items]
    score = f1([(PREDICT[skill](r), gold(i, skill)) for r, i in zip(results, items, strict=True)])
    assert score >= FLOORS[skill], f"{skill} F1 fell to {score:.3f} (floor {FLOORS[skill]})"


@pytest.mark.parametrize("skill", sorted(HELD_OUT_FLOORS))
def test_agreement_on_the_held_out_labelled_replies_stays_above_its_floor(
    scorer: Scorer, skill: str
) -> None:
    rows = [r for r in load(LABELLED) if r["split"] == "heldout"]
    assert len(rows) >= 100
    levels = [scorer.score(r["context"], r["response"]).skills[skill].level for r in rows]
    gold = [r["labels"][skill] for r in rows]
    top = THRESHOLD[skill]
    score = f1([(p >= top, g >= top) for p, g in zip(levels, gold, strict=True)])
    exact = sum(p == g for p, g in zip(levels, gold, strict=True)) / len(rows)
    f1_floor, exact_floor = HELD_OUT_FLOORS[skill]
    assert score >= f1_floor, f"{skill} held-out F1 fell to {score:.3f} (floor {f1_floor})"
    assert exact >= exact_floor, f"{skill} held-out exact agreement fell to {exact:.3f}"


@pytest.mark.skipif(
    not SHARED_DEV.is_dir(), reason="../shared/data/dev is not present on this machine"
)
@pytest.mark.parametrize("name", ["pair.jsonl", "esconv_failed.jsonl"])
def test_dev_sets_score_without_errors(scorer: Scorer, name: str) -> None:
    items = load(SHARED_DEV / name)[:300]
    for item in items:
        result = scorer.score(item.get("context"), item["response"]).to_json()
        assert set(result) == {"paraphrasing", "validation", "boundaries"}
