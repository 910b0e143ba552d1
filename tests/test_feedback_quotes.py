"""Quotes in a ✓ strength are whole words of the reply and say something (issue 11, item 3).

Every span of a set of awkward replies is quoted, as a detector's hit might be."""

from __future__ import annotations

import re

import pytest

from simulator.scoring.feedback import MAX_QUOTE, meaningful_quote
from simulator.scoring.quotes import is_content_word

REPLIES = [
    "Thank you for telling me.",
    "It sounds like you've been working every single night, and you're exhausted by it.",
    "Why did you do that?",
    "He grabbed you — and then he wouldn't pay; you're still shaking.",
    "You’re worn out… and the money’s still not there!",
    "ok",
    "You're torn: you want to warn the others, and you're scared he'll find out it was you, "
    "because the list isn't always anonymous and people talk in this town.",
    "🙂 you matter to me, honestly",
]
WORD = re.compile(r"[\w'’-]+")


def _is_whole_words_of(reply: str, quote: str) -> bool:
    body = quote.removesuffix("…")
    at = reply.find(body)
    if at < 0 or not body:
        return False
    before = reply[at - 1] if at else " "
    after = reply[at + len(body)] if at + len(body) < len(reply) else " "
    return not (before.isalnum() or after.isalnum())


@pytest.mark.parametrize("reply", REPLIES)
def test_every_span_quotes_whole_words_within_the_limit(reply: str) -> None:
    for start in range(len(reply) + 1):
        for end in range(start, min(len(reply), start + 12) + 1):
            quote = meaningful_quote(reply, start, end)
            if quote is None:  # nothing that says something: no quote rather than a fragment
                touched = [
                    w.group() for w in WORD.finditer(reply) if w.start() < end and start < w.end()
                ]
                assert not any(map(is_content_word, touched)), (start, end)
                continue
            assert len(quote) <= MAX_QUOTE + 1, (start, end, quote)
            if WORD.search(reply[start:end]):
                assert _is_whole_words_of(reply, quote), (start, end, quote)


def test_a_fragment_is_widened_to_its_clause() -> None:
    assert meaningful_quote(REPLIES[0], 6, 13) == "Thank you for telling me"  # "you for"
    at = REPLIES[1].index("ve been")  # a hit cut mid-word: "ve been"
    assert meaningful_quote(REPLIES[1], at, at + 7) == (
        "It sounds like you've been working every single night"
    )
    assert meaningful_quote(REPLIES[3], 3, 14) == "He grabbed you"


def test_a_long_clause_is_cut_between_words() -> None:
    at = REPLIES[6].index("because")
    quote = meaningful_quote(REPLIES[6], at, at + 11)
    # The clause without its leading "because" fits: the conjunction left over is dropped.
    assert quote == "the list isn't always anonymous and people talk in this town"
    reply = REPLIES[6].replace("in this town", "in this town and in the next one over")
    quote = meaningful_quote(reply, at, at + 11)
    assert quote is not None and quote.startswith("the list isn't") and quote.endswith("…")
    assert not quote.removesuffix("…").endswith((" and", " the", " in"))
    assert _is_whole_words_of(reply, quote)
