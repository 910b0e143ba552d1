"""A drill set: a peer line, the trainee's reply, instant feedback on the unit's skill, and
the next line at once. Leaving part-way loses nothing and is never counted against anyone."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static

from simulator.practice.course_text import drill_feedback, set_summary
from simulator.practice.drills import DrillRun
from simulator.safe_text import printable
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.conversation import Conversation, Note, PeerLine, TraineeLine
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

    def __init__(self, run: DrillRun) -> None:
        super().__init__()
        self.run = run

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
        if self.run.is_over:
            return
        reply = self.query_one(ReplyBox)
        answer = self.run.answer(event.text)
        if self.run.save_error is not None:
            self.notify(
                f"Couldn't save drill progress ({self.run.save_error}); you can carry on.",
                severity="warning",
            )
            self.run.save_error = None
        reply.clear()
        conversation = self.query_one(Conversation)
        conversation.add(TraineeLine(answer.reply))
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
        self.query_one(ReplyBox).disabled = True
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
        if self.run.is_over:
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
