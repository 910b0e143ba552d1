"""The prefilter only skips work: with it, every criterion finds exactly what it finds alone.

The prefilter decides from one scan which cue alternatives could match a reply and runs only
those (simulator/scoring/prefilter.py). If it ever skipped an alternative that could match,
scores would change silently; these tests compare both ways on generated replies made of the
rubrics' own words, and on the project's labelled replies.
"""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring import Scorer
from simulator.scoring.detectors import CueDetector, View
from simulator.scoring.engine import default_scorer
from simulator.scoring.prefilter import required_literals
from tests.helpers import ROOT


def _words() -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "rubrics").glob("*.yaml"))
    return sorted(set(re.findall(r"[a-z']+", text.lower())))[:3000]


WORDS = _words()
REPLIES = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", ", ", ". ", "? ", "\n", "%", "5"])),
    max_size=30,
).map(" ".join)


def _both_ways(scorer: Scorer, context: str, reply: str) -> None:
    view = View(reply, context, None)
    scorer._prefiltered(view)
    for compiled in scorer._compiled.values():
        for c in compiled:
            if not isinstance(c.detector, CueDetector):
                continue
            with_prefilter = c.detector.find(view)
            able = view.able_reply, view.able_context
            view.able_reply = view.able_context = None
            alone = c.detector.find(view)
            view.able_reply, view.able_context = able
            assert with_prefilter == alone, (c.crit.id, reply)


@settings(max_examples=100, deadline=None)
@given(reply=REPLIES, context=REPLIES)
def test_prefiltered_matching_equals_plain_matching(reply: str, context: str) -> None:
    _both_ways(default_scorer(), context, reply)


def test_prefiltered_matching_equals_plain_matching_on_labelled_replies() -> None:
    scorer = default_scorer()
    for name in ("peer_replies.jsonl", "labelled_replies.jsonl"):
        for line in (ROOT / "tests" / "data" / name).read_text().splitlines():
            item = json.loads(line)
            _both_ways(scorer, item.get("context") or "", item["response"])


def test_required_literals_are_really_required() -> None:
    # The most selective of the strings every match contains: here the run spelled out
    # with its alternatives (the longest shortest string).
    assert required_literals(r"\bthe (?:best|right) choice\b") == frozenset(
        {"the best choice", "the right choice"}
    )
    assert required_literals(r"\b(?:you|u)\s+must\b") == frozenset({"must"})
    assert required_literals(r"(?:a|b?)c") == frozenset({"c"})
    assert required_literals(r"x*") is None


CLAUSE_PIECES = [
    "you",
    "u",
    "that",
    "(?:was|is) ",
    "(?:dumb|stupid)",
    r"\s+",
    r"\w*",
    "a?",
    "(?:b|)",
    r"\d+",
    "[ab]",
    "[^a]",
    r"[.!?]\s",
]


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(CLAUSE_PIECES), min_size=1, max_size=6),
    text=st.lists(
        st.sampled_from([*"youthaisdmbpwr .!?", "you ", "that ", "was ", "stupid", "7", "٣"]),
        max_size=12,
    ).map("".join),
)
def test_every_set_a_unit_may_be_opened_by_is_in_every_match(pieces: list[str], text: str) -> None:
    # The prefilter may check any of these sets (the rarest, by the shipped content): each
    # must be one whose strings every match contains, or a reply could lose a match.
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.prefilter import _clauses

    pattern = "".join(pieces)
    for match in re.finditer(pattern, text):
        for clause in _clauses(_parser.parse(pattern)):
            assert any(s in match.group(0) for s in clause), (pattern, text, clause)


def test_the_rarest_needed_set_is_checked() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.prefilter import needs_of_parsed
    from simulator.scoring.rarity import Rarity

    tree = _parser.parse(r"(?<!\w)that(?:\s+(?:lifestyle|was\s+(?:stupid|dumb)))(?!\w)")
    assert needs_of_parsed(tree) == frozenset({"that"})  # by length alone
    common = Rarity("that that that that, that was it, that lifestyle")
    assert needs_of_parsed(tree, common) == frozenset({"lifestyle", "stupid", "dumb"})
    rare = Rarity("lifestyle lifestyle stupid dumb lifestyle")
    assert needs_of_parsed(tree, rare) == frozenset({"that"})


def test_a_lookaround_needs_what_it_looks_for() -> None:
    # "(?<=:) just call him" can match only after a colon, so a reply without one does not
    # open it (the rubrics' mid-sentence commands after a colon were opened for 5,145 of
    # 6,546 open replies, and matched one).
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.prefilter import _clauses, all_needs_of_parsed
    from simulator.scoring.rarity import Rarity

    def needed(pattern: str) -> list[frozenset[str]]:
        return _clauses(_parser.parse(pattern), len)

    assert frozenset({":"}) in needed(r"(?<=:)\s*(?:just\s+)?call (?:him|her)")
    assert frozenset({", ", ","}) in needed(r"(?:(?<=, )|(?<=,))(?:so\s+)?scared")
    assert frozenset({"?"}) in needed(r"\bmaybe(?=[^.!]*\?)")
    assert frozenset({"abc"}) in needed(r"ab(?=x)c")  # a run of literals goes on past it
    # Nothing is claimed from what must not be there, or from a branch that needs nothing.
    assert needed(r"(?<!:)\s*call") == [frozenset({"call"})]
    assert frozenset({":"}) not in needed(r"(?:^|(?<=:))\s*call")
    common = Rarity("call him call her just call him, call her, call")
    assert all_needs_of_parsed(_parser.parse(r"(?<=:)\s*call (?:him|her)"), common)[0] == {":"}


LOOK_PIECES = [
    "you",
    "(?:was|is) ",
    r"\s+",
    "a?",
    "(?<=a)",
    "(?<=, )",
    "(?<=[.!?] )",
    "(?=[ab])",
    "(?=.*b)",
    "(?:(?<=a)|(?<=, ))",
    "(?!a)",
    "(?:^|(?<=u))",
]


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(LOOK_PIECES), min_size=1, max_size=6),
    text=st.lists(st.sampled_from([*"youabsw .!?,", "you ", "was ", ", "]), max_size=12).map(
        "".join
    ),
)
def test_every_set_a_unit_with_lookarounds_needs_is_in_the_text(
    pieces: list[str], text: str
) -> None:
    # What a positive lookaround needs is in the text wherever the pattern matches (the
    # prefilter scans the whole text, not the match).
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.prefilter import _clauses

    pattern = "".join(pieces)
    clauses = _clauses(_parser.parse(pattern), len)
    if re.search(pattern, text):
        for clause in clauses:
            assert any(s in text for s in clause), (pattern, text, clause)


def test_a_unit_with_several_needed_sets_is_opened_only_when_each_is_there() -> None:
    from simulator.scoring.prefilter import Prefilter

    # Unit 0 needs "you" and one of "seem"/"sound"; unit 1 needs "sad"; unit 2 nothing known.
    prefilter = Prefilter(
        [(frozenset({"you"}), frozenset({"seem", "sound"})), (frozenset({"sad"}),), ()]
    )
    assert prefilter.able("you seem sad") == 0b111
    assert prefilter.able("you are sad") == 0b110
    assert prefilter.able("they sound fine") == 0b100
    assert prefilter.able("") == 0b100


def test_every_needed_set_checked_is_in_every_match_of_the_rubrics_units() -> None:
    # The sets each rubric unit is opened by (up to three) are each in all its matches, on
    # the project's labelled replies: a unit the prefilter closes could never have matched.
    # (What a lookaround looks for is in the text beside the match, where the match sees it:
    # `(?<=:)` needs the ":" before it. The prefilter scans the whole text, so that counts.)
    from simulator.scoring.detectors import split_matches

    scorer = default_scorer()
    units = [
        (c.detector, i)
        for compiled in scorer._compiled.values()
        for c in compiled
        if isinstance(c.detector, CueDetector)
        for i in range(len(c.detector._units))
    ]
    texts = [
        json.loads(line)["response"].lower()
        for line in (ROOT / "tests" / "data" / "peer_replies.jsonl").read_text().splitlines()
    ]
    checked = 0
    for detector, index in units:
        sets = detector.needs()[index]
        regex = detector._unit(index)  # compiled, or rebuilt from the set-up cache
        for text in texts:
            for match in split_matches([regex], text):
                seen = _seen(detector, index, text, match)
                for strings in sets:
                    assert any(_occurs(s, text, *seen) for s in strings), (
                        detector,
                        index,
                        text,
                    )
                checked += 1
    assert checked > 100


def _seen(detector: CueDetector, index: int, text: str, match: re.Match[str]) -> tuple[int, int]:
    """The span of `text` a match of the unit depends on: the match itself, or the whole
    text for a unit with a positive lookaround (which reads beside the match)."""
    if re.search(r"\(\?<?=", detector._units[index]):
        return 0, len(text)
    return match.span()


def _occurs(needed: str, text: str, start: int, end: int) -> bool:
    """Whether a needed string (a whole word when marked so) is in `text[start:end]`."""
    from simulator.scoring.prefilter import WHOLE

    if len(needed) > 2 and needed[0] == needed[-1] == WHOLE:
        word = re.escape(needed[1:-1])
        return any(
            start <= m.start() and m.end() <= end
            for m in re.finditer(rf"(?<!\w){word}(?!\w)", text)
        )
    return needed in text[start:end]


WORD_PIECES = [
    r"\b",
    r"(?<!\w)",
    r"(?!\w)",
    "^",
    "$",
    r"(?<!\w so )",
    "u",
    "you",
    "(?:you|u)",
    "(?:it|i)",
    "d",
    "'",
    " ",
    r"\s+",
    r"\s*",
    r"\w*",
    r"[,\s]",
    "(?:a|an)",
    r"(?:\s+u)?",
]


@settings(max_examples=500, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(WORD_PIECES), min_size=1, max_size=7),
    text=st.lists(
        st.sampled_from(["u", "you", "it", "i", "d", "a", "an", " ", "'", ",", "j", "st"]),
        max_size=12,
    ).map("".join),
)
def test_a_needed_whole_word_is_a_whole_word_in_every_match(pieces: list[str], text: str) -> None:
    # "u" in `\b(?:you|u)\s+` is needed as the word "u", not as any "u" ("just"): each whole
    # word the prefilter asks for must be one in every match, or a reply could lose a match.
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.prefilter import _clauses

    pattern = "".join(pieces)
    clauses = _clauses(_parser.parse(pattern), len, (False, False))
    for match in re.finditer(pattern, text):
        if match.end() == match.start():
            continue  # units never match nothing (see detectors.splittable)
        for clause in clauses:
            assert any(_occurs(s, text, *match.span()) for s in clause), (pattern, text, clause)


def test_a_word_with_a_boundary_on_each_side_is_needed_as_a_whole_word() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.prefilter import WHOLE, _clauses

    def needed(pattern: str) -> list[frozenset[str]]:
        return _clauses(_parser.parse(pattern), len, (False, False))

    assert needed(r"\b(?:you|u)\s+could") == [
        frozenset({WHOLE + "you" + WHOLE, WHOLE + "u" + WHOLE}),
        frozenset({"could"}),
    ]
    # "id": no whole word "i" (the run spelled out, "i'd" or "id", is needed as well)
    assert needed(r"(?<!\w)i(?:'d|d)") == [
        frozenset({"i"}),
        frozenset({"'d", "d"}),
        frozenset({"i'd", "id"}),
    ]
    assert needed(r"\bu") == [frozenset({"u"})]  # "u" starts "useful"


@settings(max_examples=200, deadline=None)
@given(
    sets=st.lists(
        st.lists(
            st.frozensets(st.text(alphabet="ab c'", min_size=1, max_size=4), min_size=1),
            max_size=3,
        ).map(tuple),
        min_size=1,
        max_size=8,
    ),
    text=st.text(alphabet="ab c'", max_size=40),
)
def test_the_re_scan_finds_what_aho_corasick_finds(
    sets: list[tuple[frozenset[str], ...]], text: str
) -> None:
    # Without pyahocorasick the prefilter scans with `re`: the same units are opened.
    from unittest import mock

    from simulator.scoring import prefilter

    by_automaton = prefilter.Prefilter(sets)
    with mock.patch.object(prefilter, "ahocorasick", None):
        by_re = prefilter.Prefilter(sets)
    if any(len(s) > 1 for needed in sets for strings in needed for s in strings):
        assert by_automaton._automaton is not None and by_re._automaton is None
    expected = 0
    for bit, needed in enumerate(sets):
        if all(any(s in text for s in strings) for strings in needed):
            expected |= 1 << bit
    assert by_automaton.able(text) == by_re.able(text) == expected


def test_single_characters_are_looked_up_directly_not_scanned_for() -> None:
    # Every "a" of a reply was a hit of the scan; a needed single character is looked up in
    # the text's characters instead, and opens exactly the units it did.
    from simulator.scoring.prefilter import Prefilter

    prefilter = Prefilter(
        [(frozenset({"?"}),), (frozenset({"you"}), frozenset({"!", "?"})), (frozenset({"a"}),)]
    )
    assert list(prefilter._automaton.keys()) == ["you"]
    assert prefilter.able("you ok?") == 0b011
    assert prefilter.able("you ok!") == 0b010
    assert prefilter.able("a?") == 0b101
    assert prefilter.able("") == 0


_POOL = [frozenset(s) for s in (["ab"], ["a", "b"], ["\0ab\0"], ["c", "ba", "\0a\0"], ["b'c"])]


@settings(max_examples=200, deadline=None)
@given(
    sets=st.lists(st.lists(st.sampled_from(_POOL), max_size=3).map(tuple), min_size=1, max_size=60),
    text=st.text(alphabet="ab c'", max_size=30),
)
def test_sets_shared_by_many_units_open_each_of_them(
    sets: list[tuple[frozenset[str], ...]], text: str
) -> None:
    # The prefilter builds one mask per distinct set and gives it to the set's strings:
    # each unit is opened exactly when each of its sets has a string in the text (a whole
    # word, WHOLE + word + WHOLE, as a word of the text), however many units share a set.
    from simulator.scoring.prefilter import WHOLE, Prefilter

    words = set(re.findall(r"\w+", text))

    def found(string: str) -> bool:
        if len(string) > 2 and string[0] == string[-1] == WHOLE:
            return string[1:-1] in words
        return string in text

    expected = 0
    for bit, needed in enumerate(sets):
        if all(any(found(s) for s in strings) for strings in needed):
            expected |= 1 << bit
    assert Prefilter(sets).able(text) == expected


SPELLED_PIECES = [
    "(?:why|y)",
    " ",
    "(?:did|do)",
    "don'?t",
    "(?:you|u)",
    "[yu]",
    "(?:a|b)?",
    r"\b",
    r"(?<!\w)",
    "(?!x)",
    r"\s+",
    "(?:(?:wo|co)uld|wud)",
    "(?>ab|a)",
    "d{0,1}",
    "x{0}",
]


@settings(max_examples=500, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(SPELLED_PIECES), min_size=1, max_size=7),
    text=st.lists(
        st.sampled_from(["why", "y", " ", "did", "do", "don't", "dont", "you", "u", "a", "b"]),
        max_size=12,
    ).map("".join),
)
def test_every_spelled_out_run_is_in_every_match(pieces: list[str], text: str) -> None:
    # A run of adjacent alternatives spelled out ("why did you", "y do u", …) is a needed
    # set like any other: every match must contain one of its strings, or the prefilter
    # could close a unit that matches.
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.prefilter import _products

    pattern = "".join(pieces)
    products = _products(_parser.parse(pattern))
    for match in re.finditer(pattern, text):
        for strings in products:
            assert "" not in strings
            assert any(s in match.group(0) for s in strings), (pattern, text, strings)


def test_adjacent_alternatives_are_needed_spelled_out_not_one_by_one() -> None:
    # `(?:why|y) (?:did|do) (?:you|u)` needed only "y" (in almost every reply) or "you";
    # spelled out it needs one of 8 three-word strings, so a reply opens it only when one is
    # there. `don'?t be` needed "don" (in "done", "London"), now "don't" or "dont".
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.prefilter import all_needs_of_parsed
    from simulator.scoring.rarity import Rarity

    common = Rarity("why did you do that? you don't know. done. london. be kind, you")
    why = all_needs_of_parsed(_parser.parse(r"(?:why|y) (?:did|do) (?:you|u)\b"), common)
    spelled = {f"{w} {d} {y}" for w in ("why", "y") for d in ("did", "do") for y in ("u", "you")}
    assert why[0] == spelled
    dont = all_needs_of_parsed(_parser.parse(r"\bdon'?t\s+be\b"), common)
    assert frozenset({"don't", "dont"}) in dont and frozenset({"don"}) not in dont


def test_a_set_implied_by_one_already_checked_is_not_checked_again() -> None:
    # "you seem sad" holds "you", "seem" and "sad": once the spelled-out set is checked,
    # checking those as well rules out nothing, so their planes go to sets that can.
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.prefilter import _implies, all_needs_of_parsed
    from simulator.scoring.rarity import Rarity

    common = Rarity("you seem fine, you sound sad, so sad and upset, you you")
    needs = all_needs_of_parsed(_parser.parse(r"you (?:seem|sound) (?:sad|upset)"), common)
    assert needs == (
        frozenset({"you seem sad", "you seem upset", "you sound sad", "you sound upset"}),
    )
    assert _implies(frozenset({"don't be", "dont be"}), frozenset({"don't", "dont"}))
    assert not _implies(frozenset({"don't be"}), frozenset({"\0be\0"}))  # a whole word: kept
