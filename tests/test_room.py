"""Rooms (domain): participants on separate connections to the store share one conversation,
roles are claimed once, steps out of turn are ignored the same way everywhere, rooms are
found only by their code, and an expired or forgotten room leaves nothing behind."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from simulator.content.scenario import Scenario
from simulator.practice.room import (
    ROOM_LIFETIME,
    RoomClient,
    RoomError,
    normalise_code,
    pretty_code,
)
from simulator.scoring import Scorer
from simulator.store.database import Store
from tests.helpers import CLI, ROOT, cli_env, run_cli

SCENARIO = "bad-date-next-steps"


def seat(
    folder: Path,
    library: dict[str, Scenario],
    scorer: Scorer,
    name: str,
    role: str,
    code: str | None = None,
) -> RoomClient:
    """A participant with their own connection to the store, as their own process has."""
    store = Store(folder)
    if code is None:
        return RoomClient.create(store, library[SCENARIO], scorer, name, role)
    scenario = RoomClient.scenario_of(store, code, library.get)
    return RoomClient.join(store, code, scenario, scorer, name, role)


def trio_after_a_reply(
    folder: Path, library: dict[str, Scenario], scorer: Scorer, reply: str
) -> tuple[RoomClient, RoomClient, RoomClient]:
    """Ash (peer), River (counsellor) and Kim (observer) in a room, after the scripted line
    and River's reply, everyone up to date: the observer's turn."""
    ash = seat(folder, library, scorer, "Ash", "peer")
    river = seat(folder, library, scorer, "River", "counsellor", ash.code)
    kim = seat(folder, library, scorer, "Kim", "observer", ash.code)
    sync(ash, river, kim)
    ash.send("peer", {"text": " ".join(ash.play.pair.prompt())})
    sync(river)
    river.send("reply", {"text": reply})
    sync(ash, river, kim)
    return ash, river, kim


def sync(*clients: RoomClient) -> None:
    for client in clients:
        client.poll()


def test_lines_reach_everyone_and_all_see_the_same_scores(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    river = seat(private_data_dir, library, scorer, "River", "counsellor", ash.code)
    sync(ash, river)
    assert river.play.pair.roles.peer == "Ash" and ash.play.pair.roles.counsellor == "River"

    line = " ".join(ash.play.pair.prompt())
    ash.send("peer", {"text": line})
    [(event, happened)] = river.poll()
    assert event.kind == "peer" and happened is not None
    assert happened.text == line and happened.followed
    river.send(
        "reply", {"text": "It sounds like he really scared you, and you want to warn others."}
    )
    sync(ash, river)
    [mine], [theirs] = ash.play.pair.exchanges, river.play.pair.exchanges
    assert mine.auto.levels == theirs.auto.levels and mine.auto.levels["paraphrasing"] >= 1
    assert ash.play.pair.node_id == river.play.pair.node_id != "opening"


def test_observer_rates_then_roles_swap_for_round_two(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash, river, kim = trio_after_a_reply(
        private_data_dir, library, scorer, "You should go to the police today."
    )
    assert {c.play.pair.phase for c in (ash, river, kim)} == {"observer"}
    ash.send("swap")  # out of turn: the observer hasn't rated yet, so it is ignored
    kim.send("rating", {"levels": {"paraphrasing": 0, "validation": 0, "boundaries": 2}})
    sync(ash, river, kim)
    assert {c.play.pair.phase for c in (ash, river, kim)} == {"done"}
    river.send("swap")
    sync(ash, river, kim)
    for client in (ash, river, kim):  # a triad rotates: peer -> counsellor -> observer -> peer
        pair = client.play.pair
        assert (pair.round, pair.roles.peer, pair.roles.counsellor, pair.roles.observer) == (
            2,
            "Kim",
            "Ash",
            "River",
        )
        assert pair.exchanges[0].human == {"paraphrasing": 0, "validation": 0, "boundaries": 2}
    assert ash.me is not None and ash.me.role == "counsellor"
    assert kim.me is not None and kim.me.role == "peer"


def test_only_the_role_holder_speaks_for_the_role(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    river = seat(private_data_dir, library, scorer, "River", "counsellor", ash.code)
    river.send("peer", {"text": "I am not the peer-player."})
    river.send("reply", {"text": "Replying before anyone spoke."})
    sync(ash, river)
    for client in (ash, river):
        assert client.play.pair.phase == "peer" and not client.play.pair.exchanges


def test_a_role_is_claimed_once(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    with pytest.raises(
        RoomError, match=r"Ash is already the peer .*free roles: counsellor, observer"
    ):
        seat(private_data_dir, library, scorer, "Sam", "peer", ash.code)
    ash.leave()
    seat(private_data_dir, library, scorer, "Sam", "peer", ash.code)  # free again


def test_codes_are_forgiving_to_type_and_strict_to_match(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    typed = pretty_code(ash.code).lower().replace("-", " - ")
    assert normalise_code(typed) == ash.code
    with pytest.raises(RoomError, match="not a room code"):
        normalise_code("hello")
    other = "".join("A" if ch != "A" else "B" for ch in ash.code)
    with pytest.raises(RoomError, match="there is no room"):
        RoomClient.scenario_of(Store(private_data_dir), other, library.get)
    # A room on a scenario this computer's folder doesn't have says so, and what to do.
    with pytest.raises(RoomError, match="isn't in this scenarios folder; open the same folder"):
        RoomClient.scenario_of(Store(private_data_dir), ash.code, {}.get)


def test_nothing_of_a_room_is_visible_from_another(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    sam = seat(private_data_dir, library, scorer, "Sam", "peer")
    ash.send("peer", {"text": "Something only for this room."})
    seen = [event for event, _ in sam.poll()]
    assert [e.kind for e in seen] == ["join"] and seen[0].body["name"] == "Sam"


def test_rooms_expire_and_leave_nothing_behind(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    ash.send("peer", {"text": "Words that should not outlive the room."})
    store = Store(private_data_dir)
    assert store.purge_rooms(datetime.now(UTC) + ROOM_LIFETIME - timedelta(minutes=5)) == 0
    assert store.purge_rooms(datetime.now(UTC) + ROOM_LIFETIME + timedelta(minutes=1)) == 1
    with pytest.raises(RoomError, match="has closed"):
        ash.send("peer", {"text": "too late"})
    db = sqlite3.connect(store.path)
    assert db.execute("SELECT COUNT(*) FROM room_events").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM rooms").fetchone()[0] == 0
    db.close()
    for path in private_data_dir.iterdir():  # not left readable in free pages or the WAL
        assert b"outlive the room" not in path.read_bytes(), path.name


def test_forget_removes_the_rooms_someone_was_in(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    ash.send("peer", {"text": "A line with a secret in it."})
    keep = seat(private_data_dir, library, scorer, "Noor", "peer")
    run_cli(private_data_dir, "forget", "--trainee", "ash", "--yes", check=True)
    store = Store(private_data_dir)
    assert store.room(ash.code) is None and store.room(keep.code) is not None
    for path in private_data_dir.iterdir():
        assert b"secret in it" not in path.read_bytes()


def test_coming_back_under_the_same_name_takes_the_role_back(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    """A closed terminal or a reloaded browser tab must not leave a role stuck."""
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    river = seat(private_data_dir, library, scorer, "River", "counsellor", ash.code)
    ash.send("peer", {"text": " ".join(ash.play.pair.prompt())})
    # River's tab is reloaded: a new process joins with the same name.
    again = seat(private_data_dir, library, scorer, "river", "counsellor", ash.code)
    steps = again.poll()
    assert steps[-1][1] is not None and steps[-1][1].text == "river is back as the counsellor."
    assert again.me is not None and again.play.pair.phase == "counsellor"  # the line is there
    again.send("reply", {"text": "It sounds like he really scared you."})
    sync(ash, river, again)
    assert len(ash.play.pair.exchanges) == 1
    assert river.me is None  # the old window only watches now
    river.send("reply", {"text": "A stale window can't speak for the counsellor."})
    sync(ash)
    assert len(ash.play.pair.exchanges) == 1


def test_an_expired_room_is_gone_when_the_store_is_next_opened(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    ash.send("peer", {"text": "Nobody uses rooms after this one."})
    past = (datetime.now(UTC) - timedelta(minutes=1)).isoformat(timespec="seconds")
    db = sqlite3.connect(Store(private_data_dir).path)
    with db:
        db.execute("UPDATE rooms SET expires_at = ?", (past,))
    db.close()
    Store(private_data_dir)  # e.g. `peer-practice history`, or the app starting
    db = sqlite3.connect(Store(private_data_dir).path)
    assert db.execute("SELECT COUNT(*) FROM room_events").fetchone()[0] == 0


def test_when_the_observer_leaves_before_rating_the_reply_is_scored_anyway(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash, _river, kim = trio_after_a_reply(
        private_data_dir, library, scorer, "It sounds like he really scared you."
    )
    assert ash.play.pair.phase == "observer"
    kim.leave()
    [(_, happened)] = ash.poll()
    assert happened is not None and happened.exchange is ash.play.pair.exchanges[-1]
    assert ash.play.pair.phase == "peer"  # the conversation goes on without ratings


def test_plain_mode_observer_rates_within_the_rubric_levels(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    """The observer at a plain prompt is asked for each skill's levels as the rubric has
    them; a level beyond them is refused with what to type, and a skill can be skipped."""
    from io import StringIO

    from simulator.plain.room import PlainRoom

    ash, _river, kim = trio_after_a_reply(
        private_data_dir, library, scorer, "It sounds like he really scared you."
    )
    answers = iter(["7", "0", "1", "", "kind but short"])
    asked: list[str] = []

    def read_line(prompt: str) -> str | None:
        asked.append(prompt)
        return next(answers)

    out = StringIO()
    assert PlainRoom(kim, read_line, out).rate()
    top = scorer.rubrics.rubrics["paraphrasing"].max_level
    assert asked[0] == f"Your rating for paraphrasing (0-{top}, Enter to skip): "
    assert f"Type a level from 0 to {top}" in out.getvalue()
    sync(ash)
    rated = ash.play.pair.exchanges[-1]
    assert rated.human == {"paraphrasing": 0, "validation": 1} and rated.note == "kind but short"


def _ctrl_c_reaches_it() -> None:
    """In the child, before it starts: Ctrl+C as in a terminal. A test run started in the
    background inherits SIGINT ignored (or blocked), and so would the child: these tests
    press Ctrl+C and wait for it to leave (in two full runs they waited 20 s in vain)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


class LineReader:
    """Reads a subprocess's output until a line containing some text arrives."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        import queue
        import threading

        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert proc.stdout is not None
        stdout = proc.stdout
        threading.Thread(target=lambda: [self.lines.put(x) for x in stdout], daemon=True).start()

    def until(self, text: str, timeout: float = 20) -> str:
        import queue

        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"never saw {text!r}; saw {self.seen[-8:]}") from None
            self.seen.append(line)
            if text in line:
                return line


def test_plain_mode_joins_a_room_line_by_line(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    """A screen-reader user joins from `peer-practice room join` while the peer-player is
    in the app: lines arrive as text, the reply is asked for at the counsellor's turn, and
    the feedback is printed."""
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    proc = subprocess.Popen(
        [*CLI, "room", "join", pretty_code(ash.code).lower(), "--name", "River"],
        env=cli_env(private_data_dir),
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdin is not None
    out = LineReader(proc)
    try:
        out.until("A bad date and what comes next")
        out.until("Content notes:")
        out.until("River joined as the counsellor")
        ash.send("peer", {"text": "Last night a new guy got rough with me. I'm still shaking."})
        out.until("Jade (Ash): Last night a new guy got rough with me.")
        proc.stdin.write("It sounds like he really scared you, and you're still shaken.\n")
        proc.stdin.flush()
        out.until("River (counsellor, round 1): It sounds like he really scared you")
        out.until("Paraphrasing:")
        out.until("Next step:")
        sync(ash)
        assert ash.play.pair.exchanges[0].reply.startswith("It sounds like he really scared")
        ash.send("peer", {"text": "Yeah. I keep thinking I should warn people."})
        out.until("Jade (Ash): Yeah.")
        proc.stdin.write("/leave\n")
        proc.stdin.flush()
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    sync(ash)
    assert ash.play.holder("counsellor") is None  # the others were told River left


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP"])
def test_plain_room_leaves_on_sigterm_or_sighup(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer, signal_name: str
) -> None:
    import signal

    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    proc = subprocess.Popen(
        [*CLI, "room", "join", pretty_code(ash.code), "--name", "River"],
        env=cli_env(private_data_dir),
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    out = LineReader(proc)
    try:
        out.until("Waiting for Ash (peer)")
        proc.send_signal(getattr(signal, signal_name))
        assert proc.wait(timeout=20) is not None
    finally:
        if proc.poll() is None:
            proc.kill()
    sync(ash)
    assert ash.play.holder("counsellor") is None  # River left at once, not after going quiet


def test_plain_room_with_a_wrong_code_is_one_message(private_data_dir: Path) -> None:
    result = run_cli(private_data_dir, "room", "join", "ZZZ-ZZZ", "--name", "River", timeout=60)
    assert result.returncode == 1
    assert "there is no room ZZZ-ZZZ here" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_line_offers_the_rooms_roles() -> None:
    from simulator import cli
    from simulator.practice import room

    assert tuple(cli.ROLE.choices) == room.ROLES


class Terminal:
    """A real terminal (a pty) with the app in it: keys go in, the screen's output is read
    and kept, and `close` hangs up as closing a terminal window does."""

    def __init__(self, folder: Path, *args: str, command: tuple[str, ...] = tuple(CLI)) -> None:
        import fcntl
        import pty
        import struct
        import termios
        import threading

        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 36, 120, 0, 0))
        env = {**cli_env(folder), "TERM": "xterm-256color"}
        env.pop("NO_COLOR", None)

        def controlling_terminal() -> None:  # the pty is this process's terminal
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.proc = subprocess.Popen(
            [*command, *args],
            env=env,
            cwd=ROOT,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            start_new_session=True,
            preexec_fn=controlling_terminal,
        )
        os.close(slave)
        self.output: list[bytes] = []
        self._closing = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        """Read with a timeout: a read blocked on the master would keep it open after
        `close` (closing a descriptor doesn't end a read in progress on it), and the app
        would never see the hang-up."""
        import select

        with suppress(OSError):
            while not self._closing.is_set():
                if select.select([self.master], [], [], 0.05)[0]:
                    if not (chunk := os.read(self.master, 65536)):
                        return
                    self.output.append(chunk)

    def until(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = re.sub(rb"\x1b\[[0-9;?<>=$]*[a-zA-Z~]", b"", b"".join(self.output))
            if text.encode() in screen:
                return
            time.sleep(0.05)
        raise AssertionError(f"the terminal never showed {text!r}")

    def keys(self, data: str) -> None:
        os.write(self.master, data.encode())
        time.sleep(0.3)

    def close(self) -> None:
        self._closing.set()
        self._reader.join()
        os.close(self.master)


#: `make run` as a person types it; the install step is taken as done (the tests run in
#: that environment), so a pyproject.toml newer than the stamp can't start pip here.
MAKE_RUN = ("-o", ".venv/.installed", "run", "--no-print-directory")


def children(pid: int) -> list[int]:
    """The processes `pid` started (Linux's /proc)."""
    out: list[int] = []
    with suppress(OSError):
        for task in Path(f"/proc/{pid}/task").iterdir():  # a thread's children are its own
            with suppress(OSError):
                out += [int(p) for p in (task / "children").read_text().split()]
    return out


def descendants(pid: int) -> list[int]:
    """The processes `pid` started, and theirs (the app's scoring process, say)."""
    out = children(pid)
    for child in list(out):
        out += descendants(child)
    return out


def alive(pid: int) -> bool:
    """Whether `pid` still runs (a zombie, ended but not yet reaped, counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def gone_within(pids: list[int], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(alive(pid) for pid in pids):
            return True
        time.sleep(0.05)
    return False


def join_as_river(terminal: Terminal, code: str) -> None:
    terminal.until("Who's practising?")
    terminal.keys("River\r")
    terminal.until("Practising as River")
    terminal.keys("\x02")  # Ctrl+B: the room dialog
    terminal.until("Practise together in a room")
    terminal.keys(pretty_code(code) + "\r")
    terminal.until("Join the room")  # after the content notes
    terminal.keys("\r")
    terminal.until("How are you arriving today?")  # the optional check-in, once a sitting
    terminal.keys("\x1b")  # Escape skips it
    terminal.until("Waiting for Ash (peer)")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs a pty and /proc")
@pytest.mark.parametrize("how", ["close the terminal", "kill make"])
def test_closing_the_terminal_of_make_run_ends_the_app_and_leaves_the_room(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer, how: str
) -> None:
    """Under `make run`, make leads the terminal's session: the hang-up goes to make, which
    waits for the app instead of passing it on. The app must see the closed terminal itself,
    leave the room and end, and make with it: no process left behind. If make itself is
    killed, the app is not left behind as an orphan either."""
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    terminal = Terminal(private_data_dir, *MAKE_RUN, command=("make",))
    pids = [terminal.proc.pid]
    try:
        join_as_river(terminal, ash.code)
        assert len(children(terminal.proc.pid)) == 1, "make runs the app as its one child"
        time.sleep(1.5)  # the app starts its scoring process a second after the first screen
        pids += descendants(terminal.proc.pid)
        assert len(pids) >= 3, "make, the app and its scoring process"
        if how == "kill make":
            terminal.proc.kill()
        else:
            terminal.close()
        # Generous for a loaded machine; the app itself ends within a second (see the note
        # in simulator.lifeline and the figures in the note).
        assert gone_within(pids, 20), [p for p in pids if alive(p)]
    finally:
        for pid in pids:
            with suppress(OSError):
                os.kill(pid, 9)
        terminal.proc.wait(timeout=10)
    sync(ash)
    assert ash.play.holder("counsellor") is None  # River left, and the role is free


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
@pytest.mark.parametrize("how", ["close", "SIGTERM", "SIGHUP", "ctrl+q"])
def test_closing_the_terminal_leaves_the_room(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer, how: str
) -> None:
    """Closing the terminal window the app runs in (a hangup), a SIGTERM or SIGHUP, or
    Ctrl+Q must not leave a role held by nobody: the app ends, and the others see the
    person leave."""
    import signal

    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    terminal = Terminal(private_data_dir, "--tui")
    try:
        join_as_river(terminal, ash.code)
        sync(ash)
        assert ash.play.holder("counsellor") is not None
        if how == "close":
            terminal.close()
        elif how == "ctrl+q":
            terminal.keys("\x11")
        else:
            terminal.proc.send_signal(getattr(signal, how))
        assert terminal.proc.wait(timeout=30) is not None
    finally:
        if terminal.proc.poll() is None:
            terminal.proc.kill()
    sync(ash)
    assert ash.play.holder("counsellor") is None  # River left, and the role is free


def test_a_killed_seat_goes_quiet_and_can_be_taken(
    private_data_dir: Path,
    library: dict[str, Scenario],
    scorer: Scorer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A process holding a seat is SIGKILLed (or its computer loses power): its heartbeat
    stops, the others see the seat go quiet, and after the quiet time someone can take it.
    Nothing said before is lost."""
    quiet = 3.0  # short for a test; long enough that a loaded machine still beats in time
    monkeypatch.setenv("PEER_PRACTICE_ROOM_QUIET_SECONDS", str(quiet))
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    ash.send("peer", {"text": " ".join(ash.play.pair.prompt())})
    proc = subprocess.Popen(
        [*CLI, "room", "join", pretty_code(ash.code), "--name", "River"],
        env={**cli_env(private_data_dir), "PEER_PRACTICE_ROOM_QUIET_SECONDS": str(quiet)},
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdin is not None
    out = LineReader(proc)
    try:
        out.until("River joined as the counsellor")  # the line was there for River
        proc.stdin.write("It sounds like he really scared you.\n")
        proc.stdin.flush()
        out.until("Next step:")
        time.sleep(quiet * 1.5)  # well past the quiet time: River's heartbeat keeps the seat
        with pytest.raises(RoomError, match="River is already the counsellor"):
            seat(private_data_dir, library, scorer, "Sam", "counsellor", ash.code)
        proc.kill()
        proc.wait(timeout=10)
        killed = time.monotonic()
        sync(ash)
        assert ash.find_quiet() == []  # just killed: not quiet yet
        while not (gone := ash.find_quiet()):  # the others see the seat go quiet
            assert time.monotonic() - killed < quiet + 10, "the seat never went quiet"
            time.sleep(0.05)
        assert [m.name for m in gone] == ["River"] and ash.quiet
        # The last beat may have come up to one beat (a fifth of the quiet time) before the kill.
        assert time.monotonic() - killed > quiet - quiet / 5
        sam = seat(private_data_dir, library, scorer, "Sam", "counsellor", ash.code)
    finally:
        if proc.poll() is None:
            proc.kill()
    steps = [h for _, h in ash.poll() if h is not None]
    assert [h.text for h in steps] == [
        "River had gone quiet; the counsellor's seat was taken over.",
        "Sam joined as the counsellor.",
    ]
    sam.poll()
    assert ash.play.holder("counsellor") is not None and sam.me is not None
    assert len(sam.play.pair.exchanges) == 1  # River's reply is kept
    assert sam.play.pair.exchanges[0].counsellor == "River"


def test_a_line_mode_replay_after_two_swaps_names_who_said_what_and_when(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    """Someone joining late reads the room's log from the start: each line is credited to
    whoever said it, in the role and round of that moment, not to who holds the role now."""
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    river = seat(private_data_dir, library, scorer, "River", "counsellor", ash.code)
    replies = {1: "You should go to the police today.", 2: "You must report him right now."}
    for round_no, (peer, counsellor) in {1: (ash, river), 2: (river, ash)}.items():
        sync(ash, river)
        peer.send("peer", {"text": " ".join(peer.play.pair.prompt())})
        sync(counsellor)
        counsellor.send("reply", {"text": replies[round_no]})
        sync(ash, river)
        assert ash.play.pair.phase == "done", "a directive reply ends the round"
        counsellor.send("swap")
    sync(ash, river)
    assert ash.play.pair.round == 3
    proc = subprocess.Popen(
        [*CLI, "room", "join", pretty_code(ash.code), "--name", "Kim", "--role", "observer"],
        env=cli_env(private_data_dir),
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        preexec_fn=_ctrl_c_reaches_it,
    )
    out = LineReader(proc)
    try:
        out.until("Kim joined as the observer")
        out.until("Waiting for Ash (peer)")
        proc.send_signal(2)  # Ctrl+C leaves while waiting
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    seen = "".join(out.seen)
    assert "Jade (Ash): Last night" in seen and "Jade (River): Last night" in seen
    assert f"River (counsellor, round 1): {replies[1]}" in seen
    assert f"Ash (counsellor, round 2): {replies[2]}" in seen
    assert "* Round 2: River plays the peer, Ash counsels." in seen
    assert "* Round 3: Ash plays the peer, River counsels." in seen
    assert (
        seen.index("Round 1 is over") < seen.index("Round 2: River") < seen.index("Round 2 is over")
    )
    assert "Round 3 is over" not in seen and "the done" not in seen


def test_a_kept_room_round_is_in_history_and_every_export(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    """River counsels in line mode; at the end of the round River keeps it (yes by default
    for the counsellor), and Ash's improvised line is kept in River's history only once Ash
    says yes too. The round is then in `history` and in the md, html and json exports, with
    the peer's line before River's reply."""
    ash = seat(private_data_dir, library, scorer, "Ash", "peer")
    proc = subprocess.Popen(
        [*CLI, "room", "join", pretty_code(ash.code), "--name", "River"],
        env=cli_env(private_data_dir),
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdin is not None
    out = LineReader(proc)
    mine = "He grabbed me hard & wouldn't pay <b>me</b>, and I'm still angry about it."
    try:
        out.until("River joined as the counsellor")
        ash.send("peer", {"text": mine})
        proc.stdin.write("You should go to the police today.\n")  # directive: the round ends
        proc.stdin.flush()
        out.until("Round 1 is over")
        proc.stdin.write("\n")  # "Keep round 1 in your history? [Y/n]": Enter keeps it
        proc.stdin.flush()
        out.until("Round 1 is kept in your history")
        before = run_cli(private_data_dir, "export", "--all", "--trainee", "River").stdout
        assert "Ash's own words, not kept" in before and "He grabbed" not in before
        sync(ash)
        ash.send("keep", {"round": 1, "keep": True})  # Ash lets River keep Ash's words
        proc.stdin.write("/help\n")  # River's prompt is answered: the room is read again
        proc.stdin.flush()
        out.until("Ash keeps round 1 in their history")
        time.sleep(0.5)  # the re-save happens as the line is shown
        proc.stdin.write("/leave\n")
        proc.stdin.flush()
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    history = run_cli(private_data_dir, "history", "--trainee", "River", check=True).stdout
    assert (
        "A bad date" in history and "Room round 1: Ash played the peer, River counselled" in history
    )
    session_id = history.split()[0]
    md = run_cli(private_data_dir, "export", session_id, check=True).stdout
    assert "**Peer (played by Ash):**" in md and "He grabbed me hard" in md
    assert md.index("He grabbed me hard") < md.index("You should go to the police today.")
    assert "Ending:" in md
    page = run_cli(private_data_dir, "export", session_id, "--format", "html", check=True).stdout
    assert "He grabbed me hard &amp; wouldn&#x27;t pay &lt;b&gt;me&lt;/b&gt;" in page
    data = json.loads(
        run_cli(private_data_dir, "export", session_id, "--format", "json", check=True).stdout
    )
    [session] = data["sessions"]
    assert session["origin"]["kind"] == "room" and session["trainee"] == "River"
    peer = session["conversation"][0]
    assert peer["type"] == "peer" and peer["lines"] == [mine] and peer["said_by"] == "Ash"


def test_a_kept_round_holds_others_words_only_with_their_yes(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    """Kim (the observer) keeps a round before River (who counselled) has said yes: River's
    reply is left out of Kim's copy, and the round doesn't count in Kim's progress (they
    weren't practising counselling). River's own copy counts in River's."""
    from simulator.store.export import export
    from simulator.store.kept import keep_round

    ash, river, kim = trio_after_a_reply(
        private_data_dir, library, scorer, "You should go to the police today."
    )
    kim.send("rating", {"levels": {"boundaries": 2}, "note": "directive"})
    sync(ash, river, kim)
    assert kim.play.pair.phase == "done"
    store = Store(private_data_dir)
    for client, role in ((kim, "observer"), (river, "counsellor")):
        me = client.me
        assert me is not None
        keep_round(
            store,
            client.play.pair,
            1,
            keeper=me.name,
            role=role,
            kind="room",
            session_id=f"room-{client.code}-1-{client.member}",
            consent={me.name: True},
        )
    rows = {row.trainee: row for row in store.sessions()}
    kims = export(store, [rows["Kim"]], "md", library.get)
    assert "(River's reply, not kept: they didn't say yes)" in kims
    assert "police" not in kims.split("**Reply")[1].split("\n")[0]
    assert "Observer: Kim rated boundaries 2; note: directive" in kims
    assert store.skill_trend("Kim") == [] and len(store.skill_trend("River")) == 1
    assert "You should go to the police today." in export(store, [rows["River"]], "md")


def test_a_line_mode_peer_player_gets_the_role_card_and_enter_says_the_script(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    """The peer-player at a plain prompt sees the role card, and an empty Enter says the
    scripted line as written (no retyping)."""
    proc = subprocess.Popen(
        [*CLI, "room", "start", SCENARIO, "--name", "Ash", "--role", "peer"],
        env=cli_env(private_data_dir),
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        preexec_fn=_ctrl_c_reaches_it,
    )
    assert proc.stdin is not None
    out = LineReader(proc)
    persona = library[SCENARIO].persona
    try:
        code = re.search(r"Room code: ([A-Z2-9]{3}-[A-Z2-9]{3})", out.until("Room code: "))
        assert code is not None
        out.until(f"Role card: you are {persona.name} ({persona.pronouns}).")
        out.until(persona.background[:40])
        river = seat(
            private_data_dir, library, scorer, "River", "counsellor", normalise_code(code.group(1))
        )
        proc.stdin.write("\n")  # Enter alone: the line as written
        proc.stdin.flush()
        out.until("Waiting for River (counsellor)")
        river.poll()
        log = Store(private_data_dir).room_events(river.code)
        said = [body["text"] for _, kind, _, body in log if kind == "peer"]
        assert said == [" ".join(library[SCENARIO].nodes["opening"].peer)]
        assert river.play.pair.phase == "counsellor"
        proc.send_signal(2)
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
