"""The optional check-in before a scenario with content notes, wherever it is started: from
the library (the home screen's list) as on the course path, driven as a trainee would
(App.run_test + Pilot), at 80x24 and 110x34. Skippable in one key, never a gate, nothing
kept unless answered, and a setting to stop the offer that is remembered between sessions."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button

from simulator.practice.course_store import journal_entries
from simulator.practice.trainee_settings import TraineeSettings
from simulator.store.database import Store
from simulator.tui.screens.course import UnitScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.pause import PauseScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.screens.start import StartScreen
from simulator.tui.screens.wellbeing import CheckInScreen, LowCheckInScreen
from tests.tui.test_course_flow import screen_text
from tests.tui.test_practice_flow import BAD_DATE, MEET, WARM_UP, app_with_profile, open_scenario

SMALL, LARGE = (80, 24), (110, 34)
BOTH = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "110x34"])


async def begin_from_library(pilot, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    await open_scenario(pilot, scenario_id)
    assert isinstance(pilot.app.screen, StartScreen)
    assert "Content notes:" in screen_text(pilot.app)
    await pilot.press("enter")  # Begin
    await pilot.pause()


def check_ins(data_dir: Path, name: str = "River") -> list[tuple[str, int | None, str]]:
    return [(e.kind, e.rating, e.entry) for e in journal_entries(Store(data_dir), name)]


@BOTH
async def test_the_library_offers_the_check_in_and_escape_skips_it(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await begin_from_library(pilot, BAD_DATE)
        assert isinstance(app.screen, CheckInScreen)
        text = screen_text(app)
        # The course path's own words and options.
        assert "How are you arriving today?" in text
        assert "never scored, and you can skip it" in text
        labels = [str(b.label) for b in app.screen.query(Button)]
        assert labels == ["1", "2", "3", "4", "5", "Continue", "Skip", "Don't offer check-ins"]
        # Every button is on screen, even at 80x24.
        for button in app.screen.query(Button):
            region = button.region
            assert region.width and region.bottom <= size[1] and region.right <= size[0]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session.scenario.id == BAD_DATE
    assert check_ins(private_data_dir) == []  # skipped: nothing kept


@BOTH
async def test_a_library_check_in_is_kept_and_a_low_one_offers_the_same_choices(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await begin_from_library(pilot, BAD_DATE)
        await pilot.press("2")
        app.screen.query_one("#check-in-words").value = "tired [b]today[/b]"  # type: ignore[attr-defined]
        await pilot.click("#continue")
        await pilot.pause()
        assert isinstance(app.screen, LowCheckInScreen)
        labels = [str(b.label) for b in app.screen.query(Button)]
        assert labels[0] == "Take a grounding pause"
        assert labels[1].startswith("Try a lighter unit: ")
        assert labels[2:] == ["Stop for today", "Carry on"]
        await pilot.click("#pause")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
        await pilot.press("escape")  # back from the pause: on into the scenario chosen
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session.scenario.id == BAD_DATE
    # Filed like a course check-in, words kept literally, under the unit that practises it.
    assert check_ins(private_data_dir) == [("check-in", 2, "tired [b]today[/b]")]
    entry = journal_entries(Store(private_data_dir), "River")[0]
    assert entry.prompt == "How are you arriving today?" and entry.unit_id


async def test_stopping_for_today_from_the_library_goes_home(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SMALL) as pilot:
        await begin_from_library(pilot, MEET)
        await pilot.press("1")
        await pilot.click("#continue")
        await pilot.pause()
        await pilot.click("#stop")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert not any(isinstance(s, PracticeScreen) for s in app.screen_stack)


async def test_a_gentle_scenario_starts_without_a_check_in(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SMALL) as pilot:
        await open_scenario(pilot, WARM_UP)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)


async def test_the_check_in_is_offered_once_a_sitting_whichever_path(
    private_data_dir: Path,
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        heavy = app.course_flow.course.units[2]  # type: ignore[union-attr]
        app.course_flow.open_unit(heavy)
        await pilot.pause()
        await pilot.press("4")
        await pilot.click("#continue")
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen)
        await pilot.press("escape")
        await pilot.pause()
        await begin_from_library(pilot, BAD_DATE)
        assert isinstance(app.screen, PracticeScreen)  # asked once already this sitting


@BOTH
async def test_dont_offer_check_ins_is_remembered_and_can_be_undone(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await begin_from_library(pilot, BAD_DATE)
        await pilot.click("#check-ins-off")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)  # never a gate: on into the scenario
    assert not TraineeSettings(Store(private_data_dir), "River").check_ins_offered
    assert check_ins(private_data_dir) == []

    # A new session (a new app on the same folder): not offered, from the library or the path.
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await begin_from_library(pilot, MEET)
        assert isinstance(app.screen, PracticeScreen)
        app.go_home()
        app.course_flow.open_unit(app.course_flow.course.units[7])  # type: ignore[union-attr]
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen)
        # Another name on this computer still gets the offer.
        app.trainee = "Ash"
        assert app.course_flow.check_ins_offered
        app.trainee = "River"
        # The command palette turns it back on.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Check-ins")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
    settings = TraineeSettings(Store(private_data_dir), "River")
    assert settings.check_ins_offered and settings.get("check_ins") is None  # default again

    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await begin_from_library(pilot, MEET)
        assert isinstance(app.screen, CheckInScreen)


async def test_a_guest_on_a_shared_computer_turns_check_ins_off_for_the_sitting_only(
    private_data_dir: Path,
) -> None:
    from simulator.tui.app import make_app

    app = make_app(data_dir=private_data_dir, cursor_blink=False, shared=True)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # no name chosen
        await pilot.pause()
        await begin_from_library(pilot, BAD_DATE)
        await pilot.click("#check-ins-off")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert not app.course_flow.check_ins_offered
    db = Store(private_data_dir).db
    assert db.execute("SELECT COUNT(*) FROM trainee_settings").fetchone()[0] == 0
