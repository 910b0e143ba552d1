"""A drill set: rapid single-turn practice of one unit's skill, scored like scenario moments.

Each item is scored by the ordinary scorer (`DrillItem.as_node()`), and counts as done well
when the unit's pass condition holds on its skill and no boundary was breached. Answers are
committed to the Leitner boxes as they come, so leaving half-way loses nothing and costs
nothing: items not answered keep their place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from simulator.content.conditions import Condition, parse_condition
from simulator.content.course import Course, DrillItem, Unit
from simulator.practice.course_store import CourseStore
from simulator.practice.leitner import choose_set
from simulator.scoring import Scorer
from simulator.scoring.results import ScoreResult, SkillResult


@dataclass(frozen=True)
class DrillAnswer:
    item: DrillItem
    reply: str
    result: ScoreResult
    passed: bool
    #: The result on the skill the unit drills.
    skill: SkillResult


def pass_condition(unit: Unit, scorer: Scorer) -> Condition:
    return parse_condition(unit.skill, unit.pass_condition, scorer.rubrics.rubrics)


def passes(unit: Unit, scorer: Scorer, result: ScoreResult) -> bool:
    """Done well: the unit's condition holds, and no boundary was breached."""
    if not pass_condition(unit, scorer).holds(result.levels, result.flags, result.criteria):
        return False
    boundaries = result.skills.get("boundaries")
    top = scorer.rubrics.rubrics["boundaries"].max_level if boundaries else 0
    return boundaries is None or unit.skill == "boundaries" or boundaries.level < top


def score_item(unit: Unit, item: DrillItem, scorer: Scorer, reply: str) -> DrillAnswer:
    result = scorer.score(item.peer_text, reply, item.as_node())
    return DrillAnswer(item, reply, result, passes(unit, scorer, result), result.skills[unit.skill])


@dataclass
class DrillRun:
    """One set of a unit's drill items, in the order the boxes chose."""

    course: Course
    unit: Unit
    scorer: Scorer
    items: list[DrillItem]
    set_number: int
    progress: CourseStore | None = None
    answers: list[DrillAnswer] = field(default_factory=list)
    position: int = 0
    save_error: Exception | None = None

    @classmethod
    def start(
        cls, course: Course, unit: Unit, scorer: Scorer, progress: CourseStore | None
    ) -> DrillRun:
        """A new set; with a store, its boxes choose the items and the set is recorded."""
        ids = [item.id for item in unit.drills]
        if progress is None:
            chosen, number = ids[: course.drill_set_size], 1
        else:
            number = progress.start_drill_set(course.id, unit.id)
            states = progress.boxes(course.id, unit.id)
            chosen = choose_set(ids, states, number, course.drill_set_size)
        by_id = {item.id: item for item in unit.drills}
        return cls(course, unit, scorer, [by_id[i] for i in chosen], number, progress)

    @property
    def current(self) -> DrillItem | None:
        return self.items[self.position] if self.position < len(self.items) else None

    @property
    def is_over(self) -> bool:
        return self.position >= len(self.items)

    @property
    def passed(self) -> int:
        return sum(a.passed for a in self.answers)

    def answer(self, reply: str) -> DrillAnswer:
        """Score `reply` to the current item here and take it (plain mode)."""
        item = self.current
        if item is None:
            raise IndexError("the drill set is over")
        return self.take(reply, self.scorer.score(item.peer_text, reply, item.as_node()))

    def take(self, reply: str, result: ScoreResult) -> DrillAnswer:
        """Take a reply to the current item with its scores (scored elsewhere, e.g. in the
        app's background thread), keep it in the boxes and move on."""
        item = self.current
        if item is None:
            raise IndexError("the drill set is over")
        answer = DrillAnswer(
            item,
            reply,
            result,
            passes(self.unit, self.scorer, result),
            result.skills[self.unit.skill],
        )
        self.answers.append(answer)
        self.position += 1
        if self.progress is not None:
            self._save(
                lambda progress: progress.record_answer(
                    self.course.id, self.unit.id, item.id, answer.passed, self.set_number
                )
            )
            if self.is_over:
                self.finish()
        return answer

    def _save(self, action: Callable[[CourseStore], object]) -> None:
        """Keep practising when the store can't be written (a full disk): the answer still
        counts on screen, and `save_error` says what went wrong."""
        if self.progress is None:
            return
        try:
            action(self.progress)
        except (sqlite3.Error, OSError) as exc:
            self.save_error = exc

    def skip(self) -> None:
        """Move on without answering; the item keeps its box (it is due again soon)."""
        self.position += 1
        if self.is_over and self.progress is not None:
            self.finish()

    def finish(self) -> None:
        self._save(
            lambda progress: progress.finish_drill_set(
                self.course.id, self.unit.id, self.passed, len(self.answers)
            )
        )
