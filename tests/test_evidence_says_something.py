"""Evidence quotes what the reply said, never a lone "It" or "sounds like" (issue 11, noticed at
stop 6).

Helper criteria (validation's `reflects_no_want_or_doubt`, `says_how_it_feels_or_what_it_means`)
mark where they looked, and the stem criterion the frame, so `score` showed evidence "It",
"sounds like", "It sounds like", "Don't", "Why did you". Evidence of only function words (and a
reflective frame's words) is now widened to the clause it sits in, trimmed, when that clause
says something; it always still covers the words that matched.
"""

from __future__ import annotations

import re

import pytest

from simulator.scoring import Scorer
from simulator.scoring.quotes import evidence_words, is_content_word
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()
FRAME = {"sounds", "sound", "seems", "seem", "looks", "look", "like", "hear", "guess"}

REPLIES = (
    "It sounds like he really scared you, and you're still shaking.",  # the noticed one
    "It sounds like they really let you down.",
    "it sounds like ur exhausted and nobody is helping",
    "That sounds like a lot to carry on your own.",
    "So it seems like the whole week went wrong.",
    "Why did you go back there?",
    "Don't text him tonight.",
    "It seems to me that you are feeling very alone with this.",
)


def says_something(text: str) -> bool:
    words = re.findall(r"[\w'’-]+", text)
    return not words or any(is_content_word(w) and w.lower() not in FRAME for w in words)


@pytest.mark.parametrize("reply", REPLIES)
def test_no_evidence_is_only_function_words_in_any_scenario(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        for skill in result.skills.values():
            for e in skill.evidence:
                if e.source != "reply":
                    continue
                assert says_something(e.text), (scenario.id, reply, e.criterion, e.text)
                assert reply[e.start : e.end] == e.text, (scenario.id, e)


@pytest.mark.parametrize(
    ("reply", "start", "end", "shown"),
    [
        ("It sounds like he really scared you.", 0, 2, "It sounds like he really scared you"),
        ("It sounds like he really scared you.", 3, 14, "It sounds like he really scared you"),
        ("well, it sounds like", 6, 20, "it sounds like"),  # nothing more to show
        ("working double is the last thing you should do", 33, 46, None),
        ("You yelled at her.", 4, 10, "yelled"),  # says something: left as it is
        ("Are you okay?", 12, 13, "?"),  # a mark, not a word
    ],
)
def test_short_evidence_is_widened_to_its_clause_and_keeps_what_matched(
    reply: str, start: int, end: int, shown: str | None
) -> None:
    text, first, last = evidence_words(reply, reply[start:end], start, end)
    assert first <= start and last >= end
    assert text == reply[first:last]
    if shown is not None:
        assert text == shown
    else:
        assert says_something(text), text
