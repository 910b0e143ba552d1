"""Home: who is practising, and the scenario library with filters and content notes."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Button, Header, OptionList, Select, Static
from textual.widgets.option_list import Option

from simulator.safe_text import printable
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.course_path import CoursePath
from simulator.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from simulator.content.scenario import Scenario

SKILLS = ("paraphrasing", "validation", "boundaries")


def _stars(difficulty: int) -> str:
    return "●" * difficulty + "○" * (3 - difficulty)


class HomeScreen(AppScreen):
    BINDINGS = [
        Binding("ctrl+t", "switch_trainee", "Switch name", id="switch_trainee"),
        Binding("ctrl+o", "progress", "Progress", id="progress"),
        Binding("ctrl+y", "pair", "Pair practice", id="pair"),
        Binding("ctrl+b", "room", "Room", id="room"),
        Binding("ctrl+u", "course", "Course", id="course", show=False),
        Binding("f", "focus_filters", "Filter", id="filter", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="home")
        self.shown: list[Scenario] = []

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with Horizontal(id="trainee-bar"):
            yield Static("", id="trainee")
            yield Button("Switch name", id="switch-trainee", compact=True)
        # The course path and the filters only work on the library. When it loads after the
        # first paint (`peer-practice`), they are mounted when it arrives, so the first paint
        # has a third fewer widgets to style and lay out (`make bench-ui`).
        if self.pp.content_ready:
            yield CoursePath(id="course-path")
        with Horizontal(id="filters"):
            if self.pp.content_ready:
                yield from self.filters()
        with Horizontal(id="library"):
            yield OptionList(id="scenario-list")
            with Vertical(id="details"):
                yield Static("", id="details-text")
        yield Footer()

    @staticmethod
    def filters() -> list[Widget]:
        return [
            Select(
                [(s.capitalize(), s) for s in SKILLS],
                prompt="Any skill",
                id="skill-filter",
                compact=True,
            ),
            Select(
                [(f"{_stars(d)}  difficulty {d}", d) for d in (1, 2, 3)],
                prompt="Any difficulty",
                id="difficulty-filter",
                compact=True,
            ),
        ]

    def on_mount(self) -> None:
        self.refresh_trainee()
        if self.pp.content_ready:
            self.refresh_list()
        else:  # the app loads the library just after this first paint
            self.query_one("#details-text", Static).update(Text("Loading the scenarios…"))
        self.query_one("#scenario-list", OptionList).focus()

    def content_arrived(self) -> None:
        """The library has loaded after the first paint: fill the list and give it the focus
        (an empty list can't hold it, so it may have gone to the Switch name button)."""
        self.refresh_list()
        self.refresh_course_path()
        self.query_one("#scenario-list", OptionList).focus()

    def on_screen_resume(self) -> None:
        """Back from practice (or a name switch): the finished marks may have changed. The
        list takes the focus back from the Switch name button (which holds it when the name
        dialog came up before the library had loaded), so Enter opens a scenario."""
        if self.pp.content_ready:
            self.refresh_list()
            if self.focused is None or self.focused.id == "switch-trainee":
                self.query_one("#scenario-list", OptionList).focus()
        self.refresh_course_path()

    def action_course(self) -> None:
        self.pp.course_flow.show_course()

    def refresh_course_path(self) -> None:
        for path in self.query(CoursePath):
            if path.is_mounted:  # (one being mounted fills itself in)
                path.refresh_path()

    def refresh_trainee(self) -> None:
        self.refresh_course_path()
        name = self.pp.trainee or "a guest"
        self.query_one("#trainee", Static).update(
            Text.assemble("Practising as ", (printable(name), "bold"))
        )

    def mount_content_widgets(self) -> None:
        """The course path and the filters, if the first paint went without them."""
        if not self.query("#skill-filter"):
            self.query_one("#filters").mount_all(self.filters())
            self.mount(CoursePath(id="course-path"), before="#filters")

    def refresh_list(self) -> None:
        self.mount_content_widgets()
        skill = self.query_one("#skill-filter", Select).value
        difficulty = self.query_one("#difficulty-filter", Select).value
        was = self.highlighted.id if self.highlighted is not None else None
        self.shown = [
            s
            for s in self.pp.library.scenarios
            if (skill is Select.NULL or skill in s.skills)
            and (difficulty is Select.NULL or s.difficulty == difficulty)
        ]
        options = self.query_one("#scenario-list", OptionList)
        options.clear_options()
        done = self.finished()
        for scenario in self.shown:
            prompt = Text.assemble(
                (_stars(scenario.difficulty) + "  ", "bold"), printable(scenario.title)
            )
            if scenario.id in done:
                prompt.append("  ✓ finished", style="italic")
            options.add_option(Option(prompt, id=scenario.id))
        if self.shown:
            ids = [s.id for s in self.shown]
            index = ids.index(was) if was in ids else 0
            options.highlighted = index
            self.show_details(self.shown[index])
        else:
            self.query_one("#details-text", Static).update(
                Text("No scenarios match these filters.")
            )

    def finished(self) -> set[str]:
        """Scenarios this person has played to an ending (none for a guest)."""
        if not self.pp.trainee:
            return set()
        try:
            return self.pp.store.scenarios_done(self.pp.trainee)
        except sqlite3.Error:
            return set()

    def show_details(self, scenario: Scenario) -> None:
        text = Text()
        text.append(printable(scenario.title) + "\n", style="bold")
        text.append(
            f"Difficulty {scenario.difficulty} · practises {', '.join(scenario.skills)}\n\n"
        )
        if scenario.id in self.finished():
            text.append("You have played this one to an ending. Playing again is welcome.\n\n")
        text.append(printable(scenario.summary) + "\n\n")
        text.append("Content notes: ", style="bold")
        text.append("; ".join(printable(n) for n in scenario.content_notes) or "none")
        text.append("\n\nPress Enter to read more before starting.", style="italic")
        self.query_one("#details-text", Static).update(text)

    def on_select_changed(self, event: Select.Changed) -> None:
        self.refresh_list()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "scenario-list" and 0 <= event.option_index < len(self.shown):
            self.show_details(self.shown[event.option_index])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "scenario-list":
            self.pp.offer_scenario(self.shown[event.option_index])

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "switch-trainee":
            self.action_switch_trainee()

    def action_switch_trainee(self) -> None:
        self.pp.choose_trainee()

    @property
    def highlighted(self) -> Scenario | None:
        """The scenario highlighted in the list, if the filters leave any."""
        index = self.query_one("#scenario-list", OptionList).highlighted
        return self.shown[index] if index is not None and 0 <= index < len(self.shown) else None

    def action_pair(self) -> None:
        scenario = self.highlighted
        if scenario is None:
            self.notify("Choose a scenario in the list first.")
            return
        self.pp.start_pair(scenario)

    def action_room(self) -> None:
        """Start a room for the highlighted scenario, or join one with a code."""
        self.pp.open_room(self.highlighted)

    def action_progress(self) -> None:
        self.pp.show_progress()

    def action_focus_filters(self) -> None:
        for select in self.query("#skill-filter"):  # (none until the library is here)
            select.focus()
