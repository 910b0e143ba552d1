"""Pair practice on one screen: one laptop passed between a peer-player, a counsellor and,
optionally, an observer. The domain (scoring, branches, ratings) is `simulator.pair`."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Header, Input, Select, Static

from simulator.pair import SKILLS, PairSession, Roles, session_agreement
from simulator.safe_text import printable
from simulator.scenario import Scenario
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.conversation import Conversation, Note, PeerLine, TraineeLine
from simulator.tui.widgets.feedback import FeedbackPanel
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


class PairScreen(AppScreen):
    """Peer speaks (prompted by the script), counsellor replies, observer rates; then swap."""

    BINDINGS = [
        Binding("ctrl+s", "swap", "Swap roles", id="swap"),
        Binding("ctrl+o", "finish", "Results", id="finish"),
    ]

    def __init__(self, pair: PairSession) -> None:
        super().__init__(id="pair")
        self.pair = pair
        self.phase = "peer"

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="pair-main"):
            yield Static("", id="role-card")
            with Vertical(id="pair-talk"):
                yield Static("", id="turn-label")
                yield Conversation(id="conversation")
                with Vertical(id="observer-sheet"):
                    with Horizontal(id="observer-levels"):
                        for skill in SKILLS:
                            top = self.pp.top_levels.get(skill, 2)
                            yield Select(
                                [(str(i), i) for i in range(top + 1)],
                                prompt=skill.capitalize(),
                                id=f"rate-{skill}",
                                compact=True,
                            )
                    yield Input(
                        placeholder="Observer's note (optional), then Enter to save", id="rate-note"
                    )
                yield ReplyBox(id="reply")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ReplyBox).cursor_blink = self.pp.cursor_blink
        self.show_role_card()
        self.start_peer_turn()

    # ------------------------------------------------------------------ phases
    def show_role_card(self) -> None:
        persona = self.pair.scenario.persona
        text = Text()
        text.append(f"Role card for {printable(self.pair.roles.peer)}\n", style="bold")
        text.append(f"You are {printable(persona.name)} ({printable(persona.pronouns)}).\n\n")
        text.append(printable(persona.background) + "\n\n")
        if persona.wants:
            text.append("What you want:", style="bold")
            text.append(" " + printable(persona.wants) + "\n\n")
        if persona.how_to_play:
            text.append("How to play:", style="bold")
            text.append(" " + printable(persona.how_to_play) + "\n")
        self.query_one("#role-card", Static).update(text)

    def set_label(self, text: str) -> None:
        self.query_one("#turn-label", Static).update(Text(text, style="bold"))

    def start_peer_turn(self) -> None:
        self.phase = "peer"
        self.query_one("#observer-sheet").display = False
        box = self.query_one(ReplyBox)
        box.clear()
        box.insert(" ".join(self.pair.prompt()))
        self.set_label(
            f"{self.pair.roles.peer}, as {self.pair.scenario.persona.name}: say the line as written or in your own words, then Enter"
        )
        box.focus()

    def on_reply_box_send(self, event: ReplyBox.Send) -> None:
        conversation = self.query_one(Conversation)
        if self.phase == "peer":
            followed = self.pair.peer_says(event.text)
            conversation.add(PeerLine(self.pair.scenario.persona.name, (event.text,)))
            if not followed:
                conversation.add(
                    Note(
                        "Improvised: the reply will be scored on its own, not against the scenario."
                    )
                )
            self.phase = "counsellor"
            self.query_one(ReplyBox).clear()
            self.set_label(f"{self.pair.roles.counsellor}, reply as the counsellor, then Enter")
            return
        exchange = self.pair.counsellor_replies(event.text)
        self.query_one(ReplyBox).clear()
        conversation.add(
            TraineeLine(exchange.reply, speaker=f"{self.pair.roles.counsellor} (counsellor)")
        )
        if self.pair.roles.observer:
            self.phase = "observer"
            self.query_one("#observer-sheet").display = True
            self.set_label(
                f"{self.pair.roles.observer}, rate the reply on each skill (0-2), then Enter in the note"
            )
            self.query_one(f"#rate-{SKILLS[0]}", Select).focus()
            return
        conversation.add(FeedbackPanel(exchange.reply, exchange.auto, self.pp.top_levels))
        self.after_exchange()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "rate-note" or self.phase != "observer":
            return
        levels = {}
        for skill in SKILLS:
            value = self.query_one(f"#rate-{skill}", Select).value
            if isinstance(value, int):
                levels[skill] = value
        exchange = self.pair.observe(levels, event.value.strip())
        self.pp.record(
            lambda: self.pp.store.add_ratings(
                self.pair.scenario.id,
                exchange.reply,
                levels,
                exchange.auto.levels,
                exchange.note,
                trainee=self.pair.roles.counsellor,
            )
        )
        event.input.value = ""
        for skill in SKILLS:
            self.query_one(f"#rate-{skill}", Select).clear()
        self.query_one(Conversation).add(
            FeedbackPanel(exchange.reply, exchange.auto, self.pp.top_levels)
        )
        self.after_exchange()

    def after_exchange(self) -> None:
        if self.pair.round_over:
            node = self.pair.node
            self.query_one(Conversation).add(
                PeerLine(self.pair.scenario.persona.name, node.peer, node.direction)
            )
            done = (
                "Round 1 is over. Press Ctrl+S to swap roles."
                if self.pair.round == 1
                else "Press Ctrl+O to see the results."
            )
            self.query_one(Conversation).add(Note(done))
            self.set_label(done)
            self.phase = "done"
            return
        self.start_peer_turn()

    def action_swap(self) -> None:
        if self.pair.round >= 2:
            self.notify("Both rounds are done; press Ctrl+O for the results.")
            return
        self.pair.swap()
        self.query_one(Conversation).add(
            Note(
                f"Round 2: {self.pair.roles.peer} plays the peer, {self.pair.roles.counsellor} counsels."
            )
        )
        self.show_role_card()
        self.start_peer_turn()

    def action_finish(self) -> None:
        self.app.push_screen(PairResultsScreen(self.pair))


class PairResultsScreen(AppScreen):
    BINDINGS = [Binding("escape", "app.go_home", "Back to scenarios", id="home")]

    def __init__(self, pair: PairSession) -> None:
        super().__init__(id="pair-results")
        self.pair = pair

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        table = Table(title="Observer and automatic scores, side by side", expand=True)
        table.add_column("Round")
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
            table.add_row(str(exchange.round), Text(printable(exchange.reply)), *cells)
        summary = Text()
        for row in session_agreement(self.pair):
            if row.rated:
                summary.append(
                    f"{row.skill.capitalize()}: agreed on {row.exact:.0%} of {row.rated} rated replies\n"
                )
        if not summary.plain:
            summary.append("No observer ratings in this session.")
        yield Static(table, id="pair-table")
        yield Static(summary, id="pair-agreement")
        yield Footer()
