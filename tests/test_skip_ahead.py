"""Moving a pattern's leading zero-width tests after its first character changes nothing.

`compile_skipping` rewrites a parsed pattern (`\\b`, `(?<!…)` in front become lookbehinds
after the first literal characters) so that `re` can jump to where a match could start.
If the rewrite ever changed what a pattern matches, scores would change silently: these
tests compare the rewritten and the plain pattern on generated patterns and texts, and on
every rubric pattern the scorer compiles this way, over the project's labelled replies.
"""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring.detectors import CueDetector
from simulator.scoring.engine import default_scorer
from simulator.scoring.skip_ahead import compile_skipping
from tests.helpers import ROOT

TESTS = [r"\b", r"(?<!\w)", r"(?<=\w)", r"(?<!\bfo )", r"(?<![.!?])", r"(?<=[ab]\s)", "^"]
# Lookaheads, which a rewrite makes inside a lookbehind (`(?!A)a` is `a(?<=(?!A)a)`).
TESTS += [r"(?!a)", r"(?=\w*o)", r"(?!(?:(?!\bx)[^.])*?\bfo\b)", r"(?!a++b)"]
STARTS = ["a", "ab", "'a", ".", "[ab]", "(?:a|b)", "(?:ab|b|)", "(a)", r"\s", "x*"]
TAILS = ["", "b", r"\w*", r"(?!\w)", r"\s+a", "(?:b|o)?"]
TEXT = st.text(alphabet="abfox .'\n", max_size=30)


@st.composite
def patterns(draw: st.DrawFn) -> str:
    def one() -> str:
        tests = "".join(draw(st.lists(st.sampled_from(TESTS), max_size=3)))
        return tests + draw(st.sampled_from(STARTS)) + draw(st.sampled_from(TAILS))

    branches = [one() for _ in range(draw(st.integers(1, 3)))]
    body = "|".join(branches)
    wrap = draw(st.sampled_from(["{}", "(?:{})", r"\b(?:{})", "(?P<hit>{})", r"(?<!\w)({})"]))
    return str(wrap.format(body))


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(regex.groups + 1)) for m in regex.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(pattern=patterns(), text=TEXT, ignore_case=st.booleans())
def test_a_rewritten_pattern_matches_what_the_pattern_matches(
    pattern: str, text: str, ignore_case: bool
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(pattern, flags)
    assert _spans(compile_skipping(pattern, flags), text) == _spans(plain, text), pattern


def test_the_rewrite_lets_re_see_the_first_characters() -> None:
    # Both have a literal prefix now (re then jumps between "you"s); the match is the same.
    for pattern in (r"\b(?:(?<!\bfor )you\s+\w+)", r"(?P<hit>(?<!\w)cat(?!\w))"):
        rewritten = compile_skipping(pattern)
        assert rewritten.pattern is None  # compiled from the rewritten form
        text = "for you there. you there, a cat, bobcat"
        assert _spans(rewritten, text) == _spans(re.compile(pattern), text)
    assert compile_skipping(r"\bx*").pattern == r"\bx*"  # nothing to move: compiled as it is


def test_a_leading_lookahead_is_made_after_the_first_characters_too() -> None:
    # "…(?!(…)*?\bis so brave)(?:you|u)…": a lookahead scanning the clause in front of "you"
    # hid the "you" (the pattern was tried at every character, ten times slower); a
    # lookahead with a group is left in front (copied into branches, it would be renumbered).
    pattern = r"\b(?:(?<!\bfor )(?!(?:(?!\band\b)[^.])*?\bis\s+brave\b)(?:you|u)\s+\w+)"
    rewritten = compile_skipping(pattern)
    assert rewritten.pattern is None  # compiled from the rewritten form
    text = "for you there. you is brave. you go and it is brave, u ok"
    assert _spans(rewritten, text) == _spans(re.compile(pattern), text)
    assert [m.group() for m in rewritten.finditer(text)] == ["you go", "u ok"]
    grouped = r"(?!(a))b"
    assert compile_skipping(grouped).pattern == grouped


def test_a_start_of_text_anchor_inside_groups_is_moved_to_the_front() -> None:
    # `re` tries a pattern that begins with `^` only at the start of the text, but one whose
    # `^` is inside a group (as in every rubric unit: `(?P<hit>…)`) at every character.
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.skip_ahead import skipping_tree

    beginning = (c.AT, c.AT_BEGINNING)
    for pattern in (r"(?P<hit>(?:^\s*+why))", r"(?P<hit>(?:^a|^(?:b|^c)))"):
        assert skipping_tree(_parser.parse(pattern)).data[0] == beginning, pattern
    # Not when some match may begin elsewhere.
    for pattern in (r"(?P<hit>(?:^a|b))", r"(?:^|(?<=[.!?]\s))a", r"(?i:^a)", r"(?:^a)?b"):
        assert skipping_tree(_parser.parse(pattern)).data[0] != beginning, pattern
    text = "why. so why? and why"
    for pattern in (r"(?P<hit>(?:^\s*+why))", r"(?P<hit>(?:^a|^(?:b|^c)))", r"(?:^|x)y"):
        assert _spans(compile_skipping(pattern), text) == _spans(re.compile(pattern), text)


#: Start tests a rubric unit may begin with, as an alternation (`(?:^|(?<=[.!?]\s)|…)`);
#: the last three are not one character before the place, so no guard is made for them.
START_TESTS = ["^", r"\A", r"(?<=\n)", r"(?<=[.!?]\s)", r"(?<=\bfo\s)", r"(?<=a)", r"(?<=o')"]
START_TESTS += [r"(?<=[^a])", r"\b", r"(?=a)"]


@settings(max_examples=300, deadline=None)
@given(
    tests=st.lists(st.sampled_from(START_TESTS), min_size=1, max_size=4),
    start=st.sampled_from(STARTS),
    tail=st.sampled_from(TAILS),
    wrap=st.sampled_from(["{}", "(?P<hit>{})", "(?P<hit>(?:{}))", "(?:{})b"]),
    text=TEXT,
    ignore_case=st.booleans(),
)
def test_a_guarded_start_alternation_matches_what_it_matched(
    tests: list[str], start: str, tail: str, wrap: str, text: str, ignore_case: bool
) -> None:
    pattern = wrap.format(f"(?:{'|'.join(tests)}){start}{tail}")
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(pattern, flags)
    assert _spans(compile_skipping(pattern, flags), text) == _spans(plain, text), pattern


def test_a_start_alternation_of_lookbehinds_is_tried_once_per_place() -> None:
    # `(?:^|(?<=[.!?,]\s)|(?<=\band\s)|…)` at every letter of a reply tried each of its
    # lookbehinds in turn (persuades_by_benefit, recommends, commands: 20-50 µs on a
    # 250-character reply); a one-character test in front (blank, mark or the text's start
    # before the place) rules out the places inside words at once.
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from simulator.scoring.skip_ahead import skipping_tree

    pattern = r"(?P<hit>(?:(?:^|(?<=\n)|(?<=[.!?,]\s)|(?<=\band\s)|(?<=\bso\s))\w+ing\b))"
    group = skipping_tree(_parser.parse(pattern)).data[0][1][3]  # (?P<hit>…)
    op, (direction, behind) = group.data[0]
    assert (op, direction) == (c.ASSERT_NOT, -1)
    assert behind.data[0][0] is c.IN
    text = "so talking helps. and walking\nsinging is thinking, and so talking"
    assert _spans(compile_skipping(pattern), text) == _spans(re.compile(pattern), text)
    # Not when a start test is no single character before the place.
    for other in (r"(?:^|\b)a", r"(?:^|(?<=[^a]))a", r"(?i:(?:^|(?<=\s))a)"):
        tree = skipping_tree(_parser.parse(other))
        assert tree.data[0][0] is not c.ASSERT_NOT, other


def test_every_rubric_unit_matches_the_same_on_labelled_replies() -> None:
    scorer = default_scorer()
    texts = []
    for name in ("peer_replies.jsonl", "labelled_replies.jsonl"):
        for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            texts += [item["response"].lower(), (item.get("context") or "").lower()]
    checked = 0
    for compiled in scorer._compiled.values():
        for c in compiled:
            if isinstance(c.detector, CueDetector):
                for unit in c.detector._units:
                    rewritten, plain = compile_skipping(unit), re.compile(unit)
                    for text in texts:
                        assert _spans(rewritten, text) == _spans(plain, text), (c.crit.id, unit)
                    checked += 1
    assert checked > 100


NOT_AFTER_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            WORDS_OF_RUBRICS := sorted(
                {
                    w
                    for c in default_scorer().rubrics.rubrics.values()
                    for k in c.criteria
                    for cue in k.not_after
                    for w in cue.replace("{", " ").replace("}", " ").split()
                }
            )
        ),
        st.sampled_from(["you", "You", "IF", "So", "don't", "dont", "u", "it", "feel", "."]),
    ),
    max_size=14,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=NOT_AFTER_TEXT, cut=st.integers(0, 200))
def test_not_after_on_lowered_ascii_text_decides_as_ignoring_case(text: str, cut: int) -> None:
    # A criterion's `not_after` words are looked for case-insensitively before its match;
    # on ASCII text the lower-cased, case-sensitive form must decide the same everywhere.
    start = min(cut, len(text))
    for compiled in default_scorer()._compiled.values():
        for c in compiled:
            detector = c.detector
            if isinstance(detector, CueDetector) and detector.not_after is not None:
                slow = detector._embedded(text, start)
                assert detector._embedded(text, start, text.lower()) == slow, (c.crit.id, text)


def test_patterns_that_do_not_carry_over_to_lowered_text_are_left_alone() -> None:
    from simulator.scoring.skip_ahead import for_lowered_ascii

    assert for_lowered_ascii("[A-Z]x") is None  # a letter range
    assert for_lowered_ascii("[^a]") is None  # a negated set
    assert for_lowered_ascii("(?i:x)") is None  # a flag group
    lowered = for_lowered_ascii(r"(?<!\w)Don'?t(?!\w)")
    assert lowered is not None and lowered.search("i don't know") is not None


@settings(max_examples=200, deadline=None)
@given(pattern=patterns(), text=TEXT)
def test_with_the_tests_kept_in_front_a_pattern_matches_the_same_and_keeps_its_source(
    pattern: str, text: str
) -> None:
    # The one entry point's other setting (stance.scanning): nothing moves, the info block
    # alone lets `re` pass over places; the source stays the compiled pattern's `.pattern`.
    kept = compile_skipping(pattern, move_tests=False)
    assert kept.pattern == pattern
    assert _spans(kept, text) == _spans(re.compile(pattern), text), pattern


def test_the_stance_reader_compiles_through_skip_ahead() -> None:
    from simulator.scoring import stance

    movable = r"(?<![\w'])(?:you|u)(?![\w'])"
    assert compile_skipping(movable).pattern is None  # moved by default
    assert stance.scanning(movable).pattern == movable  # kept in front for the stance reader
