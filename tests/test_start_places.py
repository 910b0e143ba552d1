"""A pattern read at sentence starts, tried only there, finds what `re` finds.

`start_places` lets a pattern whose every match begins at the start of the text or just
after a sentence mark (`(?:^|(?<=[.!?;\\n]))…`) be tried at those places only. If a place
were ever missed, a match would be lost and a score would change silently: these tests
compare `AtPlaces` with the pattern's own `search` and `finditer` on generated patterns and
texts, and check which rubric units are searched this way.
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring.detectors import CueDetector, split_matches
from simulator.scoring.engine import default_scorer
from simulator.scoring.start_places import AtPlaces, places_of

STARTS = [
    r"(?:^|(?<=[.!?;\n]))\s*+",
    r"(?:^|(?<=[.!?]\s))",
    r"(?:^|(?<=[.!?,;]\s))(?:so,?\s+)?",
    r"(?:(?<=\.)|^|(?<=a))",
    r"(?<=[ab]\s)",
    r"(?:^|(?<=\n))",
]
BODIES = ["a", "ab", r"(?:so|a)\b", r"\s*b", r"[ab]+\.?", r"a(?!b)", r"(?:a|b\s)"]
TEXT = st.text(alphabet="ab .!?;\n,", max_size=30)


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@settings(max_examples=500, deadline=None)
@given(
    start=st.sampled_from(STARTS), body=st.sampled_from(BODIES), text=TEXT, pos=st.integers(0, 31)
)
def test_a_pattern_tried_at_its_places_finds_what_search_finds(
    start: str, body: str, text: str, pos: int
) -> None:
    pattern = f"{start}(?P<hit>{body})"
    marks = places_of(_parser.parse(pattern))
    assert marks is not None, pattern
    plain, at_places = re.compile(pattern), AtPlaces(re.compile(pattern), marks)
    assert _spans(at_places.finditer(text)) == _spans(plain.finditer(text)), pattern
    found, expected = at_places.search(text, pos), plain.search(text, pos)
    assert (found and found.span()) == (expected and expected.span()), (pattern, pos)
    # Among other units, as a criterion searches them.
    other = re.compile(r"\bb")
    assert _spans(split_matches([at_places, other], text)) == _spans(
        re.compile(f"{pattern}|{other.pattern}").finditer(text)
    )


def test_only_patterns_that_begin_at_marks_are_tried_at_places() -> None:
    for pattern, chars, width in (
        (r"(?:^|(?<=[.!?;\n]))\s*+try", ".!?;\n", 1),
        (r"(?:^|(?<=[.!?]\s))so", ".!?", 2),
    ):
        marks = places_of(_parser.parse(pattern))
        assert marks is not None and len(marks) == 1 and marks[0][1] == width, pattern
        assert {ch for ch in map(chr, range(128)) if re.fullmatch(marks[0][0], ch)} == set(chars)
    for pattern in (
        r"^\s*why",  # only at the start: re already tries it there only
        r"(?:^|(?<=\w))a",  # a category, not a few marks
        r"(?:^|x)a",  # x is consumed: a match may begin anywhere
        r"(?:^|(?<=[.!?]\s))a|b",  # b may begin anywhere
        r"(?<=\.|!!)a",  # a lookbehind of varying width is refused by re itself
        r"(?i)(?:^|(?<=\.))a",
        r"(?m)(?:^|(?<=\.))a",  # ^ at every line start
    ):
        try:
            parsed = _parser.parse(pattern)
        except re.error:
            continue
        assert places_of(parsed) is None, pattern


def test_the_rubrics_sentence_start_units_are_tried_at_sentence_starts() -> None:
    scorer = default_scorer()
    at_places = []
    for rubric in scorer._compiled.values():
        for step in rubric:
            detector = step.detector
            if isinstance(detector, CueDetector):
                detector.needs()
                units = [detector._unit(i) for i in range(len(detector._units))]
                at_places += [r for r in units if isinstance(r, AtPlaces)]
    assert len(at_places) >= 10
    reply = "i hear you. just try to rest tonight! and so, he said it; ok"
    for unit in at_places:
        assert _spans(unit.finditer(reply)) == _spans(unit.regex.finditer(reply))
