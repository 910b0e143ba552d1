"""Offer to resume a conversation that was interrupted (a crash, a closed terminal)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from simulator.safe_text import printable
from simulator.store.database import SessionRow
from simulator.tui.widgets.footer import Footer


class ResumeScreen(ModalScreen[str]):
    """Returns "resume", "later" or "close"."""

    BINDINGS = [Binding("escape", "choose('later')", "Not now", id="later")]

    def __init__(self, row: SessionRow) -> None:
        super().__init__(id="resume-offer")
        self.row = row

    def compose(self) -> ComposeResult:
        day = self.row.started_at[:10]
        with Vertical(id="resume-box"):
            yield Static(Text("Pick up where you left off?", style="bold"))
            yield Static(
                Text(
                    f"“{printable(self.row.scenario_title)}” from {day} stopped after "
                    f"{self.row.turns} repl{'y' if self.row.turns == 1 else 'ies'}. Everything you "
                    "sent was kept."
                )
            )
            with Horizontal(id="resume-buttons"):
                yield Button("Resume", id="resume", variant="primary")
                yield Button("Not now", id="later")
                yield Button("Close it", id="close")

        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#resume", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id or "later")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
