"""The course file: the shipped course is well formed, broken files give file:line:col rows
through `validate`, the schema is committed and the modeline is there, and every drill
item's examples score as labelled (the same test the scenarios have)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from simulator.content.course import Course, DrillItem, Unit
from simulator.content.course_loading import load_courses
from simulator.content.loading import require_rubrics
from simulator.practice.drills import score_item
from simulator.scoring import Scorer
from tests.helpers import ROOT, run_cli

COURSES = load_courses(require_rubrics())
COURSE = COURSES.main
SHIPPED = ROOT / "courses" / "peer-counselling-basics.yaml"


def test_the_shipped_course_loads_without_problems() -> None:
    assert COURSES.problems == []
    assert COURSE is not None


def test_the_shipped_course_has_about_ten_units_in_the_course_order() -> None:
    assert COURSE is not None
    assert 9 <= len(COURSE.units) <= 12
    for unit in COURSE.units:
        assert len(unit.drills) >= 8, unit.id
        assert unit.scenarios, f"unit {unit.id} links no scenario"
        assert unit.lesson.examples and unit.reflection
        qualities = {e.quality for e in unit.lesson.examples}
        assert qualities == {"good", "poor"}, unit.id


def test_the_support_card_names_988_and_says_to_replace_it() -> None:
    assert COURSE is not None
    card = COURSE.support_card
    assert any("9-8-8" in c.how or "9-8-8" in c.name for c in card.contacts)
    assert "replace" in card.note.lower()


def test_the_course_file_carries_the_modeline_and_satisfies_the_committed_schema() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../schema/course.schema.json"
    schema = json.loads((ROOT / "schema" / "course.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(text), schema)
    bad = yaml.safe_load(text)
    bad["drill_set_size"] = 3
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


BROKEN = """\
id: broken-course
title: A broken course
summary: For the test.
support_card:
  contacts:
    - name: A line
      how: Call it
units:
  - id: one
    title: One
    skills: [validation]
    passes: ">=wonderful"
    goal: Something.
    content_notes: []
    lesson:
      what: What.
      why: Why.
      steps: [Do it.]
      examples:
        - reply: A reply.
          quality: good
          why: Because.
    drills:
      - id: same
        peer: Hello.
        feelings: [sad]
        examples:
          - {reply: "That sounds sad.", quality: good, why: Notices.}
          - {reply: "Cheer up.", quality: poor, why: Brushes it off.}
      - id: same
        peer: Hi.
        feelingz: [sad]
        examples:
          - {reply: "That sounds sad.", quality: good, why: Notices.}
          - {reply: "Cheer up.", quality: poor, why: Brushes it off.}
    scenarios: [warm-up-long-wek]
    reflection: A question?
"""


def test_a_broken_course_file_gives_every_problem_as_file_line_col(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    result = run_cli(tmp_path, "validate", str(path))
    assert result.returncode == 1
    rows = result.stdout.splitlines()
    assert any(f"{path}:32:9: unknown key 'feelingz'" in r for r in rows), rows
    assert "did you mean 'feelings'?" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    # Fixing that one, the cross-checks report the rest, each at its place.
    path.write_text(BROKEN.replace("feelingz", "feelings"), encoding="utf-8")
    rows = run_cli(tmp_path, "validate", str(path)).stdout.splitlines()
    assert any(f"{path}:12:13: 'validation' has no level named 'wonderful'" in r for r in rows)
    assert any(f"{path}:30:13: drill id 'same' is used twice" in r for r in rows), rows
    assert any(f"{path}:36:17: unknown scenario 'warm-up-long-wek'" in r for r in rows), rows
    assert "did you mean 'warm-up-long-week'?" in "\n".join(rows)


def test_validate_without_paths_checks_the_shipped_course_too(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "validate", "--strict", "courses/")
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr
    everything = run_cli(tmp_path, "validate", "--strict")
    assert not [r for r in everything.stdout.splitlines() if r.startswith("courses/")]
    if everything.returncode:  # problems elsewhere: the count shows the course was checked
        count = sum(
            len(list((ROOT / d).glob("*.yaml"))) for d in ("scenarios", "rubrics", "courses")
        )
        assert f"in {count} file(s)" in everything.stderr, everything.stderr


def drill_cases() -> list[tuple[Unit, DrillItem, str, str]]:
    assert COURSE is not None
    return [
        (unit, item, example.quality, example.reply)
        for unit in COURSE.units
        for item in unit.drills
        for example in item.examples
    ]


@pytest.mark.parametrize(
    ("unit", "item", "quality", "reply"),
    drill_cases(),
    ids=lambda v: v.id if isinstance(v, Unit | DrillItem) else str(v)[:30],
)
def test_drill_examples_score_as_labelled(
    scorer: Scorer, unit: Unit, item: DrillItem, quality: str, reply: str
) -> None:
    answer = score_item(unit, item, scorer, reply)
    assert answer.passed == (quality == "good"), (
        f"{quality} example {'failed' if quality == 'good' else 'passed'} on {unit.skill} "
        f"(needs {unit.pass_condition}): {reply!r} levels {answer.result.levels}"
    )


def test_course_models_are_immutable() -> None:
    assert COURSE is not None
    with pytest.raises(ValueError):
        COURSE.units[0].drills[0].peer = ("changed",)  # type: ignore[misc]
    assert isinstance(COURSE, Course)


def test_a_damaged_course_file_never_raises_and_always_says_where(tmp_path: Path) -> None:
    """Every 80th line removed, or the file cut there: always problems with a line, never an
    exception (a facilitator's half-saved file)."""
    from simulator.content.course_loading import load_course

    rubrics = require_rubrics()
    lines = SHIPPED.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / "damaged.yaml"
    for n in range(5, len(lines), 80):
        for text in ("".join(lines[:n] + lines[n + 1 :]), "".join(lines[:n])):
            path.write_text(text, encoding="utf-8")
            course, problems = load_course(path, rubrics, {"warm-up-long-week"})
            if course is None:
                assert problems and all(p.line >= 1 and p.col >= 1 for p in problems)


def test_every_lesson_reads_in_about_two_minutes() -> None:
    """At an unhurried 150 words a minute, a lesson (with its examples and the rubric's
    levels) stays under 300 words."""
    from simulator.practice.course_text import lesson_sections

    assert COURSE is not None
    rubrics = require_rubrics()
    for unit in COURSE.units:
        words = sum(len(body.split()) for _, body in lesson_sections(unit, rubrics))
        assert words <= 300, f"{unit.id}: {words} words"
