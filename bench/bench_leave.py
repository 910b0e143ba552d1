"""How long the app takes to end and leave its room once its terminal closes.

The app runs in a real pseudo-terminal, started directly (`peer-practice --tui`) and through
`make run`, joins a room as the counsellor, and then the terminal's master side is closed (as
closing a terminal window does). Measured: from the close to the moment no process of the
app (and of make) is left, and to the moment the room's log says the person left.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RUNS = 3


def one(how: str) -> tuple[float, float]:
    from simulator.content.loading import load_library, require_rubrics
    from simulator.content.paths import scenarios_dir
    from simulator.scoring import Scorer
    from tests.test_room import MAKE_RUN, Terminal, alive, descendants, join_as_river, seat

    rubrics = require_rubrics()
    library = {s.id: s for s in load_library(scenarios_dir(), rubrics).scenarios}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ash = seat(folder, library, Scorer(rubrics), "Ash", "peer")
        if how == "make run":
            terminal = Terminal(folder, *MAKE_RUN, command=("make",))
        else:
            terminal = Terminal(folder, "--tui")
        join_as_river(terminal, ash.code)
        time.sleep(1.5)  # the app's scoring process starts a second after the first screen
        pids = [terminal.proc.pid, *descendants(terminal.proc.pid)]
        ash.poll()
        closed = time.monotonic()
        terminal.close()
        left = gone = 0.0
        while (not left or not gone) and time.monotonic() - closed < 30:
            if not left:
                ash.poll()
                if ash.play.holder("counsellor") is None:
                    left = time.monotonic() - closed
            if not gone and not any(alive(pid) for pid in pids):
                gone = time.monotonic() - closed
            time.sleep(0.005)
        terminal.proc.wait(timeout=10)
        return gone or float("inf"), left or float("inf")


def main() -> None:
    print(f"From closing the terminal to: all processes gone / the room told ({RUNS} runs each)")
    for how in ("directly", "make run"):
        results = [one(how) for _ in range(RUNS)]
        gone = [g for g, _ in results]
        left = [told for _, told in results]
        print(
            f"{how:<10} gone: median {statistics.median(gone) * 1000:.0f} ms, "
            f"max {max(gone) * 1000:.0f} ms;  left the room: median "
            f"{statistics.median(left) * 1000:.0f} ms, max {max(left) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
