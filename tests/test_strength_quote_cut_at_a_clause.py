"""Issue #11 item 3 (stop 14, the lead): a ✓ quote starts and ends where a thought does.

Played at 80×24, "So after seeing them you're left feeling like you don't matter, and that's a
heavy thing to carry…" earned `✓ You joined two things they said: "you're left feeling like
you don't matter, and that's…"`: the cut kept the first, empty words of the next clause. A
quote cut to fit now drops a last clause that the cut left without a word of meaning; a last
clause that still says something ("…and really scared…") stays.
"""

from __future__ import annotations

import pytest

from simulator.scoring.quotes import meaningful_quote

#: (reply, the words found, the quote a trainee should see)
CUT = [
    (
        "So after seeing them you're left feeling like you don't matter, and that's a heavy"
        " thing to carry just to keep the rent paid.",
        "you're left feeling like you don't matter, and that's a heavy thing to carry",
        "you're left feeling like you don't matter…",
    ),
    (
        "You were hoping this could become a friendship, and that's why the no stung so much"
        " when it came.",
        "You were hoping this could become a friendship, and that's why the no stung",
        "You were hoping this could become a friendship…",
    ),
    (
        "It sounds like the no felt like a rejection of you, not of the idea of meeting up"
        " outside.",
        "It sounds like the no felt like a rejection of you, not of the idea",
        "It sounds like the no felt like a rejection of you…",
    ),
]

#: A cut whose last clause still carries a word of meaning keeps it.
KEPT = [
    (
        "You're exhausted, really scared of losing the flat and so angry at how the landlord"
        " spoke to you.",
        "You're exhausted, really scared of losing the flat and so angry at how",
        "You're exhausted, really scared of losing the flat…",
    ),
]


@pytest.mark.parametrize(("reply", "found", "quote"), CUT + KEPT)
def test_a_cut_quote_ends_on_a_whole_thought(reply: str, found: str, quote: str) -> None:
    start = reply.index(found)
    assert meaningful_quote(reply, start, start + len(found)) == quote


#: (reply, evidence that starts on the mark ending the sentence before it, the quote)
STARTS_ON_A_MARK = [
    (
        "Take your time, there's no rush. What was the hardest part of the week?",
        ". What was the hardest part",
        "What was the hardest part of the week",
    ),
    (
        "I'm glad you came in! Are you scared he'll come back?",
        "! Are you scared",
        "Are you scared he'll come back",
    ),
]


@pytest.mark.parametrize(("reply", "found", "quote"), STARTS_ON_A_MARK)
def test_a_quote_never_takes_in_the_word_before_the_mark_it_starts_on(
    reply: str, found: str, quote: str
) -> None:
    """Stop 14: "Take your time, there's no rush. What was the hardest part…?" was praised
    with the quote "there's no rush. What was the hardest part of the week": evidence that
    began on the full stop was widened back into "rush", and then to its clause."""
    start = reply.index(found)
    assert meaningful_quote(reply, start, start + len(found)) == quote
