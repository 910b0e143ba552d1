"""Pair practice on one screen: one person plays the peer, one counsels, one may observe.

Domain only (no UI). The peer-player sees the scenario's lines as prompts and may say them
as written or improvise. A counsellor reply is scored node-aware when the peer followed the
script closely, generically (against what the peer actually said) when they improvised. An
observer's ratings sit beside the automatic scores; `agreement` compares them, and the
ratings are stored as calibration data for facilitators (`peer-practice calibration`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, utils

from simulator.content.conditions import next_node_id
from simulator.content.scenario import Node, Scenario
from simulator.scoring import Scorer, ScoreResult
from simulator.store.database import Store

SKILLS = ("paraphrasing", "validation", "boundaries")
#: How close (0-100) the peer-player's words must be to the script to count as following it.
SCRIPT_MATCH = 80.0


@dataclass
class Exchange:
    round: int
    node_id: str
    peer_line: str
    followed_script: bool
    reply: str
    auto: ScoreResult
    human: dict[str, int] | None = None
    note: str = ""
    #: An observer was there when the reply was given, so it waits for their ratings.
    needs_rating: bool = False
    #: Who counselled (the name at the time) and where the reply led.
    counsellor: str = ""
    next_node_id: str = ""
    #: Who played the peer when the reply was given, and who rated it.
    peer_player: str = ""
    observer: str = ""


@dataclass(frozen=True)
class ToScore:
    """What a counsellor's reply is scored with, when the step that carries it applies: the
    peer's line as said, the reply, and the scenario's moment (None when the peer
    improvised). A screen scores it off its UI thread and hands the result to `apply`."""

    peer_line: str
    reply: str
    node: Node | None


@dataclass(frozen=True)
class Happened:
    """What one applied step did, for a screen to show."""

    kind: str  # "peer", "reply", "rating", "swap" (rooms add "join", "leave", "quiet", "keep")
    text: str = ""
    followed: bool = False
    exchange: Exchange | None = None
    #: Who took the step, in which role and round, as it was then: a replay shows these,
    #: never the names that hold the roles by the time it is shown.
    who: str = ""
    role: str = ""
    round: int = 0


@dataclass
class Roles:
    peer: str
    counsellor: str
    observer: str = ""

    def swapped(self) -> Roles:
        return Roles(self.counsellor, self.peer, self.observer)

    def next_round(self) -> Roles:
        """Who plays what next: a pair swaps; a triad rotates all three roles (the peer-player
        counsels, the counsellor observes, the observer plays the peer), so after three rounds
        everyone has held every role."""
        if not self.observer:
            return self.swapped()
        return Roles(peer=self.observer, counsellor=self.peer, observer=self.counsellor)

    def describe(self) -> str:
        text = f"{self.peer} plays the peer, {self.counsellor} counsels"
        return text + (f", {self.observer} observes." if self.observer else ".")


@dataclass
class PairSession:
    scenario: Scenario
    scorer: Scorer
    roles: Roles
    round: int = 1
    node_id: str = ""
    exchanges: list[Exchange] = field(default_factory=list)
    _peer_line: str | None = None
    _followed: bool = False

    def __post_init__(self) -> None:
        self.node_id = self.node_id or self.scenario.start_id

    @property
    def node(self) -> Node:
        return self.scenario.nodes[self.node_id]

    @property
    def round_over(self) -> bool:
        return self.node.is_ending

    @property
    def phase(self) -> str:
        """Whose turn it is: "peer", "counsellor", "observer" (rating the last reply) or "done"."""
        last = self.exchanges[-1] if self.exchanges else None
        if last is not None and last.needs_rating and last.human is None:
            return "observer"
        if self.round_over:
            return "done"
        return "peer" if self._peer_line is None else "counsellor"

    def to_score(self, kind: str, body: Mapping[str, Any]) -> ToScore | None:
        """What applying this step now would score (only a "reply" in its turn), or None."""
        if kind != "reply" or self.phase != "counsellor" or self._peer_line is None:
            return None
        try:
            text = str(body["text"]).strip()  # as `apply` reads it
        except (KeyError, TypeError):
            return None
        if not text or self.round_over:
            return None
        return ToScore(self._peer_line, text, self.node if self._followed else None)

    def apply(
        self, kind: str, body: Mapping[str, Any], *, scored: ScoreResult | None = None
    ) -> Happened | None:
        """One step from the shared vocabulary: "peer" {text}, "reply" {text},
        "rating" {levels, note} or "swap" {}. A step out of turn, or a malformed one, is
        ignored (None), so every process that applies the same log in order ends up in the
        same state; this is how rooms stay in step (see `simulator.practice.room`). `scored` is the
        reply's result when it was scored already (off the UI thread, from `to_score`)."""
        phase, roles, now = self.phase, self.roles, self.round
        try:
            if kind == "peer" and phase == "peer":
                text = str(body["text"])
                followed = self.peer_says(text)
                return Happened("peer", text.strip(), followed, None, roles.peer, "peer", now)
            if kind == "reply" and phase == "counsellor":
                exchange = self.counsellor_replies(str(body["text"]), scored=scored)
                return Happened(
                    "reply",
                    exchange.reply,
                    exchange.followed_script,
                    exchange,
                    roles.counsellor,
                    "counsellor",
                    now,
                )
            if kind == "rating" and phase == "observer":
                levels = {str(k): int(v) for k, v in dict(body.get("levels", {})).items()}
                exchange = self.observe(levels, str(body.get("note", "")))
                return Happened(
                    "rating", exchange.note, False, exchange, roles.observer, "observer", now
                )
            if kind == "swap" and phase == "done":
                self.swap()
                return Happened("swap", self.round_text(), round=self.round)
        except (KeyError, ValueError, TypeError):
            return None
        return None

    def prompt(self) -> tuple[str, ...]:
        """The scenario's lines for the peer-player at this moment."""
        return self.node.peer

    def peer_says(self, text: str) -> bool:
        """Record what the peer-player said; returns whether it follows the script."""
        text = text.strip()
        if not text:
            raise ValueError("the peer's line is empty")
        self._peer_line = text
        self._followed = self._follows(text)
        return self._followed

    def _follows(self, text: str) -> bool:
        script = " ".join(self.node.peer)
        return fuzz.token_set_ratio(text, script, processor=utils.default_process) >= SCRIPT_MATCH

    def counsellor_replies(self, reply: str, *, scored: ScoreResult | None = None) -> Exchange:
        if self._peer_line is None:
            raise ValueError("the peer speaks first")
        if self.round_over:
            raise ValueError("this round has ended; swap roles to start the next")
        if not reply.strip():
            raise ValueError("the reply is empty")
        followed = self._followed
        node = self.node if followed else None
        result = scored or self.scorer.score(self._peer_line, reply.strip(), node)
        exchange = Exchange(
            self.round,
            self.node_id,
            self._peer_line,
            followed,
            reply.strip(),
            result,
            needs_rating=bool(self.roles.observer),
            counsellor=self.roles.counsellor,
            peer_player=self.roles.peer,
        )
        self.exchanges.append(exchange)
        self.node_id = next_node_id(
            self.node, result.levels, result.flags, self.scorer.rubrics.rubrics, result.criteria
        )
        exchange.next_node_id = self.node_id
        self._peer_line = None
        return exchange

    def ended_round(self, exchange: Exchange) -> bool:
        """Whether this reply led to an ending (so its round was over after it)."""
        node = self.scenario.nodes.get(exchange.next_node_id)
        return node is not None and node.is_ending

    def scale(self, skill: str) -> str:
        """A skill's levels by name and which way is better, for an observer:
        "Boundaries (higher is worse): 0 held · 1 at risk · 2 breached"."""
        rubric = self.scorer.rubrics.rubrics[skill]
        way = "higher is better" if rubric.scale == "higher_is_better" else "higher is worse"
        levels = " · ".join(f"{lv.level} {lv.label.lower()}" for lv in rubric.by_level)
        return f"{skill.capitalize()} ({way}): {levels}"

    def level_label(self, skill: str, level: int) -> str:
        return self.scorer.rubrics.rubrics[skill].by_level[level].label.lower()

    def top_level(self, skill: str) -> int:
        """The highest level an observer can give this skill, as its rubric says."""
        return self.scorer.rubrics.rubrics[skill].max_level

    def observe(self, levels: dict[str, int], note: str = "") -> Exchange:
        """The observer's ratings for the latest reply (levels as in the rubrics)."""
        if not self.exchanges:
            raise ValueError("there is no reply to rate yet")
        for skill, level in levels.items():
            if skill not in SKILLS:
                raise ValueError(f"'{skill}' is not one of the rated skills")
            if not 0 <= level <= (top := self.top_level(skill)):
                raise ValueError(f"'{skill}' takes a level from 0 to {top}")
        exchange = self.exchanges[-1]
        exchange.human = dict(levels)
        exchange.note = note
        exchange.observer = self.roles.observer
        return exchange

    def skip_rating(self) -> Exchange | None:
        """The reply waiting for the observer goes without ratings (they left); returns it."""
        if self.phase != "observer":
            return None
        exchange = self.exchanges[-1]
        exchange.needs_rating = False
        return exchange

    def round_text(self) -> str:
        return f"Round {self.round}: {self.roles.describe()}"

    def swap(self) -> None:
        """Roles swap (a triad's rotate) and the next round starts from the beginning;
        earlier rounds are kept. A pair usually plays two rounds; a group may go round again."""
        self.roles = self.roles.next_round()
        self.round += 1
        self.node_id = self.scenario.start_id
        self._peer_line = None


def keep_ratings(store: Store, pair: PairSession, exchange: Exchange) -> None:
    """An observer's ratings of the counsellor's reply, stored beside the automatic levels
    as calibration data (`peer-practice calibration`), under the counsellor's name."""
    store.add_ratings(
        pair.scenario.id,
        exchange.reply,
        dict(exchange.human or {}),
        exchange.auto.levels,
        exchange.note,
        trainee=pair.roles.counsellor,
    )


@dataclass(frozen=True)
class Agreement:
    skill: str
    rated: int
    exact: float
    within_one: float
    kappa: float | None


def agreement(pairs_by_skill: dict[str, list[tuple[int, int]]]) -> list[Agreement]:
    """Human vs automatic levels per skill: exact agreement, within one level, Cohen's kappa."""
    out = []
    for skill, pairs in pairs_by_skill.items():
        if not pairs:
            out.append(Agreement(skill, 0, 0.0, 0.0, None))
            continue
        n = len(pairs)
        exact = sum(h == a for h, a in pairs) / n
        near = sum(abs(h - a) <= 1 for h, a in pairs) / n
        levels = sorted({v for pair in pairs for v in pair})
        expected = sum(
            (sum(h == lv for h, _ in pairs) / n) * (sum(a == lv for _, a in pairs) / n)
            for lv in levels
        )
        kappa = None if expected >= 1 else (exact - expected) / (1 - expected)
        out.append(Agreement(skill, n, exact, near, kappa))
    return out


def session_agreement(session: PairSession) -> list[Agreement]:
    pairs: dict[str, list[tuple[int, int]]] = {s: [] for s in SKILLS}
    for exchange in session.exchanges:
        if exchange.human is None:
            continue
        for skill, level in exchange.human.items():
            pairs[skill].append((level, exchange.auto.skills[skill].level))
    return agreement(pairs)
