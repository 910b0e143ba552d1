"""The optional check-in before a pair or room session whose scenario has content notes, as
before a scenario alone (#13): the same question and choices, skipped with Escape, kept in
the journal when answered, asked once a sitting, and not offered when turned off. Driven as
people would (App.run_test + Pilot) at 80x24 and 110x34."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Input

from simulator.practice.trainee_settings import TraineeSettings
from simulator.store.database import Store
from simulator.store.profiles import Profiles
from simulator.tui.app import make_app
from simulator.tui.screens.pair import PairScreen, PairSetupScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.screens.start import StartScreen
from simulator.tui.screens.wellbeing import CheckInScreen
from tests.tui.test_check_in_everywhere import check_ins
from tests.tui.test_course_flow import screen_text
from tests.tui.test_practice_flow import BAD_DATE, WARM_UP, highlight
from tests.tui.test_room_flow import seated, wait_until

SMALL, LARGE = (80, 24), (110, 34)
BOTH = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "110x34"])


def app_for(data_dir: Path):  # type: ignore[no-untyped-def]
    Profiles(Store(data_dir)).add("River")
    return make_app(data_dir=data_dir, cursor_blink=False)


async def set_up_pair(pilot, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Y on the scenario, the peer-player's name, the counsellor's, no observer."""
    await highlight(pilot, scenario_id)
    await pilot.press("ctrl+y")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PairSetupScreen)
    await pilot.press(*"Ash", "enter", "enter", "enter")
    await pilot.pause()


async def start_room(pilot, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+B on the scenario, start a room as the counsellor, Begin on the content notes."""
    await highlight(pilot, scenario_id)
    await pilot.press("ctrl+b")
    await pilot.pause()
    pilot.app.screen.query_one("#room-name", Input).value = "River"
    pilot.app.screen.query_one("#room-role").value = "counsellor"
    await pilot.click("#start")
    await pilot.pause()
    assert isinstance(pilot.app.screen, StartScreen)
    await pilot.press("enter")
    await pilot.pause()


def all_buttons_on_screen(app, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    for button in app.screen.query(Button):
        region = button.region
        assert region.width and region.bottom <= size[1] and region.right <= size[0], button


@BOTH
async def test_a_pair_session_offers_the_check_in_and_escape_goes_on_into_it(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await set_up_pair(pilot, BAD_DATE)
        assert isinstance(app.screen, CheckInScreen)
        assert "How are you arriving today?" in screen_text(app)
        labels = [str(b.label) for b in app.screen.query(Button)]
        assert labels == ["1", "2", "3", "4", "5", "Continue", "Skip", "Don't offer check-ins"]
        all_buttons_on_screen(app, size)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PairScreen)
        assert app.screen.pair.scenario.id == BAD_DATE
    assert check_ins(private_data_dir) == []  # skipped: nothing kept


@BOTH
async def test_a_room_offers_the_check_in_before_taking_the_seat_and_keeps_an_answer(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await start_room(pilot, BAD_DATE)
        assert isinstance(app.screen, CheckInScreen)
        all_buttons_on_screen(app, size)
        store = Store(private_data_dir)
        assert store.db.execute("SELECT COUNT(*) FROM rooms").fetchone()[0] == 0
        await pilot.press("4")
        app.screen.query_one("#check-in-words", Input).value = "okay [b]ish[/b]"
        await pilot.click("#continue")
        screen = await seated(pilot, app)
        assert screen.room is not None and screen.pair.scenario.id == BAD_DATE
    assert check_ins(private_data_dir) == [("check-in", 4, "okay [b]ish[/b]")]


async def test_a_gentle_scenario_pairs_without_a_check_in(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SMALL) as pilot:
        await set_up_pair(pilot, WARM_UP)
        assert isinstance(app.screen, PairScreen)


async def test_asked_once_a_sitting_across_pair_and_library(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=LARGE) as pilot:
        await set_up_pair(pilot, BAD_DATE)
        await pilot.press("escape")  # skipped: that counts as asked
        await pilot.pause()
        assert isinstance(app.screen, PairScreen)
        app.go_home()
        await pilot.pause()
        await set_up_pair(pilot, BAD_DATE)
        assert isinstance(app.screen, PairScreen)
        app.go_home()
        await pilot.pause()
        await highlight(pilot, BAD_DATE)
        await pilot.press("enter", "enter")
        await wait_until(pilot, lambda: isinstance(app.screen, PracticeScreen))


@BOTH
async def test_turned_off_no_check_in_before_a_pair_or_a_room(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    app = app_for(private_data_dir)
    TraineeSettings(Store(private_data_dir), "River").offer_check_ins(False)
    async with app.run_test(size=size) as pilot:
        await set_up_pair(pilot, BAD_DATE)
        assert isinstance(app.screen, PairScreen)
        app.go_home()
        await pilot.pause()
        await start_room(pilot, BAD_DATE)
        assert not isinstance(app.screen, CheckInScreen)
        await seated(pilot, app)
