"""Search a pattern only where it can begin: the start of the text or just after a mark.

Criteria read at the start of a sentence begin with `(?:^|(?<=[.!?;\\n]))…`, and a few
patterns with `(?:^|(?<=[.!?]\\s))…`. `re` cannot skip ahead over such a test (it is
tried at every character, and what follows it may begin with a blank or almost any
letter), so a 300-character reply cost 300 tries of the whole pattern for a handful of
sentence starts.

`places_of` works out, from the parsed pattern, whether every match begins either at the
start of the text or just after a fixed-width lookbehind that starts with a character set
(a sentence mark). `AtPlaces` then finds the places where such a lookbehind could hold
(one scan for the marks, shared by every pattern with the same marks for the same text)
and tries the pattern there only, with `match`: the pattern itself still checks the
lookbehind and everything else, so the matches are those `search` finds, only fewer places
are tried.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from re import _constants as c  # type: ignore[attr-defined]
from typing import Any

#: A place test: a character class (as regex source) and how far after it a match begins.
Mark = tuple[str, int]
_BEGINNINGS = (c.AT_BEGINNING, c.AT_BEGINNING_STRING)


def places_of(tree: Any) -> tuple[Mark, ...] | None:
    """The marks after which a match of the parsed pattern can begin (besides the start of
    the text), or None when a match may begin elsewhere (or only at the start: `re`
    already tries such a pattern there only)."""
    if tree.state.flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE | c.SRE_FLAG_MULTILINE):
        return None
    try:
        found = _places(tree.data)
        if found is None or not found[1]:
            return None
        marks = tuple(sorted(set(found[1])))
        for source, _width in marks:
            re.compile(source)
    except (RecursionError, TypeError, ValueError, AttributeError, KeyError, re.error):
        return None
    return marks


def _places(items: Any) -> tuple[bool, list[Mark]] | None:
    """(whether a match may begin at the start, the marks) for a sequence whose first item
    decides where a match begins; None when it doesn't."""
    if not items:
        return None
    op, av = items[0]
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _places(sub.data)
    if op is c.BRANCH:
        start = False
        marks: list[Mark] = []
        for branch in av[1]:
            found = _places(branch.data)
            if found is None:
                return None
            start, marks = start or found[0], marks + found[1]
        return start, marks
    if op is c.AT and av in _BEGINNINGS:
        return True, []
    if op is c.ASSERT and av[0] == -1:  # a lookbehind: (?<=X)
        mark = _mark(av[1])
        return None if mark is None else (False, [mark])
    return None


def _mark(behind: Any) -> Mark | None:
    """The character class X's first character is in, and X's width (fixed)."""
    low, high = behind.getwidth()
    if low != high or low < 1 or not behind.data:
        return None
    op, av = behind.data[0]
    if op is c.LITERAL:
        return re.escape(chr(av)), low
    if op is c.IN and all(item[0] in (c.LITERAL, c.RANGE) for item in av):
        parts = [
            re.escape(chr(item[1]))
            if item[0] is c.LITERAL
            else f"{re.escape(chr(item[1][0]))}-{re.escape(chr(item[1][1]))}"
            for item in av
        ]
        return f"[{''.join(parts)}]", low
    return None


class _Places:
    """Where a match can begin in a text, for one set of marks (the last text's, kept as
    one pair, so a scorer used from two threads never pairs one text with another's)."""

    __slots__ = ("_last", "_marks")

    def __init__(self, marks: tuple[Mark, ...]) -> None:
        self._marks = [(re.compile(source), width) for source, width in marks]
        self._last: tuple[str, list[int]] | None = None

    def of(self, text: str) -> list[int]:
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        found = {0}
        for regex, width in self._marks:
            found.update(m.start() + width for m in regex.finditer(text))
        places = sorted(p for p in found if p <= len(text))
        self._last = (text, places)
        return places


_shared: dict[tuple[Mark, ...], _Places] = {}


class AtPlaces:
    """A compiled pattern whose matches all begin at the start of the text or after one of
    its marks, searched there only. Its `search` and `finditer` find what the pattern's
    own do, for patterns that never match the empty string."""

    __slots__ = ("_places", "regex")

    def __init__(self, regex: re.Pattern[str], marks: tuple[Mark, ...]) -> None:
        self.regex = regex
        places = _shared.get(marks)
        if places is None:
            places = _shared[marks] = _Places(marks)
        self._places = places

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        places = self._places.of(text)
        match = self.regex.match
        for index in range(bisect_left(places, pos), len(places)):
            found = match(text, places[index])
            if found is not None:
                return found
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (found := self.search(text, pos)) is not None:
            yield found
            pos = found.end()
