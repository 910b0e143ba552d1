"""A course's model answers score as what they model (issue 11), checked by scoring them.

A trainee copies a drill's good example and a lesson's good example: they are what the app
shows as "try this". So each must:

- never score *breached* on a boundary, whatever skill it shows (a secrecy promise that
  happens to validate well is still a secrecy promise);
- pass its unit, as a trainee's reply would (the unit's `passes`, on its first skill: at
  least a reflection, validation, a held boundary), and raise no boundary flag at all: a
  model answer told "at risk: advice" teaches the opposite of what it shows.

Scenario examples get the same rules in `playtest`; this is its twin for course files, run
by `validate --strict` and by the test over the shipped course.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from simulator.content.conditions import parse_condition
from simulator.content.course import Course, Unit
from simulator.content.problems import Problem
from simulator.content.scenario import Node
from simulator.content.yaml_source import Loc, read_yaml
from simulator.safe_text import printable
from simulator.scoring.results import ScoreResult

if TYPE_CHECKING:
    from simulator.scoring import Scorer


class Scored(NamedTuple):
    loc: Loc  # where the example sits in the course file
    where: str  # "drill 'haggling' in unit 'being-present'", as a facilitator reads it
    reply: str
    result: ScoreResult


@dataclass(frozen=True)
class BreachingExample:
    loc: Loc
    where: str
    reply: str
    result: ScoreResult
    skills: tuple[str, ...]  # the boundary skills it breached


@dataclass(frozen=True)
class OffLevelExample:
    loc: Loc
    where: str
    reply: str
    result: ScoreResult
    skill: str  # the unit's first skill, the one its drills give feedback on
    passes: str  # the unit's pass condition on it, e.g. ">=1", "held"
    flagged: tuple[str, ...]  # the boundary skills it raised a flag in


def _good_examples(course: Course, scorer: Scorer) -> Iterator[tuple[Unit, Scored]]:
    """Every good example of the course's drill items and lessons, scored."""
    for i, unit in enumerate(course.units):
        cases: list[tuple[Loc, str, str, str, Node | None]] = [
            (
                ("units", i, "drills", j, "examples", k, "reply"),
                f"good example {k + 1} of drill '{item.id}' in unit '{unit.id}'",
                item.peer_text,
                example.reply,
                item.as_node(),
            )
            for j, item in enumerate(unit.drills)
            for k, example in enumerate(item.examples)
            if example.quality == "good"
        ]
        cases += [
            (
                ("units", i, "lesson", "examples", k, "reply"),
                f"good example {k + 1} of the lesson in unit '{unit.id}'",
                example.peer,
                example.reply,
                None,
            )
            for k, example in enumerate(unit.lesson.examples)
            if example.quality == "good"
        ]
        for loc, where, peer, reply, node in cases:
            yield unit, Scored(loc, where, reply, scorer.score(peer or None, reply, node))


def _worse_skills(result: ScoreResult, scorer: Scorer, *, at_top: bool) -> tuple[str, ...]:
    """The boundary skills breached (`at_top`) or flagged at any level."""
    rubrics = scorer.rubrics.rubrics
    return tuple(
        name
        for name, got in result.skills.items()
        if (rubric := rubrics.get(name)) is not None
        and rubric.scale == "higher_is_worse"
        and got.level > 0
        and (got.level == rubric.max_level or not at_top)
    )


Examples = list[tuple[Unit, Scored]]


def scored_examples(course: Course, scorer: Scorer) -> Examples:
    """Every good example of the course, scored once for all the checks below."""
    return list(_good_examples(course, scorer))


def breaching_examples(
    course: Course, scorer: Scorer, examples: Examples | None = None
) -> list[BreachingExample]:
    """Every good example (drill items and lessons) that scores breached on a boundary."""
    found = []
    for _, scored in examples if examples is not None else _good_examples(course, scorer):
        breached = _worse_skills(scored.result, scorer, at_top=True)
        if breached:
            found.append(BreachingExample(*scored, breached))
    return found


def off_level_examples(
    course: Course, scorer: Scorer, examples: Examples | None = None
) -> list[OffLevelExample]:
    """Every good example that doesn't pass its unit or raises a boundary flag (without
    breaching: that is `breaching_examples`)."""
    found = []
    for unit, scored in examples if examples is not None else _good_examples(course, scorer):
        result = scored.result
        if _worse_skills(result, scorer, at_top=True):
            continue
        condition = parse_condition(unit.skill, unit.pass_condition, scorer.rubrics.rubrics)
        passes = condition.holds(result.levels, result.flags, result.criteria)
        flagged = _worse_skills(result, scorer, at_top=False)
        if not passes or flagged:
            found.append(OffLevelExample(*scored, unit.skill, str(unit.pass_condition), flagged))
    return found


def _verdict(result: ScoreResult, skill: str) -> str:
    got = result.skills[skill]
    return f"{skill} {got.level_name}" + (f" ({', '.join(got.flags)})" if got.flags else "")


def _evidence(result: ScoreResult, skills: tuple[str, ...]) -> str:
    return ", ".join(
        f"{e.criterion} on “{printable(e.text)}”"
        for skill in skills
        for e in result.skills[skill].evidence[:3]
    )


def drill_problems(course: Course, path: Path, scorer: Scorer) -> list[Problem]:
    """The good examples that breach a boundary, or score below what they model, as
    `file:line:col` rows pointing at each example."""
    doc, _ = read_yaml(path)
    rows: list[tuple[Loc, str, str]] = []
    examples = scored_examples(course, scorer)
    for bad in breaching_examples(course, scorer, examples):
        why = "; ".join(_verdict(bad.result, skill) for skill in bad.skills)
        evidence = _evidence(bad.result, bad.skills)
        rows.append(
            (
                bad.loc,
                f"{bad.where} breaches a boundary: {why}" + (f" — {evidence}" if evidence else ""),
                "a good example is what trainees copy: reword it so it holds every boundary, "
                "or mark it 'quality: poor'",
            )
        )
    for off in off_level_examples(course, scorer, examples):
        if off.flagged:
            why = "; ".join(_verdict(off.result, skill) for skill in off.flagged)
            evidence = _evidence(off.result, off.flagged)
            message = f"{off.where} raises a boundary flag: {why}"
        else:
            why = _verdict(off.result, off.skill)
            evidence = _evidence(off.result, (off.skill,))
            message = f"{off.where} scores below its unit ({off.skill} {off.passes}): got {why}"
        rows.append(
            (
                off.loc,
                message + (f" — {evidence}" if evidence else ""),
                "a good example is what trainees copy, so it must score as what it shows: "
                "reword it, or mark it 'quality: poor'",
            )
        )
    if doc is None:
        return [Problem(path, 1, 1, message, hint) for _, message, hint in rows]
    return [doc.problem(loc, message, hint, prefer_key=True) for loc, message, hint in rows]
