"""The conversation: the peer's lines and the trainee's replies, clearly told apart.

All text is wrapped in `rich.text.Text` after `printable()`, so markup such as
`[bold red]` and terminal escape codes are shown (or dropped) literally, never interpreted.
"""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from simulator.safe_text import printable


class PeerLine(Static):
    """What the peer says, with their name, and a stage direction if any."""

    def __init__(self, name: str, lines: tuple[str, ...], direction: str = "") -> None:
        text = Text()
        if direction:
            text.append(printable(direction) + "\n", style="italic")
        text.append(printable(name), style="bold")
        text.append("\n")
        text.append("\n".join(printable(line) for line in lines))
        super().__init__(text, classes="peer")


class TraineeLine(Static):
    """What the trainee replied."""

    def __init__(self, reply: str, speaker: str = "You") -> None:
        text = Text()
        text.append(printable(speaker) + "\n", style="bold")
        text.append(printable(reply))
        super().__init__(text, classes="trainee")


class Note(Static):
    """A quiet line from the app itself (not from the peer)."""

    def __init__(self, message: str) -> None:
        super().__init__(Text(printable(message)), classes="note")


class Conversation(VerticalScroll):
    """The scrolling transcript."""

    can_focus = False

    def add(self, widget: Widget) -> None:
        """Add at the bottom and keep the newest line in view: the scroll waits for the
        layout, or it would stop short of what was just added."""
        self.mount(widget)
        self.call_after_refresh(self.scroll_end, animate=False)
