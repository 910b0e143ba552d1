"""A trend as bars on a fixed 0–100% scale, one column per session, oldest on the left.

Textual's Sparkline scales to the data it has, so a single session (or a run of equal ones)
fills every bar to the top; here a bar's height always means the same share, with the scale
written beside it."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

ROWS = 3
EIGHTHS = " ▁▂▃▄▅▆▇█"


def bars(values: Sequence[float], rows: int = ROWS) -> list[str]:
    """The bar rows, top first; each value (0..1) as one column."""
    lines = []
    for row in range(rows):
        from_bottom = rows - 1 - row
        line = ""
        for value in values:
            eighths = round(max(0.0, min(1.0, value)) * rows * 8)
            line += EIGHTHS[max(0, min(8, eighths - from_bottom * 8))]
        lines.append(line)
    return lines


class TrendBars(Static):
    """Bars with a 0%/100% scale and a baseline; `values` are 0..1."""

    def __init__(self, values: Sequence[float], **kwargs: str) -> None:
        self.values = list(values)
        super().__init__(self.draw(), **kwargs)  # type: ignore[arg-type]

    def draw(self) -> Text:
        gap = " " if len(self.values) <= 20 else ""
        columns = [gap.join(line) for line in bars(self.values)]
        width = max((len(c) for c in columns), default=0)
        scale = ["100% ┤", "     │", "  0% ┤"]
        text = Text()
        for label, column in zip(scale, columns or [""] * ROWS, strict=True):
            text.append(label)
            text.append(column.ljust(width) + "\n")
        sessions = len(self.values)
        text.append("     └" + "─" * max(width, 1))
        text.append(f" {sessions} session{'s' if sessions != 1 else ''}", style="italic")
        return text
