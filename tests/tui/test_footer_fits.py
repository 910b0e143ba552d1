"""Every key hint the footer shows fits on the line, and Pause and Support are always among
them: at 80×24 Textual's footer ran the library's hints under the command palette's key
("f3 Support" cut to "f…"), and on the pair screen Pause and Support were off the line.
Driven with Pilot at 80×24 and 110×34, and across a resize."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from tests.helpers import skip_check_in
from tests.tui.test_practice_flow import app_with_profile, begin, highlight, open_scenario


def hints(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The hints a person can read in full: each one inside the screen, and none under the
    command palette's key at the right."""
    keys = list(app.screen.query(FooterKey))
    palette = [k for k in keys if k.has_class("-command-palette")]
    right = palette[0].region.x if palette else app.size.width
    readable = []
    for key in keys:
        if key in palette:
            continue
        region = key.region
        assert region.width > 0 and region.right <= right, (key.description, region, right)
        readable.append(key.description)
    return readable


async def open_pair(pilot) -> None:  # type: ignore[no-untyped-def]
    await highlight(pilot, "bad-date-next-steps")
    await pilot.press("ctrl+y")
    await pilot.pause()
    await pilot.press(*"Ash", "enter")
    await pilot.press("enter")
    await pilot.press(*"Kim", "enter")
    await pilot.pause()
    await skip_check_in(pilot)
    await pilot.pause()


SCREENS = {
    "library": (None, {"Progress", "Pair practice", "Room"}),
    "practice": ("practice", {"Send", "Example", "Leave (press twice)"}),
    "pair": ("pair", {"Send", "Results", "Leave (press twice)"}),
}


@pytest.mark.parametrize("size", [(80, 24), (110, 34)])
@pytest.mark.parametrize("name", list(SCREENS))
async def test_every_footer_hint_fits_and_pause_and_support_are_shown(
    private_data_dir: Path, size: tuple[int, int], name: str
) -> None:
    how, wanted = SCREENS[name]
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        if how == "practice":
            await begin(pilot, "warm-up-long-week")
        elif how == "pair":
            await open_pair(pilot)
        await pilot.pause(0.1)
        shown = hints(app)
    assert {"Pause", "Support"} <= set(shown)
    assert wanted <= set(shown)


async def test_the_footer_fits_again_after_the_terminal_is_made_narrower(
    private_data_dir: Path,
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        assert "Support" in hints(app)
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.1)
        await pilot.pause()
        assert {"Pause", "Support", "Room"} <= set(hints(app))


@pytest.mark.parametrize("size", [(80, 24), (110, 34)])
async def test_a_window_over_the_screen_shows_its_own_keys_with_pause_and_support(
    private_data_dir: Path, size: tuple[int, int]
) -> None:
    """Under the content notes, the support card or the check-in, the footer showed the
    library's keys, which do nothing there ("^t Switch name"), and never the window's own
    ("esc Not now")."""
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=size) as pilot:
        await open_scenario(pilot, "bad-date-next-steps")  # its content notes
        shown = hints(app)
        assert {"Not now", "Pause", "Support"} <= set(shown) and "Switch name" not in shown
        await pilot.press("f3")
        await pilot.pause()
        shown = hints(app)
        assert {"Close", "Pause", "Support"} <= set(shown) and "Not now" not in shown
        await pilot.press("escape")
        await pilot.press("enter")  # Begin: the optional check-in
        await pilot.pause()
        assert {"Skip", "Pause", "Support"} <= set(hints(app))


@pytest.mark.parametrize("key", ["ctrl+y", "ctrl+b"])  # pair practice set-up, the room lobby
async def test_the_pair_and_room_windows_show_their_own_keys(
    private_data_dir: Path, key: str
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        shown = hints(app)
    assert {"Cancel", "Pause", "Support"} <= set(shown) and "Switch name" not in shown
