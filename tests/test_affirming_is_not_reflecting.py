"""Affirming the peer is not reflecting (issue 11, "non_reflection_you"): our own probe replies
over the first moment of all 12 shipped scenarios.

Replies that only affirm ("you have every right to be heard", "you handled a lot, I hope you
know that", "you're thinking this through, that's a strength") say "you" without saying back
what the peer told you: paraphrasing 0 (tests/data/README.md, "Levels"). The clause reader
reads "every right" as reassurance, a closing "you know that" as a tag, and the speaker's own
praise ("I really respect that", "I'm proud of you") or "that's a strength" as praise, beside
which a bare statement about them is praise too (`instructs_or_praises_on_a_bare_statement`).
The same frames after a feeling said back leave the reflection standing.

Wordings vary on purpose: texting, no apostrophes, typos, formal, long and short.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening_level, shipped_scenarios

SCENARIOS = shipped_scenarios()

AFFIRMS_ONLY = [
    "You have every right to be treated with respect, you know that.",
    "uve every right to be angry at them",
    "You've every right to ask for better.",
    "You're being really careful about all of this, I respect that.",
    "You're working it out step by step, that's a real strength.",
    "You got through a lot this month, I hope you know that.",
    "You are dealing with this so calmly. I truly admire that.",
    "ur handling it all on ur own, im proud of you",
    "Your voice matters, you know that.",
]
# A feeling said back, then the same affirming frame: still a reflection.
FEELING_THEN_AFFIRMS = [
    "You're scared of what comes next, and I respect how honest you're being about it.",
    "You feel completely worn out by all of it. I hope you know that's a lot to carry.",
    "ur so worried about how this ends, and u have every right to be.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_affirming_them_is_not_a_reflection(scorer: Scorer, scenario: Scenario) -> None:
    wrong = [r for r in AFFIRMS_ONLY if opening_level(scorer, "paraphrasing", scenario, r) != 0]
    assert not wrong, wrong


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_feeling_said_back_beside_an_affirmation_stays_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    missed = [
        r for r in FEELING_THEN_AFFIRMS if opening_level(scorer, "paraphrasing", scenario, r) < 1
    ]
    assert not missed, missed
