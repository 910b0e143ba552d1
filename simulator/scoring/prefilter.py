"""A prefilter: which criteria could match a reply at all, decided by plain substring search.

Most of scoring time was spent running every criterion's regular expression over every
reply, although most replies can match only a few of them. From a criterion's parsed
pattern we work out a set of literal strings of which every match must contain at least
one ("because", "since", … for a pattern that ends in one of those words). A reply that
contains none of them cannot match, so the expression is not run. A pattern usually has
several such sets ("you" and "seem|sound" and "sad|upset" for `you (?:seem|sound)
(?:sad|upset)`); up to three of the rarest are checked together, so a unit is opened only
when each has a string in the reply. Adjacent alternatives are also spelled out together
(`_products`: "you seem sad", "you sound upset", …), a sharper set than any one of them. The sets are derived from the pattern itself, so they
cannot disagree with it: the output is the same, only faster.

Working the sets out takes a few milliseconds for the shipped rubrics and happens on the
first reply scored, not at start-up.
"""

from __future__ import annotations

import functools
import operator
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
_second = operator.itemgetter(1)
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
    items: Any,
    rarity: Callable[[frozenset[str]], int] | None = None,
    bounds: tuple[bool, bool] | None = None,
) -> list[frozenset[str]]:
    """Every set of strings the prefilter can prove a match contains one of: a literal run,
    the clauses of a group or of a repeat taken at least once, and a branch's union of its
    branches' best sets (the longest, or with `rarity` the rarest); and the clauses of a
    positive lookaround, which the text holds beside the match (the prefilter scans the
    whole text, so those count as well). `_factors` is the best
    of these by length; `needs_of_parsed` can choose the rarest instead.

    With `bounds` (whether what comes before and after `items` is a word boundary), a run of
    word characters with a word boundary on both sides is a whole word, written `WHOLE` +
    word + `WHOLE`: "u" in `\\b(?:you|u)\\s+` is the word "u", not any "u" (in "just")."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    run_start = 0

    def close_run(end: int) -> None:
        if run:
            text = "".join(run)
            if WHOLE in text:  # never taken for a whole word's mark
                run.clear()
                return
            whole = (
                bounds is not None
                and _is_word(text)
                and _bounded(items, run_start - 1, -1, bounds[0])
                and _bounded(items, end, 1, bounds[1])
            )
            found.append(frozenset([WHOLE + text + WHOLE if whole else text]))
            run.clear()

    for index, (op, av) in enumerate(items):
        if op is c.LITERAL:
            if not run:
                run_start = index
            run.append(chr(av).lower())
            continue
        if op is c.ASSERT:
            # A positive lookahead or lookbehind holds only where the text holds what it
            # looks for: `(?<=:)\s*…` needs a ":" in the text, `(?:(?<=, )|(?<=,))…` a ",".
            # (Zero-width: the run of literals around it goes on.) Its ends touch text the
            # items beside it do not describe, so no whole-word claim is made inside it.
            found += _clauses(av[1], rarity, None)
            continue
        if op in (c.AT, c.ASSERT_NOT):
            continue
        close_run(index)
        inner: tuple[bool, bool] | None = None
        if bounds is not None:
            inner = (
                _bounded(items, index - 1, -1, bounds[0]),
                _bounded(items, index + 1, 1, bounds[1]),
            )
        if op is c.IN:
            chars = _class_chars(av)
            if chars is not None:
                found.append(chars)
        elif op is c.SUBPATTERN:
            found += _clauses(av[3], rarity, inner)
        elif op is c.ATOMIC_GROUP:
            found += _clauses(av, rarity, inner)
        elif op in _REPEATS and av[0] >= 1:
            # Only the first time round is next to what comes before it.
            found += _clauses(av[2], rarity, None if bounds is None else (False, False))
        elif op is c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                best = (
                    _factors(branch)
                    if rarity is None
                    else _rarest(_clauses(branch, rarity, inner), rarity)
                )
                if best is None:
                    break
                union |= best
            else:
                found.append(frozenset(union))
    close_run(len(items))
    found += _products(items)
    return [clause for clause in found if clause and "" not in clause]


#: A set of strings spelled out from adjacent alternatives has at most this many.
_MAX_PRODUCT = 16
#: A character set spelled out as its characters has at most this many.
_MAX_CLASS = 8


def _products(items: Any) -> list[frozenset[str]]:
    """The strings a run of adjacent items with few spellings each can match, spelled out:
    `(?:why|y) (?:did|do) (?:you|u)` is one of "why did you", "y did u", … (8 strings), not
    just "y" (in most replies) or " "; `don'?t` is "don't" or "dont", not "don" (in "done").
    A run goes on over zero-width tests and ends at an item with many spellings (`\\s+`, a
    long lexicon) or when the spellings would pass `_MAX_PRODUCT`; a run of one item, or of
    literal characters only (`_clauses`' own runs, marked there when whole words), adds
    nothing the items' own clauses lack. Every match of the items contains one of a run's
    strings, so a set from here is a needed set like the others (`_clauses`)."""
    found: list[frozenset[str]] = []
    run: set[str] = {""}
    parts = 0
    plain = True  # literal characters only, so far

    def flush() -> None:
        if parts >= 2 and not plain and "" not in run:
            found.append(frozenset(run))

    for op, av in items:
        spelled = _spellings(op, av)
        if spelled == _EMPTY:
            continue  # zero-width: the run goes on
        if spelled is None or len(run) * len(spelled) > _MAX_PRODUCT:
            flush()
            run, parts = ({""}, 0) if spelled is None else (set(spelled), 1)
            plain = spelled is None or op is c.LITERAL
            continue
        run = {a + b for a in run for b in spelled}
        parts += 1
        plain = plain and op is c.LITERAL
    flush()
    return found


_EMPTY = frozenset([""])


def _spelled(items: Any) -> frozenset[str] | None:
    """Every string the sequence `items` can match (a zero-width test matching ""), when
    there are at most `_MAX_PRODUCT`; else None."""
    out: frozenset[str] = _EMPTY
    for op, av in items:
        spelled = _spellings(op, av)
        if spelled is None or len(out) * len(spelled) > _MAX_PRODUCT:
            return None
        if spelled != _EMPTY:
            out = frozenset(a + b for a in out for b in spelled)
    return out


def _spellings(op: Any, av: Any) -> frozenset[str] | None:
    """`_spelled` of one item (lower-cased, as the scanned text is)."""
    if op is c.LITERAL:
        return frozenset([chr(av).lower()])
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY
    if op is c.IN:
        chars = _class_chars(av)
        return chars if chars is not None and len(chars) <= _MAX_CLASS else None
    if op is c.SUBPATTERN:
        return _spelled(av[3])
    if op is c.ATOMIC_GROUP:
        return _spelled(av)
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            spelled = _spelled(branch)
            if spelled is None:
                return None
            union |= spelled
            if len(union) > _MAX_PRODUCT:
                return None
        return frozenset(union)
    if op in _REPEATS and av[1] == 0:  # never taken
        return _EMPTY
    if op in _REPEATS and av[1] <= 1:  # once, or at most once
        spelled = _spelled(av[2])
        if spelled is None:
            return None
        return spelled if av[0] >= 1 else spelled | _EMPTY
    return None


#: Marks a needed string as a whole word (the prefilter looks it up among the text's words).
WHOLE = "\0"
_WORD_CHAR = re.compile(r"\w")
_ALL_WORD = re.compile(r"\w+")
_NOT_WORD = {(c.CATEGORY, c.CATEGORY_SPACE), (c.CATEGORY, c.CATEGORY_NOT_WORD)}
_WORD_CLASS = [(c.IN, [(c.CATEGORY, c.CATEGORY_WORD)])]
_EDGES = {
    -1: (c.AT_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_STRING, c.AT_BEGINNING_LINE),
    1: (c.AT_BOUNDARY, c.AT_END, c.AT_END_STRING, c.AT_END_LINE),
}


def _is_word(text: str) -> bool:
    return _ALL_WORD.fullmatch(text) is not None


def _bounded(items: Any, index: int, step: int, outside: bool) -> bool:
    """Whether the character next to a word (before it for `step` -1, after it for 1),
    looking from `items[index]` outwards, is certainly not a word character (or is the edge
    of the text): a word boundary test, a non-word character, a run of them; zero-width
    tests in between are stepped over. Past the end of `items`: `outside`."""
    while 0 <= index < len(items):
        op, av = items[index]
        if op is c.AT:
            if av in _EDGES[step]:
                return True
        elif op is c.ASSERT_NOT:
            direction, sub = av
            if direction == step and list(sub.data) == _WORD_CLASS:
                return True
        elif op is c.ASSERT:
            pass
        else:
            return _not_word(op, av)
        index += step
    return outside


def _not_word(op: Any, av: Any) -> bool:
    """Whether every character this item can match (at least one) is a non-word character."""
    if op is c.LITERAL:
        return _WORD_CHAR.match(chr(av)) is None
    if op is c.IN:
        return all(
            (member in _NOT_WORD)
            or (member[0] is c.LITERAL and _WORD_CHAR.match(chr(member[1])) is None)
            for member in av
        )
    if op in _REPEATS and av[0] >= 1:
        body = list(av[2])
        return len(body) == 1 and _not_word(*body[0])
    return False


@functools.cache
def _digits() -> frozenset[str]:
    """Every character `\\d` matches in a text (`re` asks `str.isdecimal`): Arabic-Indic and
    other digits as well as 0-9 (worked out when a pattern first needs it: 0.1 s)."""
    return frozenset(chr(i) for i in range(0x110000) if chr(i).isdecimal())


def _class_chars(members: Any) -> frozenset[str] | None:
    """The characters a character set (`[.!?]`, `\\d`) matches, lower-cased as the scanned
    text is; None when it is negated, has a range or a class other than digits."""
    chars: set[str] = set()
    for op, av in members:
        if op is c.LITERAL:
            chars.add(chr(av).lower())
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            chars |= _digits()
        else:
            return None
    return frozenset(chars)


def _usable(clause: frozenset[str]) -> bool:
    """Not too many strings to look for (single characters, as `\\d`'s, are cheap)."""
    return len(clause) <= _MAX_STRINGS or all(len(s) == 1 for s in clause)


def _rarest(
    clauses: list[frozenset[str]], rarity: Callable[[frozenset[str]], int]
) -> frozenset[str] | None:
    usable = [clause for clause in clauses if _usable(clause)]
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


def _mask(places: list[int], size: int) -> int:
    """The int with bits `places` set (all below `size`), built in a bytearray when there
    are several (each OR of a high bit makes a new int as wide as all the planes)."""
    if len(places) < 3:
        mask = 0
        for place in places:
            mask |= 1 << place
        return mask
    buffer = bytearray((size + 7) >> 3)
    for place in places:
        buffer[place >> 3] |= 1 << (place & 7)
    return int.from_bytes(buffer, "little")


class Prefilter:
    """One scan of a text tells which alternatives (of all criteria) could match it.

    Every alternative has a bit, and up to `PLANES` sets of strings such that each of its
    matches contains a string of every set ("you" and one of "seem", "sound" for
    `you (?:seem|sound) sad`). `able(text)` returns the bits of the alternatives that could
    match: those with nothing known (always), and those with a string of each of their
    sets in the text. A needed single character is looked up among the text's characters;
    the other strings are found in one pass of Aho-Corasick (every occurrence of every
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
        # The places (bit numbers) of each distinct set first, then each set's mask OR-ed
        # into its strings': the shipped rubrics' 18,000 sets are 4,300 distinct ones, and
        # OR-ing one place at a time into ints as wide as all the planes (about 20,000
        # bits) took some 40 ms of every start-up.
        always: list[int] = []
        set_places: dict[frozenset[str], list[int]] = {}
        for bit, sets in enumerate(needs):
            for plane, strings in enumerate(sets):
                set_places.setdefault(strings, []).append(plane * width + bit)
            always += range(len(sets) * width + bit, planes * width, width)
        size = planes * width
        self.always = _mask(always, size)
        by_string: dict[str, int] = {}
        singles: dict[str, int] = {}
        #: Whole words (WHOLE + word + WHOLE in `needs`), looked up among the text's words.
        self._words: dict[str, int] = {}
        words = self._words
        for strings, places in set_places.items():
            mask = _mask(places, size)
            for text in strings:
                # A string's first mask is taken as it is: `0 | mask` copied all of it (an
                # int as wide as the planes) for each of the ~10,000 distinct strings.
                if len(text) > 2 and text[0] == text[-1] == WHOLE:
                    word = text[1:-1]
                    seen = words.get(word)
                    words[word] = mask if seen is None else seen | mask
                elif len(text) == 1:
                    seen = singles.get(text)
                    singles[text] = mask if seen is None else seen | mask
                else:
                    seen = by_string.get(text)
                    by_string[text] = mask if seen is None else seen | mask
        #: Single characters ("?", a digit, the word "i" not yet known whole), looked up
        #: directly: in the scan every "a" or "e" of a reply was a hit to collect (about
        #: half of all hits), and the text holds only a few dozen distinct characters.
        self._singles = singles
        self._single_chars = frozenset(singles)
        self._automaton: Any = None
        self._regex: re.Pattern[str] | None = None
        self._masks: dict[str, int] = {}
        self._string_masks: list[int] = []
        if not by_string:
            return
        if ahocorasick is not None:
            # Aho-Corasick reports every occurrence of every string in one pass in C (about
            # a third of the time of the `re` scan below, which tries a trie at each place).
            # Each string's number is stored, not its mask: a long reply has a few hundred
            # hits of far fewer strings, and OR-ing a mask thousands of bits wide per hit
            # cost more than collecting the numbers (in C) and OR-ing each string's once.
            automaton = ahocorasick.Automaton()
            for number, (text, mask) in enumerate(by_string.items()):
                automaton.add_word(text, number)
                self._string_masks.append(mask)
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
        if self._words:
            words = self._words
            for word in set(_ALL_WORD.findall(lower_text)):
                found = words.get(word)
                if found is not None:
                    mask |= found
        if self._single_chars:
            singles = self._singles
            for char in self._single_chars.intersection(lower_text):
                mask |= singles[char]
        if self._automaton is not None:
            numbered = self._string_masks
            for number in set(map(_second, self._automaton.iter(lower_text))):
                mask |= numbered[number]
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
        clauses = _clauses(parsed, rarity, (False, False))
    except RecursionError:
        return ()
    usable = sorted(
        {clause for clause in clauses if _usable(clause)},
        key=lambda clause: (rarity(clause), len(clause), sorted(clause)),
    )
    chosen: list[frozenset[str]] = []
    for clause in usable:
        if len(chosen) == most:
            break
        if not any(_implies(other, clause) for other in chosen):
            chosen.append(clause)
    return tuple(chosen)


def _implies(found: frozenset[str], clause: frozenset[str]) -> bool:
    """Whether a text holding a string of `found` surely holds one of `clause` (each of
    `found`'s strings contains one of `clause`'s): then checking `clause` as well rules out
    nothing ("don't" after "don't be", "dont be"), and another set can take its plane."""
    if any(text[:1] == WHOLE for text in clause):
        return found == clause
    return all(any(part in text for part in clause) for text in found)


def _gate(found: Factors) -> frozenset[str] | None:
    if found is None or len(found) > _MAX_STRINGS:
        return None
    return found
