"""The terminal UI driven with the keyboard, as a trainee would (App.run_test + Pilot)."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Static

from simulator.store.database import Store
from simulator.store.profiles import Profiles
from simulator.tui.app import PeerPracticeApp, make_app
from simulator.tui.screens.end import EndScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.pause import PauseScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.screens.profile import ProfileScreen
from simulator.tui.screens.start import StartScreen
from simulator.tui.widgets.conversation import Note, PeerLine, TraineeLine
from simulator.tui.widgets.feedback import FeedbackPanel
from simulator.tui.widgets.reply_box import ReplyBox
from tests.helpers import skip_check_in

SIZE = (100, 30)
GOOD = [
    "It sounds like he really scared you, and you're still shaking.",
    "You're torn: you want to warn other workers, and you're scared he'll find out it was you.",
    "You already know a way to warn people and keep your name out of it.",
]


def app_with_profile(data_dir: Path, name: str = "River") -> PeerPracticeApp:
    Profiles(Store(data_dir)).add(name)
    return make_app(data_dir=data_dir, cursor_blink=False)


def plain(widget: Static) -> str:
    """The text a Static shows, as a person would read it."""
    console = Console(width=120, file=io.StringIO(), color_system=None)
    console.print(widget.content if hasattr(widget, "content") else widget.render())
    return console.file.getvalue()  # type: ignore[attr-defined]


WARM_UP, BAD_DATE, MEET = "warm-up-long-week", "bad-date-next-steps", "asking-to-meet-outside"


async def highlight(pilot, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    """Move the home screen's highlight down the library list to this scenario."""
    await pilot.pause()
    home = pilot.app.screen
    assert isinstance(home, HomeScreen)
    for _ in range([s.id for s in home.shown].index(scenario_id)):
        await pilot.press("down")


async def open_scenario(pilot, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    """Move down the library list to the scenario and press Enter, as a person would."""
    await highlight(pilot, scenario_id)
    await pilot.press("enter")
    await pilot.pause()


async def begin(pilot, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    """Open the scenario, press Begin on its content notes, and skip the check-in."""
    await open_scenario(pilot, scenario_id)
    await pilot.press("enter")
    await pilot.pause()
    await skip_check_in(pilot)


async def begin_without_scores(pilot, scenario_id: str) -> None:  # type: ignore[no-untyped-def]
    """`begin`, with "Practise without scores" ticked on the content notes first."""
    await open_scenario(pilot, scenario_id)
    await pilot.click("#no-scores")
    await pilot.click("#begin")
    await pilot.pause()
    await skip_check_in(pilot)


async def type_reply(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Put the reply in the box (as a paste would), press Enter to send it, and wait while
    it is scored in the background (as a person would wait for the feedback)."""
    screen = pilot.app.screen
    screen.query_one(ReplyBox).insert(text)
    await pilot.press("enter")
    await pilot.pause()
    for _ in range(1000):
        if getattr(screen, "scoring", None) is None:
            break
        await pilot.pause(0.01)
    await pilot.pause()


async def see_ending(pilot) -> None:  # type: ignore[no-untyped-def]
    """After the last reply its feedback stays on screen; Enter on "See how it went"."""
    assert pilot.app.screen.focused is not None and pilot.app.screen.focused.id == "see-ending"
    await pilot.press("enter")
    await pilot.pause(0.1)


async def test_first_run_asks_for_a_name_then_shows_the_library(private_data_dir: Path) -> None:
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        await pilot.press(*"River", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Practising as River" in plain(app.screen.query_one("#trainee", Static))
    assert Profiles(Store(private_data_dir)).last == "River"


async def test_play_a_scenario_to_its_ending_with_the_keyboard(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_scenario(pilot, BAD_DATE)
        assert isinstance(app.screen, StartScreen)
        notes = plain(app.screen.query_one("#content-notes", Static))
        assert "violence from a client" in notes
        await pilot.press("enter")  # Begin
        await pilot.pause()
        await skip_check_in(pilot)
        assert isinstance(app.screen, PracticeScreen)
        await type_reply(pilot, GOOD[0])
        panels = list(app.screen.query(FeedbackPanel))
        assert len(panels) == 1
        feedback = plain(panels[0])
        assert feedback.index("✓") < feedback.index("Next step")  # a strength before a next step
        assert "Paraphrasing" in feedback and "Complex reflection" in feedback
        assert "Yeah. And I'm so angry." in plain(list(app.screen.query(PeerLine))[-1])
        await type_reply(pilot, GOOD[1])
        await type_reply(pilot, GOOD[2])
        # The reply that ends the scenario gets its card too, with the peer's last words.
        assert isinstance(app.screen, PracticeScreen)
        assert len(app.screen.query(FeedbackPanel)) == 3
        assert "✓" in plain(app.screen.query(FeedbackPanel).last())
        await see_ending(pilot)
        assert isinstance(app.screen, EndScreen)
        debrief = plain(app.screen.query_one("#debrief", Static))
        assert "Jade made her own plan" in debrief
        assert "What did you reflect" in debrief
        assert "Paraphrasing" in plain(app.screen.query_one("#summary", Static))
    store = Store(private_data_dir)
    [row] = store.sessions()
    assert (row.trainee, row.status, row.ending) == ("River", "ended", "Jade made her own plan")
    assert [t.reply for t in store.turns(row.id)] == GOOD


async def test_a_directing_reply_leads_the_peer_to_close_up(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, "You should go to the police today.")
        await see_ending(pilot)
        assert isinstance(app.screen, EndScreen)
        assert "Jade closed up" in plain(app.screen.query_one("#debrief", Static))


async def test_pause_and_resume_mid_scenario_keeps_everything(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, GOOD[0])
        await pilot.press(*"half a thought")
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
        assert "5-4-3-2-1" in plain(app.screen.query_one("#grounding", Static))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.query_one(ReplyBox).text == "half a thought"
        assert len(app.screen.query(TraineeLine)) == 1


async def test_pause_works_on_the_home_screen_too(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
        assert [b.id for b in app.screen.query("Button")] == ["resume", "support"]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_leaving_from_pause_keeps_the_transcript_and_says_its_okay(
    private_data_dir: Path,
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, GOOD[0])
        await pilot.press("ctrl+g")
        await pilot.pause()
        await pilot.click("#leave")
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        assert "That's always okay" in plain(app.screen.query_one("#debrief", Static))
    store = Store(private_data_dir)
    [row] = store.sessions()
    assert row.status == "left" and [t.reply for t in store.turns(row.id)] == [GOOD[0]]


async def test_skipping_a_scenario_starts_nothing(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_scenario(pilot, MEET)
        assert isinstance(app.screen, StartScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    assert Store(private_data_dir).sessions() == []


async def test_try_this_moment_again_goes_back_to_that_moment(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, "At least you got out okay. You should call the cops.")
        await see_ending(pilot)
        assert isinstance(app.screen, EndScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session.node_id == "opening"
        await type_reply(pilot, GOOD[0])
        assert app.screen.session.node_id == "anger"


async def test_practice_without_scores_keeps_feedback_for_the_end(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await begin_without_scores(pilot, BAD_DATE)
        await type_reply(pilot, GOOD[0])
        assert not app.screen.query(FeedbackPanel)
        assert "Feedback comes at the end" in plain(app.screen.query(Note).last())


async def test_enter_sends_and_ctrl_n_makes_a_new_line(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await begin(pilot, WARM_UP)
        await pilot.press(*"That sounds exhausting.", "ctrl+n", *"No wonder you're tired.")
        assert (
            app.screen.query_one(ReplyBox).text
            == "That sounds exhausting.\nNo wonder you're tired."
        )
        await pilot.press("enter")
        await pilot.pause()
        assert "No wonder you're tired." in plain(app.screen.query(TraineeLine).last())
        ids = {active.binding.id for active in app.screen.active_bindings.values()}
        assert {"send", "newline", "pause", "example", "leave"} <= ids  # remappable by id


async def test_example_reply_on_request(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await begin(pilot, WARM_UP)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "It sounds like a draining week" in plain(app.screen.query(Note).last())


async def test_markup_in_a_reply_is_shown_literally(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await begin(pilot, WARM_UP)
        await type_reply(pilot, "[bold red]You[/] sound worn out.")
        shown = plain(app.screen.query(TraineeLine).last())
        assert "[bold red]You[/] sound worn out." in shown


async def test_filters_narrow_the_library(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        home.query_one("#difficulty-filter").value = 3
        await pilot.pause()
        assert home.shown and {s.difficulty for s in home.shown} == {3}
        assert len(home.shown) < len(app.library.scenarios)
        home.query_one("#difficulty-filter").value = home.query_one("#difficulty-filter").NULL
        home.query_one("#skill-filter").value = "boundaries"
        await pilot.pause()
        assert all("boundaries" in s.skills for s in home.shown)


async def test_command_palette_offers_the_main_actions(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Pause", "Switch name", "Scenarios", "High contrast", "Theme"} <= titles
        assert "high-contrast" in app.available_themes


async def test_an_interrupted_session_is_offered_and_resumes_with_its_transcript(
    private_data_dir: Path,
) -> None:
    from simulator.practice.recorder import Recorder
    from simulator.practice.session import Session
    from simulator.tui.screens.resume import ResumeScreen

    first = app_with_profile(private_data_dir)
    scenario = first.library.get(BAD_DATE)
    assert scenario is not None
    session = Session(scenario, first.scorer, trainee="River")
    recorder = Recorder(first.store)
    recorder.started(session)
    recorder.turn_taken(session, session.reply(GOOD[0]))  # then the process "dies": never ended
    first.store.close()

    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResumeScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session.id == session.id and app.screen.session.node_id == "anger"
        assert GOOD[0] in plain(app.screen.query(TraineeLine).first())
        await type_reply(pilot, GOOD[1])
    assert [t.reply for t in Store(private_data_dir).turns(session.id)] == GOOD[:2]


async def test_progress_view_shows_trends_after_practice(private_data_dir: Path) -> None:
    from simulator.tui.screens.progress import ProgressScreen
    from simulator.tui.widgets.trend_bars import TrendBars

    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for reply in ("You should call the police.", GOOD[0]):
            await begin(pilot, BAD_DATE)
            await type_reply(pilot, reply)
            await pilot.pause(0.2)
            app.go_home()
            await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        line = app.screen.query_one("#trend-paraphrasing", TrendBars)
        assert line.values == [0.0, 1.0]
        # On a fixed scale: the first session's bar is empty, the second's full height.
        rows = plain(line).splitlines()
        assert rows[0].startswith("100%") and rows[2].startswith("  0%")
        assert rows[0].rstrip().endswith("  █") and rows[2].rstrip().endswith("  █")
        assert "Sessions: 2" in plain(app.screen.query_one("#counts", Static))
        assert "Something to practise next" in plain(app.screen.query_one("#weakest", Static))


async def test_keys_can_be_remapped_by_binding_id(private_data_dir: Path) -> None:
    from simulator.tui.screens.pause import PauseScreen as Pause

    (private_data_dir).mkdir(parents=True, exist_ok=True)
    (private_data_dir / "keymap.yaml").write_text("pause: f5\nprogress: 42\n", encoding="utf-8")
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, Pause)
        messages = [n.message for n in app._notifications]
        assert any("keymap.yaml:2:11" in m and "progress" in m for m in messages), messages


async def test_a_failed_save_is_reported_and_practice_goes_on(private_data_dir: Path) -> None:
    """A full disk or a read-only file must not crash the app or lose what is on screen."""
    import sqlite3

    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await begin(pilot, BAD_DATE)

        def disk_full(*args: object, **kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        app.store.add_turn = disk_full  # type: ignore[method-assign]
        await type_reply(pilot, GOOD[0])
        assert isinstance(app.screen, PracticeScreen)
        assert GOOD[0] in plain(app.screen.query(TraineeLine).last())
        assert app.screen.query(FeedbackPanel)
        messages = [n.message for n in app._notifications]
        assert any("Couldn't save your practice" in m and "disk is full" in m for m in messages), (
            messages
        )


async def test_broken_scenario_files_are_reported_not_hidden(
    private_data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    Profiles(Store(private_data_dir)).add("River")
    app = make_app(scenarios=folder, data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("broken.yaml:" in m and "peer-practice validate" in m for m in messages), (
            messages
        )
