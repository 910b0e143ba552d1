"""Boundary criteria read replies typed as texts ("u", "ur", "prob", "tho") like the words the
rubrics were written with; reflection and validation cues are left as written, because "ur"
is also "you're" and would read "ur sister" as a reflection."""

from __future__ import annotations

import re

import pytest

from simulator.scoring import Scorer
from simulator.scoring.texting import texting_forms

PEER = (
    "Someone sent screenshots of my profile to my sister. She's seen it. "
    "If my parents find out, I don't know what happens to me."
)


@pytest.mark.parametrize(
    ("typed", "flag"),
    [
        ("she was prob just looking out for u tbh", "siding"),
        ("ur prob overthinking it, its not that deep", "dismissing"),
        ("u rly should tell the cops abt this", "police"),
    ],
)
def test_a_texted_breach_is_caught(scorer: Scorer, typed: str, flag: str) -> None:
    result = scorer.score(PEER, typed).skills["boundaries"]
    assert result.level == 2 and flag in result.flags, (typed, result.flags)


def test_texted_reassurance_about_family_is_not_read_as_a_reflection(scorer: Scorer) -> None:
    result = scorer.score(PEER, "ur parents wont find out, ur sister isnt gonna say anything")
    assert result.skills["paraphrasing"].level == 0
    assert "false_reassurance" in result.skills["boundaries"].flags


@pytest.mark.parametrize(
    ("pattern", "matches", "misses"),
    [
        (r"\byou\b", "u", "us"),
        (r"\bprobably\b", "probs", "problem"),
        (r"\byours\b", "yours", "urs"),  # only the listed words
        (r"(?<!\byou )x", "x", "u x"),  # a look-behind keeps its fixed width
    ],
)
def test_only_listed_words_gain_their_texting_forms(
    pattern: str, matches: str, misses: str
) -> None:
    loose = re.compile(texting_forms(pattern))
    assert loose.fullmatch(matches)
    assert not loose.fullmatch(misses)
