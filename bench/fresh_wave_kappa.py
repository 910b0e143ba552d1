"""Agreement between the fresh wave's labels and a second labelling of a sample (Cohen's kappa).

Issue #11's fresh wave (tests/data/fresh_wave.jsonl) is checked by a blind relabel of a fixed
25% sample. `--sheet` prints that sample for a labeller: the moment, the peer's line and the
reply, with no family and no labels. The labeller writes one line per reply,

    fresh:0123 P V B flags-or--

and this script, given that file, prints exact agreement and Cohen's kappa per skill (on the
levels and on the yes/no question the bench asks, and on the advice flag), and the ids where
the two disagree, so that they can be settled by the descriptors in rubrics/*.yaml.

    python bench/fresh_wave_kappa.py --sheet > sheet.txt
    python bench/fresh_wave_kappa.py relabel.txt

`--wave 2` (before the other arguments) does the same for the sealed second wave
(tests/data/fresh_wave_2.jsonl): a fixed random 30% of its rows, ids wave2:NNNN.
`--wave 3` does the same for the third wave (tests/data/fresh_wave_3.jsonl, stop 8): a fixed
random 25% of its 862 rows (216), drawn with its own seed from the rows it had when the sample
was drawn, so rows appended later never move the sample.
`--wave 4` does the same for the fourth wave (tests/data/fresh_wave_4.jsonl, stop 9): a fixed
random 20% of its 1052 rows (210; the time for the second labelling was short), drawn with its
own seed from the rows it had when the sample was drawn, from both halves.
`--wave 5` and `--wave 6` do the same for the fifth wave (tests/data/fresh_wave_5.jsonl, stop 10)
and the sixth (tests/data/fresh_wave_6.jsonl, stop 11): a fixed random 20% of the 1004 and 895
rows they had when the samples were drawn in stop 11 (201 and 179 rows), each with its own seed,
from both halves.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "tests" / "data" / "fresh_wave.jsonl"
#: The sample was drawn from the wave's first 555 rows with this seed (139 rows, 25%).
SEED = 20261126
SAMPLED_FROM = 555
#: The sealed second wave: a random 30% of its first 643 rows (all it had when the sample was
#: labelled), drawn with its own seed, so rows appended later never move the sample.
SEALED = ROOT / "tests" / "data" / "fresh_wave_2.jsonl"
SEALED_SEED = 20261127
SEALED_PERCENT = 30
SEALED_SAMPLED_FROM = 643
#: The third wave: a random 25% of its first 862 rows (all it had when the sample was drawn).
WAVE3 = ROOT / "tests" / "data" / "fresh_wave_3.jsonl"
WAVE3_SEED = 20261128
WAVE3_PERCENT = 25
WAVE3_SAMPLED_FROM = 862
#: The fourth wave: a random 20% of its first 1052 rows (all it had when the sample was drawn).
WAVE4 = ROOT / "tests" / "data" / "fresh_wave_4.jsonl"
WAVE4_SEED = 20261129
WAVE4_PERCENT = 20
WAVE4_SAMPLED_FROM = 1052
#: The fifth and sixth waves: a random 20% of the rows each had when the samples were drawn
#: (stop 11), each with its own seed, so rows appended later never move a sample.
WAVE5 = ROOT / "tests" / "data" / "fresh_wave_5.jsonl"
WAVE6 = ROOT / "tests" / "data" / "fresh_wave_6.jsonl"
#: wave -> (file, seed, percent, rows it had when the sample was drawn)
LATER_WAVES = {
    4: (WAVE4, WAVE4_SEED, WAVE4_PERCENT, WAVE4_SAMPLED_FROM),
    5: (WAVE5, 20261130, 20, 1004),
    6: (WAVE6, 20261131, 20, 895),
}
SKILLS = {"paraphrasing": 1, "validation": 1, "boundaries": 2}


def sample(wave: int = 1) -> list[dict[str, Any]]:
    """The fixed sample of wave 1 (25% of its first 555 rows), wave 2 (30%), wave 3 (25%),
    wave 4 (20%), wave 5 (20%) or wave 6 (20%)."""
    if wave in LATER_WAVES:
        path, seed, percent, sampled_from = LATER_WAVES[wave]
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        first = rows[:sampled_from]
        return random.Random(seed).sample(first, k=round(len(first) * percent / 100))
    path = {2: SEALED, 3: WAVE3}.get(wave, FRESH)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if wave == 3:
        first = rows[:WAVE3_SAMPLED_FROM]
        return random.Random(WAVE3_SEED).sample(first, k=round(len(first) * WAVE3_PERCENT / 100))
    if wave == 2:
        first = rows[:SEALED_SAMPLED_FROM]
        return random.Random(SEALED_SEED).sample(first, k=round(len(first) * SEALED_PERCENT / 100))
    first = rows[:SAMPLED_FROM]
    return random.Random(SEED).sample(first, k=(len(first) + 3) // 4)


def kappa(first: Sequence[object], second: Sequence[object]) -> tuple[float, float]:
    """Exact agreement and Cohen's kappa of two labellings of the same items."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    ca, cb = Counter(first), Counter(second)
    expected = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def read_relabel(path: Path) -> dict[str, tuple[int, int, int, frozenset[str]]]:
    labels = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) < 5:
            sys.exit(f"{path}:{number}: expected 'ID P V B flags-or--' (e.g. fresh:0123 1 0 0 -)")
        flags = frozenset() if parts[4:] == ["-"] else frozenset(parts[4:])
        labels[parts[0]] = (int(parts[1]), int(parts[2]), int(parts[3]), flags)
    return labels


def main(argv: list[str]) -> int:
    wave = 1
    if argv[:1] == ["--wave"] and argv[1:2] in (["2"], ["3"], ["4"], ["5"], ["6"]):
        wave, argv = int(argv[1]), argv[2:]
    rows = sample(wave)
    if argv[:1] == ["--sheet"]:
        for r in rows:
            print(f"{r['id']}  [{r['scenario']} / {r['moment']}]\n  PEER:  {r['context']}")
            print(f"  REPLY: {r['response']}\n")
        return 0
    if len(argv) != 1:
        print(__doc__)
        return 2
    second = read_relabel(Path(argv[0]))
    missing = [r["id"] for r in rows if r["id"] not in second]
    if missing:
        sys.exit(f"{argv[0]}: no labels for {len(missing)} sampled rows, e.g. {missing[:5]}")
    print(f"Blind relabel of {len(rows)} rows of wave {wave} ({argv[0]})")
    print(f"{'skill':<14} {'exact':>6} {'kappa':>6} {'yes/no':>7} {'kappa':>6}  disagreements")
    for index, (skill, top) in enumerate(SKILLS.items()):
        a = [r["labels"][skill] for r in rows]
        b = [second[r["id"]][index] for r in rows]
        exact, k = kappa(a, b)
        yes, k2 = kappa([x >= top for x in a], [x >= top for x in b])
        wrong = [r["id"] for r, x, y in zip(rows, a, b, strict=True) if x != y]
        print(f"{skill:<14} {exact:6.3f} {k:6.3f} {yes:7.3f} {k2:6.3f}  {' '.join(wrong)}")
    a_adv = ["advice" in r["labels"]["flags"] for r in rows]
    b_adv = ["advice" in second[r["id"]][3] for r in rows]
    yes, k2 = kappa(a_adv, b_adv)
    wrong = [r["id"] for r, x, y in zip(rows, a_adv, b_adv, strict=True) if x != y]
    print(f"{'advice flag':<14} {'':>6} {'':>6} {yes:7.3f} {k2:6.3f}  {' '.join(wrong)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
