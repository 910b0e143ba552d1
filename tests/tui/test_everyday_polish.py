"""Everyday polish (issue 15), driven as a trainee would, at 80x24 (a common default) and
at 110x34."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.widgets import Static

from simulator.store.database import Store
from simulator.tui.app import make_app
from simulator.tui.screens.end import EndScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.screens.start import StartScreen
from simulator.tui.widgets.conversation import Conversation, PeerLine
from simulator.tui.widgets.feedback import FeedbackPanel
from simulator.tui.widgets.reply_box import ReplyBox
from simulator.tui.widgets.tick_box import TickBox
from tests.tui.test_practice_flow import (
    BAD_DATE,
    GOOD,
    app_with_profile,
    begin,
    begin_without_scores,
    open_scenario,
    plain,
    see_ending,
    type_reply,
)

SMALL, LARGE = (80, 24), (110, 34)
BOTH = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "110x34"])


def fully_in_view(widget: Static, conversation: Conversation) -> bool:
    """Whether every row of the widget is inside the conversation's visible area."""
    shown = conversation.content_region
    region = widget.region
    return region.height > 0 and shown.y <= region.y and region.bottom <= shown.bottom


@BOTH
async def test_the_peers_newest_line_is_whole_in_view_after_feedback(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await begin(pilot, BAD_DATE)
        for reply in GOOD[:2]:
            await type_reply(pilot, reply)
            conversation = app.screen.query_one(Conversation)
            newest = app.screen.query(PeerLine).last()
            # The scroll to the newest line lands within a few frames; on a loaded machine
            # (the CI beside other work) 0.1 s was once not enough, so wait up to 3 s for it.
            for _ in range(150):
                if fully_in_view(newest, conversation):
                    break
                await pilot.pause(0.02)
            assert fully_in_view(newest, conversation), (newest.region, conversation.region)
            card = app.screen.query(FeedbackPanel).last()
            # A compact card where space is tight; the whole card where there is room.
            assert card.compact is (size == SMALL)
            assert "✓" in plain(card) and "Next step" in plain(card)


@BOTH
async def test_practice_without_scores_ends_with_each_replys_strength_and_next_step(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await begin_without_scores(pilot, BAD_DATE)
        for reply in GOOD:
            await type_reply(pilot, reply)
        assert not app.screen.query(FeedbackPanel)
        await see_ending(pilot)
        assert isinstance(app.screen, EndScreen)
        each = plain(app.screen.query_one("#each-reply", Static))
        for number, reply in enumerate(GOOD, 1):
            assert f"Reply {number}: {reply[:30]}" in each
        assert each.count("✓") == 3 and each.count("Next step:") == 3
        session = app.screen.session
        assert session.turns[0].result.feedback.strength[:40] in each.replace("\n", " ")


async def test_with_scores_the_end_does_not_repeat_every_card(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=LARGE) as pilot:
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, "You should go to the police today.")
        await see_ending(pilot)
        assert isinstance(app.screen, EndScreen) and not app.screen.query("#each-reply")


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "NO_COLOR"])
async def test_the_no_scores_box_says_in_text_whether_it_is_ticked(
    private_data_dir: Path, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SMALL) as pilot:
        await open_scenario(pilot, BAD_DATE)
        assert isinstance(app.screen, StartScreen)
        box = app.screen.query_one("#no-scores", TickBox)
        assert box.render().plain.startswith("[ ]")
        await pilot.click("#no-scores")
        assert box.value and box.render().plain.startswith("[X]")
        await pilot.click("#no-scores")
        assert not box.value and box.render().plain.startswith("[ ]")


@BOTH
async def test_the_reply_that_ends_a_scenario_shows_its_card_with_the_ending(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, "You should go to the police today.")
        await pilot.pause(0.2)
        assert isinstance(app.screen, PracticeScreen)  # not whisked away to the ending
        card = app.screen.query_one(FeedbackPanel)
        assert "Next step" in plain(card)
        conversation = app.screen.query_one(Conversation)
        assert fully_in_view(app.screen.query(PeerLine).last(), conversation)
        assert app.screen.query_one(ReplyBox).disabled
        await see_ending(pilot)
        assert isinstance(app.screen, EndScreen)
        await pilot.press("r")  # and trying a moment again brings the reply box back
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert not app.screen.query_one(ReplyBox).disabled
        assert not app.screen.query("#see-ending")
        await type_reply(pilot, GOOD[0])
        assert app.screen.session.node_id == "anger"


async def test_resume_shows_the_earlier_feedback(private_data_dir: Path) -> None:
    from simulator.practice.recorder import Recorder
    from simulator.practice.session import Session
    from simulator.tui.screens.resume import ResumeScreen

    first = app_with_profile(private_data_dir)
    scenario = first.library.get(BAD_DATE)
    assert scenario is not None
    session = Session(scenario, first.scorer, trainee="River")
    recorder = Recorder(first.store)
    recorder.started(session)
    turn = session.reply(GOOD[0])
    recorder.turn_taken(session, turn)
    first.store.close()

    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResumeScreen)
        await pilot.press("enter")
        await pilot.pause()
        [card] = app.screen.query(FeedbackPanel)
        assert turn.result.feedback.strength[:30] in plain(card).replace("\n", " ")


async def test_leaving_with_the_leave_key_asks_once(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SMALL) as pilot:
        await begin(pilot, BAD_DATE)
        leave = next(
            a.binding for a in app.screen.active_bindings.values() if a.binding.id == "leave"
        )
        assert leave.key == "ctrl+l" and "press twice" in leave.description
        await pilot.press("ctrl+l")  # as someone clearing their terminal would
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert any("Press Ctrl+L again to leave" in n.message for n in app._notifications)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)
        assert not list(app._notifications)  # the "press again" note doesn't linger


async def test_a_remapped_leave_key_is_the_one_named(private_data_dir: Path) -> None:
    private_data_dir.mkdir(parents=True, exist_ok=True)
    (private_data_dir / "keymap.yaml").write_text("leave: f9\n", encoding="utf-8")
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SMALL) as pilot:
        await begin(pilot, BAD_DATE)
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert any("Press F9 again" in n.message for n in app._notifications)
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, EndScreen)


async def test_the_library_marks_finished_scenarios(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=LARGE) as pilot:
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, "You should go to the police today.")
        await see_ending(pilot)
        await pilot.press("h")
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        options = home.query_one("#scenario-list")
        marked = [
            s.id
            for i, s in enumerate(home.shown)
            if "✓ finished" in options.get_option_at_index(i).prompt.plain  # type: ignore[attr-defined]
        ]
        assert marked == [BAD_DATE]
        assert home.highlighted is not None and home.highlighted.id == BAD_DATE
        assert "played this one to an ending" in plain(home.query_one("#details-text", Static))


async def test_the_theme_picker_offers_a_curated_set(private_data_dir: Path) -> None:
    from simulator.tui.themes import ThemeChoices

    app = app_with_profile(private_data_dir)
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        app.action_change_theme()
        await pilot.pause()
        palette = app.screen
        labels = [label for label, _ in ThemeChoices(palette).choices]
        assert labels == ["Calm (dark)", "Calm light", "High contrast"]
        await pilot.press(*"light", "enter")
        await pilot.pause(0.3)
        assert app.theme == "calm-light"


async def test_high_contrast_has_no_dim_grey_text(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=LARGE) as pilot:
        app.theme = "high-contrast"
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, GOOD[0])
        variables = app.get_css_variables()
        assert variables["text-muted"].lower() == variables["foreground"].lower() == "#ffffff"
        card = app.screen.query(FeedbackPanel).last()
        text = card.render()
        spans = getattr(text, "spans", [])
        assert spans and not [s for s in spans if "dim" in str(s.style)]


async def test_an_empty_enter_says_what_is_needed(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=SMALL) as pilot:
        await begin(pilot, BAD_DATE)
        await pilot.press("enter")
        await pilot.pause()
        assert any(
            "The reply is empty; type what you would say" in n.message for n in app._notifications
        )
        assert app.screen.session.turns == []


async def test_a_trainees_first_screen_comes_before_the_content(private_data_dir: Path) -> None:
    """As `peer-practice` starts it: the home screen first, the library filled after."""
    from simulator.store.profiles import Profiles

    Profiles(Store(private_data_dir)).add("River")
    app = make_app(data_dir=private_data_dir, cursor_blink=False, lazy=True)
    assert not app.content_ready
    load = app._load
    assert load is not None

    def slow_load():  # type: ignore[no-untyped-def]
        time.sleep(0.5)
        return load()

    app._load = slow_load
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen) and not home.shown  # up before the content
        assert "Loading the scenarios" in plain(home.query_one("#details-text", Static))
        # As in a browser tab: focus has gone elsewhere while the list was empty.
        home.query_one("#switch-trainee").focus()
        for _ in range(500):
            await pilot.pause(0.01)
            if isinstance(app.screen, HomeScreen) and app.screen.shown:
                break
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen) and app.content_ready
        assert BAD_DATE in [s.id for s in home.shown]
        # The list has the focus once filled (an empty one couldn't hold it), so Enter
        # opens the highlighted scenario rather than pressing Switch name.
        assert home.focused is not None and home.focused.id == "scenario-list"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


async def test_broken_rubrics_found_after_the_first_paint_end_the_app_with_the_problems(
    private_data_dir: Path, tmp_path: Path
) -> None:
    rubrics = tmp_path / "rubrics"
    rubrics.mkdir()
    (rubrics / "paraphrasing.yaml").write_text("skill: [unclosed\n", encoding="utf-8")
    app = make_app(rubrics=rubrics, data_dir=private_data_dir, cursor_blink=False, lazy=True)
    async with app.run_test(size=SMALL) as pilot:
        for _ in range(300):
            await pilot.pause(0.01)
            if app.content_error is not None:
                break
    assert app.content_error is not None
    assert any("paraphrasing.yaml" in p.format() for p in app.content_error.problems)
    assert app.return_code == 1


def test_a_feedback_card_names_each_descriptor_once() -> None:
    from simulator.scoring import Evidence, Feedback, ScoreResult, SkillResult
    from simulator.tui.widgets.feedback import feedback_text

    same = "Says what the peer feels"
    skill = SkillResult(
        "paraphrasing",
        2,
        "complex",
        "Complex reflection",
        1.0,
        evidence=(
            Evidence("names_feeling", same, "scared", 10, 16),
            Evidence("feeling_word", same, "angry", 20, 25),
            Evidence("reflects_meaning", "Reflects what it means", "torn", 30, 34),
        ),
    )
    result = ScoreResult({"paraphrasing": skill}, Feedback("Good.", "More."))
    text = feedback_text("x" * 40, result, {"paraphrasing": 2}).plain
    assert text.count(same) == 1 and "Reflects what it means" in text
