"""The command line driven as a user would: real subprocesses, real stdin and stdout."""

from __future__ import annotations

import json
import re
import stat
import subprocess
from pathlib import Path

from simulator.store.database import Store
from tests.helpers import run_cli


def run(args: list[str], data_dir: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, *args, input=stdin, timeout=60)


GOOD_PATH = [
    "It sounds like he really frightened you, and of course you're still shaking after that.",
    "You're torn: you want to protect other workers, and you're scared he'll find out it was you.",
    "You already know a way to warn people and keep your name out of it.",
]


def test_plain_mode_plays_to_an_ending(private_data_dir: Path) -> None:
    result = run(
        ["play", "bad-date-next-steps", "--plain"], private_data_dir, "\n".join(GOOD_PATH) + "\n"
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Content notes: violence from a client" in out
    assert "Jade: Last night a new guy got rough with me." in out
    assert "Jade: Yeah. And I'm so angry." in out  # the branch a good reflection leads to
    assert "Strength:" in out and "Next step:" in out
    assert "Ending: Jade made her own plan" in out
    assert "What did you reflect that helped Jade" in out
    store = Store(private_data_dir)
    [row] = store.sessions()
    assert (row.status, row.ending, row.turns) == ("ended", "Jade made her own plan", 3)
    assert [t.reply for t in store.turns(row.id)] == GOOD_PATH
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_plain_mode_follows_the_poor_branch(private_data_dir: Path) -> None:
    result = run(
        ["play", "bad-date-next-steps", "--plain"],
        private_data_dir,
        "You should go to the police today.\n",
    )
    assert "Jade: Yeah, okay. Forget it." in result.stdout
    assert "Ending: Jade closed up" in result.stdout
    assert "Boundaries: Breached" in result.stdout


def test_plain_mode_without_scores_keeps_feedback_for_the_end(private_data_dir: Path) -> None:
    result = run(
        ["play", "warm-up-long-week", "--plain", "--no-scores"],
        private_data_dir,
        "That sounds exhausting. No wonder you're tired.\nOf course that stresses you out.\n"
        "You're craving some real rest.\n",
    )
    out = result.stdout
    ending = out.index("Ending:")
    assert "Strength:" not in out[:ending]
    assert "Strength:" in out[ending:]


def test_end_of_input_keeps_the_practice_and_exits_cleanly(private_data_dir: Path) -> None:
    result = run(["play", "bad-date-next-steps", "--plain"], private_data_dir, GOOD_PATH[0] + "\n")
    assert result.returncode == 0
    assert "Input ended. Your practice so far is kept." in result.stdout
    assert "You left this conversation. That's always okay." in result.stdout
    store = Store(private_data_dir)
    [row] = store.sessions()
    assert row.status == "left"
    assert [t.reply for t in store.turns(row.id)] == [GOOD_PATH[0]]


def test_plain_mode_commands(private_data_dir: Path) -> None:
    result = run(
        ["play", "warm-up-long-week", "--plain"],
        private_data_dir,
        "/help\n/pause\n/example\n/leave\n",
    )
    out = result.stdout
    assert "/pause" in out and "5 things you can see" in out
    assert "Example: It sounds like a draining week" in out
    assert "You left this conversation" in out


def test_markup_and_escapes_in_replies_are_shown_literally(private_data_dir: Path) -> None:
    reply = "[bold red]You[/] sound \x1b[31mexhausted\x1b[0m."
    result = run(
        ["play", "warm-up-long-week", "--plain", "--no-scores"],
        private_data_dir,
        reply + "\n/leave\n",
    )
    assert "\x1b" not in result.stdout
    assert "Reply 1: [bold red]You[/] sound exhausted." in result.stdout


def test_scenarios_lists_id_title_difficulty_skills_and_notes(private_data_dir: Path) -> None:
    result = run(["scenarios", "--json"], private_data_dir)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["id"] for r in rows} >= {
        "warm-up-long-week",
        "bad-date-next-steps",
        "asking-to-meet-outside",
    }
    assert {r["difficulty"] for r in rows} == {1, 2, 3}
    assert all(set(r) == {"id", "title", "difficulty", "skills", "content_notes"} for r in rows)
    text = run(["scenarios"], private_data_dir).stdout
    assert "content notes: violence from a client" in text


def test_unknown_scenario_suggests_the_closest(private_data_dir: Path) -> None:
    result = run(["play", "bad-date", "--plain"], private_data_dir)
    assert result.returncode == 2
    assert "no scenario called 'bad-date'" in result.stderr
    assert "Did you mean 'bad-date-next-steps'?" in result.stderr
    assert "Traceback" not in result.stderr


def test_wrong_flag_gives_usage_not_traceback(private_data_dir: Path) -> None:
    result = run(["play", "--colour"], private_data_dir)
    assert result.returncode == 2
    assert "No such option" in result.stderr and "--colour" in result.stderr
    assert "Traceback" not in result.stderr


def test_playing_a_broken_file_lists_its_problems(private_data_dir: Path) -> None:
    result = run(["play", "tests/bad_files/graph.yaml", "--plain"], private_data_dir)
    assert result.returncode == 1
    assert re.search(r"graph\.yaml:\d+:\d+: loose end", result.stdout)
    assert "Traceback" not in result.stderr


def test_unwritable_data_dir_is_one_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run(["play", "warm-up-long-week", "--plain"], blocker / "data", "hi\n")
    assert result.returncode == 1
    assert "cannot use the practice folder" in result.stderr and "Not a directory" in result.stderr
    assert "--data-dir" in result.stderr
    assert "Traceback" not in result.stderr
