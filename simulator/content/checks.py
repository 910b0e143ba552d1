"""Checks for transitions that validate but silently never fire.

A flag name the rubrics never raise (`flags: advise` for `advice`) and a transition that an
earlier one always covers (`validation: 2` after `validation: ">=1"`) both look fine and
change nothing, which is worse for an author than an error. Coverage is decided by trying
every combination of levels (a handful per skill) and of the flags the node's conditions name,
so it is exact for what conditions can express.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import chain, combinations, product

from simulator.conditions import Condition, ConditionError, parse_condition
from simulator.problems import Problem, Severity
from simulator.rubric import Rubric
from simulator.scenario import Scenario
from simulator.yaml_source import YamlDocument

MAX_COMBINATIONS = 20_000


def known_flags(rubrics: Mapping[str, Rubric]) -> list[str]:
    """Every boundary flag some rubric criterion can raise."""
    found: set[str] = set()
    for rubric in rubrics.values():
        for criterion in rubric.criteria:
            found.update(criterion.flags)
    return sorted(found)


def _did_you_mean(word: str, choices: list[str]) -> str:
    from rapidfuzz import process

    best = process.extractOne(word, choices, score_cutoff=60)
    return f"did you mean '{best[0]}'? " if best else ""


def _parsed(when: Mapping[str, str | int], rubrics: Mapping[str, Rubric]) -> list[Condition] | None:
    try:
        return [parse_condition(k, v, rubrics) for k, v in when.items()]
    except ConditionError:
        return None  # reported by the loader


def _worlds(
    skills: Mapping[str, int], flags: list[str]
) -> Iterator[tuple[dict[str, int], frozenset[str]]]:
    names = list(skills)
    flag_sets = list(chain.from_iterable(combinations(flags, n) for n in range(len(flags) + 1)))
    for levels in product(*(range(skills[n] + 1) for n in names)):
        for raised in flag_sets:
            yield dict(zip(names, levels, strict=True)), frozenset(raised)


def check_transitions(
    scenario: Scenario, doc: YamlDocument, rubrics: Mapping[str, Rubric]
) -> list[Problem]:
    problems: list[Problem] = []
    flags = known_flags(rubrics)
    for nid, node in scenario.nodes.items():
        parsed: list[list[Condition] | None] = []
        for i, transition in enumerate(node.transitions):
            raw = transition.when.get("flags")
            if raw is not None and flags and str(raw).strip() not in flags:
                name = str(raw).strip()
                problems.append(
                    doc.problem(
                        ("nodes", nid, "transitions", i, "when", "flags"),
                        f"no rubric raises the flag '{name}', so this transition never fires",
                        _did_you_mean(name, flags) + f"the rubrics' flags: {', '.join(flags)}",
                    )
                )
                parsed.append(None)
                continue
            parsed.append(_parsed(transition.when, rubrics))
        named_flags = sorted({c.flag for conds in parsed if conds for c in conds if c.flag})
        skills = {name: rubric.max_level for name, rubric in rubrics.items()}
        size = 2 ** len(named_flags)
        for top in skills.values():
            size *= top + 1
        if size > MAX_COMBINATIONS:
            continue
        worlds = list(_worlds(skills, named_flags))
        for j, conds in enumerate(parsed):
            if conds is None or j == 0:
                continue
            fires_somewhere = False
            covered_by: set[int] = set()
            for levels, raised in worlds:
                if not all(c.holds(levels, raised) for c in conds):
                    continue
                earlier = next(
                    (
                        i
                        for i, before in enumerate(parsed[:j])
                        if before is not None and all(c.holds(levels, raised) for c in before)
                    ),
                    None,
                )
                if earlier is None:
                    fires_somewhere = True
                    break
                covered_by.add(earlier)
            if not fires_somewhere and covered_by:
                numbers = [str(i + 1) for i in sorted(covered_by)]
                which = (
                    f"transition {numbers[0]} before it matches"
                    if len(numbers) == 1
                    else f"transitions {', '.join(numbers[:-1])} and {numbers[-1]} before it match"
                )
                problems.append(
                    doc.problem(
                        ("nodes", nid, "transitions", j),
                        f"transition {j + 1} in '{nid}' can never fire: {which} every reply it would",
                        "move it above the broader one, or remove it",
                        severity=Severity.WARNING,
                    )
                )
    return problems
