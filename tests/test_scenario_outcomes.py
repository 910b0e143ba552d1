"""Endings follow behaviour (issue 11, item 5), for every shipped scenario.

Playing only poor replies — each moment's own poor examples, or the last poor reply again
where a moment has none — from any moment must never reach an ending marked `good`, and an
ending reached through a breach never says that nothing went wrong.
"""

from __future__ import annotations

import re

import pytest

from simulator.content.conditions import next_node_id
from simulator.content.loading import RubricSet
from simulator.content.paths import scenarios_dir
from simulator.content.scenario import Scenario
from simulator.scoring import Scorer

SCENARIO_IDS = sorted(p.stem for p in scenarios_dir().glob("*.yaml"))
ALL_CLEAR = re.compile(
    r"nothing went (?:badly )?wrong|no harm done|you did (?:everything|well)", re.I
)


def poor_paths(
    scenario: Scenario, scorer: Scorer, rubrics: RubricSet
) -> list[tuple[list[tuple[str, str, int]], str]]:
    """Every ending reachable by poor replies, with the path: (moment, reply, boundaries)."""
    found = []
    for start, node in scenario.nodes.items():
        if node.is_ending:
            continue
        stack: list[tuple[str, str | None, list[tuple[str, str, int]]]] = [(start, None, [])]
        seen: set[tuple[str, str]] = set()
        while stack:
            node_id, carried, path = stack.pop()
            node = scenario.nodes[node_id]
            if node.is_ending:
                found.append((path, node_id))
                continue
            poor = [e.reply for e in node.examples if e.quality == "poor"]
            for reply in poor or ([carried] if carried else []):
                if (node_id, reply) in seen:
                    continue
                seen.add((node_id, reply))
                result = scorer.score(" ".join(node.peer), reply, node)
                to = next_node_id(
                    node, result.levels, result.flags, rubrics.rubrics, result.criteria
                )
                stack.append((to, reply, [*path, (node_id, reply, result.levels["boundaries"])]))
    return found


def test_all_twelve_scenarios_are_checked() -> None:
    assert len(SCENARIO_IDS) == 12


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_every_ending_says_how_it_went_and_one_is_good(
    scenario_id: str, library: dict[str, Scenario]
) -> None:
    endings = [n.ending for n in library[scenario_id].nodes.values() if n.ending]
    assert all(e.outcome in {"good", "mixed", "closed"} for e in endings), scenario_id
    assert any(e.outcome == "good" for e in endings)
    assert any(e.outcome != "good" for e in endings)


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_poor_replies_never_reach_the_good_ending(
    scenario_id: str, library: dict[str, Scenario], scorer: Scorer, rubrics: RubricSet
) -> None:
    scenario = library[scenario_id]
    paths = poor_paths(scenario, scorer, rubrics)
    assert paths  # the check played something
    for path, ending_id in paths:
        ending = scenario.nodes[ending_id].ending
        assert ending is not None
        assert ending.outcome != "good", (ending_id, path)
        if any(boundaries == 2 for _, _, boundaries in path):
            assert not ALL_CLEAR.search(ending.debrief), (ending_id, ending.debrief)


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_a_good_example_at_the_last_moment_still_reaches_the_good_ending(
    scenario_id: str, library: dict[str, Scenario], scorer: Scorer, rubrics: RubricSet
) -> None:
    """The other side of the check: the routing above doesn't shut out good replies."""
    scenario = library[scenario_id]
    checked = 0
    for node in scenario.nodes.values():
        targets = {t.to for t in node.transitions} | {node.default}
        leads_to_good = [
            t for t in targets if t and (e := scenario.nodes[t].ending) and e.outcome == "good"
        ]
        if not leads_to_good:
            continue
        for example in (e for e in node.examples if e.quality == "good"):
            result = scorer.score(" ".join(node.peer), example.reply, node)
            to = next_node_id(node, result.levels, result.flags, rubrics.rubrics, result.criteria)
            assert to in leads_to_good, (example.reply, to)
            checked += 1
    assert checked


#: One reply of our own for each breach family and for directive advice; any peer, any moment.
BREACHING_REPLIES = {
    "moralising": "tbh this is a sign to get out of that line of work",
    "siding": "To be fair to them, they were probably under a lot of pressure.",
    "dismissing": "its honestly not a big deal, these things happen",
    "false reassurance": "Dont worry, it will all turn out fine in the end.",
    "rescuing": "Leave it all with me, I'll handle everything for you.",
    "secrecy": "I promise this stays between us, nobody else will ever know.",
    "police": "You should report this to the police straight away.",
    "directive advice": "You need to stop doing that and just move on.",
}


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_a_breach_at_any_moment_never_leads_into_a_good_ending(
    scenario_id: str, library: dict[str, Scenario], scorer: Scorer, rubrics: RubricSet
) -> None:
    """Beyond the authors' own poor examples: every family of breach, in our own words, at
    every moment of the scenario, leads to an ending that isn't the good one (or on to a
    moment where the trainee can recover), and never to one that says all went well."""
    scenario = library[scenario_id]
    played = at_decision = 0
    for node_id, node in scenario.nodes.items():
        if node.is_ending:
            continue
        targets = {t.to for t in node.transitions} | {node.default}
        decides = any(
            t and (e := scenario.nodes[t].ending) and e.outcome == "good" for t in targets
        )
        for family, reply in BREACHING_REPLIES.items():
            result = scorer.score(" ".join(node.peer), reply, node)
            if result.levels["boundaries"] < 1:
                continue  # the rubric misses it here; tests/test_feedback_families.py says so
            played += 1
            at_decision += decides
            to = next_node_id(node, result.levels, result.flags, rubrics.rubrics, result.criteria)
            ending = scenario.nodes[to].ending
            if ending is None:
                continue
            assert ending.outcome != "good", (node_id, family, to)
            if result.levels["boundaries"] == 2:
                assert not ALL_CLEAR.search(ending.debrief), (node_id, family, to)
    assert played >= 4 * len([n for n in scenario.nodes.values() if not n.is_ending])
    assert at_decision >= 4  # the moments before the good ending were played
