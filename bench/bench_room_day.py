"""A triad's half hour in one room, in compressed time: delivery latency, nothing lost, and
how long a killed seat takes to be seen as gone quiet.

Three processes (as three terminals or browser tabs would be) share one store: the
peer-player says the scripted line, the counsellor replies (one reply in three is directive,
so rounds end and the roles rotate), the observer rates each reply. Each person "thinks"
6-30 simulated seconds before a step. SIMULATED_MINUTES of activity run COMPRESSION times
faster than real time, and the quiet time of a seat (`simulator.practice.room.quiet_seconds`, 20 s)
is compressed the same way, so the heartbeats run at their real proportion.

A third of the way through, the observer's process is SIGKILLed (a laptop lid shut, a
crash). The others record when they see the seat go quiet; the room waits for its
ratings. After twice the quiet time, the observer comes back under the same name, reads
the log from the start and carries on.

Reported: delivery latency of every step (sender's clock before the write to the
receiver's once applied; one machine, one CLOCK_MONOTONIC), the time from the kill to each
survivor seeing "gone quiet" (in real and in simulated seconds), and whether every step is
in everyone's final state: each process ends by folding the whole log, and the three
conversations (every reply, its round, counsellor and ratings) must be identical and hold
every step any process sent.
"""

from __future__ import annotations

import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIMULATED_MINUTES = 30
COMPRESSION = float(os.environ.get("BENCH_COMPRESSION", "30"))
REAL_SECONDS = SIMULATED_MINUTES * 60 / COMPRESSION
THINK = (6 / COMPRESSION, 30 / COMPRESSION)
REPLIES = (
    "It sounds like this has been weighing on you, and you want to be taken seriously.",
    "That makes sense, given everything you've been through.",
    "You should just call the police.",  # directive: the peer closes up, the round ends
)
NAMES = {"peer": "Ash", "counsellor": "River", "observer": "Kim"}


def child(name: str, role: str, code: str, data: str, out: str, until: float) -> None:
    from simulator.content.loading import load_library, require_rubrics
    from simulator.content.paths import scenarios_dir
    from simulator.practice.room import POLL_SECONDS, RoomClient, RoomEvent, RoomPlay
    from simulator.scoring import Scorer
    from simulator.store.database import Store

    rubrics = require_rubrics()
    scenarios = {s.id: s for s in load_library(scenarios_dir(), rubrics).scenarios}
    scorer = Scorer(rubrics)
    store = Store(Path(data))
    if code == "new":
        client = RoomClient.create(store, scenarios["bad-date-next-steps"], scorer, name, role)
        print(client.code, flush=True)
    else:
        scenario = RoomClient.scenario_of(store, code, scenarios.get)
        if role == "back":  # coming back: take the seat still held under this name
            play = RoomPlay(scenario, scorer)
            for row in store.room_events(code):
                play.apply(RoomEvent(*row))
            role = next(m.role for m in play.members.values() if m.name == name)
        client = RoomClient.join(store, code, scenario, scorer, name, role)
    joined = time.monotonic()  # steps sent before this are read from the log, not delivered
    sent: dict[int, float] = {}
    seen: dict[int, float] = {}
    quiet_seen: dict[str, float] = {}
    replies = 0
    next_step = 0.0
    looked = 0.0
    while time.monotonic() < until + 1.5:  # the last second and a half: only listen
        for event, happened in client.poll():
            if happened is not None and event.member != client.member:
                seen.setdefault(event.id, time.monotonic())
        now = time.monotonic()
        if now - looked > 0.05:
            looked = now
            for member in client.find_quiet():
                quiet_seen.setdefault(member.name, now)
        me, pair = client.me, client.play.pair
        if me is None or now > until:
            time.sleep(POLL_SECONDS)
            continue
        mine = pair.phase == me.role or (pair.phase == "done" and me.role == "counsellor")
        if not mine:
            next_step = 0.0
            time.sleep(POLL_SECONDS)
            continue
        if not next_step:
            next_step = now + random.uniform(*THINK)
        if now < next_step:
            time.sleep(POLL_SECONDS)
            continue
        next_step = 0.0
        stamp = time.monotonic()
        if pair.phase == "peer":
            sent[client.send("peer", {"text": " ".join(pair.prompt())})] = stamp
        elif pair.phase == "counsellor":
            sent[client.send("reply", {"text": REPLIES[replies % len(REPLIES)]})] = stamp
            replies += 1
        elif pair.phase == "observer":
            levels = {"paraphrasing": random.randint(0, 2), "boundaries": random.randint(0, 2)}
            sent[client.send("rating", {"levels": levels, "note": ""})] = stamp
        elif pair.phase == "done":
            sent[client.send("swap")] = stamp
    # Everything, as someone reading the whole log now would have it.
    final = RoomPlay(client.play.pair.scenario, scorer)
    applied = set()
    for row in store.room_events(client.code):
        if final.apply(RoomEvent(*row)) is not None:
            applied.add(row[0])
    conversation = [
        [e.round, e.counsellor, e.reply, e.human, e.auto.levels] for e in final.pair.exchanges
    ]
    Path(out).write_text(
        json.dumps(
            {
                "joined": joined,
                "sent": sent,
                "seen": seen,
                "quiet": quiet_seen,
                "applied": sorted(applied),
                "conversation": conversation,
                "rounds": final.pair.round,
            }
        )
    )
    client.leave()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    from simulator.practice.room import POLL_SECONDS, QUIET_ENV, QUIET_SECONDS

    quiet = QUIET_SECONDS / COMPRESSION
    env = {**os.environ, QUIET_ENV: str(quiet)}
    os.environ[QUIET_ENV] = str(quiet)
    script = str(Path(__file__).resolve())
    start = time.monotonic()
    until = start + 3 + REAL_SECONDS  # three seconds to start up and join

    def spawn(name: str, role: str, code: str, out: str) -> subprocess.Popen[str]:
        args = [sys.executable, script, "--child", name, role, code, data, out, str(until)]
        return subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)

    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "data")
        peer = spawn("Ash", "peer", "new", f"{tmp}/ash.json")
        assert peer.stdout is not None
        code = peer.stdout.readline().strip()
        counsellor = spawn("River", "counsellor", code, f"{tmp}/river.json")
        observer = spawn("Kim", "observer", code, f"{tmp}/kim-first.json")
        time.sleep(3 + REAL_SECONDS / 3)
        observer.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        observer.wait()
        time.sleep(2 * quiet)
        back = spawn("Kim", "back", code, f"{tmp}/kim.json")
        for proc in (peer, counsellor, back):
            proc.wait(timeout=REAL_SECONDS + 120)
        results = {
            n.lower(): json.loads(Path(f"{tmp}/{n.lower()}.json").read_text())
            for n in NAMES.values()
        }

    latencies: list[float] = []
    for sender, result in results.items():
        for event_id, stamp in result["sent"].items():
            for receiver, other in results.items():
                if receiver != sender and event_id in other["seen"] and stamp > other["joined"]:
                    latencies.append((other["seen"][event_id] - stamp) * 1000)
    conversations = [json.dumps(r["conversation"]) for r in results.values()]
    same = len(set(conversations)) == 1
    applied = [set(r["applied"]) for r in results.values()]
    sent_ids = {int(i) for r in results.values() for i in r["sent"]}
    missing = sorted(sent_ids - set.intersection(*applied))
    exchanges = results["ash"]["conversation"]
    detected = {
        who: stamp - killed for who, r in results.items() if (stamp := r["quiet"].get("Kim"))
    }
    print(
        f"A triad in one room: {SIMULATED_MINUTES} simulated minutes at {COMPRESSION:g}x "
        f"({REAL_SECONDS:.0f} s real), polling every {POLL_SECONDS * 1000:.0f} ms, "
        f"quiet time {QUIET_SECONDS:g} s simulated ({quiet:.2f} s real)"
    )
    print(
        f"steps sent {len(sent_ids)}, replies {len(exchanges)}, rounds {results['ash']['rounds']}, "
        f"rated {sum(1 for e in exchanges if e[3])}"
    )
    if latencies:
        print(
            f"delivery latency over {len(latencies)} deliveries: median "
            f"{statistics.median(latencies):.1f} ms, p95 {percentile(latencies, 0.95):.1f} ms, "
            f"max {max(latencies):.1f} ms"
        )
    for who, seconds in sorted(detected.items()):
        print(
            f"{who} saw Kim's killed seat go quiet {seconds:.2f} s after the kill "
            f"({seconds * COMPRESSION:.1f} s simulated)"
        )
    print(f"every sent step in everyone's final state: {missing or 'yes'}")
    print(f"the three final conversations identical: {'yes' if same else 'NO'}")
    if missing or not same or len(detected) < 2:
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        name, role, code, data, out, until = sys.argv[2:8]
        child(name, role, code, data, out, float(until))
    else:
        main()
