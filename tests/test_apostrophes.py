"""Replies typed without apostrophes ("dont", "youre", "thats") are read like the contracted
words the rubrics were written with, while words that only look like contractions ("well",
"were", "ill") are left alone."""

from __future__ import annotations

import re

import pytest

from simulator.scoring import Scorer
from simulator.scoring.apostrophes import loosen_apostrophes

PEER = "Two bookings cancelled last minute and my cat was sick the whole time. I'm so tired."


@pytest.mark.parametrize(
    ("typed", "flag"),
    [
        ("dont worry, youre fine, its nothing", "dismissing"),
        ("thats life, get over it", "dismissing"),
        ("itll all work out, dont stress", "false_reassurance"),
        ("i wont tell anyone, its between us", "secrecy"),
        ("u shouldnt put up with that, youve got to call the cops", "police"),
    ],
)
def test_a_reply_without_apostrophes_is_read_like_one_with_them(
    scorer: Scorer, typed: str, flag: str
) -> None:
    typed_result = scorer.score(PEER, typed).skills["boundaries"]
    assert typed_result.level == 2, typed
    assert flag in typed_result.flags, (typed, typed_result.flags)


@pytest.mark.parametrize(
    ("pattern", "matches", "misses"),
    [
        (r"\bdon't\b", "dont", "do"),
        (r"\byou're\b", "youre", "your"),
        (r"\bit's\b", "its", "it"),
        (r"\bwe're\b", "we're", "were"),  # "were" is another word: left exact
        (r"\bi'll\b", "i'll", "ill"),
        (r"\bwe'll\b", "we'll", "well"),
    ],
)
def test_only_contractions_lose_their_apostrophe(pattern: str, matches: str, misses: str) -> None:
    loose = re.compile(loosen_apostrophes(pattern))
    assert loose.fullmatch(matches)
    assert not loose.fullmatch(misses)


def test_look_behinds_and_character_classes_are_left_as_written() -> None:
    # a look-behind must keep a fixed width; a class has no contractions in it
    pattern = r"(?<!\bdon't )x[\w']+'s"
    assert loosen_apostrophes(pattern) == pattern
    re.compile(loosen_apostrophes(pattern))
