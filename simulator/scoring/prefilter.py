"""A prefilter: which criteria could match a reply at all, decided by plain substring search.

Most of scoring time was spent running every criterion's regular expression over every
reply, although most replies can match only a few of them. From a criterion's parsed
pattern we work out a set of literal strings of which every match must contain at least
one ("because", "since", … for a pattern that ends in one of those words). A reply that
contains none of them cannot match, so the expression is not run. A pattern usually has
several such sets ("you" and "seem|sound" and "sad|upset" for `you (?:seem|sound)
(?:sad|upset)`); up to three of the rarest are checked together, so a unit is opened only
when each has a string in the reply. The sets are derived from the pattern itself, so they
cannot disagree with it: the output is the same, only faster.

Working the sets out takes a few milliseconds for the shipped rubrics and happens on the
first reply scored, not at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

try:  # a C multi-string search (pyahocorasick); without it, one `re` scan does the same
    import ahocorasick
except ImportError:  # pragma: no cover - a dependency; kept working without it
    ahocorasick = None

Factors = frozenset[str] | None  # None: nothing is known (the pattern may match anything)

_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
#: A gate with more strings than this is not worth checking one by one.
_MAX_STRINGS = 400


def _better(a: Factors, b: Factors) -> Factors:
    """The more selective of two factor sets (longer shortest string, then fewer strings)."""
    if a is None:
        return b
    if b is None:
        return a
    key_a = (min(map(len, a)), -len(a))
    key_b = (min(map(len, b)), -len(b))
    return a if key_a >= key_b else b


def _factors(items: Any) -> Factors:
    """The best of `_clauses` by length (longer shortest string, then fewer strings)."""
    best: Factors = None
    for clause in _clauses(items):
        best = _better(best, clause)
    return best


def _clauses(
    items: Any, rarity: Callable[[frozenset[str]], int] | None = None
) -> list[frozenset[str]]:
    """Every set of strings the prefilter can prove a match contains one of: a literal run,
    the clauses of a group or of a repeat taken at least once, and a branch's union of its
    branches' best sets (the longest, or with `rarity` the rarest). `_factors` is the best
    of these by length; `needs_of_parsed` can choose the rarest instead."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            found.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av).lower())
            continue
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        close_run()
        if op is c.SUBPATTERN:
            found += _clauses(av[3], rarity)
        elif op is c.ATOMIC_GROUP:
            found += _clauses(av, rarity)
        elif op in _REPEATS and av[0] >= 1:
            found += _clauses(av[2], rarity)
        elif op is c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                best = (
                    _factors(branch)
                    if rarity is None
                    else _rarest(_clauses(branch, rarity), rarity)
                )
                if best is None:
                    break
                union |= best
            else:
                found.append(frozenset(union))
    close_run()
    return [clause for clause in found if clause and "" not in clause]


def _rarest(
    clauses: list[frozenset[str]], rarity: Callable[[frozenset[str]], int]
) -> frozenset[str] | None:
    usable = [clause for clause in clauses if len(clause) <= _MAX_STRINGS]
    if not usable:
        return None
    return min(usable, key=lambda clause: (rarity(clause), len(clause), sorted(clause)))


def required_literals(pattern: str) -> Factors:
    """Strings of which every match of `pattern` (on lower-cased text) contains one, or None."""
    try:
        return _factors(_parser.parse(pattern))
    except (re.error, RecursionError):
        return None


def _char_trie(strings: frozenset[str]) -> str:
    """A regex matching the longest of `strings` that starts here (one branch per character,
    so matching never tries two alternatives for the same character)."""
    root: dict[str, Any] = {}
    for text in strings:
        node = root
        for char in text:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        parts = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(root)


class Prefilter:
    """One scan of a text tells which alternatives (of all criteria) could match it.

    Every alternative has a bit, and up to `PLANES` sets of strings such that each of its
    matches contains a string of every set ("you" and one of "seem", "sound" for
    `you (?:seem|sound) sad`). `able(text)` returns the bits of the alternatives that could
    match: those with nothing known (always), and those with a string of each of their
    sets in the text. The scan is one pass of Aho-Corasick (every occurrence of every
    string); without pyahocorasick, one `re` scan reports the longest needed string
    starting at each place, and the strings that are its prefixes (which occur there too)
    have their bits added with it.

    Each set has its own plane of bits (plane j holds the alternatives' j-th sets; an
    alternative with fewer sets is always open in the planes it doesn't use), so asking
    for all of an alternative's sets at once costs a few operations on whole planes, not a
    check per alternative.
    """

    def __init__(self, needs: list[tuple[frozenset[str], ...]]) -> None:
        width = len(needs)
        planes = max((len(sets) for sets in needs), default=0) or 1
        self._width = width
        self._planes = planes
        self._full = (1 << width) - 1
        self.always = 0
        by_string: dict[str, int] = {}
        for bit, sets in enumerate(needs):
            for plane in range(planes):
                place = 1 << (plane * width + bit)
                if plane >= len(sets):
                    self.always |= place
                    continue
                for text in sets[plane]:
                    by_string[text] = by_string.get(text, 0) | place
        self._automaton: Any = None
        self._regex: re.Pattern[str] | None = None
        self._masks: dict[str, int] = {}
        if not by_string:
            return
        if ahocorasick is not None:
            # Aho-Corasick reports every occurrence of every string in one pass in C (about
            # a third of the time of the `re` scan below, which tries a trie at each place).
            automaton = ahocorasick.Automaton()
            for text, mask in by_string.items():
                automaton.add_word(text, mask)
            automaton.make_automaton()
            self._automaton = automaton
            return
        from simulator.scoring.setup_cache import setup_cache

        source = f"(?=({_char_trie(frozenset(by_string))}))"
        self._regex = setup_cache().compiled("scan\0" + source, lambda: _parser.parse(source))
        for text in by_string:
            mask = 0
            for i in range(1, len(text) + 1):
                mask |= by_string.get(text[:i], 0)
            self._masks[text] = mask

    def able(self, lower_text: str) -> int:
        """The bits of the alternatives that could match `lower_text`."""
        mask = self.always
        if self._automaton is not None:
            for _end, found in self._automaton.iter(lower_text):
                mask |= found
        elif self._regex is not None:
            masks = self._masks
            for text in set(self._regex.findall(lower_text)):
                mask |= masks[text]
        able = mask
        for plane in range(1, self._planes):
            able &= mask >> (plane * self._width)
        return able & self._full


def needs_of(pattern: str) -> frozenset[str] | None:
    """What a prefilter checks for `pattern` (None: always run it)."""
    return _gate(required_literals(pattern))


def needs_of_parsed(
    parsed: Any, rarity: Callable[[frozenset[str]], int] | None = None
) -> frozenset[str] | None:
    """`needs_of` for a pattern already parsed (by `re._parser.parse`). With `rarity` (how
    often a set's strings occur in typical text), the rarest of the sets every match needs
    one of: "lifestyle|stupid|inappropriate" rather than "that" for
    `that (?:lifestyle|was stupid|is inappropriate)`, so the unit is opened less often.
    Any of these sets gives the same matches; only how often the unit is run differs."""
    try:
        if rarity is None:
            return _gate(_factors(parsed))
        return _rarest(_clauses(parsed, rarity), rarity)
    except RecursionError:
        return None


#: At most this many sets are checked per alternative (a fourth rules out almost nothing more).
PLANES = 3


def all_needs_of_parsed(
    parsed: Any, rarity: Callable[[frozenset[str]], int], most: int = PLANES
) -> tuple[frozenset[str], ...]:
    """Up to `most` sets of strings such that every match of the parsed pattern contains a
    string of each, rarest first (the first is `needs_of_parsed`'s choice); () when nothing
    is known. A reply lacking every string of any one set cannot match, so checking several
    opens the unit less often, and the matches stay the same."""
    try:
        clauses = _clauses(parsed, rarity)
    except RecursionError:
        return ()
    usable = sorted(
        {clause for clause in clauses if len(clause) <= _MAX_STRINGS},
        key=lambda clause: (rarity(clause), len(clause), sorted(clause)),
    )
    return tuple(usable[:most])


def _gate(found: Factors) -> frozenset[str] | None:
    if found is None or len(found) > _MAX_STRINGS:
        return None
    return found
