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


# "like" after a word that doesn't frame what follows ("he looked at you like you were
# dirty") makes a comparison: quoted from "you were dirty" on, the trainee is praised for
# words that read as their own verdict. The quote keeps the comparison; "sounds like", "felt
# like" still frame what follows, which is quoted alone.
COMPARISONS = (
    "The way he looked at you, like you were dirty, that's what hurts most.",
    "Four years of paying on time and he looked at you like you were dirt, that's a deep hurt.",
    "She spoke to you like you were a problem, and you just went for a test.",
)
FRAMED = (
    ("It sounds like you're exhausted and fed up.", "you're exhausted and fed up"),
    ("It felt like nobody cared about you at all.", "nobody cared about you at all"),
)


@reply_cases(COMPARISONS)
def test_a_comparison_is_quoted_with_its_like(scorer: Scorer, reply: str) -> None:
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        strength = scorer.score(context, reply, node).feedback.strength
        quoted = re.search(r'"([^"]+)"', strength)
        if quoted and re.search(r"\byou were\b", quoted.group(1)):
            assert re.search(r"\blike you were\b", quoted.group(1), re.IGNORECASE), (
                scenario.id,
                strength,
            )


@pytest.mark.parametrize("reply", COMPARISONS, ids=lambda v: v[:30])
def test_a_comparison_hit_keeps_its_like(reply: str) -> None:
    hit = re.search(r"you were \w+", reply)
    assert hit is not None
    span = quote_span(reply, hit.start(), hit.end())
    assert span is not None
    assert re.search(r"\blike you were\b", span[0], re.IGNORECASE), (reply, span[0])


@pytest.mark.parametrize(("reply", "hit"), FRAMED, ids=lambda v: str(v)[:30])
def test_what_a_frame_introduces_is_quoted_alone(reply: str, hit: str) -> None:
    start = reply.index(hit)
    span = quote_span(reply, start, start + len(hit))
    assert span is not None and span[0] == hit, (reply, span)
