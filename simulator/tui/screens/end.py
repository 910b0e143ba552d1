"""The end: the debrief, a per-skill summary, the best reply and one to try again; after
practice without scores, each reply's strength and next step as well (the feedback that
was held back until now)."""

from __future__ import annotations

import re

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Static

from simulator.practice.session import Session, Turn
from simulator.safe_text import printable
from simulator.scoring.results import ScoreResult
from simulator.tui.screens.base import AppScreen
from simulator.tui.widgets.feedback import highlighted_reply, skill_line

#: A reply longer than this is shown only up to here at the end (a pasted wall, one sentence
#: forty times): the whole reply stays in the conversation above, the history and exports.
SHOWN_REPLY = 280


_SENTENCE_END = re.compile(r"[.!?]+(?=\s)|\n")


def breach_span(result: ScoreResult) -> tuple[int, int] | None:
    """Where the reply breached a boundary (the first words that raised it), if it did."""
    for skill in result.skills.values():
        if not skill.higher_is_better and skill.level > 0:
            for ev in skill.evidence:
                if ev.source == "reply":
                    return ev.start, ev.end
    return None


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = _SENTENCE_END.search(text, end)
    stop = right.end() if right else len(text)
    while left < start and text[left].isspace():
        left += 1
    return left, min(stop, left + SHOWN_REPLY)


def _cut(reply: Text, limit: int) -> int:
    cut = reply.plain.rfind(" ", 0, limit)
    return cut if cut > 0 else limit


def shortened(reply: Text, keep: tuple[int, int] | None = None) -> Text:
    """`reply` cut between words after `SHOWN_REPLY` characters, with "…" saying so. When
    `keep` (where the reply breached a boundary) would be cut off, its sentence is shown
    after the "…": the next step beside a long paste is about those words, and cutting
    them left the trainee looking for advice they could not see."""
    if len(reply) <= SHOWN_REPLY:
        return reply
    if keep is not None and keep[0] >= _cut(reply, SHOWN_REPLY):
        start, stop = _sentence_around(reply.plain, *keep)
        out = reply[: _cut(reply, max(SHOWN_REPLY // 3, SHOWN_REPLY - (stop - start)))]
        out.append(" … ")
        out.append_text(reply[start:stop])
        if stop < len(reply):
            out.append(" …")
        return out
    out = reply[: _cut(reply, SHOWN_REPLY)]
    out.append(" …")
    return out


def shown_reply(turn: Turn) -> Text:
    """A reply as the end screen shows it: shortened, keeping where it breached a boundary."""
    text = printable(turn.reply)
    keep = breach_span(turn.result) if text == turn.reply else None  # else spans are off
    return shortened(Text(text), keep)


def turn_quality(turn: Turn) -> float:
    """Higher is better: reflection and validation levels, less any boundary level."""
    total = 0.0
    for skill in turn.result.skills.values():
        total += skill.level if skill.higher_is_better else -1.5 * skill.level
    return total


class EndScreen(AppScreen):
    BINDINGS = [
        Binding("r", "retry", "Try this moment again", id="retry"),
        Binding("h", "home", "Back to scenarios", id="home"),
    ]

    def __init__(self, session: Session, *, show_scores: bool = True) -> None:
        super().__init__(id="end")
        self.session = session
        self.show_scores = show_scores
        ranked = sorted(session.turns, key=turn_quality)
        # The strongest reply is only named when it did something well; the one to retry
        # is the weakest, unless every reply went well.
        self.best = ranked[-1] if ranked and turn_quality(ranked[-1]) > 0 else None
        weakest = ranked[0] if ranked else None
        self.retry = weakest if weakest is not None and weakest is not self.best else None
        if self.retry is None and ranked:
            self.retry = ranked[0]  # everything went well: retrying is still offered

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        with VerticalScroll(id="end-body"):
            yield Static(self.debrief(), id="debrief")
            if self.session.turns:
                if not self.show_scores:  # what was held back comes first
                    yield Static(self.each_reply(), id="each-reply")
                yield Static(self.summary(), id="summary")
                yield Static(self.highlights(), id="highlights")
        with Horizontal(id="end-buttons"):
            if self.retry is not None:
                yield Button("Try this moment again", id="retry", variant="primary")
            yield Button("Back to scenarios", id="home")
        yield Footer()

    def debrief(self) -> Text:
        text = Text()
        node = self.session.node
        if self.session.reached_ending and node.ending is not None:
            name = printable(self.session.scenario.persona.name)
            text.append(f"{name}: ", style="bold")
            text.append(" ".join(printable(line) for line in node.peer) + "\n\n", style="italic")
            text.append(printable(node.ending.title) + "\n", style="bold")
            text.append(printable(node.ending.debrief) + "\n")
            for question in node.ending.questions:
                text.append(f"  • {printable(question)}\n")
        else:
            text.append("You left this conversation.\n", style="bold")
            text.append(
                "That's always okay. Everything you said is saved, and you can come back to it.\n"
            )
        return text

    def summary(self) -> Table:
        table = Table(title="How your replies went", expand=True)
        table.add_column("Skill")
        table.add_column("Best")
        table.add_column("Replies at each level")
        for skill in self.session.scorer.skills:
            results = [t.result.skills[skill] for t in self.session.turns]
            better = results[0].higher_is_better
            best = (
                max(results, key=lambda r: r.level)
                if better
                else min(results, key=lambda r: r.level)
            )
            counts: dict[str, int] = {}
            for r in results:
                counts[r.label] = counts.get(r.label, 0) + 1
            table.add_row(
                skill.capitalize(), best.label, ", ".join(f"{k}: {v}" for k, v in counts.items())
            )
        return table

    def highlights(self) -> Text:
        text = Text()
        if self.best is not None:
            text.append("Your strongest reply\n", style="bold")
            text.append_text(shortened(highlighted_reply(self.best.reply, self.best.result)))
            text.append("\n" + printable(self.best.result.feedback.strength) + "\n\n")
        if self.retry is not None and self.retry is not self.best:
            text.append("One to try again\n", style="bold")
            text.append_text(shown_reply(self.retry))
            text.append("\n")
            text.append("Next step: " + printable(self.retry.result.feedback.next_step) + "\n")
        return text

    def each_reply(self) -> Group:
        """Each reply with its strength and next step, in the order they were said. What is
        said about a reply stays indented under it when it wraps (at 80 columns a next step
        takes two or three lines, and ran back to the margin as if it were the next reply)."""
        top = self.pp.top_levels
        parts: list[RenderableType] = [Text("Feedback on each reply", style="bold")]
        for number, turn in enumerate(self.session.turns, 1):
            reply = Text.assemble((f"\nReply {number}: ", "bold"))
            reply.append_text(shown_reply(turn))
            # A ✓ only for a strength the reply earned (never after a breach).
            strength = Text.assemble(
                ("✓ " if turn.result.feedback.earned else "", "bold"),
                printable(turn.result.feedback.strength),
            )
            step = Text.assemble(
                ("→ Next step: ", "bold"), printable(turn.result.feedback.next_step)
            )
            levels = "  ·  ".join(skill_line(s, top) for s in turn.result.skills.values())
            said = (strength, step, Text(levels))
            parts += [reply, *(Padding(line, (0, 0, 0, 2)) for line in said)]
        return Group(*parts)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "retry":
            self.action_retry()
        elif event.button.id == "home":
            self.action_home()

    def action_retry(self) -> None:
        if self.retry is not None:
            self.pp.retry_moment(self.session, self.retry.node_id)

    def action_home(self) -> None:
        self.pp.go_home()
