"""The session engine: the mutable state of one trainee playing one scenario.

Story and state are kept apart, as in ink's runtime: a `Scenario` is immutable and shared;
a `Session` takes a reply, scores it against the current node, picks the first transition
whose conditions hold (else the node's default), records the turn and moves on. A session
saves to versioned JSON and restores against the same scenario.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from simulator.content.conditions import next_node_id
from simulator.content.scenario import Node, Scenario
from simulator.scoring import Scorer, ScoreResult
from simulator.scoring.results import result_from_record, result_to_record
from simulator.scoring.text import MAX_REPLY_CHARS
from simulator.store.folder import write_private_json

SAVE_FORMAT = "peer-practice-session"
SAVE_VERSION = 1


class SessionError(Exception):
    """A session cannot do what was asked (it has ended, the save is unreadable, ...)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Turn:
    """One exchange: the node it happened at, the trainee's reply, its scores, where it led."""

    node_id: str
    reply: str
    result: ScoreResult
    next_node_id: str
    at: str = field(default_factory=_now)

    def to_json(self) -> dict[str, Any]:
        return {
            "node": self.node_id,
            "reply": self.reply,
            "result": result_to_record(self.result),
            "next": self.next_node_id,
            "at": self.at,
        }


class Session:
    """A trainee's run through one scenario."""

    def __init__(
        self,
        scenario: Scenario,
        scorer: Scorer,
        *,
        session_id: str | None = None,
        trainee: str = "",
        started_at: str | None = None,
    ) -> None:
        self.scenario = scenario
        self.scorer = scorer
        self.id = session_id or uuid.uuid4().hex[:12]
        self.trainee = trainee
        self.started_at = started_at or _now()
        self.node_id = scenario.start_id
        self.turns: list[Turn] = []
        self.left_early = False

    # ------------------------------------------------------------------ state
    @property
    def node(self) -> Node:
        return self.scenario.nodes[self.node_id]

    @property
    def is_over(self) -> bool:
        return self.node.is_ending or self.left_early

    @property
    def reached_ending(self) -> bool:
        return self.node.is_ending

    def peer_context(self) -> str:
        """The peer's last words, which the reply answers."""
        return " ".join(self.node.peer)

    # -------------------------------------------------------------- progress
    def preview(self, reply: str) -> ScoreResult:
        """Score a reply at the current node without taking the turn."""
        return self.scorer.score(self.peer_context(), reply, self.node)

    def reply(self, text: str) -> Turn:
        """Score `text` as the reply to the current node and move to the next node."""
        text = self.check_reply(text)
        return self.take_turn(text, self.preview(text))

    def check_reply(self, text: str) -> str:
        """The reply as it will be scored, or SessionError saying why it can't be taken.
        (The app checks on its own thread, then scores in the background.)"""
        if self.is_over:
            raise SessionError("this conversation has ended; start it again to keep practising")
        text = text.strip()
        if not text:
            raise SessionError("the reply is empty; type what you would say to the peer")
        if len(text) > MAX_REPLY_CHARS:
            raise SessionError(
                f"the reply is longer than {MAX_REPLY_CHARS} characters; say it more briefly"
            )
        return text

    def take_turn(self, text: str, result: ScoreResult) -> Turn:
        """Record a checked reply with its scores (from `preview` at this node) and move on."""
        turn = Turn(self.node_id, text, result, self.next_node_for(result))
        self.turns.append(turn)
        self.node_id = turn.next_node_id
        return turn

    def next_node_for(self, result: ScoreResult) -> str:
        return next_node_id(
            self.node, result.levels, result.flags, self.scorer.rubrics.rubrics, result.criteria
        )

    def leave(self) -> None:
        """Stop here. Leaving is never penalised: the turns so far are kept as they are."""
        self.left_early = True

    def rewind(self, node_id: str) -> None:
        """Go back to a moment to try it again; earlier turns stay in the transcript."""
        if node_id not in self.scenario.nodes:
            raise SessionError(f"this scenario has no moment called '{node_id}'")
        self.node_id = node_id
        self.left_early = False

    # --------------------------------------------------------- save / restore
    def to_json(self) -> dict[str, Any]:
        return {
            "format": SAVE_FORMAT,
            "version": SAVE_VERSION,
            "id": self.id,
            "scenario": self.scenario.id,
            "trainee": self.trainee,
            "started_at": self.started_at,
            "node": self.node_id,
            "left_early": self.left_early,
            "turns": [t.to_json() for t in self.turns],
        }

    @classmethod
    def from_json(cls, data: Any, scenario: Scenario, scorer: Scorer) -> Session:
        if not isinstance(data, dict) or data.get("format") != SAVE_FORMAT:
            raise SessionError("this is not a Peer Practice session file")
        version = data.get("version")
        if not isinstance(version, int) or version > SAVE_VERSION:
            raise SessionError(
                f"this session was saved by a newer Peer Practice (format {version}); update to open it"
            )
        if data.get("scenario") != scenario.id:
            raise SessionError(
                f"this session belongs to scenario '{data.get('scenario')}', not '{scenario.id}'"
            )
        try:
            session = cls(
                scenario,
                scorer,
                session_id=str(data["id"]),
                trainee=str(data.get("trainee", "")),
                started_at=str(data.get("started_at") or _now()),
            )
            for raw in data["turns"]:
                turn = Turn(
                    str(raw["node"]),
                    str(raw["reply"]),
                    result_from_record(raw["result"]),
                    str(raw["next"]),
                    str(raw["at"]),
                )
                for node_id in (turn.node_id, turn.next_node_id):
                    if node_id not in scenario.nodes:
                        raise SessionError(
                            f"the saved session refers to moment '{node_id}', which the scenario no longer has"
                        )
                session.turns.append(turn)
            node_id = str(data["node"])
            if node_id not in scenario.nodes:
                raise SessionError(
                    f"the saved session is at moment '{node_id}', which the scenario no longer has"
                )
            session.node_id = node_id
            session.left_early = bool(data.get("left_early", False))
        except (KeyError, TypeError, ValueError) as exc:
            raise SessionError(f"the session file is damaged ({exc})") from exc
        return session

    def save(self, path: Path) -> None:
        """Write atomically (a crash mid-write keeps the old file) and owner-only."""
        write_private_json(path, self.to_json())

    @classmethod
    def load(cls, path: Path, scenario: Scenario, scorer: Scorer) -> Session:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise SessionError(f"{path}: cannot read the session file ({exc.strerror})") from exc
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise SessionError(f"{path}: the session file is damaged ({exc})") from exc
        return cls.from_json(data, scenario, scorer)
