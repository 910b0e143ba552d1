"""A feeling of theirs named in a question, in validation (issue #11, stop 11).

The labelling convention (tests/data/README.md, wave 3, followed by waves 4 and 5): "a feeling
word inside a question ('Are you afraid for your safety at home?') notices the feeling:
validation 1"; a question about feelings that names none ("How are you feeling?") is 0. The
scorer read a named feeling only in statements ("you're scared"), so the inverted question
("are you scared…?", "r u angry…?", "were you numb…?", "did she leave you feeling judged?")
scored 0. `asks_about_their_feeling` reads whose feeling is asked about (the peer, "you", as
the one the question is about) and what the question does with it: a warning or a challenge
("Aren't you worried…?", "Why are you so angry…?"), a condition ("If you're scared…, why
not…?") and a state that is no feeling here ("are you hurt anywhere?", "are you sure?", "are
you free on Saturday?") notice nothing; someone else's feeling asked about is not theirs.

Every row is scored at its scenario's opening with the peer's line and in the moment; each
shipped scenario has a row in each direction, in several registers (texting, second-language
word order, British, plain).
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

# Their feeling named in a question: validation 1.
FEELING_ASKED = [
    ("warm-up-long-week", "Are you worn out after all that?"),
    ("angry-at-the-organisation", "are u angry they didn't even ask the night workers?"),
    ("burnout-and-money", "Do you feel trapped between the nights and the rent?"),
    ("tell-me-what-to-do", "Are you torn about the regulars, then?"),
    ("fear-of-being-outed", "Are you scared of what your parents will do if they find out?"),
    ("eviction-after-ads", "are you overwhelmed with all of it, the packing and the searching?"),
    ("stigma-at-the-clinic", "Were you humiliated in there, with her face changing like that?"),
    ("bad-date-next-steps", "Are you still shaken from last night?"),
    ("asking-to-meet-outside", "Are you lonely outside of our talks?"),
    ("migrant-worker-status", "Are you afraid the police will bring immigration?"),
    ("crisis-suicidal-thoughts", "Are you exhausted from carrying this by yourself?"),
    ("grief-toxic-supply", "Were you numb when you heard about Tash?"),
]

# A warning, a challenge, a condition, no feeling named, a state that is no feeling here, or
# someone else's feeling: validation 0.
NOT_NOTICED = [
    (
        "warm-up-long-week",
        "Aren't you worried the cancellations will keep happening if you don't charge a fee?",
    ),
    ("angry-at-the-organisation", "Why are you so angry about a change to the hours?"),
    ("burnout-and-money", "How are you feeling?"),
    ("tell-me-what-to-do", "Are you sure you want to keep them?"),
    (
        "fear-of-being-outed",
        "If you're scared of your parents finding out, why not tell them first?",
    ),
    ("eviction-after-ads", "Are you down to look at a few places this week?"),
    ("stigma-at-the-clinic", "Aren't you ashamed to put that on a form?"),
    ("bad-date-next-steps", "Are you hurt anywhere? Did he leave marks?"),
    ("asking-to-meet-outside", "Are you free on Saturday for that coffee?"),
    ("migrant-worker-status", "Why are you so scared of the police? They're there to help."),
    ("crisis-suicidal-thoughts", "Are you able to keep yourself safe tonight?"),
    ("grief-toxic-supply", "Were her friends angry when they heard?"),
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


@pytest.mark.parametrize("table", [FEELING_ASKED, NOT_NOTICED], ids=["asked", "not_noticed"])
def test_every_scenario_has_a_row(table: list[tuple[str, str]]) -> None:
    assert {sid for sid, _ in table} == {s.id for s in shipped_scenarios()}


@pytest.mark.parametrize(("scenario_id", "reply"), FEELING_ASKED)
def test_their_feeling_named_in_a_question_is_noticed(
    scorer: Scorer, scenario_id: str, reply: str
) -> None:
    assert min(_levels(scorer, _scenario(scenario_id), reply)) >= 1, reply


@pytest.mark.parametrize(("scenario_id", "reply"), NOT_NOTICED)
def test_a_warning_challenge_or_other_question_notices_nothing(
    scorer: Scorer, scenario_id: str, reply: str
) -> None:
    assert max(_levels(scorer, _scenario(scenario_id), reply)) == 0, reply
