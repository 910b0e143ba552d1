"""Studio benchmark: time from a file save to the reloaded moment on screen, and `playtest`
time for the whole shipped library.

Save to screen: the studio runs headless (Pilot) on a copy of a shipped scenario; each round
rewrites the opening line with a new marker and stops the clock when the studio's map shows
it (20 saves; median, p90, worst). This includes the wait for the next poll of file times
(every `POLL_SECONDS`), so about half a poll interval of it is waiting by design.

Playtest: `peer-practice playtest scenarios/` as a facilitator runs it, in a fresh process
(5 runs; median and worst), and inside one process after the rubrics are compiled (the part
the studio repeats on every save).
"""

from __future__ import annotations

import asyncio
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAVES = 20
FILE = "warm-up-long-week.yaml"
LINE = "Honestly, this week just dragged."


async def save_to_screen(folder: Path, data_dir: Path) -> tuple[list[float], list[float]]:
    from textual.widgets import OptionList

    from simulator.tui.app import make_app
    from simulator.tui.screens.studio import StudioScreen

    path = folder / FILE
    app = make_app(folder, data_dir=data_dir, cursor_blink=False, studio=folder)
    times = []
    inside = []
    async with app.run_test(size=(100, 30)) as pilot:
        while not (isinstance(app.screen, StudioScreen) and app.screen.order):
            await pilot.pause(0.01)
        screen = app.screen
        moments = screen.query_one("#studio-moments", OptionList)

        def shown(marker: str) -> bool:
            return any(
                marker in str(moments.get_option_at_index(i).prompt)
                for i in range(min(6, moments.option_count))
            )

        original = path.read_text(encoding="utf-8")
        for i in range(SAVES):
            marker = f"Saved{i:03d}"
            text = original.replace(LINE, f"{marker} {LINE}", 1)
            await pilot.pause(0.05)
            start = time.perf_counter()
            path.write_text(text, encoding="utf-8")
            while not shown(marker):
                if time.perf_counter() - start > 10:
                    raise SystemExit(f"the save was not on screen within 10 s ({marker})")
                await pilot.pause(0.002)
            times.append(time.perf_counter() - start)
            inside.append(screen.shown_at - screen.seen_at)
    return times, inside


def playtest_in_process() -> tuple[float, float]:
    from simulator.content.loading import load_library, require_rubrics
    from simulator.content.paths import scenarios_dir
    from simulator.content.playtest import playtest
    from simulator.scoring import Scorer

    rubrics = require_rubrics()
    scorer = Scorer(rubrics)
    library = load_library(scenarios_dir(), rubrics)
    start, cpu = time.perf_counter(), time.process_time()
    for scenario in library.scenarios:
        playtest(scenario, scorer)
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    from simulator.content.paths import scenarios_dir
    from simulator.tui.screens.studio import POLL_SECONDS

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "scenarios"
        folder.mkdir()
        shutil.copy(scenarios_dir() / FILE, folder)
        times, inside = asyncio.run(save_to_screen(folder, Path(tmp) / "data"))
    times.sort()
    print(
        f"studio: save -> reloaded moment on screen ({SAVES} saves, polling every {POLL_SECONDS}s)"
    )
    print(
        f"  median {statistics.median(times) * 1000:.0f} ms   p90 {times[int(len(times) * 0.9) - 1] * 1000:.0f} ms"
        f"   worst {times[-1] * 1000:.0f} ms"
    )
    print(
        "  of which from the poll that saw the save to the screen updated: "
        f"median {statistics.median(inside) * 1000:.0f} ms"
    )
    runs, cpus = [], []
    env = dict(os.environ, PEER_PRACTICE_DATA_DIR=tempfile.mkdtemp())
    for _ in range(5):
        start = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            [sys.executable, "-m", "simulator", "playtest", "scenarios/"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
        )
        runs.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    print("playtest: the whole shipped library, 'peer-practice playtest scenarios/' (5 runs)")
    print(
        f"  wall: median {statistics.median(runs) * 1000:.0f} ms   worst {max(runs) * 1000:.0f} ms"
        f"   CPU: median {statistics.median(cpus) * 1000:.0f} ms (the machine is shared; CPU time"
        " is the steadier figure)"
    )
    wall, cpu = playtest_in_process()
    print(
        f"  of which scoring and playing every path, in process: wall {wall * 1000:.0f} ms,"
        f" CPU {cpu * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
