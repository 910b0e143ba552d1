"""The branch map and the covered-transition check on many shapes of scenario: every moment
is placed once, and a transition is called "never fires" exactly when earlier ones cover it."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.content.branch_map import build_map, map_lines, render_dot, render_mermaid
from simulator.content.loading import RubricSet, load_scenario
from simulator.content.scenario import Scenario

CONDITIONS: list[dict[str, Any]] = [
    {"validation": ">=1"},
    {"validation": 2},
    {"paraphrasing": ">=1", "boundaries": "held"},
    {"boundaries": "breached"},
    {"flags": "advice"},
    {"validation": "<2"},
]


def scenario_data(transitions: list[list[dict[str, Any]]]) -> dict[str, Any]:
    nodes: dict[str, Any] = {}
    for i, whens in enumerate(transitions):
        nodes[f"m{i}"] = {
            "peer": f"Line {i}.",
            "transitions": [{"when": w, "to": "end_good"} for w in whens],
            "default": "end_closed",
        }
    nodes["end_good"] = {
        "peer": "Thanks.",
        "ending": {"title": "Good", "outcome": "good", "debrief": "Ok."},
    }
    nodes["end_closed"] = {"peer": "Bye.", "ending": {"title": "Closed", "debrief": "Ok."}}
    return {
        "id": "shapes",
        "title": "Shapes",
        "summary": "A test.",
        "difficulty": 1,
        "skills": ["validation"],
        "content_notes": [],
        "persona": {"name": "Ari", "pronouns": "they/them", "background": "A peer."},
        "nodes": nodes,
    }


def never_fires(tmp_path: Path, rubrics: RubricSet, whens: list[dict[str, Any]]) -> list[str]:
    path = tmp_path / "shapes.yaml"
    path.write_text(yaml.safe_dump(scenario_data([whens])), encoding="utf-8")
    _, problems = load_scenario(path, rubrics)
    return [p.message for p in problems if "can never fire" in p.message]


def test_a_broader_transition_first_covers_a_narrower_one(
    tmp_path: Path, rubrics: RubricSet
) -> None:
    assert never_fires(tmp_path, rubrics, [{"validation": ">=1"}, {"validation": 2}]) == [
        "transition 2 in 'm0' can never fire: transition 1 before it matches every reply it would"
    ]


def test_narrower_first_or_overlapping_transitions_are_fine(
    tmp_path: Path, rubrics: RubricSet
) -> None:
    assert never_fires(tmp_path, rubrics, [{"validation": 2}, {"validation": ">=1"}]) == []
    both = [{"validation": ">=1", "boundaries": "held"}, {"validation": ">=1"}]
    assert never_fires(tmp_path, rubrics, both) == []
    assert never_fires(tmp_path, rubrics, [{"flags": "advice"}, {"boundaries": "breached"}]) == []


def test_earlier_transitions_together_can_cover_a_later_one(
    tmp_path: Path, rubrics: RubricSet
) -> None:
    whens = [
        {"validation": "<1"},
        {"validation": 2},
        {"validation": "acknowledges"},
        {"validation": "<2"},
    ]
    assert never_fires(tmp_path, rubrics, whens) == [
        "transition 4 in 'm0' can never fire: transitions 1 and 3 before it match every reply it would"
    ]


@pytest.mark.parametrize("seed", range(40))
def test_every_moment_is_placed_once_and_every_format_renders(seed: int) -> None:
    rng = random.Random(seed)
    transitions = [
        [rng.choice(CONDITIONS) for _ in range(rng.randint(0, 4))] for _ in range(rng.randint(1, 6))
    ]
    data = scenario_data(transitions)
    names = list(data["nodes"])
    moments = [n for n in names if n.startswith("m")]
    for moment in moments:  # point defaults anywhere: loops, dead ends, orphans
        if rng.random() < 0.6:
            data["nodes"][moment]["default"] = rng.choice(names)
    scenario = Scenario.model_validate(data)
    branch_map = build_map(scenario)
    placed = [n for layer in branch_map.layers() for n in layer] + branch_map.unreachable
    assert sorted(placed) == sorted(names)
    text = "\n".join(line.text for line in map_lines(branch_map))
    for name in names:
        assert f" {name}" in text
    for nid in branch_map.stuck:
        assert not scenario.nodes[nid].is_ending
    mermaid = render_mermaid(scenario)
    assert mermaid.count("-->") + mermaid.count("-.->") == len(branch_map.edges)
    assert render_dot(scenario).count(" -> ") == len(branch_map.edges)
