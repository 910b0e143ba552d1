"""Progress: per-skill trends as sparklines, scenarios done, what to practise next."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Static

from simulator.practice.progress import SKILLS, progress
from simulator.safe_text import printable
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.trend_bars import TrendBars

LABELS = {
    "paraphrasing": "Paraphrasing",
    "validation": "Validation",
    "boundaries": "Boundaries held",
}


class ProgressScreen(AppScreen):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="back")]

    def __init__(self) -> None:
        super().__init__(id="progress")

    def compose(self) -> ComposeResult:
        name = self.pp.trainee or ""
        data = progress(self.pp.store, self.pp.library, name) if name else None
        yield Header(show_clock=False)
        yield Footer()
        with VerticalScroll(id="progress-body"):
            title = Text.assemble(("Your practice", "bold"), f", {printable(name)}" if name else "")
            yield Static(title, id="progress-title")
            if data is None:
                yield Static(
                    Text(
                        "Choose a name first (Ctrl+T on the home screen) to keep track of progress."
                    )
                )
                return
            yield Static(Text(data.encouragement), id="encouragement")
            yield Static(
                Text(
                    f"Sessions: {data.sessions}   ·   Scenarios finished: {data.scenarios_done} of {data.scenarios_total}"
                ),
                id="counts",
            )
            for skill in SKILLS:
                values = data.trends[skill]
                with Horizontal(classes="trend"):
                    yield Static(Text(LABELS[skill]), classes="trend-label")
                    yield TrendBars(values, classes="trend-line", id=f"trend-{skill}")
                    latest = f"{values[-1]:.0%}" if values else "—"
                    yield Static(Text(f"latest {latest}"), classes="trend-value")
            if data.weakest:
                text = Text()
                text.append("Something to practise next: ", style="bold")
                text.append(f"{data.weakest}. ")
                if data.suggestions:
                    text.append("Scenarios that work on it: ")
                    text.append(", ".join(printable(s.title) for s in data.suggestions) + ".")
                yield Static(text, id="weakest")
