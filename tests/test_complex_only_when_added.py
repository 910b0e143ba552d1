"""A complex reflection adds something; the peer's own feeling or want said back stays simple
(issue #11, stop 10: "Complex reflection" is what trainees see after a reply).

Complex (level 2) precision was poor on every held set (P .53-.66): a short restatement that
named the feeling or want the peer's own line already carried ("You're angry they cut the
hours" after "Nobody asked any of us", "You want someone to tell you what to do" after "I
just need someone to tell me what to do") reached complex, as did a long restatement of the
moment's key point. The convention (tests/data/README.md, Levels): complex "adds a feeling or
meaning the peer implied but did not say, or holds two sides together"; restating their own
stated want, doubt or feeling is simple. `only_their_own_feeling` and `only_the_key_point`
(rubrics/paraphrasing.yaml) hold such a reply at simple unless it brings in words of its own,
says what it means to them, holds two sides, says how the situation feels, or frames it
tentatively ("It sounds like…").

Our own wordings (several registers: plain, texting, British, non-native), one or two per
scenario, scored with the peer's line and in the moment. The feedback stays sensible both
ways: a simple one keeps its ✓ and its paraphrasing step says how to go deeper; a complex
one is told to keep going. The complex table guards the other side (an added feeling or meaning is still
complex): two of its rows failed while `says_what_it_means_to_them` was missing.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

# (scenario index, reply): the feeling, want or doubt said back is the peer's own.
STAYS_SIMPLE = [
    (0, "You're exhausted, with the cancellations and your cat being ill."),
    (1, "You're angry they cut the hours with a week's notice."),
    (1, "you want to know where night workers are meant to eat now"),
    (2, "You're exhausted from working every night and still not making rent."),
    (3, "You want someone to tell you what to do about the regulars."),
    (4, "You're scared of what happens if your parents find out."),
    (4, "You are very scared your parents will know about it."),
    (5, "You're scared about where you'll live once the thirty days are up."),
    (6, "You're upset the nurse lectured you before the swab."),
    (6, "you felt judged by the nurse at your test"),
    (7, "You are still scared from the man who grabbed your wrist."),
    (7, "You're frightened after he grabbed you and didn't pay."),
    (8, "you want to swap numbers and grab a coffee sometime"),
    (9, "You are afraid to report it because of immigration."),
    (10, "You're sad and you think everyone would be better off without you."),
    (11, "You're heartbroken that Tash died."),
    (11, "you're gutted tash is gone"),
]

# (scenario index, reply): a meaning, a feeling under it or two sides, added.
STAYS_COMPLEX = [
    (
        0,
        "It sounds like the week wore you right down, and it's the tiredness that's left when nothing goes to plan.",
    ),
    (
        1,
        "It's not just a meal to you, it was the one place that was there for night workers, and it got taken without anyone asking.",
    ),
    (
        2,
        "You're running on empty, giving every night to work that still leaves you short, and it feels like there's no way off the treadmill.",
    ),
    (
        3,
        "You're torn: the money matters, and so do your limits, and you're tired of carrying that choice alone.",
    ),
    (
        4,
        "Your sister knowing already feels like losing control of who finds out, and your family's reaction is the part that frightens you most.",
    ),
    (
        5,
        "It's like the ground's gone from under you, and the thirty days feel like a clock ticking over everything.",
    ),
    (
        6,
        "You went in to look after your health and got treated like you were the problem, and that left you feeling small and unwelcome there.",
    ),
    (
        7,
        "Part of you is still back in that room, and the not getting paid is on top of being frightened for your safety.",
    ),
    (
        8,
        "These talks have come to mean a lot to you, and it sounds like part of you wants that connection to carry on beyond here.",
    ),
    (
        9,
        "You're caught between getting your money back and keeping yourself safe, and the fear of immigration makes reporting feel impossible.",
    ),
    (
        10,
        "It sounds like you're carrying so much pain that it's started to feel like you're a weight on the people around you.",
    ),
    (
        11,
        "Tash was more than a friend to you, she kept you safe in this work, and losing her like that leaves you grieving and furious at once.",
    ),
]


def _two_ways(scorer: Scorer, index: int, reply: str):  # type: ignore[no-untyped-def]
    context, node = opening(SCENARIOS[index])
    return [scorer.score(context, reply), scorer.score(context, reply, node)]


def test_every_scenario_is_covered() -> None:
    assert {i for i, _ in STAYS_SIMPLE} == set(range(len(SCENARIOS)))
    assert {i for i, _ in STAYS_COMPLEX} == set(range(len(SCENARIOS)))


@pytest.mark.parametrize(("index", "reply"), STAYS_SIMPLE)
def test_their_own_feeling_or_want_said_back_is_simple(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in _two_ways(scorer, index, reply):
        paraphrasing = result.skills["paraphrasing"]
        assert paraphrasing.level == 1, (reply, [e.criterion for e in paraphrasing.evidence])
        # What trainees see: a ✓ for what they did, and a step that says how to go deeper.
        assert result.feedback.earned, result.feedback
        assert "deeper" in paraphrasing.next_step, paraphrasing.next_step


@pytest.mark.parametrize(("index", "reply"), STAYS_COMPLEX)
def test_an_added_feeling_or_meaning_is_still_complex(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in _two_ways(scorer, index, reply):
        paraphrasing = result.skills["paraphrasing"]
        assert paraphrasing.level == 2, (reply, [e.criterion for e in paraphrasing.evidence])
        assert result.feedback.earned, result.feedback
        assert "deeper" not in paraphrasing.next_step, paraphrasing.next_step
