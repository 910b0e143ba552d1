"""The UI never waits on scoring, in pair practice and in rooms too (issue 16's stated gap):
a counsellor's reply is scored off the UI thread, keys work while it is read, a "Scoring…"
state shows when it takes longer than a frame, and results land on the right turn, in the
order the room's log says, with a slow scorer injected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from simulator.practice.room import RoomClient
from simulator.scoring import ScoreResult
from simulator.store.database import Store
from simulator.store.profiles import Profiles
from simulator.tui.app import make_app
from simulator.tui.screens.pair import PairResultsScreen, PairScreen
from simulator.tui.screens.pause import PauseScreen
from simulator.tui.widgets.conversation import Conversation
from simulator.tui.widgets.feedback import FeedbackPanel
from simulator.tui.widgets.reply_box import ReplyBox
from tests.helpers import skip_check_in
from tests.tui.test_practice_flow import highlight, plain
from tests.tui.test_room_flow import conversation_text, start_room, wait_until
from tests.tui.test_scoring_in_background import SlowScorer

SIZE = (100, 30)
REFLECT = "It sounds like he really scared you, and you're still shaking."
POOR = "You should go to the police today."


class CountingScorer(SlowScorer):
    """A slow scorer that also counts the replies it scored."""

    calls = 0

    def score(self, *args: Any, **kwargs: Any) -> ScoreResult:
        self.calls += 1
        return super().score(*args, **kwargs)


async def until_started(pilot, slow: SlowScorer) -> None:  # type: ignore[no-untyped-def]
    await wait_until(pilot, slow.started.is_set)


async def test_keys_work_while_a_pair_reply_is_scored_and_it_lands_on_its_turn(
    private_data_dir: Path,
) -> None:
    Profiles(Store(private_data_dir)).add("River")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await highlight(pilot, "bad-date-next-steps")
        await pilot.press("ctrl+y")
        await pilot.pause()
        await pilot.press(*"Ash", "enter", "enter", "enter")  # no observer
        await pilot.pause()
        await skip_check_in(pilot)
        screen = app.screen
        assert isinstance(screen, PairScreen)
        await pilot.press("enter")  # Ash says the scripted line
        await pilot.pause()
        assert screen.phase == "counsellor"
        slow = SlowScorer(screen.pair.scorer, delay=30)
        screen.pair.scorer = slow  # type: ignore[assignment]
        screen.query_one(ReplyBox).insert(REFLECT)
        await pilot.press("enter")
        await until_started(pilot, slow)
        await pilot.pause(0.1)  # longer than a frame: it says so
        assert screen.scoring is not None
        assert "Scoring your reply…" in plain(screen.query_one("#turn-label"))
        assert screen.query_one(ReplyBox).disabled  # no second send of the same words
        # Keys are handled meanwhile: the pause opens and closes, the results open.
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, PairResultsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.scoring is not None
        assert screen.pair.exchanges == []  # nothing recorded before its score
        slow.go.set()
        await wait_until(pilot, lambda: screen.scoring is None and not screen.steps)
        await pilot.pause()
        [exchange] = screen.pair.exchanges
        assert exchange.reply == REFLECT and exchange.counsellor == "River"
        expected = slow.scorer.score(
            exchange.peer_line, REFLECT, screen.pair.scenario.nodes["opening"]
        )
        assert exchange.auto.levels == expected.levels
        assert screen.pair.node_id == exchange.next_node_id != "opening"
        assert len(screen.query(FeedbackPanel)) == 1
        assert screen.phase == "peer"  # the next turn: Ash's next line is in the box
        assert not screen.query_one(ReplyBox).disabled
        assert "Scoring" not in plain(screen.query_one("#turn-label"))


async def test_a_room_applies_steps_in_log_order_while_a_reply_is_scored(
    private_data_dir: Path,
) -> None:
    """River's reply is being scored on Ash's screen when Kim joins as the observer. The
    reply was given before Kim came, so it is shown with its scores at once (nobody was
    there to rate it), then Kim's arrival: the order of the log, not of the scoring."""
    Profiles(Store(private_data_dir)).add("Ash")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await start_room(pilot, app, "Ash")
        assert screen.room is not None
        scenario = screen.pair.scenario
        river = RoomClient.join(
            Store(private_data_dir), screen.room.code, scenario, app.scorer, "River", "counsellor"
        )
        await wait_until(pilot, lambda: "River joined" in conversation_text(app))
        await pilot.press("enter")  # Ash says the scripted line
        slow = SlowScorer(screen.pair.scorer, delay=30)
        screen.pair.scorer = slow  # type: ignore[assignment]
        river.poll()
        river.send("reply", {"text": REFLECT})
        await until_started(pilot, slow)
        kim = RoomClient.join(
            Store(private_data_dir), screen.room.code, scenario, app.scorer, "Kim", "observer"
        )
        river.send("reply", {"text": POOR})  # out of turn (the peer speaks next): ignored
        await pilot.pause(0.2)
        # Still scoring: later steps wait, the screen answers keys.
        assert screen.scoring is not None and len(screen.steps) >= 2
        assert "Kim joined" not in conversation_text(app)
        assert "Scoring River's reply…" in plain(screen.query_one("#turn-label"))
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)
        await pilot.press("escape")
        await pilot.pause()
        slow.go.set()
        await wait_until(pilot, lambda: screen.scoring is None and not screen.steps)
        await wait_until(pilot, lambda: "Kim joined" in conversation_text(app))
        text = conversation_text(app)
        assert text.index(REFLECT) < text.index("Kim joined as the observer")
        assert POOR not in text
        # The result is River's reply's, on its own turn, as every seat has it.
        [exchange] = screen.pair.exchanges
        river.poll()
        kim.poll()
        for other in (river, kim):
            [theirs] = other.play.pair.exchanges
            assert (exchange.reply, exchange.auto.levels) == (theirs.reply, theirs.auto.levels)
            assert other.play.pair.node_id == screen.pair.node_id
        assert not exchange.needs_rating  # given before the observer came
        panels = list(screen.query_one(Conversation).query(FeedbackPanel))
        assert len(panels) == 1 and REFLECT in plain(panels[0])
        for client in (river, kim):
            client.leave()


async def test_joining_a_room_scores_its_log_without_blocking_the_ui(
    private_data_dir: Path,
) -> None:
    """Kim joins a room where River has replied: reading the log to claim the seat scores
    that reply, in a thread; the pause key works meanwhile, and the room opens after."""
    from textual.widgets import Input

    from tests.tui.test_room_flow import open_lobby, seated

    Profiles(Store(private_data_dir)).add("Kim")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    scenario = app.library.get("bad-date-next-steps")
    assert scenario is not None
    ash = RoomClient.create(Store(private_data_dir), scenario, app.scorer, "Ash", "peer")
    river = RoomClient.join(
        Store(private_data_dir), ash.code, scenario, app.scorer, "River", "counsellor"
    )
    ash.send("peer", {"text": " ".join(ash.play.pair.prompt())})
    river.poll()
    river.send("reply", {"text": REFLECT})
    slow = CountingScorer(app.scorer, delay=30)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_until(pilot, app.scoring_warm.is_set)  # its own first reply, warming up
        app._scorer = slow  # type: ignore[assignment]  # from now on every score is slow
        lobby = await open_lobby(pilot, app, "Kim", "observer")
        lobby.query_one("#room-code", Input).value = ash.code
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # past the content notes: join
        await pilot.pause()
        await skip_check_in(pilot)
        await until_started(pilot, slow)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, PauseScreen)  # while the log is being read
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PairScreen)
        slow.go.set()
        screen = await seated(pilot, app)
        assert screen.room is not None and screen.room.me is not None
        assert screen.room.me.role == "observer"
        assert REFLECT in conversation_text(app) and screen.query(FeedbackPanel)
        assert slow.calls == 1  # scored once, on the way in; the screen's replay reuses it
    for client in (ash, river):
        client.leave()
