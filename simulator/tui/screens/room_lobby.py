"""The room dialog: start a room for the highlighted scenario, or join one by its code.

Rooms themselves (codes, roles, the shared log) are `simulator.practice.room`; the conversation in a
room is the pair screen (`screens/pair.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from simulator.content.scenario import Scenario
from simulator.practice.room import ROOM_LIFETIME
from simulator.safe_text import printable
from simulator.tui.widgets.footer import Footer


@dataclass(frozen=True)
class RoomChoice:
    """What the room dialog asks for: start a new room, or join one by its code."""

    action: str  # "start" or "join"
    code: str
    name: str
    role: str


class RoomLobbyScreen(ModalScreen[RoomChoice | None]):
    """Start a room for the chosen scenario, or join someone's room with its code."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(self, scenario: Scenario | None, name: str, role: str = "counsellor") -> None:
        super().__init__(id="room-lobby")
        self.scenario = scenario
        self.person = name
        #: The role chosen last time (a wrong code, or the room after the last one).
        self.role = role if role in ("peer", "counsellor", "observer") else "counsellor"

    def compose(self) -> ComposeResult:
        with Vertical(id="pair-box"):
            yield Static(Text("Practise together in a room", style="bold"))
            yield Static(
                Text(
                    "Each person uses their own terminal or browser tab. One starts a room and "
                    "reads out its code; the others join with it. Rooms close by themselves "
                    f"{ROOM_LIFETIME.seconds // 3600} hours after the last line."
                ),
                classes="hint",
            )
            yield Input(value=self.person, placeholder="Your name in the room", id="room-name")
            yield Static(Text("Your role:"), classes="hint")
            yield Select(
                [
                    ("Play the peer (role card)", "peer"),
                    ("Counsel", "counsellor"),
                    ("Observe and rate", "observer"),
                ],
                value=self.role,
                allow_blank=False,
                id="room-role",
                compact=True,
            )
            yield Input(
                placeholder="Code to join (e.g. KX7-4PQ), or empty to start a room",
                id="room-code",
            )
            with Horizontal(id="pair-buttons"):
                yield Button("Join", id="join", variant="primary")
                if self.scenario is not None:
                    yield Button("Start a new room", id="start")
                yield Button("Cancel", id="cancel")
            if self.scenario is not None:
                yield Static(
                    Text.assemble(
                        "A new room uses ", (printable(self.scenario.title), "italic"), "."
                    ),
                    classes="hint",
                )
        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#room-code" if self.person else "#room-name", Input).focus()

    def _choice(self, action: str) -> RoomChoice:
        role = self.query_one("#room-role", Select).value
        return RoomChoice(
            action,
            self.query_one("#room-code", Input).value.strip(),
            self.query_one("#room-name", Input).value.strip(),
            role if isinstance(role, str) else "counsellor",
        )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the code box joins that room, or starts a new one when it is empty."""
        if event.input.id != "room-code":
            self.focus_next()
        elif event.value.strip():
            self.dismiss(self._choice("join"))
        elif self.scenario is not None:
            self.dismiss(self._choice("start"))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.dismiss(self._choice(str(event.button.id)))

    def action_cancel(self) -> None:
        self.dismiss(None)
