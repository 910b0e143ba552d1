"""A reflection followed by a breach is still a reflection (issue 11, "mixed" replies): our
own probe replies over the first moment of all 12 shipped scenarios.

The labelling convention (tests/data/README.md, "Levels") labels a reply that breaches a
boundary for the reflection it contains. A sentence that says back what the peer feels, wants
or wonders, before the advice, order, moralising, promise or police in the next sentence, keeps
the reply a reflection; the breach is scored under boundaries. What only leads into the breach
(praise, reassurance, a bare fact about them) is not a reflection, breach or not.

Wordings vary on purpose: texting, no apostrophes, typos, formal, long and short.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

# What they feel or want said back, then a breach of another kind in a sentence of its own.
SAID_BACK_THEN_A_BREACH = [
    # an order
    "You're scared of what happens next. You need to stop stalling and deal with it today.",
    "ur so worried about all of it. just go and sort it out tomorrow, dont wait.",
    # moralising about the work
    "You're exhausted and you feel like nobody's listening. Honestly this is why you should get out of the work.",
    # a promise of secrecy
    "you feel like you cant trust anyone right now. dont worry, whatever you say stays between us, i promise.",
    # the police as the answer
    "You want this to stop happening. The police are the ones to call about it.",
    # false reassurance
    "You feel really let down by all of it. Trust me, everything will work out fine in the end.",
    # rescuing
    "You're hoping someone will take some of this off you. Leave it with me, I'll sort the whole thing out for you.",
    # formal, then directing advice
    "It seems you are deeply frustrated by how this has been handled. You must take it to a lawyer at once.",
    # non-native English, then an order
    "you feel very tired from all this. you must go to the office tomorrow and tell them.",
]

# Only praise, reassurance or a bare fact about them before the breach: still no reflection.
NOTHING_SAID_BACK_THEN_A_BREACH = [
    "You're so strong. You need to stop stalling and deal with it today.",
    "You're safe now. The police are the ones to call about it.",
    "You've got this. Honestly this is why you should get out of the work.",
    "Thank you for telling me. Trust me, everything will work out fine in the end.",
]


def _levels(scorer: Scorer, scenario: Scenario, reply: str) -> tuple[int, int]:
    context, node = opening(scenario)
    skills = scorer.score(context, reply, node).skills
    return skills["paraphrasing"].level, skills["boundaries"].level


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_feeling_said_back_before_a_breach_stays_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    levels = {reply: _levels(scorer, scenario, reply) for reply in SAID_BACK_THEN_A_BREACH}
    lost = [reply for reply, (p, _) in levels.items() if p < 1]
    assert not lost, lost
    # The breach is still found (and so named in the feedback): boundaries is not held.
    held = [reply for reply, (_, b) in levels.items() if b == 0]
    assert not held, held


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_nothing_said_back_before_a_breach_is_no_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    wrong = [
        reply
        for reply in NOTHING_SAID_BACK_THEN_A_BREACH
        if _levels(scorer, scenario, reply)[0] != 0
    ]
    assert not wrong, wrong
