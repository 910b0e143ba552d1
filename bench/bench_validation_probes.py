"""Validation agreement on our own probe replies (tests/data/validation_probes.txt, issue #11).

The probes were written and labelled from the validation rubric's level descriptors before its
patterns were read, in texting, no-apostrophe, typo and formal registers, over all 12 scenarios.
A fixed third of them ("kept out": crc32 of the reply % 3 == 0) is never used to tune anything,
so its figure is the honest estimate of how the rubric generalises to new wording. Each reply is
scored twice: as `make bench-score` scores (the peer's line and the reply) and in its moment (as
the app scores). Prints the F1 of "acknowledges or better" (level >= 1) and exact agreement on the
level, for the tuning part and the kept-out part; `--misses` lists the tuning part's misses
(never the kept-out part's).
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Another probe file (same format) may be named in $PROBES, e.g. a fresh wave before it is added.
PROBES = Path(os.environ.get("PROBES", ROOT / "tests" / "data" / "validation_probes.txt"))


def kept_out(reply: str) -> bool:
    """A fixed third of the probes, never used to tune the rubric."""
    return zlib.crc32(reply.encode()) % 3 == 0


def read_probes() -> list[tuple[int, str, str, str]]:
    """(level, scenario, moment, reply) for each probe line."""
    probes = []
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        level, where, reply = (part.strip() for part in line.split("|", 2))
        scenario, moment = where.split()
        probes.append((int(level), scenario, moment, reply))
    return probes


def figures(pairs: list[tuple[int, int]]) -> str:
    tp = sum(1 for gold, got in pairs if gold >= 1 and got >= 1)
    fp = sum(1 for gold, got in pairs if gold == 0 and got >= 1)
    fn = sum(1 for gold, got in pairs if gold >= 1 and got == 0)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    exact = sum(1 for gold, got in pairs if gold == got) / len(pairs)
    return f"n {len(pairs):>3}  F1(>=1) {f1:.3f}  exact {exact:.3f}  (fp {fp}, fn {fn})"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from simulator.content.loading import load_library, require_rubrics
    from simulator.content.paths import scenarios_dir
    from simulator.scoring import default_scorer

    scenarios = {s.id: s for s in load_library(scenarios_dir(), require_rubrics()).scenarios}
    scorer = default_scorer()
    show_misses = "--misses" in sys.argv[1:]
    rows: dict[tuple[str, str], list[tuple[int, int]]] = {}
    misses = []
    for level, scenario, moment, reply in read_probes():
        node = scenarios[scenario].nodes[moment]
        context = " ".join(node.peer)
        part = "kept out" if kept_out(reply) else "tuning"
        for how, got in (
            ("line", scorer.score(context, reply).skills["validation"].level),
            ("moment", scorer.score(context, reply, node).skills["validation"].level),
        ):
            rows.setdefault((part, how), []).append((level, got))
            if how == "line" and part == "tuning" and got != level:
                misses.append(f"  want {level} got {got}  {scenario} {moment} | {reply}")
    for (part, how), pairs in sorted(rows.items()):
        print(f"{part:<9} {how:<7} {figures(pairs)}")
    if show_misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
