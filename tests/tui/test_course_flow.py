"""The course path in the app, driven as a trainee would (App.run_test + Pilot): the path on
home, the lesson, drills with feedback and spaced repetition, the check-in and its gentle
choices, the check-out, the support card from every screen, and the journal."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Button, OptionList, Static

from simulator.practice.course_store import journal_entries
from simulator.store.database import Store
from simulator.store.profiles import Profiles
from simulator.tui.app import PeerPracticeApp, make_app
from simulator.tui.screens.course import CourseScreen, UnitScreen
from simulator.tui.screens.drill import DrillFeedback, DrillScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.lesson import LessonScreen
from simulator.tui.screens.pause import PauseScreen
from simulator.tui.screens.wellbeing import (
    CheckInScreen,
    CheckOutScreen,
    LowCheckInScreen,
    ReflectionScreen,
    SupportScreen,
)
from simulator.tui.widgets.conversation import PeerLine
from simulator.tui.widgets.reply_box import ReplyBox

SIZE = (100, 30)


def app_for(data_dir: Path) -> PeerPracticeApp:
    Profiles(Store(data_dir)).add("River")
    return make_app(data_dir=data_dir, cursor_blink=False)


def shown(widget: Static) -> str:
    console = Console(width=200, file=io.StringIO(), color_system=None)
    console.print(widget.content if hasattr(widget, "content") else widget.render())
    return console.file.getvalue()  # type: ignore[attr-defined]


def screen_text(app: PeerPracticeApp) -> str:
    """The text of the screen's Statics and list options, as a person would read it."""
    options = [str(o.prompt) for lst in app.screen.query(OptionList) for o in lst.options]
    return "\n".join([*(shown(w) for w in app.screen.query(Static)), *options])


def course(app: PeerPracticeApp):  # type: ignore[no-untyped-def]
    found = app.course_flow.course
    assert found is not None
    return found


async def answer(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type and send a reply, and wait while it is scored in the background (as a person
    waits for the feedback)."""
    screen = pilot.app.screen
    screen.query_one(ReplyBox).insert(text)
    await pilot.press("enter")
    await pilot.pause()
    for _ in range(1000):
        if getattr(screen, "scoring", None) is None:
            break
        await pilot.pause(0.01)
    await pilot.pause()


def good_reply(screen: DrillScreen) -> str:
    item = screen.run.current
    assert item is not None
    return next(e.reply for e in item.examples if e.quality == "good")


async def test_home_shows_the_path_and_continue_opens_the_lesson(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        path = shown(app.screen.query_one("#path-text", Static))
        assert "Unit 1 of 10: Being present and listening" in path
        assert "Next: read the short lesson" in path
        await pilot.click("#path-continue")
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        text = screen_text(app)
        for heading in ("What it is", "Why it matters for peers", "How to do it", "Examples"):
            assert heading in text
        assert "✓ Good" in text and "✗ Poor" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen)
        assert "✓ Lesson" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Next: a quick drill set" in shown(app.screen.query_one("#path-text", Static))


async def test_a_missed_drill_item_comes_back_in_a_later_set(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        unit = course(app).units[1]
        app.course_flow.start_drill(unit)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        missed = None
        for n in range(len(screen.run.items)):
            if n == 1:
                missed = screen.run.current
                await answer(pilot, "Why did that happen?")
            else:
                await answer(pilot, good_reply(screen))
        marks = [shown(f).lstrip()[0] for f in screen.query(DrillFeedback)]
        assert marks == ["✓", "○", "✓", "✓", "✓", "✓"]
        assert "You did 5 of 6 well" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        app.course_flow.open_unit(unit)
        await pilot.pause()
        assert "1 to work on, first in the next set" in screen_text(app)
        app.course_flow.start_drill(unit)
        await pilot.pause()
        again = app.screen
        assert isinstance(again, DrillScreen) and again is not screen
        assert missed is not None
        first_line = shown(again.query(PeerLine).first())
        assert missed.peer[0][:40] in first_line.replace("\n", " ")


async def test_drill_feedback_is_on_the_units_skill_and_instant(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.course_flow.start_drill(course(app).units[4])  # boundaries
        await pilot.pause()
        await answer(pilot, "If I were you I'd just give him my number, text me any time.")
        feedback = shown(app.screen.query(DrillFeedback).last())
        assert feedback.startswith("○ Boundaries:")
        assert "Next step" in feedback and "One way to say it" in feedback
        assert len(app.screen.query(PeerLine)) == 2  # the next line came at once


async def test_drill_strength_quotes_the_trainees_words_without_a_trailing_comma(
    private_data_dir: Path,
) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.course_flow.start_drill(course(app).units[0])  # validation
        await pilot.pause()
        await answer(
            pilot,
            "Haggling all week sounds exhausting, you are worn out from defending your rates.",
        )
        feedback = shown(app.screen.query(DrillFeedback).last())
        assert feedback.startswith("✓ Validation")
        assert "Your words: “" in feedback
        assert ",”" not in feedback and ";”" not in feedback


async def test_a_low_check_in_offers_the_pause_a_lighter_unit_or_stopping(
    private_data_dir: Path,
) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        heavy = course(app).units[2]
        assert heavy.content_notes
        app.course_flow.open_unit(heavy)
        await pilot.pause()
        assert isinstance(app.screen, CheckInScreen)
        await pilot.press("1")
        await pilot.click("#continue")
        await pilot.pause()
        assert isinstance(app.screen, LowCheckInScreen)
        labels = [str(b.label) for b in app.screen.query(Button)]
        assert labels[0] == "Take a grounding pause"
        assert labels[1].startswith("Try a lighter unit: Being present")
        assert labels[2:] == ["Stop for today", "Carry on"]
        await pilot.click("#pause")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen) and app.screen.unit is heavy
        # The check-in is kept in the private journal, with the number given.
        assert [(e.kind, e.rating) for e in journal_entries(app.store, "River")] == [
            ("check-in", 1)
        ]


async def test_stopping_for_today_goes_home_without_judgement(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.course_flow.open_unit(course(app).units[7])
        await pilot.pause()
        await pilot.press("2")
        await pilot.click("#continue")
        await pilot.pause()
        await pilot.click("#stop")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_a_good_check_in_goes_straight_on_and_is_asked_once(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.course_flow.open_unit(course(app).units[2])
        await pilot.pause()
        await pilot.press("4")
        await pilot.click("#continue")
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen)
        await pilot.press("escape")
        app.course_flow.open_unit(course(app).units[3])
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen)


async def test_a_heavy_drill_set_ends_with_a_check_out(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.course_flow.checked_in = True
        app.course_flow.start_drill(course(app).units[8])
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        for _ in range(len(screen.run.items)):
            await answer(pilot, good_reply(screen))
        assert isinstance(app.screen, CheckOutScreen)
        text = screen_text(app)
        assert "Breathe in for 4" in text and "candle" in text


async def test_the_support_card_is_one_key_away_on_every_screen(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()

        async def support_shows() -> None:
            await pilot.press("f3")
            await pilot.pause()
            assert isinstance(app.screen, SupportScreen)
            text = screen_text(app)
            assert "9-8-8" in text and "replace" in text
            await pilot.press("escape")
            await pilot.pause()

        await support_shows()  # home
        app.course_flow.show_course()
        await pilot.pause()
        assert isinstance(app.screen, CourseScreen)
        await support_shows()
        await pilot.press("enter")  # the first unit
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen)
        await support_shows()
        await pilot.press("l")
        await pilot.pause()
        await support_shows()
        await pilot.press("d")  # from the lesson: drill it
        await pilot.pause()
        assert isinstance(app.screen, DrillScreen)
        await support_shows()  # even while typing a reply
        # And from the pause screen, next to the pause key.
        await pilot.press("ctrl+g")
        await pilot.pause()
        await pilot.click("#support")
        await pilot.pause()
        assert isinstance(app.screen, SupportScreen)


async def test_a_reflection_goes_to_the_private_journal(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        unit = course(app).units[0]
        app.course_flow.open_unit(unit)
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReflectionScreen)
        await pilot.press(*"She waited [bold]quietly[/]")
        await pilot.click("#save")
        await pilot.pause()
        entries = journal_entries(app.store, "River")
        assert [(e.kind, e.entry, e.unit_id) for e in entries] == [
            ("reflection", "She waited [bold]quietly[/]", unit.id)
        ]
        assert "✓ Reflection" in screen_text(app)


async def test_the_lesson_comes_before_a_units_first_practice(private_data_dir: Path) -> None:
    """`peer-practice drill 2` in a terminal opens the app on unit 2's drill; the first time,
    the lesson comes first and its main button goes on to the drill."""
    Profiles(Store(private_data_dir)).add("River")
    app = make_app(data_dir=private_data_dir, cursor_blink=False, drill="2")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LessonScreen)
        button = app.screen.query_one("#drill", Button)
        assert str(button.label) == "Drill it now"
        button.press()
        await pilot.pause()
        assert isinstance(app.screen, DrillScreen)
        assert app.screen.run.unit.id == course(app).units[1].id
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen)
        await pilot.press("d")  # the lesson was read: straight to the drill now
        await pilot.pause()
        assert isinstance(app.screen, DrillScreen)


async def test_the_journal_shows_entries_literally_newest_first(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        progress = app.course_flow.progress_store
        progress.add_journal("check-in", "tired [red]but here[/]", rating=3)
        progress.add_journal("reflection", "Waiting helps.", prompt="What helped?")
        app.course_flow.show_journal()
        await pilot.pause()
        entries = [shown(w) for w in app.screen.query(".journal-entry").results(Static)]
        assert "Reflection" in entries[0] and "What helped?" in entries[0]
        assert "tired [red]but here[/]" in entries[1] and "(arriving: 3 of 5)" in entries[1]


async def test_the_app_follows_a_facilitators_own_course(
    private_data_dir: Path, tmp_path: Path
) -> None:
    from tests.helpers import ROOT

    own = tmp_path / "our-courses"
    own.mkdir()
    text = (ROOT / "courses" / "peer-counselling-basics.yaml").read_text(encoding="utf-8")
    (own / "ours.yaml").write_text(
        text.replace("title: Being present and listening", "title: Showing up"), encoding="utf-8"
    )
    Profiles(Store(private_data_dir)).add("River")
    app = make_app(data_dir=private_data_dir, cursor_blink=False, courses=own)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Unit 1 of 10: Showing up" in shown(app.screen.query_one("#path-text", Static))


async def test_on_a_shared_computer_a_guest_keeps_no_journal(private_data_dir: Path) -> None:
    """`serve` on a training room's computer: without a name nothing private is kept, or
    the next person at the tab would read it."""
    app = make_app(data_dir=private_data_dir, cursor_blink=False, shared=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # no name
        await pilot.pause()
        assert app.trainee is None
        app.course_flow.reflect(course(app).units[0])
        await pilot.pause()
        await pilot.press(*"private words")
        await pilot.click("#save")
        await pilot.pause()
        assert journal_entries(app.store) == []
        app.course_flow.show_journal()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_after_a_set_n_starts_another_and_n_types_while_replying(
    private_data_dir: Path,
) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.course_flow.start_drill(course(app).units[1])
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        await pilot.press(*"no n")
        assert screen.query_one(ReplyBox).text == "no n"
        screen.query_one(ReplyBox).clear()
        for _ in range(len(screen.run.items)):
            await answer(pilot, good_reply(screen))
        assert "Press N for another set" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, DrillScreen) and app.screen is not screen
        assert app.screen.run.set_number == 2


async def test_the_lighter_unit_opens_even_over_the_same_unit(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        gentle, heavy = course(app).units[0], course(app).units[2]
        app.course_flow.open_unit(gentle)
        await pilot.pause()
        app.course_flow.open_unit(heavy)
        await pilot.pause()
        await pilot.press("1")
        await pilot.click("#continue")
        await pilot.pause()
        await pilot.click("#lighter")
        await pilot.pause()
        assert isinstance(app.screen, UnitScreen) and app.screen.unit is gentle
