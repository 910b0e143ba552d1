"""Practice: the conversation, the reply box, and feedback after each reply."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static

from simulator.safe_text import printable
from simulator.session import Session, SessionError
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.conversation import Conversation, Note, PeerLine, TraineeLine
from simulator.tui.widgets.feedback import FeedbackPanel
from simulator.tui.widgets.reply_box import ReplyBox


class PracticeScreen(AppScreen):
    BINDINGS = [
        Binding("ctrl+r", "example", "Example reply", id="example"),
        Binding("ctrl+l", "leave", "Leave", id="leave"),
    ]

    def __init__(
        self, session: Session, *, show_scores: bool = True, resumed: bool = False
    ) -> None:
        super().__init__(id="practice")
        self.session = session
        self.show_scores = show_scores
        self.resumed = resumed
        self.last_node_id = session.node_id

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(
            Text.assemble(
                (printable(self.session.scenario.title), "bold"),
                f"  ·  with {printable(self.session.scenario.persona.name)}",
                "  ·  scores shown" if self.show_scores else "  ·  practising without scores",
            ),
            id="practice-title",
        )
        yield Conversation(id="conversation")
        yield ReplyBox(id="reply")
        yield Footer()

    def on_mount(self) -> None:
        if self.resumed:
            conversation = self.query_one(Conversation)
            for turn in self.session.turns:
                node = self.session.scenario.nodes[turn.node_id]
                conversation.add(
                    PeerLine(self.session.scenario.persona.name, node.peer, node.direction)
                )
                conversation.add(TraineeLine(turn.reply))
            self.note("Welcome back. Here is where you left off; nothing was lost.")
        self.show_peer()
        reply = self.query_one(ReplyBox)
        reply.cursor_blink = self.pp.cursor_blink
        reply.focus()

    def show_peer(self) -> None:
        node = self.session.node
        self.query_one(Conversation).add(
            PeerLine(self.session.scenario.persona.name, node.peer, node.direction)
        )

    def note(self, message: str) -> None:
        self.query_one(Conversation).add(Note(message))

    def on_reply_box_send(self, event: ReplyBox.Send) -> None:
        self.send(event.text)

    def send(self, text: str) -> None:
        conversation = self.query_one(Conversation)
        replied_at = self.session.node_id
        try:
            turn = self.session.reply(text)
        except SessionError as exc:
            self.notify(str(exc), severity="warning")
            return
        self.query_one(ReplyBox).clear()
        self.last_node_id = replied_at
        self.pp.record_turn(self.session, turn)
        conversation.add(TraineeLine(turn.reply))
        if self.show_scores:
            conversation.add(FeedbackPanel(turn.reply, turn.result, self.pp.top_levels))
        else:
            conversation.add(Note("Noted. Feedback comes at the end."))
        self.show_peer()
        if self.session.is_over:
            self.pp.finish_session(self.session)

    def action_example(self) -> None:
        node = self.session.scenario.nodes[
            self.last_node_id if self.session.is_over else self.session.node_id
        ]
        good = [e for e in node.examples if e.quality == "good"]
        if not good:
            self.notify("There's no example reply for this moment.")
            return
        example = good[len(self.session.turns) % len(good)]
        self.query_one(Conversation).add(
            Note(f"An example reply: “{example.reply}”\nWhy it works: {example.why}")
        )

    def action_leave(self) -> None:
        self.pp.leave_session(self.session)
