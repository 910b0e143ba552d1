"""Loading and checking course files, collecting every problem as `file:line:col`.

The same layers as scenarios (`simulator.content.loading`): YAML syntax, the typed model, then
cross-checks (unit and drill ids used once, the pass condition readable, scenario ids that
exist), then teaching-quality warnings (stigmatising terms, drill items without a good and a
poor example, units with fewer drill items than a set).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.content.conditions import ConditionError, parse_condition
from simulator.content.lint import lint_terms
from simulator.content.loading import YAML_SUFFIXES, RubricSet, _did_you_mean, _load
from simulator.content.paths import courses_dir, scenarios_dir
from simulator.content.problems import Problem, Severity
from simulator.content.yaml_source import Loc, Unreadable, YamlDocument, read_regular

if TYPE_CHECKING:
    from simulator.content.course import Course

#: A course file has a top-level `units:` key; scenarios and rubrics never do.
COURSE_KEY = re.compile(r"^units\s*:", re.MULTILINE)
_ID_LINE = re.compile(r"^id\s*:\s*['\"]?([a-z0-9][a-z0-9_-]*)", re.MULTILINE)


def looks_like_course(path: Path) -> bool:
    """A course has a top-level `units:` key. Only a regular file is read (a FIFO or a
    device would hang or fill memory); the loader names what else it is."""
    try:
        head = read_regular(path)[:200_000].decode("utf-8", "replace")
    except Unreadable:
        return False
    return bool(COURSE_KEY.search(head))


def scenario_ids_in(folder: Path) -> set[str]:
    """The ids the scenario files in `folder` declare (read cheaply, without loading them)."""
    ids: set[str] = set()
    try:
        files = [p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file()]
    except OSError:
        return ids
    for path in files:
        try:
            match = _ID_LINE.search(read_regular(path).decode("utf-8", "replace"))
        except Unreadable:
            continue
        if match:
            ids.add(match.group(1))
    return ids


def _check(
    course: Course, doc: YamlDocument, rubrics: RubricSet, scenario_ids: Collection[str]
) -> list[Problem]:
    problems: list[Problem] = []
    unit_ids: set[str] = set()
    for i, unit in enumerate(course.units):
        base: Loc = ("units", i)
        if unit.id in unit_ids:
            problems.append(doc.problem((*base, "id"), f"unit id '{unit.id}' is used twice"))
        unit_ids.add(unit.id)
        try:
            parse_condition(unit.skill, unit.pass_condition, rubrics.rubrics)
        except ConditionError as exc:
            problems.append(doc.problem((*base, "passes"), str(exc), exc.hint))
        item_ids: set[str] = set()
        for j, item in enumerate(unit.drills):
            if item.id in item_ids:
                problems.append(
                    doc.problem(
                        (*base, "drills", j, "id"),
                        f"drill id '{item.id}' is used twice in unit '{unit.id}'",
                    )
                )
            item_ids.add(item.id)
        for j, ref in enumerate(unit.scenarios):
            if ref not in scenario_ids:
                problems.append(
                    doc.problem(
                        (*base, "scenarios", j),
                        f"unknown scenario '{ref}'",
                        _did_you_mean(ref, scenario_ids)
                        or "use an id that 'peer-practice scenarios' lists",
                    )
                )
    return problems


def _lint(course: Course, doc: YamlDocument) -> list[Problem]:
    def warn(loc: Loc, message: str, hint: str = "") -> Problem:
        return doc.problem(loc, message, hint, severity=Severity.WARNING, prefer_key=True)

    problems: list[Problem] = []
    skip: set[Loc] = set()
    for i, unit in enumerate(course.units):
        base: Loc = ("units", i)
        if len(unit.drills) < course.drill_set_size:
            problems.append(
                warn(
                    (*base, "drills"),
                    f"unit '{unit.id}' has {len(unit.drills)} drill items, fewer than a set "
                    f"({course.drill_set_size})",
                    "write more items so missed ones can come back among new ones",
                )
            )
        for j, lesson_example in enumerate(unit.lesson.examples):
            if lesson_example.quality == "poor":
                skip.add((*base, "lesson", "examples", j, "reply"))
        for j, item in enumerate(unit.drills):
            here: Loc = (*base, "drills", j)
            for k, example in enumerate(item.examples):
                if example.quality == "poor":
                    skip.add((*here, "examples", k, "reply"))
            for k, pitfall in enumerate(item.pitfalls):
                for m in range(len(pitfall.cues)):
                    skip.add((*here, "pitfalls", k, "cues", m))
                skip.add((*here, "pitfalls", k, "cues"))
            for quality in ("good", "poor"):
                if not any(e.quality == quality for e in item.examples):
                    problems.append(
                        warn(
                            (*here, "examples"),
                            f"drill '{item.id}' has no {quality} example reply",
                            "trainees learn from seeing both a good and a poor reply",
                        )
                    )
            if unit.skill == "paraphrasing" and not item.key_points:
                problems.append(warn(here, f"drill '{item.id}' has no key points to paraphrase"))
            if unit.skill == "validation" and not item.feelings:
                problems.append(warn(here, f"drill '{item.id}' has no feelings to validate"))
    # Poor example replies show what not to say, so their wording is not linted.
    problems += lint_terms(doc, skip_locs=skip)
    return problems


def load_course(
    path: Path, rubrics: RubricSet, scenario_ids: Collection[str], *, lint: bool = True
) -> tuple[Course | None, list[Problem]]:
    """One course file; the course is None when it has any error. `lint=False` skips the
    teaching-quality warnings (the app shows only errors, and starts faster without them)."""
    # The course models are imported here: `validate` on scenarios alone never needs them.
    from simulator.content.course import Course

    course, doc, problems = _load(path, Course)
    if course is None or doc is None:
        return None, problems
    problems += _check(course, doc, rubrics, scenario_ids)
    if lint:
        problems += _lint(course, doc)
    ok = not any(p.is_error for p in problems)
    return (course if ok else None), problems


@dataclass
class CourseSet:
    """The courses found in a folder (by file name) and the problems met loading them."""

    courses: list[Course] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def main(self) -> Course | None:
        """The course the home path follows: the first by file name."""
        return self.courses[0] if self.courses else None


def load_courses(
    rubrics: RubricSet,
    folder: Path | None = None,
    scenario_ids: Collection[str] | None = None,
    *,
    lint: bool = True,
) -> CourseSet:
    folder = folder or courses_dir()
    ids = scenario_ids if scenario_ids is not None else scenario_ids_in(scenarios_dir())
    result = CourseSet()
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file())
    except OSError as exc:
        message = "cannot read the course folder" if folder.exists() else "no such course folder"
        result.problems.append(
            Problem(folder, 1, 1, f"{message}: {exc.strerror or exc}", "check the path")
        )
        return result
    seen: dict[str, Path] = {}
    for path in files:
        course, found = load_course(path, rubrics, ids, lint=lint)
        result.problems += found
        if course is None:
            continue
        if course.id in seen:
            result.problems.append(
                Problem(
                    path, 1, 1, f"course id '{course.id}' is also used by {seen[course.id].name}"
                )
            )
            continue
        seen[course.id] = path
        result.courses.append(course)
    return result
