"""A ✓ strength quotes the reply's thought to the end of its clause, not a phrase that stops
inside it ("You're a good", "part of you", "that's a hard", "You had every right").

The quote began at the hit and stopped where the hit stopped, so a criterion that matched the
start of a thought quoted that start alone. A quote that stops inside its clause is now
carried on to the clause's end when the whole still fits (scoring/quotes.py). Probes: one
clause each, texting and formal, across the 12 scenarios; each names the word its thought
ends on, which the quote must reach. Scored as in the moment, through `peer-practice score`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from simulator.scoring.quotes import quote_span
from tests.helpers import run_cli

PROBES = [
    ("warm-up-long-week", "opening", "thats a hard spot to be in", "spot"),
    (
        "burnout-and-money",
        "torn",
        "part of you isnt convinced cutting back would work",
        "convinced",
    ),
    ("burnout-and-money", "torn", "Part of you wants to cut back on the late bookings", "bookings"),
    ("grief-toxic-supply", "about_tash", "You're a good friend to Tash even now", "friend"),
    (
        "stigma-at-the-clinic",
        "opening",
        "You had every right to be treated with respect there",
        "respect",
    ),
    ("eviction-after-ads", "shame", "u have been a good tenant for four whole years", "tenant"),
    ("fear-of-being-outed", "sister", "you and your sister used to be really close", "close"),
    (
        "migrant-worker-status",
        "careful",
        "You're worried you might have said too much to me",
        "much",
    ),
    (
        "asking-to-meet-outside",
        "disappointed",
        "it has been so lonely since you moved here",
        "moved",
    ),
    ("bad-date-next-steps", "guarded", "This has happened to you more than once before", "once"),
    (
        "angry-at-the-organisation",
        "louder",
        "everyone keeps explaining it away instead of listening",
        "listening",
    ),
    (
        "crisis-suicidal-thoughts",
        "connecting",
        "You really don't want to be a burden on anyone",
        "burden",
    ),
    ("tell-me-what-to-do", "limits", "You feel like you don't count after seeing them", "count"),
    ("grief-toxic-supply", "numb", "you honestly don't know what you're meant to feel", "feel"),
    # Alone, the hit says almost nothing ("If you want, I"): carried on, cut with "…".
    (
        "bad-date-next-steps",
        "options",
        "If you want, I could tell you how some workers warn each other without using names.",
        "tell",
    ),
]
QUOTE = re.compile(r'"(.+)"')


def test_a_strength_quotes_its_thought_to_the_end_of_the_clause(private_data_dir: Path) -> None:
    lines = "".join(
        json.dumps({"id": i, "scenario": s, "moment": m, "response": r}) + "\n"
        for i, (s, m, r, _) in enumerate(PROBES)
    )
    result = run_cli(private_data_dir, "score", input=lines, timeout=90)
    assert result.returncode == 0, result.stderr
    short = []
    for (_, _, reply, last), line in zip(PROBES, result.stdout.splitlines(), strict=True):
        strength = json.loads(line)["feedback"]["strength"] or ""
        quote = QUOTE.search(strength)
        assert quote, (reply, strength)  # each probe earns a quoted strength
        if last not in quote.group(1).split():
            short.append((reply, quote.group(1)))
    assert short == []


def test_a_quote_cut_short_never_ends_on_a_word_that_leads_on() -> None:
    """When the clause is too long to quote whole, the quote stops on a word that can end
    a phrase: not on "after" or "until", which lead on to what follows."""
    for reply, hit in [
        (
            "Any person would be furious after being spoken to like that by a nurse who "
            "should know better.",
            "Any person would be furious after",
        ),
        (
            "Your friends kept checking in until the worst of it had passed and you could "
            "breathe again.",
            "Your friends kept checking in until",
        ),
    ]:
        span = quote_span(reply, 0, len(hit))
        assert span is not None and span[0] == hit.rsplit(" ", 1)[0], span


ENDS_OF_SENTENCES = [
    ("You didn't deserve to be looked at like that.", "that"),
    ("You're not sure anyone will.", "will"),
    ("You went in for a test and got judged instead of cared for.", "for"),
    ("Anyone would be furious after that!", "that"),
    ("u just want someone to check in on u like that", "that"),
    ("Thanks for being honest with me about that.", "that"),
    ("You still want ideas about what other people do.", "do"),
    ("You need something to hold on to.", "to"),
    ("ur allowed to be angry about it, anyone would be.", "be"),
    ("It is entirely reasonable that you feel the way you do.", "do"),
]


@pytest.mark.parametrize(("reply", "last"), ENDS_OF_SENTENCES)
def test_a_word_said_last_in_its_sentence_ends_the_quote(reply: str, last: str) -> None:
    """ "like that", "cared for", "anyone will": a word that would leave a phrase hanging
    in the middle of a sentence completes it when the sentence ends on it, so the quote
    keeps it rather than stopping at "looked at like" or "instead of cared"."""
    span = quote_span(reply, 0, len(reply) - 1)
    assert span is not None and span[0].split()[-1].strip(".!?") == last, span
