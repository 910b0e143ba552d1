"""Validation benchmark: `peer-practice validate` on 1,000 scenario files, CPU seconds.

The files are copies of the shipped scenarios in a temporary folder. The figure is the CPU
time (user + system) of the whole `validate` process, start-up included, median of three
runs, printed with its floor (issue 15: under 1 s of CPU for 1,000 files).
"""

from __future__ import annotations

import itertools
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = 1_000
CPU_FLOOR_S = 1.0
RUNS = 3


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    shipped = sorted((ROOT / "scenarios").glob("*.yaml"))
    with tempfile.TemporaryDirectory() as folder:
        for n, path in zip(range(FILES), itertools.cycle(shipped), strict=False):
            shutil.copyfile(path, Path(folder) / f"s{n:04d}.yaml")
        times = []
        for _ in range(RUNS):
            before = _child_cpu()
            subprocess.run(
                [sys.executable, "-m", "simulator", "validate", folder],
                cwd=ROOT,
                capture_output=True,
                check=False,
            )
            times.append(_child_cpu() - before)
    cpu = statistics.median(times)
    verdict = "ok" if cpu < CPU_FLOOR_S else "MISS"
    print(
        f"`peer-practice validate` on {FILES:,} scenario files: {cpu:.2f} s CPU "
        f"(median of {RUNS}; start-up included)   floor {CPU_FLOOR_S:g} s {verdict}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
