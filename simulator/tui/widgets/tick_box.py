"""A checkbox whose state can be read as text: "[X]" when ticked, "[ ]" when not.

Textual's checkbox draws an X either way and only changes its shade, which can't be told
apart under NO_COLOR, in high contrast, or by a screen reader reading the screen text."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class TickBox(Checkbox):
    BUTTON_LEFT = "["
    BUTTON_RIGHT = "]"

    @property
    def _button(self) -> Content:
        style = self.get_visual_style("toggle--button")
        return Content.assemble(
            self.BUTTON_LEFT, ("X" if self.value else " ", style), self.BUTTON_RIGHT
        )
