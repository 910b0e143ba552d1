"""Walking a rubric regex's literal text, for rewrites that widen what a literal matches.

`apostrophes` (an optional apostrophe in contractions) and `texting` ("u" for "you") both
rewrite the literal words of a compiled cue or pattern, and both must leave alone what is not
literal text: escapes, character classes, group names, and anything inside a look-behind
(which must keep a fixed width). This module is that walk, written once.
"""

from __future__ import annotations

from collections.abc import Callable

#: Given the pattern and a position in its literal text: (replacement, index after it), or
#: None to keep the character as written.
Rewrite = Callable[[str, int], "tuple[str, int] | None"]


def rewrite_literals(pattern: str, rewrite: Rewrite) -> str:
    """`pattern` with `rewrite` applied wherever it reads literal text outside a look-behind."""
    out: list[str] = []
    groups: list[bool] = []  # one per open group: is it a look-behind?
    in_class = False
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
            # a ']' right after '[' or '[^' is a literal
            if pattern.startswith("^]", i + 1):
                out.append("^]")
                i += 3
            elif pattern.startswith("]", i + 1):
                out.append("]")
                i += 2
            else:
                i += 1
            continue
        if ch == "(":
            groups.append(pattern.startswith(("?<=", "?<!"), i + 1))
            if pattern.startswith("?P<", i + 1):  # a group's name is not text to match
                end = pattern.index(">", i)
                out.append(pattern[i : end + 1])
                i = end + 1
                continue
        elif ch == ")" and groups:
            groups.pop()
        elif not any(groups):
            rewritten = rewrite(pattern, i)
            if rewritten is not None:
                out.append(rewritten[0])
                i = rewritten[1]
                continue
        out.append(ch)
        i += 1
    return "".join(out)
