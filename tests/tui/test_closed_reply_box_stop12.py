"""When no more replies can be sent, the reply box says so (stop 12).

Playing at 80×24, after the reply that ends a scenario the box still read "Type what you would
say, then press Enter…" under the "See how it went" button. Typing there went nowhere (the
box is disabled and the button has the focus), so an apology typed to the peer was silently
lost and Enter opened the end screen. Likewise after the last item of a drill set. The box now
says what happened and which key goes on; "Try this moment again" opens it for replies again.
"""

from __future__ import annotations

from pathlib import Path

from simulator.tui.screens.end import EndScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.widgets.reply_box import ReplyBox
from tests.tui.test_course_flow import answer, course, good_reply
from tests.tui.test_practice_flow import BAD_DATE, app_with_profile, begin, see_ending, type_reply


def box_text(box: ReplyBox) -> str:
    """What the reply box shows, line by line, as a person reads it."""
    return " ".join(box.render_line(y).text.strip() for y in range(box.size.height)).strip()


async def test_the_reply_box_says_the_conversation_has_ended(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, "You should go to the police today.")  # Jade closes up
        await pilot.pause()
        box = app.screen.query_one(ReplyBox)
        shown = box_text(box)
        assert "Type what you would say" not in shown
        assert "The conversation has ended" in shown and "See how it went" in shown
        await see_ending(pilot)
        assert isinstance(app.screen, EndScreen)
        await pilot.press("r")  # try this moment again: replies are welcome again
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        box = app.screen.query_one(ReplyBox)
        assert not box.disabled
        assert "Type what you would say" in box_text(box)


async def test_the_reply_box_says_the_drill_set_is_over(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.course_flow.start_drill(course(app).units[1])
        await pilot.pause()
        screen = app.screen
        while screen.run.current is not None:  # type: ignore[attr-defined]
            await answer(pilot, good_reply(screen))  # type: ignore[arg-type]
        shown = box_text(screen.query_one(ReplyBox))
        assert "Type what you would say" not in shown
        assert "drill set is over" in shown and "Press N" in shown
