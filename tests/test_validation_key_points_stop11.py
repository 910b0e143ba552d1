"""Validation in the moment does not count the moment's key points (issue #11, stop 11).

A complex reflection acknowledges the feeling (validation reads paraphrasing's level 2), but
in the moment paraphrasing also credits the moment's key points (`picks_up_key_point`), and a
plain content reflection that covers them ("He found out about your work from the ads, and now
you have thirty days to move out") reached paraphrasing 2 there and so counted as an
acknowledgement, while the same reply with the peer's line only did not. The convention
(tests/data/README.md): a pure content reflection is validation 0. A complex reflection that
says no feeling or meaning word (`reflects_more_than_content`) is now read without the key
points (`not_counting`), so a content reflection is 0 in the moment as with the peer's line;
one that says what it means or how it feels (`reflects_what_it_means`) still acknowledges in
both.

Every shipped scenario has a row in each direction, scored at its opening.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

# Content said back, covering the moment's key points, with no feeling or difficulty named:
# validation 0 in the moment as with the peer's line only.
CONTENT_OF_THE_KEY_POINTS = [
    (
        "warm-up-long-week",
        "It's been a long week: people cancelled last minute and you were looking after the cat the whole time.",
    ),
    (
        "angry-at-the-organisation",
        "They cut the evening hours with one week's notice, without asking any of you.",
    ),
    (
        "burnout-and-money",
        "You're taking every booking, every single night, and you still can't get ahead on rent.",
    ),
    (
        "tell-me-what-to-do",
        "So it's the regulars who cross your limits against losing income, and you'd like someone else to make the call.",
    ),
    (
        "fear-of-being-outed",
        "Someone sent the screenshots to your sister, she's seen your profile, and your parents could be next.",
    ),
    (
        "eviction-after-ads",
        "He found out about your work from the ads, and now you have thirty days to move out and nowhere lined up.",
    ),
    (
        "stigma-at-the-clinic",
        "You went for your usual test, her face changed, and she gave you a speech about your choices.",
    ),
    (
        "bad-date-next-steps",
        "so the new guy grabbed ur wrist, didnt pay when u ended it, and u got urself out",
    ),
    (
        "asking-to-meet-outside",
        "Our talks are the best part of your week and you'd like to grab coffee outside the program.",
    ),
    (
        "migrant-worker-status",
        "You were robbed last week and your friend says report it, but police maybe bring immigration.",
    ),
    (
        "crisis-suicidal-thoughts",
        "Some nights it gets that dark, and you think everyone would be better off without you.",
    ),
    (
        "grief-toxic-supply",
        "Tash died from the poisoned supply last week, and she was the one who taught you to work safely.",
    ),
]

# What it means to them or how it feels, said back: validation 1 both ways.
WHAT_IT_MEANS = [
    (
        "warm-up-long-week",
        "The cancellations and the sick cat piled onto the same week, and it sounds like there was nothing left over for you.",
    ),
    (
        "angry-at-the-organisation",
        "They cut the evening hours on a week's notice and nobody asked any of you, it sounds like the people it's meant for came last.",
    ),
    (
        "burnout-and-money",
        "You're out every single night and rent still isn't covered, and it sounds like the work is taking everything and giving nothing back.",
    ),
    (
        "tell-me-what-to-do",
        "You're pulled between the money they bring and what they cost you.",
    ),
    (
        "fear-of-being-outed",
        "Somebody took something private and put it in front of your family without asking you.",
    ),
    (
        "eviction-after-ads",
        "Your landlord found the ads and gave you thirty days, and it's like the floor went from under your home overnight.",
    ),
    (
        "stigma-at-the-clinic",
        "You went in to look after yourself and walked out being lectured, like your care came with a price.",
    ),
    (
        "bad-date-next-steps",
        "He put his hands on you and then took the money as well, and your body is still holding it.",
    ),
    (
        "asking-to-meet-outside",
        "Our talks have been the best part of your week, and it sounds like they've become something that really matters to you.",
    ),
    (
        "migrant-worker-status",
        "A client took all your money, and it sounds like reporting it could cost you more than he took.",
    ),
    (
        "crisis-suicidal-thoughts",
        "It sounds like you've been carrying these nights on your own for a long time.",
    ),
    (
        "grief-toxic-supply",
        "Tash died from the supply last week, and it sounds like you lost the person who kept you safe in this work.",
    ),
]


def _scenario(scenario_id: str) -> Scenario:
    return next(s for s in shipped_scenarios() if s.id == scenario_id)


def _levels(scorer: Scorer, scenario: Scenario, reply: str) -> list[int]:
    """Validation levels at the scenario's opening: with the peer's line, and in the moment."""
    context, node = opening(scenario)
    return [
        scorer.score(context, reply).skills["validation"].level,
        scorer.score(context, reply, node).skills["validation"].level,
    ]


@pytest.mark.parametrize(
    "table", [CONTENT_OF_THE_KEY_POINTS, WHAT_IT_MEANS], ids=["content", "meaning"]
)
def test_every_scenario_has_a_row(table: list[tuple[str, str]]) -> None:
    assert {sid for sid, _ in table} == {s.id for s in shipped_scenarios()}


@pytest.mark.parametrize(("scenario_id", "reply"), CONTENT_OF_THE_KEY_POINTS)
def test_key_points_said_back_are_not_an_acknowledgement_in_the_moment(
    scorer: Scorer, scenario_id: str, reply: str
) -> None:
    assert _levels(scorer, _scenario(scenario_id), reply) == [0, 0], reply


@pytest.mark.parametrize(("scenario_id", "reply"), WHAT_IT_MEANS)
def test_what_it_means_still_acknowledges_in_the_moment(
    scorer: Scorer, scenario_id: str, reply: str
) -> None:
    assert min(_levels(scorer, _scenario(scenario_id), reply)) >= 1, reply


def test_paraphrasing_still_credits_the_key_points(scorer: Scorer) -> None:
    """Only validation leaves the key points out: paraphrasing's own level is unchanged."""
    context, node = opening(_scenario("eviction-after-ads"))
    reply = CONTENT_OF_THE_KEY_POINTS[5][1]
    assert scorer.score(context, reply, node).skills["paraphrasing"].level == 2


def test_not_counting_belongs_to_level_reached() -> None:
    """An author who puts `not_counting` on another kind of criterion is told so."""
    from pydantic import ValidationError

    from simulator.content.rubric import Criterion

    with pytest.raises(ValidationError, match="not_counting"):
        Criterion.model_validate(
            {
                "id": "x",
                "description": "x",
                "explanation": "x",
                "patterns": ["x"],
                "not_counting": ["picks_up_key_point"],
            }
        )
