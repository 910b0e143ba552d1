"""A specific hint for a YAML value that starts with a character YAML reserves.

`validation: >=1` reads to YAML as a folded block (`>`), `*x` as an alias, `&x` as an anchor,
`!x` as a tag, `%` and `@` and the backtick as reserved: the error PyYAML gives says nothing
about quoting, which is the whole fix.
"""

from __future__ import annotations

import re

RESERVED = "><*&!%@`"
_BLOCK = re.compile(r"[>|][-+]?[0-9]?\s*(#.*)?$")  # a real block scalar: `summary: >-`
_VALUE = re.compile(r"(?:^|[:\-,\[{]\s*)\s*([" + re.escape(RESERVED) + r"][^\s,}\]#]*)")


def quoting_hint(text: str, line: int, col: int) -> str:
    """The hint for the value near `line:col` (from 1) of `text`, or "" if none starts with a
    reserved character there."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    source = lines[line - 1]
    at = [
        m
        for m in _VALUE.finditer(source)
        if m.start(1) <= col - 1 <= m.end(1) and not _BLOCK.match(source[m.start(1) :])
    ]
    if not at:
        return ""
    value = at[-1].group(1)
    quote = '"' if "'" in value else "'"
    return (
        f"YAML reads a value starting with '{value[0]}' as special syntax; "
        f"put it in quotes: {quote}{value}{quote}"
    )
