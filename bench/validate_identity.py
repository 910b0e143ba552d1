"""Does `peer-practice validate` say exactly what it said before? (issue 15's speed work)

Speed work on `validate` must never change what a facilitator is told. This script runs
`validate` on a fixed set of inputs and keeps, for each, the exact stdout, stderr and exit
status; `--record DIR` writes them (run it on the code before a change), `--compare DIR`
runs again and reports every difference (run it before each commit). The inputs:

- the shipped scenarios, rubrics and course (`validate` with no paths) and `--strict`;
- 1,000 copies of the shipped scenarios (as `bench/bench_validate.py` makes them);
- the broken files of the tests (tests/bad_files, tests/data/validate_messages);
- hostile files the tests make (empty, binary, Latin-1, huge, deep, a scalar);
- 400 mutants of the shipped scenarios and rubrics: lines dropped, doubled, re-indented,
  characters swapped, values changed, so that every reader and check meets broken text
  (a fixed seed: the same mutants every run);
- a folder with one broken rubric among copies of the shipped ones.

Run from the worktree root: `PYTHONPATH=. .venv/bin/python bench/validate_identity.py
--compare /tmp/ref`. The folder of inputs is made under a fixed path, so file names in the
messages are the same from run to run.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path("/tmp/validate-identity-inputs")
MUTANTS = 400


def _mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        kind = rng.randrange(10)
        line = lines[i]
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, line)
        elif kind == 2:
            lines[i] = " " + line
        elif kind == 3:
            lines[i] = line[1:] if line.startswith(" ") else line
        elif kind == 4 and line:
            j = rng.randrange(len(line))
            lines[i] = line[:j] + rng.choice(":-#'\"[]{}&*!|> \tx0") + line[j + 1 :]
        elif kind == 5 and ": " in line:
            head, _, _ = line.partition(": ")
            lines[i] = (
                head + ": " + rng.choice(["yes", "12", "~", "[a, b]", "{a: b}", "", "'x", ">"])
            )
        elif kind == 6 and ": " in line:
            head, _, tail = line.partition(": ")
            lines[i] = head + "x: " + tail
        elif kind == 7:
            lines[i] = line.replace("to: ", "to: nowhere-", 1)
        elif kind == 8:
            lines[i] = line.replace("bookings", "johns").replace("work", "prostitution")
        elif kind == 9 and line.strip():
            lines[i] = line + " # note"
    return "\n".join(lines)


def make_inputs() -> dict[str, list[str]]:
    """The folder of inputs, and the argument lists to run `validate` with."""
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    shipped = sorted((ROOT / "scenarios").glob("*.yaml"))
    rubrics = sorted((ROOT / "rubrics").glob("*.yaml"))
    copies = WORK / "copies"
    copies.mkdir()
    for n, path in zip(range(1_000), itertools.cycle(shipped), strict=False):
        shutil.copyfile(path, copies / f"s{n:04d}.yaml")
    hostile = WORK / "hostile"
    hostile.mkdir()
    for name, data in {
        "empty.yaml": b"",
        "comments.yaml": b"# only a comment\n\n",
        "binary.yaml": b"id: x\n\x00\x01\x02\xff",
        "latin1.yaml": "id: caf\u00e9\n".encode("latin-1"),
        "huge.yaml": b"id: x\nsummary: " + b"a" * 2_100_000 + b"\n",
        "deep.yaml": b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n",
        "scalar.yaml": b"just some words\n",
        "utf16.yaml": "id: x\n".encode("utf-16"),
    }.items():
        (hostile / name).write_bytes(data)
    rng = random.Random(15)
    mutants = WORK / "mutants"
    mutants.mkdir()
    sources = [(p, p.read_text(encoding="utf-8")) for p in shipped]
    for n in range(MUTANTS):
        path, text = rng.choice(sources)
        (mutants / f"m{n:03d}-{path.name}").write_text(_mutate(text, rng), encoding="utf-8")
    rubric_mutants = WORK / "rubric-mutants"
    rubric_mutants.mkdir()
    for n, path in enumerate(rubrics * 4):
        folder = rubric_mutants / f"r{n:02d}"
        folder.mkdir()
        for other in rubrics:
            shutil.copyfile(other, folder / other.name)
        (folder / path.name).write_text(
            _mutate(path.read_text(encoding="utf-8"), rng), encoding="utf-8"
        )
        shutil.copytree(ROOT / "rubrics" / "language", folder / "language")
    one_rubric = rubric_mutants / "r00" / rubrics[0].name
    return {
        "shipped": [],
        "shipped-strict": ["--strict"],
        "copies": [str(copies)],
        "bad_files": [str(ROOT / "tests" / "bad_files")],
        "validate_messages": [str(ROOT / "tests" / "data" / "validate_messages")],
        "validate_messages-strict": [
            "--strict",
            str(ROOT / "tests" / "data" / "validate_messages"),
        ],
        "hostile": [str(hostile)],
        "mutants": [str(mutants)],
        "studio": [str(ROOT / "tests" / "data" / "studio")],
        "missing": [str(WORK / "no-such-file.yaml")],
        "one-rubric": [str(one_rubric)],
        **{
            f"rubric-mutant-{n:02d}": [
                str(rubric_mutants / f"r{n:02d}"),
                str(copies / "s0000.yaml"),
            ]
            for n in range(len(rubrics) * 4)
        },
        "course": [str(ROOT / "courses")],
    }


def run_all(cases: dict[str, list[str]], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PEER_PRACTICE_CACHE_DIR": "/tmp/validate-identity-cache"}
    for name, args in cases.items():
        result = subprocess.run(
            [sys.executable, "-m", "simulator", "validate", *args],
            cwd=ROOT,
            capture_output=True,
            env=env,
            check=False,
        )
        (out / f"{name}.out").write_bytes(result.stdout)
        (out / f"{name}.err").write_bytes(result.stderr)
        (out / f"{name}.rc").write_text(f"{result.returncode}\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--record", type=Path)
    group.add_argument("--compare", type=Path)
    args = parser.parse_args()
    cases = make_inputs()
    if args.record:
        run_all(cases, args.record)
        print(f"recorded {len(cases)} cases in {args.record}")
        return 0
    now = Path("/tmp/validate-identity-now")
    if now.exists():
        shutil.rmtree(now)
    run_all(cases, now)
    differ = []
    for name in cases:
        for suffix in (".out", ".err", ".rc"):
            if (args.compare / f"{name}{suffix}").read_bytes() != (
                now / f"{name}{suffix}"
            ).read_bytes():
                differ.append(f"{name}{suffix}")
    if differ:
        print("DIFFERENT: " + ", ".join(differ))
        return 1
    print(f"identical: {len(cases)} cases (stdout, stderr, exit status)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
