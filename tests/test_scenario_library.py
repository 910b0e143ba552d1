"""The shipped scenario library: enough scenarios, well formed, and content that agrees with
the scorer (good example replies score well on the skill they show, poor ones poorly)."""

from __future__ import annotations

import subprocess
from collections import deque

import pytest

from simulator.content.loading import load_library
from simulator.content.paths import scenarios_dir
from simulator.content.scenario import Scenario
from simulator.practice.session import Session
from simulator.scoring import Scorer
from tests.helpers import CLI, ROOT

LIBRARY = load_library(
    scenarios_dir(),
    __import__("simulator.content.loading", fromlist=["require_rubrics"]).require_rubrics(),
)
SCENARIOS = LIBRARY.scenarios


def ids(scenario: Scenario) -> str:
    return scenario.id


def test_there_are_at_least_twelve_across_three_difficulties() -> None:
    assert len(SCENARIOS) >= 12
    assert {s.difficulty for s in SCENARIOS} == {1, 2, 3}


def test_validate_strict_passes_on_the_shipped_scenarios() -> None:
    result = subprocess.run(
        [*CLI, "validate", "--strict", "scenarios/", "rubrics/"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def reachable(scenario: Scenario) -> set[str]:
    seen = {scenario.start_id}
    queue = deque([scenario.start_id])
    while queue:
        node = scenario.nodes[queue.popleft()]
        for target in [t.to for t in node.transitions] + ([node.default] if node.default else []):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


@pytest.mark.parametrize("scenario", SCENARIOS, ids=ids)
def test_six_reachable_moments_and_two_endings(scenario: Scenario) -> None:
    nodes = reachable(scenario)
    endings = [n for n in nodes if scenario.nodes[n].is_ending]
    assert len(nodes) >= 6
    assert len(endings) >= 2
    for name in endings:
        ending = scenario.nodes[name].ending
        assert ending is not None and ending.debrief and ending.questions
    assert scenario.persona.background and scenario.persona.how_to_play


def play(scenario: Scenario, scorer: Scorer, quality: str) -> Session:
    session = Session(scenario, scorer)
    for _ in range(20):
        if session.is_over:
            break
        example = next(e for e in session.node.examples if e.quality == quality)
        session.reply(example.reply)
    assert session.reached_ending, f"the {quality} path did not reach an ending"
    return session


@pytest.mark.parametrize("scenario", SCENARIOS, ids=ids)
def test_good_and_poor_paths_reach_different_endings(scenario: Scenario, scorer: Scorer) -> None:
    good = play(scenario, scorer, "good")
    poor = play(scenario, scorer, "poor")
    assert good.node_id != poor.node_id
    assert len(good.turns) >= len(poor.turns)


def example_cases() -> list[tuple[str, str, str, str, str]]:
    cases = []
    for scenario in SCENARIOS:
        for node_id, node in scenario.nodes.items():
            for example in node.examples:
                for skill in example.illustrates:
                    cases.append((scenario.id, node_id, example.quality, skill, example.reply))
    return cases


@pytest.mark.parametrize(
    ("scenario_id", "node_id", "quality", "skill", "reply"),
    example_cases(),
    ids=lambda v: str(v)[:40],
)
def test_examples_score_as_their_quality_says(
    scorer: Scorer, scenario_id: str, node_id: str, quality: str, skill: str, reply: str
) -> None:
    scenario = LIBRARY.get(scenario_id)
    assert scenario is not None
    node = scenario.nodes[node_id]
    result = scorer.score(" ".join(node.peer), reply, node).skills[skill]
    if quality == "good":
        ok = result.level == 0 if skill == "boundaries" else result.level >= 1
    else:
        ok = result.level >= 1 if skill == "boundaries" else result.level == 0
    assert ok, (
        f"{quality} example scored {result.label} on {skill}: {reply!r} ({[e.criterion for e in result.evidence]})"
    )


def test_good_examples_never_breach_a_boundary(scorer: Scorer) -> None:
    """A reply the scenario calls good is shown to trainees as a model (Ctrl+R, the next
    step's example), so it must hold the boundary whatever skill it illustrates: a 'good'
    validation example that promised total secrecy once taught a breach."""
    breached = []
    for scenario in SCENARIOS:
        for node_id, node in scenario.nodes.items():
            for example in node.examples:
                if example.quality != "good":
                    continue
                result = scorer.score(" ".join(node.peer), example.reply, node)
                if result.skills["boundaries"].level >= 2:
                    breached.append((scenario.id, node_id, example.reply))
    assert not breached
