"""The pause window offers only keys that do something there: Resume and Support, not the
app's Pause key (pressing it in the pause window does nothing). Driven with Pilot from the
library and from a scenario, at 80×24 and 110×34."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.tui.screens.pause import PauseScreen
from tests.tui.test_footer_fits import hints
from tests.tui.test_practice_flow import app_with_profile, begin


@pytest.mark.parametrize("size", [(80, 24), (110, 34)])
@pytest.mark.parametrize("where", ["library", "practice"])
async def test_the_pause_window_lists_resume_and_support_but_not_pause(
    private_data_dir: Path, size: tuple[int, int], where: str
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        if where == "practice":
            await begin(pilot, "warm-up-long-week")
        await pilot.press("ctrl+g")
        await pilot.pause(0.1)
        assert isinstance(app.screen, PauseScreen)
        shown = hints(app)
        assert {"Resume", "Support"} <= set(shown), shown
        assert "Pause" not in shown, shown
        await pilot.press("ctrl+g")  # still nothing: the window stays, as the footer says
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PauseScreen)
        # Under another window (the support card) Pause is still offered.
        await pilot.press("f3")
        await pilot.pause(0.1)
        assert {"Pause", "Support"} <= set(hints(app))
