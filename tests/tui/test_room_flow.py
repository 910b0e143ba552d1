"""Rooms with two real app instances (as two terminals on one machine would run), driven
with Pilot: one starts a room, the other joins by its code, and lines typed in one appear
in the other through the store, with the same automatic scores on both screens."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from simulator.store.database import Store
from simulator.store.profiles import Profiles
from simulator.tui.app import PeerPracticeApp, make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.pair import PairResultsScreen, PairScreen
from simulator.tui.screens.room_lobby import RoomLobbyScreen
from simulator.tui.screens.wellbeing import CheckInScreen
from simulator.tui.widgets.conversation import Conversation
from simulator.tui.widgets.feedback import FeedbackPanel
from simulator.tui.widgets.reply_box import ReplyBox
from tests.helpers import skip_check_in
from tests.tui.test_practice_flow import highlight, plain

REPLY = "It sounds like he really scared you, and you want to keep others safe."


async def wait_until(pilot: Pilot[None], condition: object, timeout: float = 15.0) -> None:
    """Let the apps run (their screens poll the store) until `condition()` holds."""
    assert callable(condition)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "the other participant's screen never showed the line"
        await pilot.pause(0.02)


async def seated(pilot: Pilot[None], app: PeerPracticeApp) -> PairScreen:
    """Wait while the seat is claimed (in a thread) and the room so far is replayed (its
    replies scored in the background), as a person waits for the room to open. The
    optional check-in before a scenario with content notes is skipped (Escape)."""
    await wait_until(pilot, lambda: isinstance(app.screen, (PairScreen, CheckInScreen)))
    await skip_check_in(pilot)
    await wait_until(pilot, lambda: isinstance(app.screen, PairScreen))
    screen = app.screen
    assert isinstance(screen, PairScreen)
    await wait_until(pilot, lambda: screen.scoring is None and not screen.steps)
    await pilot.pause()
    return screen


def app_notes(app: PeerPracticeApp) -> str:
    """Everything the current (dialog) screen says, buttons included."""
    return " ".join(plain(w) for w in app.screen.query("Static")) + " ".join(
        str(b.label) for b in app.screen.query("Button")
    )


def conversation_text(app: PeerPracticeApp) -> str:
    return " ".join(plain(w) for w in app.screen.query_one(Conversation).query("Static"))


async def open_lobby(
    pilot: Pilot[None], app: PeerPracticeApp, name: str, role: str
) -> RoomLobbyScreen:
    await highlight(pilot, "bad-date-next-steps")
    await pilot.press("ctrl+b")
    await pilot.pause()
    lobby = app.screen
    assert isinstance(lobby, RoomLobbyScreen)
    lobby.query_one("#room-name", Input).value = name
    lobby.query_one("#room-role").value = role  # type: ignore[attr-defined]
    return lobby


async def test_two_instances_share_a_room_through_the_store(private_data_dir: Path) -> None:
    Profiles(Store(private_data_dir)).add("Ash")
    ash_app = make_app(data_dir=private_data_dir, cursor_blink=False)
    river_app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with ash_app.run_test(size=(120, 36)) as ash, river_app.run_test(size=(120, 36)) as river:
        await open_lobby(ash, ash_app, "Ash", "peer")
        await ash.click("#start")
        await ash.pause()
        notes = app_notes(ash_app)
        assert "Content notes:" in notes and "Start the room" in notes  # notes come first
        await ash.press("enter")
        ash_screen = await seated(ash, ash_app)
        assert ash_screen.room is not None
        code = ash_screen.room.code
        assert code[:3] in plain(ash_screen.query_one("#room-info"))
        assert "Role card for Ash" in plain(ash_screen.query_one("#role-card"))

        lobby = await open_lobby(river, river_app, "River", "counsellor")
        lobby.query_one("#room-code", Input).focus()
        await river.press(*f"{code[:3].lower()}-{code[3:]}", "enter")  # typed loosely
        await river.pause()
        assert "Join the room" in app_notes(river_app)  # the content notes before joining
        await river.press("enter")
        river_screen = await seated(river, river_app)
        card = plain(river_screen.query_one("#role-card"))
        assert (
            "You are the counsellor" in card and "Role card" not in card
        )  # the card is the peer's
        await wait_until(
            ash,
            lambda: (
                "River (you)" not in plain(ash_screen.query_one("#room-info"))
                and "River" in plain(ash_screen.query_one("#room-info"))
            ),
        )
        assert "Waiting for Ash (peer)" in plain(river_screen.query_one("#turn-label"))
        assert not river_screen.query_one(ReplyBox).display

        # The peer-player says the scripted line; it appears on the counsellor's screen.
        prompt = ash_screen.query_one(ReplyBox).text
        assert prompt.startswith("Last night a new guy got rough")
        await ash.press("enter")
        await wait_until(
            river, lambda: "Last night a new guy got rough" in conversation_text(river_app)
        )
        assert river_screen.query_one(ReplyBox).display
        river_screen.query_one(ReplyBox).insert(REPLY)
        await river.press("enter")

        # The counsellor's reply and its feedback appear on the peer-player's screen.
        await wait_until(ash, lambda: REPLY in conversation_text(ash_app))
        await wait_until(ash, lambda: bool(ash_screen.query(FeedbackPanel)))
        mine, theirs = ash_screen.pair.exchanges, river_screen.pair.exchanges
        assert len(mine) == len(theirs) == 1
        assert mine[0].auto.levels == theirs[0].auto.levels
        assert ash_screen.pair.node_id == river_screen.pair.node_id != "opening"

        # Leaving is seen by the other, and the results are there for whoever stays.
        await river.press("ctrl+l", "ctrl+l")  # Leave asks once
        await wait_until(ash, lambda: "River left the room" in conversation_text(ash_app))
        await ash.press("ctrl+o")
        await ash.pause()
        assert isinstance(ash_app.screen, PairResultsScreen)
        assert "It sounds like he" in plain(ash_app.screen.query_one("#pair-table"))


async def start_room(pilot: Pilot[None], app: PeerPracticeApp, name: str) -> PairScreen:
    """Start a room on the bad-date scenario as its peer-player, past the content notes."""
    await open_lobby(pilot, app, name, "peer")
    await pilot.click("#start")
    await pilot.pause()
    await pilot.press("enter")
    screen = await seated(pilot, app)
    assert screen.room is not None
    return screen


async def test_closing_the_app_leaves_the_room_and_frees_the_role(private_data_dir: Path) -> None:
    """A terminal app quitting or a served browser tab closing must not leave a role held
    by nobody: the others see the person leave, and someone else can take the role."""
    Profiles(Store(private_data_dir)).add("Ash")
    ash_app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with ash_app.run_test(size=(120, 36)) as ash:
        ash_screen = await start_room(ash, ash_app, "Ash")
        assert ash_screen.room is not None
        river_app = make_app(data_dir=private_data_dir, cursor_blink=False)
        async with river_app.run_test(size=(120, 36)) as river:
            lobby = await open_lobby(river, river_app, "River", "counsellor")
            lobby.query_one("#room-code", Input).value = ash_screen.room.code
            await river.press("enter")  # join
            await river.pause()
            await river.press("enter")  # past the content notes
            await seated(river, river_app)
            await wait_until(ash, lambda: "River joined" in conversation_text(ash_app))
            assert "counsellor" not in ash_screen.room.play.free_roles()
        # River's app has quit (as when the tab is closed), without pressing Leave.
        await wait_until(ash, lambda: "River left the room" in conversation_text(ash_app))
        assert "counsellor" in ash_screen.room.play.free_roles()
        await ash.press("ctrl+l", "ctrl+l")  # and leaving by the key says so once
        await ash.pause()
    kinds = [row[1] for row in Store(private_data_dir).room_events(ash_screen.room.code)]
    assert kinds.count("leave") == 2


async def test_a_wrong_code_says_what_to_do(private_data_dir: Path) -> None:
    Profiles(Store(private_data_dir)).add("River")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        lobby = await open_lobby(pilot, app, "River", "counsellor")
        lobby.query_one("#room-code", Input).focus()
        await pilot.press(*"ZZZ-ZZZ", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        messages = [n.message for n in app._notifications]
        assert any("There is no room ZZZ-ZZZ here" in m for m in messages), messages


async def test_on_a_shared_computer_names_are_not_listed(private_data_dir: Path) -> None:
    """`peer-practice serve` starts each tab as a shared computer: nobody is signed in, and
    the names others used are not offered, so a tab can't step into someone's practice."""
    Profiles(Store(private_data_dir)).add("Ash")
    app = make_app(data_dir=private_data_dir, cursor_blink=False, shared=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert type(screen).__name__ == "ProfileScreen"
        assert not screen.query("#profile-list")
        assert "names used on it are not listed" in " ".join(
            plain(w) for w in screen.query("Static")
        )
        await pilot.press(*"Noor", "enter")
        await pilot.pause()
        assert app.trainee == "Noor"


async def test_a_full_disk_keeps_the_words_in_the_box(
    private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Profiles(Store(private_data_dir)).add("Ash")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await start_room(pilot, app, "Ash")
        assert screen.room is not None

        def full(*_: object, **__: object) -> int:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(screen.room, "send", full)
        box = screen.query_one(ReplyBox)
        box.clear()
        box.insert("My own words for this line.")
        await pilot.press("enter")
        await pilot.pause()
        assert box.text == "My own words for this line."  # nothing typed is lost
        messages = [n.message for n in app._notifications]
        assert any("database or disk is full" in m and "try again" in m for m in messages)
        assert screen.pair.phase == "peer"


async def test_results_never_leave_the_room(private_data_dir: Path) -> None:
    """Looking at the results is the normal end of a round: Esc or Ctrl+O goes back to
    the room (the footer says so), and only Ctrl+L leaves it."""
    Profiles(Store(private_data_dir)).add("Ash")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await start_room(pilot, app, "Ash")
        assert screen.room is not None
        code = screen.room.code
        for back in ("escape", "ctrl+o"):
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert isinstance(app.screen, PairResultsScreen)
            bindings = app.screen.active_bindings.values()
            footer = {b.binding.description for b in bindings if b.binding.show}
            assert footer >= {"Back to the room", "Leave the room (press twice)"}, footer
            await pilot.press(back)
            await pilot.pause()
            assert app.screen is screen and screen.room.me is not None
        kinds = [row[1] for row in Store(private_data_dir).room_events(code)]
        assert "leave" not in kinds
        await pilot.press("ctrl+o")
        await pilot.pause()
        await pilot.press("ctrl+l")  # asks once (Ctrl+L also clears terminals)
        await pilot.pause()
        assert isinstance(app.screen, PairResultsScreen)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    kinds = [row[1] for row in Store(private_data_dir).room_events(code)]
    assert kinds.count("leave") == 1


async def test_the_room_dialog_keeps_the_chosen_role(private_data_dir: Path) -> None:
    """The role picked in the dialog is the one taken when Enter starts a room from an empty
    code box, and is offered again when the dialog is next opened (after a wrong code)."""
    Profiles(Store(private_data_dir)).add("Ash")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await highlight(pilot, "bad-date-next-steps")
        await pilot.press("ctrl+b")
        await pilot.pause()
        await pilot.press("shift+tab", "enter")  # open the role list
        await pilot.pause()
        await pilot.press("up", "enter")  # "Play the peer"
        await pilot.pause()
        await pilot.press("tab", *"ZZZ-ZZZ", "enter")  # a wrong code: back home
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert app.screen.query_one("#room-role").value == "peer"  # type: ignore[attr-defined]
        await pilot.press("enter")  # the code box is empty: start a room, past the notes
        await pilot.pause()
        await pilot.press("enter")
        screen = await seated(pilot, app)
        assert screen.room is not None
        assert screen.room.me is not None and screen.room.me.role == "peer"
        assert "Role card for Ash" in plain(screen.query_one("#role-card"))


async def test_a_silent_seat_is_shown_as_gone_quiet(
    private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a seat's heartbeat stops (its process was killed, its laptop slept), the others
    are told it has gone quiet and how someone can take it."""
    from simulator.practice.room import RoomClient

    monkeypatch.setenv("PEER_PRACTICE_ROOM_QUIET_SECONDS", "0.5")
    Profiles(Store(private_data_dir)).add("Ash")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await start_room(pilot, app, "Ash")
        assert screen.room is not None
        store = Store(private_data_dir)
        river = RoomClient.join(
            store, screen.room.code, screen.pair.scenario, app.scorer, "River", "counsellor"
        )
        await wait_until(pilot, lambda: "River joined" in conversation_text(app))
        river._stop.set()  # River's process stops beating, as if killed
        await wait_until(
            pilot, lambda: "River (counsellor) has gone quiet" in conversation_text(app)
        )
        assert "River (gone quiet)" in plain(screen.query_one("#room-info"))


async def test_joining_late_replays_who_said_what_in_which_round(private_data_dir: Path) -> None:
    """Kim opens the room after two rounds: each reply is credited to whoever gave it, each
    ending to its own round, and Kim is not asked to keep rounds from before they came."""
    from simulator.practice.room import RoomClient

    Profiles(Store(private_data_dir)).add("Kim")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    scenario = app.library.get("bad-date-next-steps")
    assert scenario is not None
    ash = RoomClient.create(Store(private_data_dir), scenario, app.scorer, "Ash", "peer")
    river = RoomClient.join(
        Store(private_data_dir), ash.code, scenario, app.scorer, "River", "counsellor"
    )
    replies = {1: "You should go to the police today.", 2: "You must report him right now."}
    for round_no, (peer, counsellor) in {1: (ash, river), 2: (river, ash)}.items():
        for client in (ash, river):
            client.poll()
        peer.send("peer", {"text": " ".join(peer.play.pair.prompt())})
        counsellor.poll()
        counsellor.send("reply", {"text": replies[round_no]})
        counsellor.poll()
        counsellor.send("swap")
    async with app.run_test(size=(120, 36)) as pilot:
        lobby = await open_lobby(pilot, app, "Kim", "observer")
        lobby.query_one("#room-code", Input).value = ash.code
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # past the content notes
        screen = await seated(pilot, app)
        text = conversation_text(app)
        assert f"River (counsellor)\n{replies[1]}" in text
        assert f"Ash (counsellor)\n{replies[2]}" in text
        assert text.index("Round 1 is over.") < text.index("Round 2: River plays the peer")
        assert text.index("Round 2 is over.") > text.index(replies[2])
        assert "Round 3 is over" not in text
        assert "River's words" in text and "Ash's words" in text  # not "Your words"
        assert not screen.query_one("#keep-bar").display
