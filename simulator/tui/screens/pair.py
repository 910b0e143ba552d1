"""Pair practice: one laptop passed between a peer-player, a counsellor and, optionally, an
observer; or a room, where each of them is at their own terminal or browser tab.

The domain (scoring, branches, ratings) is `simulator.practice.pair`; rooms are `simulator.practice.room`.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Any

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Header, Input, Select, Static

from simulator.content.scenario import Scenario
from simulator.practice.agreement_words import agreement_line
from simulator.practice.pair import (
    SKILLS,
    Exchange,
    Happened,
    PairSession,
    Roles,
    ToScore,
    keep_ratings,
    session_agreement,
)
from simulator.practice.room import (
    POLL_SECONDS,
    ROLES,
    RoomClient,
    RoomError,
    RoomEvent,
    pretty_code,
    quiet_seconds,
)
from simulator.safe_text import printable
from simulator.scoring import ScoreResult
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.conversation import Conversation, Note, PeerLine, TraineeLine
from simulator.tui.widgets.feedback import FeedbackPanel
from simulator.tui.widgets.footer import Footer
from simulator.tui.widgets.reply_box import ReplyBox


class PairSetupScreen(ModalScreen[Roles | None]):
    """Who plays the peer, who counsels, and who (if anyone) observes."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, scenario: Scenario, counsellor: str) -> None:
        super().__init__(id="pair-setup")
        self.scenario = scenario
        self.counsellor = counsellor

    def compose(self) -> ComposeResult:
        with Vertical(id="pair-box"):
            yield Static(Text.assemble(("Pair practice: ", "bold"), printable(self.scenario.title)))
            notes = "; ".join(printable(n) for n in self.scenario.content_notes) or "none"
            yield Static(Text.assemble(("Content notes: ", "bold"), notes), id="pair-notes")
            yield Static(
                Text(
                    "One person plays the peer from a role card, one counsels, one may observe. Pass the laptop between you."
                ),
                classes="hint",
            )
            yield Input(placeholder="Who plays the peer?", id="peer-name")
            yield Input(value=self.counsellor, placeholder="Who counsels?", id="counsellor-name")
            yield Input(placeholder="Who observes? (optional)", id="observer-name")
            with Horizontal(id="pair-buttons"):
                yield Button("Start", id="start", variant="primary")
                yield Button("Cancel", id="cancel")
        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#peer-name", Input).focus()

    def _roles(self) -> Roles | None:
        peer = self.query_one("#peer-name", Input).value.strip() or "Peer"
        counsellor = self.query_one("#counsellor-name", Input).value.strip() or "Counsellor"
        observer = self.query_one("#observer-name", Input).value.strip()
        return Roles(peer, counsellor, observer)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "observer-name":
            self.dismiss(self._roles())
        else:
            self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(self._roles() if event.button.id == "start" else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(eq=False)
class Step:
    """A step waiting to be applied, in order: a reply in it is scored off the UI thread
    first, and the steps after it wait their turn."""

    kind: str
    body: dict[str, Any]
    mine: bool
    event: RoomEvent | None = None  # in a room, the logged step
    result: ScoreResult | None = None
    scored: bool = False


#: What the counsellor and the observer see where the peer-player sees the role card.
ROLE_BRIEFS = {
    "counsellor": (
        "You are the counsellor.\n\nYou don't see the role card: listen to what the peer "
        "says, reflect it, and let them lead. Each reply is scored once the observer (if "
        "there is one) has rated it."
    ),
    "observer": (
        "You are the observer.\n\nRate each reply on the three skills before you see the "
        "automatic scores, and add a note if something stood out. Your ratings are kept to "
        "help facilitators tune the rubrics."
    ),
}


class PairScreen(AppScreen):
    """Peer speaks (prompted by the script), counsellor replies, observer rates; then swap.

    On one screen the person at the keyboard holds every role in turn. In a room (`room`
    given) they hold one role; every step goes through the room's log in the store, and
    what the others do appears when the screen polls it. Either way, what is shown comes
    from `PairSession.apply`, so both modes behave the same.
    """

    BINDINGS = [
        Binding("ctrl+s", "swap", "Swap roles", id="swap"),
        # The same key with three people: the footer says what it does (see check_action).
        Binding("ctrl+s", "rotate", "Rotate roles", id="rotate"),
        Binding("ctrl+o", "finish", "Results", id="finish"),
        Binding("ctrl+l", "leave", "Leave (press twice)", id="leave_pair"),
    ]

    #: Seconds (about a frame) before a reply still being scored says so on screen.
    SCORING_NOTICE = 0.04

    def __init__(self, pair: PairSession, *, room: RoomClient | None = None) -> None:
        super().__init__(id="pair")
        self.pair = pair
        self.room = room
        #: Steps not applied yet, in order; the first may be a reply being scored.
        self.steps: deque[Step] = deque()
        #: The step whose reply is being scored off the UI thread, if any.
        self.scoring: Step | None = None
        #: In a room, the last step of the log as it was on arrival (replayed quietly),
        #: and the name this person joined under.
        self._replay_end: int | None = None
        self._my_name = ""
        self._turn: tuple[object, ...] = ()
        self._store_trouble = False
        #: False while the room's log is first read (a replay): nobody is asked about
        #: rounds that ended before they came in.
        self._live = room is None
        #: Rounds this person was asked to keep, and their answers.
        self._asked: set[int] = set()
        self._kept: dict[int, bool] = {}
        self._pair_id = uuid.uuid4().hex[:12]
        #: The round (and whose history) the keep question below the feedback is about.
        self._keep_pending: tuple[int, str] | None = None

    @property
    def phase(self) -> str:
        return self.pair.phase

    @property
    def seats(self) -> set[str]:
        """The roles the person at this screen holds."""
        if self.room is None:
            return set(ROLES)
        me = self.room.me
        return {me.role} if me else set()

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="pair-main"):
            with Vertical(id="pair-side"):
                if self.room is not None:
                    yield Static("", id="room-info")
                yield Static("", id="role-card")
            with Vertical(id="pair-talk"):
                yield Static("", id="turn-label")
                yield Conversation(id="conversation")
                with Vertical(id="observer-sheet"):
                    yield Static(
                        Text("\n".join(self.pair.scale(skill) for skill in SKILLS), style="italic"),
                        id="observer-scale",
                    )
                    with Horizontal(id="observer-levels"):
                        for skill in SKILLS:
                            top = self.pair.top_level(skill)
                            yield Select(
                                [
                                    (
                                        f"{skill.capitalize()}: {i} {self.pair.level_label(skill, i)}",
                                        i,
                                    )
                                    for i in range(top + 1)
                                ],
                                prompt=skill.capitalize(),
                                id=f"rate-{skill}",
                                compact=True,
                            )
                    yield Input(
                        placeholder="Observer's note (optional), then Enter to save", id="rate-note"
                    )
                yield ReplyBox(id="reply")
                with Vertical(id="keep-bar"):
                    yield Static("", id="keep-question")
                    with Horizontal(id="keep-buttons"):
                        yield Button("Keep it", id="keep-yes")
                        yield Button("Don't keep", id="keep-no")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ReplyBox).cursor_blink = self.pp.cursor_blink
        if self.room is not None:
            self.poll()  # the room so far (replies in it are scored in the background)
            self.set_interval(POLL_SECONDS, self.poll, name="room-poll")
            self.set_interval(1.0, self.check_quiet, name="room-quiet")
        else:
            self.show_role_card()
            self.refresh_turn()

    # ------------------------------------------------------------------ steps
    def send(self, kind: str, body: dict[str, Any] | None = None) -> None:
        """Take one step: straight into the session on one screen, through the log in a room."""
        if self.room is None:
            self.steps.append(Step(kind, dict(body or {}), mine=True))
            self.apply_steps()
            return
        try:
            self.room.send(kind, body)
        except RoomError as exc:
            self.notify(f"{exc}. What was said so far is still on screen.", severity="warning")
            return
        except sqlite3.Error as exc:
            self.notify(
                f"Couldn't reach the room ({exc}); your words are still in the box, try again.",
                severity="error",
            )
            return
        self.poll()

    def poll(self) -> None:
        """Show what has been added to the room's log since we last looked."""
        assert self.room is not None
        try:
            events = self.room.fetch()
        except sqlite3.Error as exc:
            if not self._store_trouble:
                self._store_trouble = True
                self.notify(
                    f"Can't read the room just now ({exc}); still trying.", severity="warning"
                )
            return
        self._store_trouble = False
        member = self.room.member
        if self._replay_end is None:  # arriving: what was said before is replayed quietly
            self._replay_end = events[-1].id if events else 0
            self._live = not events
            # Whose words a replayed reply was is said from where this person sits, even
            # before their own join (at the end of the log) is applied.
            self._my_name = next(
                (
                    str(e.body.get("name", ""))
                    for e in events
                    if e.kind == "join" and e.member == member
                ),
                "",
            )
        self.steps.extend(Step(e.kind, e.body, e.member == member, e) for e in events)
        if not self.apply_steps() and not self._turn:
            self.refresh_turn()

    def apply_steps(self) -> bool:
        """Apply the waiting steps in order, until one holds a reply to score: that is
        scored off the UI thread and the rest wait for it. Returns whether any applied."""
        applied = False
        while self.steps and self.scoring is None and self.is_attached:
            step = self.steps[0]
            if not step.scored and step.event is not None and self.room is not None:
                known = self.room.scored.pop(step.event.id, None)  # scored on the way in
                step.result, step.scored = known, known is not None
            if not step.scored:
                job = (
                    self.pair.to_score(step.kind, step.body)
                    if step.event is None
                    else self.room.play.to_score(step.event)
                    if self.room is not None
                    else None
                )
                if job is not None:
                    self.start_scoring(step, job)
                    break
            self.steps.popleft()
            self.apply_step(step)
            applied = True
        if applied:
            self.refresh_turn()
        return applied

    def apply_step(self, step: Step) -> None:
        if self.room is None or step.event is None:
            happened = self.pair.apply(step.kind, step.body, scored=step.result)
            if happened is not None:
                self.show(happened, mine=step.mine)
            return
        was_member = self.room.me is not None
        happened = self.room.play.apply(step.event, scored=step.result)
        if happened is not None:
            self.show(happened, mine=step.mine)
        if not self._live and step.event.id >= (self._replay_end or 0):
            self._live = True  # caught up with the room as it was on arrival
        if was_member and self.room.me is None:
            quiet = happened is not None and happened.kind == "quiet"
            self.notify(
                "This window was silent too long (gone quiet) and someone took your seat; it "
                "now only follows along. Join again with Ctrl+B for a free role."
                if quiet
                else "You joined this room from another window; this one now only follows along.",
                timeout=10,
            )

    def start_scoring(self, step: Step, job: ToScore) -> None:
        """Score the step's reply in the background; after about a frame, say so."""
        from simulator.tui.background_scoring import score_in_background

        self.scoring = step
        box = self.query_one(ReplyBox)
        if step.mine:
            box.disabled = True  # sent: no second send of the same words meanwhile

        def done(result: ScoreResult | None, failed: Exception | None) -> None:
            if self.scoring is not step or not self.is_attached:
                return  # the screen has gone (left, or the app is closing)
            self.scoring = None
            step.result, step.scored = result, True
            box.disabled = False
            if failed is not None:
                self.notify(f"Scoring that reply had a problem ({failed}); trying again.")
            self.apply_steps()

        def still_scoring() -> None:
            if self.scoring is step:
                who = "your" if step.mine else f"{self.pair.roles.counsellor}'s"
                self.set_label(f"Scoring {who} reply…")

        self.set_timer(self.SCORING_NOTICE, still_scoring)
        score_in_background(self.pp, self.pair.scorer, job, done)

    def check_quiet(self) -> None:
        """Say when someone's seat has gone quiet (their heartbeat stopped): the others know
        why nothing happens, and that the seat can be taken."""
        assert self.room is not None
        before = set(self.room.quiet)
        try:
            gone = self.room.find_quiet()
        except sqlite3.Error:
            return
        for member in gone:
            if member.id == self.room.member:
                continue
            self.query_one(Conversation).add(
                Note(
                    f"{member.name} ({member.role}) has gone quiet: not heard from for "
                    f"{quiet_seconds():.0f} s. Someone can take the seat by joining as the "
                    f"{member.role} with code {pretty_code(self.room.code)}."
                )
            )
        if self.room.quiet != before:
            self.show_room_info()
            self._turn = ()
            self.refresh_turn()

    def show(self, happened: Happened, *, mine: bool) -> None:
        conversation = self.query_one(Conversation)
        persona = self.pair.scenario.persona.name
        if happened.kind in ("join", "leave", "quiet"):
            conversation.add(Note(happened.text))
            self.show_room_info()
            if happened.exchange is not None:  # the observer left before rating this reply
                self.show_feedback(happened.exchange)
            if happened.kind == "join" and self.room is not None and mine:
                self.show_role_card()
        elif happened.kind == "peer":
            conversation.add(PeerLine(persona, (happened.text,)))
            if not happened.followed:
                conversation.add(
                    Note(
                        "Improvised: the reply will be scored on its own, not against the scenario."
                    )
                )
        elif happened.kind == "reply" and happened.exchange is not None:
            conversation.add(TraineeLine(happened.text, speaker=f"{happened.who} (counsellor)"))
            if not happened.exchange.needs_rating:
                self.show_feedback(happened.exchange)
        elif happened.kind == "rating" and happened.exchange is not None:
            exchange = happened.exchange
            if mine and "observer" in self.seats and exchange.human:
                self.pp.record(lambda: keep_ratings(self.pp.store, self.pair, exchange))
            self.show_feedback(exchange)
        elif happened.kind == "swap":
            conversation.add(Note(happened.text))
            self.show_role_card()
            self.show_room_info()
        elif happened.kind == "keep":
            conversation.add(Note(happened.text))
            if self._kept.get(happened.round):  # their answer may let us keep their words
                self.save_round(happened.round)

    def show_feedback(self, exchange: Exchange) -> None:
        conversation = self.query_one(Conversation)
        me = self.room.me if self.room is not None else None
        name = me.name if me is not None else self._my_name
        words = (
            "Your words"
            if not name or name == exchange.counsellor
            else f"{exchange.counsellor}'s words"
        )
        conversation.add(
            FeedbackPanel(exchange.reply, exchange.auto, self.pp.top_levels, words=words)
        )
        if self.pair.ended_round(exchange):
            node = self.pair.scenario.nodes[exchange.next_node_id]
            conversation.add(PeerLine(self.pair.scenario.persona.name, node.peer, node.direction))
            conversation.add(Note(self.done_text(exchange.round)))
            if self._live and self.seats and exchange.round not in self._asked:
                self._asked.add(exchange.round)
                self.call_after_refresh(self.ask_keep, exchange)

    # ------------------------------------------------------------ keeping rounds
    def round_role(self, exchange: Exchange, name: str) -> str:
        if name == exchange.counsellor:
            return "counsellor"
        return "peer" if name == exchange.peer_player else "observer"

    def keeper(self, exchange: Exchange) -> str:
        """Whose history a round goes into: mine in a room, the counsellor's on one screen."""
        me = self.room.me if self.room is not None else None
        return me.name if me is not None else exchange.counsellor

    def ask_keep(self, exchange: Exchange) -> None:
        """Ask, below the feedback (which stays readable), whether to keep the round."""
        from simulator.store.kept import default_keep

        round_no, keeper = exchange.round, self.keeper(exchange)
        role = self.round_role(exchange, keeper)
        if self.room is None:
            question = f"Keep round {round_no} in {keeper}'s history?"
            detail = "Only on this computer; it shows in 'history' and can be exported."
        else:
            question = f"Keep round {round_no} in your history?"
            detail = (
                "Only on this computer; it shows in 'history'. Your answer also lets the others "
                "keep your words from this round, or not; theirs are kept only with their yes."
            )

        self._keep_pending = (round_no, keeper)
        self.query_one("#keep-question", Static).update(
            Text.assemble((question + " ", "bold"), (detail, "dim"))
        )
        yes, no = self.query_one("#keep-yes", Button), self.query_one("#keep-no", Button)
        default = default_keep(role)
        yes.variant, no.variant = ("primary", "default") if default else ("default", "primary")
        self.query_one("#keep-bar").display = True
        (yes if default else no).focus()
        # The bar takes room from the conversation: keep its last lines (the ending) in view.
        self.query_one(Conversation).anchor()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id not in ("keep-yes", "keep-no") or self._keep_pending is None:
            return
        event.stop()
        (round_no, keeper), keep = self._keep_pending, event.button.id == "keep-yes"
        self._keep_pending = None
        self.query_one("#keep-bar").display = False
        self._kept[round_no] = keep
        if self.room is not None:
            self.send("keep", {"round": round_no, "keep": keep})
        if keep:
            self.save_round(round_no)
            self.notify(f"Round {round_no} is kept in {keeper}'s history.", timeout=4)
        else:
            self.notify(f"Round {round_no} is not kept.", timeout=3)
        self._turn = ()
        self.refresh_turn()

    def save_round(self, round_no: int) -> None:
        from simulator.store.kept import keep_round

        exchanges = [e for e in self.pair.exchanges if e.round == round_no]
        if not exchanges:
            return
        keeper = self.keeper(exchanges[-1])
        if self.room is not None:
            consent = dict(self.room.play.keeps.get(round_no, {}))
            session_id = f"room-{self.room.code}-{round_no}-{self.room.member}"
            kind = "room"
        else:  # one screen: everyone whose words these are is at it, and was asked
            names = {exchanges[-1].counsellor, exchanges[-1].peer_player, exchanges[-1].observer}
            consent = {name: True for name in names if name}
            session_id = f"pair-{self._pair_id}-{round_no}"
            kind = "pair"
        role = self.round_role(exchanges[-1], keeper)

        def save() -> None:
            keep_round(
                self.pp.store,
                self.pair,
                round_no,
                keeper=keeper,
                role=role,
                kind=kind,
                session_id=session_id,
                consent=consent,
            )

        self.pp.record(save)

    def done_text(self, round_no: int) -> str:
        """What is said when round `round_no` ends (with the keys, if it is this round)."""
        if round_no != self.pair.round or self.phase != "done":
            return f"Round {round_no} is over."
        change = "rotate roles" if self.pair.roles.observer else "swap roles"
        if round_no == 1:
            return f"Round 1 is over. Press Ctrl+S to {change}, or Ctrl+O for the results."
        return f"Round {round_no} is over. Press Ctrl+O to see the results, or Ctrl+S to {change} again."

    # ------------------------------------------------------------------ display
    def show_role_card(self) -> None:
        card = self.query_one("#role-card", Static)
        if self.room is not None and "peer" not in self.seats:
            # The persona card is the peer-player's alone; the others get their own brief.
            card.update(Text(ROLE_BRIEFS.get(next(iter(self.seats), ""), ""), style="italic"))
            return
        persona = self.pair.scenario.persona
        player = self.pair.roles.peer or "the peer-player"
        text = Text()
        text.append(f"Role card for {printable(player)}\n", style="bold")
        text.append(f"You are {printable(persona.name)} ({printable(persona.pronouns)}).\n\n")
        text.append(printable(persona.background) + "\n\n")
        if persona.wants:
            text.append("What you want:", style="bold")
            text.append(" " + printable(persona.wants) + "\n\n")
        if persona.how_to_play:
            text.append("How to play:", style="bold")
            text.append(" " + printable(persona.how_to_play) + "\n")
        card.update(text)

    def show_room_info(self) -> None:
        if self.room is None:
            return
        text = Text()
        text.append(f"Room {pretty_code(self.room.code)}\n", style="bold")
        text.append(printable(self.pair.scenario.title) + "\n\n")
        for role in ROLES:
            holder = self.room.play.holder(role)
            name = printable(holder.name) if holder else "(free)"
            you = " (you)" if holder is not None and holder.id == self.room.member else ""
            if holder is not None and holder.id in self.room.quiet and not you:
                you = " (gone quiet)"
            text.append(f"{role.capitalize()}: {name}{you}\n")
        text.append("\nOthers join with Ctrl+B on the home screen and this code.", style="italic")
        self.query_one("#room-info", Static).update(text)

    def set_label(self, text: str) -> None:
        self.query_one("#turn-label", Static).update(Text(text, style="bold"))

    def refresh_turn(self) -> None:
        """Show whose turn it is, and give the person at this screen what their role needs.
        The reply box is reset only when a new turn of theirs begins, never mid-sentence."""
        phase, pair = self.phase, self.pair
        turn = (phase, pair.round, len(pair.exchanges), tuple(sorted(self.seats)))
        new_turn = turn != self._turn
        self._turn = turn
        box = self.query_one(ReplyBox)
        sheet = self.query_one("#observer-sheet")
        sheet.display = phase == "observer" and "observer" in self.seats
        box.display = phase in ("peer", "counsellor") and phase in self.seats
        self.refresh_bindings()  # "Swap roles" or "Rotate roles", as there are two or three
        if phase == "done":
            self.set_label(self.done_text(pair.round))
            return
        if phase not in self.seats:
            holder = self.room.play.holder(phase) if self.room else None
            if holder is None:
                code = pretty_code(self.room.code) if self.room else ""
                self.set_label(f"Waiting for someone to join as the {phase} (room code {code})")
            elif self.room is not None and holder.id in self.room.quiet:
                self.set_label(
                    f"Waiting for {holder.name} ({phase}), who has gone quiet; someone else "
                    f"can join as the {phase} with code {pretty_code(self.room.code)}"
                )
            else:
                self.set_label(f"Waiting for {holder.name} ({phase})…")
            return
        if not new_turn:
            return
        if phase == "peer":
            box.clear()
            box.insert(" ".join(pair.prompt()))
            self.set_label(
                f"{pair.roles.peer}, as {pair.scenario.persona.name}: say the line as written or in your own words, then Enter"
            )
            box.focus()
        elif phase == "counsellor":
            box.clear()
            self.set_label(f"{pair.roles.counsellor}, reply as the counsellor, then Enter")
            box.focus()
        else:
            for skill in SKILLS:
                self.query_one(f"#rate-{skill}", Select).clear()
            self.query_one("#rate-note", Input).value = ""
            top = max(pair.top_level(skill) for skill in SKILLS)
            self.set_label(
                f"{pair.roles.observer}, rate the reply: a level (0-{top}) for each skill, "
                "typed or picked from the list with Enter, then Enter in the note"
            )
            self.query_one(f"#rate-{SKILLS[0]}", Select).focus()

    # ------------------------------------------------------------------ input
    def on_reply_box_send(self, event: ReplyBox.Send) -> None:
        phase = self.phase
        if phase in ("peer", "counsellor") and phase in self.seats:
            self.send("peer" if phase == "peer" else "reply", {"text": event.text})

    def on_key(self, event: events.Key) -> None:
        """On the observer sheet a level can be typed: the digit rates the focused skill and
        moves on to the next (or to the note), with no list to open and close."""
        select = self.focused
        if not (
            isinstance(select, Select)
            and (select.id or "").startswith("rate-")
            and not select.expanded
            and event.character is not None
            and event.character.isdigit()
        ):
            return
        level = int(event.character)
        skill = (select.id or "").removeprefix("rate-")
        top = self.pair.top_level(skill)
        if level > top:
            self.notify(f"{skill.capitalize()} goes from 0 to {top}.")
        else:
            select.value = level
            self.focus_next()
        event.stop()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "rate-note" or self.phase != "observer":
            return
        if "observer" not in self.seats:
            return
        levels = {}
        for skill in SKILLS:
            value = self.query_one(f"#rate-{skill}", Select).value
            if isinstance(value, int):
                levels[skill] = value
        self.send("rating", {"levels": levels, "note": event.value.strip()})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+S swaps two people's roles, and rotates three people's."""
        if action in ("swap", "rotate"):
            return (action == "rotate") == bool(self.pair.roles.observer)
        return True

    def action_rotate(self) -> None:
        self.action_swap()

    def action_swap(self) -> None:
        if self.phase != "done":
            self.notify("Roles swap when this round has reached an ending.")
        else:
            self.send("swap")

    def action_finish(self) -> None:
        results = PairResultsScreen if self.room is None else RoomResultsScreen
        self.app.push_screen(results(self.pair))

    def action_leave(self) -> None:
        """Leave whenever you like (a second press, as Ctrl+L also clears terminals); in a
        room the others see that you left."""
        from simulator.tui.press_twice import PressTwice

        self.leave_key: PressTwice = getattr(self, "leave_key", None) or PressTwice()
        if self.leave_key.confirmed(self, "leave_pair", "leave"):
            self.pp.go_home()

    def on_unmount(self) -> None:
        """However this screen goes (Leave, home from the results, the app quitting, a served
        browser tab closing), the others in the room see that we left and our role is free."""
        if self.room is not None:
            self.room.leave()


class PairResultsScreen(AppScreen):
    """The side-by-side. Looking at it is the normal end of a round, so Esc (or Ctrl+O
    again) goes back to the pair or room; only Ctrl+L leaves."""

    BINDINGS = [
        Binding("escape,ctrl+o", "back", "Back to the pair", id="results_back"),
        Binding("ctrl+l", "leave", "Leave (press twice)", id="leave_pair"),
    ]

    def __init__(self, pair: PairSession) -> None:
        super().__init__(id="pair-results")
        self.pair = pair

    def action_back(self) -> None:
        self.dismiss()

    def action_leave(self) -> None:
        from simulator.tui.press_twice import PressTwice

        self.leave_key: PressTwice = getattr(self, "leave_key", None) or PressTwice()
        if self.leave_key.confirmed(self, "leave_pair", "leave"):
            self.pp.go_home()

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        table = Table(title="Observer and automatic scores, side by side", expand=True)
        table.add_column("Round")
        table.add_column("Counsellor")
        table.add_column("Reply")
        for skill in SKILLS:
            table.add_column(f"{skill.capitalize()}\nobserver / auto")
        for exchange in self.pair.exchanges:
            cells = []
            for skill in SKILLS:
                human = (
                    "—"
                    if exchange.human is None or skill not in exchange.human
                    else str(exchange.human[skill])
                )
                cells.append(f"{human} / {exchange.auto.skills[skill].level}")
            table.add_row(
                str(exchange.round),
                Text(printable(exchange.counsellor)),
                Text(printable(exchange.reply)),
                *cells,
            )
        summary = Text()
        for row in session_agreement(self.pair):
            if line := agreement_line(row):
                summary.append(f"{line}\n")
        if not summary.plain:
            summary.append("No observer ratings in this session.")
        yield Static(table, id="pair-table")
        yield Static(summary, id="pair-agreement")
        yield Footer()


class RoomResultsScreen(PairResultsScreen, inherit_bindings=False):
    """The side-by-side in a room: the footer says that Esc goes back to the room and that
    Ctrl+L is what leaves it."""

    BINDINGS = [
        Binding("escape,ctrl+o", "back", "Back to the room", id="results_back"),
        Binding("ctrl+l", "leave", "Leave the room (press twice)", id="leave_pair"),
    ]
