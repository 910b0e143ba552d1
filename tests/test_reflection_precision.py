"""Issue #11 item 1: a reflection says back the peer's experience; a sentence that merely
addresses "you" is not one. Replies are our own wording, scored at the first moment of each of
the 12 shipped scenarios, so the rule holds whatever the peer said.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from simulator.scoring.text import shift_perspective, words
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

NOT_REFLECTIONS = {
    "thanks": "Thanks so much for sharing that with me.",
    "affirmation": "You're such a strong person, you know that?",
    "praise": "You're doing amazing, honestly.",
    "permission": "You're allowed to feel however you feel.",
    "reassurance": "You'll get through this, I know you will.",
    "minimising": "At least you've still got your health.",
    "promise": "I promise I'll always be here for you.",
    "rescuing": "I'll sort it all out for you tomorrow.",
    "resource": "I can give you the number for the outreach team if that helps.",
    "question": "Why did you go along with it?",
    "open question": "What would you like to happen next?",
    "secrecy": "Don't worry, anything you say to me stays with me.",
    "deserve": "You deserve people who treat you well.",
}


@pytest.mark.parametrize("kind", sorted(NOT_REFLECTIONS))
def test_replies_that_only_address_you_are_not_reflections(scorer: Scorer, kind: str) -> None:
    reply = NOT_REFLECTIONS[kind]
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        paraphrasing = result.skills["paraphrasing"]
        assert paraphrasing.level == 0, (scenario.id, kind, paraphrasing.evidence)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_each_scenarios_good_reflection_still_counts(scorer: Scorer, scenario: Scenario) -> None:
    """The precision above must not cost the real thing: every good example that shows
    paraphrasing, in every moment, is still a reflection."""
    for node in scenario.nodes.values():
        for example in node.examples:
            if example.quality == "good" and "paraphrasing" in example.illustrates:
                level = scorer.score(" ".join(node.peer), example.reply, node).skills[
                    "paraphrasing"
                ]
                assert level.level >= 1, (scenario.id, example.reply)


def test_a_repeat_of_their_words_is_simple_and_named(scorer: Scorer) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        repeat = " ".join(shift_perspective(words(context)))  # "I'm so tired" -> "you're so tired"
        result = scorer.score(context, repeat, node)
        paraphrasing = result.skills["paraphrasing"]
        assert paraphrasing.level == 1, scenario.id
        assert any(e.criterion == "repeats_their_words" for e in paraphrasing.evidence)
