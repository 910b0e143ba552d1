"""Issue #11 (stop 19): the peer's own self-blame said back with a tag that gives it back to
them, at every scenario's opening. Our own wordings (none is a labelled row), with near misses.

- **A tag that ends the sentence** ("…, that's how it feels for you right now", "…, you
  think", "…, it felt like", "…, in your head") makes the clause before it the peer's view said
  back: "you shouldn't have asked, it was stupid of you, that's how it feels for you" is a
  reflection of their self-blame, not the speaker's verdict (`blames_in_hindsight` and `judges`
  list `said_as_theirs_after` under `unless_near`). A tag ends its sentence also when another
  sentence follows ("… for you right now. Embarrassed.").
- The same blame without a tag, with the speaker's own "I think", or with the tag asked as a
  question ("…, you think?") is still the speaker's judgment: breached. "whatever you think"
  is no tag (no comma before it).
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import (
    assert_below_breached_at_each_opening,
    assert_breached_at_each_opening,
    reply_cases,
)

SAID_AS_THEIRS = (
    "Sorry, you shouldn't have asked, it was stupid of you, that's how it feels for you right now.",
    "You shouldn't have asked, it was stupid of you, that's how it feels for you. Embarrassed.",
    "you should've known better, that's how it feels to u at the moment",
    "You should have seen it coming, you reckon.",
    "That was stupid of you, you think. I can hear how much it stings.",
    "you shouldnt have trusted him, thats how it feels 2 u. i get that",
    "You should have said no sooner, in your head.",
    "You should have known, it felt like.",
)

STILL_JUDGES = (
    "You shouldn't have asked. That was stupid of you.",
    "You shouldn't have asked, that was stupid, I think.",
    "You should have known better, you think?",
    "you shouldnt have gone with him, thats on you",
)


@reply_cases(SAID_AS_THEIRS)
def test_self_blame_said_back_with_a_tag_holds(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)


@reply_cases(STILL_JUDGES)
def test_the_speakers_own_verdict_still_breaches(scorer: Scorer, reply: str) -> None:
    assert_breached_at_each_opening(scorer, "judgment", reply)
