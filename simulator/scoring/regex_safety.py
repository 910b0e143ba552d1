"""Finding rubric patterns that can make scoring take minutes (catastrophic backtracking).

Python's `re` backtracks: a pattern such as `(a+)+$` takes time exponential in the length
of a run of a's, and `\\s*["']?\\s*` takes time with the cube of a blank run's length. Both
come from two quantifiers that can share the same characters, either one inside the other
(nested) or one after the other (adjacent). `risks` finds these shapes statically, from
the parsed pattern, so `validate` can refuse a pattern before a trainee's reply meets it;
`time_pattern` measures a pattern against adversarial strings for `rubric check`.

A possessive quantifier (`*+`, `++`) or an atomic group never gives characters back, so it
is safe and not reported.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from simulator.scoring.adversarial import pumping_strings

_PROBES = [chr(i) for i in range(128)] + ["é", "\u00a0", "\u2019", "中", "\u2028"]
_CATEGORIES: dict[Any, re.Pattern[str]] = {
    c.CATEGORY_DIGIT: re.compile(r"\d"),
    c.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    c.CATEGORY_SPACE: re.compile(r"\s"),
    c.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    c.CATEGORY_WORD: re.compile(r"\w"),
    c.CATEGORY_NOT_WORD: re.compile(r"\W"),
}
_UNBOUNDED = c.MAXREPEAT
_BACKTRACKING = (c.MAX_REPEAT, c.MIN_REPEAT)
_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)


def _charset(item: tuple[Any, Any]) -> frozenset[str] | None:
    """The probe characters one item matches, if it matches exactly one character."""
    op, av = item
    if op is c.LITERAL:
        return frozenset(ch for ch in _PROBES if ord(ch) == av)
    if op is c.NOT_LITERAL:
        return frozenset(ch for ch in _PROBES if ord(ch) != av)
    if op is c.ANY:
        return frozenset(ch for ch in _PROBES if ch != "\n")
    if op is c.IN:
        negate = bool(av) and av[0][0] is c.NEGATE
        members = av[1:] if negate else av
        matched = frozenset().union(*(_member_chars(member) for member in members))
        return frozenset(_PROBES) - matched if negate else matched
    return None


def _member_chars(member: tuple[Any, Any]) -> frozenset[str]:
    """The probe characters one member of a class `[...]` matches (worked out once each:
    rubrics repeat the same few classes, `\\s`, `\\w`, `a-z`, hundreds of times)."""
    try:
        return _MEMBER_CHARS[member]
    except KeyError:
        pass
    except TypeError:  # unhashable: not one of the simple kinds
        return frozenset(ch for ch in _PROBES if _in(member, ch))
    found = _MEMBER_CHARS[member] = frozenset(ch for ch in _PROBES if _in(member, ch))
    return found


_MEMBER_CHARS: dict[tuple[Any, Any], frozenset[str]] = {}


def _in(member: tuple[Any, Any], ch: str) -> bool:
    op, av = member
    if op is c.LITERAL:
        return bool(ord(ch) == av)
    if op is c.RANGE:
        return bool(av[0] <= ord(ch) <= av[1])
    if op is c.CATEGORY:
        pattern = _CATEGORIES.get(av)
        return pattern is None or pattern.match(ch) is not None
    return True  # unknown: assume it may overlap


def _repeat_chars(item: tuple[Any, Any]) -> frozenset[str] | None:
    """For a backtracking unbounded repeat of one character class: the characters it eats."""
    op, av = item
    if op not in _BACKTRACKING or av[1] is not _UNBOUNDED:
        return None
    body = list(av[2])
    return _charset(body[0]) if len(body) == 1 else None


def _first_chars(item: tuple[Any, Any]) -> tuple[frozenset[str] | None, bool]:
    """(the repeat's characters if `item` starts with an unbounded repeat, whether it may be empty)."""
    op, av = item
    own = _repeat_chars(item)
    if own is not None:
        return own, av[0] == 0
    if op in _BACKTRACKING or op is c.POSSESSIVE_REPEAT:
        return None, av[0] == 0
    if op is c.SUBPATTERN:
        body = list(av[3])
        return (_first_chars(body[0])[0] if body else None), not body
    return None, op in _ZERO_WIDTH


def _has_unbounded(items: Any) -> bool:
    """Whether `items` hold a backtracking repeat without an upper bound, at any depth."""
    for op, av in items:
        if op in _BACKTRACKING and (av[1] is _UNBOUNDED or _has_unbounded(av[2])):
            return True
        if op is c.SUBPATTERN and _has_unbounded(av[3]):
            return True
        if op is c.BRANCH and any(_has_unbounded(branch) for branch in av[1]):
            return True
    return False


def _walk(items: Any) -> Iterator[str]:
    seq = list(items)
    for index, (op, av) in enumerate(seq):
        if op in _BACKTRACKING:
            if av[1] is _UNBOUNDED and _has_unbounded(av[2]):
                yield "nested quantifiers (a repeated group that itself repeats, like (a+)+)"
            yield from _walk(av[2])
        elif op is c.POSSESSIVE_REPEAT or op is c.ATOMIC_GROUP:
            continue  # never backtracks
        elif op is c.SUBPATTERN:
            yield from _walk(av[3])
        elif op is c.BRANCH:
            for branch in av[1]:
                yield from _walk(branch)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            yield from _walk(av[1])
        eats = _repeat_chars((op, av))
        if eats is None:
            continue
        for following in seq[index + 1 :]:
            chars, may_be_empty = _first_chars(following)
            if chars is not None and chars & eats:
                yield (
                    "adjacent quantifiers that can match the same characters "
                    "(like \\s*\\s* or \\w+\\w*)"
                )
                break
            if not may_be_empty:
                break


def risks(pattern: str) -> list[str]:
    """Why `pattern` could backtrack catastrophically (an empty list: it cannot, by shape)."""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return []  # reported as an invalid pattern elsewhere
    return list(dict.fromkeys(_walk(parsed)))


def time_pattern(
    pattern: re.Pattern[str], budget: float = 0.05, longest: int = 4000
) -> tuple[float, int, str]:
    """The slowest search of `pattern` over adversarial strings up to `longest` characters.

    Lengths grow step by step and stop at the first search slower than `budget` seconds, so a
    pattern with exponential backtracking is caught at about 20 characters, not left running.
    Returns (seconds, length, sample) for the slowest search.
    """
    worst = (0.0, 0, "")
    length = 8
    while length <= longest:
        for text in pumping_strings(length):
            start = time.perf_counter()
            pattern.search(text)
            took = time.perf_counter() - start
            if took > worst[0]:
                worst = (took, len(text), text)
        if worst[0] > budget:
            break
        if length >= longest:
            break
        length = length + 4 if length < 32 else min(longest, length * 2)
    return worst
