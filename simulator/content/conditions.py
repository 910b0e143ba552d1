"""Transition conditions: `{validation: ">=1", boundaries: held}` parsed and checked.

A condition names a skill and compares the level the reply reached with a number or a level
name from that skill's rubric. The key `flags` instead asks whether a boundary flag fired, and
the key `criterion` whether a rubric criterion was met (its evidence is in the result, whatever
its weight): `{criterion: asks_directly_about_safety, boundaries: held}` credits a direct
safety question that no level shows.
Parsing needs the rubrics (level names live there); checking needs only the turn's result.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from simulator.content.rubric import Rubric
from simulator.content.scenario import Node

_OPS: dict[str, Callable[[int, int], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
    ">": operator.gt,
    "<": operator.lt,
    "": operator.eq,
}
_SYNTAX = re.compile(r"^\s*(>=|<=|==|!=|>|<)?\s*([A-Za-z0-9_-]+)\s*$")


@dataclass(frozen=True, slots=True)
class Condition:
    skill: str
    op: str
    level: int = 0
    flag: str = ""

    def holds(
        self,
        levels: Mapping[str, int],
        flags: frozenset[str],
        criteria: frozenset[str] = frozenset(),
    ) -> bool:
        if self.skill == "flags":
            return self.flag in flags
        if self.skill == "criterion":
            return self.flag in criteria
        return _OPS[self.op](levels.get(self.skill, 0), self.level)


class ConditionError(ValueError):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


def parse_condition(skill: str, raw: str | int, rubrics: Mapping[str, Rubric]) -> Condition:
    """Parse one `skill: condition` pair, or raise ConditionError saying what is wrong."""
    if skill == "flags":
        return Condition("flags", "", flag=str(raw).strip())
    if skill == "criterion":
        name = str(raw).strip()
        if not any(c.id == name for r in rubrics.values() for c in r.criteria):
            raise ConditionError(
                f"no rubric has a criterion '{name}', so this transition never fires",
                "name a criterion id from rubrics/*.yaml",
            )
        return Condition("criterion", "", flag=name)
    rubric = rubrics.get(skill)
    if rubric is None:
        known = ", ".join([*sorted(rubrics), "flags", "criterion"])
        raise ConditionError(f"unknown skill '{skill}' in a transition", f"use one of: {known}")
    if isinstance(raw, bool):
        raise ConditionError(f"condition for '{skill}' must be a level, not true/false")
    if isinstance(raw, int):
        op, word = "", str(raw)
    else:
        match = _SYNTAX.match(raw)
        if not match:
            raise ConditionError(
                f"cannot read condition '{raw}' for '{skill}'",
                "write a level with an optional comparison, e.g. '>=1' or 'held'",
            )
        op, word = match.group(1) or "", match.group(2)
    if word.isdigit():
        level = int(word)
        if level > rubric.max_level:
            raise ConditionError(
                f"'{skill}' has levels 0 to {rubric.max_level}; {level} can never happen"
            )
    else:
        named = rubric.level_named(word)
        if named is None:
            names = ", ".join(lv.name for lv in rubric.levels)
            raise ConditionError(f"'{skill}' has no level named '{word}'", f"use one of: {names}")
        level = named.level
    return Condition(skill, op, level)


def next_node_id(
    node: Node,
    levels: Mapping[str, int],
    flags: frozenset[str],
    rubrics: Mapping[str, Rubric],
    criteria: frozenset[str] = frozenset(),
) -> str:
    """Where a reply leads from `node`: the first transition whose conditions all hold, else
    the node's default. Used by solo sessions and pair practice alike. `criteria` are the
    criteria the reply met (`ScoreResult.criteria`), for `criterion:` conditions."""
    for transition in node.transitions:
        if all(
            parse_condition(k, v, rubrics).holds(levels, flags, criteria)
            for k, v in transition.when.items()
        ):
            return transition.to
    assert node.default is not None, "validated scenarios have a default on every non-ending"
    return node.default
