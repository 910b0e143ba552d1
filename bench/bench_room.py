"""Room benchmark: from one participant sending a line to the other seeing it.

Two processes, as two terminals or two browser tabs of `peer-practice serve` would be: one
plays the peer, one counsels, each with its own connection to one store, each polling the
room as the pair screen does (every `POLL_SECONDS`, `PRAGMA data_version` first). The
peer-player says the scripted line; the counsellor replies as soon as it is seen; when a
round ends they swap and go on, until LINES lines have been exchanged. Before each line
the sender waits a random 0-100 ms (a person doesn't answer in lock-step with the other's
screen, and without it the two polling loops fall into step and every line waits a whole
poll interval).

For each line: the sender's clock just before the write, the receiver's once the line has
been applied to its session (a reply has been scored by then). Both processes are on one
machine and read CLOCK_MONOTONIC, so the two clocks are one. Painting the line on screen
comes on top (see `make bench-ui`: send to feedback painted, about 30 ms, scoring included).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LINES = 200
REPLIES = (
    "It sounds like this has been weighing on you, and you want to be taken seriously.",
    "That makes sense, given everything you've been through.",
    "You should just call the police.",  # a breach: the peer closes up and the round ends
)


def child(role: str, code: str, data: str, out: str) -> None:
    from simulator.content.loading import load_library, require_rubrics
    from simulator.content.paths import scenarios_dir
    from simulator.practice.room import POLL_SECONDS, RoomClient
    from simulator.scoring import Scorer
    from simulator.store.database import Store

    rubrics = require_rubrics()
    scenarios = {s.id: s for s in load_library(scenarios_dir(), rubrics).scenarios}
    scorer = Scorer(rubrics)
    store = Store(Path(data))
    if code == "new":
        client = RoomClient.create(store, scenarios["bad-date-next-steps"], scorer, role, role)
        print(client.code, flush=True)
    else:
        scenario = RoomClient.scenario_of(store, code, scenarios.get)
        client = RoomClient.join(store, code, scenario, scorer, role, role)
    sent: dict[int, float] = {}
    seen: dict[int, float] = {}
    lines, replies = 0, 0
    deadline = time.monotonic() + 300
    while lines < LINES and time.monotonic() < deadline:
        for event, happened in client.poll():
            if happened is not None and happened.kind in ("peer", "reply"):
                lines += 1
                if event.member != client.member:
                    seen[event.id] = time.monotonic()
        me, pair = client.me, client.play.pair
        if me is None or lines >= LINES:
            time.sleep(POLL_SECONDS)
            continue
        other = "counsellor" if me.role == "peer" else "peer"
        acted = True
        if pair.phase == me.role == "peer" and client.play.holder(other):
            time.sleep(random.uniform(0, 0.1))
            now = time.monotonic()
            sent[client.send("peer", {"text": " ".join(pair.prompt())})] = now
        elif pair.phase == me.role == "counsellor":
            time.sleep(random.uniform(0, 0.1))
            now = time.monotonic()
            sent[client.send("reply", {"text": REPLIES[replies % len(REPLIES)]})] = now
            replies += 1
        elif pair.phase == "done" and me.role == "counsellor":
            client.send("swap")
        else:
            acted = False
        if not acted:
            time.sleep(POLL_SECONDS)
    Path(out).write_text(json.dumps({"sent": sent, "seen": seen}))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    from simulator.practice.room import POLL_SECONDS

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        script = str(Path(__file__).resolve())
        first = subprocess.Popen(
            [sys.executable, script, "--child", "A", "new", str(data), f"{tmp}/a.json"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert first.stdout is not None
        code = first.stdout.readline().strip()
        second = subprocess.Popen(
            [sys.executable, script, "--child", "B", code, str(data), f"{tmp}/b.json"]
        )
        # A created the room as "A" holding the peer role; B joins as counsellor.
        first.wait(timeout=400)
        second.wait(timeout=400)
        a = json.loads(Path(f"{tmp}/a.json").read_text())
        b = json.loads(Path(f"{tmp}/b.json").read_text())
    a_to_b = [(b["seen"][i] - t) * 1000 for i, t in a["sent"].items() if i in b["seen"]]
    b_to_a = [(a["seen"][i] - t) * 1000 for i, t in b["sent"].items() if i in a["seen"]]
    both = a_to_b + b_to_a
    print(
        f"Room line latency, two processes on one store, polling every {POLL_SECONDS * 1000:.0f} ms"
    )
    print(f"{'direction':<28}{'lines':>7}{'median ms':>12}{'p95 ms':>10}{'max ms':>10}")
    for name, values in (
        ("peer line -> counsellor", a_to_b),
        ("reply -> peer-player", b_to_a),
        ("all lines", both),
    ):
        if values:
            print(
                f"{name:<28}{len(values):>7}{statistics.median(values):>12.1f}"
                f"{percentile(values, 0.95):>10.1f}{max(values):>10.1f}"
            )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        role = {"A": "peer", "B": "counsellor"}[sys.argv[2]]
        child(role, *sys.argv[3:6])
    else:
        main()
