"""Agreement per failure family on the project's labelled replies (tests/data/labelled_replies.jsonl).

Issue #11 asks for figures on the held-out part only, so that is the default; `--all` adds the
rows that may be used to fit; `--fresh` measures the fresh wave (tests/data/fresh_wave.jsonl,
never tuned on) instead, and `--sealed` the sealed second wave (tests/data/fresh_wave_2.jsonl,
scored once at the end of the stop that wrote it: its held half by default, its dev half, open to
rubric work since stop 7, with `--sealed --dev`), and `--wave3` the third wave
(tests/data/fresh_wave_3.jsonl, written in stop 8 by someone who never saw the scorer: its held
half by default, never tuned on, its dev half, open to rubric work, with `--wave3 --dev`), and
`--wave4` the fourth wave (tests/data/fresh_wave_4.jsonl, written in stop 9 the same way: its
held half by default, for the lead only, its dev half with `--wave4 --dev`), and `--wave5` the
fifth wave (tests/data/fresh_wave_5.jsonl, written in stop 10 the same way: its held half by
default, for the lead only, its dev half, open to rubric work from stop 11, with
`--wave5 --dev`), and `--wave6` the sixth wave (tests/data/fresh_wave_6.jsonl, written in stop 11
the same way: its held half by default, for the lead only, its dev half, open to rubric work from
stop 12, with `--wave6 --dev`), and `--wave7` the seventh wave (tests/data/fresh_wave_7.jsonl,
written in stop 13 the same way by a helper engineer: its held half by default, for the lead only,
its dev half, the lead's check in stop 13 and open to rubric work from stop 14, with
`--wave7 --dev`), and `--wave8` the eighth wave (tests/data/fresh_wave_8.jsonl, written in stop 14
the same way by a helper engineer: its held half by default, for the lead only, its dev half, the
lead's check in stop 14 and open to rubric work from stop 15, with `--wave8 --dev`), and `--wave9`
the ninth wave (tests/data/fresh_wave_9.jsonl, written in stop 15 the same way by a helper engineer:
its held half by default, for the lead only, its dev half, the lead's check in stop 15 and open to
rubric work from stop 16, with `--wave9 --dev`), and `--wave10` the tenth wave
(tests/data/fresh_wave_10.jsonl, written in stop 18 the same way by a helper engineer: its held half
by default, for the lead only, its dev half, the lead's check in stop 18 and open to rubric work
from stop 19, with `--wave10 --dev`), and `--wave11` the eleventh wave
(tests/data/fresh_wave_11.jsonl, written in stop 20 the same way by a helper engineer: its held
half by default, for the lead only, its dev half, the lead's check in stop 20 and open to rubric
work from stop 21, with `--wave11 --dev`), and `--wave12` the twelfth wave
(tests/data/fresh_wave_12.jsonl, written in stop 21 the same way by a helper engineer: its held
half by default, for the lead only, its dev half, the lead's check in stop 21 and open to rubric
work from stop 22, with `--wave12 --dev`), and `--wave13` the thirteenth wave
(tests/data/fresh_wave_13.jsonl, written in stop 22 the same way by a helper engineer: its held
half by default, for the lead only, its dev half, the lead's check in stop 22 and open to rubric
work from stop 23, with `--wave13 --dev`). Scores every reply
through `peer-practice score` (the same contract users and other tools get) and prints, per
family, exact agreement on each skill's level and agreement on the yes/no questions that matter
most (is it a reflection, is the boundary breached), then F1 per skill over the whole split. For
information: it sets no floor.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench_score import SEALED_WAVES, sealed_half

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "labelled_replies.jsonl"
FRESH = ROOT / "tests" / "data" / "fresh_wave.jsonl"
#: The waves cut in halves (2 to the last), each with its flag: `--sealed` for wave 2,
#: `--waveN` for wave N; a wave added to bench_score.SEALED_WAVES gets its flag here.
HALVED = {
    ("--sealed" if n == 2 else f"--wave{n}"): path
    for path, *_ in SEALED_WAVES
    for n in [int(path.stem.rsplit("_", 1)[1])]
}
SKILLS = ("paraphrasing", "validation", "boundaries")


def score(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    lines = "".join(
        json.dumps({"id": r["id"], "context": r["context"], "response": r["response"]}) + "\n"
        for r in rows
    )
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "score", "-"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return {out["id"]: out for out in map(json.loads, done.stdout.splitlines())}


def f1(pairs: list[tuple[bool, bool]]) -> float:
    tp = sum(p and g for p, g in pairs)
    wrong = sum(p != g for p, g in pairs)
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def main() -> None:
    everything = "--all" in sys.argv[1:]
    source = FRESH if "--fresh" in sys.argv[1:] else LABELLED
    for flag, path in HALVED.items():  # the last wave named wins
        source = path if flag in sys.argv[1:] else source
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if everything or r["split"] == "heldout"]
    if source in HALVED.values():
        # Waves 2 to 13 have a held half (never tuned on) and a dev half (open to rubric work:
        # wave 2's from stop 7, waves 3's and 4's from when they were written, wave 5's from
        # stop 11, wave 6's from stop 12, wave 7's from stop 14, wave 8's from stop 15, wave 9's
        # from stop 16, wave 10's from stop 19, wave 11's from stop 21, wave 12's from stop 22,
        # wave 13's from stop 23),
        # cut by the same hash.
        half = "dev" if "--dev" in sys.argv[1:] else "held"
        rows = [r for r in rows if sealed_half(r["id"]) == half]
    predicted = score(rows)

    def level(row: dict[str, Any], skill: str) -> int:
        return int(predicted[row["id"]][skill]["level"])

    families: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        families[row["family"]].append(row)
    what = "all rows" if everything else "held-out rows"
    print(f"{source.relative_to(ROOT)}, {what}: {len(rows)}")
    print(f"{'family':20} {'n':>4}  {'P':>5} {'V':>5} {'B':>5}  {'refl?':>6} {'breach?':>7}")
    for name, group in [*sorted(families.items()), ("ALL", rows)]:
        n = len(group)
        exact = [sum(level(r, s) == r["labels"][s] for r in group) / n for s in SKILLS]
        refl = sum(
            (level(r, "paraphrasing") >= 1) == (r["labels"]["paraphrasing"] >= 1) for r in group
        )
        breach = sum(
            (level(r, "boundaries") == 2) == (r["labels"]["boundaries"] == 2) for r in group
        )
        print(
            f"{name:20} {n:4d}  {exact[0]:5.2f} {exact[1]:5.2f} {exact[2]:5.2f}"
            f"  {refl / n:6.2f} {breach / n:7.2f}"
        )
    questions = {
        "reflection": (
            lambda r: level(r, "paraphrasing") >= 1,
            lambda r: r["labels"]["paraphrasing"] >= 1,
        ),
        "complex": (
            lambda r: level(r, "paraphrasing") == 2,
            lambda r: r["labels"]["paraphrasing"] == 2,
        ),
        "validation": (
            lambda r: level(r, "validation") >= 1,
            lambda r: r["labels"]["validation"] >= 1,
        ),
        "breached": (
            lambda r: level(r, "boundaries") == 2,
            lambda r: r["labels"]["boundaries"] == 2,
        ),
    }
    for name, (guess, truth) in questions.items():
        print(f"F1 {name:11} {f1([(guess(r), truth(r)) for r in rows]):.2f}")


if __name__ == "__main__":
    main()
