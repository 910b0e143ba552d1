"""A ✓ strength never quotes a tag the trainee added to their own sentence ("…, you know?",
"You see, …", "I mean, …") as if it were what they said back.

A criterion's hit on "you know" at the end of a sentence was widened to its clause, which is
the tag alone, and "know" counted as a content word, so the strength read 'You said back what
they are going through: "you know"' while a real reflection sat in the next sentence. A tag
alone is no longer a meaningful quote (scoring/quotes.py): the strength quotes another hit or
none. Probes are my own wordings, scored as in each scenario's opening.
"""

from __future__ import annotations

import pytest

from simulator.scoring import default_scorer
from simulator.scoring.quotes import quote_span
from tests.helpers import opening, shipped_scenarios

TAGS = ["you know", "y'know", "You see", "I mean", "know what I mean", "innit"]


@pytest.mark.parametrize("tag", TAGS)
def test_a_tag_alone_is_no_quote(tag: str) -> None:
    reply = f"That is not on, {tag}. Rent keeps going up."
    start = reply.index(tag)
    assert quote_span(reply, start, start + len(tag)) is None


@pytest.mark.parametrize(
    "reply",
    [
        "You know your own limits better than anyone.",
        "I mean every word: you held it together all week.",
        "You see the risks more clearly than anyone around you.",
    ],
)
def test_words_of_a_tag_inside_a_real_clause_still_quote(reply: str) -> None:
    """Only a tag standing alone is dropped: the same words starting a clause that says
    something keep their quote."""
    span = quote_span(reply, 0, 8)
    assert span is not None and len(span[0].split()) > 2


# A tag in one sentence and something said back in another: the ✓ quotes the latter or
# nothing, never the tag.
REPLIES = [
    "He can't just do that, you know. You've got thirty days and nowhere lined up.",
    "Proper rough week, y'know. Cancelled bookings and a sick cat on top.",
    "I mean, nobody asked a single one of you before cutting the hours.",
    "That's a lot on you, know what I mean? Every night and rent still short.",
]


@pytest.mark.parametrize("reply", REPLIES)
def test_no_strength_quotes_a_tag(reply: str) -> None:
    scorer = default_scorer()
    tags = {t.lower() for t in TAGS}
    quoted_something = 0
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        feedback = scorer.score(context, reply, node).feedback
        quotes = [q.strip(" .,?!…").lower() for q in feedback.strength.split('"')[1::2]]
        assert not tags & set(quotes), (scenario.id, feedback.strength)
        quoted_something += bool(feedback.earned and quotes)
    # the reply says something back, so most openings still quote it
    assert quoted_something >= 6
