"""Rooms: pair practice across terminals and browser tabs, shared through the local store.

Why a log in the store and no network protocol: every participant's process (a terminal on
this machine, or a browser tab of `peer-practice serve`, which runs one process per tab)
opens the same SQLite file. What a participant does (joins, says a line, replies, rates,
swaps, leaves) is appended to the room's log; each process reads the log in order and folds
it into its own `PairSession` with `PairSession.apply`. Scoring is deterministic, so the same
log gives everyone the same conversation, branches and scores, and nobody's process has to
trust or serve anyone else's. WAL mode lets readers poll while someone writes.

A room is found only by its code (never listed anywhere), lives `ROOM_LIFETIME` after its
last activity, and is then deleted with everything said in it.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from simulator.content.scenario import Scenario
from simulator.practice.pair import Happened, PairSession, Roles, ToScore
from simulator.scoring import Scorer, ScoreResult
from simulator.store.database import Store

#: Unambiguous when read aloud or copied from a whiteboard: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
ROOM_LIFETIME = timedelta(hours=3)
#: How often a participant's screen looks for new lines (see `make bench-room`).
POLL_SECONDS = 0.03
#: A seat not heard from for this long has "gone quiet" (its process was killed, its
#: computer slept or lost power): the others are told, and someone else may take it.
QUIET_SECONDS = 20.0
#: Set this (in seconds) to shorten the wait, e.g. in tests.
QUIET_ENV = "PEER_PRACTICE_ROOM_QUIET_SECONDS"
ROLES = ("peer", "counsellor", "observer")
#: Which role may take each step of the log.
STEP_ROLE = {"peer": "peer", "reply": "counsellor", "rating": "observer"}


class RoomError(Exception):
    """A room can't be joined or used; the message says why and what to do."""


def quiet_seconds() -> float:
    """How long a seat may go unheard before it has gone quiet."""
    try:
        return max(0.2, float(os.environ.get(QUIET_ENV, QUIET_SECONDS)))
    except ValueError:
        return QUIET_SECONDS


def beat_seconds() -> float:
    """How often a seat says it is still there: several beats fit in the quiet time."""
    return quiet_seconds() / 5


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """'kx7-4pq' and 'KX7 4PQ' both mean KX74PQ."""
    if not text.strip():
        raise RoomError("type the code of the room to join, like KX7-4PQ")
    code = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        raise RoomError(
            f"'{text.strip()}' is not a room code; a code is {CODE_LENGTH} letters and digits, "
            "like KX7-4PQ"
        )
    return code


def pretty_code(code: str) -> str:
    return f"{code[:3]}-{code[3:]}"


@dataclass(frozen=True)
class RoomEvent:
    id: int
    kind: str
    member: str
    body: dict[str, Any]


@dataclass
class Member:
    id: str
    name: str
    role: str


class RoomPlay:
    """A room's shared state, folded from its log: who holds which role, and the session."""

    def __init__(self, scenario: Scenario, scorer: Scorer) -> None:
        self.pair = PairSession(scenario, scorer, Roles("", "", ""))
        self.members: dict[str, Member] = {}
        self.last_event = 0
        #: round -> name -> whether they keep it (and let others keep their words from it).
        self.keeps: dict[int, dict[str, bool]] = {}

    def holder(self, role: str) -> Member | None:
        return next((m for m in self.members.values() if m.role == role), None)

    def free_roles(self) -> list[str]:
        return [role for role in ROLES if self.holder(role) is None]

    @staticmethod
    def same_person(member: Member, name: str) -> bool:
        return member.name.casefold() == name.strip().casefold()

    def to_score(self, event: RoomEvent) -> ToScore | None:
        """What applying this logged step now would score (a counsellor's reply in its
        turn, by the counsellor), or None."""
        holder = self.holder("counsellor")
        if event.kind != "reply" or holder is None or holder.id != event.member:
            return None
        return self.pair.to_score(event.kind, event.body)

    def apply(self, event: RoomEvent, *, scored: ScoreResult | None = None) -> Happened | None:
        """Apply one logged step; steps out of turn or by someone without the role are ignored.
        `scored`: the reply's result from `to_score`, when it was scored off the UI thread."""
        self.last_event = max(self.last_event, event.id)
        body = event.body
        if event.kind == "join":
            role, name = str(body.get("role", "")), str(body.get("name", "")).strip()
            if role not in ROLES or event.member in self.members or not name:
                return None
            holder = self.holder(role)
            if holder is not None and not self.same_person(holder, name):
                return None
            if holder is not None:
                # The same name again: their terminal closed or their tab reloaded.
                del self.members[holder.id]
            self.members[event.member] = Member(event.member, name, role)
            self._sync_roles()
            again = holder is not None
            text = f"{name} is back as the {role}." if again else f"{name} joined as the {role}."
            return Happened("join", text, who=name, role=role, round=self.pair.round)
        if event.kind in ("leave", "quiet"):
            # "quiet": someone found this seat silent past the quiet time and took it over.
            gone = event.member if event.kind == "leave" else str(body.get("member", ""))
            member = self.members.pop(gone, None)
            if member is None:
                return None
            # Nobody is left to rate the waiting reply: it is shown with its scores.
            released = self.pair.skip_rating() if member.role == "observer" else None
            self._sync_roles()
            text = (
                f"{member.name} left the room."
                if event.kind == "leave"
                else f"{member.name} had gone quiet; the {member.role}'s seat was taken over."
            )
            return Happened(
                event.kind,  # "leave", or "quiet" (their seat was taken over)
                text,
                exchange=released,
                who=member.name,
                role=member.role,
                round=self.pair.round,
            )
        if event.member not in self.members:
            return None
        if event.kind == "keep":
            return self._keep(self.members[event.member], body)
        needed = STEP_ROLE.get(event.kind)
        if needed is not None:
            holder = self.holder(needed)
            if holder is None or holder.id != event.member:
                return None
        triad = self.holder("observer") is not None
        happened = self.pair.apply(event.kind, body, scored=scored)
        if happened is not None and happened.kind == "swap":
            # As `Roles.next_round`: a pair swaps, a triad rotates all three roles.
            after = (
                {"peer": "counsellor", "counsellor": "observer", "observer": "peer"}
                if triad
                else {"peer": "counsellor", "counsellor": "peer"}
            )
            for member in self.members.values():
                member.role = after.get(member.role, member.role)
            self._sync_roles()
            happened = Happened("swap", self.pair.round_text(), round=self.pair.round)
        return happened

    def _keep(self, member: Member, body: dict[str, Any]) -> Happened | None:
        """Someone's answer to "keep this round in your history?" (`simulator.store.kept`): it is
        also their yes or no to others keeping their words from that round."""
        try:
            round_no, keep = int(body["round"]), bool(body["keep"])
        except (KeyError, TypeError, ValueError):
            return None
        if not any(e.round == round_no for e in self.pair.exchanges):
            return None
        self.keeps.setdefault(round_no, {})[member.name] = keep
        said = "keeps" if keep else "doesn't keep"
        return Happened(
            "keep",
            f"{member.name} {said} round {round_no} in their history.",
            who=member.name,
            role=member.role,
            round=round_no,
        )

    def _sync_roles(self) -> None:
        names = {m.role: m.name for m in self.members.values()}
        self.pair.roles = Roles(
            names.get("peer", ""), names.get("counsellor", ""), names.get("observer", "")
        )


def _expiry() -> datetime:
    return datetime.now(UTC) + ROOM_LIFETIME


#: The seats this process holds: member id -> (store file, room code). A process ending in
#: a hurry (`simulator.lifeline`) frees them with `release_held_seats`.
_held: dict[str, tuple[Path, str]] = {}
_held_lock = threading.Lock()


def release_held_seats() -> None:
    """Say "left" for every seat this process still holds, each from a fresh connection to
    the store, so it works from any thread, whatever the UI's thread is doing."""
    with _held_lock:
        held = list(_held.items())
        _held.clear()
    for member, (path, code) in held:
        with suppress(sqlite3.Error, OSError):
            store = Store(path=path)
            try:
                with store.transaction():
                    if store.room(code) is not None:
                        store.add_room_event(code, "leave", member, {}, _expiry())
            finally:
                store.close()


class RoomClient:
    """One participant's seat in a room: sends their steps, reads everyone's."""

    def __init__(self, store: Store, code: str, member: str, play: RoomPlay) -> None:
        self.store = store
        self.code = code
        self.member = member
        self.play = play
        self._seen_version = -1
        #: The last step fetched (it may wait to be applied while a reply is scored).
        self._fetched = 0
        #: Replies already scored (by step) when the seat was claimed: not scored again.
        self.scored: dict[int, ScoreResult] = {}
        self.left = False
        self._stop = threading.Event()
        #: Seats (member ids) of this room that have gone quiet, as of the last `quiet` call.
        self.quiet: set[str] = set()
        with _held_lock:
            _held[member] = (store.path, code)
        threading.Thread(target=self._heartbeat, name="room-heartbeat", daemon=True).start()

    def _heartbeat(self) -> None:
        """Say we are here every few seconds, on a connection of our own, until we leave
        (or the process ends: then the beats stop, and the seat goes quiet)."""
        try:
            store = Store(path=self.store.path)
        except Exception:
            return
        try:
            while not self._stop.is_set():
                with suppress(sqlite3.Error):
                    store.beat(self.code, self.member, time.time())
                self._stop.wait(beat_seconds())
        finally:
            store.close()

    def find_quiet(self) -> list[Member]:
        """Members holding a seat who have newly gone quiet since the last call (all of the
        quiet ones are in `self.quiet`)."""
        now, limit = time.time(), quiet_seconds()
        heard = self.store.heard(self.code)
        quiet = {m.id for m in self.play.members.values() if now - heard.get(m.id, 0.0) > limit}
        new = [self.play.members[m] for m in quiet - self.quiet]
        self.quiet = quiet
        return new

    @property
    def me(self) -> Member | None:
        return self.play.members.get(self.member)

    @classmethod
    def create(
        cls, store: Store, scenario: Scenario, scorer: Scorer, name: str, role: str
    ) -> RoomClient:
        return cls._enter(store, cls.new_room(store, scenario), scenario, scorer, name, role)

    @staticmethod
    def new_room(store: Store, scenario: Scenario) -> str:
        """A new room for this scenario; returns its code."""
        store.purge_rooms()
        for _ in range(20):
            code = new_code()
            if store.create_room(code, scenario.id, _expiry()):
                return code
        raise RoomError("couldn't find a free room code; try again")  # pragma: no cover

    @staticmethod
    def scenario_of(store: Store, code: str, find: Callable[[str], Scenario | None]) -> Scenario:
        """The scenario a live room practises, looked up with `find` (the library's `get`),
        or RoomError saying why the room can't be joined."""
        store.purge_rooms()
        scenario_id = store.room(code)
        if scenario_id is None:
            raise RoomError(
                f"there is no room {pretty_code(code)} here; check the code with the person who "
                f"started it (rooms close {ROOM_LIFETIME.seconds // 3600} hours after their last line)"
            )
        scenario = find(scenario_id)
        if scenario is None:
            raise RoomError(
                f"that room practises '{scenario_id}', which isn't in this scenarios folder; "
                "open the same folder as the person who started it"
            )
        return scenario

    @classmethod
    def join(
        cls, store: Store, code: str, scenario: Scenario, scorer: Scorer, name: str, role: str
    ) -> RoomClient:
        return cls._enter(store, code, scenario, scorer, name, role)

    @classmethod
    def _enter(
        cls, store: Store, code: str, scenario: Scenario, scorer: Scorer, name: str, role: str
    ) -> RoomClient:
        member = cls.claim(store, code, scenario, scorer, name, role)
        return cls(store, code, member, RoomPlay(scenario, scorer))

    @staticmethod
    def claim(
        store: Store,
        code: str,
        scenario: Scenario,
        scorer: Scorer,
        name: str,
        role: str,
        *,
        scores: dict[int, ScoreResult] | None = None,
    ) -> str:
        """Take `role` in room `code` (reading the log, which scores its replies, to see who
        holds what); returns the new member id. The app does this in a thread, on a store
        connection of its own, then seats a `RoomClient` with that id on its UI thread;
        `scores` collects each reply's result by step, so the screen needn't score it again."""
        if role not in ROLES:
            raise RoomError(f"'{role}' is not a role here; choose one of {', '.join(ROLES)}")
        if not name.strip():
            raise RoomError("say what name to show the others")
        member = uuid.uuid4().hex[:12]
        play = RoomPlay(scenario, scorer)
        # Read the log and claim the role in one write transaction: two people can't both
        # become the counsellor.
        with store.transaction():
            if store.room(code) is None:
                raise RoomError(f"room {pretty_code(code)} has closed")
            for row in store.room_events(code):
                event = RoomEvent(*row)
                job = play.to_score(event)
                result = None if job is None else scorer.score(job.peer_line, job.reply, job.node)
                play.apply(event, scored=result)
                if result is not None and scores is not None:
                    scores[event.id] = result
            taken = play.holder(role)
            if taken is not None and not RoomPlay.same_person(taken, name):
                silent = time.time() - store.heard(code).get(taken.id, 0.0)
                if silent <= quiet_seconds():
                    free = ", ".join(play.free_roles()) or "none"
                    raise RoomError(
                        f"{taken.name} is already the {role} in this room (free roles: {free}; "
                        f"a seat not heard from for {quiet_seconds():.0f} s can be taken)"
                    )
                store.add_room_event(code, "quiet", member, {"member": taken.id}, _expiry())
            store.add_room_event(
                code, "join", member, {"name": name.strip(), "role": role}, _expiry()
            )
            store.beat(code, member, time.time())
        return member

    def send(self, kind: str, body: dict[str, Any] | None = None) -> int:
        """Append one step of ours to the log (it shows up for everyone, us too, on `poll`);
        returns its place in the log."""
        with self.store.transaction():
            if self.store.room(self.code) is None:
                raise RoomError(f"room {pretty_code(self.code)} has closed")
            event_id = self.store.add_room_event(
                self.code, kind, self.member, body or {}, _expiry()
            )
        self._seen_version = -1  # our own commit doesn't change data_version for us
        return event_id

    def poll(self) -> list[tuple[RoomEvent, Happened | None]]:
        """New steps since the last poll, applied in order, with what each did."""
        return [(event, self.play.apply(event)) for event in self.fetch()]

    def fetch(self) -> list[RoomEvent]:
        """New steps since the last fetch, not yet applied: a screen applies them in order
        with `play.apply`, scoring replies (`play.to_score`) off its UI thread."""
        version = self.store.data_version()
        if version == self._seen_version:
            return []
        self._seen_version = version
        after = max(self.play.last_event, self._fetched)
        events = [RoomEvent(*row) for row in self.store.room_events(self.code, after)]
        if events:
            self._fetched = events[-1].id
        return events

    def leave(self) -> None:
        """Say we left (once): the others see it and our role is free for someone else."""
        if self.left:
            return
        self.left = True
        self._stop.set()
        with _held_lock:
            if _held.pop(self.member, None) is None:
                return  # already released by a process ending in a hurry
        with suppress(RoomError, sqlite3.Error):
            self.send("leave")
