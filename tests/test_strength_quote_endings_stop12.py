"""Issue #11 item 3 (stop 12, the lead): a ✓ quote ends where the trainee's thought does,
and a simple reflection with something beside it still earns its ✓.

Found by scoring 90 good reflections of our own at the scenarios' openings:
- quotes stopped inside their clause on a word that needs what follows: "…and now you've",
  "…against how he" (he/she/they/we/I are never objects, so a word after one is its verb),
  "…like you" (before "hadn't"). Now such a phrase is carried on to its clause's end, cut
  with "…" where it no longer fits;
- "So he saw your ads online and decided you had to go, just like that." reached a simple
  reflection but was told only "You stayed with the conversation and replied.": the cap
  that keeps a reflection simple when only what stands beside it makes it long
  (`extras_make_it_long`) was taken for a cap that holds a reply down (a parrot, a question
  only), which earns no ✓.
"""

from __future__ import annotations

import re

import pytest

from simulator.scoring import Scorer
from simulator.scoring.quotes import quote_span
from tests.helpers import opening, shipped_scenarios

#: (reply, a hit a criterion found that stops inside its clause)
STOPS_INSIDE = [
    (
        "Your landlord found the ads and now you've got two weeks to find somewhere, that's terrifying.",
        "Your landlord found the ads and now you've",
    ),
    (
        "You're weighing the money against how he made you feel last time.",
        "You're weighing the money against how he",
    ),
    (
        "She told you to think about your choices, like you hadn't already.",
        "She told you to think about your choices, like you",
    ),
    ("It's all piling up and they keep saying it's fine.", "It's all piling up and they"),
]
#: The words a quote may not end on when more of its clause follows.
DANGLING = r"(?:you've|he|she|they|we|i|you|how|and now)"


@pytest.mark.parametrize(("reply", "hit"), STOPS_INSIDE, ids=lambda v: str(v)[:30])
def test_a_quote_goes_on_past_a_word_that_needs_what_follows(reply: str, hit: str) -> None:
    start = reply.index(hit)
    span = quote_span(reply, start, start + len(hit))
    assert span is not None
    quote = span[0]
    assert not re.search(rf"\b{DANGLING}$", quote, re.IGNORECASE), (reply, quote)
    assert reply.startswith(quote.rstrip("…")[:12]), (reply, quote)


SIMPLE_WITH_EXTRAS = (
    "So he saw your ads online and decided you had to go, just like that.",
    "You paid rent on time every month and it still didn't matter to him.",
    "You've gone over it so many times that the choices all blur together.",
)


@pytest.mark.parametrize("reply", SIMPLE_WITH_EXTRAS, ids=lambda v: v[:30])
def test_a_simple_reflection_earns_its_strength(scorer: Scorer, reply: str) -> None:
    checked = 0
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        if result.skills["paraphrasing"].level < 1 or result.skills["boundaries"].level:
            continue  # only a reflection that breached nothing earns this ✓
        assert result.feedback.earned, (scenario.id, result.feedback.strength)
        assert '"' in result.feedback.strength, (scenario.id, result.feedback.strength)
        checked += 1
    assert checked >= 8, checked  # a reflection, and held, in most scenarios
