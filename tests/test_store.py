"""The local store: nothing sent is lost, several processes can write, old files migrate,
exports are readable, and forgetting really deletes."""

from __future__ import annotations

import html
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.content.loading import Library
from simulator.content.scenario import Scenario
from simulator.practice.progress import progress
from simulator.practice.recorder import Recorder
from simulator.practice.session import Session
from simulator.scoring import Scorer
from simulator.store.database import MIGRATIONS, SCHEMA_VERSION, Store, StoreError
from simulator.store.export import export
from tests.helpers import CLI, ROOT, cli_env, run_cli

REPLIES = [
    "It sounds like he really frightened you, and you're still shaking.",
    "You're torn: you want to warn other workers, and you're scared he'll find out it was you.",
    "You already know a way to warn people and keep your name out of it.",
]


def test_kill_9_mid_session_loses_no_sent_reply(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    proc = subprocess.Popen(
        [*CLI, "play", "bad-date-next-steps", "--plain"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(private_data_dir),
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None
    sent = 0
    for reply in REPLIES[:2]:
        proc.stdin.write(reply + "\n")
        proc.stdin.flush()
        sent += 1
        while "Next step:" not in (
            line := proc.stdout.readline()
        ):  # feedback printed = turn committed
            assert line, "the process ended early"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    store = Store(private_data_dir)
    [row] = store.interrupted(None)
    assert row.turns == sent == 2
    lib = Library(list(library.values()), [], {})
    session = Recorder(store).restore(row, lib, scorer)
    assert [t.reply for t in session.turns] == REPLIES[:2]
    assert session.node_id == "options"  # where the second good reply leads
    session.reply(REPLIES[2])
    assert session.reached_ending


def test_two_processes_writing_at_once_lose_nothing(private_data_dir: Path) -> None:
    writer = (
        "import sys\n"
        "from simulator.store.database import Store\n"
        "store = Store()\n"
        "tag = sys.argv[1]\n"
        "result = {'skills': {'paraphrasing': {'level': 1}, 'validation': {'level': 1}, 'boundaries': {'level': 0}}}\n"
        "for s in range(40):\n"
        "    sid = f'{tag}-{s}'\n"
        "    store.start_session(sid, tag, 'x', 'X', '2026-01-01T00:00:00+00:00')\n"
        "    for t in range(1, 6):\n"
        "        store.add_turn(sid, t, {'node': 'a', 'reply': f'{sid} reply {t}', 'result': result, 'next': 'b', 'at': 'now'})\n"
    )
    env = cli_env(private_data_dir)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", writer, tag],
            env=env,
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("alpha", "beta")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    store = Store(private_data_dir)
    assert len(store.sessions()) == 80
    assert store.db.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 400
    assert set(store.trainees()) == {"alpha", "beta"}


def test_an_older_schema_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "PRAGMA user_version=1;")
    db.execute("INSERT INTO trainees (name, created_at, last_used_at) VALUES ('River', 't', 't')")
    db.execute(
        "INSERT INTO sessions (id, trainee_id, scenario_id, scenario_title, started_at) VALUES ('s1', 1, 'x', 'X', '2026-01-01')"
    )
    result = {
        "skills": {
            "paraphrasing": {"level": 2},
            "validation": {"level": 1},
            "boundaries": {"level": 0},
        }
    }
    db.execute(
        "INSERT INTO turns (session_id, seq, node_id, reply, result, next_node_id, at) VALUES ('s1', 1, 'a', 'kept', ?, 'b', 't')",
        (json.dumps(result),),
    )
    db.commit()
    db.close()
    store = Store(path=path)
    assert store.version == SCHEMA_VERSION
    [row] = store.sessions()
    assert row.trainee == "River" and row.show_scores is True
    assert store.turns("s1")[0].reply == "kept"
    assert tuple(store.db.execute("SELECT paraphrasing, validation FROM turns").fetchone()) == (
        2,
        1,
    )


def test_a_newer_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(StoreError, match="newer Peer Practice"):
        Store(path=path)


def _played(
    store: Store, scenario: Scenario, scorer: Scorer, replies: list[str], trainee: str = "River"
) -> Session:
    store.use_trainee(trainee)
    session = Session(scenario, scorer, trainee=trainee)
    recorder = Recorder(store)
    recorder.started(session)
    for reply in replies:
        turn = session.reply(reply)
        recorder.turn_taken(session, turn)
        if session.is_over:
            recorder.ended(session)
            break
    return session


def test_files_are_owner_only(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    store = Store(private_data_dir)
    _played(store, library["bad-date-next-steps"], scorer, REPLIES[:1])
    assert stat.S_IMODE(private_data_dir.stat().st_mode) == 0o700
    for path in private_data_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_export_contents(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    store = Store(private_data_dir)
    _played(
        store,
        library["bad-date-next-steps"],
        scorer,
        [*REPLIES[:2], "<script>alert(1)</script> You know a way."],
    )
    rows = store.sessions()
    md = export(store, rows, "md", library.get)
    assert "## A bad date and what comes next" in md and REPLIES[0] in md
    assert "Paraphrasing: Complex reflection (level 2)" in md and "Strength:" in md
    # The whole conversation: what the peer said before each reply, in order.
    opening = library["bad-date-next-steps"].nodes["opening"].peer[0]
    assert "**Peer:**" in md and md.index(_md(opening)) < md.index(REPLIES[0])
    page = export(store, rows, "html", library.get)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "http" not in page.replace("<!doctype html>", "")  # self-contained
    data = json.loads(export(store, rows, "json", library.get))
    assert data["version"] == 2
    assert [t["reply"] for t in data["sessions"][0]["turns"]][:2] == REPLIES[:2]
    kinds = [entry["type"] for entry in data["sessions"][0]["conversation"]]
    assert kinds[:4] == ["peer", "reply", "peer", "reply"]


def _md(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def test_export_marks_rewinds_and_the_ending_with_its_debrief(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    """A supervisor sees that the trainee went back to try a moment again, and how the
    conversation ended with the debrief questions."""
    store = Store(private_data_dir)
    scenario = library["bad-date-next-steps"]
    session = Session(scenario, scorer, trainee="Robin")
    recorder = Recorder(store)
    recorder.started(session)
    recorder.turn_taken(session, session.reply(REPLIES[0]))
    session.rewind(scenario.start_id)  # "try this moment again"
    recorder.turn_taken(session, session.reply(REPLIES[0]))
    for reply in REPLIES[1:]:
        recorder.turn_taken(session, session.reply(reply))
        if session.is_over:
            break
    recorder.ended(session)
    assert session.is_over
    ending = session.node
    assert ending.ending is not None
    data = json.loads(export(store, store.sessions(), "json", library.get))
    entries = data["sessions"][0]["conversation"]
    assert [e["type"] for e in entries][:4] == ["peer", "reply", "rewind", "peer"]
    assert entries[-1]["type"] == "ending" and entries[-1]["debrief"] == ending.ending.debrief
    md = export(store, store.sessions(), "md", library.get)
    assert "Tried this moment again" in md and f"Ending: {ending.ending.title}" in md
    for question in ending.ending.questions:
        assert _md(question) in md
    assert "- Trainee: Robin" in md and "- Date: " in md


def test_export_and_history_from_the_command_line(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer, tmp_path: Path
) -> None:
    session = _played(Store(private_data_dir), library["bad-date-next-steps"], scorer, REPLIES)
    env = cli_env(private_data_dir)
    history = subprocess.run(
        [*CLI, "history"], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    ).stdout
    assert session.id in history and "Jade made her own plan" in history and "3 replies" in history
    out = tmp_path / "t.html"
    wrote = subprocess.run(
        [*CLI, "export", session.id[:6], "--format", "html", "-o", str(out)],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    assert f"Wrote 1 session to {out}" in wrote.stderr  # not "1 session(s)"
    assert html.escape(REPLIES[0]) in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    wrong = subprocess.run(
        [*CLI, "export", "nope"], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert wrong.returncode == 2 and "no session 'nope'" in wrong.stderr


def test_forget_leaves_nothing_behind(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    marker = "Zyx-unique-marker-phrase"
    store = Store(private_data_dir)
    _played(
        store,
        library["bad-date-next-steps"],
        scorer,
        [f"It sounds like {marker} scared you."],
        trainee="Robin",
    )
    _played(store, library["warm-up-long-week"], scorer, ["That sounds exhausting."], trainee="Sam")
    store.add_ratings(
        "bad-date-next-steps",
        f"{marker} rated",
        {"validation": 1},
        {"validation": 1},
        trainee="Robin",
    )
    store.add_ratings(
        "warm-up-long-week",
        "Sam's rated reply",
        {"validation": 1},
        {"validation": 0},
        trainee="Sam",
    )
    store.close()
    env = cli_env(private_data_dir)
    refused = subprocess.run(
        [*CLI, "forget", "--trainee", "Robin"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = subprocess.run(
        [*CLI, "forget", "--trainee", "Robin", "--yes"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    assert "Deleted all of Robin's practice (1 session)" in done.stdout
    for path in private_data_dir.iterdir():
        assert marker.encode() not in path.read_bytes(), f"{path.name} still holds the text"
        assert b"Robin" not in path.read_bytes()
    store = Store(private_data_dir)
    assert store.trainees() == ["Sam"] and len(store.sessions()) == 1
    assert store.ratings() == {"validation": [(1, 0)]}  # Sam's calibration data is kept


def test_progress_over_three_days(
    private_data_dir: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    store = Store(private_data_dir)
    days = ["2026-11-20", "2026-11-21", "2026-11-22"]
    replies = [["You should call the police."], ["That sounds really frightening."], REPLIES]
    for day, batch in zip(days, replies, strict=True):
        session = _played(store, library["bad-date-next-steps"], scorer, batch)
        store.db.execute(
            "UPDATE sessions SET started_at = ? WHERE id = ?", (f"{day}T10:00:00+00:00", session.id)
        )
    from datetime import date

    lib = Library(sorted(library.values(), key=lambda s: s.id), [], {})
    data = progress(store, lib, "River", today=date(2026, 11, 23))
    assert data.sessions == 3
    para = data.trends["paraphrasing"]
    assert len(para) == 3 and para[0] < para[-1]  # improving over the three days
    assert data.trends["boundaries"][0] < data.trends["boundaries"][-1]
    assert data.days_recent == 3 and "3 days" in data.encouragement
    assert data.weakest in {"paraphrasing", "validation", "boundaries"}
    assert data.suggestions and all(data.weakest in s.skills for s in data.suggestions)
    assert data.scenarios_done == 1


def test_unreadable_database_is_one_clear_message(private_data_dir: Path) -> None:
    private_data_dir.mkdir(parents=True, exist_ok=True)
    (private_data_dir / "practice.sqlite3").write_bytes(b"this is not a database" * 100)
    result = run_cli(private_data_dir, "history")
    assert result.returncode == 1
    assert "practice database can't be opened" in result.stderr and "Traceback" not in result.stderr


def test_data_dir_env_is_used(private_data_dir: Path) -> None:
    assert os.environ["PEER_PRACTICE_DATA_DIR"] == str(private_data_dir)
    assert Store().path.parent == private_data_dir
