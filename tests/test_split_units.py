"""A cue unit cut into one unit per alternative finds what the whole unit finds.

`split_units.cut` rewrites `P(?:A|B)S` as the units `PAS`, `PBS` when nothing before the
alternation can match in two ways (see the module). If the cut ever changed a match, a
score would change silently, so these tests search the cut units one by one (as the scorer
does, `split_matches`) and the whole unit with `finditer`, on generated patterns and texts
and on every rubric unit the scorer cuts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from simulator.content.loading import require_rubrics
from simulator.scoring import Scorer
from simulator.scoring.detectors import _SENTENCE_START, CueDetector, split_matches, splittable
from simulator.scoring.split_units import alternatives, cut

# Pieces of pattern that may come before, inside and after an alternation: some can match
# in two ways (greedy, lazy and bounded repeats, optional pieces, alternations), some in one
# only (literals, classes, tests, possessive repeats, atomic groups). Repeats are bounded:
# a run of unbounded ones takes polynomial time of a high degree to fail.
ATOMS = [
    "a",
    "b",
    "ab",
    "[ab]",
    r"\s",
    " ",
    r"\b",
    r"(?<!\w)",
    r"(?!\w)",
    r"(?<=a)",
    r"(?!b)",
    "a{0,2}",
    "a{1,2}",
    "a?",
    "a{0,2}?",
    "a++",
    "[ab]*+",
    r"(?:a|ab)",
    r"(?:ab|a)",
    r"(?>a|ab)",
    r"(?:a b|b)?",
    r"(?:^|(?<=[.]))",
    r"\w{1,3}",
    "b{1,2}",
    r"[^.]{0,4}",
]
TEXT = st.text(alphabet="ab .c", max_size=30)


@st.composite
def units(draw: st.DrawFn) -> str:
    """A unit with an alternation somewhere: at its top level, in a group (maybe nested,
    maybe repeated), after and before other pieces."""
    seq = st.lists(st.sampled_from(ATOMS), max_size=3).map("".join)
    branches = draw(st.lists(seq.filter(bool), min_size=2, max_size=4))
    body = "|".join(branches)
    shape = draw(st.sampled_from(["top", "group", "nested", "repeated", "lookahead"]))
    if shape == "group":
        body = f"(?:{body})"
    elif shape == "nested":
        body = f"(?:{draw(seq)}(?:{body}){draw(seq)})"
    elif shape == "repeated":  # of pieces without repeats (a repeat of a repeat can take
        # exponential time to fail)
        fixed = st.lists(st.sampled_from(["a", "b", "ab", "[ab]", " ", r"\b"]), min_size=1)
        inner = "|".join(draw(st.lists(fixed.map("".join), min_size=2, max_size=3)))
        body = f"(?:{inner}){draw(st.sampled_from(['?', '*', '+', '{1,2}']))}"
    elif shape == "lookahead":
        body = f"(?!{body})a"
    if shape != "top":
        body = draw(seq) + body + draw(seq)
    return body


def _spans_whole(prefix: str, unit: str, text: str) -> list[tuple[int, int]]:
    return [m.span("hit") for m in re.compile(f"{prefix}(?P<hit>{unit})").finditer(text)]


def _spans_cut(prefix: str, unit: str, text: str) -> list[tuple[int, int]]:
    regexes = [re.compile(f"{prefix}(?P<hit>{piece})") for piece in cut([unit], prefix)]
    return [m.span("hit") for m in split_matches(list(regexes), text)]


@settings(max_examples=600, deadline=None)
# A piece before the alternation that can give back: cut, `a{0,2}(?:a)` would match "aa"
# where the whole unit matches "aab" (its first way with its second alternative).
@example(unit="a{0,2}(?:a|b)", prefix="", text="aab")
@example(unit="(?:a|b)", prefix="a{0,2}", text="aab")
@example(unit="a|b", prefix="a{0,2}", text="ab")
@example(unit=r"\b(?:a b|b)?(?:a|b c)", prefix="", text="a b c")
@given(
    unit=units(),
    prefix=st.sampled_from(["", "a{0,2}", r"\b", _SENTENCE_START, r"(?:^|(?<=[.]))\s*+"]),
    text=TEXT,
)
def test_the_cut_units_find_what_the_whole_unit_finds(unit: str, prefix: str, text: str) -> None:
    # The scorer searches units one by one only when none can match the empty string
    # (see detectors.splittable); so does this test.
    assume(re.compile(f"{prefix}(?P<hit>{unit})").fullmatch("") is None)
    assume(splittable(prefix, [unit]))
    assert _spans_cut(prefix, unit, text) == _spans_whole(prefix, unit, text)


def test_which_alternations_are_cut() -> None:
    assert alternatives(r"\b(?:(?:maybe|mby) try|perhaps try)\b") == [
        r"\b(?:(?:maybe|mby) try)\b",
        r"\b(?:perhaps try)\b",
    ]
    assert alternatives("you (?:seem|sound) sad") == ["you (?:seem) sad", "you (?:sound) sad"]
    assert alternatives("a|b[|)]|c") == ["a", "b[|)]", "c"]  # a `|` in a class is a character
    assert alternatives(r"\((?:a|b)") == [r"\((?:a)", r"\((?:b)"]
    # Not cut: a repeated group, a lookaround, an atomic group, a capturing group, a piece
    # before it that can match in two ways (a greedy repeat, an optional word).
    assert alternatives("(?:a|b)+c") is None
    assert alternatives("(?!a|b)c") is None
    assert alternatives("(?>a|b)c") is None
    assert alternatives("(a|b)c") is None
    assert alternatives(r"\s*(?:a|b)") is None
    assert alternatives(r"(?:so\s+)?(?:he|she)") is None
    # ...unless that piece can't give back (possessive), or only tests the place.
    assert alternatives(r"\s*+(?:a|b)") == [r"\s*+(?:a)", r"\s*+(?:b)"]
    assert alternatives(r"(?:^|(?<=[.!?]\s))(?:he|she)") == [
        r"(?:^|(?<=[.!?]\s))(?:he)",
        r"(?:^|(?<=[.!?]\s))(?:she)",
    ]
    # The criterion's own prefix comes before the unit.
    assert alternatives("(?:he|she)", prefix=r"\s*") is None
    assert alternatives("(?:he|she)", prefix=_SENTENCE_START) == ["(?:he)", "(?:she)"]


def test_a_unit_an_alternative_of_which_could_match_nothing_stays_whole() -> None:
    assert cut(["x(?:a|b?)"]) == ["x(?:a)", "x(?:b?)"]  # with `x`, never empty
    assert cut(["(?:a|b?)"]) == ["(?:a|b?)"]


PEER_REPLIES = Path(__file__).parent / "data" / "peer_replies.jsonl"


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(require_rubrics(None))


def test_every_rubric_criterion_finds_with_its_cut_units_what_its_whole_alternation_finds(
    scorer: Scorer,
) -> None:
    texts = [
        json.loads(line)["response"].lower()
        for line in PEER_REPLIES.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += [" ".join(texts[i : i + 6]) for i in range(0, len(texts), 6)]  # long replies
    cut_criteria = 0
    for compiled in scorer._compiled.values():
        for c in compiled:
            detector = c.detector
            if not isinstance(detector, CueDetector) or not detector.needs():
                continue
            if not detector._splittable:
                continue
            if any(u not in detector.source for u in detector._units):
                cut_criteria += 1
            for text in texts:
                whole = [m.span("hit") for m in detector.regex.finditer(text)]
                alone = [
                    m.span("hit")
                    for m in detector._matches(text, detector.everything << detector.first_bit)
                ]
                assert alone == whole, (c.crit.id, text[:60])
    assert cut_criteria > 20  # the mechanism is in use on the shipped rubrics


def test_a_top_level_alternation_after_a_prefix_that_gives_back_is_not_cut() -> None:
    # Found by the hypothesis test above in a CI run: `a{0,2}` can give a character back,
    # so `a|b` searched as `a` and `b` found (0, 1) in "ab" where the whole found (1, 2).
    assert cut(["a|b"], "a{0,2}") == ["a|b"]
    assert _spans_cut("a{0,2}", "a|b", "ab") == _spans_whole("a{0,2}", "a|b", "ab") == [(1, 2)]
    assert cut(["a|b"], _SENTENCE_START) == ["a", "b"]  # a one-way prefix still cuts


# Pieces whose meaning depends on where they are parsed: group references and named
# groups (numbers shift inside `hit`; a name given in two alternatives), empty ones.
CONTEXTUAL_ATOMS = ["(a)", r"(a)\1", r"\1", "(?P<n>b)", "(?P=n)", "(?P<hit>a)", "a?", "(?:)"]


@st.composite
def any_units(draw: st.DrawFn) -> str:
    """A unit as `units` makes them, maybe with a contextual piece in a branch or around."""
    unit = draw(units())
    if draw(st.booleans()):
        extra = draw(st.sampled_from(CONTEXTUAL_ATOMS))
        place = draw(st.sampled_from(["before", "after", "branch"]))
        if place == "before":
            unit = extra + unit
        elif place == "after":
            unit += extra
        else:
            unit = unit.replace("|", "|" + extra, 1)
    return unit


@settings(max_examples=800, deadline=None)
@example(unit="(?:(?P<n>a)|(?P<n>b))", prefix="")  # the whole doesn't parse; each piece does
@example(unit=r"(a)(?:b|\1)", prefix="")
@example(unit="x(?:a|b?)", prefix="")
@example(unit="(?:a|b?)", prefix=_SENTENCE_START)
@given(unit=any_units(), prefix=st.sampled_from(["", "a{0,2}", r"\b", _SENTENCE_START]))
def test_cutting_with_the_scorers_trees_cuts_as_parsing_each_piece_alone(
    unit: str, prefix: str
) -> None:
    # With `trees`, a piece's shortest match is read from the tree the scorer parses it
    # into (`prefix(?P<hit>piece)`) and the whole unit is not parsed: the same units come
    # out, and each kept tree is the one the scorer would have parsed.
    from re import _parser  # type: ignore[attr-defined]

    trees: dict[str, object] = {}
    assert cut([unit], prefix, trees) == cut([unit], prefix)
    for source, tree in trees.items():
        assert repr(tree) == repr(_parser.parse(source))


def test_a_unit_cut_with_the_scorers_trees_is_parsed_once_per_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Cold, each piece was parsed three times (the unit whole, the piece alone, the piece
    # as the scorer reads it); now once, and the scorer reads it from that tree.
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring import setup_cache
    from simulator.scoring.detectors import CueDetector

    rubrics = require_rubrics(None)
    parsed: list[str] = []
    real = _parser.parse

    def counting(source: str, *args: object) -> object:
        parsed.append(source)
        return real(source, *args)

    monkeypatch.setattr(_parser, "parse", counting)
    for crit in (c for r in rubrics.rubrics.values() for c in r.criteria if c.detector == "cues"):
        parsed.clear()
        setup_cache._cache = setup_cache.SetupCache(None)  # nothing kept: set up cold
        detector = CueDetector(crit, rubrics.lexicons)
        if any(unit not in detector.source for unit in detector._units):
            break  # a criterion with cut units
    else:
        raise AssertionError("no criterion is cut")
    setup_cache._cache = None
    sources = [detector._unit_source(i) for i in range(len(detector._units))]
    for source in sources:
        assert parsed.count(source) == 1, source
    pieces = set(detector._units)
    assert not [text for text in parsed if text in pieces]  # no piece parsed alone
