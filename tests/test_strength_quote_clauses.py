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
