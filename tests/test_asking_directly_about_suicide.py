"""Asking directly about suicide is credited where it leads (issue 11, noticed at stop 6).

The crisis scenario teaches asking directly ("Are you thinking about killing yourself?"), but
a direct question on its own raises no level (it is not a reflection, validation or a breach),
so its branching, which asked only about levels, sent it the way of a poor reply: Sky took it
back. A transition may now ask whether a criterion was met (`criterion:`); the crisis moments
use it for `asks_directly_about_safety`, and the criterion reads the question in more
registers (no helping verb, "suicide" as the subject).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.content.conditions import ConditionError, next_node_id, parse_condition
from simulator.content.loading import RubricSet, load_scenario
from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios
from tests.test_branch_checks import never_fires, scenario_data

ASKS = "asks_directly_about_safety"
SCENARIOS = shipped_scenarios()
CRISIS = next(s for s in SCENARIOS if s.id == "crisis-suicidal-thoughts")

DIRECT = (
    "Are you thinking about killing yourself?",  # the noticed one
    "are u thinking of ending ur life",  # the noticed one, texted
    "r u having thoughts of suicide?",
    "Is suicide something you're thinking about?",
    "you thinking about killing yourself?",
    "Thinking about suicide?",
    "When you say that, do you mean you're thinking of suicide?",
    "I want to ask you straight out: are you thinking of suicide?",
    "Please may I ask you, do you think of suicide these days?",
    "Thank you for telling me. Are you thinking about taking your own life?",
)

#: Replies that must not be credited as asking directly, or must not lead on as if they had.
NOT_CREDITED = (
    "Okay.",
    "Why would you want to kill yourself?",  # a "why" question: at risk, not the skill
    "Don't talk like that, suicide is never the answer.",
    "You should call 9-8-8 right now.",
    "Are you thinking about suicide? Don't worry, everything will be okay.",
)

#: Where a reply that asks directly (and holds the boundary) leads, moment by moment.
CREDITED_NEXT = {"opening": "honest", "testing": "honest", "honest": "connecting"}


@pytest.mark.parametrize("reply", DIRECT)
def test_a_direct_question_is_recognised_and_praised_in_every_scenario(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "asks_directly_about_safety" in result.criteria, (scenario.id, reply)
        assert result.levels["boundaries"] == 0, (scenario.id, reply, result.flags)
        assert result.levels["paraphrasing"] == 0, (scenario.id, reply)  # a question only
        assert result.feedback.earned, (scenario.id, reply)
        said = result.feedback.strength + " " + result.feedback.next_step
        assert "directly about their safety" in said, (scenario.id, reply, said)


@pytest.mark.parametrize("reply", DIRECT)
@pytest.mark.parametrize("moment", sorted(CREDITED_NEXT))
def test_asking_directly_leads_on_in_the_crisis_scenario(
    scorer: Scorer, rubrics: RubricSet, moment: str, reply: str
) -> None:
    node = CRISIS.nodes[moment]
    result = scorer.score(" ".join(node.peer), reply, node)
    to = next_node_id(node, result.levels, result.flags, rubrics.rubrics, result.criteria)
    assert to == CREDITED_NEXT[moment], (moment, reply, result.levels, sorted(result.criteria))


@pytest.mark.parametrize("reply", NOT_CREDITED)
@pytest.mark.parametrize("moment", sorted(CREDITED_NEXT))
def test_a_poor_reply_does_not_lead_on_as_if_it_had_asked(
    scorer: Scorer, rubrics: RubricSet, moment: str, reply: str
) -> None:
    node = CRISIS.nodes[moment]
    result = scorer.score(" ".join(node.peer), reply, node)
    to = next_node_id(node, result.levels, result.flags, rubrics.rubrics, result.criteria)
    assert to != CREDITED_NEXT[moment], (moment, reply, result.levels, sorted(result.flags))


def test_a_criterion_condition_names_a_criterion_some_rubric_has(rubrics: RubricSet) -> None:
    condition = parse_condition("criterion", "asks_directly_about_safety", rubrics.rubrics)
    assert condition.holds({}, frozenset(), frozenset({"asks_directly_about_safety"}))
    assert not condition.holds({}, frozenset({"asks_directly_about_safety"}), frozenset())
    with pytest.raises(ConditionError, match="no rubric has a criterion 'asks_direct'"):
        parse_condition("criterion", "asks_direct", rubrics.rubrics)


@pytest.mark.parametrize(
    ("whens", "reported"),
    [
        ([{"boundaries": "held"}, {"criterion": ASKS, "boundaries": "held"}], True),
        ([{"criterion": ASKS}, {"criterion": ASKS, "boundaries": "held"}], True),
        ([{"criterion": ASKS, "boundaries": "held"}, {"boundaries": "held"}], False),
        ([{"validation": ">=1"}, {"criterion": ASKS, "boundaries": "held"}], False),
        ([{"criterion": "only_questions"}, {"criterion": ASKS}], False),
    ],
)
def test_a_criterion_condition_covered_by_earlier_ones_is_reported(
    tmp_path: Path, rubrics: RubricSet, whens: list[dict[str, Any]], reported: bool
) -> None:
    assert bool(never_fires(tmp_path, rubrics, whens)) is reported


def test_an_unknown_criterion_in_a_scenario_is_an_error(tmp_path: Path, rubrics: RubricSet) -> None:
    path = tmp_path / "shapes.yaml"
    path.write_text(yaml.safe_dump(scenario_data([[{"criterion": "asks_direct"}]])), "utf-8")
    _, problems = load_scenario(path, rubrics)
    assert any("no rubric has a criterion 'asks_direct'" in p.message for p in problems)


def test_the_crisis_scenario_loads_clean(library: dict[str, Scenario]) -> None:
    whens = [t.when for t in library["crisis-suicidal-thoughts"].nodes["testing"].transitions]
    assert {"criterion": ASKS, "boundaries": "held"} in whens
