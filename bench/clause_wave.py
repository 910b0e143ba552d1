"""The clause reader's own probe wave (issue #11): reflection yes/no on replies written
before the clause reader was built, in registers of their own, and never tuned on.

Prints the share of replies whose reflection call (paraphrasing level >= 1) agrees with the
label, per family and in total. Run: `.venv/bin/python bench/clause_wave.py`.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from simulator.scoring.engine import default_scorer

WAVE = Path(__file__).resolve().parent.parent / "tests" / "data" / "clause_wave.jsonl"


def main() -> None:
    scorer = default_scorer()
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for line in WAVE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        result = scorer.score(row["context"], row["reply"])
        said = result.skills["paraphrasing"].level >= 1
        family = ("reflection: " if row["reflection"] else "not: ") + row["family"]
        seen[family] += 1
        right[family] += said == row["reflection"]
    for family in sorted(seen):
        print(f"{family:28} {right[family]}/{seen[family]}")
    print(f"{'total':28} {sum(right.values())}/{sum(seen.values())}")


if __name__ == "__main__":
    main()
