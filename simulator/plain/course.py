"""The course path in plain, line-based mode (screen readers, scripts): the path and
progress, a lesson, a check-in, a drill set with feedback, the check-out and the reflection.

One line in, lines out; no colours or boxes. Every answer is saved as it is given, and the
end of input (Ctrl-D, a closed pipe) simply stops, keeping what was done.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TextIO

from simulator.content.course import Course, Unit
from simulator.content.loading import RubricSet
from simulator.practice.course_store import CourseStore, UnitProgress, suggest
from simulator.practice.course_text import (
    CHECK_IN_HINT,
    CHECK_IN_QUESTION,
    CHECK_IN_SCALE,
    CHECK_OUT_TITLE,
    GROUNDING,
    LOW,
    LOW_ANSWER,
    LOW_CHOICES,
    SELF_CARE_DEFAULT,
    STOP_FOR_TODAY,
    drill_feedback,
    lesson_sections,
    lighter_unit,
    set_summary,
    support_lines,
)
from simulator.practice.drills import DrillRun
from simulator.practice.trainee_settings import (
    PLAIN_CHECK_INS_OFF,
    PLAIN_OFF_WORDS,
    PLAIN_PROMPT,
    TraineeSettings,
)
from simulator.safe_text import printable
from simulator.scoring import Scorer
from simulator.scoring.text import MAX_REPLY_CHARS

HELP = """\
Type your reply and press Enter. Commands:
  /skip     skip this item (it comes back another time; skipping is never counted)
  /pause    take a break (a short grounding exercise)
  /support  who to reach out to
  /quit     stop here (everything so far is kept)"""


def path_text(
    course: Course, progress: dict[str, UnitProgress], titles: Mapping[str, str] | None = None
) -> str:
    """The path and per-unit progress, as `peer-practice course` prints it."""
    step = suggest(course, progress)
    lines = [
        printable(course.title),
        f"You are at unit {step.number} of {len(course.units)}: {printable(step.unit.title)}",
        f"Suggested next: {printable(step.describe(titles))}",
        "Every unit is open; the path only suggests.",
        "",
    ]
    for number, unit in enumerate(course.units, 1):
        state = progress.get(unit.id, UnitProgress())
        done, total = state.fraction(unit)
        marks = ", ".join(
            f"{step_name.split(':')[0]} {'done' if ok else 'to do'}"
            for step_name, ok in state.done(unit).items()
        )
        notes = f" Content notes: {'; '.join(unit.content_notes)}." if unit.content_notes else ""
        lines.append(f"{number}. {printable(unit.title)} ({unit.id}): {done} of {total} done.")
        lines.append(f"   {marks}.{printable(notes)}")
    return "\n".join(lines)


def lesson_text(course: Course, unit: Unit, rubrics: RubricSet) -> str:
    lines = [
        f"Lesson for unit {course.number(unit)}: {printable(unit.title)}",
        printable(unit.goal),
    ]
    for heading, body in lesson_sections(unit, rubrics):
        lines += ["", heading + ":", body]
    return "\n".join(lines)


class PlainCourse:
    """Runs a unit's drill (with the lesson first time, check-in, check-out, reflection)."""

    def __init__(
        self,
        course: Course,
        scorer: Scorer,
        progress: CourseStore,
        out: TextIO,
        read_line: Callable[[str], str | None],
    ) -> None:
        self.course = course
        self.scorer = scorer
        self.progress = progress
        self.out = out
        self.read_line = read_line

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    # --------------------------------------------------------------- check-in
    @property
    def settings(self) -> TraineeSettings:
        return TraineeSettings(self.progress.store, self.progress.trainee)

    def check_in(self, unit: Unit) -> Unit | None:
        """Ask how they are arriving; returns the unit to go on with, or None to stop."""
        choice, chosen = self.ask_check_in(unit)
        return None if choice == "stop" else chosen

    def ask_check_in(self, unit: Unit | None) -> tuple[str, Unit | None]:
        """Ask how they are arriving (before `unit`, or a scenario outside any unit):
        ("go", unit) to go on, ("lighter", a lighter unit) or ("stop", None). Typing 'off'
        turns the offer off for this trainee (remembered) and goes on."""
        self.say(CHECK_IN_QUESTION)
        self.say(CHECK_IN_HINT)
        self.say("  " + ", ".join(f"{n} {label}" for n, label in CHECK_IN_SCALE.items()))
        answer = self.read_line(PLAIN_PROMPT)
        if answer is None:
            return "stop", None
        if answer.strip().lower() in PLAIN_OFF_WORDS:
            self.settings.offer_check_ins(False)
            self.say(PLAIN_CHECK_INS_OFF)
            return "go", unit
        if not answer.strip().isdigit() or int(answer.strip()) not in CHECK_IN_SCALE:
            self.say("Skipped. That's fine." if not answer.strip() else "Skipped the check-in.")
            return "go", unit
        rating = int(answer.strip())
        words = self.read_line("A few words, if you like (Enter to skip): ") or ""
        self.progress.add_journal(
            "check-in",
            words.strip(),
            prompt=CHECK_IN_QUESTION,
            rating=rating,
            course_id=self.course.id,
            unit_id=unit.id if unit is not None else "",
        )
        if rating > LOW:
            return "go", unit
        lighter = lighter_unit(self.course, unit)
        self.say(LOW_ANSWER)
        choices = list(LOW_CHOICES.items())
        for i, (key, label) in enumerate(choices, 1):
            extra = f": {printable(lighter.title)}" if key == "lighter" else ""
            self.say(f"  {i}. {label}{extra}")
        picked = (self.read_line("Choose 1-4: ") or "").strip()
        choice = choices[int(picked) - 1][0] if picked in {"1", "2", "3", "4"} else "continue"
        if choice == "pause":
            self.say(GROUNDING)
            self.read_line("Press Enter when you're ready to go on: ")
        elif choice == "lighter":
            self.say(f"Switching to unit {self.course.number(lighter)}: {printable(lighter.title)}")
            return "lighter", lighter
        elif choice == "stop":
            self.say(STOP_FOR_TODAY)
            return "stop", None
        return "go", unit

    # ------------------------------------------------------------------ drill
    def run_drill(self, unit: Unit, *, check_in: bool = True) -> None:
        if check_in and unit.heavy:
            self.say(f"Content notes for this unit: {printable('; '.join(unit.content_notes))}")
        if check_in and unit.heavy and self.settings.check_ins_offered:
            chosen = self.check_in(unit)
            if chosen is None:
                return
            unit = chosen
        state = self.progress.progress(self.course).get(unit.id, UnitProgress())
        if not state.lesson:
            self.say(lesson_text(self.course, unit, self.scorer.rubrics))
            self.progress.lesson_read(self.course.id, unit.id)
            if self.read_line("\nPress Enter to start the drill (or type q to stop): ") in {
                None,
                "q",
            }:
                return
        run = DrillRun.start(self.course, unit, self.scorer, self.progress)
        self.say(
            f"\nDrill set {run.set_number} for unit {self.course.number(unit)}: "
            f"{printable(unit.title)}. {len(run.items)} items, feedback on {unit.skill}."
        )
        self.say("Type /help for commands.")
        top = self.scorer.rubrics.rubrics[unit.skill].max_level
        while run.current is not None:
            item = run.current
            self.say(f"\nItem {run.position + 1} of {len(run.items)}. Peer says:")
            self.say("  " + printable(item.peer_text))
            reply = self.read_line("Your reply: ")
            if reply is None or reply.strip().lower() in {"/quit", "/leave"}:
                if run.answers:
                    run.finish()
                self.say("Stopped. Everything you answered is kept.")
                return
            command = reply.strip().lower()
            if command == "/help":
                self.say(HELP)
                continue
            if command == "/pause":
                self.say(GROUNDING)
                continue
            if command == "/support":
                self.say("\n".join(support_lines(self.course.support_card)))
                continue
            if command == "/skip":
                run.skip()
                self.say("Skipped. It'll come back another time.")
                continue
            if not reply.strip():
                self.say("Type a reply, or /skip.")
                continue
            if len(reply.strip()) > MAX_REPLY_CHARS:
                self.say(
                    f"That reply is longer than {MAX_REPLY_CHARS} characters; say it more briefly."
                )
                continue
            answer = run.answer(reply)
            for mark, line in drill_feedback(answer, top):
                self.say(f"  {mark + ' ' if mark else ''}{line}")
        self.say("\n" + set_summary(run.passed, len(run.answers)))
        if unit.heavy:
            self.check_out(unit)
        self.reflect(unit)

    def check_out(self, unit: Unit) -> None:
        self.say(f"\n{CHECK_OUT_TITLE}. {GROUNDING}")
        self.say(printable(unit.self_care or SELF_CARE_DEFAULT))
        words = self.read_line("A note to yourself (optional, private; Enter to skip): ")
        if words and words.strip():
            self.progress.add_journal(
                "check-out",
                words.strip(),
                prompt=unit.self_care,
                course_id=self.course.id,
                unit_id=unit.id,
            )

    def reflect(self, unit: Unit) -> None:
        self.say(f"\nReflection (optional, kept in your private journal): {unit.reflection}")
        words = self.read_line("Your answer (Enter to skip): ")
        if words and words.strip():
            self.progress.add_journal(
                "reflection",
                words.strip(),
                prompt=unit.reflection,
                course_id=self.course.id,
                unit_id=unit.id,
            )
            self.say("Saved in your journal.")
