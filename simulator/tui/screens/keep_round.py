"""At the end of a pair or room round: keep it in your own history? (`simulator.kept`)"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class KeepRoundScreen(ModalScreen[bool | None]):
    """Returns True (keep), False (don't) or None (Esc: not answered, nothing kept)."""

    BINDINGS = [Binding("escape", "cancel", "Not now", id="keep_round_cancel")]

    def __init__(self, question: str, detail: str, *, default: bool) -> None:
        super().__init__(id="keep-round")
        self.question = question
        self.detail = detail
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="pair-box"):
            yield Static(Text(self.question, style="bold"))
            yield Static(Text(self.detail), classes="hint")
            with Horizontal(id="pair-buttons"):
                yield Button("Keep it", id="keep", variant="primary" if self.default else "default")
                yield Button(
                    "Don't keep", id="skip", variant="default" if self.default else "primary"
                )

    def on_mount(self) -> None:
        self.query_one("#keep" if self.default else "#skip", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "keep")

    def action_cancel(self) -> None:
        self.dismiss(None)
