"""After practice without scores, what is said about each reply stays under it (stop 12).

At 80×24 the end screen's "Feedback on each reply" wrapped a long next step back to the
margin ("  → Next step: That was advice — … Keep to reflecting what they told you (here," /
"something like …"), where it read like the start of something new. Each reply's strength,
next step and levels are now indented as a block. Driven in the app (Pilot, 80×24).
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Static

from simulator.tui.screens.end import EndScreen
from tests.tui.test_practice_flow import (
    WARM_UP,
    app_with_profile,
    begin_without_scores,
    see_ending,
    type_reply,
)

REPLIES = [
    "Sounds like a really draining week, losing two bookings and your cat being sick too.",
    "money stress is the worst. have you thought about making a budget? you should put a bit "
    "aside every week for the slow times",
]


def shown_lines(widget: Static) -> list[str]:
    """The widget's lines at the width it has on screen."""
    console = Console(width=widget.content_region.width, file=io.StringIO(), color_system=None)
    console.print(widget.content)
    return console.file.getvalue().splitlines()  # type: ignore[attr-defined]


async def test_each_replys_feedback_stays_indented_when_it_wraps(private_data_dir: Path) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await begin_without_scores(pilot, WARM_UP)
        for reply in REPLIES:
            await type_reply(pilot, reply)
        await see_ending(pilot)
        assert isinstance(app.screen, EndScreen)
        lines = shown_lines(app.screen.query_one("#each-reply", Static))
    said = [ln for ln in lines[1:] if ln.strip()]  # after the heading
    assert sum("Next step:" in ln for ln in said) == len(REPLIES)
    blocks: list[list[str]] = []  # each reply's feedback: from its first indented line on
    for line in said:
        if line.startswith("Reply "):
            blocks.append([])
        elif blocks[-1] or line.startswith("  "):
            blocks[-1].append(line)
    assert len(blocks) == len(REPLIES)
    for block in blocks:
        assert all(line.startswith("  ") for line in block), block
    # Strength, next step and levels are 3 lines unwrapped: at 80 columns some did wrap.
    assert any(len(block) > 3 for block in blocks), blocks
