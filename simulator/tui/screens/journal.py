"""The private journal: reflections, check-ins and check-outs, newest first. Only on this
computer; `peer-practice export --all` takes a copy and `forget` deletes it."""

from __future__ import annotations

import sqlite3

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from simulator.practice.course_store import JournalEntry, journal_entries
from simulator.safe_text import printable
from simulator.tui.screens.base import AppScreen


def entry_text(entry: JournalEntry) -> Text:
    text = Text()
    text.append(entry.at[:16].replace("T", " ") + "  ", style="italic")
    text.append(entry.kind.capitalize(), style="bold")
    if entry.rating is not None:
        text.append(f"  (arriving: {entry.rating} of 5)")
    if entry.prompt:
        text.append("\n" + printable(entry.prompt), style="italic")
    if entry.entry:
        text.append("\n" + printable(entry.entry))
    return text


class JournalScreen(AppScreen):
    CSS_PATH = "../course.tcss"
    BINDINGS = [Binding("escape", "back", "Back", id="journal_back")]

    def __init__(self) -> None:
        super().__init__()

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="journal-body"):
            yield Static(
                Text(
                    "Your journal. Only you see it; it stays on this computer. "
                    "'peer-practice export --all' takes a copy, 'forget' deletes it.",
                    style="italic",
                ),
                id="journal-hint",
            )
            try:
                entries = journal_entries(self.pp.store, self.pp.trainee or "")
            except sqlite3.Error:
                entries = []
            if not entries:
                yield Static(Text("Nothing here yet. Reflections and check-ins will appear here."))
            for entry in reversed(entries):
                yield Static(entry_text(entry), classes="journal-entry")
        yield Footer()

    def action_back(self) -> None:
        self.dismiss()
