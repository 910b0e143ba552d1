"""Issue #11 (stop 14, round 2): moralising about drug use and dismissing by normalising, both
ways, at every scenario's opening.

Wave 8's dev half showed two mechanisms the stance lexicons did not cover. Each table here is
our own probes in other words and registers (none is a labelled row), with its near misses:

- drug use given a verdict in the speaker's voice: using (or drugs) called dangerous, a gamble,
  poison or Russian roulette, or made the cause of what the peer feels ("that's the gear
  talking", "using numbs you"); not the supply called dangerous (a harm-reduction fact), not
  the peer's own fear said back, someone else's view reported, a question, or a negation;
- guilt and faith aimed at a wish to die ("imagine what it would do to your mum", "that'd be
  selfish", "life is a trust from God"); not the peer's own fear of being selfish said back,
  nor their family's faith reported;
- the talk shut down: told to stop talking about themselves that way, "next topic", "then
  there's nothing to worry about"; not "it's perfectly normal not to want to go back";
- the complaint shrunk by making it everyone's lot ("we all get crap shifts") or by naming a
  small cause for the feeling ("it's only a phase"); not validating by normalising the feeling
  ("anyone would feel that way"), not "everyone has bad nights, but this sounds like more",
  nor the same words said back as the peer's.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import (
    assert_below_breached_at_each_opening,
    assert_breached_at_each_opening,
    flagged_cases,
    reply_cases,
)

DRUG_VERDICTS = (
    "Honestly, drugs are just too risky, there's no safe way round it.",
    "thats why using is so dangerous babe, u never kno",
    "The hard truth is using will always be a gamble, Dee.",
    "Getting high is basically Russian roulette these days.",
    "Maybe that empty feeling is just the gear talking.",
    "It could be the drugs, you know. Using numbs everything after a while.",
)

DRUG_NEAR_MISSES = (
    "The supply is so dangerous right now, and you've lost someone to it.",
    "You're scared that using is a gamble now, after what happened to Jay.",
    "Your sister keeps saying drugs are dangerous, and it makes you feel judged.",
    "Do you think it might be the drugs, or something else?",
    "It's not the drugs making you feel this way, it's the grief.",
    "Using alone feels riskier to you now.",
)

NORMALISED_AWAY = (
    "Ah well, we all get crap shifts, that's the job for everyone.",
    "Everybody has rough clinic visits, mate, you're not special.",
    "Aw, it's probably just the winter blues.",
    "Nah, that's just the tiredness talking, love.",
)

NORMALISING_NEAR_MISSES = (
    "Anyone would feel that way after a week like yours.",
    "Everyone has bad nights, but this sounds like a lot more than that.",
    "Lots of people in your shoes would feel the same, it makes sense.",
    "You're telling yourself it's only a phase, but it doesn't feel like one.",
    "It's not just the tiredness, is it? It sounds heavier than that.",
    "Not everyone has rough clinic visits, and you shouldn't have to.",
)

GUILT_AND_FAITH = (
    "Just think how it would feel for your mum, hun.",
    "honestly that'd be a really selfish thing",
    "Ending your life would be selfish, Sky, you know that.",
    "Your life is a gift, a trust from the Lord, it's not for giving back.",
    "May God forgive you for even thinking it.",
)

GUILT_AND_FAITH_NEAR_MISSES = (
    "You're afraid it would be selfish to leave everyone behind.",
    "Part of you thinks about what it would do to your mum, and that's heavy.",
    "Your gran always said life is sacred, and that's in your head tonight.",
    "It sounds lonely, feeling like everyone would be better off.",
)

SHUT_DOWN = (
    "Oi, stop talking like that, you're worth heaps.",
    "right, sorted. on to the next topic",
    "Only a slow week then? Great, so we don't need to worry.",
)

SHUT_DOWN_NEAR_MISSES = (
    "It's perfectly normal not to want to go back after how they treated you.",
    "It's totally normal not to trust them straight away.",
    "You said it was only a slow week, and it still sounds like it got to you.",
    "We can stay with this as long as you like, no rush to get to the next topic.",
    "Do you want to stay with this, or go on to the next topic?",
)

GUILT_AND_SHUT_DOWN = [("judgment", r) for r in GUILT_AND_FAITH[:3]] + [
    ("moralising", r) for r in GUILT_AND_FAITH[3:]
]


@flagged_cases(GUILT_AND_SHUT_DOWN, ("dismissing", SHUT_DOWN))
def test_guilt_faith_and_shutting_down_are_breached(scorer: Scorer, flag: str, reply: str) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(GUILT_AND_FAITH_NEAR_MISSES, SHUT_DOWN_NEAR_MISSES)
def test_their_guilt_said_back_and_normal_reactions_hold(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)


@flagged_cases(("moralising", DRUG_VERDICTS), ("dismissing", NORMALISED_AWAY))
def test_drug_verdicts_and_normalised_complaints_are_breached(
    scorer: Scorer, flag: str, reply: str
) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(DRUG_NEAR_MISSES, NORMALISING_NEAR_MISSES)
def test_their_fear_said_back_and_normalised_feelings_hold(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)
