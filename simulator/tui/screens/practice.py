"""Practice: the conversation, the reply box, and feedback after each reply.

A reply is scored in a background thread, never on the UI thread: the pause key, leaving and
quitting work while it is being read. A reply that takes longer than `SCORING_BUDGET` is set
aside unscored, with a kind note and the text back in the box, and practice goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Button, Header, Static

from simulator.practice.session import Session, SessionError
from simulator.safe_text import printable
from simulator.scoring import ScoreResult
from simulator.tui.background_scoring import in_background
from simulator.tui.press_twice import PressTwice
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.conversation import Conversation, Note, PeerLine, TraineeLine
from simulator.tui.widgets.feedback import FeedbackPanel
from simulator.tui.widgets.footer import Footer
from simulator.tui.widgets.reply_box import ReplyBox


@dataclass(eq=False)
class Scoring:
    """A reply being scored in the background, and where in the session it was sent."""

    text: str
    node_id: str
    turns_before: int
    timers: list[Timer] = field(default_factory=list)
    note: Note | None = None


class PracticeScreen(AppScreen):
    BINDINGS = [
        Binding("ctrl+r", "example", "Example", id="example"),
        Binding("ctrl+l", "leave", "Leave (press twice)", id="leave"),
    ]
    #: Seconds before a reply still being read gets a note, and before it is set aside.
    SLOW_NOTICE = 1.5
    SCORING_BUDGET = 10.0
    #: Terminals shorter than this get the compact feedback card, so the peer's next words
    #: stay in view under it.
    COMPACT_BELOW = 30

    def __init__(
        self, session: Session, *, show_scores: bool = True, resumed: bool = False
    ) -> None:
        super().__init__(id="practice")
        self.session = session
        self.show_scores = show_scores
        self.resumed = resumed
        self.last_node_id = session.node_id
        #: The reply being scored, if any.
        self.scoring: Scoring | None = None
        self.leave_key = PressTwice()

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
                if self.show_scores:
                    conversation.add(
                        FeedbackPanel(
                            turn.reply, turn.result, self.pp.top_levels, compact=self.compact
                        )
                    )
            self.note("Welcome back. Here is where you left off; nothing was lost.")
        self.show_peer()
        reply = self.query_one(ReplyBox)
        reply.cursor_blink = self.pp.cursor_blink
        reply.focus()

    def on_screen_resume(self) -> None:
        """Back from the end screen to try a moment again (or a restart from pause): the
        reply box is for replies again."""
        if not self.session.is_over:
            for button in self.query("#see-ending"):
                button.remove()
            box = self.query_one(ReplyBox)
            if box.disabled:
                box.reopen()
                box.focus()

    @property
    def compact(self) -> bool:
        return self.app.size.height < self.COMPACT_BELOW

    def show_peer(self) -> None:
        node = self.session.node
        self.query_one(Conversation).add(
            PeerLine(self.session.scenario.persona.name, node.peer, node.direction)
        )

    def note(self, message: str) -> None:
        self.query_one(Conversation).add(Note(message))

    def on_reply_box_send(self, event: ReplyBox.Send) -> None:
        self.send(event.text)

    def on_reply_box_empty(self, event: ReplyBox.Empty) -> None:
        self.send("")  # the session says what an empty reply needs

    def send(self, text: str) -> None:
        if self.scoring is not None:
            self.notify("Still reading your last reply; it will be with you in a moment.")
            return
        try:
            checked = self.session.check_reply(text)
        except SessionError as exc:
            message = str(exc)
            self.notify(message[:1].upper() + message[1:] + ".", severity="warning")
            return
        self.query_one(ReplyBox).clear()
        self.query_one(Conversation).add(TraineeLine(checked))
        job = Scoring(checked, self.session.node_id, len(self.session.turns))
        self.scoring = job
        session = self.session

        in_background(
            self.app,
            lambda: self.pp.score_reply(session, checked, budget=self.SCORING_BUDGET),
            partial(self.scored, job),
            name="score-reply",
            timed_out=partial(self.set_aside, job),
        )
        job.timers = [
            self.set_timer(self.SLOW_NOTICE, lambda: self.still_reading(job)),
            self.set_timer(self.SCORING_BUDGET, lambda: self.set_aside(job)),
        ]

    def _done(self, job: Scoring) -> None:
        for timer in job.timers:
            timer.stop()
        if job.note is not None:
            job.note.remove()
        self.scoring = None

    def still_reading(self, job: Scoring) -> None:
        if job is self.scoring:
            job.note = Note("Reading your reply… You can pause (Ctrl+G) at any time.")
            self.query_one(Conversation).add(job.note)

    def set_aside(self, job: Scoring) -> None:
        """The reply took longer than the budget: practice goes on without it."""
        if job is not self.scoring:
            return
        self._done(job)
        self.note(
            "That reply was taking too long to read, so it was set aside without scores. "
            "Nothing is lost: it is back in the box. A shorter reply, or one with fewer "
            "blank lines, will be read at once."
        )
        self.restore_text(job.text)

    def restore_text(self, text: str) -> None:
        box = self.query_one(ReplyBox)
        if not box.text.strip():
            box.load_text(text)

    def scored(self, job: Scoring, result: ScoreResult | None, failed: Exception | None) -> None:
        if job is not self.scoring or not self.is_attached:
            return  # set aside already, or the screen is gone (the app is closing)
        self._done(job)
        session = self.session
        if (
            session.is_over
            or session.node_id != job.node_id
            or len(session.turns) != job.turns_before
        ):
            return  # left or started again while it was read
        if result is None:
            self.note(
                f"Sorry, that reply couldn't be read ({failed}). It is back in the box; "
                "your conversation goes on."
            )
            self.restore_text(job.text)
            return
        turn = session.take_turn(job.text, result)
        self.last_node_id = job.node_id
        self.pp.record_turn(session, turn)
        conversations = self.query(Conversation)
        if not conversations:
            return  # the screen is being taken down (the app is closing): the turn is kept
        conversation = conversations.first()
        if self.show_scores:
            conversation.add(
                FeedbackPanel(turn.reply, turn.result, self.pp.top_levels, compact=self.compact)
            )
        else:
            conversation.add(Note("Noted. Feedback comes at the end."))
        self.show_peer()
        if session.is_over:
            # Once the card is painted: disabling the box and focusing the button restyle
            # the screen, which need not stand between the reply and its feedback.
            self.call_after_refresh(self.offer_ending)

    def offer_ending(self) -> None:
        """The last reply's card and the peer's last words stay on screen until the person
        chooses to see how it went."""
        if not self.is_attached or not self.session.is_over or self.query("#see-ending"):
            return
        self.query_one(ReplyBox).close(
            "The conversation has ended: press Enter for “See how it went”."
        )
        button = Button("See how it went", id="see-ending", variant="primary", compact=True)
        self.query_one(Conversation).add(button)
        button.focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "see-ending":
            event.stop()
            self.pp.finish_session(self.session, show_scores=self.show_scores)

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
        if self.leave_key.confirmed(self, "leave", "leave this conversation"):
            if self.scoring is not None:
                self._done(self.scoring)
            self.pp.leave_session(self.session, show_scores=self.show_scores)
