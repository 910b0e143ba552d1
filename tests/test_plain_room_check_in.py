"""`peer-practice room start/join` in plain mode, as a screen-reader user meets it in a real
terminal (a pty): the scenario's content notes come first, then the choice to go on and the
same optional check-in as `play --plain` and the app's room, all before a seat is taken. A
script's piped lines still go straight into the room (never taken as answers), and the
notes are shown to it too."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from simulator.content.scenario import Scenario
from simulator.practice.course_store import journal_entries
from simulator.practice.room import RoomClient, pretty_code
from simulator.scoring import Scorer
from simulator.store.database import Store
from simulator.store.profiles import Profiles
from tests.course.test_plain_check_in import Terminal
from tests.helpers import CLI, in_a_terminal, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")

HEAVY, GENTLE = "bad-date-next-steps", "warm-up-long-week"
QUESTION = "How are you arriving today?"
GO_ON = "Press Enter to go into the room"


@contextmanager
def plain_room(data_dir: Path, *args: str) -> Iterator[Terminal]:
    env = {**os.environ, "PEER_PRACTICE_DATA_DIR": str(data_dir), "TERM": "dumb"}
    with in_a_terminal([*CLI, "room", *args], env) as (_, fd):
        yield Terminal(fd)


def with_name(data_dir: Path) -> Path:
    Profiles(Store(data_dir)).add("River")
    return data_dir


def rooms(data_dir: Path) -> int:
    return int(Store(data_dir).db.execute("SELECT COUNT(*) FROM rooms").fetchone()[0])


def test_room_start_shows_the_notes_then_the_check_in_before_the_room_exists(
    private_data_dir: Path,
) -> None:
    with plain_room(with_name(private_data_dir), "start", HEAVY, "--name", "Ash") as term:
        before = term.wait_for("Content notes:", GO_ON)
        assert "violence from a client" in before
        assert QUESTION not in before and "Room code" not in before
        assert rooms(private_data_dir) == 0  # nobody holds a seat while reading
        term.type("")
        shown = term.wait_for(QUESTION, "Your number")
        assert "1 really struggling, 2 low, 3 okay, 4 good, 5 really good" in shown
        assert "Room code" not in shown
        term.type("4")
        term.wait_for("A few words")
        term.type("[b]tired[/b] but here")
        after = term.wait_for("Room code:", "You can leave at any time")
        assert "Content notes:" not in after  # shown once, before the room
    [entry] = journal_entries(Store(private_data_dir), "River")
    assert (entry.kind, entry.rating, entry.entry) == ("check-in", 4, "[b]tired[/b] but here")


def test_room_join_asks_before_the_seat_and_stop_for_today_takes_no_seat(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    ash = RoomClient.create(Store(private_data_dir), library[HEAVY], scorer, "Ash", "peer")
    code = pretty_code(ash.code)
    with plain_room(with_name(private_data_dir), "join", code, "--name", "River") as term:
        before = term.wait_for("A bad date and what comes next", "Content notes:", GO_ON)
        assert QUESTION not in before
        term.type("")
        term.wait_for("Your number")
        term.type("1")
        term.wait_for("A few words")
        term.type("")
        assert "3. Stop for today" in term.wait_for("Choose 1-4")
        term.type("3")
        shown = term.wait_for("come back whenever you like")
        assert "joined as the counsellor" not in shown
    ash.poll()
    assert ash.play.holder("counsellor") is None  # the seat was never taken
    [entry] = journal_entries(Store(private_data_dir), "River")
    assert entry.rating == 1


def test_skip_leaves_before_any_room_and_a_gentle_scenario_has_no_check_in(
    private_data_dir: Path,
) -> None:
    with plain_room(with_name(private_data_dir), "start", HEAVY, "--name", "Ash") as term:
        term.wait_for("Content notes:", GO_ON)
        term.type("skip")
        assert "Skipped. That's always okay." in term.wait_for("Skipped")
    assert rooms(private_data_dir) == 0
    with plain_room(private_data_dir, "start", GENTLE, "--name", "Ash") as term:
        term.wait_for(GO_ON)
        term.type("")
        assert QUESTION not in term.wait_for("Room code:")


def test_check_ins_off_is_honoured_in_a_room(private_data_dir: Path) -> None:
    with_name(private_data_dir)
    assert run_cli(private_data_dir, "check-ins", "off").returncode == 0
    with plain_room(private_data_dir, "start", HEAVY, "--name", "Ash") as term:
        term.wait_for(GO_ON)
        term.type("")
        assert QUESTION not in term.wait_for("Room code:")


def test_a_script_sees_the_notes_first_and_is_never_asked(private_data_dir: Path) -> None:
    piped = run_cli(
        with_name(private_data_dir), "room", "start", HEAVY, "--name", "Ash", input="/leave\n"
    )
    assert piped.returncode == 0, piped.stderr
    out = piped.stdout
    assert out.index("Content notes:") < out.index("Room code:")
    assert out.count("Content notes:") == 1
    assert QUESTION not in out and GO_ON not in out
    assert journal_entries(Store(private_data_dir), "River") == []
