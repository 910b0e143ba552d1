"""Before a scenario starts: its summary and content notes, and the choice to skip it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from simulator.content.scenario import Scenario
from simulator.safe_text import printable
from simulator.tui.widgets.footer import Footer
from simulator.tui.widgets.tick_box import TickBox


class StartScreen(ModalScreen[tuple[str, bool]]):
    """Returns ("begin", with_scores) or ("skip", False)."""

    BINDINGS = [Binding("escape", "skip", "Not now", id="skip")]

    def __init__(
        self,
        scenario: Scenario,
        *,
        begin_label: str = "Begin",
        scores_choice: bool = True,
        role: str = "counsellor",
    ) -> None:
        super().__init__(id="start")
        #: In a room: "peer" (plays the persona), "counsellor" or "observer".
        self.role = role
        self.scenario = scenario
        #: Rooms and pair practice show the same notes before joining, with no scores choice.
        self.begin_label = begin_label
        self.scores_choice = scores_choice

    def compose(self) -> ComposeResult:
        s = self.scenario
        notes = Text()
        if s.content_notes:
            notes.append("Content notes: ", style="bold")
            notes.append("; ".join(printable(n) for n in s.content_notes))
        else:
            notes.append("Content notes: none — this one is gentle.", style="bold")
        with Vertical(id="start-box"):
            yield Static(Text(printable(s.title), style="bold"), id="start-title")
            yield Static(Text(printable(s.summary)))
            yield Static(notes, id="content-notes")
            who = f"{printable(s.persona.name)} ({printable(s.persona.pronouns)})"
            yield Static(
                Text(
                    {
                        "peer": f"You'll play {who} from a role card.",
                        "observer": f"You'll observe a conversation with {who} and rate the replies.",
                    }.get(self.role, f"You'll be talking with {who}.")
                    + " You can pause at any time with Ctrl+G, and leaving is always okay."
                ),
                classes="hint",
            )
            if self.scores_choice:
                yield TickBox("Practise without scores (feedback at the end)", id="no-scores")
            with Horizontal(id="start-buttons"):
                yield Button(self.begin_label, id="begin", variant="primary")
                yield Button("Not now", id="skip")

        yield Footer()  # this window's keys, not the screen's under it

    def on_mount(self) -> None:
        self.query_one("#begin", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "begin":
            hide = self.scores_choice and self.query_one("#no-scores", TickBox).value
            self.dismiss(("begin", not hide))
        else:
            self.action_skip()

    def action_skip(self) -> None:
        self.dismiss(("skip", False))
