"""The local store: trainees, sessions and turns in one SQLite file on this machine.

Why SQLite: each turn is committed the moment it is sent (a crash, a kill -9 or a closed
terminal loses nothing that was sent), several processes can write at once (WAL mode and a
busy timeout), and forgetting someone is a real DELETE followed by VACUUM. The file is
owner-only (0600) in the private data folder (see `simulator.store.folder`).

The schema is versioned with `PRAGMA user_version`; `MIGRATIONS[n]` moves a database from
version n to n+1, so an older file is upgraded in place when it is opened.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from simulator.store.folder import data_dir

DB_NAME = "practice.sqlite3"

MIGRATIONS: list[str] = [
    # 0 -> 1: the first schema.
    """
    CREATE TABLE trainees (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL,
        last_used_at TEXT NOT NULL
    );
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        trainee_id INTEGER REFERENCES trainees(id) ON DELETE CASCADE,
        scenario_id TEXT NOT NULL,
        scenario_title TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL DEFAULT 'active',
        ending TEXT
    );
    CREATE TABLE turns (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        node_id TEXT NOT NULL,
        reply TEXT NOT NULL,
        result TEXT NOT NULL,
        next_node_id TEXT NOT NULL,
        at TEXT NOT NULL,
        UNIQUE (session_id, seq)
    );
    """,
    # 1 -> 2: remember whether scores were shown, keep per-skill levels in columns for fast
    # progress queries, and index what history and progress read.
    """
    ALTER TABLE sessions ADD COLUMN show_scores INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE turns ADD COLUMN paraphrasing INTEGER;
    ALTER TABLE turns ADD COLUMN validation INTEGER;
    ALTER TABLE turns ADD COLUMN boundaries INTEGER;
    UPDATE turns SET
        paraphrasing = json_extract(result, '$.skills.paraphrasing.level'),
        validation = json_extract(result, '$.skills.validation.level'),
        boundaries = json_extract(result, '$.skills.boundaries.level');
    CREATE INDEX sessions_by_trainee ON sessions (trainee_id, started_at);
    CREATE INDEX sessions_by_status ON sessions (status);
    """,
    # 2 -> 3: history lists everyone's sessions newest first.
    """
    CREATE INDEX sessions_by_start ON sessions (started_at);
    """,
    # 3 -> 4: observer ratings from pair practice, kept as calibration data for facilitators.
    """
    CREATE TABLE calibration (
        id INTEGER PRIMARY KEY,
        trainee TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        scenario_id TEXT NOT NULL,
        skill TEXT NOT NULL,
        human_level INTEGER NOT NULL,
        auto_level INTEGER NOT NULL,
        reply TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE INDEX calibration_by_skill ON calibration (skill);
    """,
    # 4 -> 5: rooms for pair practice across terminals and browser tabs (`simulator.practice.room`).
    # A room is its code and its log; deleting the room deletes the log.
    """
    CREATE TABLE rooms (
        code TEXT PRIMARY KEY,
        scenario_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    CREATE TABLE room_events (
        id INTEGER PRIMARY KEY,
        room TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        member TEXT NOT NULL,
        body TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX room_events_by_room ON room_events (room, id);
    """,
    # 5 -> 6: heartbeats of room seats (`simulator.practice.room`): when each seat was last heard
    # from, so a seat whose process was killed or lost power can be taken after a while.
    """
    CREATE TABLE room_seats (
        room TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
        member TEXT NOT NULL,
        heard_at REAL NOT NULL,
        PRIMARY KEY (room, member)
    );
    -- Rounds from rooms and pairs kept in someone's history (`simulator.store.kept`): where a
    -- session came from, and per turn what a solo turn doesn't have (the peer-player's own
    -- line, who played which role, the observer's ratings and note).
    ALTER TABLE sessions ADD COLUMN origin TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE turns ADD COLUMN extra TEXT NOT NULL DEFAULT '{}';
    """,
    # n -> n+1: the course path (`simulator.practice.course_store`): what each trainee did in
    # each unit, their drill items' spaced-repetition boxes, and their private journal
    # (reflections and check-ins). Keyed by name like calibration; `forget` deletes them.
    """
    CREATE TABLE course_events (
        id INTEGER PRIMARY KEY,
        trainee TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        course_id TEXT NOT NULL,
        unit_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}',
        at TEXT NOT NULL
    );
    CREATE INDEX course_events_by_trainee ON course_events (trainee, course_id, unit_id);
    CREATE TABLE drill_boxes (
        trainee TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        course_id TEXT NOT NULL,
        unit_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        box INTEGER NOT NULL,
        due_set INTEGER NOT NULL,
        right INTEGER NOT NULL DEFAULT 0,
        missed INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL,
        PRIMARY KEY (trainee, course_id, unit_id, item_id)
    );
    CREATE TABLE journal (
        id INTEGER PRIMARY KEY,
        trainee TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        kind TEXT NOT NULL,
        course_id TEXT NOT NULL DEFAULT '',
        unit_id TEXT NOT NULL DEFAULT '',
        prompt TEXT NOT NULL DEFAULT '',
        rating INTEGER,
        entry TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    );
    CREATE INDEX journal_by_trainee ON journal (trainee, at);
    """,
    # n -> n+1: a trainee's own choices that last between sessions
    # (`simulator.practice.trainee_settings`), e.g. not being offered check-ins. Keyed by
    # name like the journal; `forget` deletes them.
    """
    CREATE TABLE trainee_settings (
        trainee TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (trainee, key)
    );
    """,
]
#: Tables keyed by trainee name that `forget` clears (the course path's, and settings).
PER_TRAINEE_TABLES = ("course_events", "drill_boxes", "journal", "trainee_settings")
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The store cannot be used (a newer schema, a damaged file, a full disk)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class SessionRow:
    id: str
    trainee: str
    scenario_id: str
    scenario_title: str
    started_at: str
    ended_at: str | None
    status: str
    ending: str | None
    turns: int
    show_scores: bool = True
    #: {} for solo practice; for a kept room or pair round: {"kind": "room"|"pair",
    #: "round": n, "role": the keeper's role, "peer": ..., "counsellor": ..., "observer": ...}
    origin: dict[str, Any] = field(default_factory=dict)

    @property
    def outcome(self) -> str:
        """The ending reached, else how it stopped ("left early", "not finished")."""
        return self.ending or {"left": "left early", "active": "not finished"}.get(
            self.status, self.status
        )


@dataclass(frozen=True)
class TurnRow:
    seq: int
    node_id: str
    reply: str
    result: dict[str, Any]
    next_node_id: str
    at: str
    #: A kept room or pair round's turn: {"peer_line", "followed", "human", "note", ...}.
    extra: dict[str, Any] = field(default_factory=dict)


class Store:
    """One open connection to the practice database."""

    def __init__(self, folder: Path | None = None, *, path: Path | None = None) -> None:
        self.path = path or data_dir(folder) / DB_NAME
        new = not self.path.exists()
        if new:
            # Create it owner-only before SQLite writes anything into it.
            fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        os.chmod(self.path, 0o600)
        try:
            self.db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout=10000")
            self._use_wal()
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            # Deleted rows are overwritten, not left readable in free pages of the file.
            self.db.execute("PRAGMA secure_delete=ON")
            self._migrate()
            self.purge_rooms()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: the practice database can't be opened ({exc})") from exc
        for suffix in ("-wal", "-shm"):
            side = Path(str(self.path) + suffix)
            if side.exists():
                os.chmod(side, 0o600)

    def _use_wal(self) -> None:
        """Switch to WAL. When two processes open a new file at the same moment, the switch
        can report 'database is locked' at once instead of waiting, so wait here."""
        deadline = time.monotonic() + 10
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    # ------------------------------------------------------------------ schema
    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Bring the file up to SCHEMA_VERSION, one step per transaction. The version is read
        inside the (write-locked) transaction, so two processes opening a new file at once
        don't both apply the same step."""
        while True:
            with self.transaction():
                version = self.version
                if version > SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.path} was written by a newer Peer Practice (schema {version}); "
                        "update to open it"
                    )
                if version == SCHEMA_VERSION:
                    return
                for statement in _statements(MIGRATIONS[version]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={version + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self.db.close()

    # ---------------------------------------------------------------- trainees
    def trainees(self) -> list[str]:
        rows = self.db.execute("SELECT name FROM trainees ORDER BY last_used_at DESC, name")
        return [r["name"] for r in rows]

    def last_trainee(self) -> str | None:
        names = self.trainees()
        return names[0] if names else None

    def use_trainee(self, name: str) -> str:
        """Create the trainee if new, mark as used now, and return the stored spelling."""
        now = _now()
        with self.transaction():
            self.db.execute(
                "INSERT INTO trainees (name, created_at, last_used_at) VALUES (?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET last_used_at = excluded.last_used_at",
                (name, now, now),
            )
        row = self.db.execute("SELECT name FROM trainees WHERE name = ?", (name,)).fetchone()
        return str(row["name"])

    def knows(self, name: str) -> bool:
        """Whether anything is kept under this name: a profile, observer ratings of their
        replies, or a room they joined."""
        row = self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM trainees WHERE name = ?1) "
            "OR EXISTS (SELECT 1 FROM calibration WHERE trainee = ?1) "
            "OR EXISTS (SELECT 1 FROM journal WHERE trainee = ?1) "
            "OR EXISTS (SELECT 1 FROM room_events WHERE kind = 'join' "
            "  AND json_extract(body, '$.name') = ?1 COLLATE NOCASE)",
            (name,),
        ).fetchone()
        return bool(row[0])

    def _trainee_id(self, name: str) -> int | None:
        if not name:
            return None
        row = self.db.execute("SELECT id FROM trainees WHERE name = ?", (name,)).fetchone()
        return int(row["id"]) if row else None

    # ---------------------------------------------------------------- sessions
    def start_session(
        self,
        session_id: str,
        trainee: str,
        scenario_id: str,
        title: str,
        started_at: str,
        *,
        show_scores: bool = True,
    ) -> None:
        trainee_id = self._trainee_id(trainee) if trainee else None
        if trainee and trainee_id is None:
            self.use_trainee(trainee)
            trainee_id = self._trainee_id(trainee)
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO sessions (id, trainee_id, scenario_id, scenario_title, started_at, show_scores) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (session_id, trainee_id, scenario_id, title, started_at, int(show_scores)),
            )

    def set_origin(self, session_id: str, origin: dict[str, Any]) -> None:
        """Where a session came from (a kept room or pair round; see `SessionRow.origin`)."""
        with self.transaction():
            self.db.execute(
                "UPDATE sessions SET origin = ? WHERE id = ?",
                (json.dumps(origin, ensure_ascii=False), session_id),
            )

    def add_turn(self, session_id: str, seq: int, turn: dict[str, Any]) -> None:
        """Commit one turn now. `turn` is `simulator.practice.session.Turn.to_json()`."""
        levels = {k: v["level"] for k, v in turn["result"]["skills"].items()}
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO turns (session_id, seq, node_id, reply, result, next_node_id, at, "
                "paraphrasing, validation, boundaries, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    seq,
                    turn["node"],
                    turn["reply"],
                    json.dumps(turn["result"], ensure_ascii=False),
                    turn["next"],
                    turn["at"],
                    levels.get("paraphrasing"),
                    levels.get("validation"),
                    levels.get("boundaries"),
                    json.dumps(turn.get("extra", {}), ensure_ascii=False),
                ),
            )

    def end_session(self, session_id: str, status: str, ending: str | None) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE sessions SET status = ?, ending = ?, ended_at = ? WHERE id = ?",
                (status, ending, _now(), session_id),
            )

    def set_status(self, session_id: str, status: str) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE sessions SET status = ?, ended_at = NULL WHERE id = ?", (status, session_id)
            )

    _SESSION_SELECT = (
        "SELECT s.*, COALESCE(t.name, '') AS trainee, "
        "(SELECT COUNT(*) FROM turns WHERE session_id = s.id) AS turn_count "
        "FROM sessions s LEFT JOIN trainees t ON t.id = s.trainee_id"
    )

    @staticmethod
    def _session_row(r: sqlite3.Row) -> SessionRow:
        return SessionRow(
            r["id"],
            r["trainee"],
            r["scenario_id"],
            r["scenario_title"],
            r["started_at"],
            r["ended_at"],
            r["status"],
            r["ending"],
            r["turn_count"],
            bool(r["show_scores"]),
            json.loads(r["origin"] or "{}"),
        )

    def sessions(
        self, *, trainee: str | None = None, limit: int | None = None, status: str | None = None
    ) -> list[SessionRow]:
        where, args = [], []
        if trainee is not None:
            where.append("t.name = ?")
            args.append(trainee)
        if status is not None:
            where.append("s.status = ?")
            args.append(status)
        sql = (
            self._SESSION_SELECT
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY s.started_at DESC, s.id"
            + (f" LIMIT {int(limit)}" if limit else "")
        )
        return [self._session_row(r) for r in self.db.execute(sql, args)]

    def session(self, session_id: str) -> SessionRow | None:
        """The session with this id, or the only one whose id starts with it."""
        rows = self.db.execute(
            self._SESSION_SELECT + " WHERE s.id = ? OR s.id LIKE ? ORDER BY s.id = ? DESC LIMIT 2",
            (session_id, session_id + "%", session_id),
        ).fetchall()
        if not rows or (len(rows) > 1 and rows[0]["id"] != session_id):
            return None
        return self._session_row(rows[0])

    def turns(self, session_id: str) -> list[TurnRow]:
        rows = self.db.execute(
            "SELECT seq, node_id, reply, result, next_node_id, at, extra FROM turns "
            "WHERE session_id = ? ORDER BY seq",
            (session_id,),
        )
        return [
            TurnRow(
                r["seq"],
                r["node_id"],
                r["reply"],
                json.loads(r["result"]),
                r["next_node_id"],
                r["at"],
                json.loads(r["extra"] or "{}"),
            )
            for r in rows
        ]

    def interrupted(self, trainee: str | None) -> list[SessionRow]:
        """Sessions that were never ended (a crash, a closed terminal) and have turns. A kept
        room or pair round (`origin`) is not one to resume on your own."""
        rows = self.sessions(trainee=trainee, status="active")
        return [s for s in rows if s.turns > 0 and not s.origin]

    # ---------------------------------------------------------------- progress
    def skill_trend(self, trainee: str, *, last: int = 30) -> list[tuple[str, float, float, float]]:
        """Per session (oldest first, at most `last`): start time and each skill's mean level.
        A kept room round counts only if the trainee counselled in it (their own replies)."""
        rows = self.db.execute(
            "WITH recent AS (SELECT s.id, s.started_at FROM sessions s JOIN trainees t ON t.id = s.trainee_id "
            "  WHERE t.name = ? AND COALESCE(json_extract(s.origin, '$.role'), 'counsellor') = 'counsellor' "
            "  ORDER BY s.started_at DESC LIMIT ?) "
            "SELECT r.started_at, AVG(u.paraphrasing) p, AVG(u.validation) v, AVG(u.boundaries) b "
            "FROM recent r JOIN turns u ON u.session_id = r.id GROUP BY r.id ORDER BY r.started_at",
            (trainee, last),
        ).fetchall()
        return [(r["started_at"], r["p"] or 0.0, r["v"] or 0.0, r["b"] or 0.0) for r in rows]

    def session_count(self, trainee: str) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM sessions s JOIN trainees t ON t.id = s.trainee_id WHERE t.name = ?",
            (trainee,),
        ).fetchone()
        return int(row[0])

    def practice_days(self, trainee: str) -> list[str]:
        rows = self.db.execute(
            "SELECT DISTINCT substr(s.started_at, 1, 10) d FROM sessions s JOIN trainees t ON t.id = s.trainee_id "
            "WHERE t.name = ? ORDER BY d",
            (trainee,),
        )
        return [r["d"] for r in rows]

    def scenarios_done(self, trainee: str) -> set[str]:
        rows = self.db.execute(
            "SELECT DISTINCT s.scenario_id FROM sessions s JOIN trainees t ON t.id = s.trainee_id "
            "WHERE t.name = ? AND s.status = 'ended'",
            (trainee,),
        )
        return {r["scenario_id"] for r in rows}

    # ------------------------------------------------------------- calibration
    def add_ratings(
        self,
        scenario_id: str,
        reply: str,
        human: dict[str, int],
        auto: dict[str, int],
        note: str = "",
        *,
        trainee: str = "",
    ) -> None:
        """An observer's ratings of one reply by `trainee` (the counsellor), beside the scorer's."""
        now = _now()
        rows = [
            (trainee, scenario_id, skill, level, auto[skill], reply, note, now)
            for skill, level in human.items()
        ]
        with self.transaction():
            self.db.executemany(
                "INSERT INTO calibration (trainee, scenario_id, skill, human_level, auto_level, reply, note, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def ratings(self) -> dict[str, list[tuple[int, int]]]:
        pairs: dict[str, list[tuple[int, int]]] = {}
        for row in self.db.execute(
            "SELECT skill, human_level, auto_level FROM calibration ORDER BY id"
        ):
            pairs.setdefault(row["skill"], []).append(
                (int(row["human_level"]), int(row["auto_level"]))
            )
        return pairs

    # ------------------------------------------------------------------- rooms
    def purge_rooms(self, now: datetime | None = None) -> int:
        """Delete rooms (and everything said in them) whose time is up. Runs whenever the
        store is opened, so an expired room is gone even if no one uses rooms again."""
        stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        expired = "SELECT 1 FROM rooms WHERE expires_at <= ?"
        if self.db.execute(expired, (stamp,)).fetchone() is None:
            return 0  # the usual case: no write lock taken
        with self.transaction():
            cursor = self.db.execute("DELETE FROM rooms WHERE expires_at <= ?", (stamp,))
        # Pages overwritten (secure_delete); copies of them in the WAL go too, if no one is
        # reading just now (otherwise at the next checkpoint).
        with suppress(sqlite3.Error):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(cursor.rowcount)

    def create_room(self, code: str, scenario_id: str, expires_at: datetime) -> bool:
        """A new room; False when the code is already in use."""
        with self.transaction():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO rooms (code, scenario_id, created_at, expires_at) "
                "VALUES (?, ?, ?, ?)",
                (code, scenario_id, _now(), expires_at.isoformat(timespec="seconds")),
            )
        return cursor.rowcount == 1

    def room(self, code: str) -> str | None:
        """The scenario id of a live room, or None."""
        row = self.db.execute(
            "SELECT scenario_id FROM rooms WHERE code = ? AND expires_at > ?", (code, _now())
        ).fetchone()
        return str(row["scenario_id"]) if row else None

    def add_room_event(
        self, code: str, kind: str, member: str, body: dict[str, Any], expires_at: datetime
    ) -> int:
        """Append to a room's log (the caller holds a transaction) and keep the room alive."""
        cursor = self.db.execute(
            "INSERT INTO room_events (room, kind, member, body, at) VALUES (?, ?, ?, ?, ?)",
            (code, kind, member, json.dumps(body, ensure_ascii=False), _now()),
        )
        self.db.execute(
            "UPDATE rooms SET expires_at = ? WHERE code = ?",
            (expires_at.isoformat(timespec="seconds"), code),
        )
        return int(cursor.lastrowid or 0)

    def room_events(self, code: str, after: int = 0) -> list[tuple[int, str, str, dict[str, Any]]]:
        """(id, kind, member, body) of a room's log after event `after`, oldest first."""
        rows = self.db.execute(
            "SELECT id, kind, member, body FROM room_events WHERE room = ? AND id > ? ORDER BY id",
            (code, after),
        )
        return [(int(r["id"]), r["kind"], r["member"], json.loads(r["body"])) for r in rows]

    def beat(self, code: str, member: str, at: float) -> None:
        """A seat's heartbeat: `member` was heard from in room `code` at `at` (epoch s)."""
        with suppress(sqlite3.IntegrityError):  # the room has just closed
            self.db.execute(
                "INSERT INTO room_seats (room, member, heard_at) VALUES (?, ?, ?) "
                "ON CONFLICT (room, member) DO UPDATE SET heard_at = excluded.heard_at",
                (code, member, at),
            )

    def heard(self, code: str) -> dict[str, float]:
        """When each seat of a room was last heard from (epoch seconds), by member id."""
        rows = self.db.execute("SELECT member, heard_at FROM room_seats WHERE room = ?", (code,))
        return {r["member"]: float(r["heard_at"]) for r in rows}

    def data_version(self) -> int:
        """Changes when another connection commits: a cheap 'anything new?' before a query."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    # ------------------------------------------------------------------ forget
    def forget(self, *, trainee: str | None = None, everything: bool = False) -> int:
        """Delete for real: rows, then VACUUM and a WAL checkpoint so no page keeps the text.
        Returns how many sessions were deleted."""
        with self.transaction():
            if everything:
                count = self.db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
                self.db.execute("DELETE FROM turns")
                self.db.execute("DELETE FROM sessions")
                self.db.execute("DELETE FROM trainees")
                self.db.execute("DELETE FROM calibration")
                self.db.execute("DELETE FROM rooms")
                for table in PER_TRAINEE_TABLES:
                    self.db.execute(f"DELETE FROM {table}")
            else:
                trainee_id = self._trainee_id(trainee or "")
                count = self.db.execute(
                    "SELECT COUNT(*) FROM sessions WHERE trainee_id = ?", (trainee_id,)
                ).fetchone()[0]
                self.db.execute(
                    "DELETE FROM turns WHERE session_id IN (SELECT id FROM sessions WHERE trainee_id = ?)",
                    (trainee_id,),
                )
                self.db.execute("DELETE FROM sessions WHERE trainee_id = ?", (trainee_id,))
                self.db.execute("DELETE FROM trainees WHERE id = ?", (trainee_id,))
                self.db.execute("DELETE FROM calibration WHERE trainee = ?", (trainee,))
                for table in PER_TRAINEE_TABLES:
                    self.db.execute(f"DELETE FROM {table} WHERE trainee = ?", (trainee,))
                # Rooms they were in go too (a room lives a few hours; its log names them).
                self.db.execute(
                    "DELETE FROM rooms WHERE code IN (SELECT room FROM room_events "
                    "WHERE kind = 'join' AND json_extract(body, '$.name') = ? COLLATE NOCASE)",
                    (trainee,),
                )
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(count)

    def forget_guest(self) -> int:
        """Delete for real the sessions kept without a name (`history` lists them as
        "guest"). Returns how many were deleted."""
        nameless = "SELECT id FROM sessions WHERE trainee_id IS NULL"
        with self.transaction():
            count = self.db.execute(f"SELECT COUNT(*) FROM ({nameless})").fetchone()[0]
            self.db.execute(f"DELETE FROM turns WHERE session_id IN ({nameless})")
            self.db.execute("DELETE FROM sessions WHERE trainee_id IS NULL")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(count)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
