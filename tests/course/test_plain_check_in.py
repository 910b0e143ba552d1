"""The optional check-in before `peer-practice play --plain` of a scenario with content
notes, as a screen-reader user meets it in a real terminal (a pty subprocess): the same
question and choices as on the course path, skipped with one Enter, 'off' remembered; and
`peer-practice check-ins on|off`. Piped input (a script) is never taken as an answer."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from simulator.practice.course_store import journal_entries
from simulator.practice.trainee_settings import TraineeSettings
from simulator.store.database import Store
from simulator.store.profiles import Profiles
from tests.helpers import CLI, in_a_terminal, read_until, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")

HEAVY, GENTLE = "bad-date-next-steps", "warm-up-long-week"
QUESTION = "How are you arriving today?"


class Terminal:
    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.seen = ""

    def wait_for(self, *wanted: str, timeout: float = 60) -> str:
        """Everything shown since the last wait, once all of `wanted` is there."""
        start = len(self.seen)
        deadline = time.monotonic() + timeout
        while not all(w in self.seen[start:] for w in wanted):
            if time.monotonic() > deadline:
                raise AssertionError(f"never saw {wanted!r}; the terminal showed:\n{self.seen}")
            self.seen += read_until(self.fd, list(wanted), timeout=0.5)
        return self.seen[start:]

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\r")


@contextmanager
def plain_play(data_dir: Path, scenario: str) -> Iterator[Terminal]:
    env = {**os.environ, "PEER_PRACTICE_DATA_DIR": str(data_dir), "TERM": "dumb"}
    # `peer-practice play SCENARIO --plain` in a terminal
    with in_a_terminal([*CLI, "play", scenario, "--plain"], env) as (_, fd):
        yield Terminal(fd)


def with_name(data_dir: Path) -> Path:
    Profiles(Store(data_dir)).add("River")
    return data_dir


def test_plain_play_offers_the_check_in_after_the_content_notes_and_enter_skips_it(
    private_data_dir: Path,
) -> None:
    with plain_play(with_name(private_data_dir), HEAVY) as term:
        before = term.wait_for("Content notes:", "Press Enter to begin")
        assert QUESTION not in before  # the notes come first, then the choice to begin
        term.type("")
        shown = term.wait_for(QUESTION, "Your number")
        assert "never scored, and you can skip it" in shown
        assert "1 really struggling, 2 low, 3 okay, 4 good, 5 really good" in shown
        assert "'off' to stop being offered check-ins" in shown
        term.type("")  # one Enter skips it
        assert "Skipped. That's fine." in term.wait_for("Type /help", "Jade:")
    assert journal_entries(Store(private_data_dir), "River") == []


def test_a_low_plain_check_in_is_kept_and_offers_the_course_paths_choices(
    private_data_dir: Path,
) -> None:
    with plain_play(with_name(private_data_dir), HEAVY) as term:
        term.wait_for("Press Enter to begin")
        term.type("")
        term.wait_for("Your number")
        term.type("2")
        term.wait_for("A few words")
        term.type("a long week")
        shown = term.wait_for("Choose 1-4")
        assert "1. Take a grounding pause" in shown
        assert "2. Try a lighter unit: " in shown
        assert "3. Stop for today" in shown and "4. Carry on" in shown
        term.type("1")
        assert "Breathe in for 4" in term.wait_for("Press Enter when you're ready")
        term.type("")
        term.wait_for("Type /help")  # after the pause, on into the scenario
    [entry] = journal_entries(Store(private_data_dir), "River")
    assert (entry.kind, entry.rating, entry.entry, entry.prompt) == (
        "check-in",
        2,
        "a long week",
        QUESTION,
    )


def test_stop_for_today_in_plain_play_ends_before_the_scenario(private_data_dir: Path) -> None:
    with plain_play(with_name(private_data_dir), HEAVY) as term:
        term.wait_for("Press Enter to begin")
        term.type("")
        term.wait_for("Your number")
        term.type("1")
        term.wait_for("A few words")
        term.type("")
        term.wait_for("Choose 1-4")
        term.type("3")
        shown = term.wait_for("come back whenever you like")
        assert "Type /help" not in shown
    assert Store(private_data_dir).sessions() == []  # nothing started


def test_off_in_plain_play_is_remembered_and_check_ins_on_brings_it_back(
    private_data_dir: Path,
) -> None:
    with plain_play(with_name(private_data_dir), HEAVY) as term:
        term.wait_for("Press Enter to begin")
        term.type("")
        term.wait_for("Your number")
        term.type("off")
        shown = term.wait_for("Type /help")
        assert "Check-ins won't be offered again" in shown
    assert not TraineeSettings(Store(private_data_dir), "River").check_ins_offered
    assert "Check-ins are off for River" in run_cli(private_data_dir, "check-ins").stdout

    with plain_play(private_data_dir, HEAVY) as term:  # a new session: not asked
        term.wait_for("Press Enter to begin")
        term.type("")
        assert QUESTION not in term.wait_for("Type /help")

    result = run_cli(private_data_dir, "check-ins", "on")
    assert result.returncode == 0 and "offered again" in result.stdout
    with plain_play(private_data_dir, HEAVY) as term:
        term.wait_for("Press Enter to begin")
        term.type("")
        term.wait_for(QUESTION)


def test_a_gentle_scenario_and_piped_input_are_never_asked(private_data_dir: Path) -> None:
    with plain_play(with_name(private_data_dir), GENTLE) as term:
        term.wait_for("Press Enter to begin")
        term.type("")
        assert QUESTION not in term.wait_for("Type /help")
    # A script's lines are replies, never check-in answers.
    piped = run_cli(private_data_dir, "play", HEAVY, "--plain", input="4\n/leave\n")
    assert piped.returncode == 0
    assert QUESTION not in piped.stdout
    assert journal_entries(Store(private_data_dir), "River") == []


def test_check_ins_setting_from_the_cli_is_per_name_and_forgotten(private_data_dir: Path) -> None:
    with_name(private_data_dir)
    assert run_cli(private_data_dir, "check-ins", "off").returncode == 0
    assert "off for River" in run_cli(private_data_dir, "check-ins").stdout
    assert "on for Ash" in run_cli(private_data_dir, "check-ins", "--trainee", "Ash").stdout
    wrong = run_cli(private_data_dir, "check-ins", "maybe")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr
    assert "'maybe' is not one of 'on', 'off'" in wrong.stderr
    run_cli(private_data_dir, "forget", "--trainee", "River", "--yes", check=True)
    db = Store(private_data_dir).db
    assert db.execute("SELECT COUNT(*) FROM trainee_settings").fetchone()[0] == 0


def test_a_plain_drill_honours_the_setting_and_off_turns_it_off(private_data_dir: Path) -> None:
    """The course path's own plain check-in: 'off' there is the same setting."""
    with_name(private_data_dir)
    heavy = "8"  # crisis and suicide: a unit with content notes
    first = run_cli(private_data_dir, "drill", heavy, "--plain", input="off\nq\n")
    assert QUESTION in first.stdout and "Check-ins won't be offered again" in first.stdout
    assert not TraineeSettings(Store(private_data_dir), "River").check_ins_offered
    again = run_cli(private_data_dir, "drill", heavy, "--plain", input="q\n")
    assert "Content notes for this unit" in again.stdout  # the notes are always shown
    assert QUESTION not in again.stdout
    assert journal_entries(Store(private_data_dir), "River") == []
