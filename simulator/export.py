"""Readable transcripts with scores, for supervision: Markdown, JSON or HTML.

Everything is built from the store; text from trainees and scenarios is escaped for HTML
and shown literally in Markdown (no markup is interpreted when a supervisor opens it).
"""

from __future__ import annotations

import html
import json
from typing import Any

from simulator.safe_text import printable
from simulator.store import SessionRow, Store, TurnRow

FORMATS = ("md", "json", "html")


def _levels(turn: TurnRow) -> list[tuple[str, str, int, list[str]]]:
    out = []
    for skill, data in turn.result.get("skills", {}).items():
        out.append(
            (skill, data.get("label", ""), int(data.get("level", 0)), list(data.get("flags", [])))
        )
    return out


def as_json(store: Store, rows: list[SessionRow]) -> str:
    sessions: list[dict[str, Any]] = []
    for row in rows:
        sessions.append(
            {
                "id": row.id,
                "trainee": row.trainee,
                "scenario": {"id": row.scenario_id, "title": row.scenario_title},
                "started_at": row.started_at,
                "ended_at": row.ended_at,
                "status": row.status,
                "ending": row.ending,
                "turns": [
                    {
                        "node": t.node_id,
                        "reply": t.reply,
                        "at": t.at,
                        "result": t.result,
                        "next": t.next_node_id,
                    }
                    for t in store.turns(row.id)
                ],
            }
        )
    return json.dumps(
        {"format": "peer-practice-export", "version": 1, "sessions": sessions},
        ensure_ascii=False,
        indent=1,
    )


def _md_escape(text: str) -> str:
    return printable(text).replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")


def as_markdown(store: Store, rows: list[SessionRow]) -> str:
    lines: list[str] = ["# Peer Practice transcript", ""]
    for row in rows:
        lines += [
            f"## {_md_escape(row.scenario_title)}",
            "",
            f"- Practised by: {_md_escape(row.trainee) or 'guest'}",
            f"- Started: {row.started_at}",
            f"- Outcome: {_md_escape(row.outcome)}",
            "",
        ]
        for i, turn in enumerate(store.turns(row.id), 1):
            lines.append(f"**Reply {i}:** {_md_escape(turn.reply)}")
            lines.append("")
            for skill, label, level, flags in _levels(turn):
                extra = f" ({', '.join(flags)})" if flags else ""
                lines.append(f"- {skill.capitalize()}: {label} (level {level}){extra}")
            feedback = turn.result.get("feedback", {})
            if feedback:
                first = "Strength" if feedback.get("earned", True) else "Note"
                lines.append(f"- {first}: {_md_escape(feedback.get('strength', ''))}")
                lines.append(f"- Next step: {_md_escape(feedback.get('next_step', ''))}")
                if feedback.get("example"):
                    lines.append(f"- For example: {_md_escape(feedback['example'])}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def as_html(store: Store, rows: list[SessionRow]) -> str:
    e = html.escape
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>Peer Practice transcript</title>",
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5}"
        ".reply{background:#f3f3f3;padding:.5em 1em;border-left:4px solid #557}</style></head><body>",
        "<h1>Peer Practice transcript</h1>",
    ]
    for row in rows:
        parts.append(f"<h2>{e(printable(row.scenario_title))}</h2>")
        parts.append(
            f"<p>Practised by {e(printable(row.trainee) or 'guest')} · started {e(row.started_at)} · "
            f"outcome: {e(printable(row.outcome))}</p>"
        )
        for i, turn in enumerate(store.turns(row.id), 1):
            parts.append(
                f"<p class='reply'><strong>Reply {i}:</strong> {e(printable(turn.reply))}</p><ul>"
            )
            for skill, label, level, flags in _levels(turn):
                extra = f" ({e(', '.join(flags))})" if flags else ""
                parts.append(f"<li>{e(skill.capitalize())}: {e(label)} (level {level}){extra}</li>")
            feedback = turn.result.get("feedback", {})
            if feedback:
                first = "Strength" if feedback.get("earned", True) else "Note"
                parts.append(f"<li>{first}: {e(printable(feedback.get('strength', '')))}</li>")
                parts.append(f"<li>Next step: {e(printable(feedback.get('next_step', '')))}</li>")
                if feedback.get("example"):
                    parts.append(f"<li>For example: {e(printable(feedback['example']))}</li>")
            parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def export(store: Store, rows: list[SessionRow], fmt: str) -> str:
    return {"md": as_markdown, "json": as_json, "html": as_html}[fmt](store, rows)
