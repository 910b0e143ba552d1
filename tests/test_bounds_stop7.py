"""Issue #11 (stop 7, i11-bounds): boundaries recall on the non-advice breaches.

Each table is a family of wordings, grouped by *how* the breach is carried, not by topic:

- A verdict on what the peer did (`judges_what_they_did`): their act as a gerund clause that
  names them ("going with someone you didn't know wasn't very smart"), "that/it" for it ("that
  was naive to let him pay after"), "… of you" ("really irresponsible of you") or the peer
  themself ("ur being careless"), with a word that calls it foolish or, negated, wise. Someone
  else's act ("careless of them"), the verdict turned round ("asking wasn't stupid") and what
  the peer fears they were ("you're worried you were naive") stay held.
- Dismissing by calling the complaint exaggerated ("you're exaggerating a bit", "not that big
  of a deal", also after "I'm just saying") or by making it the lot of any job ("that's just
  work", "every job has bits u hate", "everyone has parts of their job they hate").

Every reply is our own probe (none from a labelled set, a wave or the issue); every row is
checked in all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

JUDGES_WHAT_THEY_DID = (
    "Going with someone you didn't know wasn't very smart.",
    "Putting your face on there was a bit careless, to be honest.",
    "That was naive to let him pay after.",
    "Honestly keeping regulars who push your limits is a bad choice.",
    "Skipping tests would be really irresponsible of you.",
    "It's a bit lazy to want a whole weekend off when rent's tight.",
    "ur being kinda reckless meeting new guys with no one knowing",
    "That wasn't the smartest move, telling him where you live.",
    "You were so naive to trust him.",
    "not very clever of u to leave ur number on there",
)

DISMISSES = (
    "I think you're exaggerating, nobody is explaining anything away.",
    "ur exaggerating a little tbh",
    "I'm just saying, it's not that big of a deal.",
    "Honestly it is not so big a deal as you think.",
    "that's just work, hun",
    "Every job has its bad days.",
    "every job has bits u hate",
    "Everybody has clients they can't stand, that's how it goes.",
)

NOT_A_BREACH = (
    # someone else's act, or the verdict turned round
    "Cutting the hours with a week's notice was careless of them.",
    "It wasn't stupid to ask at all.",
    "Asking for a coffee wasn't silly, it shows these talks matter to you.",
    "Getting out of there was really smart.",
    "You're worried you were naive to trust him.",
    "He treated you like you were stupid, and that's not okay.",
    "Nobody thinks you're stupid for asking.",
    "You're not exaggerating at all, that sounds awful.",
    "It's just work to them, but for you it's your home.",
    "Your work takes real skill.",
    "You have every right to be angry at him.",
)


@pytest.mark.parametrize(
    ("flag", "reply"),
    [
        *(("judgment", r) for r in JUDGES_WHAT_THEY_DID),
        *(("dismissing", r) for r in DISMISSES),
    ],
    ids=lambda v: str(v)[:30],
)
def test_the_breach_is_named_in_every_scenario(scorer: Scorer, flag: str, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level == 2, (scenario.id, reply, boundaries.label)
        assert flag in boundaries.flags, (scenario.id, reply, boundaries.flags)


@pytest.mark.parametrize("reply", NOT_A_BREACH, ids=lambda v: str(v)[:30])
def test_the_near_miss_stays_below_breached_in_every_scenario(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level < 2, (scenario.id, reply, boundaries.flags)
