"""The UI never waits on scoring (issue 16): a reply is scored in the background, the pause
key and quitting work meanwhile, and a reply that takes too long is set aside kindly."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from simulator.scoring import ScoreResult
from simulator.tui.screens.pause import PauseScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.widgets.conversation import Note
from simulator.tui.widgets.feedback import FeedbackPanel
from simulator.tui.widgets.reply_box import ReplyBox
from tests.tui.test_practice_flow import BAD_DATE, GOOD, app_with_profile, begin, plain

SIZE = (80, 24)


class SlowScorer:
    """The real scorer, made to take `delay` seconds per reply (released by `go`)."""

    def __init__(self, scorer: Any, delay: float) -> None:
        self.scorer = scorer
        self.delay = delay
        self.go = threading.Event()
        self.started = threading.Event()

    def score(self, *args: Any, **kwargs: Any) -> ScoreResult:
        self.started.set()
        self.go.wait(self.delay)
        return self.scorer.score(*args, **kwargs)  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.scorer, name)


async def send_slowly(pilot, delay: float) -> SlowScorer:  # type: ignore[no-untyped-def]
    screen = pilot.app.screen
    assert isinstance(screen, PracticeScreen)
    slow = SlowScorer(screen.session.scorer, delay)
    screen.session.scorer = slow  # type: ignore[assignment]
    screen.query_one(ReplyBox).insert(GOOD[0])
    await pilot.press("enter")
    for _ in range(200):
        if slow.started.is_set():
            break
        await pilot.pause(0.01)
    assert slow.started.is_set() and screen.scoring is not None
    return slow


async def test_the_pause_key_works_while_a_slow_reply_is_scored(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot, BAD_DATE)
        practice = app.screen
        slow = await send_slowly(pilot, delay=30)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)  # while the reply is still being read
        assert practice.scoring is not None
        await pilot.press("f2")  # pressing it again does nothing odd
        slow.go.set()
        for _ in range(300):
            if practice.scoring is None:
                break
            await pilot.pause(0.01)
        await pilot.click("#resume")
        await pilot.pause(0.1)
        assert app.screen is practice
        assert len(practice.query(FeedbackPanel)) == 1 and practice.session.node_id == "anger"


async def test_a_second_send_while_scoring_waits_its_turn(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot, BAD_DATE)
        slow = await send_slowly(pilot, delay=30)
        app.screen.query_one(ReplyBox).insert("and another thing")
        await pilot.press("enter")
        await pilot.pause()
        assert any("Still reading your last reply" in n.message for n in app._notifications)
        assert app.screen.query_one(ReplyBox).text == "and another thing"  # kept, not lost
        slow.go.set()


async def test_a_reply_that_takes_too_long_is_set_aside_kindly(
    private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PracticeScreen, "SLOW_NOTICE", 0.1)
    monkeypatch.setattr(PracticeScreen, "SCORING_BUDGET", 3.0)
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot, BAD_DATE)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        real = practice.session.scorer
        slow = await send_slowly(pilot, delay=30)
        for _ in range(300):  # a note while it is being read
            if any("Reading your reply" in plain(n) for n in practice.query(Note)):
                break
            await pilot.pause(0.01)
        assert practice.scoring is not None
        assert "Reading your reply" in plain(practice.query(Note).last())
        for _ in range(1000):  # then, at the budget, set aside
            if practice.scoring is None:
                break
            await pilot.pause(0.01)
        assert practice.scoring is None
        notes = [plain(n) for n in practice.query(Note)]
        assert any("taking too long" in n and "Nothing is lost" in n for n in notes)
        assert not any("Reading your reply" in n for n in notes)
        assert practice.query_one(ReplyBox).text == GOOD[0]  # back in the box
        assert practice.session.turns == []
        # Practice goes on: the late result is ignored and the next reply is scored.
        practice.session.scorer = real
        slow.go.set()
        await pilot.pause(0.1)
        assert practice.session.turns == []
        await pilot.press("enter")
        for _ in range(300):
            if practice.scoring is None and practice.session.turns:
                break
            await pilot.pause(0.01)
        assert len(practice.session.turns) == 1 and practice.query(FeedbackPanel)


async def test_quitting_works_while_a_reply_is_scored(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot, BAD_DATE)
        slow = await send_slowly(pilot, delay=30)
        started = time.monotonic()
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert time.monotonic() - started < 5
    assert app.return_code == 0
    slow.go.set()


async def test_leaving_while_a_reply_is_scored_does_not_take_it_afterwards(
    private_data_dir: Path,
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot, BAD_DATE)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        slow = await send_slowly(pilot, delay=30)
        await pilot.press("ctrl+l", "ctrl+l")
        await pilot.pause()
        assert practice.session.is_over
        slow.go.set()
        await pilot.pause(0.2)
        assert practice.session.turns == []


async def test_in_a_scoring_process_pause_works_and_the_budget_holds(
    private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `peer-practice` runs: replies scored in a child process. One that never answers
    (a stand-in for a reply that makes a pattern backtrack) doesn't stop the pause key, and
    at the budget the child is stopped and practice goes on."""
    import sys

    from simulator.practice.scoring_process import ScoringProcess
    from tests.test_scoring_process import STUCK

    monkeypatch.setattr(PracticeScreen, "SCORING_BUDGET", 5.0)
    app = app_with_profile(private_data_dir)
    app.score_in_process = True
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot, BAD_DATE)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        app.scoring_process = ScoringProcess(app.rubrics, command=[sys.executable, "-c", STUCK])
        practice.query_one(ReplyBox).insert("I hear you." + "\n" * 600 + "ok")
        await pilot.press("enter", "ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen) and practice.scoring is not None
        await pilot.click("#resume")
        for _ in range(1000):
            if practice.scoring is None:
                break
            await pilot.pause(0.02)
        assert practice.scoring is None and practice.session.turns == []
        assert any("taking too long" in plain(n) for n in practice.query(Note))
        for _ in range(500):  # and the child is stopped at its own deadline
            if app.scoring_process._child is None:
                break
            await pilot.pause(0.02)
        assert app.scoring_process._child is None
        app.scoring_process.close()
