"""Validation benchmark: `peer-practice validate` on 1,000 scenario files, CPU seconds.

The files are copies of the shipped scenarios in a temporary folder. The figure is the CPU
time (user + system) of the whole `validate` process, start-up included, median of three
runs, printed with its floor (issue 15: under 1 s of CPU for 1,000 files). CPU time rather
than wall time, because the machine is shared and wall time swings with its load.

Also one large file: a scenario of 2,000 moments (the warm-up's moments under 1,000
characters copied in turn and chained, 1.6 MB: under the 2 MB file limit), its CPU time and
the process's peak memory (issue 15 reported 2.5 s and 142 MiB for such a file). And one
scenario file alone: the fixed part of the first figure (start-up, imports, rubrics).

Checking the rubrics' patterns is most of the fixed part, and is kept in the scorer's set-up
cache (simulator/scoring/setup_cache.py). The bench runs with a cache folder of its own, not
the user's (which other programs rewrite), so the figures say which state they were taken
in: the floor figure with the cache as `validate` left it on the run before (as a facilitator
checking files again and again has it), and, for information, the first run with no cache
(after a rubric or code change).
"""

from __future__ import annotations

import copy
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
FILES = 1_000
CPU_FLOOR_S = 1.0
RUNS = 3
MOMENTS = 2_000


def _run(*args: str, cache: Path) -> tuple[float, float]:
    """CPU seconds and peak memory (MiB) of one `peer-practice ARGS` process, whose set-up
    cache is kept in the folder `cache`."""
    process = subprocess.Popen(
        [sys.executable, "-m", "simulator", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PEER_PRACTICE_CACHE_DIR": str(cache)},
    )
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped above
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def big_scenario(moments: int = MOMENTS) -> dict[str, Any]:
    """A scenario of `moments` moments: the warm-up's moments shorter than 1,000 characters
    copied in turn, every way on pointing to the next copy, the last's to the endings."""
    source = yaml.safe_load((ROOT / "scenarios" / "warm-up-long-week.yaml").read_text("utf-8"))
    nodes = source["nodes"]
    moments_in = [
        n
        for n in nodes.values()
        if "ending" not in n and len(yaml.safe_dump(n, allow_unicode=True, width=1000)) < 1_000
    ]
    endings = {k: v for k, v in nodes.items() if "ending" in v}
    first_ending, *_, last_ending = endings
    built: dict[str, Any] = {}
    for i, node in zip(range(moments), itertools.cycle(moments_in), strict=False):
        nxt = f"m{i + 1:04d}" if i + 1 < moments else first_ending
        copied = copy.deepcopy(node)
        for transition in copied.get("transitions", []):
            transition["to"] = nxt
        copied["default"] = nxt if i + 1 < moments else last_ending
        built[f"m{i:04d}"] = copied
    source["nodes"] = {**built, **endings}
    source["start"] = "m0000"
    return source


def main() -> int:
    shipped = sorted((ROOT / "scenarios").glob("*.yaml"))
    with tempfile.TemporaryDirectory() as folder:
        files = Path(folder) / "files"
        files.mkdir()
        for n, path in zip(range(FILES), itertools.cycle(shipped), strict=False):
            shutil.copyfile(path, files / f"s{n:04d}.yaml")
        # With no cache: a new, empty cache folder for each run.
        cold = [
            _run("validate", str(files), cache=Path(folder) / f"cold{i}")[0] for i in range(RUNS)
        ]
        warm_cache = Path(folder) / "cache"
        _run("validate", str(files), cache=warm_cache)  # as the run before left it
        times = [_run("validate", str(files), cache=warm_cache)[0] for _ in range(RUNS)]
        big = Path(folder) / "big" / "moments.yaml"
        big.parent.mkdir()
        big.write_text(
            yaml.safe_dump(big_scenario(), sort_keys=False, allow_unicode=True, width=1000),
            encoding="utf-8",
        )
        big_runs = [_run("validate", str(big), cache=warm_cache) for _ in range(RUNS)]
        one = files / "s0000.yaml"
        start = [_run("validate", str(one), cache=warm_cache)[0] for _ in range(RUNS)]
    cpu = statistics.median(times)
    verdict = "ok" if cpu < CPU_FLOOR_S else "MISS"
    print(
        f"`peer-practice validate` on {FILES:,} scenario files: {cpu:.2f} s CPU "
        f"(median of {RUNS}; start-up included)   floor {CPU_FLOOR_S:g} s {verdict}"
    )
    print(
        f"`peer-practice validate` on {FILES:,} scenario files with no set-up cache (the first "
        f"run after a rubric or code change): {statistics.median(cold):.2f} s CPU (median of {RUNS})"
    )
    print(
        f"`peer-practice validate` on one {MOMENTS:,}-moment scenario: "
        f"{statistics.median(t for t, _ in big_runs):.2f} s CPU, "
        f"peak memory {statistics.median(m for _, m in big_runs):.0f} MiB (median of {RUNS})"
    )
    print(
        f"`peer-practice validate` on one file: {statistics.median(start):.2f} s CPU "
        f"(median of {RUNS}): the fixed start (imports, rubrics) within the figure above"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
