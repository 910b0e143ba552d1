"""The course path on the home screen: where the trainee is ("Unit 3 of 10: Validation"),
the suggested next activity, and a mark per unit. It only suggests; nothing is locked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Static

from simulator.practice.course_store import UnitProgress
from simulator.safe_text import printable

if TYPE_CHECKING:
    from simulator.tui.app import PeerPracticeApp

UNIT_MARKS = {"done": "■", "started": "◧", "new": "□"}


class CoursePath(Horizontal):
    DEFAULT_CSS = """
    CoursePath {
        height: auto;
        padding: 0 1;
    }
    CoursePath #path-text {
        width: 1fr;
        padding: 0 1;
    }
    CoursePath Button {
        margin-left: 1;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="path-text")
        yield Button("Continue", id="path-continue", compact=True, variant="primary")
        yield Button("All units", id="path-units", compact=True)

    @property
    def pp(self) -> PeerPracticeApp:
        from simulator.tui.app import PeerPracticeApp

        assert isinstance(self.app, PeerPracticeApp)
        return self.app

    def on_mount(self) -> None:
        self.refresh_path()

    def refresh_path(self) -> None:
        if not self.pp.content_ready:
            # The library loads just after the first paint (and may fail: the app then ends
            # with the problems); the home screen calls this again when it has arrived.
            self.display = False
            return
        flow = self.pp.course_flow
        course = flow.course
        self.display = course is not None
        step = flow.suggestion()
        if course is None or step is None:
            return
        progress = flow.progress()
        marks = []
        for unit in course.units:
            done, total = progress.get(unit.id, UnitProgress()).fraction(unit)
            kind = "done" if done == total else "started" if done else "new"
            marks.append(UNIT_MARKS[kind])
        text = Text()
        text.append(f"Unit {step.number} of {len(course.units)}: ", style="bold")
        text.append(printable(step.unit.title) + "\n", style="bold")
        text.append("".join(marks) + "  ")
        titles = {s.id: s.title for s in self.pp.library.scenarios}
        text.append(f"Next: {printable(step.describe(titles))}", style="italic")
        self.query_one("#path-text", Static).update(text)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "path-continue":
            self.pp.course_flow.continue_path()
        else:
            self.pp.course_flow.show_course()
