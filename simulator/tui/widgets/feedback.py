"""The feedback panel: a strength first, one next step, then each skill with its evidence
highlighted in the trainee's own words."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from simulator.safe_text import printable
from simulator.scoring import ScoreResult, SkillResult

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


def reasons(skill: SkillResult, limit: int = 2) -> list[str]:
    """What the reply did for this skill, each descriptor once (two criteria can share one)."""
    seen: list[str] = []
    for ev in skill.told():
        description = printable(ev.description)
        if ev.source == "reply" and description and description not in seen:
            seen.append(description)
    return seen[:limit]


def skill_line(skill: SkillResult, top_levels: dict[str, int]) -> str:
    if skill.higher_is_better:
        return f"{skill.skill.capitalize()} {_dots(skill.level, top_levels.get(skill.skill, 2))} {skill.label}"
    flags = ", ".join(f.replace("_", " ") for f in skill.flags)
    return f"{skill.skill.capitalize()}: {skill.label}" + (f" ({flags})" if flags else "")


def feedback_text(
    reply: str,
    result: ScoreResult,
    top_levels: dict[str, int],
    *,
    words: str = "Your words",
    compact: bool = False,
) -> Text:
    """The card's text. `words` labels the reply: "Your words" for the one who wrote it,
    "River's words" for the others in a pair or room. Compact (for short terminals): the
    strength, the next step and one line of levels, so the peer's next words stay in view."""
    out = Text()
    if result.feedback.earned:  # a ✓ only for a strength the reply earned
        out.append("✓ ", style="bold")
    out.append(printable(result.feedback.strength) + "\n")
    out.append("→ Next step: ", style="bold")
    out.append(printable(result.feedback.next_step))
    if compact:
        out.append("\n" + "  ·  ".join(skill_line(s, top_levels) for s in result.skills.values()))
        return out
    out.append("\n")
    if result.feedback.example:
        out.append("  For example: ", style="italic")
        out.append(f"\u201c{printable(result.feedback.example)}\u201d\n")
    out.append("\n")
    out.append(f"{printable(words)}: ", style="italic")
    out.append_text(highlighted_reply(reply, result))
    out.append("\n")
    for skill in result.skills.values():
        name = skill.skill.capitalize().ljust(13)
        if skill.higher_is_better:
            out.append(f"{name}{_dots(skill.level, top_levels.get(skill.skill, 2))}  {skill.label}")
        else:
            flags = ", ".join(f.replace("_", " ") for f in skill.flags)
            out.append(f"{name}{skill.label}" + (f" ({flags})" if flags else ""))
        said = reasons(skill)
        if said:
            out.append("  — " + "; ".join(said), style="italic")
        out.append("\n")
    out.rstrip()
    return out


class FeedbackPanel(Static):
    """Feedback for one reply."""

    def __init__(
        self,
        reply: str,
        result: ScoreResult,
        top_levels: dict[str, int],
        *,
        words: str = "Your words",
        compact: bool = False,
    ) -> None:
        super().__init__(
            feedback_text(reply, result, top_levels, words=words, compact=compact),
            classes="feedback",
        )
        self.result = result
        self.compact = compact
