"""Issue #11 item 3 (stop 14, the lead): a ✓ quote cut to fit ends where a thought ends.

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
