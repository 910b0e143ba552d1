"""A drill set: a peer line, the trainee's reply, instant feedback on the unit's skill, and
the next line at once. Leaving part-way loses nothing and is never counted against anyone."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Header, Static

from simulator.practice.course_text import drill_feedback, set_summary
from simulator.practice.drills import DrillRun
from simulator.safe_text import printable
from simulator.scoring.results import ScoreResult
from simulator.scoring.text import MAX_REPLY_CHARS
from simulator.tui.background_scoring import in_background
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.conversation import Conversation, Note, PeerLine, TraineeLine
from simulator.tui.widgets.footer import Footer
from simulator.tui.widgets.reply_box import ReplyBox

MARK_STYLE = {"✓": "bold green", "○": "bold", "!": "bold yellow", "→": "bold"}


class DrillFeedback(Static):
    """Feedback on one drill reply (the unit's skill only)."""

    def __init__(self, lines: list[tuple[str, str]], passed: bool) -> None:
        text = Text()
        for mark, line in lines:
            if mark:
                text.append(mark + " ", style=MARK_STYLE.get(mark, "bold"))
            text.append(line + "\n")
        text.rstrip()
        super().__init__(text, classes="feedback drill-feedback" + (" passed" if passed else ""))


class DrillScreen(AppScreen):
    CSS_PATH = "../course.tcss"
    BINDINGS = [
        Binding("f4", "skip", "Skip item", id="drill_skip"),
        Binding("escape", "leave", "Leave drill", id="drill_leave"),
        Binding("n", "again", "Another set", id="drill_again"),
    ]

    #: Seconds a reply may take to be read in the scoring process before it is set aside.
    SCORING_BUDGET = 10.0

    def __init__(self, run: DrillRun) -> None:
        super().__init__()
        self.run = run
        #: The reply being scored in the background, if any.
        self.scoring: str | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static("", id="drill-title")
        yield Conversation(id="conversation")
        yield ReplyBox(id="reply")
        yield Footer()

    def on_mount(self) -> None:
        reply = self.query_one(ReplyBox)
        reply.cursor_blink = self.pp.cursor_blink
        self.show_item()
        reply.focus()

    def update_title(self) -> None:
        run = self.run
        number = run.course.number(run.unit)
        shown = min(run.position + 1, len(run.items))
        self.query_one("#drill-title", Static).update(
            Text.assemble(
                (f"Unit {number}: {printable(run.unit.title)}", "bold"),
                f"  ·  drill {shown} of {len(run.items)}  ·  {run.unit.skill}",
            )
        )

    def show_item(self) -> None:
        self.update_title()
        item = self.run.current
        if item is None:
            return
        self.query_one(Conversation).add(PeerLine("Peer", item.peer))

    def on_reply_box_send(self, event: ReplyBox.Send) -> None:
        """Score in the background (the screen never waits on it), then take the reply."""
        item = self.run.current
        if item is None:
            return
        if self.scoring is not None:
            self.notify("Still reading your last reply; it will be with you in a moment.")
            return
        text = event.text.strip()
        if len(text) > MAX_REPLY_CHARS:
            self.notify(
                f"The reply is longer than {MAX_REPLY_CHARS} characters; say it more briefly.",
                severity="warning",
            )
            return
        self.query_one(ReplyBox).clear()
        self.query_one(Conversation).add(TraineeLine(text))
        self.scoring = text
        process = self.pp.scoring_process

        def work() -> ScoreResult:
            if process is None:
                return self.run.scorer.score(item.peer_text, text, item.as_node())
            return process.score(item.peer_text, text, item.as_node(), timeout=self.SCORING_BUDGET)

        # A timeout or a failure comes back as `failed`: said kindly, drilling goes on.
        in_background(self.app, work, partial(self.scored, text), name="score-drill")

    def scored(self, text: str, result: ScoreResult | None, failed: Exception | None) -> None:
        self.scoring = None
        if not self.is_attached or self.run.is_over:
            return
        if result is None:
            self.query_one(Conversation).add(
                Note(
                    f"Sorry, that reply couldn't be read ({failed}). It is back in the box; "
                    "a shorter one will be read at once."
                )
            )
            box = self.query_one(ReplyBox)
            if not box.text.strip():
                box.load_text(text)
            return
        answer = self.run.take(text, result)
        if self.run.save_error is not None:
            self.notify(
                f"Couldn't save drill progress ({self.run.save_error}); you can carry on.",
                severity="warning",
            )
            self.run.save_error = None
        conversation = self.query_one(Conversation)
        top = self.pp.top_levels.get(self.run.unit.skill, 2)
        conversation.add(DrillFeedback(drill_feedback(answer, top), answer.passed))
        if self.run.is_over:
            self.finished()
        else:
            self.show_item()

    def finished(self) -> None:
        self.update_title()
        self.query_one(Conversation).add(
            Note(
                set_summary(self.run.passed, len(self.run.answers))
                + " Press N for another set, or Escape to go back."
            )
        )
        self.query_one(ReplyBox).close(
            "This drill set is over. Press N for another set, or Escape to go back."
        )
        self.refresh_bindings()
        if self.run.unit.heavy:
            self.pp.course_flow.check_out(self.run.unit)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """ "Another set" only once this one is over (it is hidden while replying)."""
        if action == "again":
            return self.run.is_over
        if action == "skip":
            return not self.run.is_over
        return True

    def action_again(self) -> None:
        unit = self.run.unit
        self.dismiss()
        self.pp.course_flow.start_drill(unit)

    def action_skip(self) -> None:
        if self.run.is_over or self.scoring is not None:
            return
        self.run.skip()
        self.query_one(Conversation).add(Note("Skipped. It'll come back another time."))
        if self.run.is_over:
            self.finished()
        else:
            self.show_item()

    def action_leave(self) -> None:
        if not self.run.is_over and self.run.answers:
            self.run.finish()
        self.dismiss()
