"""What keeps the first screen and the first feedback quick (issue 15), tested through what a
person sees: the home screen before the library, the filters and the course path arriving
with it, a scorer warmed in the background while the app answers, the first reply scored by
that warm scorer, and a footer that still follows the focus. (Timing is `make bench-ui`'s.)"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Select
from textual.widgets._footer import FooterKey

from simulator.practice.scoring_process import ScoringProcess
from simulator.store.database import Store
from simulator.store.profiles import Profiles
from simulator.tui.app import PeerPracticeApp, make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.pause import PauseScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.widgets.course_path import CoursePath
from simulator.tui.widgets.feedback import FeedbackPanel
from tests.helpers import ROOT
from tests.tui.test_practice_flow import BAD_DATE, GOOD, app_with_profile, begin, type_reply

SIZES = [(80, 24), (110, 34)]


def footer_words(app: PeerPracticeApp) -> list[str]:
    """The descriptions the footer shows on the current screen."""
    return [key.description for key in app.screen.query(FooterKey)]


async def wait_for(pilot: Any, done: Any, tries: int = 3000) -> None:
    for _ in range(tries):
        if done():
            return
        await pilot.pause(0.01)


@pytest.fixture
def held_warm_up(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Hold the scoring process's warm-up until the event is set (the child still starts)."""
    release = threading.Event()
    warm_up = ScoringProcess.warm_up

    def held(self: ScoringProcess, *args: Any) -> None:
        release.wait(60)
        warm_up(self, *args)

    monkeypatch.setattr(ScoringProcess, "warm_up", held)
    yield release
    release.set()


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "110x34"])
async def test_the_filters_and_the_course_path_arrive_with_the_library(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    Profiles(Store(private_data_dir)).add("River")
    app = make_app(data_dir=private_data_dir, cursor_blink=False, lazy=True)
    load, arrive = app._load, threading.Event()
    assert load is not None

    def held_load():  # type: ignore[no-untyped-def]
        arrive.wait(30)
        return load()

    app._load = held_load
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen) and not home.shown  # up before the library
        assert not home.query(Select) and not home.query(CoursePath)
        await pilot.press("f")  # the filter key with nothing to filter yet: nothing happens
        assert app.screen is home and not app.content_ready
        arrive.set()
        await wait_for(pilot, lambda: bool(home.shown))
        await pilot.pause()
        everything = list(home.shown)
        path = home.query_one(CoursePath)
        assert path.display and "Unit 1 of" in str(path.query_one("#path-text").render())
        await pilot.press("f")
        skill = home.query_one("#skill-filter", Select)
        assert home.focused is skill
        skill.value = "boundaries"
        await pilot.pause()
        assert home.shown and len(home.shown) < len(everything)
        assert all("boundaries" in s.skills for s in home.shown)


async def test_the_scorer_warms_up_in_the_background_while_the_app_answers(
    private_data_dir: Path, held_warm_up: threading.Event
) -> None:
    """As `peer-practice` runs (replies scored in the scoring process): the warm-up starts
    with the content, the pause key works while it runs, and the first reply is scored by
    the child it warmed, not by one started for it."""
    app = app_with_profile(private_data_dir)
    app.score_in_process = True
    try:
        async with app.run_test(size=(110, 34)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen) and not app.scoring_warm.is_set()
            await pilot.press("ctrl+g")
            await pilot.pause()
            assert isinstance(app.screen, PauseScreen)  # while the scorer warms up
            await pilot.click("#resume")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen) and not app.scoring_warm.is_set()
            held_warm_up.set()
            await wait_for(pilot, app.scoring_warm.is_set)
            assert app.scoring_process is not None
            warmed = app.scoring_process._child
            assert warmed is not None and warmed.poll() is None
            await begin(pilot, BAD_DATE)
            await type_reply(pilot, GOOD[0])
            practice = app.screen
            assert isinstance(practice, PracticeScreen)
            assert len(practice.query(FeedbackPanel)) == 1 and len(practice.session.turns) == 1
            assert app.scoring_process._child is warmed
    finally:
        if app.scoring_process is not None:
            app.scoring_process.close()


async def test_a_reply_sent_before_the_warm_up_is_over_still_gets_its_feedback(
    private_data_dir: Path, held_warm_up: threading.Event
) -> None:
    app = app_with_profile(private_data_dir)
    app.score_in_process = True
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await begin(pilot, BAD_DATE)
            await type_reply(pilot, GOOD[0])
            practice = app.screen
            assert isinstance(practice, PracticeScreen)
            assert not app.scoring_warm.is_set()
            assert len(practice.query(FeedbackPanel)) == 1 and practice.session.node_id == "anger"
    finally:
        held_warm_up.set()
        if app.scoring_process is not None:
            app.scoring_process.close()


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "110x34"])
async def test_the_footer_still_follows_what_has_focus(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    """The footer is rebuilt once per refresh and only when its keys change: it must still
    change when they do (Send goes when the reply box does, after the last reply)."""
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "Switch name" in footer_words(app)
        await begin(pilot, BAD_DATE)
        assert "Send" in footer_words(app) and "Switch name" not in footer_words(app)
        practice = app.screen
        assert isinstance(practice, PracticeScreen)
        for reply in GOOD:
            await type_reply(pilot, reply)
        assert practice.session.is_over
        await pilot.pause()
        words = footer_words(app)
        assert "Send" not in words and "Pause" in words
        assert practice.focused is not None and practice.focused.id == "see-ending"


def test_the_garbage_collector_is_back_on_once_the_home_screen_is_painted(
    private_data_dir: Path,
) -> None:
    """`peer-practice` starts without Python's cyclic garbage collector and turns it back on
    (with what start-up made frozen) once the home screen is up."""
    code = (
        "import asyncio, gc\n"
        "from simulator.tui.first_paint import hold_collection\n"
        "hold_collection()\n"
        "assert not gc.isenabled()\n"
        "from simulator.tui.app import make_app\n"
        "async def main():\n"
        "    app = make_app(lazy=True)\n"
        "    async with app.run_test() as pilot:\n"
        "        for _ in range(3000):\n"
        "            if app.content_ready:\n"
        "                break\n"
        "            await pilot.pause(0.01)\n"
        "        print(app.content_ready, gc.isenabled(), gc.get_freeze_count() > 1000)\n"
        "asyncio.run(main())\n"
    )
    env = {**os.environ, "PEER_PRACTICE_DATA_DIR": str(private_data_dir)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True"]
