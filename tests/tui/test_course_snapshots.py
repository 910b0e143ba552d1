"""SVG snapshots of the course path's key screens, at 100x30 and at 80x24 (cursor blink
frozen): the home path, the lesson, a drill with feedback, and the check-in.

Update after an intended change with `pytest tests/tui/test_course_snapshots.py
--snapshot-update` and look at the SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.store.database import Store
from simulator.store.profiles import Profiles
from simulator.tui.app import make_app
from simulator.tui.widgets.reply_box import ReplyBox

SIZES = {"100x30": (100, 30), "80x24": (80, 24)}


def app_for(data_dir: Path):  # type: ignore[no-untyped-def]
    Profiles(Store(data_dir)).add("River")
    return make_app(data_dir=data_dir, cursor_blink=False)


@pytest.mark.parametrize("size", SIZES)
def test_home_path(snap_compare, private_data_dir: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        app = pilot.app
        course = app.course_flow.course
        progress = app.course_flow.progress_store
        for unit in course.units[:2]:
            progress.lesson_read(course.id, unit.id)
        progress.finish_drill_set(course.id, course.units[0].id, 5, 6)
        progress.add_journal("reflection", "x", course_id=course.id, unit_id=course.units[0].id)
        app.screen.query_one("CoursePath").refresh_path()
        await pilot.pause()

    assert snap_compare(app_for(private_data_dir), terminal_size=SIZES[size], run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_lesson(snap_compare, private_data_dir: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        pilot.app.course_flow.show_lesson(pilot.app.course_flow.course.units[3])
        await pilot.pause()

    assert snap_compare(app_for(private_data_dir), terminal_size=SIZES[size], run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_drill_with_feedback(snap_compare, private_data_dir: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        pilot.app.course_flow.start_drill(pilot.app.course_flow.course.units[3])
        await pilot.pause()
        pilot.app.screen.query_one(ReplyBox).insert(
            "Anyone would be shaken after that, it makes sense you were scared."
        )
        await pilot.press("enter")
        for _ in range(1000):  # scored in the background
            if pilot.app.screen.scoring is None:
                break
            await pilot.pause(0.01)
        await pilot.pause()

    assert snap_compare(app_for(private_data_dir), terminal_size=SIZES[size], run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_check_in(snap_compare, private_data_dir: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        pilot.app.course_flow.open_unit(pilot.app.course_flow.course.units[7])
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()

    assert snap_compare(app_for(private_data_dir), terminal_size=SIZES[size], run_before=run_before)


LIBRARY_SIZES = {"110x34": (110, 34), "80x24": (80, 24)}


@pytest.mark.parametrize("size", LIBRARY_SIZES)
def test_check_in_from_the_library(snap_compare, private_data_dir: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    """The same check-in, offered after Begin on a scenario with content notes started from
    the home screen's library."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        from tests.tui.test_practice_flow import BAD_DATE, open_scenario

        await open_scenario(pilot, BAD_DATE)
        await pilot.press("enter")  # Begin
        await pilot.pause()
        await pilot.press("4")
        await pilot.pause()

    assert snap_compare(
        app_for(private_data_dir), terminal_size=LIBRARY_SIZES[size], run_before=run_before
    )
