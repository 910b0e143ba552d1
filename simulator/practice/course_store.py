"""What a trainee did on the course path, kept in the local store: lessons read, drill sets
and their Leitner boxes, and the private journal (reflection answers and check-ins).

Rows are keyed by the trainee's name ('' for a guest), like calibration ratings, so
`Store.forget` removes them with everything else (see `PER_TRAINEE_TABLES`). Nothing here is
scored or shown to anyone but the trainee; the journal leaves the machine only through
`peer-practice export`, which the trainee runs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from simulator.content.course import Course, Unit
from simulator.practice.leitner import BoxState, after_answer
from simulator.store.database import Store

ACTIVITIES = ("lesson", "drill", "scenario", "reflection")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class JournalEntry:
    id: int
    trainee: str
    kind: str  # "reflection", "check-in" or "check-out"
    course_id: str
    unit_id: str
    prompt: str
    rating: int | None
    entry: str
    at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "trainee": self.trainee,
            "course": self.course_id,
            "unit": self.unit_id,
            "prompt": self.prompt,
            "rating": self.rating,
            "entry": self.entry,
            "at": self.at,
        }


@dataclass
class UnitProgress:
    lesson: bool = False
    drill_sets: int = 0
    last_drill: tuple[int, int] | None = None  # (done well, answered) in the last full set
    scenarios_done: set[str] = field(default_factory=set)
    reflected: bool = False

    def done(self, unit: Unit) -> dict[str, bool]:
        """Each activity of the unit, and whether it has been done."""
        steps = {"lesson": self.lesson, "drill": self.drill_sets > 0}
        for scenario_id in unit.scenarios:
            steps[f"scenario:{scenario_id}"] = scenario_id in self.scenarios_done
        steps["reflection"] = self.reflected
        return steps

    def fraction(self, unit: Unit) -> tuple[int, int]:
        steps = self.done(unit)
        return sum(steps.values()), len(steps)

    def complete(self, unit: Unit) -> bool:
        done, total = self.fraction(unit)
        return done == total


@dataclass(frozen=True)
class Suggestion:
    unit: Unit
    number: int
    activity: str  # "lesson", "drill", "scenario" or "reflection"
    scenario_id: str = ""

    def describe(self, titles: Mapping[str, str] | None = None) -> str:
        """In words; `titles` gives scenario titles by id (the id is said otherwise)."""
        title = (titles or {}).get(self.scenario_id, self.scenario_id)
        return {
            "lesson": "read the short lesson",
            "drill": "a quick drill set",
            "scenario": f"the scenario “{title}”",
            "reflection": "answer the reflection question",
        }[self.activity]


def suggest(course: Course, progress: dict[str, UnitProgress]) -> Suggestion:
    """The next thing to do: the first unfinished activity of the first unfinished unit;
    when all is done, a drill set in the last unit (review)."""
    for number, unit in enumerate(course.units, 1):
        state = progress.get(unit.id, UnitProgress())
        for step, done in state.done(unit).items():
            if not done:
                kind, _, scenario_id = step.partition(":")
                return Suggestion(unit, number, kind, scenario_id)
    return Suggestion(course.units[-1], len(course.units), "drill")


class CourseStore:
    """The course path state of one trainee ('' for a guest)."""

    def __init__(self, store: Store, trainee: str = "") -> None:
        self.store = store
        self.trainee = trainee

    @property
    def db(self) -> Any:
        return self.store.db

    def _event(self, course_id: str, unit_id: str, kind: str, detail: dict[str, Any]) -> None:
        with self.store.transaction():
            self.db.execute(
                "INSERT INTO course_events (trainee, course_id, unit_id, kind, detail, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (self.trainee, course_id, unit_id, kind, json.dumps(detail), _now()),
            )

    # ------------------------------------------------------------------ lessons
    def lesson_read(self, course_id: str, unit_id: str) -> None:
        self._event(course_id, unit_id, "lesson", {})

    # ------------------------------------------------------------------- drills
    def start_drill_set(self, course_id: str, unit_id: str) -> int:
        """Record a new set and return its number (1 for the first)."""
        row = self.db.execute(
            "SELECT COUNT(*) FROM course_events WHERE trainee = ? AND course_id = ? "
            "AND unit_id = ? AND kind = 'drill_set'",
            (self.trainee, course_id, unit_id),
        ).fetchone()
        number = int(row[0]) + 1
        self._event(course_id, unit_id, "drill_set", {"set": number})
        return number

    def boxes(self, course_id: str, unit_id: str) -> dict[str, BoxState]:
        rows = self.db.execute(
            "SELECT item_id, box, due_set, right, missed FROM drill_boxes "
            "WHERE trainee = ? AND course_id = ? AND unit_id = ?",
            (self.trainee, course_id, unit_id),
        )
        return {
            r["item_id"]: BoxState(r["box"], r["due_set"], r["right"], r["missed"]) for r in rows
        }

    def record_answer(
        self, course_id: str, unit_id: str, item_id: str, passed: bool, set_number: int
    ) -> BoxState:
        state = after_answer(self.boxes(course_id, unit_id).get(item_id), passed, set_number)
        with self.store.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO drill_boxes (trainee, course_id, unit_id, item_id, box, "
                "due_set, right, missed, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self.trainee,
                    course_id,
                    unit_id,
                    item_id,
                    state.box,
                    state.due_set,
                    state.right,
                    state.missed,
                    _now(),
                ),
            )
        return state

    def finish_drill_set(self, course_id: str, unit_id: str, passed: int, answered: int) -> None:
        self._event(course_id, unit_id, "drill_done", {"passed": passed, "answered": answered})

    # ------------------------------------------------------------------ journal
    def add_journal(
        self,
        kind: str,
        entry: str,
        *,
        prompt: str = "",
        rating: int | None = None,
        course_id: str = "",
        unit_id: str = "",
    ) -> None:
        with self.store.transaction():
            self.db.execute(
                "INSERT INTO journal (trainee, kind, course_id, unit_id, prompt, rating, entry, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (self.trainee, kind, course_id, unit_id, prompt, rating, entry, _now()),
            )

    def journal(self) -> list[JournalEntry]:
        return journal_entries(self.store, self.trainee)

    # ----------------------------------------------------------------- progress
    def progress(self, course: Course) -> dict[str, UnitProgress]:
        result = {unit.id: UnitProgress() for unit in course.units}
        rows = self.db.execute(
            "SELECT unit_id, kind, detail FROM course_events WHERE trainee = ? AND course_id = ? "
            "ORDER BY id",
            (self.trainee, course.id),
        )
        for row in rows:
            state = result.get(row["unit_id"])
            if state is None:
                continue
            if row["kind"] == "lesson":
                state.lesson = True
            elif row["kind"] == "drill_done":
                detail = json.loads(row["detail"])
                state.drill_sets += 1
                state.last_drill = (int(detail["passed"]), int(detail["answered"]))
        for row in self.db.execute(
            "SELECT DISTINCT unit_id FROM journal WHERE trainee = ? AND course_id = ? "
            "AND kind = 'reflection'",
            (self.trainee, course.id),
        ):
            if row["unit_id"] in result:
                result[row["unit_id"]].reflected = True
        done = self.store.scenarios_done(self.trainee) if self.trainee else set()
        for unit in course.units:
            result[unit.id].scenarios_done = done & set(unit.scenarios)
        return result


def journal_entries(store: Store, trainee: str | None = None) -> list[JournalEntry]:
    """Journal entries, oldest first: one trainee's, or everyone's (None)."""
    sql = "SELECT * FROM journal"
    args: tuple[str, ...] = ()
    if trainee is not None:
        sql += " WHERE trainee = ?"
        args = (trainee,)
    rows = store.db.execute(sql + " ORDER BY at, id", args)
    return [
        JournalEntry(
            r["id"],
            r["trainee"],
            r["kind"],
            r["course_id"],
            r["unit_id"],
            r["prompt"],
            r["rating"],
            r["entry"],
            r["at"],
        )
        for r in rows
    ]
