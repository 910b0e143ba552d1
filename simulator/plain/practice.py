"""Plain, line-based practice on stdin/stdout, for screen readers and scripts.

No colours, no cursor movement, no boxes: one line in, lines out. Replies starting with `/`
are commands (`/pause`, `/example`, `/leave`, `/help`). Every turn is saved as it happens, so
a closed terminal or Ctrl-C loses nothing that was sent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from simulator.content.scenario import Scenario
from simulator.practice.recorder import Recorder
from simulator.practice.session import Session, SessionError
from simulator.safe_text import printable
from simulator.scoring import ScoreResult

#: One sentence a line: a screen reader reads a line at a time, and a break in the middle of
#: the 5-4-3-2-1 exercise ("…3 you can hear," / "2 you can smell…") split it in two.
GROUNDING = """\
Pause. Nothing is lost, and you can come back whenever you are ready.
Try this if it helps: notice 5 things you can see, 4 you can touch, 3 you can hear, 2 you can smell and 1 you can taste.
Or breathe in for 4, hold for 4, out for 6, a few times.
Type /resume to carry on, /restart to begin again, or /leave to stop (leaving is always okay)."""

HELP = """\
Type your reply and press Enter. Commands:
  /pause    take a break (a short grounding exercise)
  /example  see an example reply for this moment
  /leave    stop here (your practice so far is kept; leaving is never penalised)
  /help     show this help"""


def describe(scenario: Scenario) -> str:
    notes = "; ".join(scenario.content_notes) if scenario.content_notes else "none"
    return (
        f"{printable(scenario.title)} (difficulty {scenario.difficulty}; practises "
        f"{', '.join(scenario.skills)})\n{printable(scenario.summary)}\nContent notes: {printable(notes)}"
    )


def format_result(result: ScoreResult) -> str:
    lines = []
    for skill in result.skills.values():
        if skill.higher_is_better:
            lines.append(f"  {skill.skill.capitalize()}: {skill.label} (level {skill.level})")
        else:
            flags = (
                f" — {', '.join(f.replace('_', ' ') for f in skill.flags)}" if skill.flags else ""
            )
            lines.append(f"  {skill.skill.capitalize()}: {skill.label}{flags}")
        # Each descriptor once, with the words that earned it (two criteria can share one).
        quotes: dict[str, list[str]] = {}
        for ev in skill.told():
            if ev.source == "reply":
                said = quotes.setdefault(printable(ev.description), [])
                if printable(ev.text) not in said:
                    said.append(printable(ev.text))
        for description, said in list(quotes.items())[:2]:
            lines.append("    " + ", ".join(f'"{q}"' for q in said[:3]) + f" — {description}")
    if result.feedback.earned:
        lines.append(f"  Strength: {printable(result.feedback.strength)}")
    else:
        lines.append(f"  {printable(result.feedback.strength)}")
    lines.append(f"  Next step: {printable(result.feedback.next_step)}")
    if result.feedback.example:
        lines.append(f"  For example: \u201c{printable(result.feedback.example)}\u201d")
    return "\n".join(lines)


class PlainPlayer:
    """Plays one session over text streams."""

    def __init__(
        self,
        session: Session,
        out: TextIO,
        read_line: Callable[[str], str | None],
        *,
        recorder: Recorder | None = None,
        show_scores: bool = True,
        resumed: bool = False,
    ) -> None:
        self.session = session
        self.out = out
        self.read_line = read_line
        self.recorder = recorder
        self.show_scores = show_scores
        self.resumed = resumed

    def say(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def show_peer(self) -> None:
        node = self.session.node
        name = printable(self.session.scenario.persona.name)
        if node.direction:
            self.say(printable(node.direction))
        for line in node.peer:
            self.say(f"{name}: {printable(line)}")

    def recap(self) -> None:
        """A resumed session: the conversation so far, with its feedback (as it was shown)."""
        name = printable(self.session.scenario.persona.name)
        self.say("Welcome back. Here is where you left off; nothing was lost.")
        for turn in self.session.turns:
            for line in self.session.scenario.nodes[turn.node_id].peer:
                self.say(f"{name}: {printable(line)}")
            self.say(f"You: {printable(turn.reply)}")
            if self.show_scores:
                self.say(format_result(turn.result))
        self.say()

    def run(self) -> Session:
        if self.resumed:
            self.recap()
        self.show_peer()
        while not self.session.is_over:
            line = self.read_line("You: ")
            if line is None:
                self.say()
                self.say("Input ended. Your practice so far is kept.")
                self.session.leave()
                break
            text = line.strip()  # an empty line goes to the session, which says what's needed
            if text.startswith("/"):
                self.command(text[1:].strip().lower())
                continue
            try:
                turn = self.session.reply(text)
            except SessionError as exc:
                self.say(str(exc))
                continue
            if self.recorder is not None:
                self.recorder.turn_taken(self.session, turn)  # committed before anything else
            if self.show_scores:
                self.say(format_result(turn.result))
            self.say()
            self.show_peer()
        if self.recorder is not None:
            self.recorder.ended(self.session)
        self.finish()
        return self.session

    def command(self, name: str) -> None:
        if name == "pause":
            self.say(GROUNDING)
        elif name in {"resume", "continue"}:
            self.show_peer()
        elif name == "restart":
            self.session.rewind(self.session.scenario.start_id)
            if self.recorder is not None:
                self.recorder.resumed(self.session)
            self.say("Starting again from the beginning.")
            self.show_peer()
        elif name == "example":
            good = [e for e in self.session.node.examples if e.quality == "good"]
            if good:
                self.say(f"Example: {printable(good[0].reply)}\n  Why: {printable(good[0].why)}")
            else:
                self.say("There is no example reply for this moment.")
        elif name in {"leave", "quit", "exit"}:
            self.session.leave()
        elif name == "help":
            self.say(HELP)
        else:
            self.say(f"Unknown command '/{name}'. Type /help for the commands.")

    def finish(self) -> None:
        session = self.session
        self.say()
        if session.reached_ending and session.node.ending is not None:
            ending = session.node.ending
            self.say(f"Ending: {printable(ending.title)}")
            self.say(printable(ending.debrief))
            for question in ending.questions:
                self.say(f"  - {printable(question)}")
        else:
            self.say("You left this conversation. That's always okay.")
        if not self.show_scores and session.turns:
            self.say()
            for i, turn in enumerate(session.turns, 1):
                self.say(f"Reply {i}: {printable(turn.reply)}")
                self.say(format_result(turn.result))
        if session.turns:
            self.say()
            self.say("Summary:")
            for skill in session.scorer.skills:
                levels = [t.result.skills[skill].level for t in session.turns]
                label = (
                    "best" if session.turns[0].result.skills[skill].higher_is_better else "highest"
                )
                replies = f"{len(levels)} repl{'y' if len(levels) == 1 else 'ies'}"
                self.say(f"  {skill.capitalize()}: {label} level {max(levels)} over {replies}")
        if self.recorder is not None and session.turns:
            self.say(
                f"Saved in your practice history as {session.id} (see 'peer-practice history')."
            )
