"""Boundaries on the stance probes (tests/data/stance_probes.jsonl), by half and family.

The probes were written before the stance reader (issue #11, stop 9) and split by a hash of the
reply into a build half and a check half. This prints precision and recall of "breached"
(boundaries level 2 at at least half of the 12 shipped openings) for each half, and per family
for the build half. `--rows` lists the build half's wrong rows; the check half is only ever
shown as an aggregate (its rows are not to be tuned on).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from simulator.content.loading import load_library, require_rubrics
from simulator.content.paths import scenarios_dir
from simulator.scoring import Scorer

PROBES = Path(__file__).resolve().parent.parent / "tests" / "data" / "stance_probes.jsonl"


def main() -> None:
    rubrics = require_rubrics()
    scorer = Scorer(rubrics)
    openings = [
        (" ".join(s.nodes[s.start_id].peer), s.nodes[s.start_id])
        for s in load_library(scenarios_dir(), rubrics).scenarios
    ]
    rows = [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line]
    for half in ("build", "check"):
        counts: Counter[tuple[str, str]] = Counter()
        for row in (r for r in rows if r["half"] == half):
            levels = [
                scorer.score(c, row["reply"], n).skills["boundaries"].level for c, n in openings
            ]
            said = sum(level == 2 for level in levels) * 2 >= len(levels)
            kind = ("tp" if said else "fn") if row["breach"] else ("fp" if said else "tn")
            counts[(row["family"], kind)] += 1
            counts[("all", kind)] += 1
            if half == "build" and "--rows" in sys.argv and kind in ("fp", "fn"):
                print(f"  {kind} {row['family']:<18} {row['reply']}")
        tp, fp, fn = counts[("all", "tp")], counts[("all", "fp")], counts[("all", "fn")]
        print(f"{half}: precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f}")
        if half == "build":
            for family in sorted({f for f, _ in counts} - {"all"}):
                c = {k: counts[(family, k)] for k in ("tp", "fn", "fp", "tn")}
                print(
                    f"  {family:<18} caught {c['tp']}/{c['tp'] + c['fn']}, "
                    f"near misses breached {c['fp']}/{c['fp'] + c['tn']}"
                )


if __name__ == "__main__":
    main()
