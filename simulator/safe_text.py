"""Showing untrusted text literally.

Replies and scenario lines are shown exactly as written: no terminal escape sequences reach
the terminal (they could move the cursor, change colours or the window title), and no Rich
markup is ever interpreted (callers wrap text in `rich.text.Text`, never in markup strings).
"""

from __future__ import annotations

import re

# C0 and C1 control characters except tab and newline, including ESC (start of ANSI codes).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?")


def printable(text: str) -> str:
    """`text` with escape sequences and other control characters removed."""
    return _CONTROL.sub("", _ANSI.sub("", text))
