"""The contradiction detector passes over a reply at once when nothing negates (stop 22).

A sentence turns the peer's line round only when exactly one of the two negates, so when no
statement of the peer's negates and no word of the reply (said back, spelt out) is one that
holds a negator, no sentence can: `find` returns nothing without reading the sentences. The
words that hold a negator are worked out from the rubric's lexicons when the detector is
built. These tests hold that the check never changes what is found: the same hits with it
and without it, over fixed pairs and generated ones (negators, clitics, contractions, texting
spellings, sentence marks, characters whose lower case changes length).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring import default_scorer
from simulator.scoring.detectors import ContradictionDetector, View


def _detector() -> ContradictionDetector:
    scorer = default_scorer()
    found = [
        c.detector
        for compiled in scorer._compiled.values()
        for c in compiled
        if isinstance(c.detector, ContradictionDetector)
    ]
    assert found, "the shipped rubrics have a contradiction criterion"
    return found[0]


def _both(context: str, reply: str) -> tuple[list[object], list[object]]:
    detector = _detector()
    detector.negation_check = True
    try:
        checked = detector.find(View(reply, context, None))
        detector.negation_check = False
        unchecked = detector.find(View(reply, context, None))
    finally:
        detector.negation_check = True
    return checked, unchecked


PAIRS = [
    # the peer negates nothing, the reply does: still read, still caught
    ("My regulars tip well when it rains.", "Your regulars never tip well when it rains."),
    ("Everyone at the shelter listens to me.", "Everyone at the shelter doesn't listen to you."),
    ("Nobody's ever going to hire me.", "Somebody is going to hire you."),
    ("Im going back to that flat tonight.", "Ur not going back to that flat tonight."),
    # nothing negates on either side: nothing to find
    ("I sorted the rent with my landlord.", "You sorted the rent with your landlord."),
    ("I want to take a weekend off.", "A weekend off sounds like what you need."),
    # the peer negates: the reply is read as before
    ("I can't face the clinic again.", "You can face the clinic again."),
    ("I won't tell my sister.", "You will tell your sister."),
    ("My phone never stops buzzing.", "Your phone stops buzzing!"),
    # a negator with a clitic in the reply ("nobody's" said back as "nobodys")
    ("Somebody is going to notice me.", "Nobody's going to notice you."),
    ("", "You can't do this."),
    ("I hate it.", ""),
]


@pytest.mark.parametrize(("context", "reply"), PAIRS)
def test_the_check_changes_nothing_on_fixed_pairs(context: str, reply: str) -> None:
    checked, unchecked = _both(context, reply)
    assert checked == unchecked


def test_a_reply_that_negates_a_plain_line_is_still_caught() -> None:
    checked, _ = _both(
        "My regulars tip well when it rains.", "Your regulars never tip well when it rains."
    )
    assert checked


def test_the_negating_words_come_from_the_lexicon() -> None:
    detector = _detector()
    assert detector.negators and detector.negators <= detector.negating
    for negator in detector.negators:
        for clitic in ("s", "ll", "d"):
            if negator + clitic not in detector.negators:
                assert negator + clitic in detector.negating
    # a contraction spelt out without a negator ("youre" -> "you are") does not negate
    assert "youre" not in detector.negating


def test_the_check_follows_a_changed_lexicon() -> None:
    scorer = default_scorer()
    crit = next(
        c.crit
        for compiled in scorer._compiled.values()
        for c in compiled
        if isinstance(c.detector, ContradictionDetector)
    )
    lexicons = dict(scorer.rubrics.lexicons)
    lexicons["contradiction_negators"] = ("hardly",)
    detector = ContradictionDetector(crit, lexicons)
    assert "hardly" in detector.negating and "hardlys" in detector.negating
    assert "never" not in detector.negating
    view = View("Your regulars hardly tip when it rains.", "My regulars tip when it rains.", None)
    assert detector.find(view)
    detector.negation_check = False
    assert detector.find(view)


_WORDS = [
    "I",
    "i",
    "you",
    "u",
    "ur",
    "im",
    "I'm",
    "you're",
    "youre",
    "they're",
    "my",
    "your",
    "can",
    "can't",
    "cant",
    "cannot",
    "don't",
    "dont",
    "do",
    "not",
    "no",
    "never",
    "nobody",
    "nobody's",
    "Nobody'll",
    "nothing'd",
    "won't",
    "will",
    "even",
    "really",
    "go",
    "back",
    "to",
    "the",
    "flat",
    "tonight",
    "tip",
    "regulars",
    "want",
    "stop",
    "but",
    "though",
    "part",
    "of",
    "is",
    "it",
    "without",
    "İstanbul",
    "ΣΑΣ",
    "don’t",
]
_GLUE = [" ", " ", " ", ", ", ". ", "? ", "! ", "\n", "; ", " - ", "...", "'"]


@st.composite
def _lines(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=24))
    out = []
    for word in words:
        out.append(word)
        out.append(draw(st.sampled_from(_GLUE)))
    return "".join(out)


@settings(max_examples=400, deadline=None)
@given(context=_lines(), reply=_lines())
def test_the_check_changes_nothing_on_generated_pairs(context: str, reply: str) -> None:
    checked, unchecked = _both(context, reply)
    assert checked == unchecked


@settings(max_examples=200, deadline=None)
@given(context=_lines(), reply=st.text(max_size=80))
def test_the_check_changes_nothing_on_any_reply(context: str, reply: str) -> None:
    checked, unchecked = _both(context, reply)
    assert checked == unchecked
