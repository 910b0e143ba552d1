"""The stance reader's patterns, compiled to pass over where no match can begin, match as before.

Most patterns the stance reader (scoring/stance.py) searches along a reply begin with a
lookbehind (`(?<![\\w'])you…`) or `\\b`, which hides their first character from `re`: it ran the
whole pattern at every character. Since stop 10 they are compiled with `first_chars`' info block
(`stance.scanning`), so `re` tries them only where their first character is. If that set ever
missed a character, a stance (whom a clause is about, whether it is said back or negated) would
silently change; these tests compare every such pattern with `re.compile` of the same source,
on generated text made of the patterns' own words and marks.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring import stance
from simulator.scoring.detectors import StanceDetector
from simulator.scoring.engine import default_scorer


def _scanned() -> list[re.Pattern[str]]:
    """Every pattern the stance reader and the stance criteria scan a reply with."""
    reader = stance.stance_reader_for(default_scorer().rubrics.lexicons)
    found = [
        stance._BOUNDARY,
        stance._SPEAKER,
        stance._PEER,
        stance._THIRD,
        stance._INVERTED,
        stance._SOMEONE,
        stance._OWN_VIEW,
        stance._POSSESSED_WORK,
    ]
    for regex in (
        reader.work,
        reader.others,
        reader.said_back,
        reader.conceding,
        reader.reporting,
        reader.asks,
        reader.negated,
    ):
        if regex is not None:
            found.append(regex)
    found += [
        c.detector.predicate
        for compiled in default_scorer()._compiled.values()
        for c in compiled
        if isinstance(c.detector, StanceDetector)
    ]
    return found


SCANNED = _scanned()
PIECES = sorted(
    {word for regex in SCANNED for word in re.findall(r"[a-z']+", regex.pattern)}
    | {" ", "  ", ", ", ". ", "? ", "! ", ";", ":", "\n", " - ", " — ", "—", "’", "'", "İ"}
)
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def test_every_scanned_pattern_passes_over_places_and_keeps_its_source() -> None:
    plain = re.compile("(?<![\\w'])(?:you|u)(?![\\w'])")
    assert stance.scanning(plain.pattern).pattern == plain.pattern
    for regex in SCANNED:
        assert regex.pattern, regex  # the source is kept, so it can be compared below
        assert regex is not re.compile(regex.pattern)  # not re's own compilation


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_scanned_patterns_find_what_re_finds(text: str) -> None:
    for regex in SCANNED:
        plain = re.compile(regex.pattern)
        assert [m.span() for m in regex.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], regex.pattern[:80]
        for start in (0, len(text) // 2):
            found, expected = regex.search(text, start), plain.search(text, start)
            assert (found and found.span()) == (expected and expected.span())
