"""Store benchmark: with 10,000 sessions and 100,000 turns in the store, how long do
`history` and the progress view take?

Builds a temporary store (5 trainees, 2,000 sessions each, 10 turns a session), then times:
the history query, the `peer-practice history` command end to end (a fresh process,
start-up included), the progress computation, and opening the progress screen in the app
(headless, from the action to the first trend line being painted). Median of repeated runs.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.store.database import Store  # noqa: E402

SESSIONS, TURNS, TRAINEES = 10_000, 10, 5


def build(folder: Path) -> Store:
    store = Store(folder)
    names = [f"Trainee {i}" for i in range(TRAINEES)]
    for name in names:
        store.use_trainee(name)
    ids = {r["name"]: r["id"] for r in store.db.execute("SELECT id, name FROM trainees")}
    result = json.dumps(
        {
            "skills": {
                "paraphrasing": {"level": 1, "label": "Simple reflection"},
                "validation": {"level": 1, "label": "Acknowledges"},
                "boundaries": {"level": 0, "label": "Held", "flags": []},
            },
            "feedback": {"strength": "s", "next_step": "n"},
        }
    )
    with store.transaction():
        for i in range(SESSIONS):
            sid = f"s{i:06d}"
            day = f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00+00:00"
            store.db.execute(
                "INSERT INTO sessions (id, trainee_id, scenario_id, scenario_title, started_at, status, ending) "
                "VALUES (?, ?, 'bad-date-next-steps', 'A bad date and what comes next', ?, 'ended', 'Jade made her own plan')",
                (sid, ids[names[i % TRAINEES]], day),
            )
            store.db.executemany(
                "INSERT INTO turns (session_id, seq, node_id, reply, result, next_node_id, at, paraphrasing, validation, boundaries) "
                "VALUES (?, ?, 'opening', 'It sounds like that was really frightening.', ?, 'anger', 'now', ?, ?, ?)",
                [(sid, t, result, t % 3, (t + 1) % 3, t % 2) for t in range(1, TURNS + 1)],
            )
    return store


def timed(fn, runs: int = 20) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


async def open_progress_screen_ms(folder: Path, runs: int = 5) -> float:
    from textual.widgets import Sparkline

    from simulator.tui.app import make_app

    times = []
    for _ in range(runs):
        app = make_app(data_dir=folder, cursor_blink=False)
        app.trainee = "Trainee 0"
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            while len(app.screen_stack) > 2:  # close the resume/profile offers, if any
                app.pop_screen()
                await pilot.pause()
            painted: list[float] = []
            original = Sparkline.render_line

            def render_line(self: Sparkline, y: int, painted=painted, original=original):  # type: ignore[no-untyped-def]
                painted.append(time.perf_counter())
                return original(self, y)

            Sparkline.render_line = render_line  # type: ignore[method-assign]
            start = time.perf_counter()
            app.show_progress()
            while not painted:
                await asyncio.sleep(0.001)
            Sparkline.render_line = original  # type: ignore[method-assign]
            times.append(painted[0] - start)
            await pilot.pause()
    return statistics.median(times) * 1000


def main() -> int:
    from simulator.content.loading import load_library, require_rubrics
    from simulator.content.paths import scenarios_dir
    from simulator.practice.progress import progress

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        store = build(folder)
        print(
            f"Built a store with {SESSIONS:,} sessions and {SESSIONS * TURNS:,} turns in {time.perf_counter() - start:.1f} s "
            f"({store.path.stat().st_size / 1e6:.1f} MB)"
        )
        library = load_library(scenarios_dir(), require_rubrics())
        print(
            f"history query (newest 50):              {timed(lambda: store.sessions(limit=50)):6.1f} ms"
        )
        print(
            f"history query (one trainee, newest 50):  {timed(lambda: store.sessions(trainee='Trainee 0', limit=50)):6.1f} ms"
        )
        print(
            f"progress computation (2,000 sessions):   {timed(lambda: progress(store, library, 'Trainee 0')):6.1f} ms"
        )
        env = {**os.environ, "PEER_PRACTICE_DATA_DIR": str(folder)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cli = [sys.executable, "-m", "simulator", "history"]
        subprocess.run(
            cli, env=env, cwd=ROOT, capture_output=True, check=True
        )  # warm the bytecode cache
        print(
            f"`peer-practice history` end to end:      {timed(lambda: subprocess.run(cli, env=env, cwd=ROOT, capture_output=True, check=True), runs=5):6.1f} ms"
            "  (includes Python start-up)"
        )
        print(
            f"opening the progress screen in the app:  {asyncio.run(open_progress_screen_ms(folder)):6.1f} ms"
        )
    print("(goal: history and the progress view under 100 ms each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
