"""Plausible non-reflections that say "you" (issue 11, PAIR-style hard negatives).

Our own wordings (texting, formal, plain), of kinds of reply that restate the peer's topic
without saying back their experience:

- "you" as the object of a preposition or of someone else's action ("it all depends on
  you", "the rules protect you from that", "people will judge you for it") is not the peer
  as the subject of what they feel, want or went through;
- what something *could*, *would* or *will* do for them ("a second phone could help you…",
  "this would give you more control") predicts or suggests, it doesn't say back; what it
  does to them ("it keeps you up at night", "that landlord gets you so wound up") still does;
- that things *can*, *could* or *will* get worse is a forecast or a warning; that they keep
  getting harder is their experience;
- a clause about them that is itself the subject of a verdict or of praise ("the way you
  feel about it is valid", "the fact that you reached out is commendable") judges or
  affirms it (validation, affirmation), it doesn't say it back;
- beside unasked advice, "you" only in a clause that sets the advice's time or condition
  ("…while you're working every night") is not a statement about them.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()
BY_ID = {scenario.id: scenario for scenario in SCENARIOS}

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
def test_what_the_situation_does_to_them_is_still_a_reflection(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        paraphrasing = scorer.score(context, reply, node).skills["paraphrasing"]
        assert paraphrasing.level >= 1, (scenario.id, reply)


#: Unasked advice whose only clause about them says when or why (scenario, reply).
ADVICE_AROUND_A_CIRCUMSTANCE = (
    (
        "burnout-and-money",
        "maybe u could ask the collective for a small loan or a rent advance while ur still "
        "working every night",
    ),
    (
        "burnout-and-money",
        "You could ask the girls at the drop-in about cheaper rooms and a payment plan for "
        "the arrears while you're working every single night.",
    ),
    (
        "eviction-after-ads",
        "You can ring the tenants union and the council housing team this week, since your "
        "landlord gave you thirty days to get out.",
    ),
    (
        "stigma-at-the-clinic",
        "You could ask the front desk for a different nurse, or book at the community "
        "clinic instead, when you go for your usual test again.",
    ),
    (
        "migrant-worker-status",
        "You could talk to the migrant workers' legal clinic about your options first, "
        "because a client took your money and all of it.",
    ),
    (
        "fear-of-being-outed",
        "u could ask a lawyer friend to send a formal letter to whoever sent the "
        "screenshots b4 ur parents find out",
    ),
)


@pytest.mark.parametrize(("scenario_id", "reply"), ADVICE_AROUND_A_CIRCUMSTANCE)
def test_advice_around_a_circumstance_of_theirs_is_not_a_reflection(
    scorer: Scorer, scenario_id: str, reply: str
) -> None:
    context, node = opening(BY_ID[scenario_id])
    result = scorer.score(context, reply, node)
    assert "advice" in result.skills["boundaries"].flags, reply
    assert result.skills["paraphrasing"].level == 0, reply


#: What they did or feel, as the subject of a verdict or of praise.
JUDGED_OR_PRAISED = (
    "the way you feel about it is valid",
    "The fact that you're still standing is amazing.",
    "The fact that you reached out is really commendable.",
    "That you kept the screenshots was smart.",
    "Realising you need a break is the first step.",
    "how u reacted is totally understandable",
)

#: ...while how it is for them, said as the subject's weight on them, still reflects.
HOW_IT_IS_FOR_THEM = (
    "The way he spoke to you was humiliating.",
    "The fact that you can't make rent after every single night is crushing.",
)


@pytest.mark.parametrize("reply", JUDGED_OR_PRAISED)
def test_a_verdict_or_praise_on_what_they_did_is_not_a_reflection(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        paraphrasing = scorer.score(context, reply, node).skills["paraphrasing"]
        assert paraphrasing.level == 0, (scenario.id, reply)


@pytest.mark.parametrize("reply", HOW_IT_IS_FOR_THEM)
def test_how_it_is_for_them_is_still_a_reflection(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        paraphrasing = scorer.score(context, reply, node).skills["paraphrasing"]
        assert paraphrasing.level >= 1, (scenario.id, reply)


GETTING_WORSE_FORECAST = (
    "it could get worse if u wait",
    "Things can always get worse, so count your blessings.",
    "Everything can get worse when you let it slide.",
)
GETTING_WORSE_SAID_BACK = (
    "its only getting harder for you",
    "things just keep getting worse and worse",
    "It got harder after she left.",
)


@pytest.mark.parametrize("reply", GETTING_WORSE_FORECAST)
def test_a_forecast_that_things_can_get_worse_is_not_a_reflection(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        paraphrasing = scorer.score(context, reply, node).skills["paraphrasing"]
        assert paraphrasing.level == 0, (scenario.id, reply)


@pytest.mark.parametrize("reply", GETTING_WORSE_SAID_BACK)
def test_things_getting_harder_for_them_is_still_a_reflection(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        paraphrasing = scorer.score(context, reply, node).skills["paraphrasing"]
        assert paraphrasing.level >= 1, (scenario.id, reply)


#: A statement about them beside the speaker's praise of it ("…, I really respect that").
PRAISED_BY_THE_SPEAKER = (
    "You're being so thoughtful about everyone's safety, I really respect that.",
    "ur looking out for the other girls, i admire that",
    "You kept going all week and I'm so proud of you.",
    "You're working every night to cover it, I respect you for that.",
)


@pytest.mark.parametrize("reply", PRAISED_BY_THE_SPEAKER)
def test_a_statement_beside_the_speakers_praise_is_not_a_reflection(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        paraphrasing = scorer.score(context, reply, node).skills["paraphrasing"]
        assert paraphrasing.level == 0, (scenario.id, reply)
