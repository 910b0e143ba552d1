"""The course path's flow between screens: units, lessons, drills, scenarios, reflections,
check-ins, check-outs and the support card.

Kept out of `app.py` so the app only holds one `CourseFlow`. Nothing here is scored but the
drills; check-ins and check-outs are always optional and only ever offer choices.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from simulator.content.course import Course, SupportCard, Unit
from simulator.content.course_loading import CourseSet, load_courses
from simulator.content.scenario import Scenario
from simulator.practice.course_store import CourseStore, Suggestion, UnitProgress, suggest
from simulator.practice.course_text import LOW, STOP_FOR_TODAY, default_support_card, lighter_unit
from simulator.practice.trainee_settings import (
    CHECK_INS_OFF,
    CHECK_INS_ON,
    TraineeSettings,
    unit_for_scenario,
)

if TYPE_CHECKING:
    from simulator.tui.app import PeerPracticeApp

SHARED_GUEST = (
    "This computer is shared, so journal entries are kept only under a name. "
    "Choose one with Switch name (Ctrl+T) if you'd like to keep them."
)


class CourseFlow:
    def __init__(self, app: PeerPracticeApp) -> None:
        self.app = app
        self._courses: CourseSet | None = None
        self._told = False  # problems in the course files are notified once
        #: Asked once a sitting ("How are you arriving today?"), before heavy content.
        self.checked_in = False
        #: On a shared computer without a name, "don't offer check-ins" lasts this sitting
        #: only (the next person at the tab hasn't chosen it).
        self._guest_check_ins = True

    # ------------------------------------------------------------------ content
    def preload(self) -> None:
        """Load the course files (called in the app's content thread, after the library)."""
        if self._courses is None:
            ids = {s.id for s in self.app.library.scenarios}
            self._courses = load_courses(
                self.app.rubrics, self.app.courses_folder, scenario_ids=ids, lint=False
            )

    @property
    def courses(self) -> CourseSet:
        if not self._told:
            self._told = True
            self.preload()
            assert self._courses is not None
            errors = [p for p in self._courses.problems if p.is_error]
            # In the studio the library is the facilitator's folder, not the course's.
            if errors and self.app.studio is None:
                self.app.notify(
                    f"{len(errors)} problem(s) in the course files, e.g. {errors[0].format()}\n"
                    "Run 'peer-practice validate' for the full list.",
                    title="The course could not be fully loaded",
                    severity="warning",
                    timeout=15,
                )
        assert self._courses is not None
        return self._courses

    @property
    def course(self) -> Course | None:
        return self.courses.main

    @property
    def support_card(self) -> SupportCard:
        if not self.app.content_ready:  # still loading: the built-in card, at once
            return default_support_card()
        course = self.course
        return course.support_card if course is not None else default_support_card()

    @property
    def journal_kept(self) -> bool:
        """On a shared computer (`serve`) without a name, nothing private is kept or shown:
        the next person at the tab would see it."""
        return not (self.app.shared and not self.app.trainee)

    @property
    def progress_store(self) -> CourseStore:
        return CourseStore(self.app.store, self.app.trainee or "")

    def progress(self) -> dict[str, UnitProgress]:
        course = self.course
        if course is None:
            return {}
        try:
            return self.progress_store.progress(course)
        except sqlite3.Error:
            return {unit.id: UnitProgress() for unit in course.units}

    def suggestion(self) -> Suggestion | None:
        course = self.course
        return suggest(course, self.progress()) if course is not None else None

    # --------------------------------------------------------------------- flow
    def show_course(self) -> None:
        from simulator.tui.screens.course import CourseScreen

        if self.course is None:
            self.app.notify("There is no course to show; check the courses folder.")
            return
        self.app.push_screen(CourseScreen())

    def continue_path(self) -> None:
        step = self.suggestion()
        if step is None:
            self.show_course()
            return
        self.open_unit(step.unit, then=step)

    def open_unit(self, unit: Unit, *, then: Suggestion | None = None) -> None:
        """The unit's screen (after a check-in when it has content notes), optionally going
        straight on to the suggested activity."""
        from simulator.tui.screens.course import UnitScreen

        def enter() -> None:
            self.app.push_screen(UnitScreen(unit))
            if then is not None and then.unit is unit:
                self.app.call_after_refresh(
                    lambda: self.start(unit, then.activity, then.scenario_id)
                )

        if unit.heavy:
            self.check_in(unit, enter)
        else:
            enter()

    def start(self, unit: Unit, activity: str, scenario_id: str = "") -> None:
        """Start one of a unit's activities; before its first practice, the lesson comes
        first (its main button then goes on to the activity)."""
        practice = activity in {"drill", "scenario"}
        if practice and not self.progress().get(unit.id, UnitProgress()).lesson:
            self.show_lesson(unit, then=(activity, scenario_id))
        elif activity == "lesson":
            self.show_lesson(unit)
        elif activity == "drill":
            self.start_drill(unit)
        elif activity == "scenario":
            self.start_scenario(unit, scenario_id)
        elif activity == "reflection":
            self.reflect(unit)

    def drill_by_ref(self, ref: str) -> None:
        """Open a unit (by id or number) and its drill, as `peer-practice drill UNIT` does."""
        course = self.course
        unit = course.unit(ref) if course is not None else None
        if unit is None:
            self.app.notify(f"There is no unit '{ref}' in the course.", severity="warning")
            return
        self.open_unit(unit, then=Suggestion(unit, self.course_number(unit), "drill"))

    def course_number(self, unit: Unit) -> int:
        course = self.course
        return course.number(unit) if course is not None else 0

    def show_lesson(self, unit: Unit, then: tuple[str, str] = ("drill", "")) -> None:
        from simulator.tui.screens.lesson import LessonScreen

        self.app.push_screen(LessonScreen(unit, then=then))

    def lesson_read(self, unit: Unit) -> None:
        course = self.course
        if course is not None:
            self.app.record(lambda: self.progress_store.lesson_read(course.id, unit.id))

    def start_drill(self, unit: Unit) -> None:
        from simulator.practice.drills import DrillRun
        from simulator.tui.screens.drill import DrillScreen

        course = self.course
        if course is None:
            return
        try:
            run = DrillRun.start(course, unit, self.app.scorer, self.progress_store)
        except sqlite3.Error as exc:
            self.app.notify(f"Couldn't keep drill progress ({exc}); practising without it.")
            run = DrillRun.start(course, unit, self.app.scorer, None)
        self.app.push_screen(DrillScreen(run))

    def start_scenario(self, unit: Unit, scenario_id: str) -> None:
        scenario = self.app.library.get(scenario_id)
        if scenario is None:
            self.app.notify(f"The scenario '{scenario_id}' isn't in this library.")
            return
        if scenario.content_notes:
            self.check_in(unit, lambda: self.app.offer_scenario(scenario))
        else:
            self.app.offer_scenario(scenario)

    def reflect(self, unit: Unit) -> None:
        from simulator.tui.screens.wellbeing import ReflectionScreen

        course = self.course

        def saved(text: str | None) -> None:
            if not text or course is None:
                return
            if not self.journal_kept:
                self.app.notify(SHARED_GUEST, timeout=8)
                return
            if self.app.record(
                lambda: self.progress_store.add_journal(
                    "reflection",
                    text,
                    prompt=unit.reflection,
                    course_id=course.id,
                    unit_id=unit.id,
                )
            ):
                self.app.notify("Saved in your private journal.", timeout=3)

        self.app.push_screen(ReflectionScreen(unit.reflection), saved)

    # ------------------------------------------------------------- scaffolding
    @property
    def check_ins_offered(self) -> bool:
        """Whether this trainee wants the check-in offered (their setting; on by default)."""
        if not self.journal_kept:
            return self._guest_check_ins
        try:
            return TraineeSettings(self.app.store, self.app.trainee or "").check_ins_offered
        except sqlite3.Error:
            return True

    def offer_check_ins(self, on: bool) -> None:
        """Turn the check-in offer on or off for this trainee, remembered between sessions."""
        if not self.journal_kept:
            self._guest_check_ins = on
        elif not self.app.record(
            lambda: TraineeSettings(self.app.store, self.app.trainee or "").offer_check_ins(on)
        ):
            return
        self.app.notify(CHECK_INS_ON if on else CHECK_INS_OFF, timeout=8)

    def toggle_check_ins(self) -> None:
        self.offer_check_ins(not self.check_ins_offered)

    def check_in_before(self, scenario: Scenario, then: Callable[[], None]) -> None:
        """Before a scenario with content notes started anywhere (the library, `play`, the
        course path): the same optional check-in as before a heavy unit."""
        if not scenario.content_notes:
            then()
            return
        self.check_in(unit_for_scenario(self.course, scenario.id), then)

    def check_in(self, unit: Unit | None, then: Callable[[], None]) -> None:
        """Ask how they are arriving (once a sitting, unless they turned check-ins off);
        a low answer offers choices."""
        from simulator.tui.screens.wellbeing import CheckInScreen, LowCheckInScreen

        if self.checked_in or not self.check_ins_offered:
            then()
            return
        course = self.course
        screen = CheckInScreen()

        def answered(answer: tuple[int, str] | None) -> None:
            self.checked_in = True
            if screen.turned_off:  # "Don't offer check-ins": on at once, as if skipped
                self.offer_check_ins(False)
            if answer is None:  # skipped: always fine
                then()
                return
            rating, words = answer
            if self.journal_kept:
                self.app.record(
                    lambda: self.progress_store.add_journal(
                        "check-in",
                        words,
                        prompt="How are you arriving today?",
                        rating=rating,
                        course_id=course.id if course else "",
                        unit_id=unit.id if unit else "",
                    )
                )
            if rating > LOW:
                then()
                return
            lighter = lighter_unit(course, unit) if course is not None else None

            def chosen(choice: str | None) -> None:
                if choice == "pause":
                    from simulator.tui.screens.pause import PauseScreen

                    # After the pause, on into what they chose; leaving stays one key away.
                    self.app.push_screen(PauseScreen(in_session=False), lambda _: then())
                elif choice == "lighter" and lighter is not None:
                    self.open_unit(lighter)
                elif choice == "stop":
                    self.app.go_home()
                    self.app.notify(STOP_FOR_TODAY, timeout=8)
                elif choice == "continue":
                    then()

            self.app.push_screen(
                LowCheckInScreen(lighter.title if lighter is not None else ""), chosen
            )

        self.app.push_screen(screen, answered)

    def check_out(self, unit: Unit) -> None:
        from simulator.tui.screens.wellbeing import CheckOutScreen

        course = self.course

        def done(words: str | None) -> None:
            if words and self.journal_kept:
                self.app.record(
                    lambda: self.progress_store.add_journal(
                        "check-out",
                        words,
                        prompt=unit.self_care,
                        course_id=course.id if course else "",
                        unit_id=unit.id,
                    )
                )

        self.app.push_screen(CheckOutScreen(unit.self_care), done)

    def show_journal(self) -> None:
        from simulator.tui.screens.journal import JournalScreen

        if not self.journal_kept:
            self.app.notify(SHARED_GUEST, timeout=8)
            return
        self.app.push_screen(JournalScreen())

    def show_support(self) -> None:
        from simulator.tui.screens.wellbeing import SupportScreen

        if not isinstance(self.app.screen, SupportScreen):
            self.app.push_screen(SupportScreen(self.support_card))
