"""Drill sets and their spaced repetition, kept in the store: a missed item comes back in
the next set, items done well wait longer, and `forget` removes it all."""

from __future__ import annotations

from pathlib import Path

from simulator.content.course_loading import load_courses
from simulator.content.loading import require_rubrics
from simulator.practice.course_store import CourseStore, journal_entries, suggest
from simulator.practice.drills import DrillRun
from simulator.practice.leitner import BoxState, after_answer, choose_set
from simulator.scoring import Scorer
from simulator.store.database import Store

COURSE = load_courses(require_rubrics()).main
assert COURSE is not None
UNIT = COURSE.units[0]


def good(item_id: str) -> str:
    item = next(i for i in UNIT.drills if i.id == item_id)
    return next(e.reply for e in item.examples if e.quality == "good")


def play_set(run: DrillRun, miss: set[str]) -> list[str]:
    seen = []
    while run.current is not None:
        seen.append(run.current.id)
        run.answer("Why?" if run.current.id in miss else good(run.current.id))
    return seen


def test_a_missed_item_comes_back_first_in_the_next_set(
    private_data_dir: Path, scorer: Scorer
) -> None:
    progress = CourseStore(Store(private_data_dir), "River")
    first = play_set(DrillRun.start(COURSE, UNIT, scorer, progress), miss={"bad-sleep"})
    assert "bad-sleep" in first and len(first) == COURSE.drill_set_size
    # A new process, a new connection: the boxes were kept in the store.
    progress = CourseStore(Store(private_data_dir), "River")
    second = DrillRun.start(COURSE, UNIT, scorer, progress)
    assert second.set_number == 2
    assert second.items[0].id == "bad-sleep"
    # The items not seen in the first set come next; those done well wait their turn.
    unseen = [i.id for i in UNIT.drills if i.id not in first]
    assert [i.id for i in second.items[1 : 1 + len(unseen)]] == unseen
    assert progress.progress(COURSE)[UNIT.id].last_drill == (COURSE.drill_set_size - 1, 6)


def test_each_trainee_has_their_own_boxes(private_data_dir: Path, scorer: Scorer) -> None:
    store = Store(private_data_dir)
    play_set(DrillRun.start(COURSE, UNIT, scorer, CourseStore(store, "River")), miss={"haggling"})
    other = DrillRun.start(COURSE, UNIT, scorer, CourseStore(store, "Ash"))
    assert other.set_number == 1
    assert [i.id for i in other.items] == [i.id for i in UNIT.drills][: COURSE.drill_set_size]


def test_boxes_move_up_when_done_well_and_back_to_one_when_missed() -> None:
    state = after_answer(None, True, 1)
    assert state == BoxState(2, 3, 1, 0)
    state = after_answer(state, True, 3)
    assert (state.box, state.due_set) == (3, 7)
    state = after_answer(state, False, 7)
    assert (state.box, state.due_set, state.missed) == (1, 8, 1)
    states = {"a": BoxState(3, 9), "b": BoxState(1, 2), "c": BoxState(2, 2)}
    assert choose_set(["a", "b", "c", "d"], states, 2, 3) == ["b", "c", "d"]


def test_skipping_an_item_is_not_counted_as_a_miss(private_data_dir: Path, scorer: Scorer) -> None:
    progress = CourseStore(Store(private_data_dir), "River")
    run = DrillRun.start(COURSE, UNIT, scorer, progress)
    skipped = run.current
    assert skipped is not None
    run.skip()
    assert skipped.id not in progress.boxes(COURSE.id, UNIT.id)


def test_the_path_suggests_the_next_unfinished_activity(
    private_data_dir: Path, scorer: Scorer
) -> None:
    progress = CourseStore(Store(private_data_dir), "River")
    assert suggest(COURSE, progress.progress(COURSE)).activity == "lesson"
    progress.lesson_read(COURSE.id, UNIT.id)
    assert suggest(COURSE, progress.progress(COURSE)).activity == "drill"
    play_set(DrillRun.start(COURSE, UNIT, scorer, progress), miss=set())
    step = suggest(COURSE, progress.progress(COURSE))
    assert (step.activity, step.scenario_id) == ("scenario", UNIT.scenarios[0])


def test_forget_removes_the_journal_and_the_boxes(private_data_dir: Path, scorer: Scorer) -> None:
    store = Store(private_data_dir)
    store.use_trainee("River")
    progress = CourseStore(store, "River")
    progress.add_journal("reflection", "I felt heard when she waited.", prompt="?", unit_id="u")
    play_set(DrillRun.start(COURSE, UNIT, scorer, progress), miss={"haggling"})
    CourseStore(store, "Ash").add_journal("check-in", "", rating=4)
    store.forget(trainee="River")
    assert journal_entries(store, "River") == []
    assert progress.boxes(COURSE.id, UNIT.id) == {}
    assert progress.progress(COURSE)[UNIT.id].drill_sets == 0
    assert [e.trainee for e in journal_entries(store)] == ["Ash"]
    raw = (private_data_dir / "practice.sqlite3").read_bytes()
    assert b"I felt heard when she waited" not in raw
