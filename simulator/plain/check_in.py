"""The optional check-in before a scenario with content notes in plain mode (`peer-practice
play --plain`, and the plain chooser): the same question, scale and choices as before a
heavy unit of the course (`PlainCourse.ask_check_in`), filed in the private journal the
same way.

Asked only in a terminal: a script's piped lines are replies, and must never be taken as
check-in answers. Never asked when the trainee turned check-ins off (`TraineeSettings`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import TextIO

from simulator.content.scenario import Scenario
from simulator.plain.course import PlainCourse
from simulator.practice.course_store import CourseStore
from simulator.practice.trainee_settings import TraineeSettings, unit_for_scenario
from simulator.scoring import Scorer
from simulator.store.database import Store


def check_in_before_play(
    scenario: Scenario,
    scorer: Scorer,
    store: Store,
    trainee: str,
    out: TextIO,
    read_line: Callable[[str], str | None],
    *,
    courses: Path | None = None,
    scenario_ids: Collection[str] | None = None,
) -> bool:
    """Offer the check-in; True to go on to the scenario. False when they chose to stop for
    today, or a lighter unit (whose drill has then been run instead)."""
    from simulator.content.course_loading import load_courses

    if not scenario.content_notes or not TraineeSettings(store, trainee).check_ins_offered:
        return True
    course = load_courses(scorer.rubrics, courses, scenario_ids=scenario_ids, lint=False).main
    if course is None:  # no usable course file: its words and choices aren't there to offer
        return True
    plain = PlainCourse(course, scorer, CourseStore(store, trainee), out, read_line)
    choice, unit = plain.ask_check_in(unit_for_scenario(course, scenario.id))
    if choice == "lighter" and unit is not None:
        plain.run_drill(unit, check_in=False)
    return choice == "go"
