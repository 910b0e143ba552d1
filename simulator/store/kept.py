"""Keeping a round of pair or room practice in someone's own history, by choice.

Why consent per person: a room round holds three people's words (the peer-player's lines,
the counsellor's replies, the observer's ratings and note). At the end of a round each person
is asked whether to keep it (`Keep round` in the app, a question in line mode); the answer is
a "keep" step in the room's log, so everyone's process knows everyone's answer. A round kept
on someone's machine holds another person's words only if that person said yes; otherwise
their words are left out and say so (a peer-player's line that followed the script is the
scenario's words, and is kept). The scores and the conversation's path are kept either way:
they are about the practice, not anyone's words.

A kept round is a session like solo practice (`history`, `export`, `progress` list it), with
`origin` saying where it came from and each turn's `extra` holding what solo turns don't
have. Saving again (when a later "yes" arrives) replaces the turns, so it can be repeated.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from simulator.practice.pair import PairSession
from simulator.scoring.results import result_to_record
from simulator.store.database import Store

#: Whose words each part of a round is.
WORDS_OF = {"peer_line": "peer", "reply": "counsellor", "note": "observer"}


def default_keep(role: str) -> bool:
    """Yes for the counsellor (their own replies, on their own machine); others choose."""
    return role == "counsellor"


def keep_round(
    store: Store,
    pair: PairSession,
    round_no: int,
    *,
    keeper: str,
    role: str,
    kind: str,
    session_id: str,
    consent: dict[str, bool],
) -> str:
    """Save round `round_no` of `pair` into `keeper`'s history (keeper held `role` in it);
    `consent` maps names to their answer. Returns the session id."""
    exchanges = [e for e in pair.exchanges if e.round == round_no]
    if not exchanges:
        raise ValueError(f"round {round_no} has no replies to keep")
    last = exchanges[-1]
    names = {
        "peer": last.peer_player,
        "counsellor": last.counsellor,
        "observer": next((e.observer for e in exchanges if e.observer), ""),
    }

    def may_keep(part: str) -> bool:
        owner = names.get(WORDS_OF[part], "")
        return not owner or owner == keeper or consent.get(owner, False)

    now = datetime.now(UTC).isoformat(timespec="seconds")
    store.start_session(session_id, keeper, pair.scenario.id, pair.scenario.title, now)
    store.set_origin(
        session_id, {"kind": kind, "round": round_no, "role": role, **names, "keeper": keeper}
    )
    for seq, exchange in enumerate(exchanges, 1):
        script = " ".join(pair.scenario.nodes[exchange.node_id].peer)
        if may_keep("peer_line"):
            peer_line = exchange.peer_line
        elif exchange.followed_script:
            peer_line = script
        else:
            peer_line = f"({names['peer']}'s own words, not kept: they didn't say yes)"
        reply = (
            exchange.reply
            if may_keep("reply")
            else f"({names['counsellor']}'s reply, not kept: they didn't say yes)"
        )
        extra: dict[str, Any] = {
            "peer_line": peer_line,
            "followed": exchange.followed_script,
            "round": round_no,
            "peer": names["peer"],
            "counsellor": names["counsellor"],
            "observer": names["observer"],
        }
        if exchange.human is not None:
            extra["human"] = dict(exchange.human)
            extra["note"] = exchange.note if may_keep("note") else ""
        store.add_turn(
            session_id,
            seq,
            {
                "node": exchange.node_id,
                "reply": reply,
                "result": result_to_record(exchange.auto),
                "next": exchange.next_node_id,
                "at": now,
                "extra": extra,
            },
        )
    ending = pair.scenario.nodes[last.next_node_id].ending
    if ending is not None:
        store.end_session(session_id, "ended", ending.title)
    else:
        store.end_session(session_id, "left", None)
    return session_id
