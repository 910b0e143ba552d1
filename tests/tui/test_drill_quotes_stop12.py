"""A drill card quotes whole, meaningful phrases of the trainee's reply (stop 12).

Trying a drill at 80×24, "so the raid pushed you onto nights only" got "Your words: “you onto
nights only”, “the raid”": the card quoted each criterion's raw evidence span, so it showed
fragments that start mid-thought or stop on a dangling word ("you're the one getting the
blame from", "Your body is"). A ✓ strength in practice has long quoted only whole phrases
(`simulator.scoring.quotes.quote_span`); the drill card now quotes the same way. Driven in the
real app (Pilot, 80×24) over a drill set, with replies in several registers.
"""

from __future__ import annotations

import re
from pathlib import Path

from simulator.scoring.quotes import quote_span
from simulator.tui.screens.drill import DrillFeedback, DrillScreen
from tests.tui.test_course_flow import answer, app_for, course, shown

#: A reply to each item of the simple-reflections drill (by the start of the peer's line),
#: in different registers: texting, British, plain, formal, non-native.
REPLIES = {
    "The spot I worked days from": "so the raid pushed you onto nights only",
    "My roommate keeps paying": (
        "Your roommate pays late and you're the one getting the blame from the landlord."
    ),
    "I started screening everyone": (
        "you've started asking new people for references, slower but you're sleeping better for it"
    ),
    "I waited four hours": "Four hours waiting and you still didn't get seen, so you gave up and left.",
    "I rewrote my ad": "ur new ad is working way better, less timewasters messaging u now",
    "My kid's school keeps calling": (
        "The school wants calls in the day, which is exactly when you cannot take them."
    ),
    "I lost my work phone": "So losing the phone means losing all your regulars' numbers in one go.",
    "I'm cutting back to three days": (
        "Your body is telling you five days is too much, so you're dropping to three."
    ),
}

#: Fragments the old card quoted for these replies.
FRAGMENTS = {"you onto nights only", "you're the one getting the blame from", "Your body is"}

QUOTE = re.compile(r"“([^”]+)”")


def quotes_in(card: str) -> list[str]:
    """The quotes after "Your words:" on a drill card."""
    line = next((ln for ln in card.splitlines() if "Your words: " in ln), "")
    return QUOTE.findall(line.partition("Your words: ")[2])


async def test_a_drill_card_quotes_whole_phrases_of_the_reply(private_data_dir: Path) -> None:
    app = app_for(private_data_dir)
    checked = 0
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.course_flow.start_drill(course(app).units[1])  # simple reflections
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DrillScreen)
        while screen.run.current is not None:
            peer = screen.run.current.peer_text
            reply = next(r for start, r in REPLIES.items() if peer.startswith(start))
            await answer(pilot, reply)
            card = shown(screen.query(DrillFeedback).last())
            for quote in quotes_in(card):
                checked += 1
                assert quote not in FRAGMENTS, (reply, card)
                where = reply.find(quote.rstrip("…"))
                assert where >= 0, (reply, quote)  # the trainee's own words, as typed
                # Whole and meaningful: the phrase a ✓ strength would quote there.
                span = quote_span(reply, where, where + len(quote.rstrip("…")))
                assert span is not None and span[0] == quote, (reply, quote, span)
    assert checked >= 6  # the card quoted the trainee's words on most items
