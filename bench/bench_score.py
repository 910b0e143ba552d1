"""Scoring benchmark: agreement with human labels and speed, through `peer-practice score`.

Reads the labelled development sets from ../shared/data/dev/ (or $PEER_PRACTICE_DEV_DATA);
skips cleanly when they are absent. Prints precision, recall and F1 per skill and set, the
throughput of the `score` command on 20,000 replies (with `--jobs 1` and with the default
workers, per CPU-second and per wall-clock second), in-process
latency, and the worst-case scoring time for hostile replies up to the reply limit
(whitespace-, punctuation- and letter-heavy), each figure with its floor beside it.

PAIR is also shown for its held-back statements only ("PAIR-held": every reply to one
statement is in or out together, a fixed fifth of the statements chosen by a hash of their
number). Rubric work looks at the other statements, so PAIR-held is the fair figure.

The project's own labelled replies (tests/data/labelled_replies.jsonl, issue #11) are shown
for their held-back rows ("Own-held", `"split": "heldout"`: never used to write or tune a
rubric) and, for comparison, the rows used in development ("Own-fit"). Per skill: F1 of the
yes/no question (paraphrasing level >= 1, validation level >= 1, boundaries level 2 =
breached) and exact agreement on the level.

Mapping from the contract to the dev-set labels:
  reflection := paraphrasing.level >= 1      complex := paraphrasing.level == 2
  validation := validation.level >= 1        advice  := "advice" in boundaries.flags
  boundary_violation := boundaries.level == 2
  PAIR advice := advice said as a statement: "advice" in boundaries.flags, raised by a
  criterion other than the question-form ones (flag `question_suggestion`). The convention
  (tests/data/README.md, "Suggestions in question form") counts "Have you tried…?" as advice
  at risk, with its own flag; PAIR files every reply written as a question in its question
  column and labels only its advice column as advice, so PAIR's "advice" is advice given as a
  statement. The same figure counting any advice flag is shown below it for comparison
  ("advice_any_form", no target). ESConv's "Providing Suggestions" covers suggestions in any
  form, so ESConv keeps any advice flag.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("PEER_PRACTICE_DEV_DATA", ROOT.parent / "shared" / "data" / "dev"))
SETS = {"PAIR": "pair.jsonl", "ESConv": "esconv_failed.jsonl"}
#: The project's own hand-labelled replies (always present; in the repository).
OWN = ROOT / "tests" / "data" / "peer_replies.jsonl"
#: Issue #11's labelled replies, with a fixed held-back part.
LABELLED = ROOT / "tests" / "data" / "labelled_replies.jsonl"
# ESConv-failed is shown for information only: one strategy label per turn caps any scorer
# near 0.35-0.5 there (see bench/score_ceiling.py), so it carries no target.
TARGETS = {
    ("PAIR", "reflection"): 0.85,
    ("PAIR", "advice"): 0.80,
    ("PAIR-held", "reflection"): 0.85,
    ("PAIR-held", "advice"): 0.80,
}
OWN_TARGET = 0.90  # F1 per skill on the held-back part of the labelled replies
#: Issue #11's fresh wave: replies written and labelled after the rubrics were tuned, in
#: registers nobody wrote patterns for, and never tuned on (every row is held out).
FRESH = ROOT / "tests" / "data" / "fresh_wave.jsonl"
#: Issue #11's sealed second wave: written this stop by someone who did not tune the rubrics,
#: kept from those who did, and scored once, at the end of the stop (every row is held out).
SEALED = ROOT / "tests" / "data" / "fresh_wave_2.jsonl"
#: Issue #11's third wave (stop 8): written by someone who tuned no rubric and never saw the
#: scorer's output on it, in a register mix unlike waves 1 and 2, cut in halves like wave 2.
WAVE3 = ROOT / "tests" / "data" / "fresh_wave_3.jsonl"
#: Issue #11's fourth wave (stop 9): written the same way as wave 3 by someone who tuned no rubric
#: and never saw the scorer, in a register mix unlike waves 1 to 3, cut in halves like waves 2 and 3.
WAVE4 = ROOT / "tests" / "data" / "fresh_wave_4.jsonl"
#: Issue #11's fifth wave (stop 10): written the same way as waves 3 and 4, blind to the scorer, in
#: a register mix unlike waves 1 to 4, cut in halves like waves 2 to 4.
WAVE5 = ROOT / "tests" / "data" / "fresh_wave_5.jsonl"
#: Issue #11's sixth wave (stop 11): written the same way as waves 3 to 5, blind to the scorer, in
#: a register mix unlike waves 1 to 5, cut in halves like waves 2 to 5.
WAVE6 = ROOT / "tests" / "data" / "fresh_wave_6.jsonl"
#: Issue #11's seventh wave (stop 13): written the same way as waves 3 to 6, blind to the scorer, by
#: a helper engineer, in a register mix unlike waves 1 to 6, cut in halves like waves 2 to 6.
WAVE7 = ROOT / "tests" / "data" / "fresh_wave_7.jsonl"
#: Issue #11's eighth wave (stop 14): written the same way as waves 3 to 7, blind to the scorer, by
#: a helper engineer, in a register mix unlike waves 1 to 7, cut in halves like waves 2 to 7.
WAVE8 = ROOT / "tests" / "data" / "fresh_wave_8.jsonl"
#: Issue #11's ninth wave (stop 15): written the same way as waves 3 to 8, blind to the scorer, by
#: a helper engineer, in a register mix unlike waves 1 to 8, cut in halves like waves 2 to 8.
WAVE9 = ROOT / "tests" / "data" / "fresh_wave_9.jsonl"
#: Issue #11's tenth wave (stop 18): written the same way as waves 3 to 9, blind to the scorer, by
#: a helper engineer, in a register mix unlike waves 1 to 9, cut in halves like waves 2 to 9.
WAVE10 = ROOT / "tests" / "data" / "fresh_wave_10.jsonl"
#: Issue #11's eleventh wave (stop 20): written the same way as waves 3 to 10, blind to the scorer,
#: by a helper engineer, in a register mix unlike waves 1 to 10, cut in halves like waves 2 to 10.
WAVE11 = ROOT / "tests" / "data" / "fresh_wave_11.jsonl"
#: Issue #11's twelfth wave (stop 21): written the same way as waves 3 to 11, blind to the scorer,
#: by a helper engineer, in a register mix unlike waves 1 to 11, cut in halves like waves 2 to 11.
WAVE12 = ROOT / "tests" / "data" / "fresh_wave_12.jsonl"
#: Issue #11's thirteenth wave (stop 22): written the same way as waves 3 to 12, blind to the
#: scorer, by a helper engineer, in a register mix unlike waves 1 to 12, cut in halves like waves 2
#: to 12.
WAVE13 = ROOT / "tests" / "data" / "fresh_wave_13.jsonl"
#: The yes/no questions asked of the fresh wave, from the labels (None: shown, no target).
FRESH_SKILLS: dict[str, tuple[Callable[[dict[str, Any]], bool], float | None]] = {
    "paraphrasing": (lambda labels: labels["paraphrasing"] >= 1, OWN_TARGET),  # reflection
    "complex": (lambda labels: labels["paraphrasing"] == 2, None),
    "validation": (lambda labels: labels["validation"] >= 1, OWN_TARGET),
    "boundaries": (lambda labels: labels["boundaries"] == 2, OWN_TARGET),  # breached
    "advice": (lambda labels: "advice" in labels["flags"], OWN_TARGET),
}
#: The yes/no question behind each skill's F1 on the labelled replies.
OWN_THRESHOLD = {"paraphrasing": 1, "validation": 1, "boundaries": 2}

#: The waves cut into a sealed held half and an open dev half (`sealed_half`): the file, then
#: the held half's title and row name, then the dev half's.
SEALED_WAVES = (
    (
        SEALED,
        "Sealed wave 2, held half — never tuned on (scored once at the end of stop 6)",
        "Sealed-held",
        "Wave 2, dev half — open to rubric work from stop 7 (not a fair figure)",
        "W2-dev",
    ),
    (
        WAVE3,
        "Wave 3, held half — never tuned on (written in stop 8, scored once at its end)",
        "Sealed-3-held",
        "Wave 3, dev half — open to rubric work (not a fair figure)",
        "W3-dev",
    ),
    (
        WAVE4,
        "Wave 4, held half — never tuned on (written in stop 9, scored once at its end by the lead)",
        "Sealed-4-held",
        "Wave 4, dev half — open to rubric work (not a fair figure)",
        "W4-dev",
    ),
    (
        WAVE5,
        "Wave 5, held half — never tuned on (written in stop 10, scored once at its end by the lead)",
        "Sealed-5-held",
        "Wave 5, dev half — open to rubric work from stop 11 (not a fair figure)",
        "W5-dev",
    ),
    (
        WAVE6,
        "Wave 6, held half — never tuned on (written in stop 11, scored once at its end by the lead)",
        "Sealed-6-held",
        "Wave 6, dev half — open to rubric work from stop 12 (not a fair figure)",
        "W6-dev",
    ),
    (
        WAVE7,
        "Wave 7, held half — never tuned on (written in stop 13, scored by the lead at a stop's end)",
        "Sealed-7-held",
        "Wave 7, dev half — the lead's check in stop 13, open to rubric work from stop 14",
        "W7-dev",
    ),
    (
        WAVE8,
        "Wave 8, held half — never tuned on (written in stop 14, scored by the lead at a stop's end)",
        "Sealed-8-held",
        "Wave 8, dev half — the lead's check in stop 14, open to rubric work from stop 15",
        "W8-dev",
    ),
    (
        WAVE9,
        "Wave 9, held half — never tuned on (written in stop 15, scored by the lead at a stop's end)",
        "Sealed-9-held",
        "Wave 9, dev half — the lead's check in stop 15, open to rubric work from stop 16",
        "W9-dev",
    ),
    (
        WAVE10,
        "Wave 10, held half — never tuned on (written in stop 18, scored by the lead at a stop's end)",
        "Sealed-10-held",
        "Wave 10, dev half — the lead's check in stop 18, open to rubric work from stop 19",
        "W10-dev",
    ),
    (
        WAVE11,
        "Wave 11, held half — never tuned on (written in stop 20, scored by the lead at a stop's end)",
        "Sealed-11-held",
        "Wave 11, dev half — the lead's check in stop 20, open to rubric work from stop 21",
        "W11-dev",
    ),
    (
        WAVE12,
        "Wave 12, held half — never tuned on (written in stop 21, scored by the lead at a stop's end)",
        "Sealed-12-held",
        "Wave 12, dev half — the lead's check in stop 21, open to rubric work from stop 22",
        "W12-dev",
    ),
    (
        WAVE13,
        "Wave 13, held half — never tuned on (written in stop 22, scored by the lead at a stop's end)",
        "Sealed-13-held",
        "Wave 13, dev half — the lead's check in stop 22, open to rubric work from stop 23",
        "W13-dev",
    ),
)


def pair_held(item: dict[str, Any]) -> bool:
    """A fixed fifth of PAIR's statements, kept out of rubric work (all replies to one
    statement together)."""
    return zlib.crc32(str(item["id"]).split(":")[1].encode()) % 5 == 0


#: Floors (issue 15 and 16): whole-process throughput, in-process p99 for replies up to
#: 1,000 characters, and the per-reply budget for any reply up to the limit.
THROUGHPUT_FLOOR = 5_000
THROUGHPUT_REPLIES = 20_000
P99_CEILING_MS = 1.0
P99_MAX_CHARS = 1_000
WORST_BUDGET_MS = 100.0
WORST_LENGTHS = (500, 1_000, 2_000, 4_000)

Predictor = Callable[[dict[str, Any]], bool]
PREDICT: dict[str, Predictor] = {
    "reflection": lambda o: o["paraphrasing"]["level"] >= 1,
    "complex": lambda o: o["paraphrasing"]["level"] == 2,
    "validation": lambda o: o["validation"]["level"] >= 1,
    "advice": lambda o: "advice" in o["boundaries"]["flags"],
    "boundary_violation": lambda o: o["boundaries"]["level"] == 2,
}


def _advice_criteria() -> tuple[frozenset[str], frozenset[str]]:
    """The boundaries criteria that raise `advice`: said as a statement, and asked as a
    question (those that also raise `question_suggestion`)."""
    rubric = yaml.safe_load((ROOT / "rubrics" / "boundaries.yaml").read_text(encoding="utf-8"))
    advice = {c["id"]: c.get("flags") or [] for c in rubric["criteria"]}
    asked = frozenset(i for i, f in advice.items() if "question_suggestion" in f)
    said = frozenset(i for i, f in advice.items() if "advice" in f and i not in asked)
    return said, asked


ADVICE_SAID, _ADVICE_ASKED = _advice_criteria()


def advice_said(o: dict[str, Any]) -> bool:
    """Advice given as a statement (PAIR's sense of advice, see the module docstring)."""
    boundaries = o["boundaries"]
    return "advice" in boundaries["flags"] and any(
        e["criterion"] in ADVICE_SAID for e in boundaries["evidence"]
    )


#: PAIR's labels: advice is advice said as a statement; any advice flag shown for comparison.
PAIR_PREDICT: dict[str, Predictor] = {
    **PREDICT,
    "advice": advice_said,
    "advice_any_form": PREDICT["advice"],
}


def gold(item: dict[str, Any], skill: str) -> bool | None:
    skills = item["skills"]
    if skill == "advice_any_form":
        skill = "advice"
    if skill == "complex":
        if skills.get("reflection") is None:
            return None
        return skills.get("reflection_type") == "complex"
    value = skills.get(skill)
    return None if value is None else bool(value)


def run_score(lines: list[str], *options: str) -> tuple[list[dict[str, Any]], float]:
    """The outputs and the CPU seconds (user + system) of one `score` process."""
    outputs, cpu, _ = timed_score(lines, *options)
    return outputs, cpu


def timed_score(lines: list[str], *options: str) -> tuple[list[dict[str, Any]], float, float]:
    """The outputs, CPU seconds (user + system, its workers included) and wall seconds of
    one `score` process."""
    cmd = [sys.executable, "-m", "simulator", "score", *options, "-"]
    before = _child_cpu()
    started = time.perf_counter()
    proc = subprocess.run(
        cmd, input="".join(lines), capture_output=True, text=True, cwd=ROOT, check=True
    )
    wall = time.perf_counter() - started
    return [json.loads(line) for line in proc.stdout.splitlines()], _child_cpu() - before, wall


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    tp = sum(1 for p, g in pairs if p and g)
    fp = sum(1 for p, g in pairs if p and not g)
    fn = sum(1 for p, g in pairs if not p and g)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(pairs)


def agreement(
    items: list[dict[str, Any]],
    outputs: list[dict[str, Any]],
    predictors: dict[str, Predictor] = PREDICT,
) -> dict[str, tuple[float, float, float, int]]:
    table = {}
    for skill, predict in predictors.items():
        pairs = []
        for item, out in zip(items, outputs, strict=True):
            label = gold(item, skill)
            if label is not None:
                pairs.append((predict(out), label))
        if pairs:
            table[skill] = prf(pairs)
    return table


def print_row(
    name: str, skill: str, figures: tuple[float, float, float, int], missed: list[str]
) -> None:
    p, r, f1, n = figures
    target = TARGETS.get((name, skill))
    mark = "" if target is None else (f"{target:.2f}" + (" ok" if f1 >= target else " MISS"))
    if target is not None and f1 < target:
        missed.append(f"{name} {skill}")
    print(f"{name:<9} {skill:<19} {n:>5} {p:>9.3f} {r:>7.3f} {f1:>6.3f} {mark:>7}")


def labelled_agreement(missed: list[str]) -> None:
    """Issue #11's own labelled replies: F1 and exact agreement per skill, per split."""
    if not LABELLED.exists():
        print(f"\n(missing {LABELLED.relative_to(ROOT)}, skipped)")
        return
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line]
    lines = [
        json.dumps({"id": r["id"], "context": r["context"], "response": r["response"]}) + "\n"
        for r in rows
    ]
    outputs, _ = run_score(lines)
    print(
        f"\n{'set':<9} {'skill':<19} {'n':>5} {'precision':>9} {'recall':>7} {'F1':>6} "
        f"{'exact':>6} {'target':>7}"
    )
    for split, name in (("heldout", "Own-held"), ("fit", "Own-fit")):
        part = [(r, o) for r, o in zip(rows, outputs, strict=True) if r["split"] == split]
        for skill, top in OWN_THRESHOLD.items():
            pairs = [(o[skill]["level"] >= top, r["labels"][skill] >= top) for r, o in part]
            p, rec, f1, n = prf(pairs)
            exact = sum(o[skill]["level"] == r["labels"][skill] for r, o in part) / max(1, n)
            mark = ""
            if split == "heldout":
                mark = f"{OWN_TARGET:.2f}" + (" ok" if f1 >= OWN_TARGET else " MISS")
                if f1 < OWN_TARGET:
                    missed.append(f"{name} {skill}")
            print(
                f"{name:<9} {skill:<19} {n:>5} {p:>9.3f} {rec:>7.3f} {f1:>6.3f} {exact:>6.3f} "
                f"{mark:>7}"
            )
    print("(Own-held: never used to write or tune a rubric; Own-fit: used in development.)")


def fresh_agreement(
    missed: list[str],
    path: Path = FRESH,
    title: str = "Fresh wave — never tuned on",
    label: str = "Fresh",
    half: str | None = None,
) -> None:
    """A fresh wave: F1 per skill, scored as the held-out rows are (peer line and reply) and
    as the app scores it (in its scenario and moment). The sealed second wave goes through
    the same code with its own file, title and row names."""
    if not path.exists():
        print(f"\n(missing {path.relative_to(ROOT)}, skipped)")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if half is not None:
        rows = [r for r in rows if sealed_half(r["id"]) == half]
    print(f"\n{title} ({len(rows)} replies to all 12 scenarios, {path.relative_to(ROOT)})")
    print(
        f"{'set':<16} {'skill':<13} {'n':>5} {'precision':>9} {'recall':>7} {'F1':>6} "
        f"{'exact':>6} {'target':>7}"
    )
    plain = [{"id": r["id"], "context": r["context"], "response": r["response"]} for r in rows]
    placed = [
        {**line, "scenario": r["scenario"], "moment": r["moment"]}
        for line, r in zip(plain, rows, strict=True)
    ]
    for name, lines in ((label, plain), (f"{label}-in-moment", placed)):
        outputs, _ = run_score([json.dumps(line) + "\n" for line in lines])
        for skill, (asks, target) in FRESH_SKILLS.items():
            pairs = [
                (asks(_levels(o)), asks(r["labels"])) for r, o in zip(rows, outputs, strict=True)
            ]
            p, rec, f1, n = prf(pairs)
            exact = ""
            if skill in OWN_THRESHOLD:
                same = sum(
                    o[skill]["level"] == r["labels"][skill]
                    for r, o in zip(rows, outputs, strict=True)
                )
                exact = f"{same / max(1, n):.3f}"
            mark = ""
            if target is not None:
                mark = f"{target:.2f}" + (" ok" if f1 >= target else " MISS")
                if f1 < target:
                    missed.append(f"{name} {skill}")
            print(
                f"{name:<16} {skill:<13} {n:>5} {p:>9.3f} {rec:>7.3f} {f1:>6.3f} {exact:>6} {mark:>7}"
            )
    print(
        "(paraphrasing: reflection, level >= 1; complex: level 2; boundaries: breached; advice: "
        "the advice flag. Never used to write or tune a rubric, nor its labels changed after "
        "scoring.)"
    )


def sealed_half(row_id: str) -> str:
    """Which half of a sealed wave (2 to 13) a row is in: "held" (never tuned on) or "dev"
    (open to rubric work: wave 2's from stop 7, after it had been scored once; waves 3's and 4's
    from when they were written; wave 5's from stop 11; wave 6's from stop 12; wave 7's from stop
    14, after serving as the lead's check in stop 13; wave 8's from stop 15, after serving as the
    lead's check in stop 14; wave 9's from stop 16, after serving as the lead's check in stop 15;
    wave 10's from stop 19, after serving as the lead's check in stop 18; wave 11's from stop 21,
    after serving as the lead's check in stop 20; wave 12's from stop 22, after serving as the
    lead's check in stop 21; wave 13's from stop 23, after serving as the lead's check in stop 22),
    by a stable hash
    of its id (the same rule as the labelled replies' split, at 50%). Ids carry the wave's
    prefix, so the waves are cut independently."""
    bucket = int(hashlib.sha256(row_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "held" if bucket < 50 else "dev"


def _levels(output: dict[str, Any]) -> dict[str, Any]:
    """A `score` output line in the shape of a row's labels."""
    return {
        "paraphrasing": output["paraphrasing"]["level"],
        "validation": output["validation"]["level"],
        "boundaries": output["boundaries"]["level"],
        "flags": output["boundaries"]["flags"],
    }


#: Passes over the items for the in-process figures; each reply's median and p99 are the
#: least of the passes (CPU time on a shared machine: a neighbour's burst inflates the
#: CPU time of whichever replies it lands on, and one pass's p99 is set by a few replies).
LATENCY_PASSES = 3


def latency(items: list[dict[str, Any]]) -> tuple[float, float]:
    """Median and p99 CPU milliseconds per reply up to P99_MAX_CHARS, each the least of
    LATENCY_PASSES passes over the items."""
    sys.path.insert(0, str(ROOT))
    from simulator.scoring import default_scorer

    scorer = default_scorer()
    scorer.score("warm up", "the first reply builds the prefilter")
    timed = [item for item in items if len(item["response"]) <= P99_MAX_CHARS]
    medians, p99s = [], []
    for _ in range(LATENCY_PASSES):
        times = []
        for item in timed:
            start = time.process_time()  # CPU time: this machine is shared, wall time is noisy
            scorer.score(item.get("context"), item["response"])
            times.append(time.process_time() - start)
        times.sort()
        medians.append(statistics.median(times))
        p99s.append(times[int(len(times) * 0.99)])
    return min(medians) * 1000, min(p99s) * 1000


def main() -> int:
    if DATA.is_dir():
        print(f"Labelled data: {DATA} and {OWN.relative_to(ROOT)}\n")
    else:
        print(f"No labelled data at {DATA}; measuring the project's own set only.\n")
    print(
        f"{'set':<9} {'skill':<19} {'n':>5} {'precision':>9} {'recall':>7} {'F1':>6} {'target':>7}"
    )
    all_items: list[dict[str, Any]] = []
    missed = []
    sources = {name: DATA / filename for name, filename in SETS.items()}
    sources["Ours"] = OWN  # the hand-labelled peer replies in tests/data (used in development)
    for name, path in sources.items():
        if not path.exists():
            print(f"{name:<9} (missing {path.name}, skipped)")
            continue
        items = [
            json.loads(line)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        all_items += items
        lines = [
            json.dumps({"id": i["id"], "context": i.get("context"), "response": i["response"]})
            + "\n"
            for i in items
        ]
        outputs, _ = run_score(lines)
        predictors = PAIR_PREDICT if name == "PAIR" else PREDICT
        for skill, figures in agreement(items, outputs, predictors).items():
            if not any(gold(i, skill) for i in items):
                continue  # the set has no positive label for this skill
            print_row(name, skill, figures, missed)
        if name == "PAIR":
            held = [(i, o) for i, o in zip(items, outputs, strict=True) if pair_held(i)]
            table = agreement([i for i, _ in held], [o for _, o in held], predictors)
            for skill, figures in table.items():
                print_row("PAIR-held", skill, figures, missed)
    labelled_agreement(missed)
    fresh_agreement(missed)
    for path, held_title, held_name, dev_title, dev_name in SEALED_WAVES:
        fresh_agreement(missed, path, held_title, held_name, half="held")
        # The dev half is open to rubric work: shown, not a target.
        fresh_agreement([], path, dev_title, dev_name, half="dev")
    if not all_items:
        return 0
    one_each = [
        json.dumps({"id": i["id"], "context": i.get("context"), "response": i["response"]}) + "\n"
        for i in all_items
    ]
    lines = list(itertools.islice(itertools.cycle(one_each), THROUGHPUT_REPLIES))
    median_ms, p99_ms = latency(all_items)
    throughput(lines)
    print(
        f"In-process CPU time per response up to {P99_MAX_CHARS:,} characters "
        f"(least of {LATENCY_PASSES} passes): median {median_ms:.3f} ms, p99 {p99_ms:.3f} ms"
        f"   ceiling {P99_CEILING_MS:g} ms {_verdict(p99_ms <= P99_CEILING_MS)}"
    )
    worst_case()
    if missed:
        print(f"\nBelow target: {', '.join(missed)}")
    return 0


def throughput(lines: list[str]) -> None:
    """Whole-process throughput, start-up included, for `--jobs 1` (one process) and the
    default (worker processes, one per core): per CPU-second (the issue's figure: what the
    scoring costs) and per wall-clock second (what a user waits; with workers it depends
    on the free cores, so on a shared machine it moves with the load). The floor is the
    same 5,000/s beside both."""
    from simulator.cli.score_workers import default_jobs

    print(
        f"\nThroughput of `peer-practice score` on {len(lines):,} responses, whole process, "
        "start-up included:"
    )
    runs = (("--jobs 1", ("--jobs", "1")), (f"default ({default_jobs()} jobs)", ()))
    for label, options in runs:
        outputs, cpu, wall = timed_score(lines, *options)
        assert len(outputs) == len(lines)
        for kind, rate, seconds in (
            ("CPU", len(lines) / cpu, cpu),
            ("wall", len(lines) / wall, wall),
        ):
            print(
                f"  {label:<17} per {kind} second {rate:>7,.0f} responses/s ({seconds:5.2f} s)"
                f"   floor {THROUGHPUT_FLOOR:,}/s {_verdict(rate >= THROUGHPUT_FLOOR)}"
            )


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISS"


class _Overrun(Exception):
    pass


def _timed(score: Callable[[], object], limit: float) -> float:
    """CPU seconds one scoring took, or `limit` when it had to be stopped (a hang). The stop
    is on wall time (a hang must end however busy the machine is); the figure is CPU time,
    like the rest of this bench: on a shared machine wall time read 138 ms for a reply that
    took 21 ms of CPU."""

    def stop(*_: object) -> None:
        raise _Overrun

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.process_time()
    try:
        score()
        return time.process_time() - start
    except _Overrun:
        return limit
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def worst_case() -> None:
    """The slowest hostile reply of each kind, at lengths up to the reply limit."""
    sys.path.insert(0, str(ROOT))
    from simulator.scoring import default_scorer
    from simulator.scoring.adversarial import KINDS, hostile
    from simulator.scoring.text import MAX_REPLY_CHARS

    scorer = default_scorer()
    peer = "I feel so scared and alone with all of this, and I keep going back."
    limit = 10.0
    print(
        f"\nWorst case per reply, CPU time (hostile replies up to the {MAX_REPLY_CHARS:,}-character limit; "
        f"stopped at {limit:g} s of wall time):"
    )
    for kind, families in KINDS.items():
        worst = (0.0, "", 0)
        for family in families:
            for length in (*WORST_LENGTHS, MAX_REPLY_CHARS):
                reply = hostile(family, length)
                took = min(_timed(lambda r=reply: scorer.score(peer, r), limit) for _ in range(2))
                # The same text as the peer's line: context is matched too.
                took = max(took, _timed(lambda r=reply: scorer.score(r, "ok"), limit))
                worst = max(worst, (took, family, len(reply)))
        took_ms, family, length = worst[0] * 1000, worst[1], worst[2]
        shown = f"> {limit:g} s (stopped)" if worst[0] >= limit else f"{took_ms:8.1f} ms"
        print(
            f"  {kind + '-heavy':<18} {shown}  ({family}, {length:,} characters)"
            f"   budget {WORST_BUDGET_MS:g} ms {_verdict(took_ms <= WORST_BUDGET_MS)}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
