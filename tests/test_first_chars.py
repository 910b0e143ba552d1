"""Telling `re` which characters a match can begin with changes no match.

`first_chars.code` puts into a pattern's info block the characters its matches can begin
with, so a search passes over the other places in C. If that set ever missed a character a
match can begin with, a match would be lost and a score would change silently: these tests
compare the patterns with and without it on generated patterns and texts, check the set
against where every match begins, and compare every rubric unit as the scorer compiled it
with `re`'s own compilation on the project's replies.
"""

from __future__ import annotations

import json
import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring.detectors import CueDetector
from simulator.scoring.engine import default_scorer
from simulator.scoring.first_chars import code, compiled, first_chars
from simulator.scoring.start_places import AtPlaces
from tests.helpers import ROOT

LEADS = [
    r"\b",
    r"(?<!\w)",
    r"(?:^|(?<=[.!?]\s))",
    r"(?!ab)",
    r"(?=\w)",
    "^",
    r"(?:so,?\s+|and\s+)?",
    r"\s*+",
    "(?:a|)",
    "(?>o?)",
    "x*?",
]
BODIES = ["a", "ab", "[ab]", r"\s", r"\d", "(?:fo|b)", "(?:o|x?)", ".", "[^a]", r"\w+", "(a)"]
TAILS = ["", "b", r"\w*", r"(?!\w)", r"\s+a", "(?:b|o)?", r"\1?"]
TEXT = st.text(alphabet="abfox .,'!1\n", max_size=30)


@st.composite
def patterns(draw: st.DrawFn) -> str:
    def one() -> str:
        leads = "".join(draw(st.lists(st.sampled_from(LEADS), max_size=3)))
        return leads + draw(st.sampled_from(BODIES)) + draw(st.sampled_from(TAILS))

    body = "|".join(one() for _ in range(draw(st.integers(1, 3))))
    wrap = draw(st.sampled_from(["{}", "(?:{})", r"\b(?:{})", "(?P<hit>{})", "(?:{})+"]))
    return str(wrap.format(body))


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(regex.groups + 1)) for m in regex.finditer(text)]


def _valid(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


@settings(max_examples=500, deadline=None)
@given(pattern=patterns().filter(_valid), text=TEXT)
def test_a_pattern_told_its_first_characters_matches_what_it_matched(
    pattern: str, text: str
) -> None:
    tree = _parser.parse(pattern)
    assert _spans(compiled(tree), text) == _spans(re.compile(pattern), text), pattern
    chars = first_chars(tree)
    if chars is not None:
        allowed = re.compile("[" + "".join(_as_class(item) for item in chars) + "]")
        for match in re.finditer(pattern, text):
            assert allowed.match(text, match.start()), (pattern, text, match.start())


def _as_class(item: tuple[object, object]) -> str:
    op, av = item
    if op is c.LITERAL:
        return re.escape(chr(av))  # type: ignore[arg-type]
    if op is c.RANGE:
        low, high = av  # type: ignore[misc]
        return f"{re.escape(chr(low))}-{re.escape(chr(high))}"
    return {c.CATEGORY_SPACE: r"\s", c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w"}[av]


def _has_set(pattern: str) -> bool:
    return code(_parser.parse(pattern))[2] == c.SRE_INFO_CHARSET


def test_patterns_that_hid_their_first_characters_now_show_them() -> None:
    # re's own info block has neither a prefix nor a set for these rubric shapes.
    for pattern in (
        r"(?:so,?\s+|and\s+)?(?:he|she|they)\b",
        r"(?!(?:concerning|definitely))(?:go|stop)\s+\w+",
        r"(?:^|(?<=[.!?]\s))(?:try|seek|avoid)\b",
        r"\b(?:(?:why|y) don'?t (?:you|u)|how about)",
        r"(?P<hit>,?\s*+(?:and\s+|but\s+)?that'?s)",
    ):
        assert re.compile(pattern) is not None
        assert _has_set(pattern), pattern
    # Not when a match may begin anywhere, may be empty, or case is folded.
    for pattern in (r"(?:so\s+)?.a", r"[^a]b", "a?", "(?i:a)b", r"(a)\1", r"\b\w*"):
        assert not _has_set(pattern), pattern
    # A pattern with re's own literal prefix or set keeps re's block as it is.
    for pattern in ("you said", "(?:a|b)c", "[ab]c"):
        assert code(_parser.parse(pattern)) == re._compiler._code(_parser.parse(pattern), 0)  # type: ignore[attr-defined]


def test_every_rubric_unit_as_compiled_matches_what_re_compiles() -> None:
    scorer = default_scorer()
    texts = []
    for line in (ROOT / "tests" / "data" / "peer_replies.jsonl").read_text().splitlines():
        item = json.loads(line)
        texts += [item["response"].lower(), (item.get("context") or "").lower()]
    texts += ["so, he said. and she? try it. why don't you go, babe", "you you you!!! ok"]
    told = 0
    for rubric in scorer._compiled.values():
        for step in rubric:
            detector = step.detector
            if not isinstance(detector, CueDetector):
                continue
            detector.needs()  # sets up every unit
            for index in range(len(detector._units)):
                unit = detector._unit(index)  # compiled, or rebuilt from the set-up cache
                regex = unit.regex if isinstance(unit, AtPlaces) else unit  # see start_places
                plain = re.compile(detector._unit_source(index))
                for text in texts:
                    assert _spans(regex, text) == _spans(plain, text), (step.crit.id, index)
                told += first_chars(_parser.parse(detector._unit_source(index))) is not None
    assert told > 100  # the rubric units that now tell re where they can begin


def test_a_pattern_anchored_at_the_start_keeps_res_own_block() -> None:
    # re tries a pattern that begins with `^` at the start of the text and gives up; a set
    # of first characters would make it scan the whole text and fail at each of them.
    for pattern in (r"^(?:ok|so)x", r"^\s*(?:you|i)\b", r"^(?!\s*so\b)\w+ing", r"\A(?:lol|meh)"):
        tree = _parser.parse(pattern)
        assert code(tree) == re._compiler._code(tree, 0), pattern  # type: ignore[attr-defined]
        assert _spans(compiled(tree), "ok so x") == _spans(re.compile(pattern), "ok so x")
