"""Issue #11 (stop 12, i12-probe): a ✓ quote shows the words it praises, and doesn't stop
before its verb's object.

Probing the 12 scenarios with replies of our own found two quote faults a trainee notices:
- "You named a feeling: 'Someone sent your sister screenshots and now…'" — the feeling
  ("you're terrified") was widened to its long clause, which was then cut before the
  feeling. A few words that start a clause of their own are now quoted from where they
  start ("you're terrified of what happens if your parents find out") when the whole clause
  won't fit;
- "you lost two bookings and spent", "…now you're facing losing" — a phrase stopping right
  before a determiner or possessive stops before its object, so it is carried on to its
  clause's end, cut with "…" where it no longer fits.
"""

from __future__ import annotations

import re

import pytest

from simulator.scoring import Scorer
from simulator.scoring.quotes import quote_span
from tests.helpers import opening, reply_cases, shipped_scenarios

#: (reply, a hit a criterion found that stops right before its verb's object)
STOPS_BEFORE_OBJECT = [
    (
        "So you lost two bookings and spent the rest looking after your cat, and now you're running on fumes.",
        "you lost two bookings and spent",
    ),
    (
        "Your landlord found the ads and now you're facing losing your home.",
        "Your landlord found the ads and now you're facing losing",
    ),
    (
        "You kept every appointment for years and still got treated like a problem by the staff.",
        "You kept every appointment for years and still got treated like a problem by",
    ),
    (
        "She taught you the plate trick and checked in after every single booking you did.",
        "She taught you the plate trick and checked in after",
    ),
]
_OPENS_AN_OBJECT = r"(?:a|an|the|my|your|our|their|his|her|its|this|these|those|every|each|some)"


@pytest.mark.parametrize(("reply", "hit"), STOPS_BEFORE_OBJECT, ids=lambda v: str(v)[:30])
def test_a_quote_does_not_stop_before_its_object(reply: str, hit: str) -> None:
    start = reply.index(hit)
    span = quote_span(reply, start, start + len(hit))
    assert span is not None
    quote, _, end = span
    if not quote.endswith("…"):
        rest = reply[end:]
        assert not re.match(rf"\s+{_OPENS_AN_OBJECT}\b", rest, re.IGNORECASE), (reply, quote)


FEELING_IN_A_LONG_CLAUSE = (
    "Someone sent your sister screenshots and now you're terrified of what happens if your parents find out.",
    "That guy found your number on the old site last week and now you're scared to even open your messages.",
    "Your landlord saw the listing on that site last month and now you're frightened of where you'll end up living.",
)
FEELINGS = re.compile(r"\b(?:terrified|scared|frightened)\b", re.IGNORECASE)


@reply_cases(FEELING_IN_A_LONG_CLAUSE)
def test_a_named_feeling_is_in_its_quote(scorer: Scorer, reply: str) -> None:
    checked = 0
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        strength = scorer.score(context, reply, node).feedback.strength
        if not strength.startswith(("You named a feeling", "You noticed how they feel")):
            continue
        assert '"' in strength, (scenario.id, strength)
        assert FEELINGS.search(strength), (scenario.id, strength)
        checked += 1
    assert checked >= 4, checked  # the feeling is what most openings praise
