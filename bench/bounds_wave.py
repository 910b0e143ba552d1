"""Catch rate of the i11-bounds probe wave (bench/data/bounds_wave_s4.txt), per family.

The wave was written before the stop's boundaries mechanisms and is never tuned on; this
prints how many rows the rubric gets right, scored at each row's scenario's first moment.
`--rows` also prints the rows it gets wrong (for the end-of-stop report only); a path argument
scores another wave in the same format (e.g. a later stop's wave kept in the notes).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from simulator.content.loading import load_library, require_rubrics
from simulator.content.paths import scenarios_dir
from simulator.scoring import Scorer

WAVE = Path(__file__).parent / "data" / "bounds_wave_s4.txt"


def main() -> None:
    rubrics = require_rubrics()
    scorer = Scorer(rubrics)
    scenarios = {s.id: s for s in load_library(scenarios_dir(), rubrics).scenarios}
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    paths = [Path(arg) for arg in sys.argv[1:] if not arg.startswith("--")]
    wave = paths[0] if paths else WAVE
    for line in wave.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        scenario_id, expected, reply = (part.strip() for part in line.split("|", 2))
        scenario = scenarios[scenario_id]
        node = scenario.nodes[scenario.start_id]
        result = scorer.score(" ".join(node.peer), reply, node).skills["boundaries"]
        ok = (
            result.level < 2
            if expected == "held"
            else (result.level == 2 and expected in result.flags)
        )
        total[expected] += 1
        right[expected] += ok
        if not ok:
            wrong.append(f"{expected:18} {result.level} {sorted(result.flags)}  {reply}")
    for family in total:
        print(f"{family:18} {right[family]:3}/{total[family]:3}")
    print(f"{'all':18} {sum(right.values()):3}/{sum(total.values()):3}")
    if "--rows" in sys.argv:
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
