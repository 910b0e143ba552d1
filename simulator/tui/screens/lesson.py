"""A unit's lesson on one screen, readable in two minutes: what the skill is, why it
matters for peers, how to do it, good and poor examples, and how it is scored."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Static

from simulator.content.course import Unit
from simulator.practice.course_text import lesson_sections
from simulator.safe_text import printable
from simulator.tui.screens.base import AppScreen


class LessonScreen(AppScreen):
    CSS_PATH = "../course.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back", id="lesson_back"),
        Binding("d", "drill", "Drill it", id="lesson_drill"),
    ]

    def __init__(self, unit: Unit, *, then: tuple[str, str] = ("drill", "")) -> None:
        super().__init__()
        self.unit = unit
        #: What the main button goes on to: ("drill", "") or ("scenario", its id).
        self.then = then

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        course = self.pp.course_flow.course
        number = course.number(self.unit) if course is not None else 0
        with VerticalScroll(id="lesson-body"):
            yield Static(
                Text.assemble(
                    (f"Unit {number}: {printable(self.unit.title)}", "bold"),
                    "  ·  lesson, about two minutes",
                ),
                id="lesson-title",
            )
            yield Static(Text(printable(self.unit.goal), style="italic"), id="lesson-goal")
            for heading, body in lesson_sections(self.unit, self.pp.rubrics):
                yield Static(Text(heading, style="bold"), classes="lesson-heading")
                yield Static(Text(body), classes="lesson-text")
            with Horizontal(classes="box-buttons"):
                label = "Drill it now" if self.then[0] == "drill" else "On to the scenario"
                yield Button(label, id="drill", variant="primary")
                yield Button("Back to the unit", id="back")
        yield Footer()

    def on_mount(self) -> None:
        self.pp.course_flow.lesson_read(self.unit)
        self.query_one("#lesson-body").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "drill":
            self.action_drill()
        else:
            self.action_back()

    def action_back(self) -> None:
        self.dismiss()

    def action_drill(self) -> None:
        unit, (activity, scenario_id) = self.unit, self.then
        self.dismiss()
        if activity == "scenario":
            self.pp.course_flow.start_scenario(unit, scenario_id)
        else:
            self.pp.course_flow.start_drill(unit)
