"""Pair practice on one screen, driven with Pilot: both roles, a swap, observer ratings, and
the side-by-side of observer and automatic scores."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select

from simulator.store.database import Store
from simulator.store.profiles import Profiles
from simulator.tui.app import make_app
from simulator.tui.screens.pair import PairResultsScreen, PairScreen, PairSetupScreen
from simulator.tui.widgets.reply_box import ReplyBox
from tests.helpers import skip_check_in
from tests.tui.test_practice_flow import highlight, plain

POOR = "You should go to the police today."


async def scored(pilot, screen: PairScreen) -> None:  # type: ignore[no-untyped-def]
    """Wait while the reply is scored in the background, as a person waits for the feedback."""
    for _ in range(1000):
        if screen.scoring is None and not screen.steps:
            break
        await pilot.pause(0.01)
    await pilot.pause()


async def test_pair_round_swap_observer_and_side_by_side(private_data_dir: Path) -> None:
    Profiles(Store(private_data_dir)).add("River")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await highlight(pilot, "bad-date-next-steps")
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert isinstance(app.screen, PairSetupScreen)
        assert "Content notes: " in plain(app.screen.query_one("#pair-notes"))
        await pilot.press(*"Ash", "enter")  # peer-player; the counsellor defaults to River
        await pilot.press("enter")
        await pilot.press(*"Kim", "enter")  # observer
        await pilot.pause()
        await skip_check_in(pilot)
        screen = app.screen
        assert isinstance(screen, PairScreen)
        assert "Role card for Ash" in plain(screen.query_one("#role-card"))
        box = screen.query_one(ReplyBox)
        assert box.text.startswith("Last night a new guy got rough")  # the script as a prompt

        for round_no in (1, 2):
            await pilot.press("enter")  # the peer says the scripted line
            await pilot.pause()
            box.insert(POOR)  # the counsellor directs: the round ends (Jade closes up)
            await pilot.press("enter")
            await scored(pilot, screen)
            assert screen.query_one("#observer-sheet").display
            first = screen.query_one("#rate-paraphrasing", Select)
            assert screen.focused is first
            if round_no == 1:  # levels typed: a digit rates the skill and moves on
                await pilot.press("7")  # beyond the rubric's levels: said, and nothing moves
                assert first.value is Select.NULL and screen.focused is first
                await pilot.press("0", "0", "1")
            else:  # or picked from each skill's list
                await pilot.press("enter", "down", "enter", "tab", "0", "1")
            assert screen.focused is screen.query_one("#rate-note")
            await pilot.press(*"directive", "enter")
            await pilot.pause()
            assert screen.pair.round_over and screen.pair.round == round_no
            # Asked once, below the feedback, whether to keep the round in the counsellor's
            # history (yes first: their own replies).
            counsellor = "River" if round_no == 1 else "Ash"
            question = plain(screen.query_one("#keep-question"))
            assert f"Keep round {round_no} in {counsellor}'s history?" in question
            assert screen.focused is screen.query_one("#keep-yes")
            await pilot.press("enter")
            await pilot.pause()
            assert not screen.query_one("#keep-bar").display
            if round_no == 1:
                bindings = screen.active_bindings.values()
                footer = {b.binding.description for b in bindings if b.binding.show}
                assert "Rotate roles" in footer and "Swap roles" not in footer  # three people
                await pilot.press("ctrl+s")
                await pilot.pause()
                # Three people: the roles rotate (the observer plays the peer next).
                roles = screen.pair.roles
                assert (roles.peer, roles.counsellor, roles.observer) == ("Kim", "Ash", "River")
                assert "Role card for Kim" in plain(screen.query_one("#role-card"))

        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PairResultsScreen)
        table = plain(app.screen.query_one("#pair-table"))
        assert table.count(POOR) == 2 and "0 / 0" in table and "1 / 2" in table
        summary = plain(app.screen.query_one("#pair-agreement"))
        assert "Paraphrasing: agreed on 2 of 2 rated replies" in summary
        assert "Boundaries: agreed on 0 of 2 rated replies" in summary
    kept = {row.trainee: row for row in Store(private_data_dir).sessions()}
    assert set(kept) == {"River", "Ash"} and kept["River"].origin["round"] == 1
    assert kept["Ash"].origin == {
        "kind": "pair",
        "round": 2,
        "role": "counsellor",
        "peer": "Kim",
        "counsellor": "Ash",
        "observer": "River",
        "keeper": "Ash",
    }
    ratings = Store(private_data_dir).ratings()
    assert ratings["boundaries"] == [(1, 2), (1, 2)]
