"""A long alternation grouped by first character matches what it matched.

`skip_ahead` groups the branches of a long alternation (an expanded lexicon: 150 feeling
words after `\\b`) by their first character, so that `re` tries at each place only the
branches that begin with the character there (`_grouped`). If grouping ever changed which
branch wins (the order inside a group), a reference or a case-folded match, scores would
change silently: these tests compare grouped and plain patterns on generated alternations
and texts, with the threshold lowered so that short alternations are grouped too.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring import first_chars
from simulator.scoring.skip_ahead import GROUP_AT_LEAST, _grouped, compile_skipping, skipping_tree

# Branches that begin with a literal and share first characters, prefixes of one another
# ("a", "ab", "abx"), with an empty rest, lookarounds after the first character, repeats.
PIECES = ["a", "b", "ab", "ba", "abx", "a b", "bb", "x", "a(?!b)", "b(?<=ab)", "a\\b", "b[ax]"]
PIECES += ["ax?b", "a(?:b|)x", "ab+", "a(?:b|a)*"]
# Branches that keep an alternation from being grouped: a group, a repeat or set first.
OTHERS = ["(a)", "b(x)", "a+b", "(?:ab|a)x", "[ab]"]
TEXT = st.text(alphabet="abx .AB", max_size=30)


@st.composite
def alternations(draw: st.DrawFn) -> str:
    branches = draw(st.lists(st.sampled_from(PIECES), min_size=2, max_size=10))
    if draw(st.integers(0, 4)) == 0:
        branches.insert(draw(st.integers(0, len(branches))), draw(st.sampled_from(OTHERS)))
    wrap = draw(
        st.sampled_from(["{}", "(?:{})", r"\b(?:{})\b", "(?P<hit>{})", "(?:{})+", "x(?:{})*b"])
    )
    return str(wrap.format("|".join(branches)))


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(regex.groups + 1)) for m in regex.finditer(text)]


def _grouped_compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    tree = _parser.parse(pattern, flags)
    items = _grouped(tree.state, list(tree.data), flags | tree.state.flags, least=2)
    if items is not None:
        tree = _parser.SubPattern(tree.state, items)
    return first_chars.compiled(tree)


@settings(max_examples=500, deadline=None)
@given(pattern=alternations(), text=TEXT, ignore_case=st.booleans())
def test_a_grouped_alternation_matches_what_it_matched(
    pattern: str, text: str, ignore_case: bool
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(pattern, flags)
    assert _spans(_grouped_compiled(pattern, flags), text) == _spans(plain, text), pattern


def _branches(items: list[tuple[Any, Any]]) -> list[int]:
    """The number of branches of each alternation in `items`, outermost first."""
    found = []
    for op, av in items:
        if op is c.SUBPATTERN:
            found += _branches(list(av[3].data))
        elif op is c.BRANCH:
            found.append(len(av[1]))
            for branch in av[1]:
                found += _branches(list(branch.data))
    return found


FEELINGS = "betrayed bruised crushed cornered drowning dismissed exposed emptiness heavier"
FEELINGS += " rattled raw scarred sinking stinging sleepless suffocating stabbed trapped"


def test_a_long_lexicon_alternation_is_tried_by_its_first_character() -> None:
    words = FEELINGS.split()
    assert len(words) >= GROUP_AT_LEAST
    pattern = r"(?P<hit>\b(?:" + "|".join(words) + r")\b)"
    tree = skipping_tree(_parser.parse(pattern))
    # One branch a first letter (b c d e h r s t), each holding its words in their order.
    assert _branches(list(tree.data))[0] == len({w[0] for w in words})
    text = "you felt so exposed and stabbed in the back, cornered, raw. crushed? sinking"
    assert _spans(compile_skipping(pattern), text) == _spans(re.compile(pattern), text)
    assert [m.group("hit") for m in compile_skipping(pattern).finditer(text)] == [
        "exposed",
        "stabbed",
        "cornered",
        "raw",
        "crushed",
        "sinking",
    ]


def test_short_alternations_case_folding_and_groups_are_left_alone() -> None:
    few = "|".join(FEELINGS.split()[: GROUP_AT_LEAST - 1])
    many = "|".join(FEELINGS.split())
    for pattern, flags in (
        (rf"\b(?:{few})\b", 0),  # too few branches to gain anything
        (rf"\b(?:{many})\b", re.IGNORECASE),  # "B" and "b" would fall into two groups
        (rf"(?i:{many})", 0),
        ("(?:" + many.replace("raw", "(r)aw") + ")", 0),  # a group would be renumbered
    ):
        tree = _parser.parse(pattern, flags)
        assert _grouped(tree.state, list(tree.data), flags | tree.state.flags) is None, pattern
