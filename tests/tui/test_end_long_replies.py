"""A pasted wall (one sentence forty times) doesn't fill the end screen: each reply there is
shown up to `SHOWN_REPLY` characters, cut between words with "…", at 80x24 and 110x34. The
whole reply stays in the conversation, the history and exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from simulator.tui.screens.end import SHOWN_REPLY, EndScreen
from tests.tui.test_practice_flow import (
    BAD_DATE,
    GOOD,
    app_with_profile,
    begin_without_scores,
    plain,
    see_ending,
    type_reply,
)

WALL = " ".join([GOOD[0]] * 40)


@pytest.mark.parametrize("size", [(80, 24), (110, 34)], ids=["80x24", "110x34"])
async def test_a_very_long_reply_is_shortened_at_the_end(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await begin_without_scores(pilot, BAD_DATE)
        for reply in [WALL, *GOOD[1:]]:
            await type_reply(pilot, reply)
        await see_ending(pilot)
        assert isinstance(app.screen, EndScreen)
        assert app.screen.session.turns[0].reply == WALL  # kept whole
        each = " ".join(plain(app.screen.query_one("#each-reply", Static)).split())
        first = each.split("Reply 1: ", 1)[1].split(" ✓", 1)[0]
        assert first.endswith(" …") and len(first) <= SHOWN_REPLY + 2
        assert WALL.startswith(first.removesuffix(" …"))
        assert f"Reply 2: {GOOD[1]}" in each  # short replies are shown whole
        highlights = " ".join(plain(app.screen.query_one("#highlights", Static)).split())
        assert WALL[: SHOWN_REPLY + 5] not in highlights
