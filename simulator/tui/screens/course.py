"""The course path: every unit with its progress, and one unit's activities. Nothing is
locked; marks only show what has been done and what the path suggests next."""

from __future__ import annotations

import sqlite3

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from simulator.content.course import Unit
from simulator.practice.course_store import UnitProgress
from simulator.safe_text import printable
from simulator.store.database import SessionRow
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.footer import Footer


def progress_bar(done: int, total: int) -> str:
    return "■" * done + "□" * (total - done)


class CourseScreen(AppScreen):
    """All units, in order, each with its progress."""

    CSS_PATH = "../course.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back", id="course_back"),
        Binding("j", "journal", "Journal", id="journal"),
    ]

    def __init__(self) -> None:
        super().__init__()

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static("", id="course-title")
        yield OptionList(id="unit-list")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_units()
        self.query_one("#unit-list", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_units()

    def refresh_units(self) -> None:
        flow = self.pp.course_flow
        course = flow.course
        if course is None:
            return
        progress = flow.progress()
        step = flow.suggestion()
        titles = {s.id: s.title for s in self.pp.library.scenarios}
        self.query_one("#course-title", Static).update(
            Text.assemble(
                (printable(course.title), "bold"),
                "\n",
                printable(course.summary),
                ("\nEvery unit is open. The path only suggests.", "dim"),
            )
        )
        options = self.query_one("#unit-list", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        for number, unit in enumerate(course.units, 1):
            done, total = progress.get(unit.id, UnitProgress()).fraction(unit)
            here = step is not None and step.unit is unit
            prompt = Text.assemble(
                (f"{number:>2}. ", "bold"),
                (printable(unit.title), "bold" if here else ""),
                f"  {progress_bar(done, total)} {done}/{total}",
                (
                    f"  ← next: {printable(step.describe(titles))}" if here and step else "",
                    "italic",
                ),
            )
            options.add_option(Option(prompt, id=unit.id))
        if highlighted is None and step is not None:
            highlighted = step.number - 1
        options.highlighted = highlighted or 0

    def action_journal(self) -> None:
        self.pp.course_flow.show_journal()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        course = self.pp.course_flow.course
        if course is not None:
            self.pp.course_flow.open_unit(course.units[event.option_index])

    def action_back(self) -> None:
        self.dismiss()


class UnitScreen(AppScreen):
    """One unit: its goal, content notes, and activities (lesson, drill, scenarios,
    reflection) with what has been done."""

    CSS_PATH = "../course.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back", id="unit_back"),
        Binding("l", "activity('lesson')", "Lesson", id="unit_lesson"),
        Binding("d", "activity('drill')", "Drill", id="unit_drill"),
        Binding("r", "activity('reflection')", "Reflect", id="unit_reflect"),
    ]

    def __init__(self, unit: Unit) -> None:
        super().__init__()
        self.unit = unit
        self.steps: list[tuple[str, str]] = []
        #: A scenario with content notes started from here (its id, and the newest session
        #: before it): when it has ended, a check-out is offered on return.
        self.heavy_scenario: tuple[str, str] | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="unit-body"):
            yield Static("", id="unit-title")
            yield OptionList(id="activity-list")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_unit()
        self.query_one("#activity-list", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_unit()
        if self.heavy_scenario is not None:
            scenario_id, before = self.heavy_scenario
            newest = self._newest_session()
            if (
                newest is not None
                and newest.id != before
                and newest.scenario_id == scenario_id
                and newest.status != "active"
            ):
                self.heavy_scenario = None
                self.pp.course_flow.check_out(self.unit)

    def _newest_session(self) -> SessionRow | None:
        try:
            rows = self.pp.store.sessions(trainee=self.pp.trainee, limit=1)
        except sqlite3.Error:
            return None
        return rows[0] if rows else None

    def refresh_unit(self) -> None:
        flow = self.pp.course_flow
        course = flow.course
        if course is None:
            return
        unit = self.unit
        state = flow.progress().get(unit.id, UnitProgress())
        text = Text()
        text.append(f"Unit {course.number(unit)} of {len(course.units)}: ", style="bold")
        text.append(printable(unit.title) + "\n", style="bold")
        text.append(printable(unit.goal) + "\n")
        text.append(f"Skills: {', '.join(unit.skills)}\n", style="italic")
        text.append("Content notes: ", style="bold")
        text.append("; ".join(printable(n) for n in unit.content_notes) or "none")
        self.query_one("#unit-title", Static).update(text)
        done = state.done(unit)
        options = self.query_one("#activity-list", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        self.steps = []
        for step, is_done in done.items():
            kind, _, scenario_id = step.partition(":")
            mark = "✓" if is_done else "○"
            if kind == "lesson":
                label = "Lesson: what, why and how (about two minutes)"
            elif kind == "drill":
                last = state.last_drill
                extra = f" · last set {last[0]}/{last[1]} done well" if last else ""
                again = self._to_work_on(course.id)
                if again:
                    extra += f" · {again} to work on, first in the next set"
                label = f"Drill set: {course.drill_set_size} quick replies{extra}"
            elif kind == "scenario":
                scenario = self.pp.library.get(scenario_id)
                title = printable(scenario.title) if scenario else scenario_id
                label = f"Scenario: {title}"
            else:
                label = f"Reflection: {printable(unit.reflection)}"
            self.steps.append((kind, scenario_id))
            options.add_option(Option(Text(f"{mark} {label}"), id=f"step-{len(self.steps)}"))
        if highlighted is None:
            highlighted = next((i for i, d in enumerate(done.values()) if not d), 0)
        options.highlighted = highlighted

    def _to_work_on(self, course_id: str) -> int:
        """Items missed last time (box 1): the next set starts with them."""
        try:
            boxes = self.pp.course_flow.progress_store.boxes(course_id, self.unit.id)
        except sqlite3.Error:
            return 0
        return sum(1 for state in boxes.values() if state.box == 1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        kind, scenario_id = self.steps[event.option_index]
        self.start(kind, scenario_id)

    def start(self, kind: str, scenario_id: str = "") -> None:
        self.heavy_scenario = None
        if kind == "scenario":
            scenario = self.pp.library.get(scenario_id)
            if scenario is not None and scenario.content_notes:
                newest = self._newest_session()
                self.heavy_scenario = (scenario_id, newest.id if newest else "")
        self.pp.course_flow.start(self.unit, kind, scenario_id)

    def action_activity(self, kind: str) -> None:
        self.start(kind)

    def action_back(self) -> None:
        self.dismiss()
