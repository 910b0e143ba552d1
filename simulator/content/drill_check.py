"""A course's model answers never breach a boundary (issue 11), checked by scoring them.

A trainee copies a drill's good example and a lesson's good example: they are what the app
shows as "try this". Whatever skill a drill practises, its good answer must not score
*breached* on any boundary (a secrecy promise that happens to validate well is still a
secrecy promise). Scenario examples get the same rule in `playtest`; this is its twin for
course files, run by `validate --strict` and by the test over the shipped course.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.content.course import Course
from simulator.content.problems import Problem
from simulator.content.scenario import Node
from simulator.content.yaml_source import Loc, read_yaml
from simulator.safe_text import printable
from simulator.scoring.results import ScoreResult

if TYPE_CHECKING:
    from simulator.scoring import Scorer


@dataclass(frozen=True)
class BreachingExample:
    loc: Loc  # where the example sits in the course file
    where: str  # "drill 'haggling' in unit 'being-present'", as a facilitator reads it
    reply: str
    result: ScoreResult
    skills: tuple[str, ...]  # the boundary skills it breached


def breaching_examples(course: Course, scorer: Scorer) -> list[BreachingExample]:
    """Every good example (drill items and lessons) that scores breached on a boundary."""
    rubrics = scorer.rubrics.rubrics
    found = []
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
            result = scorer.score(peer or None, reply, node)
            breached = tuple(
                name
                for name, got in result.skills.items()
                if (rubric := rubrics.get(name)) is not None
                and rubric.scale == "higher_is_worse"
                and got.level == rubric.max_level > 0
            )
            if breached:
                found.append(BreachingExample(loc, where, reply, result, breached))
    return found


def drill_problems(course: Course, path: Path, scorer: Scorer) -> list[Problem]:
    """The breaching good examples as `file:line:col` rows, pointing at each example."""
    doc, _ = read_yaml(path)
    problems = []
    for bad in breaching_examples(course, scorer):
        why = "; ".join(
            f"{skill} {bad.result.skills[skill].level_name}"
            + (
                f" ({', '.join(bad.result.skills[skill].flags)})"
                if bad.result.skills[skill].flags
                else ""
            )
            for skill in bad.skills
        )
        evidence = ", ".join(
            f"{e.criterion} on “{printable(e.text)}”"
            for skill in bad.skills
            for e in bad.result.skills[skill].evidence[:3]
        )
        message = f"{bad.where} breaches a boundary: {why}" + (f" — {evidence}" if evidence else "")
        hint = (
            "a good example is what trainees copy: reword it so it holds every boundary, "
            "or mark it 'quality: poor'"
        )
        if doc is None:
            problems.append(Problem(path, 1, 1, message, hint))
        else:
            problems.append(doc.problem(bad.loc, message, hint, prefer_key=True))
    return problems
