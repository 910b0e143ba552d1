"""Running a criterion's alternatives one by one finds what the whole alternation finds.

When the prefilter leaves only a few of a criterion's units open, the scorer searches each
alone and merges the matches (`split_matches`) instead of running the whole alternation. If
the merge ever disagreed with `finditer` (leftmost match first, the earlier alternative at a
tie, going on from the end of each match), scores would change silently; these tests
compare both ways on generated alternations and texts, including alternatives that overlap,
look behind the search's start, or share a start.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.content.loading import require_rubrics
from simulator.scoring import Scorer
from simulator.scoring.detectors import (
    CueDetector,
    View,
    _literal_units,
    _trie_regex,
    split_matches,
    splittable,
)

ALTERNATIVES = [
    "ab",
    "a",
    "b+",
    "abc",
    r"(?<!\w)cat(?!\w)",
    r"\bdog\b",
    "c.t",
    r"(?<=x)y",
    "yy",
    r"ab(?=c)",
    r"a\s+b",
    r"(?:^|(?<=[.!?]))\s*do",
    r"o{1,3}",
    r"t(?![^.]*\?)",
]
TEXT = st.text(alphabet="abcdgotxy .?\n", max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    chosen=st.lists(st.sampled_from(ALTERNATIVES), min_size=1, max_size=6, unique=True),
    text=TEXT,
)
def test_split_matches_equals_finditer_of_the_alternation(chosen: list[str], text: str) -> None:
    whole = re.compile(f"(?P<hit>{'|'.join(chosen)})")
    alone = [re.compile(f"(?P<hit>{unit})") for unit in chosen]
    assert splittable("", chosen)
    expected = [m.span("hit") for m in whole.finditer(text)]
    assert [m.span("hit") for m in split_matches(alone, text)] == expected


@settings(max_examples=200, deadline=None)
@given(
    phrases=st.lists(
        st.lists(st.sampled_from(["a", "ab", "b", "cat", "cats", "you", "you're"]), min_size=1),
        min_size=1,
        max_size=6,
    ),
    text=st.text(alphabet="abct you're.\n", max_size=40),
)
def test_the_literal_phrases_cut_by_first_word_match_as_the_whole_trie(
    phrases: list[list[str]], text: str
) -> None:
    words = [tuple(p) for p in phrases]
    whole = re.compile(rf"(?P<hit>(?<!\w){_trie_regex(words)}(?!\w))")
    alone = [re.compile(f"(?P<hit>{unit})") for unit in _literal_units(words)]
    expected = [m.span("hit") for m in whole.finditer(text)]
    assert [m.span("hit") for m in split_matches(alone, text)] == expected


def test_units_that_could_change_meaning_alone_are_not_split() -> None:
    assert not splittable("", [r"(a)\1", "b"])  # group numbers shift when alone
    assert not splittable("", [r"(?P<x>a)(?P=x)", "b"])
    assert not splittable("", ["a*", "b"])  # an empty match: finditer steps over it
    assert splittable("", [r"(?<!\w)a", r"\bb\b"])


def test_a_new_scorer_has_every_unit_compiled_before_the_first_reply() -> None:
    # Set-up happens when the scorer is made, outside any reply's time budget: every unit is
    # compiled, or its compiled form was read from the set-up cache and waits to be rebuilt
    # when a reply first opens it (microseconds; see CueDetector._unit). None is left to
    # parse and compile from its pattern.
    warmed = Scorer(require_rubrics(None))
    detectors = [
        c.detector
        for compiled in warmed._compiled.values()
        for c in compiled
        if isinstance(c.detector, CueDetector)
    ]
    units = [
        regex is not None or index in d._later
        for d in detectors
        for index, regex in enumerate(d._unit_regexes)
    ]
    assert len(units) > 100 and all(units)
    assert not any(d._parsed for d in detectors)
    reply = "You should go to the police, honestly you're not thinking straight."
    context = "My landlord keeps coming in without asking."
    assert warmed.score(context, reply) == Scorer(require_rubrics(None)).score(context, reply)


def _reply_detectors(scorer: Scorer) -> list[CueDetector]:
    return [
        c.detector
        for compiled in scorer._compiled.values()
        for c in compiled
        if isinstance(c.detector, CueDetector) and c.detector.target == "reply"
    ]


def test_a_reply_that_opens_every_unit_runs_the_units_not_the_whole_alternation() -> None:
    # The whole alternation of a large criterion takes up to 100 ms to compile; a reply that
    # opened many (or all) of its units used to compile and run it, inside that reply's
    # time. Now the units run one by one whenever they can stand alone, and find the same.
    # The ten largest criteria are tried, each with a scorer of its own (running the whole
    # alternation to compare compiles it): which of them a reply of needed strings really
    # matches depends on the rubric text (stop 10's merges turned the largest one's reply into
    # one that matches nothing), so each is checked and at least one must find something.
    # The needed strings are put in a fixed order (length, then text): ordered by length
    # alone, ties followed the set's hash order, so which 3,000 characters were kept changed
    # with PYTHONHASHSEED and, in one CI run of stop 14, none of the five then tried matched.
    rubrics = require_rubrics(None)
    sizes = [len(d._units) for d in _reply_detectors(Scorer(rubrics))]
    largest = sorted(range(len(sizes)), key=lambda i: sizes[i], reverse=True)[:10]
    found = 0
    for index in largest:
        scorer = Scorer(rubrics)
        detectors = _reply_detectors(scorer)
        big = detectors[index]
        # Needed strings, shortest first, as many as the reply holds: many units are open (in
        # alphabetical order the first 3,000 characters opened none of stop 8's largest
        # criterion, whose needs run to 10,000 characters).
        needs = sorted(
            {s for sets in big.needs() for strings in sets for s in strings},
            key=lambda s: (len(s), s),
        )
        reply = " ".join(needs)[:3000]
        scorer.score("I feel so alone.", reply)
        for detector in detectors:
            if detector._splittable:
                assert detector._regex is None, detector.source[:80]
        view = View(reply, "I feel so alone.", None)
        scorer._prefiltered(view)
        units = big.find(view)
        view.able_reply = None  # unknown: the whole alternation runs
        assert units == big.find(view)
        found += bool(units)
    assert found
