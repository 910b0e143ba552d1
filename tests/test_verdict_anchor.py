"""The verdict reader's phrase search, grouped by first character, finds what it found.

`verdicts._anchor_regex` builds one search for every verdict phrase ("makes ... sense",
"understandable", "not your fault"…). It groups the phrases by their first character
(`m(?:akes…|aking…)`) so that `re` tries one branch per place instead of every phrase:
the verdict reading ran three such searches on every reply that had a verdict word. If the
grouping reordered phrases or lost one, verdicts (and so validation levels) would change
silently; these tests compare it with the plain alternation of the same phrases.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring.verdicts import _anchor_regex, _anchors, _grouped

WORDS = ["makes", "make", "sense", "so", "much", "fair", "not", "normal", "no", "wonder", "..."]


def _plain(phrases: set[str]) -> re.Pattern[str]:
    """The search as it was: every phrase, longest first, in one alternation."""
    return re.compile(r"\b(?:" + "|".join(_anchors(phrases)) + r")\b")


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.sets(
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join), min_size=1
    ),
    text=st.lists(st.sampled_from([*WORDS[:-1], "it", "that's", ".", "-"]), max_size=12).map(
        " ".join
    ),
)
def test_the_grouped_search_finds_what_the_plain_alternation_found(
    phrases: set[str], text: str
) -> None:
    assert _spans(_anchor_regex(phrases), text) == _spans(_plain(phrases), text), phrases


def test_phrases_are_grouped_by_their_first_character() -> None:
    anchors = [r"makes(?:\s+[a-z0-9']+){0,3}?\s+sense", "not\\s+fair", "matters", "fair", "normal"]
    assert _grouped(anchors) == (
        r"m(?:akes(?:\s+[a-z0-9']+){0,3}?\s+sense|atters)|n(?:ot\s+fair|ormal)|f(?:air)"
    )
    assert _grouped([r"(?:\s+[a-z0-9']+){0,3}?\s+sense", "fair"]) is None
    phrases = {"makes ... sense", "making ... sense", "matters", "fair", "normal", "not fair"}
    text = "that makes so much sense. it's not fair, it matters and it's normal"
    assert _spans(_anchor_regex(phrases), text) == _spans(_plain(phrases), text)


def test_the_negator_search_finds_what_the_plain_pattern_found() -> None:
    from simulator.scoring.detectors import ReactionVerdictDetector
    from simulator.scoring.engine import default_scorer

    reader = next(
        c.detector.reader
        for compiled in default_scorer()._compiled.values()
        for c in compiled
        if isinstance(c.detector, ReactionVerdictDetector)
    )
    negators = sorted(reader.w.negators | {"none"}, key=len, reverse=True)
    plain = re.compile(r"(?:\b(?:" + "|".join(re.escape(n) for n in negators) + r")\b|n't\b)")
    words = [*negators, "isn't", "nothing", "knot", "notice", "cannot", "it", "'", "."]
    for k in range(len(words)):
        text = " ".join(words[k:] + words[:k]) + " x" + "".join(words[k : k + 3])
        assert _spans(reader.w.negator, text) == _spans(plain, text)
