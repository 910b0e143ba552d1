"""Which screen `peer-practice`, `play` and `drill` open in a terminal: the app, told what to show.

In a terminal each of the three opens the app (`run_app`) on what was asked for: the home screen,
the chosen scenario (a file as a file), or the unit's drill with the courses folder; `--plain` or
a pipe keeps the line-based mode. The three share one "open the app or fall back" helper, so a
slip there would send a trainee to the wrong screen. The real terminal run is test_launch's; here
`run_app` is replaced by a recorder and stdin/stdout claim to be a terminal.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

import simulator.tui.app
from simulator.cli import main
from tests.helpers import ROOT


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, private_data_dir: Path) -> list[dict[str, Any]]:
    """The calls to `run_app` (`_run` makes stdin and stdout a pretend terminal)."""
    calls: list[dict[str, Any]] = []

    def record(*args: Any, **kwargs: Any) -> None:
        calls.append({"args": args, **kwargs})

    monkeypatch.setattr(simulator.tui.app, "run_app", record)
    return calls


def _run(*args: str, stdin: io.StringIO | None = None) -> None:
    """`peer-practice ARGS` in this process; stdin and stdout a terminal unless `stdin` is given.

    (Set here, not in the fixture: pytest puts its own capture back on sys.stdout for the call.)
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", _Terminal() if stdin is None else stdin)
        patch.setattr(sys, "stdout", _Terminal())
        main.main(list(args), prog_name="peer-practice", standalone_mode=False)


def test_peer_practice_alone_opens_the_home_screen(opened: list[dict[str, Any]]) -> None:
    courses = str(ROOT / "courses")
    _run("--courses", courses)
    [call] = opened
    assert call.get("start") is None and call.get("drill") is None and call.get("file") is None
    assert call.get("courses") == Path(courses)
    assert not call.get("shared")


def test_the_hidden_tui_flag_opens_the_app_for_a_shared_computer(
    opened: list[dict[str, Any]],
) -> None:
    _run("--tui", "--shared", stdin=io.StringIO())  # serve's pipes, not a terminal
    [call] = opened
    assert call.get("shared") is True


def test_play_opens_the_chosen_scenario(opened: list[dict[str, Any]]) -> None:
    _run("play", "bad-date-next-steps")
    [call] = opened
    assert call.get("start") == "bad-date-next-steps"
    assert call.get("file") is None
    assert call.get("drill") is None


def test_play_opens_the_app_with_the_courses_folder(opened: list[dict[str, Any]]) -> None:
    """`--courses DIR play X` in a terminal: the app's check-in and support card come from
    that folder, as they do in plain mode and for `drill` (play left it out until stop 12)."""
    courses = str(ROOT / "courses")
    _run("--courses", courses, "play", "bad-date-next-steps")
    [call] = opened
    assert call.get("courses") == Path(courses)


def test_play_of_a_file_opens_that_file(opened: list[dict[str, Any]]) -> None:
    path = str(ROOT / "scenarios" / "bad-date-next-steps.yaml")
    _run("play", path)
    [call] = opened
    assert call.get("start") == "bad-date-next-steps"
    assert call.get("file") == Path(path)


def test_drill_opens_the_units_drill_with_the_courses_folder(
    opened: list[dict[str, Any]],
) -> None:
    courses = str(ROOT / "courses")
    _run("--courses", courses, "drill", "1")
    [call] = opened
    assert call.get("drill")  # the unit's id
    assert call.get("start") is None
    assert call.get("courses") == Path(courses)


def test_plain_or_a_pipe_keeps_the_line_based_mode(opened: list[dict[str, Any]]) -> None:
    _run("--plain")  # no answer on stdin: the plain chooser quits
    _run(stdin=io.StringIO())
    assert opened == []
