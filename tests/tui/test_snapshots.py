"""SVG snapshots of the key screens at 100x30, grouped by feature (cursor blink frozen).

Update after an intended change with `pytest tests/tui/test_snapshots.py --snapshot-update`
and look at the SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path

from simulator.store.database import Store
from simulator.store.profiles import Profiles
from simulator.tui.app import make_app
from simulator.tui.widgets.reply_box import ReplyBox
from tests.helpers import skip_check_in

SIZE = (100, 30)
REPLY = "It sounds like he really scared you, and you're still shaking."


def app_for(data_dir: Path):  # type: ignore[no-untyped-def]
    Profiles(Store(data_dir)).add("River")
    return make_app(data_dir=data_dir, cursor_blink=False)


def _downs_to(app, scenario_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    return ["down"] * [s.id for s in app.library.scenarios].index(scenario_id)


async def _start_bad_date(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await pilot.press(*_downs_to(pilot.app, "bad-date-next-steps"), "enter")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("escape")  # the optional check-in: skipped
    await pilot.pause()


async def _send(pilot, reply: str) -> None:  # type: ignore[no-untyped-def]
    """Send a reply and wait while it is scored in the background."""
    screen = pilot.app.screen
    screen.query_one(ReplyBox).insert(reply)
    await pilot.press("enter")
    for _ in range(1000):
        await pilot.pause(0.01)
        if getattr(screen, "scoring", None) is None:
            break
    await pilot.pause()


async def _reply_once(pilot) -> None:  # type: ignore[no-untyped-def]
    await _start_bad_date(pilot)
    await _send(pilot, REPLY)


def test_home_library(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app_for(private_data_dir), terminal_size=SIZE)


def test_start_content_notes(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    app = app_for(private_data_dir)
    assert snap_compare(
        app, press=[*_downs_to(app, "bad-date-next-steps"), "enter"], terminal_size=SIZE
    )


def test_practice_with_feedback(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(app_for(private_data_dir), terminal_size=SIZE, run_before=_reply_once)


def test_pause(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _start_bad_date(pilot)
        await pilot.press("ctrl+g")
        await pilot.pause()

    assert snap_compare(app_for(private_data_dir), terminal_size=SIZE, run_before=run_before)


def test_end_debrief(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _start_bad_date(pilot)
        await _send(pilot, "You should go to the police today.")
        await pilot.press("enter")  # See how it went
        await pilot.pause(0.3)

    assert snap_compare(app_for(private_data_dir), terminal_size=SIZE, run_before=run_before)


def test_high_contrast_theme(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.theme = "high-contrast"
        await pilot.pause()

    assert snap_compare(app_for(private_data_dir), terminal_size=SIZE, run_before=run_before)


def test_progress_view(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        for reply in ("You should go to the police today.", REPLY):
            await _start_bad_date(pilot)
            await _send(pilot, reply)
            pilot.app.go_home()
            await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()

    assert snap_compare(app_for(private_data_dir), terminal_size=SIZE, run_before=run_before)


def test_pair_practice_observer_sheet(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        await pilot.press(*_downs_to(pilot.app, "bad-date-next-steps"), "ctrl+y")
        await pilot.pause()
        await pilot.press(*"Ash", "enter", "enter", *"Kim", "enter")
        await pilot.pause()
        await skip_check_in(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await _send(pilot, REPLY)  # scored in the background

    assert snap_compare(app_for(private_data_dir), terminal_size=SIZE, run_before=run_before)


def test_room_counsellor_view(snap_compare, private_data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A room as the counsellor sees it: who holds which role, the peer-player's line, and
    the reply box (no role card: that is the peer-player's)."""
    from simulator.content.loading import require_rubrics
    from simulator.practice import room
    from simulator.scoring import Scorer

    monkeypatch.setattr(room, "new_code", lambda: "KX74PQ")
    app = app_for(private_data_dir)
    ash = room.RoomClient.create(
        Store(private_data_dir),
        app.library.get("bad-date-next-steps"),
        Scorer(require_rubrics()),
        "Ash",
        "peer",
    )
    ash.send("peer", {"text": "Last night a new guy got rough with me. I'm still shaking."})

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        await pilot.press("ctrl+b")
        await pilot.pause()
        await pilot.press(*"kx7-4pq", "enter")
        await pilot.pause()
        await pilot.press("enter")  # past the content notes: join
        from tests.tui.test_room_flow import seated

        await seated(pilot, pilot.app)
        await pilot.pause(0.2)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_pair_round_end_asks_to_keep_it(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The end of a pair round at 80x24: the ending, the feedback, and below it the question
    whether to keep the round in the counsellor's history (Keep it focused)."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        await pilot.press(*_downs_to(pilot.app, "bad-date-next-steps"), "ctrl+y")
        await pilot.pause()
        await pilot.press(*"Ash", "enter", "enter", "enter")
        await pilot.pause()
        await skip_check_in(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = pilot.app.screen
        await _send(pilot, "You should go to the police today.")  # scored in the background
        conversation = screen.query_one("#conversation")
        # Until the question is up and the ending scrolled into view, and the layout has
        # settled (the same scroll extent five checks running).
        seen: list[float] = []
        for _ in range(250):
            await pilot.pause(0.02)
            bar_up = screen.query_one("#keep-bar").display
            at_end = conversation.scroll_y == conversation.max_scroll_y > 0
            seen = [*seen, conversation.max_scroll_y] if bar_up and at_end else []
            if len(seen) >= 5 and len(set(seen[-5:])) == 1:
                break
        await pilot.wait_for_scheduled_animations()
        # One more full layout with everything in place (the feedback arrives from a scoring
        # thread, between frames), then to the end: the scrollbar as it finally is.
        screen.refresh(layout=True)
        await pilot.pause(0.1)
        conversation.scroll_end(animate=False)
        await pilot.pause(0.1)
        # The thumb's place still came out in one of two rows from run to run (CI on a fresh
        # clone, same text on screen): the picture is of the question, not of the scrollbar.
        conversation.styles.scrollbar_size_vertical = 0
        await pilot.pause(0.1)
        conversation.scroll_end(animate=False)
        await pilot.pause(0.1)

    assert snap_compare(app_for(private_data_dir), terminal_size=(80, 24), run_before=run_before)


def test_practice_compact_feedback_at_80x24(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """A common default size: a compact card, and the peer's next words whole under it."""
    assert snap_compare(app_for(private_data_dir), terminal_size=(80, 24), run_before=_reply_once)


def test_end_without_scores_shows_each_reply(snap_compare, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        await pilot.press(*_downs_to(pilot.app, "bad-date-next-steps"), "enter")
        await pilot.pause()
        await pilot.click("#no-scores")
        await pilot.click("#begin")
        await pilot.pause()
        await pilot.press("escape")  # the optional check-in: skipped
        await pilot.pause()
        await _send(pilot, "You should go to the police today.")
        await pilot.press("enter")  # See how it went
        await pilot.pause(0.3)

    assert snap_compare(app_for(private_data_dir), terminal_size=(110, 34), run_before=run_before)
