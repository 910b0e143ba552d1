"""Problems found in a facilitator's file, reported as `file:line:col: message`.

Loading never stops at the first problem: every check appends to a list of `Problem`s so a
facilitator can fix a whole file in one pass, the way a compiler reports all its errors.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

# Control characters (ESC starts terminal escapes that can retitle a window or move the
# cursor) never reach the terminal from a file's text; tab and newline are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _shown(text: str) -> str:
    return _CONTROL.sub("", text)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem at a place in a file. Lines and columns count from 1."""

    path: Path
    line: int
    col: int
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    def format(self, *, relative_to: Path | None = None) -> str:
        path = self.path
        if relative_to is not None:
            # A symbolic link loop cannot be resolved (RuntimeError); show the path as given.
            with contextlib.suppress(ValueError, RuntimeError, OSError):
                path = path.resolve().relative_to(relative_to.resolve())
        label = "" if self.severity is Severity.ERROR else "warning: "
        text = _shown(f"{path}:{self.line}:{self.col}: {label}{self.message}")
        if self.hint:
            text += f"\n    hint: {_shown(self.hint)}"
        return text

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class ContentError(Exception):
    """Raised when content cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.format() for p in problems))
