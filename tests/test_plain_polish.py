"""Plain mode and the history commands, polished (issues 15 and 16), as real subprocesses."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from simulator.practice.recorder import Recorder
from simulator.store.database import Store
from simulator.store.profiles import Profiles
from tests.helpers import run_cli

GOOD = [
    "It sounds like he really frightened you, and of course you're still shaking after that.",
    "You're torn: you want to protect other workers, and you're scared he'll find out it was you.",
]


def run(args: list[str], data_dir: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, *args, input=stdin, timeout=60)


def test_trainee_names_whose_history_a_plain_session_goes_to(private_data_dir: Path) -> None:
    Profiles(Store(private_data_dir)).add("Sam")  # the last person to use this machine
    result = run(
        ["play", "bad-date-next-steps", "--plain", "--trainee", "River"],
        private_data_dir,
        GOOD[0] + "\n/leave\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Practising as River: this session goes to River's practice history" in result.stdout
    [row] = Store(private_data_dir).sessions()
    assert row.trainee == "River"
    assert "River" in run(["history", "--trainee", "River"], private_data_dir).stdout


def test_without_trainee_plain_mode_says_it_uses_the_last_name(private_data_dir: Path) -> None:
    Profiles(Store(private_data_dir)).add("Sam")
    result = run(["play", "warm-up-long-week", "--plain"], private_data_dir, "/leave\n")
    assert "Practising as Sam: this session goes to Sam's practice history" in result.stdout
    assert "--trainee NAME" in result.stdout


def test_a_bad_trainee_name_is_one_clear_message(private_data_dir: Path) -> None:
    result = run(["play", "warm-up-long-week", "--plain", "--trainee", "<b>"], private_data_dir)
    assert result.returncode == 2
    assert "--trainee '<b>': use letters, numbers" in result.stderr
    assert "Traceback" not in result.stderr


def test_forget_guest_reaches_what_history_lists_as_guest(private_data_dir: Path) -> None:
    played = run(["play", "warm-up-long-week", "--plain"], private_data_dir, "Hi.\n/leave\n")
    assert "Practising as a guest" in played.stdout
    listed = run(["history"], private_data_dir).stdout
    assert " guest " in listed
    assert "guest" in run(["history", "--trainee", "guest"], private_data_dir).stdout
    result = run(["forget", "--trainee", "guest", "--yes"], private_data_dir)
    assert result.returncode == 0, result.stderr
    assert "(1 session)" in result.stdout
    assert Store(private_data_dir).sessions() == []
    assert "No practice yet" in run(["history"], private_data_dir).stdout


def test_forget_an_unknown_name_still_says_so(private_data_dir: Path) -> None:
    result = run(["forget", "--trainee", "guest", "--yes"], private_data_dir)
    assert result.returncode == 2 and "no trainee called 'guest'" in result.stderr


def interrupted_session(data_dir: Path) -> str:
    """A session of River's that stopped after one reply (a Ctrl-C or a closed terminal)."""
    from simulator.content.loading import load_library, require_rubrics
    from simulator.content.paths import scenarios_dir
    from simulator.practice.session import Session
    from simulator.scoring import Scorer

    rubrics = require_rubrics()
    scenario = load_library(scenarios_dir(), rubrics).get("bad-date-next-steps")
    assert scenario is not None
    store = Store(data_dir)
    Profiles(store).add("River")
    session = Session(scenario, Scorer(rubrics), trainee="River")
    recorder = Recorder(store)
    recorder.started(session)
    recorder.turn_taken(session, session.reply(GOOD[0]))
    store.close()
    return session.id


def test_plain_mode_says_an_unfinished_session_is_kept(private_data_dir: Path) -> None:
    interrupted_session(private_data_dir)
    result = run(["play", "bad-date-next-steps", "--plain"], private_data_dir, "/leave\n")
    assert "An unfinished session is kept" in result.stdout
    assert "stopped after 1 reply" in result.stdout and "--resume" in result.stdout


def test_plain_mode_resumes_an_unfinished_session(private_data_dir: Path) -> None:
    session_id = interrupted_session(private_data_dir)
    result = run(
        ["play", "bad-date-next-steps", "--plain", "--resume"], private_data_dir, GOOD[1] + "\n"
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Resuming: '" in out and "stopped after 1 reply" in out
    assert "Welcome back" in out
    recap = out[out.index("Welcome back") :]
    assert f"You: {GOOD[0]}" in recap and "Strength:" in recap  # the earlier feedback too
    assert "Jade: Yeah. And I'm so angry." in recap  # carries on where it stopped
    store = Store(private_data_dir)
    [row] = store.sessions()
    assert row.id == session_id
    assert [t.reply for t in store.turns(session_id)] == GOOD


def test_plain_score_lines_name_each_descriptor_once() -> None:
    from simulator.plain.practice import format_result
    from simulator.scoring import Evidence, Feedback, ScoreResult, SkillResult

    same = "Says what the peer feels"
    skill = SkillResult(
        "paraphrasing",
        2,
        "complex",
        "Complex reflection",
        1.0,
        evidence=(
            Evidence("names_feeling", same, "scared", 10, 16),
            Evidence("feeling_word", same, "angry", 20, 25),
        ),
    )
    result = ScoreResult({"paraphrasing": skill}, Feedback("Good.", "More."))
    text = format_result(result)
    assert text.count(same) == 1 and '"scared", "angry"' in text


def test_an_empty_line_in_plain_mode_says_what_is_needed(private_data_dir: Path) -> None:
    result = run(["play", "warm-up-long-week", "--plain"], private_data_dir, "\n/leave\n")
    assert "the reply is empty; type what you would say to the peer" in result.stdout
    assert Store(private_data_dir).turns(Store(private_data_dir).sessions()[0].id) == []


def test_the_plain_chooser_takes_trainee_too(private_data_dir: Path) -> None:
    result = run(["--plain", "--trainee", "River"], private_data_dir, "1\n/leave\n")
    assert result.returncode == 0, result.stderr
    assert "Practising as River: this session goes to River's practice history" in result.stdout
    assert [r.trainee for r in Store(private_data_dir).sessions()] == ["River"]


@pytest.mark.parametrize(("replies", "counted"), [(1, "over 1 reply"), (2, "over 2 replies")])
def test_the_plain_summary_counts_replies_in_words(
    private_data_dir: Path, replies: int, counted: str
) -> None:
    lines = "You're so tired after this week.\n" * replies + "/leave\n"
    result = run(["play", "warm-up-long-week", "--plain"], private_data_dir, lines)
    assert re.search(rf"Paraphrasing: best level \d {counted}\n", result.stdout), result.stdout
    assert "over 1 replies" not in result.stdout
