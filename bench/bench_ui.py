"""UI benchmark: time from launch to the first screen, and from the send key to feedback.

Launch is measured from outside, in a real terminal: `peer-practice` is started in a
detached tmux session (100x30) and the pane is read every few milliseconds until the home
screen's first words are on it. The floor is the same span for a one-Label Textual app,
measured in the same run with the two interleaved (so a busy machine slows both alike); the
ratio of the medians is what counts (goal: at most 1.3). Without tmux, both are run headless
with Pilot instead (until the first screen is composed). Send-to-feedback is measured
inside a headless app driven by Pilot, set up as `peer-practice` runs (content after the
first paint, replies scored in the scoring process), once its scorer is warm: the clock
starts when the Enter key reaches the reply box and stops when that reply's feedback card
is rendered (20 replies; median and p95). Pilot's own waiting between key presses is not
counted. `--launch-only` and `--feedback-only` run one half.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import asyncio
from simulator.store.profiles import Profiles
from simulator.store.database import Store
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen

async def run():
    Profiles(Store()).add("Bench")
    app = make_app(cursor_blink=False, lazy=True)  # as `peer-practice` starts it
    async with app.run_test(size=(100, 30)) as pilot:
        while not isinstance(app.screen, HomeScreen):
            await pilot.pause(0.001)
        await pilot.pause()
        print("READY", flush=True)

asyncio.run(run())
"""

FLOOR = """
import asyncio
from textual.app import App
from textual.widgets import Label

class One(App[None]):
    def compose(self):
        yield Label("Hello")

async def run():
    app = One()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        print("READY", flush=True)

asyncio.run(run())
"""

REPLIES = [
    "It sounds like he really scared you, and you're still shaking.",
    "You should go to the police.",
    "That makes sense; anyone would be angry after that.",
    "At least you got out okay.",
]


def _launch(code: str) -> float:
    """Seconds from starting the process until it prints READY (its first screen is up);
    what the process does after that (the app's content loading) is not counted."""
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "PEER_PRACTICE_DATA_DIR": data}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        _, err = proc.communicate(timeout=60)
        assert "READY" in line, err
        return elapsed


FLOOR_APP = """
from textual.app import App
from textual.widgets import Label

class One(App[None]):
    def compose(self):
        yield Label("Hello from the floor")

One().run()
"""


def _launch_in_tmux(command: list[str], marker: str) -> float:
    """Seconds from starting `command` in a fresh tmux pane until `marker` is on it."""
    name = f"bench-ui-{os.getpid()}"
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "PEER_PRACTICE_DATA_DIR": data}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(  # a name, so the app opens on the library, not on the name dialog
            [
                sys.executable,
                "-c",
                "from simulator.store.profiles import Profiles\n"
                "from simulator.store.database import Store\nProfiles(Store()).add('Bench')",
            ],
            cwd=ROOT,
            env=env,
            check=True,
        )
        shell = " ".join(
            [f"PEER_PRACTICE_DATA_DIR={data}", "PYTHONDONTWRITEBYTECODE="]
            + [f"'{part}'" for part in command]
        )
        start = time.perf_counter()
        subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                name,
                "-x",
                "100",
                "-y",
                "30",
                "-c",
                str(ROOT),
                shell,
            ],
            check=True,
        )
        try:
            while time.perf_counter() - start < 30:
                pane = subprocess.run(
                    ["tmux", "capture-pane", "-p", "-t", name],
                    capture_output=True,
                    text=True,
                ).stdout
                if marker in pane:
                    return time.perf_counter() - start
                time.sleep(0.005)
            raise RuntimeError(f"'{marker}' never appeared:\n{pane}")
        finally:
            subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def launch_times(
    runs: int = int(os.environ.get("BENCH_UI_RUNS", "11")),
) -> tuple[list[float], list[float]]:
    """The app's launches and the floor's, interleaved. The first pair may compile bytecode
    (as a user's first launch does); it is run but not counted. PYTHONDONTWRITEBYTECODE, set
    in some sandboxes, is removed so the runs see the .pyc files a user's machine would have."""
    app, floor = [], []
    tmux = shutil.which("tmux") is not None
    for _ in range(runs + 1):
        if tmux:
            app.append(_launch_in_tmux([sys.executable, "-m", "simulator"], "Practising as"))
            floor.append(_launch_in_tmux([sys.executable, "-c", FLOOR_APP], "Hello from"))
        else:
            app.append(_launch(CHILD))
            floor.append(_launch(FLOOR))
    return app[1:], floor[1:]


async def feedback_times(count: int = 20) -> tuple[list[float], list[float]]:
    """Send key to feedback rendered, in the app as `peer-practice` runs it: the garbage
    collector held until the first paint, the content loaded after it, replies scored in
    the scoring process. Each app is given
    the time a person spends reading the home screen: replies start once its scorer is
    warm (`scoring_warm`), and how long that took after the first paint is returned too.
    The clock starts when the Enter key reaches the reply box and stops when that reply's
    feedback card is first rendered."""
    from simulator.store.database import Store
    from simulator.store.profiles import Profiles
    from simulator.tui.app import make_app
    from simulator.tui.first_paint import hold_collection
    from simulator.tui.screens.home import HomeScreen
    from simulator.tui.screens.practice import PracticeScreen
    from simulator.tui.screens.wellbeing import CheckInScreen
    from simulator.tui.widgets.feedback import FeedbackPanel
    from simulator.tui.widgets.reply_box import ReplyBox

    sends: list[float] = []
    warm_ups: list[float] = []
    pressed: list[float] = []  # the Enter waiting for its card, if any
    original_key, original_render = ReplyBox._on_key, FeedbackPanel.render

    async def on_key(self: ReplyBox, event: Any) -> None:
        if event.key == "enter":
            pressed[:] = [time.perf_counter()]
        await original_key(self, event)

    def render(self: FeedbackPanel) -> Any:
        if pressed and not getattr(self, "_bench_drawn", False):
            sends.append(time.perf_counter() - pressed.pop())
        self._bench_drawn = True
        return original_render(self)

    ReplyBox._on_key = on_key  # type: ignore[method-assign]
    FeedbackPanel.render = render  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as data:
        os.environ["PEER_PRACTICE_DATA_DIR"] = data
        Profiles(Store()).add("Bench")
        while len(sends) < count:
            hold_collection()  # as `peer-practice` starts (simulator.__main__)
            app = make_app(cursor_blink=False, lazy=True, score_in_process=True)
            try:
                async with app.run_test(size=(100, 30)) as pilot:
                    while not (isinstance(app.screen, HomeScreen) and app.screen.shown):
                        await pilot.pause(0.005)
                    painted = time.perf_counter()  # (the library is in: later than the paint)
                    while not app.scoring_warm.is_set():
                        await pilot.pause(0.01)
                    warm_ups.append(time.perf_counter() - painted)
                    await pilot.press("down", "down", "enter")  # the three-reply-deep scenario
                    await pilot.pause()
                    await pilot.press("enter")
                    await pilot.pause()
                    if isinstance(app.screen, CheckInScreen):  # offered before content notes
                        await pilot.press("escape")  # skipped, as anyone may
                        await pilot.pause()
                    if not isinstance(app.screen, PracticeScreen):
                        raise RuntimeError(f"expected the practice screen, not {app.screen!r}")
                    while (
                        isinstance(app.screen, PracticeScreen)
                        and not app.screen.session.is_over
                        and len(sends) < count
                    ):
                        screen = app.screen
                        screen.query_one(ReplyBox).insert(REPLIES[len(sends) % len(REPLIES)])
                        await pilot.press("enter")
                        await pilot.pause(0.05)
                        while screen.scoring is not None:  # scored in the background
                            await pilot.pause(0.01)
                        await pilot.pause(0.05)
            finally:
                if app.scoring_process is not None:
                    app.scoring_process.close()
    return sends, warm_ups


def main() -> int:
    if "--feedback-only" in sys.argv:
        return feedback()
    launches, floor = launch_times()
    app_ms, floor_ms = statistics.median(launches) * 1000, statistics.median(floor) * 1000
    print(
        f"Launch to first screen ({'tmux' if shutil.which('tmux') else 'headless'}, {len(launches)} runs each, interleaved):\n"
        f"  Peer Practice     median {app_ms:.0f} ms, worst {max(launches) * 1000:.0f} ms\n"
        f"  one-Label floor   median {floor_ms:.0f} ms, worst {max(floor) * 1000:.0f} ms\n"
        f"  ratio {app_ms / floor_ms:.2f}  (goal <= 1.30)"
    )
    if "--launch-only" in sys.argv:
        return 0
    return feedback()


def feedback() -> int:
    times, warm_ups = asyncio.run(feedback_times())
    sends = sorted(times)
    median, p95 = statistics.median(sends) * 1000, sends[max(0, int(len(sends) * 0.95) - 1)] * 1000
    print(
        f"Send key to feedback rendered ({len(sends)} replies, scored in the scoring process):\n"
        f"  median {median:.1f} ms  (goal < 35 ms; 28.9 ms when replies were scored on the UI thread)\n"
        f"  p95    {p95:.1f} ms  (goal < 100 ms)\n"
        f"  the scorer was warm {statistics.median(warm_ups) * 1000:.0f} ms (median; worst "
        f"{max(warm_ups) * 1000:.0f} ms) after the library was on the home screen"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
