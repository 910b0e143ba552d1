"""A course's model answers never breach a boundary (issue 11), whatever skill they show.

The good examples of drill items and lessons are what a trainee copies. The shipped course is
checked directly, and a facilitator's broken copy is caught by `validate --strict` at the
example's file:line, through the CLI.
"""

from __future__ import annotations

from pathlib import Path

from simulator.content.course_loading import load_courses
from simulator.content.drill_check import breaching_examples, off_level_examples
from simulator.content.loading import require_rubrics
from simulator.scoring import Scorer
from tests.helpers import ROOT, run_cli

SHIPPED = ROOT / "courses" / "peer-counselling-basics.yaml"
#: A drill's good answer and a lesson's good example in the shipped course.
DRILL_GOOD = "That sounds exhausting, having to argue about what you charge every single time."
LESSON_GOOD = "That sounds exhausting, having to push back every single time."


def test_no_good_example_in_the_shipped_course_breaches_a_boundary(scorer: Scorer) -> None:
    course = load_courses(require_rubrics()).main
    assert course is not None
    checked = sum(e.quality == "good" for u in course.units for d in u.drills for e in d.examples)
    assert checked >= 80  # every unit's drills are scored, not a sample
    found = breaching_examples(course, scorer)
    assert found == [], [(b.where, b.reply, b.result.flags) for b in found]


def _line_of(text: str, needle: str) -> int:
    return 1 + text[: text.index(needle)].count("\n")


def _course_with(tmp_path: Path, drill_reply: str, lesson_reply: str) -> tuple[Path, int, int]:
    """A copy of the shipped course with the two good answers replaced: the file and the
    line of each replacement."""
    text = SHIPPED.read_text(encoding="utf-8")
    assert text.count(DRILL_GOOD) == 1 and text.count(LESSON_GOOD) == 1
    broken = text.replace(DRILL_GOOD, drill_reply).replace(LESSON_GOOD, lesson_reply)
    path = tmp_path / "course.yaml"
    path.write_text(broken, encoding="utf-8")
    return path, _line_of(broken, drill_reply), _line_of(broken, lesson_reply)


def test_validate_strict_catches_a_good_model_answer_that_breaches(tmp_path: Path) -> None:
    # Each still validates the feeling, but one promises a secret and one takes over.
    secret = "That sounds exhausting, and honestly nobody will ever hear about this from me."
    rescue = "That sounds exhausting. Leave it with me, I will sort the hagglers out for you."
    path, drill_line, lesson_line = _course_with(tmp_path, secret, rescue)

    lenient = run_cli(tmp_path, "validate", str(path))
    assert "breaches a boundary" not in lenient.stdout  # scoring is --strict's job

    strict = run_cli(tmp_path, "validate", "--strict", str(path))
    assert strict.returncode == 1, strict.stdout + strict.stderr
    rows = [r for r in strict.stdout.splitlines() if "breaches a boundary" in r]
    assert len(rows) == 2, strict.stdout
    assert rows[0].startswith(f"{path}:{lesson_line}:") and "of the lesson in unit" in rows[0]
    assert "rescuing" in rows[0]
    assert rows[1].startswith(f"{path}:{drill_line}:") and "drill 'haggling'" in rows[1]
    assert "secrecy" in rows[1]
    assert "Traceback" not in strict.stderr


def test_every_good_example_in_the_shipped_course_scores_as_what_it_models(
    scorer: Scorer,
) -> None:
    """Each passes its unit (the level a trainee's reply needs there) with no boundary flag:
    a model answer told "at risk: advice" teaches the opposite of what it shows."""
    course = load_courses(require_rubrics()).main
    assert course is not None
    found = off_level_examples(course, scorer)
    assert found == [], [(o.where, o.reply, o.result.levels, sorted(o.result.flags)) for o in found]


def test_validate_strict_catches_a_model_answer_below_its_unit_or_flagged(
    tmp_path: Path,
) -> None:
    # The drill's answer no longer validates anything; the lesson's offers an idea unasked.
    flat = "Okay. Next time, then."
    hint = "Have you thought about putting your prices up front in your ad?"
    path, drill_line, lesson_line = _course_with(tmp_path, flat, hint)

    strict = run_cli(tmp_path, "validate", "--strict", str(path))
    assert strict.returncode == 1, strict.stdout + strict.stderr
    rows = [r for r in strict.stdout.splitlines() if r.startswith(f"{path}:")]
    below = [r for r in rows if "scores below its unit" in r]
    flagged = [r for r in rows if "raises a boundary flag" in r]
    assert len(below) == 1 and below[0].startswith(f"{path}:{drill_line}:"), strict.stdout
    assert "drill 'haggling'" in below[0] and "got validation none" in below[0], below[0]
    assert len(flagged) == 1 and flagged[0].startswith(f"{path}:{lesson_line}:"), strict.stdout
    assert "advice" in flagged[0], flagged[0]
    assert "Traceback" not in strict.stderr
