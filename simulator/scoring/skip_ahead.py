"""Compile a rubric pattern so that `re` can skip ahead to where it could start.

Python's `re` searches fast when a pattern begins with a literal ("you…": it jumps between
the places "you" occurs) or with one of a few characters (it skips the others), and tries
every alternative of an alternation quickly when each begins with a literal. A zero-width
test in front — `\\b`, `(?<!\\w)`, `(?<!\\bfor )`, as most rubric patterns begin — hides
that first character, so `re` tries the whole pattern at every character of the reply.

The same test can be made just after the first character instead: `(?<!X)c` is `c(?<!Xc)`
(the lookbehind then also covers `c`, which is there), and `\\b` before a word character is
`(?<!\\w)`. `compile_skipping` rewrites the parsed pattern that way — into each branch of
an alternation, into groups — wherever the first character is a literal (or, for a
lookbehind, a character set), and leaves everything else as it was. The rewritten pattern
matches the same text at the same places; a test compares both on generated patterns and
on every rubric pattern (tests/test_skip_ahead.py). Whether or not a test moved, the
compiled pattern is told which characters a match can begin with (first_chars), so `re`
passes over the others even where no literal comes first.

`compile_skipping` (a pattern's text) and `compile_parsed` (a parsed pattern) are the one
way the scorer compiles a pattern it searches with (the stance reader's `scanning`, the
verdict reader's anchors, the cue detectors' units all go through them).
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from simulator.scoring import first_chars

Items = list[tuple[Any, Any]]

#: What may appear inside a lookbehind that is moved (copied into branches): no groups,
#: no references, only fixed-width pieces.
_PLAIN = {c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY, c.AT}
_WORD = [(c.IN, [(c.CATEGORY, c.CATEGORY_WORD)])]


def compile_skipping(pattern: str, flags: int = 0, *, move_tests: bool = True) -> re.Pattern[str]:
    """The one way the scorer compiles a pattern it searches a text with: `re.compile(pattern,
    flags)`, with leading zero-width tests moved after the first character where that is the
    same test (see the module docstring; not with `move_tests=False`), and told in its info
    block which characters a match can begin with (first_chars). The same matches as
    `re.compile(pattern, flags)`. Its `.pattern` is `pattern` when nothing moved, else None.

    `move_tests=False` is for patterns where the move measured slower than the info block
    alone (4 of the 9 stance predicates, stop 10: `stance.scanning`)."""
    if flags & re.LOCALE:
        return re.compile(pattern, flags)
    try:
        return compile_parsed(_parser.parse(pattern, flags), pattern, move_tests=move_tests)
    except (re.error, RecursionError, TypeError, ValueError, AttributeError):
        return re.compile(pattern, flags)


def compile_parsed(
    tree: Any, source: str | None = None, *, move_tests: bool = True
) -> re.Pattern[str]:
    """`compile_skipping` for a pattern already parsed by `re._parser.parse` (parsing is
    most of compiling, so a pattern parsed for other reasons is not parsed again).
    `source`: the text it was parsed from, kept as the compiled pattern's `.pattern` when
    nothing moved (else `.pattern` is None)."""
    moved = skipping_tree(tree) if move_tests else tree
    return first_chars.compiled(moved, source if moved is tree else None)


def skipping_tree(tree: Any) -> Any:
    """The parsed pattern `compile_parsed` compiles (the tree itself when nothing moves)."""
    try:
        shifted = _moved(tree, tree.state.flags)
    except (RecursionError, TypeError, ValueError, AttributeError):
        shifted = None
    try:
        items = shifted or list(tree.data)
        grouped = _grouped(tree.state, items, tree.state.flags) if _long(items) else None
    except (RecursionError, TypeError, ValueError, AttributeError):
        grouped = None
    if grouped is not None or shifted is not None:
        tree = _parser.SubPattern(tree.state, grouped or shifted)
    return tree


#: An alternation of at least this many branches that begin with a literal character is
#: grouped by that character (see `_grouped`): smaller ones gained nothing measurable.
GROUP_AT_LEAST = 16


def _grouped(state: Any, items: Items, flags: int, least: int = GROUP_AT_LEAST) -> Items | None:
    """`items` with each long alternation whose branches all begin with a literal character
    grouped by that character, in the order the characters first come, each group keeping
    its branches' order: `(?:ab|cd|ae)` is `(?:a(?:b|e)|cd)` (None when none is).

    `re` tries an alternation's branches one by one at every place; a branch whose first
    character is not the one there fails at once, but an expanded lexicon of 150 feeling
    words was still 150 such tests at every letter of the reply (~100 µs on 400
    characters). Grouped, only the branches that begin with the character there are
    tried, in their order; the others could not match there, so the match is the same.
    Not under IGNORECASE (two characters of one group would fall into two), nor for
    branches holding a capturing group or a reference (grouping would renumber them)."""
    if int(flags) & _FOLDING:
        return None
    return _regrouped(state, items, least)


_FOLDING = int(re.IGNORECASE | re.LOCALE)


def _regrouped(state: Any, items: Items, least: int) -> Items | None:
    """`_grouped` below its flags (read once: an enum's `&` is several Python calls)."""
    out: Items | None = None  # made only once an item changes (most stay as they are)
    for place, (op, av) in enumerate(items):
        new: Any = None
        if op is c.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            inner = None if add_flags or del_flags else _regrouped(state, sub.data, least)
            if inner is not None:
                new = (group, add_flags, del_flags, _parser.SubPattern(state, inner))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner = _regrouped(state, av[2].data, least)
            if inner is not None:
                new = (av[0], av[1], _parser.SubPattern(state, inner))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            inner = _regrouped(state, av[1].data, least)
            if inner is not None:
                new = (av[0], _parser.SubPattern(state, inner))
        elif op is c.ATOMIC_GROUP:
            inner = _regrouped(state, av.data, least)
            if inner is not None:
                new = _parser.SubPattern(state, inner)
        elif op is c.BRANCH:
            branches = av[1]
            for index, branch in enumerate(av[1]):
                inner = _regrouped(state, branch.data, least)
                if inner is not None:
                    if branches is av[1]:
                        branches = list(av[1])
                    branches[index] = _parser.SubPattern(state, inner)
            by_first = _by_first(state, branches, least)
            if by_first is not None or branches is not av[1]:
                new = (av[0], branches if by_first is None else by_first)
        if new is not None and out is None:
            out = list(items[:place])
        if out is not None:
            out.append((op, av if new is None else new))
    return out


def _long(items: Items, least: int = GROUP_AT_LEAST) -> bool:
    """Whether `items` hold an alternation of at least `least` branches anywhere: most
    patterns hold none, and finding that out without building anything keeps `_grouped`
    out of a cold set-up's way (it was ~0.9 s of CPU over the 6,700 units)."""
    for op, av in items:
        if op is c.BRANCH:
            if len(av[1]) >= least or any(_long(b.data, least) for b in av[1]):
                return True
        elif op is c.SUBPATTERN:
            if _long(av[3].data, least):
                return True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if _long(av[2].data, least):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if _long(av[1].data, least):
                return True
        elif op is c.ATOMIC_GROUP and _long(av.data, least):
            return True
    return False


def _by_first(state: Any, branches: list[Any], least: int) -> list[Any] | None:
    """The branches of one alternation grouped by their first character (see `_grouped`),
    or None when they are fewer than `least`, do not all begin with a literal character,
    share no first character, or hold a group."""
    if len(branches) < least:
        return None
    groups: dict[int, list[Any]] = {}
    for branch in branches:
        if not branch.data or branch.data[0][0] is not c.LITERAL:
            return None
        groups.setdefault(branch.data[0][1], []).append(branch)
    if len(groups) == len(branches) or not all(_groupless(b.data) for b in branches):
        return None
    return [
        same[0]
        if len(same) == 1
        else _parser.SubPattern(
            state,
            [
                (c.LITERAL, char),
                (c.BRANCH, (None, [_parser.SubPattern(state, b.data[1:]) for b in same])),
            ],
        )
        for char, same in groups.items()
    ]


def _moved(tree: Any, flags: int) -> Items | None:
    """The parsed pattern's items with a leading `^` hoisted in front, or else its leading
    zero-width tests shifted (None when nothing moves)."""
    items = list(tree.data)
    moved = _hoisted(tree.state, items) or _shift(tree.state, items, [], flags)
    return _guarded(tree.state, moved or items, flags) or moved


def _guarded(state: Any, items: Items, flags: int) -> Items | None:
    """`items` with a one-character test put in front of the alternation of start tests
    every match begins with (`(?:^|(?<=[.!?]\\s)|(?<=\\band\\s)|…)`), or None when there is
    none. Each of those tests, at a place inside a word, fails only after `re` has tried
    them all (a dozen lookbehinds at every letter of the reply); each one needs the text
    to begin there or the character before to be one of a few (a blank, a mark), so
    `(?<![^ those])` in front holds whenever one of them holds, and is one test."""
    if not items or flags & (re.IGNORECASE | re.MULTILINE | re.LOCALE):
        return None
    op, av = items[0]
    if op is c.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        inner = _guarded(state, list(sub.data), flags)
        if inner is None:
            return None
        return [(c.SUBPATTERN, (group, 0, 0, _parser.SubPattern(state, inner))), *items[1:]]
    if op is not c.BRANCH:
        return None
    before: Items = []
    for branch in av[1]:
        if len(branch.data) != 1:
            return None
        test, tav = branch.data[0]
        if test is c.AT and tav in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            continue  # the start of the text: no character before, which the guard allows
        if test is not c.ASSERT or tav[0] != -1 or not tav[1].data:
            return None
        last, lav = tav[1].data[-1]  # the character just before the place
        if last is c.LITERAL:
            before.append((c.LITERAL, lav))
        elif last is c.IN and all(o is not c.NEGATE for o, _ in lav):
            before.extend(lav)
        else:
            return None
    if not before:
        return None
    guard = (c.ASSERT_NOT, (-1, _parser.SubPattern(state, [(c.IN, [(c.NEGATE, None), *before])])))
    return [guard, *items]


_BEGINNING = (c.AT, c.AT_BEGINNING)


def _hoisted(state: Any, items: Items) -> Items | None:
    """`items` with the start-of-text anchor every match begins with moved in front of the
    groups and alternations that hold it (`(?P<hit>(?:^a|^b))` is `^(?P<hit>(?:a|b))`),
    or None when there is none to move. `re` tries a pattern that begins with `^` at the
    start of the text only; inside a group, at every character (50 µs on 2,000 characters
    to find nothing, against 0.1 µs)."""
    if not items or items[0] == _BEGINNING:
        return None
    rest = _without_beginning(state, items)
    return None if rest is None else [_BEGINNING, *rest]


def _without_beginning(state: Any, items: Items) -> Items | None:
    """`items` without the `^` every match of them begins with, or None when a match may
    begin without it."""
    if not items:
        return None
    op, av = items[0]
    if (op, av) == _BEGINNING:
        return items[1:]
    if op is c.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        inner = _without_beginning(state, list(sub.data))
        if inner is None:
            return None
        return [(c.SUBPATTERN, (group, 0, 0, _parser.SubPattern(state, inner))), *items[1:]]
    if op is c.BRANCH:
        branches = []
        for branch in av[1]:
            inner = _without_beginning(state, list(branch.data))
            if inner is None:
                return None
            branches.append(_parser.SubPattern(state, inner))
        return [(c.BRANCH, (None, branches)), *items[1:]]
    return None


def _movable(item: tuple[Any, Any]) -> bool:
    """A zero-width test at the start that can be made after the first character: `\\b`,
    a plain lookbehind, or a lookahead without groups (it is copied into branches)."""
    op, av = item
    if op is c.AT:
        return av is c.AT_BOUNDARY
    if op in (c.ASSERT, c.ASSERT_NOT):
        direction, sub = av
        return _plain(sub.data) if direction == -1 else _groupless(sub.data)
    return False


def _groupless(items: Items) -> bool:
    """No capturing group and no group reference anywhere in `items` (which may then be
    copied: a copied group would be numbered again, a reference could change meaning)."""
    for op, av in items:
        if op in (c.GROUPREF, c.GROUPREF_EXISTS):
            return False
        if op is c.SUBPATTERN:
            if av[0] is not None or not _groupless(av[3].data):
                return False
        elif op is c.BRANCH:
            if not all(_groupless(b.data) for b in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _groupless(av[2].data):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _groupless(av[1].data):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _groupless(av.data):
                return False
        elif op not in _PLAIN and op not in (c.NOT_LITERAL, c.CATEGORY, c.RANGE):
            return False
    return True


def _plain(items: Items) -> bool:
    for op, av in items:
        if op in _PLAIN:
            continue
        if op is c.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            if _plain(av[3].data):
                continue
        elif op is c.BRANCH and all(_plain(b.data) for b in av[1]):
            continue
        return False
    return True


def _after(state: Any, test: tuple[Any, Any], run: Items, flags: int) -> Any:
    """`test` (made before the characters `run`) as a lookbehind made after them, or None."""
    op, av = test
    if op is c.AT:  # \b before a literal: a word character before it or not
        if run[0][0] is not c.LITERAL:
            return None
        char = chr(run[0][1])
        if flags & re.IGNORECASE and not char.isascii():
            return None  # its other cases might differ in being a word character
        word = re.match(r"\w", char, flags & re.ASCII) is not None
        behind = _parser.SubPattern(state, [*_WORD, *run])
        return (c.ASSERT_NOT if word else c.ASSERT, (-1, behind))
    direction, sub = av
    if direction == 1:
        # A lookahead made at the run's start: `(?!A)you` is `you(?<=(?!A)you)` (the
        # lookbehind steps back over the run, tests A there, then matches the run again).
        return (c.ASSERT, (-1, _parser.SubPattern(state, [test, *run])))
    return (op, (direction, _parser.SubPattern(state, [*sub.data, *run])))


def _shift(state: Any, items: Items, pending: Items, flags: int) -> Items | None:
    """`pending` tests followed by `items`, with all the leading tests moved after the first
    character; None when nothing could be moved (the caller keeps them in front)."""
    tests = list(pending)
    index = 0
    while index < len(items) and _movable(items[index]):
        tests.append(items[index])
        index += 1
    if index == len(items):
        return None
    first = items[index]
    op, av = first
    if op in (c.LITERAL, c.IN):
        if not tests:
            return None
        # After the whole run of literals, so that `re` sees all of them as a prefix.
        end = index + 1
        while op is c.LITERAL and end < len(items) and items[end][0] is c.LITERAL:
            end += 1
        run = items[index:end]
        moved = [_after(state, test, run, flags) for test in tests]
        if any(m is None for m in moved):
            return None
        return [*run, *moved, *items[end:]]
    if op is c.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        inner = _shift(state, list(sub.data), tests, flags)
        if inner is None:
            return None
        return [
            (c.SUBPATTERN, (group, 0, 0, _parser.SubPattern(state, inner))),
            *items[index + 1 :],
        ]
    if op is c.BRANCH:
        branches = []
        any_moved = False
        for branch in av[1]:
            inner = _shift(state, list(branch.data), tests, flags)
            if inner is None:
                inner = [*tests, *branch.data]  # this branch keeps the tests in front
            else:
                any_moved = True
            branches.append(_parser.SubPattern(state, inner))
        if not any_moved:
            return None
        return [(c.BRANCH, (None, branches)), *items[index + 1 :]]
    return None


def for_lowered_ascii(pattern: str) -> re.Pattern[str] | None:
    """`pattern` compiled to match lower-cased ASCII text case-sensitively exactly where the
    pattern, with IGNORECASE, matches the ASCII text (letters lower-cased in the pattern;
    then `compile_parsed`, so `re` can skip ahead, which it cannot when ignoring case).
    None when the pattern has something that doesn't carry over simply (a letter range or a
    negated set, a non-ASCII literal, a flag group, a group reference)."""
    tree = lowered_tree(pattern)
    return None if tree is None else compile_parsed(tree)


def lowered_tree(pattern: str) -> Any:
    """The parsed pattern `for_lowered_ascii` compiles (before `skipping_tree`), or None."""
    try:
        tree = _parser.parse(pattern)
        lowered = _lowered(tree.state, list(tree.data))
    except (re.error, RecursionError):
        return None
    if lowered is None:
        return None
    return _parser.SubPattern(tree.state, lowered)


def _lowered(state: Any, items: Items) -> Items | None:
    out: Items = []
    for op, av in items:
        if op is c.LITERAL or op is c.NOT_LITERAL:
            if av > 127 or (op is c.NOT_LITERAL and chr(av).isalpha()):
                return None
            out.append((op, ord(chr(av).lower())))
        elif op is c.IN:
            members = []
            for member_op, member_av in av:
                if member_op is c.CATEGORY:
                    members.append((member_op, member_av))
                elif member_op is c.LITERAL and member_av < 128:
                    members.append((member_op, ord(chr(member_av).lower())))
                    if chr(member_av).isalpha():
                        members.append((member_op, ord(chr(member_av).upper())))
                else:
                    return None  # a range or a negated set: not worth the care
            out.append((op, members))
        elif op in (c.ANY, c.AT):
            out.append((op, av))
        elif op is c.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            inner = _lowered(state, list(sub.data))
            if inner is None or add_flags or del_flags:
                return None
            out.append((op, (group, 0, 0, _parser.SubPattern(state, inner))))
        elif op is c.BRANCH:
            branches = []
            for branch in av[1]:
                inner = _lowered(state, list(branch.data))
                if inner is None:
                    return None
                branches.append(_parser.SubPattern(state, inner))
            out.append((op, (None, branches)))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            inner = _lowered(state, list(sub.data))
            if inner is None:
                return None
            out.append((op, (low, high, _parser.SubPattern(state, inner))))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            direction, sub = av
            inner = _lowered(state, list(sub.data))
            if inner is None:
                return None
            out.append((op, (direction, _parser.SubPattern(state, inner))))
        else:
            return None
    return out
