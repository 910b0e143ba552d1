"""Whether a feeling of theirs is named, in validation (issue #11, stop 10).

The labelling convention (tests/data/README.md, "validation"): a reflection of content or
meaning with no feeling, difficulty, sympathy, thanks or affirmation is 0, however complex;
naming their feeling, in any words, is 1. Three mechanisms, each checked here in our own
wordings (several registers) at the opening of every shipped scenario, with the peer's line
and in the moment:

- A complex reflection whose frame ("sounds like", "it's like", "part of you") stands in a
  sentence that only says back a want, a plan or a doubt, or that says something "feels
  right" or "feels like a good idea", says nothing of how it feels (says_how_it_feels_or_
  what_it_means). A feeling said in a figure ("what stings", "a weight you've been
  carrying", "a hole nobody else can fill"; the feeling_figures lexicon) still does.
- "Feel(s) like" before a feeling noun names it ("it feels like betrayal", second-language
  "this is feel like betrayal", "slow weeks feel like danger"; feeling_like_nouns); before a
  judgment of an option it names none ("feels right", "feels like a good idea").
- Registers: a body part's state with a verb other than the copula ("your heart go more
  heavy", "ur chest gets so tight"), texting intensifiers ("ur rly …", "your lowkey …") and
  fast-typed or second-language spellings ("humilating", "exausted", "tierd").
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

# Each scenario's opening said back with the feeling in a figure: validation 1.
FEELING_IN_A_FIGURE = [
    (
        "warm-up-long-week",
        "Two bookings fell through and the cat was ill, and it sounds like the whole week has been a weight you've been carrying on your own.",
    ),
    (
        "angry-at-the-organisation",
        "They cut the hours without asking any of you, and it sounds like what stings is being treated like an afterthought.",
    ),
    (
        "burnout-and-money",
        "every night on shift and rent still short, it's like you're drowning and nobody can see it",
    ),
    (
        "tell-me-what-to-do",
        "Dropping them costs money and keeping them costs you, and it's like being caught between two bad options with no way out.",
    ),
    (
        "fear-of-being-outed",
        "Somebody sent your sister those screenshots, and now it's like you're waiting for the other shoe to drop with your parents.",
    ),
    (
        "eviction-after-ads",
        "He found the ads and gave you thirty days, and it feels like the ground has gone out from under you.",
    ),
    (
        "stigma-at-the-clinic",
        "You went in for a routine test and got a lecture instead, and it sounds like that look on her face cut deep.",
    ),
    (
        "bad-date-next-steps",
        "He grabbed your wrist and then wouldn't pay, and it sounds like your body is still carrying it.",
    ),
    (
        "asking-to-meet-outside",
        "These chats have been the best bit of your week, and it sounds like outside of here the days can feel empty.",
    ),
    (
        "migrant-worker-status",
        "He took all your money, and going to police feels like danger for you, because immigration could come too.",
    ),
    (
        "crisis-suicidal-thoughts",
        "Some nights the weight of everything is so heavy that you think everyone would be better off without you.",
    ),
    (
        "grief-toxic-supply",
        "Tash died from the supply last week, and losing the one who taught you to stay safe has left a hole nobody else can fill.",
    ),
]

FEELING_NAMED = [
    "it feels like betrayal to you",
    "this is feel like betrayal for you",
    "so the slow weeks feel like danger now",
    "it all felt like a punishment",
    "honestly it feels like a slap in the face, innit",
    "that must feel like such a betrayal",
    "it feels like being watched all the time",
    "Staying there feels like a trap.",
    "your heart go more heavy every day",
    "ur chest gets so tight",
    "your stomach goes all in knots when the phone rings",
    "your head gets all over the place at night",
    "thats so humilating",
    "ur rly stresed",
    "u must be so exausted",
    "ugh sounds terifying",
    "your lowkey overwelmed",
    "that's so unfare on you",
    "u r hella tierd",
]

NOT_A_FEELING = [
    "sounds like you're checking whether it feels right to you",
    "It sounds like part of you wants to keep it quiet and part of you meant what you said.",
    "so it kinda sounds like ur still deciding if its worth it",
    "It seems as if you're weighing up whether to go back at all.",
    "you're working out if it feels like the right move",
    "Sounds like you're wondering whether to tell anyone.",
    "It appears as though you are considering your options carefully.",
    "Just don't ever feel like a failure.",
    "you're writing it all down so you don't forget",
    "It's like you're planning the next step already.",
    "If it feels like a good idea, go for it.",
    "Sounds like you'd like a plan that keeps you in charge of it.",
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


def test_every_scenario_has_a_row() -> None:
    ids = {s.id for s in shipped_scenarios()}
    assert {sid for sid, _ in FEELING_IN_A_FIGURE} == ids


@pytest.mark.parametrize(("scenario_id", "reply"), FEELING_IN_A_FIGURE)
def test_a_feeling_said_in_a_figure_is_acknowledgement(
    scorer: Scorer, scenario_id: str, reply: str
) -> None:
    assert min(_levels(scorer, _scenario(scenario_id), reply)) >= 1, reply


@pytest.mark.parametrize("reply", FEELING_NAMED)
def test_a_feeling_named_in_other_registers_is_acknowledged_everywhere(
    scorer: Scorer, reply: str
) -> None:
    wrong = [
        (s.id, levels) for s in shipped_scenarios() if min(levels := _levels(scorer, s, reply)) < 1
    ]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", NOT_A_FEELING)
def test_wants_judgments_and_particles_are_not_a_feeling_anywhere(
    scorer: Scorer, reply: str
) -> None:
    wrong = [
        (s.id, levels) for s in shipped_scenarios() if max(levels := _levels(scorer, s, reply)) > 0
    ]
    assert not wrong, (reply, wrong)
