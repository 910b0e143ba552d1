"""The private journal in an export: reflections, check-ins and check-outs, added to the
sessions in the same format (`peer-practice export --all`). Text is shown literally, as in
the transcripts (escaped for HTML and Markdown)."""

from __future__ import annotations

import html
import json

from simulator.practice.course_store import JournalEntry
from simulator.safe_text import printable


def _md(text: str) -> str:
    return printable(text).replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")


def _line(entry: JournalEntry) -> tuple[str, str]:
    """(heading, body) of one entry."""
    rating = f" (arriving: {entry.rating} of 5)" if entry.rating is not None else ""
    where = f" · unit {entry.unit_id}" if entry.unit_id else ""
    return f"{entry.at} · {entry.kind}{rating}{where}", entry.entry


def add_journal(text: str, fmt: str, entries: list[JournalEntry]) -> str:
    if not entries:
        return text
    if fmt == "json":
        data = json.loads(text)
        data["journal"] = [e.to_json() for e in entries]
        return json.dumps(data, ensure_ascii=False, indent=1)
    if fmt == "md":
        lines = [text.rstrip(), "", "## Journal (private)", ""]
        for entry in entries:
            heading, body = _line(entry)
            lines.append(f"- **{_md(heading)}**")
            if entry.prompt:
                lines.append(f"  - Question: {_md(entry.prompt)}")
            if body:
                lines.append(f"  - {_md(body)}")
        return "\n".join(lines) + "\n"
    parts = ["<h2>Journal (private)</h2><ul>"]
    for entry in entries:
        heading, body = _line(entry)
        prompt = f"<br><em>{html.escape(printable(entry.prompt))}</em>" if entry.prompt else ""
        parts.append(
            f"<li><strong>{html.escape(printable(heading))}</strong>{prompt}"
            f"<br>{html.escape(printable(body))}</li>"
        )
    parts.append("</ul>")
    return text.replace("</body></html>", "\n".join(parts) + "\n</body></html>")
