"""Tell `re` which characters a pattern's matches can begin with, so it can skip the rest.

A search tries the pattern at every position of the text. `re` skips ahead quickly only when
the pattern begins with a literal ("you…") or with a character set `re` itself recognises:
a `[…]`, or an alternation whose every branch begins with a plain character. Most rubric
patterns begin otherwise: with an optional word (`(?:so\\s+|and\\s+)?(?:he|she…)`), a
lookahead (`(?!(?:concerning|…))`), a start-of-sentence test (`(?:^|(?<=[.!?]\\s))`) or
a branch that opens a group. `re` then runs its whole matcher at every character of the
reply (about 50 ns each, most of a long reply's scoring time), although the match could
only ever begin on a handful of letters.

`first_chars` works out, from the parsed pattern, every character a match can consume
first (zero-width tests consume nothing; an optional piece adds what may follow it), and
`code` puts that set in the pattern's info block, which `re` reads before searching: it
then checks one character against the set, in C, where it ran its matcher before. The set
includes every character a match can begin with, so the matches are the same, only the
places where none can begin are passed over faster. When the set is not known (a match may
begin with any character, or may be empty) the info block is `re`'s own; so it is for a
pattern that begins with `^` (as `skip_ahead` hoists it), which `re` tries at the start of
the text only and then gives up: a set would make it scan the whole text instead.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
#: Items of a character set that stand for characters as they are (no case folding).
_SET_ITEMS = (c.LITERAL, c.RANGE, c.CATEGORY)
_BEGINNINGS = (c.AT_BEGINNING, c.AT_BEGINNING_STRING)


def first_chars(tree: Any) -> list[tuple[Any, Any]] | None:
    """The characters a match of the parsed pattern can begin with, as items of a `re`
    character set; None when not known (any character, an empty match, case folding)."""
    if tree.state.flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
        return None
    try:
        found = _first(tree.data)
    except (RecursionError, TypeError, ValueError, AttributeError):
        return None
    if found is None or found[1]:  # unknown, or a match may consume nothing
        return None
    return found[0] or None


def _first(items: Any) -> tuple[list[tuple[Any, Any]], bool] | None:
    """What the sequence `items` can consume first, and whether it can consume nothing."""
    chars: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is c.LITERAL:
            chars.append((op, av))
            return chars, False
        if op is c.IN:
            if any(item[0] not in _SET_ITEMS for item in av):  # a negated set, folding
                return None
            chars += av
            return chars, False
        if op in _ZERO_WIDTH:
            continue
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None
            inner = _first(sub.data)
        elif op is c.ATOMIC_GROUP:
            inner = _first(av.data)
        elif op is c.BRANCH:
            inner = _union([_first(branch.data) for branch in av[1]])
        elif op in _REPEATS:
            low, _high, sub = av
            inner = _first(sub.data)
            if inner is not None and low == 0:
                inner = inner[0], True
        else:  # any character, a reference to a group, a conditional: not known
            return None
        if inner is None:
            return None
        chars += inner[0]
        if not inner[1]:
            return chars, False
    return chars, True


def _union(
    branches: list[tuple[list[tuple[Any, Any]], bool] | None],
) -> tuple[list[tuple[Any, Any]], bool] | None:
    chars: list[tuple[Any, Any]] = []
    empty = False
    for branch in branches:
        if branch is None:
            return None
        chars += branch[0]
        empty = empty or branch[1]
    return chars, empty


def code(tree: Any) -> list[int]:
    """`re`'s code for the parsed pattern (as `re._compiler._code(tree, 0)`), with the
    characters its matches can begin with in the info block when `re` found neither a
    literal prefix nor a set of its own."""
    words: list[int] = _compiler._code(tree, 0)
    # The info block: INFO, its length, its flags, min and max width, then a prefix or set.
    if words[0] != c.INFO or words[2] != 0 or words[3] == 0:
        return words  # re's own prefix or set, or a pattern that may match nothing
    body = words[1] + 1
    if words[body] == c.AT and words[body + 1] in _BEGINNINGS:
        # Anchored at the start of the text: with re's own block a search tries the start
        # and gives up; with a set it would scan the whole text for the set's characters
        # and try (and fail) at each (6.8 µs on 1,200 characters against 0.1 µs).
        return words
    chars = first_chars(tree)
    if chars is None:
        return words
    try:
        optimised, cased = _compiler._optimize_charset(chars)
    except (TypeError, ValueError, IndexError):
        return words
    if cased:
        return words
    flags = tree.state.flags
    info = [c.INFO, 0, c.SRE_INFO_CHARSET, words[3], words[4]]
    _compiler._compile_charset(optimised, flags, info)
    info[1] = len(info) - 1
    return info + words[words[1] + 1 :]


def compiled(tree: Any, source: str | None = None) -> re.Pattern[str]:
    """`re._compiler.compile(tree, 0)` with `code`'s info block (`source`: the pattern the
    tree was parsed from, kept as the compiled pattern's `.pattern`)."""
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    regex: re.Pattern[str] = _sre.compile(
        source, tree.state.flags, code(tree), tree.state.groups - 1, groupindex, tuple(indexgroup)
    )
    return regex
