"""A long reply shortened at the end still shows the words its next step is about (stop 12).

Trying a long paste (a reflection said three times, then "Anyway I think the first thing is
to get some advice from a tenants union…"), the end screen's "One to try again" showed the
first 280 characters, all reflection, under "Next step: That was advice — you told them what
to do": the advice itself was cut off. Now, when a reply that breached a boundary is
shortened, the sentence that breached it is shown after the "…". Driven in the app (Pilot,
80×24), with scores and without.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from simulator.tui.screens.end import SHOWN_REPLY, EndScreen
from tests.tui.test_practice_flow import (
    BAD_DATE,
    GOOD,
    app_with_profile,
    begin,
    begin_without_scores,
    plain,
    see_ending,
    type_reply,
)

ADVICE = "Honestly though, you should go to the police today."
PASTE = " ".join([GOOD[0]] * 6) + " " + ADVICE


@pytest.mark.parametrize("scores", [True, False], ids=["scores", "without-scores"])
async def test_the_breach_in_a_long_reply_is_shown_at_the_end(
    private_data_dir: Path, scores: bool
) -> None:
    assert len(PASTE) > SHOWN_REPLY + len(ADVICE)
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await (begin if scores else begin_without_scores)(pilot, BAD_DATE)
        await type_reply(pilot, PASTE)  # Jade closes up
        await see_ending(pilot)
        assert isinstance(app.screen, EndScreen)
        where = "#highlights" if scores else "#each-reply"
        shown = " ".join(plain(app.screen.query_one(where, Static)).split())
    assert "police" in shown.split("Next step:", 1)[1]  # the step is about the police
    said = shown.split("Next step:", 1)[0]
    assert ADVICE in said, said  # and the words it is about are there
    assert " … " in said and PASTE[: SHOWN_REPLY + 5] not in said  # still shortened
