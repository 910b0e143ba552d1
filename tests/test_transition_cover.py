""" "Can never fire" is decided exactly: the same verdicts as trying every world one by one.

`check_transitions` works with bit masks of worlds (issue 15, validate speed); this compares
its warnings, on many random nodes, with a plain world-by-world reading of the rule: a
transition never fires when, in every world where it matches, an earlier one matches first.
"""

from __future__ import annotations

import random
from itertools import product
from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.content.conditions import parse_condition
from simulator.content.loading import RubricSet, load_scenario
from tests.test_branch_checks import scenario_data

ATOMS: list[tuple[str, Any]] = [
    ("validation", ">=1"),
    ("validation", 2),
    ("validation", "<2"),
    ("validation", "!=1"),
    ("paraphrasing", ">=1"),
    ("paraphrasing", "<=1"),
    ("paraphrasing", 0),
    ("boundaries", "held"),
    ("boundaries", ">=at_risk"),
    ("boundaries", "breached"),
    ("flags", "advice"),
    ("flags", "directing"),
    ("flags", "minimising"),
]


def expected_warnings(node: str, whens: list[dict[str, Any]], rubrics: RubricSet) -> list[str]:
    conds = [[parse_condition(k, v, rubrics.rubrics) for k, v in w.items()] for w in whens]
    flags = sorted({c.flag for cs in conds for c in cs if c.flag})
    skills = {name: r.max_level for name, r in rubrics.rubrics.items()}
    worlds = [
        (
            dict(zip(skills, levels, strict=True)),
            frozenset(f for f, on in zip(flags, bits, strict=True) if on),
        )
        for levels in product(*(range(top + 1) for top in skills.values()))
        for bits in product((False, True), repeat=len(flags))
    ]
    found = []
    for j in range(1, len(conds)):
        firsts = set()
        for levels, raised in worlds:
            if all(c.holds(levels, raised) for c in conds[j]):
                first = next(
                    (i for i in range(j) if all(c.holds(levels, raised) for c in conds[i])), None
                )
                firsts.add(first)
        if firsts and None not in firsts:
            numbers = [str(i + 1) for i in sorted(firsts)]
            which = (
                f"transition {numbers[0]} before it matches"
                if len(numbers) == 1
                else f"transitions {', '.join(numbers[:-1])} and {numbers[-1]} before it match"
            )
            found.append(
                f"transition {j + 1} in '{node}' can never fire: {which} every reply it would"
            )
    return found


@pytest.mark.parametrize("seed", range(30))
def test_never_fires_agrees_with_trying_every_world(
    seed: int, tmp_path: Path, rubrics: RubricSet
) -> None:
    rng = random.Random(seed)
    nodes = [
        [dict(rng.sample(ATOMS, rng.randint(1, 3))) for _ in range(rng.randint(2, 7))]
        for _ in range(4)
    ]
    path = tmp_path / "shapes.yaml"
    path.write_text(yaml.safe_dump(scenario_data(nodes)), encoding="utf-8")
    _, problems = load_scenario(path, rubrics)
    got = [p.message for p in problems if "can never fire" in p.message]
    want = [w for i, whens in enumerate(nodes) for w in expected_warnings(f"m{i}", whens, rubrics)]
    assert got == want
