"""A ✓ strength quotes the reply's thought from where it starts, not from the middle of its
clause ("u thirty days cos he found", "you how to stay safe", "there a lot lately").

A criterion's hit often starts on the word it keys on ("you", "u", "left you"), so the quote
began on an object pronoun or just after the verb, leaving the subject and verb outside. A
quote that starts mid-clause is now carried back to where its thought starts when that still
fits (scoring/quotes.py). Probes: one thought each, texting and formal, across the 12
scenarios, scored as in the moment through `peer-practice score`; each names the words its
quote must start with.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from simulator.scoring.quotes import quote_span
from tests.helpers import run_cli

PROBES = [
    ("eviction-after-ads", "opening", "he gave u thirty days cos he found ur ads", "he gave u"),
    (
        "eviction-after-ads",
        "opening",
        "He has given you thirty days to leave because of the ads",
        "He has given",
    ),
    (
        "angry-at-the-organisation",
        "opening",
        "they cut ur evening hours and gave u barely a weeks notice",
        "they cut",
    ),
    (
        "stigma-at-the-clinic",
        "opening",
        "the nurse took one look at ur form and treated u differently",
        "the nurse",
    ),
    (
        "bad-date-next-steps",
        "guarded",
        "This has happened to you more than once before",
        "This has",
    ),
    (
        "grief-toxic-supply",
        "about_tash",
        "Tash taught you how to stay safe and now she's gone",
        "Tash taught",
    ),
    ("migrant-worker-status", "opening", "that guy took every cent u had saved", "that guy"),
    (
        "burnout-and-money",
        "opening",
        "the nights are wearing u down and rent still isnt covered",
        "the nights",
    ),
    (
        "warm-up-long-week",
        "opening",
        "two cancellations and a sick cat left you drained this week",
        "two cancellations",
    ),
    (
        "crisis-suicidal-thoughts",
        "opening",
        "those nights leave you feeling like a burden to everyone",
        "those nights",
    ),
    (
        "asking-to-meet-outside",
        "disappointed",
        "Moving here has left you pretty isolated",
        "Moving here",
    ),
    ("angry-at-the-organisation", "not_listened", "It's not just a meal service to you", "It's"),
]
PROBES += [
    # Too long to quote whole: from where the thought starts, cut with "…".
    (
        "eviction-after-ads",
        "shame",
        "the way he looked at u made u feel like dirt after four years of never being late",
        "the way he looked at u",
    ),
]
QUOTE = re.compile(r'"(.+)"')


def test_a_strength_quotes_its_thought_from_where_it_starts(private_data_dir: Path) -> None:
    lines = "".join(
        json.dumps({"id": i, "scenario": s, "moment": m, "response": r}) + "\n"
        for i, (s, m, r, _) in enumerate(PROBES)
    )
    result = run_cli(private_data_dir, "score", input=lines, timeout=90)
    assert result.returncode == 0, result.stderr
    mid_thought = []
    for (_, _, reply, opening), line in zip(PROBES, result.stdout.splitlines(), strict=True):
        strength = json.loads(line)["feedback"]["strength"] or ""
        quote = QUOTE.search(strength)
        assert quote, (reply, strength)  # each probe earns a quoted strength
        assert quote.group(1).rstrip("…") in reply  # whole words of the reply, in order
        if not quote.group(1).startswith(opening):
            mid_thought.append((reply, quote.group(1)))
    assert mid_thought == []


def test_a_quote_starts_after_a_word_that_opens_a_clause_or_at_its_clause() -> None:
    """ "It sounds like you're exhausted" quoted from "you're": the stem is left out, and a
    thought after "and" or "cos" starts there; "how tired you are" is carried back to "I can
    hear"."""
    for reply, hit, expected in [
        ("It sounds like you're exhausted by all of it", "you're exhausted by all", "you're"),
        ("It's awful and you're still shaking from it", "you're still shaking", "you're"),
        ("ur angry cos they never asked any of u", "they never asked", "they"),
        ("I can hear how tired you are of it all", "how tired you are", "I can hear"),
        # A quote that starts on its own subject starts its clause ("that |you've…").
        (
            "It's happened so many times that you've almost had to get used to it",
            "you've almost had to get used",
            "you've almost",
        ),
        ("it was so obvious that u were being judged", "u were being judged", "u were"),
        # …but not after a noun: "every cent |u had saved" is carried back.
        ("that guy took every cent u had saved", "u had saved", "that guy"),
    ]:
        start = reply.index(hit)
        span = quote_span(reply, start, start + len(hit))
        assert span is not None and span[0].startswith(expected), span


def test_a_clause_too_long_to_quote_whole_drops_the_pronoun_left_outside() -> None:
    """When the clause can't be quoted whole, a quote doesn't start on "u" or "you" whose
    verb was left outside."""
    reply = (
        "Honestly after everything that happened with the landlord and the ads he gave u "
        "thirty days to pack up a whole life"
    )
    hit = "u thirty days to pack up a whole life"
    start = reply.index(hit)
    span = quote_span(reply, start, start + len(hit))
    assert span is not None and span[0] == "thirty days to pack up a whole life", span
