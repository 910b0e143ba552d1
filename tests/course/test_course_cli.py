"""The course path on the command line and in plain mode (subprocess, as a screen-reader
user or a script would run it): the path, a lesson, drills with spaced repetition, the
check-in's gentle choices, the journal exported and then gone after `forget`."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.content.course_loading import load_courses
from simulator.content.loading import require_rubrics
from simulator.store.database import Store
from simulator.store.profiles import Profiles
from tests.helpers import ROOT, run_cli

COURSE = load_courses(require_rubrics()).main
assert COURSE is not None


def named(data_dir: Path, name: str = "River") -> None:
    Profiles(Store(data_dir)).add(name)


def good(unit_index: int, item_id: str) -> str:
    item = next(i for i in COURSE.units[unit_index].drills if i.id == item_id)
    return next(e.reply for e in item.examples if e.quality == "good")


def test_course_shows_the_path_and_each_units_progress(private_data_dir: Path) -> None:
    named(private_data_dir)
    result = run_cli(private_data_dir, "course")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "You are at unit 1 of 10: Being present and listening" in out
    assert "Suggested next: read the short lesson" in out
    assert "Every unit is open" in out
    for number, unit in enumerate(COURSE.units, 1):
        assert f"{number}. {unit.title} ({unit.id}): 0 of" in out
    assert run_cli(private_data_dir, "lesson", "1").returncode == 0
    after = run_cli(private_data_dir, "course").stdout
    assert "Suggested next: a quick drill set" in after
    assert "lesson done" in after


def test_lesson_prints_the_whole_lesson(private_data_dir: Path) -> None:
    result = run_cli(private_data_dir, "lesson", "validation")
    assert result.returncode == 0
    for heading in ("What it is:", "Why it matters for peers:", "How to do it:", "Examples:"):
        assert heading in result.stdout
    assert "How validation is scored:" in result.stdout


def test_an_unknown_unit_is_one_clear_message(private_data_dir: Path) -> None:
    result = run_cli(private_data_dir, "drill", "11", "--plain")
    assert result.returncode == 2
    assert "no unit '11'; use a number 1-10 or an id" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missed_drill_item_comes_back_in_the_next_plain_set(private_data_dir: Path) -> None:
    named(private_data_dir)
    unit = COURSE.units[1]
    first_set = [i.id for i in unit.drills[: COURSE.drill_set_size]]
    replies = ["Why?" if n == 0 else good(1, item) for n, item in enumerate(first_set)]
    # The lesson comes first (the unit's first practice), then Enter starts the drill;
    # after the set: no reflection (an empty line).
    stdin = "\n" + "\n".join(replies) + "\n\n"
    result = run_cli(private_data_dir, "drill", unit.id, "--plain", input=stdin)
    assert result.returncode == 0, result.stderr
    assert "What it is:" in result.stdout
    assert "You did 5 of 6 well." in result.stdout
    assert "come back in a later set" in result.stdout
    second = run_cli(private_data_dir, "drill", "2", "--plain", input="/quit\n")
    assert "What it is:" not in second.stdout  # the lesson was read already
    assert "Drill set 2" in second.stdout
    first_item = second.stdout.split("Item 1 of 6. Peer says:\n")[1].splitlines()[0]
    assert first_item.strip() == unit.drills[0].peer_text


def test_a_low_plain_check_in_offers_the_pause_a_lighter_unit_or_stopping(
    private_data_dir: Path,
) -> None:
    named(private_data_dir)
    heavy = next(u for u in COURSE.units if u.content_notes)
    result = run_cli(private_data_dir, "drill", heavy.id, "--plain", input="1\nrough day\n1\n\nq\n")
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "How are you arriving today?" in out
    assert "1. Take a grounding pause" in out
    assert "2. Try a lighter unit: Being present and listening" in out
    assert "3. Stop for today" in out and "4. Carry on" in out
    assert "Breathe in for 4" in out  # the pause
    stop = run_cli(private_data_dir, "drill", heavy.id, "--plain", input="2\n\n3\n")
    assert "Everything you did is kept" in stop.stdout
    assert "Drill set" not in stop.stdout


def test_the_journal_is_exported_and_then_gone_after_forget(private_data_dir: Path) -> None:
    named(private_data_dir)
    unit = COURSE.units[0]
    replies = "\n".join(good(0, i.id) for i in unit.drills[: COURSE.drill_set_size])
    stdin = f"\n{replies}\nShe waited and didn't rush me.\n"
    result = run_cli(private_data_dir, "drill", "1", "--plain", input=stdin)
    assert "Saved in your journal." in result.stdout
    exported = run_cli(private_data_dir, "export", "--all", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    journal = json.loads(exported.stdout)["journal"]
    assert [(e["kind"], e["entry"], e["trainee"]) for e in journal] == [
        ("reflection", "She waited and didn't rush me.", "River")
    ]
    read = run_cli(private_data_dir, "journal").stdout
    assert "reflection" in read and "She waited and didn't rush me." in read
    md = run_cli(private_data_dir, "export", "--all", "--format", "md").stdout
    assert "## Journal (private)" in md and "She waited and didn't rush me." in md
    forgot = run_cli(private_data_dir, "forget", "--trainee", "River", "--yes")
    assert forgot.returncode == 0, forgot.stderr
    after = run_cli(private_data_dir, "export", "--all", "--format", "json")
    assert "journal" not in json.loads(after.stdout)
    assert b"She waited" not in (private_data_dir / "practice.sqlite3").read_bytes()
    assert "0 of" in run_cli(private_data_dir, "course").stdout
    assert "Your journal is empty" in run_cli(private_data_dir, "journal").stdout


def test_a_facilitators_own_course_folder_is_used_and_its_problems_are_located(
    private_data_dir: Path, tmp_path: Path
) -> None:
    own = tmp_path / "our-courses"
    own.mkdir()
    text = (ROOT / "courses" / "peer-counselling-basics.yaml").read_text(encoding="utf-8")
    (own / "ours.yaml").write_text(
        text.replace("title: Peer counselling basics", "title: Our program's path"),
        encoding="utf-8",
    )
    result = run_cli(private_data_dir, "--courses", str(own), "course")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Our program's path")
    (own / "ours.yaml").write_text(text.replace("  - id: validation\n", "  - idd: validation\n"))
    broken = run_cli(private_data_dir, "--courses", str(own), "course")
    assert broken.returncode == 1
    assert "ours.yaml:" in broken.stdout and "unknown key 'idd'" in broken.stdout
    assert "no course could be loaded; 'peer-practice validate'" in broken.stderr
    missing = run_cli(private_data_dir, "--courses", str(tmp_path / "nope"), "course")
    assert missing.returncode == 1 and "no such course folder" in missing.stdout
    assert "Traceback" not in missing.stderr + broken.stderr
