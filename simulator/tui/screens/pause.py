"""Pause: a grounding exercise, one key away on every screen. Leaving is always okay."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from simulator.tui.widgets.footer import Footer

GROUNDING = (
    "Take a moment. Nothing is lost; your conversation is saved.\n\n"
    "Breathe in slowly for 4 … hold for 4 … breathe out for 6. Do that a few times.\n\n"
    "Or try 5-4-3-2-1: notice 5 things you can see, 4 you can touch, 3 you can hear, "
    "2 you can smell, and 1 you can taste.\n\n"
    "When you're ready, carry on, start again, or leave. Leaving is always okay."
)


class PauseScreen(ModalScreen[str]):
    """Returns "resume", "restart", "leave" or "support" (show the support card)."""

    BINDINGS = [Binding("escape", "choose('resume')", "Resume", id="resume")]
    #: The app's Pause key does nothing here, so the footer doesn't offer it (Support does).
    APP_KEYS_NOT_HERE: ClassVar[frozenset[str]] = frozenset({"pause"})

    def __init__(self, *, in_session: bool) -> None:
        super().__init__(id="pause")
        self.in_session = in_session

    def compose(self) -> ComposeResult:
        with Vertical(id="pause-box"):
            yield Static(Text("Pause", style="bold"), id="pause-title")
            yield Static(Text(GROUNDING), id="grounding")
            with Horizontal(id="pause-buttons"):
                yield Button("Resume", id="resume", variant="primary")
                if self.in_session:
                    yield Button("Restart", id="restart")
                    yield Button("Leave", id="leave")
                yield Button("Support card", id="support")

        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#resume", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id or "resume")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
