"""Validation: acknowledging how it is for them, not just having said something deep.

Our own probe replies, each at the first moment of a shipped scenario. A complex reflection
counts as acknowledgement when it stays with them; one that moves straight on to a question,
without naming a feeling, hasn't stayed with how it is for them (our labelled fit rows: 0 of
7 such replies were labelled validation). Naming the feeling still acknowledges it.
"""

from __future__ import annotations

import pytest

from simulator.content.loading import load_library, require_rubrics
from simulator.content.paths import scenarios_dir
from simulator.scoring import Scorer

SCENARIOS = {s.id: s for s in load_library(scenarios_dir(), require_rubrics()).scenarios}

#: A complex reflection of meaning (no feeling named), then straight on to a question.
MEANING_THEN_QUESTION = [
    (
        "eviction-after-ads",
        "You kept that place for years and one look at your ads took it "
        "away from you. What feels most urgent?",
    ),
    (
        "burnout-and-money",
        "You're giving every night you have and it still doesn't add up, "
        "like the floor keeps moving under you. What would change that?",
    ),
    (
        "grief-toxic-supply",
        "You learned how to stay safe from Tash, and now the person who "
        "looked out for you isn't there anymore. Who else knew her?",
    ),
    (
        "angry-at-the-organisation",
        "You're being treated like your needs don't count, by a "
        "place that says it exists for you. Who made the call?",
    ),
    (
        "migrant-worker-status",
        "You want that money back, but asking for it could put your "
        "whole life here on the line. What does your friend think?",
    ),
    (
        "fear-of-being-outed",
        "You've lost control over who knows, and your family might see "
        "you in a way you never chose. Has your sister said anything?",
    ),
    (
        "tell-me-what-to-do",
        "You're weighing your limits against rent, and part of you wants "
        "someone else to carry the decision. What matters most to you here?",
    ),
    (
        "stigma-at-the-clinic",
        "You went in to look after your health and came out treated "
        "like a problem to be fixed. Will you go back there?",
    ),
    (
        "bad-date-next-steps",
        "That room is behind you, but your body is still catching up "
        "with what happened to you. Did anyone see him?",
    ),
]

#: The same move, naming the feeling: that acknowledges it.
FEELING_THEN_QUESTION = [
    (
        "eviction-after-ads",
        "You're scared and ashamed that the ads cost you your home. What feels most urgent?",
    ),
    (
        "burnout-and-money",
        "You're worn out and frustrated that all those nights still don't "
        "cover rent. What would change that?",
    ),
    (
        "grief-toxic-supply",
        "You're heartbroken, she was the one who kept you safe. Who else knew her?",
    ),
    ("angry-at-the-organisation", "You're furious that nobody asked any of you. Who decided?"),
    (
        "crisis-suicidal-thoughts",
        "It sounds like you feel like a weight on everyone, and that "
        "hurts so much. Are you thinking about ending your life?",
    ),
]


def levels(scorer: Scorer, scenario: str, reply: str) -> tuple[int, int]:
    node = SCENARIOS[scenario].nodes[SCENARIOS[scenario].start_id]
    result = scorer.score(" ".join(node.peer), reply, node)
    return result.skills["paraphrasing"].level, result.skills["validation"].level


@pytest.mark.parametrize(("scenario", "reply"), MEANING_THEN_QUESTION)
def test_a_reflection_that_moves_straight_on_to_a_question_is_not_validation(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    paraphrasing, validation = levels(scorer, scenario, reply)
    assert paraphrasing == 2, reply  # a complex reflection all the same
    assert validation == 0, reply


@pytest.mark.parametrize(("scenario", "reply"), FEELING_THEN_QUESTION)
def test_naming_the_feeling_before_a_question_still_validates(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert levels(scorer, scenario, reply)[1] >= 1, reply


#: A feeling used as a condition or a reason for advice is not a feeling noticed.
FEELING_AS_A_CONDITION = [
    "If you feel unsafe, call the outreach van.",
    "In case you're scared later, keep your phone charged.",
    "You should talk to your doctor about feeling numb.",
    "if ur stressed just take a night off",
    "If you're worried about it, get it checked.",
    "Unless you feel ready, maybe don't bring it up yet.",
    "Because of feeling so low, you could try a walk every day.",
    "In case you get anxious tonight, write the number down.",
    "If you are feeling overwhelmed, make a list.",
    "Talk to someone about feeling this exhausted.",
]
#: The feeling noticed, in the same words: that acknowledges it.
FEELING_NOTICED = [
    "You feel unsafe right now.",
    "you're scared about tonight",
    "It makes sense you're worried about it.",
    "You're feeling so overwhelmed.",
]


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_a_feeling_used_as_a_condition_for_advice_is_not_validation(
    scorer: Scorer, scenario: str
) -> None:
    for reply in FEELING_AS_A_CONDITION:
        assert levels(scorer, scenario, reply)[1] == 0, reply
    for reply in FEELING_NOTICED:
        assert levels(scorer, scenario, reply)[1] >= 1, reply


#: Saying their reaction is what anyone would expect, in everyday and texted wording:
#: validation (level 2, "says the reaction makes sense"), in any scenario.
REACTION_EXPECTED = [
    "Of course it gets to you.",
    "It would be strange if it didn't get to you.",
    "of course that rattled you",
    "Of course, it hurts.",
    "thats understandable tbh",
    "its okay to feel wiped out by it",
    "Its normal to feel this way",
]
#: "Of course" that agrees to something or brushes it off is not validation.
NOT_VALIDATION = ["Of course I'll help you with that.", "Of course not, it's fine."]


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_saying_the_reaction_is_expected_validates(scorer: Scorer, scenario: str) -> None:
    for reply in REACTION_EXPECTED:
        assert levels(scorer, scenario, reply)[1] == 2, reply
    for reply in NOT_VALIDATION:
        assert levels(scorer, scenario, reply)[1] == 0, reply


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_wanting_a_better_place_is_not_the_better_place_platitude(
    scorer: Scorer, scenario: str
) -> None:
    """ "She's in a better place" minimises grief; "a better place to get tested" doesn't."""
    assert levels(scorer, scenario, "It makes sense you want a better place to get tested.")[1] == 2
    assert levels(scorer, scenario, "She's in a better place now.")[1] == 0
