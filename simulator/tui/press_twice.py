"""Keys that ask once before acting: many terminal users press Ctrl+L out of habit to clear
the screen, so leaving a conversation takes a second press within a few seconds. The footer
says "(press twice)" and the first press says which key to press again (after any keymap)."""

from __future__ import annotations

import time
from typing import Any

from textual.screen import Screen

WINDOW = 3.0  # seconds in which the second press counts


def key_for(screen: Screen[Any], binding_id: str) -> str:
    """The key bound to `binding_id` as people write it (e.g. "Ctrl+L"), after any
    remapping."""
    for active in screen.active_bindings.values():
        if active.binding.id == binding_id:
            key = active.binding.key.split(",")[0].strip()
            return "+".join(p.capitalize() if len(p) > 1 else p.upper() for p in key.split("+"))
    return "the same key"


class PressTwice:
    """`confirmed()` is False on a first press (and says so), True on a second in time."""

    def __init__(self) -> None:
        self._armed_until = 0.0

    def confirmed(self, screen: Screen[Any], binding_id: str, what: str) -> bool:
        now = time.monotonic()
        if now < self._armed_until:
            self._armed_until = 0.0
            screen.app.clear_notifications()  # the "press again" note has done its job
            return True
        self._armed_until = now + WINDOW
        screen.notify(
            f"Press {key_for(screen, binding_id)} again to {what}. Nothing you said is lost.",
            title="Leave?",
            timeout=WINDOW,
        )
        return False
