"""The feedback panel: a strength first, one next step, then each skill with its evidence
highlighted in the trainee's own words."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from simulator.safe_text import printable
from simulator.scoring import ScoreResult

WHOLE_REPLY = 0.9  # evidence covering nearly all the reply (length, novelty) is not highlighted


def _dots(level: int, top: int) -> str:
    return "●" * level + "○" * (top - level)


def highlighted_reply(reply: str, result: ScoreResult) -> Text:
    """The reply with each evidence span underlined, literally (no markup parsed)."""
    text = Text(printable(reply))
    if len(printable(reply)) != len(reply):
        return text  # control characters were removed; spans would be off
    for skill in result.skills.values():
        style = "bold underline" if skill.higher_is_better else "bold reverse"
        for ev in skill.evidence:
            if ev.source != "reply" or ev.end - ev.start >= WHOLE_REPLY * max(1, len(reply)):
                continue
            if skill.higher_is_better and ev.criterion in {"repeats_their_words"}:
                continue
            text.stylize(style, ev.start, ev.end)
    return text


def feedback_text(reply: str, result: ScoreResult, top_levels: dict[str, int]) -> Text:
    out = Text()
    if result.feedback.earned:  # a ✓ only for a strength the reply earned
        out.append("✓ ", style="bold")
    out.append(printable(result.feedback.strength) + "\n")
    out.append("→ Next step: ", style="bold")
    out.append(printable(result.feedback.next_step) + "\n")
    if result.feedback.example:
        out.append("  For example: ", style="dim")
        out.append(f"\u201c{printable(result.feedback.example)}\u201d\n")
    out.append("\n")
    out.append("Your words: ", style="dim")
    out.append_text(highlighted_reply(reply, result))
    out.append("\n")
    for skill in result.skills.values():
        name = skill.skill.capitalize().ljust(13)
        if skill.higher_is_better:
            out.append(f"{name}{_dots(skill.level, top_levels.get(skill.skill, 2))}  {skill.label}")
        else:
            flags = ", ".join(f.replace("_", " ") for f in skill.flags)
            out.append(f"{name}{skill.label}" + (f" ({flags})" if flags else ""))
        reasons = [e for e in skill.evidence if e.source == "reply"][:2]
        if reasons:
            out.append("  — " + "; ".join(printable(e.description) for e in reasons), style="dim")
        out.append("\n")
    out.rstrip()
    return out


class FeedbackPanel(Static):
    """Feedback for one reply."""

    def __init__(self, reply: str, result: ScoreResult, top_levels: dict[str, int]) -> None:
        super().__init__(feedback_text(reply, result, top_levels), classes="feedback")
        self.result = result
