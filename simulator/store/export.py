"""Readable transcripts with scores, for supervision: Markdown, JSON or HTML.

Everything is built from the store (and, when given, the scenarios, for what the peer said
and how the conversation ended); text from trainees and scenarios is escaped for HTML and
shown literally in Markdown (no markup is interpreted when a supervisor opens it).

Each session becomes one `conversation`: a list of entries in the order they happened —
"peer" (the peer's lines and stage direction), "rewind" (the trainee went back to try a
moment again), "reply" (the reply, its scores, strength and next step, and for a kept room
or pair round who counselled and the observer's ratings and note) and "ending" (its title,
the peer's last lines, the debrief and its questions). The three formats render the same
entries; a new kind of section (e.g. journal entries) is one more entry kind or one more
part of `session_record`, rendered by each format's function. The JSON format is described
in docs/export-json.md.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any

from simulator.content.scenario import Scenario
from simulator.safe_text import printable
from simulator.store.database import SessionRow, Store, TurnRow

FORMATS = ("md", "json", "html")
JSON_FORMAT = "peer-practice-export"
#: 2: sessions carry "conversation" and "origin" (version 1 had "turns" only; still there).
JSON_VERSION = 2

Find = Callable[[str], Scenario | None]


def _no_scenarios(_: str) -> Scenario | None:
    return None


def _scores(turn: TurnRow) -> dict[str, dict[str, Any]]:
    return {
        skill: {
            "level": int(data.get("level", 0)),
            "label": data.get("label", ""),
            "flags": list(data.get("flags", [])),
        }
        for skill, data in turn.result.get("skills", {}).items()
    }


def conversation(turns: list[TurnRow], scenario: Scenario | None) -> list[dict[str, Any]]:
    """The session's entries in order (see the module docstring)."""
    out: list[dict[str, Any]] = []
    expected: str | None = scenario.start_id if scenario is not None else None
    for turn in turns:
        node = scenario.nodes.get(turn.node_id) if scenario is not None else None
        if expected is not None and turn.node_id != expected:
            out.append({"type": "rewind", "node": turn.node_id})
        extra = turn.extra
        peer: dict[str, Any] = {"type": "peer", "node": turn.node_id}
        if "peer_line" in extra:
            peer["lines"] = [extra["peer_line"]]
            peer["said_by"] = extra.get("peer", "")
            peer["followed_script"] = bool(extra.get("followed", True))
        elif node is not None:
            peer["lines"] = list(node.peer)
        else:
            peer["lines"] = []
        peer["direction"] = node.direction if node is not None else ""
        out.append(peer)
        feedback = turn.result.get("feedback", {})
        reply: dict[str, Any] = {
            "type": "reply",
            "reply": turn.reply,
            "at": turn.at,
            "scores": _scores(turn),
            "strength": feedback.get("strength", ""),
            # False when the first line isn't an earned strength (a breach, say): shown as "Note".
            "strength_earned": bool(feedback.get("earned", True)),
            "next_step": feedback.get("next_step", ""),
            "example": feedback.get("example", ""),
        }
        if extra.get("counsellor"):
            reply["by"] = extra["counsellor"]
            reply["round"] = extra.get("round")
        if "human" in extra:
            reply["observer"] = {
                "by": extra.get("observer", ""),
                "levels": extra["human"],
                "note": extra.get("note", ""),
            }
        out.append(reply)
        expected = turn.next_node_id
    if scenario is not None and turns:
        last = scenario.nodes.get(turns[-1].next_node_id)
        if last is not None and last.ending is not None:
            out.append(
                {
                    "type": "ending",
                    "node": turns[-1].next_node_id,
                    "title": last.ending.title,
                    "lines": list(last.peer),
                    "direction": last.direction,
                    "debrief": last.ending.debrief,
                    "questions": list(last.ending.questions),
                }
            )
    return out


def session_record(store: Store, row: SessionRow, find: Find) -> dict[str, Any]:
    turns = store.turns(row.id)
    return {
        "id": row.id,
        "trainee": row.trainee,
        "scenario": {"id": row.scenario_id, "title": row.scenario_title},
        "started_at": row.started_at,
        "ended_at": row.ended_at,
        "status": row.status,
        "ending": row.ending,
        "origin": row.origin,
        "conversation": conversation(turns, find(row.scenario_id)),
        "turns": [
            {
                "node": t.node_id,
                "reply": t.reply,
                "at": t.at,
                "result": t.result,
                "next": t.next_node_id,
            }
            for t in turns
        ],
    }


def as_json(records: list[dict[str, Any]]) -> str:
    return json.dumps(
        {"format": JSON_FORMAT, "version": JSON_VERSION, "sessions": records},
        ensure_ascii=False,
        indent=1,
    )


def origin_text(origin: dict[str, Any]) -> str:
    """ "Room round 2: Ash played the peer, River counselled, Kim observed" (or "")."""
    if not origin:
        return ""
    parts = [f"{origin.get('peer') or 'someone'} played the peer"]
    parts.append(f"{origin.get('counsellor') or 'someone'} counselled")
    if origin.get("observer"):
        parts.append(f"{origin['observer']} observed")
    kind = "Room" if origin.get("kind") == "room" else "Pair practice"
    return f"{kind} round {origin.get('round', '?')}: " + ", ".join(parts)


def _outcome(record: dict[str, Any]) -> str:
    """The ending reached, else how it stopped (as `SessionRow.outcome`)."""
    if record.get("ending"):
        return str(record["ending"])
    status = str(record.get("status", ""))
    return {"left": "left early", "active": "not finished"}.get(status, status)


def _md_escape(text: str) -> str:
    return printable(text).replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")


def _observer_text(observer: dict[str, Any]) -> str:
    levels = ", ".join(f"{k} {v}" for k, v in observer.get("levels", {}).items()) or "no levels"
    note = f"; note: {observer['note']}" if observer.get("note") else ""
    return f"{observer.get('by') or 'the observer'} rated {levels}{note}"


def _flag_words(flags: list[str]) -> str:
    """Boundary flags as the app and plain mode say them ("false reassurance"): a transcript
    is read by people, the JSON export keeps the ids."""
    return ", ".join(flag.replace("_", " ") for flag in flags)


def as_markdown(records: list[dict[str, Any]]) -> str:
    m = _md_escape
    lines: list[str] = ["# Peer Practice transcript", ""]
    for record in records:
        lines += [
            f"## {m(record['scenario']['title'])}",
            "",
            f"- Trainee: {m(record['trainee']) or 'guest'}",
            f"- Date: {record['started_at']}",
            f"- Scenario: {m(record['scenario']['title'])} ({m(record['scenario']['id'])})",
            f"- Outcome: {m(_outcome(record))}",
        ]
        if record["origin"]:
            lines.append(f"- {m(origin_text(record['origin']))}")
        lines.append("")
        replies = 0
        for entry in record["conversation"]:
            kind = entry["type"]
            if kind == "rewind":
                lines += ["*— Tried this moment again (an earlier reply is kept above) —*", ""]
            elif kind == "peer":
                who = f" (played by {m(entry['said_by'])})" if entry.get("said_by") else ""
                direction = f" *{m(entry['direction'])}*" if entry.get("direction") else ""
                text = " ".join(m(line) for line in entry["lines"]) or "*(not recorded)*"
                lines += [f"**Peer{who}:**{direction} {text}", ""]
            elif kind == "reply":
                replies += 1
                by = f" by {m(entry['by'])}" if entry.get("by") else ""
                lines += [f"**Reply {replies}{by}:** {m(entry['reply'])}", ""]
                for skill, score in entry["scores"].items():
                    flags = f" ({_flag_words(score['flags'])})" if score["flags"] else ""
                    lines.append(
                        f"- {skill.capitalize()}: {m(score['label'])} (level {score['level']}){flags}"
                    )
                if entry["strength"]:
                    first = "Strength" if entry["strength_earned"] else "Note"
                    lines.append(f"- {first}: {m(entry['strength'])}")
                if entry["next_step"]:
                    lines.append(f"- Next step: {m(entry['next_step'])}")
                if entry["example"]:
                    lines.append(f"- For example: {m(entry['example'])}")
                if "observer" in entry:
                    lines.append(f"- Observer: {m(_observer_text(entry['observer']))}")
                lines.append("")
            elif kind == "ending":
                direction = f" *{m(entry['direction'])}*" if entry.get("direction") else ""
                lines += [
                    f"### Ending: {m(entry['title'])}",
                    "",
                    f"**Peer:**{direction} {' '.join(m(line) for line in entry['lines'])}",
                    "",
                    m(entry["debrief"]),
                    "",
                ]
                if entry["questions"]:
                    lines += ["Questions to reflect on:", ""]
                    lines += [f"- {m(q)}" for q in entry["questions"]]
                    lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def as_html(records: list[dict[str, Any]]) -> str:
    def e(text: object) -> str:
        return html.escape(printable(str(text)))

    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>Peer Practice transcript</title>",
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5}"
        ".peer{padding:.3em 1em;border-left:4px solid #a86}"
        ".reply{background:#f3f3f3;padding:.5em 1em;border-left:4px solid #557}"
        ".rewind{font-style:italic;color:#555}.direction{font-style:italic;color:#555}"
        ".ending{border:1px solid #aaa;padding:.5em 1em}</style></head><body>",
        "<h1>Peer Practice transcript</h1>",
    ]
    for record in records:
        parts.append(f"<h2>{e(record['scenario']['title'])}</h2>")
        parts.append(
            f"<p>Trainee: {e(record['trainee'] or 'guest')} · date {e(record['started_at'])} · "
            f"scenario: {e(record['scenario']['title'])} ({e(record['scenario']['id'])}) · "
            f"outcome: {e(_outcome(record))}</p>"
        )
        if record["origin"]:
            parts.append(f"<p>{e(origin_text(record['origin']))}</p>")
        replies = 0
        for entry in record["conversation"]:
            kind = entry["type"]
            direction = (
                f" <span class='direction'>{e(entry['direction'])}</span>"
                if entry.get("direction")
                else ""
            )
            if kind == "rewind":
                parts.append(
                    "<p class='rewind'>— Tried this moment again (an earlier reply is kept above) —</p>"
                )
            elif kind == "peer":
                who = f" (played by {e(entry['said_by'])})" if entry.get("said_by") else ""
                text = " ".join(e(line) for line in entry["lines"]) or "(not recorded)"
                parts.append(f"<p class='peer'><strong>Peer{who}:</strong>{direction} {text}</p>")
            elif kind == "reply":
                replies += 1
                by = f" by {e(entry['by'])}" if entry.get("by") else ""
                parts.append(
                    f"<p class='reply'><strong>Reply {replies}{by}:</strong> {e(entry['reply'])}</p><ul>"
                )
                for skill, score in entry["scores"].items():
                    flags = f" ({e(_flag_words(score['flags']))})" if score["flags"] else ""
                    parts.append(
                        f"<li>{e(skill.capitalize())}: {e(score['label'])} "
                        f"(level {score['level']}){flags}</li>"
                    )
                if entry["strength"]:
                    first = "Strength" if entry["strength_earned"] else "Note"
                    parts.append(f"<li>{first}: {e(entry['strength'])}</li>")
                if entry["next_step"]:
                    parts.append(f"<li>Next step: {e(entry['next_step'])}</li>")
                if entry["example"]:
                    parts.append(f"<li>For example: {e(entry['example'])}</li>")
                if "observer" in entry:
                    parts.append(f"<li>Observer: {e(_observer_text(entry['observer']))}</li>")
                parts.append("</ul>")
            elif kind == "ending":
                parts.append(f"<div class='ending'><h3>Ending: {e(entry['title'])}</h3>")
                lines = " ".join(e(line) for line in entry["lines"])
                parts.append(f"<p class='peer'><strong>Peer:</strong>{direction} {lines}</p>")
                parts.append(f"<p>{e(entry['debrief'])}</p>")
                if entry["questions"]:
                    parts.append("<p>Questions to reflect on:</p><ul>")
                    parts += [f"<li>{e(q)}</li>" for q in entry["questions"]]
                    parts.append("</ul>")
                parts.append("</div>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def export(store: Store, rows: list[SessionRow], fmt: str, find: Find | None = None) -> str:
    """The sessions in `rows` as `fmt`; `find` looks a scenario up by id (the library's
    `get`) for the peer's lines and the ending, which the store doesn't hold."""
    records = [session_record(store, row, find or _no_scenarios) for row in rows]
    render: dict[str, Callable[[list[dict[str, Any]]], str]] = {
        "md": as_markdown,
        "json": as_json,
        "html": as_html,
    }
    return render[fmt](records)
