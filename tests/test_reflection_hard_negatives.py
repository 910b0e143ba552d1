"""Plausible non-reflections that say "you" (issue 11, PAIR-style hard negatives).

Our own wordings (texting, formal, plain), of kinds of reply that restate the peer's topic
without saying back their experience:

- "you" as the object of a preposition or of someone else's action ("it all depends on
  you", "the rules protect you from that", "people will judge you for it") is not the peer
  as the subject of what they feel, want or went through;
- what something *could*, *would* or *will* do for them ("a second phone could help you…",
  "this would give you more control") predicts or suggests, it doesn't say back; what it
  does to them ("it keeps you up at night", "that landlord gets you so wound up") still does;
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

YOU_AS_OBJECT_OR_EFFECT = (
    "It all depends on you in the end.",
    "The rules are there to protect you from that kind of thing.",
    "People are always gonna judge you for something.",
    "That should teach you to screen harder.",
    "A second phone could help you keep work and home apart.",
    "Setting a limit would give you more control.",
    "Everything comes back on you eventually.",
    "A good accountant would save you a lot of stress.",
    "This could help you keep the regulars who pay and drop the rest.",
    "That job could help you move out sooner.",
    "it would give you a bit of breathing room",
    "Their legal clinic could get you your money back.",
)

WHAT_IT_DOES_TO_THEM = (
    "He took it all out on you.",
    "It keeps you up at night.",
    "Losing the room makes you feel so alone.",
    "The late rent keeps you awake.",
    "that landlord gets you so wound up",
    "they dumped all of it on you",
    "Everyone's counting on you and you're running on empty.",
)


@pytest.mark.parametrize("reply", YOU_AS_OBJECT_OR_EFFECT)
def test_you_as_object_or_a_predicted_effect_is_not_a_reflection(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        paraphrasing = scorer.score(context, reply, node).skills["paraphrasing"]
        assert paraphrasing.level == 0, (scenario.id, reply)


@pytest.mark.parametrize("reply", WHAT_IT_DOES_TO_THEM)
def test_what_the_situation_does_to_them_is_still_a_reflection(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        paraphrasing = scorer.score(context, reply, node).skills["paraphrasing"]
        assert paraphrasing.level >= 1, (scenario.id, reply)

