"""The reply box: multi-line, Enter sends, Ctrl+N (or Alt+Enter) starts a new line.

Shift+Enter and Ctrl+Enter look the same as Enter in many terminals, so they cannot be
relied on for a new line; Ctrl+N and Alt+Enter arrive as distinct keys nearly everywhere.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import TextArea


class ReplyBox(TextArea):
    BINDINGS = [
        Binding("enter", "send", "Send", id="send", priority=False),
        Binding("ctrl+n,alt+enter", "newline", "New line", id="newline"),
    ]

    class Send(Message):
        def __init__(self, text: str) -> None:
            self.text = text
            super().__init__()

    class Empty(Message):
        """Enter with nothing typed: the screen says what is needed."""

    PLACEHOLDER = "Type what you would say, then press Enter…"

    def __init__(self, **kwargs: object) -> None:
        super().__init__(
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            placeholder=self.PLACEHOLDER,
            **kwargs,  # type: ignore[arg-type]
        )

    def close(self, why: str) -> None:
        """No more replies here (the conversation or the drill set is over): the box says
        so and what to do instead, rather than inviting words that would go nowhere."""
        self.placeholder = why
        self.disabled = True

    def reopen(self) -> None:
        self.placeholder = self.PLACEHOLDER
        self.disabled = False

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.action_send()
            return
        await super()._on_key(event)

    def action_send(self) -> None:
        text = self.text.strip()
        self.post_message(self.Send(text) if text else self.Empty())

    def action_newline(self) -> None:
        self.insert("\n")
