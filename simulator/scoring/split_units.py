"""Cut a cue unit whose body is an alternation into one unit per alternative.

Many rubric patterns are one long alternation behind a shared test: `\\b(?:(?:maybe|mby)
try|perhaps (?:you|u) could|it'?d help|…)`. As one unit, the prefilter can only ask for
the union of what its alternatives need (any of "try", "could", "help", …: almost every
long reply has one), and `re` has no literal to jump to, so it tries every alternative at
every word start. Cut into units of their own, each alternative asks the prefilter for its
own strings (both "maybe" and "try"), and a unit that opens usually begins with a literal.

The cut distributes a group over its sequence: `P(?:A|B)S` is `PAS|PBS`, tried in that
order. At a place where `P(?:A|B)S` matches, its first match is the first of `PAS` (all of
A's ways, in order, each followed by S), else the first of `PBS`; nowhere else can either
match. So the units, searched one by one with `split_matches` (leftmost start, then unit
order), find the matches the unit finds. This holds for a plain group `(?:…)` taken once (no
quantifier after it), reached from the unit's top level through plain groups only: not
inside a lookaround (`(?!A|B)` is not `(?!A)` or `(?!B)`), an atomic group or a repeat.

The cut works on the pattern text, so each unit is compiled, cached and prefiltered as
any other unit. Whether a cut is worth it is decided by the caller (`worth_cutting`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

#: A unit with more alternatives than this is left whole (each unit costs a prefilter bit
#: and a search when it opens).
MAX_ALTERNATIVES = 48
_QUANTIFIERS = frozenset("*+?{")


@dataclass(frozen=True, slots=True)
class _Group:
    """A parenthesised group of a pattern's text: where it opens, where its body begins,
    where it closes (the `)`), what kind it is (the text between `(` and the body) and the
    places of the `|` at its own level."""

    open: int
    body: int
    close: int
    kind: str
    bars: tuple[int, ...]
    children: tuple[_Group, ...]


def _kind_end(text: str, at: int) -> int:
    """Where the body of the group opening at `text[at] == '('` begins."""
    if not text.startswith("(?", at):
        return at + 1
    if text.startswith(("(?:", "(?=", "(?!", "(?>"), at):
        return at + 3
    if text.startswith(("(?<=", "(?<!"), at):
        return at + 4
    if text.startswith("(?P<", at):
        return text.index(">", at) + 1
    return -1  # flags, comments, conditionals, references: not cut


def _scan(text: str) -> _Group | None:
    """The pattern's groups as a tree (the root spans the whole text), or None when the
    text holds something this scanner does not read (then the unit is left whole)."""
    stack: list[tuple[int, int, str, list[int], list[_Group]]] = [(-1, 0, "", [], [])]
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and text[i] == "^":
                i += 1
            if i < n and text[i] == "]":
                i += 1
            while i < n and text[i] != "]":
                i += 2 if text[i] == "\\" else 1
            if i >= n:
                return None
            i += 1
            continue
        if ch == "(":
            body = _kind_end(text, i)
            if body < 0:
                return None
            stack.append((i, body, text[i + 1 : body], [], []))
            i = body
            continue
        if ch == ")":
            if len(stack) < 2:
                return None
            start, body, kind, bars, children = stack.pop()
            stack[-1][4].append(_Group(start, body, i, kind, tuple(bars), tuple(children)))
            i += 1
            continue
        if ch == "|":
            stack[-1][3].append(i)
        i += 1
    if len(stack) != 1:
        return None
    _start, _body, _kind, bars, children = stack[0]
    return _Group(-1, 0, n, "", tuple(bars), tuple(children))


def _quantified(text: str, group: _Group) -> bool:
    after = group.close + 1
    return after < len(text) and text[after] in _QUANTIFIERS


def _target(text: str, group: _Group, before: str) -> tuple[_Group, str] | None:
    """The first group, outermost first, whose alternation may be distributed, and the
    pattern text before it (`before`, the text ahead of `group`, and each enclosing
    group's text ahead of the next): reached from `group` through plain groups taken once,
    in sequences with no `|` of their own, with only one way to match what comes before."""
    if group.bars:
        # What comes before must offer one way too, also before a top-level alternation:
        # after `a{0,2}`, `a|b` cut as `a`, `b` finds "a" in "ab" where the whole finds "b".
        return (group, before) if _one_way(before) else None
    for child in group.children:
        ahead = before + text[group.body : child.open]
        if not _one_way(ahead):
            return None  # so is all that comes later
        if child.kind == "?:" and not _quantified(text, child) and not _only_tests(text, child):
            found = _target(text, child, ahead)
            if found is not None:
                return found
    return None


def _only_tests(text: str, group: _Group) -> bool:
    """Whether the group matches nothing but a place (`(?:^|(?<=[.!?]\\s))`): cut, its
    units would all search the same text (and lose start_places' sentence starts)."""
    try:
        return bool(_parser.parse(text[group.open : group.close + 1]).getwidth() == (0, 0))
    except (re.error, RecursionError, OverflowError):
        return True


def _one_way(fragment: str) -> bool:
    """Whether `fragment` can match in at most one way at a place (no choice to come back
    to): what a distributed alternation is tried after must not offer a second way, or
    `P(?:A|B)` would try P's second way with A before its first way with B."""
    try:
        return _no_choice(_parser.parse(fragment).data)
    except (re.error, RecursionError, OverflowError):
        return False


_FIXED = frozenset({c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY, c.AT, c.CATEGORY})


def _no_choice(items: Any) -> bool:
    for op, av in items:
        if op in _FIXED or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # lookarounds are atomic in `re`: tried once, never re-entered
        if op is c.POSSESSIVE_REPEAT or op is c.ATOMIC_GROUP:
            continue
        if op is c.SUBPATTERN and _no_choice(av[3].data):
            continue
        if op is c.BRANCH and all(
            _no_choice(branch.data) and branch.getwidth() == (0, 0) for branch in av[1]
        ):
            continue  # every way ends at the same place: a second way adds nothing new
        return False
    return True


def alternatives(unit: str, prefix: str = "") -> list[str] | None:
    """The unit as units of one alternative each (`P(?:A|B)S` as `PAS`, `PBS`, in order),
    or None when it has no alternation that can be distributed this way. `prefix` is what
    the unit is searched after (a criterion's sentence-start test)."""
    root = _scan(unit)
    if root is None:
        return None
    found = _target(unit, root, prefix)
    if found is None or len(found[0].bars) + 1 > MAX_ALTERNATIVES:
        return None
    target = found[0]
    before, after = unit[: target.body], unit[target.close :]
    edges = (target.body - 1, *target.bars, target.close)
    return [before + unit[a + 1 : b] + after for a, b in pairwise(edges)]


def _never_empty(piece: str) -> bool:
    """Whether every match of `piece` is non-empty (split_matches needs that)."""
    try:
        return bool(_parser.parse(piece).getwidth()[0] > 0)
    except (re.error, RecursionError, OverflowError):
        return False


#: What makes a piece parse differently inside the scorer's `prefix(?P<hit>…)` than alone,
#: or the whole unit fail to parse where each piece parses: group references (numbers
#: shift by one inside `hit`) and named groups (a name may be given in two alternatives).
_CONTEXTUAL = re.compile(r"\\[1-9]|\(\?P|\(\?\(")


def _parsed_never_empty(piece: str, prefix: str, trees: dict[str, Any]) -> bool:
    """`_never_empty(piece)`, read from the tree of the unit as the scorer parses it
    (`prefix(?P<hit>piece)`, see detectors.CueDetector), which is kept in `trees` under
    its source: the scorer then works out the unit's needs and compiles it from that
    tree instead of parsing the text a second time. `hit`'s body is the piece parsed as
    it is alone, so its shortest match is the same."""
    source = f"{prefix}(?P<hit>{piece})"
    try:
        tree = _parser.parse(source)
    except (re.error, RecursionError, OverflowError):
        return _never_empty(piece)
    trees[source] = tree
    hit = tree.state.groupdict["hit"]
    for op, av in tree.data:
        if op is c.SUBPATTERN and av[0] == hit:
            try:
                return bool(av[3].getwidth()[0] > 0)
            except (RecursionError, OverflowError):
                return False
    return _never_empty(piece)  # pragma: no cover - `hit` is always a top-level group


def cut(units: list[str], prefix: str = "", trees: dict[str, Any] | None = None) -> list[str]:
    """`units` with each unit that can be cut (see `alternatives`) replaced, in place, by
    its alternatives; a unit some of whose alternatives could match the empty string, or
    that doesn't parse, stays whole.

    With `trees`, each alternative is parsed once, as the scorer parses it (see
    `_parsed_never_empty`), and the tree kept there. The whole unit is then not parsed
    at all: its shortest match is the shortest of its alternatives' (`P(?:A|B)S` is at
    least as long as the shorter of `PAS` and `PBS`), and a unit with no group
    reference or named group parses when each of its alternatives does (every part of
    its text but the cut `|` is in one of them). Cold, these parses were a third of
    the scorer's set-up."""
    out: list[str] = []
    for unit in units:
        pieces = alternatives(unit, prefix)
        if pieces is None:
            out.append(unit)
        elif trees is None or _CONTEXTUAL.search(unit):
            if _never_empty(unit) and all(map(_never_empty, pieces)):
                out += pieces
            else:
                out.append(unit)
        elif all(_parsed_never_empty(piece, prefix, trees) for piece in pieces):
            out += pieces
        else:
            out.append(unit)
    return out
