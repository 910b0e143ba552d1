"""The words of the course path, shared by the app and plain mode: lessons, drill feedback,
check-ins, the check-out and the support card. Plain strings only (the app wraps them in
`rich.text.Text`, plain mode prints them), so both say exactly the same.

Check-ins and check-outs are always optional and never scored. A low check-in is met with
choices, not advice: a grounding pause, a lighter unit, or stopping for today.
"""

from __future__ import annotations

from simulator.content.course import Course, SupportCard, Unit
from simulator.content.loading import RubricSet
from simulator.practice.drills import DrillAnswer
from simulator.safe_text import printable
from simulator.scoring.quotes import quote_span
from simulator.scoring.results import SkillResult

CHECK_IN_QUESTION = "How are you arriving today?"
CHECK_IN_SCALE = {
    1: "really struggling",
    2: "low",
    3: "okay",
    4: "good",
    5: "really good",
}
CHECK_IN_HINT = (
    "Pick a number from 1 to 5, and add a few words if you like. This is only for you: "
    "it is never scored, and you can skip it."
)
#: A check-in at or below this offers the gentler choices.
LOW = 2
LOW_ANSWER = (
    "Thank you for saying so. Some days are like that, and it's okay to go gently. "
    "What would help right now?"
)
LOW_CHOICES = {
    "pause": "Take a grounding pause",
    "lighter": "Try a lighter unit",
    "stop": "Stop for today",
    "continue": "Carry on",
}
STOP_FOR_TODAY = "That's a good call. Everything you did is kept; come back whenever you like."

GROUNDING = (
    "Before you move on, take a breath. Breathe in for 4, hold for 4, out for 6, a few times. "
    "Feel your feet on the floor and notice three things you can see around you."
)
SELF_CARE_DEFAULT = (
    "What is one small thing you can do for yourself in the next hour? A drink of water, "
    "some air, a message to someone who gets it."
)
CHECK_OUT_TITLE = "Checking out"


def check_in_label(rating: int) -> str:
    return f"{rating} — {CHECK_IN_SCALE[rating]}"


def lighter_unit(course: Course, current: Unit | None) -> Unit:
    """The gentlest other unit: no content notes, earliest on the path."""
    gentle = [u for u in course.units if not u.heavy and u is not current]
    return gentle[0] if gentle else course.units[0]


def lesson_sections(unit: Unit, rubrics: RubricSet) -> list[tuple[str, str]]:
    """(heading, body) pairs of a unit's lesson, ending with the rubric's levels."""
    lesson = unit.lesson
    steps = "\n".join(f"{i}. {printable(step)}" for i, step in enumerate(lesson.steps, 1))
    examples = []
    for example in lesson.examples:
        mark = "✓ Good" if example.quality == "good" else "✗ Poor"
        said = f"Peer: “{printable(example.peer)}”\n" if example.peer else ""
        examples.append(
            f"{said}{mark}: “{printable(example.reply)}”\n   Why: {printable(example.why)}"
        )
    sections = [
        ("What it is", printable(lesson.what)),
        ("Why it matters for peers", printable(lesson.why)),
        ("How to do it", steps),
        ("Examples", "\n\n".join(examples)),
    ]
    rubric = rubrics.rubrics.get(unit.skill)
    if rubric is not None:
        levels = "\n".join(
            f"• {printable(level.label)}: {printable(level.descriptor)}" for level in rubric.levels
        )
        sections.append((f"How {unit.skill} is scored", levels))
    return sections


def drill_quotes(reply: str, skill: SkillResult, most: int = 2) -> list[str]:
    """The trainee's words a drill card quotes: each evidence span made a whole, meaningful
    phrase the way a ✓ strength's quote is (`quote_span`: never "you onto nights only" or
    "getting the blame from", never a clause mark it stopped on), none inside or overlapping
    one already chosen, at most `most`, in the order they were said."""
    chosen: list[tuple[str, int, int]] = []
    for e in skill.evidence:
        if e.source != "reply" or not e.text or len(e.text) >= 0.9 * max(1, len(reply)):
            continue  # evidence of the whole reply (its length) quotes nothing in particular
        span = quote_span(reply, e.start, e.end)
        if span is None:
            continue
        inside = [c for c in chosen if span[1] <= c[1] and c[2] <= span[2]]
        if any(c[1] < span[2] and span[1] < c[2] for c in chosen if c not in inside):
            continue  # overlaps a phrase already quoted without holding it
        chosen = [c for c in chosen if c not in inside]  # a longer phrase holding them
        chosen.append(span)
    return [text for text, _, _ in sorted(chosen[:most], key=lambda c: c[1])]


def drill_feedback(answer: DrillAnswer, top_level: int) -> list[tuple[str, str]]:
    """(mark, line) pairs: how the reply did on the unit's skill, a next step, and a good
    example. The mark is '✓' only for a reply that did well and breached no boundary."""
    skill = answer.skill
    if skill.higher_is_better:
        level = "●" * skill.level + "○" * (top_level - skill.level)
        heading = f"{skill.skill.capitalize()} {level} {skill.label}"
    else:
        flags = ", ".join(f.replace("_", " ") for f in skill.flags)
        heading = f"{skill.skill.capitalize()}: {skill.label}" + (f" ({flags})" if flags else "")
    lines: list[tuple[str, str]] = [("✓" if answer.passed else "○", heading)]
    if answer.passed:
        quotes = [f"“{printable(q)}”" for q in drill_quotes(answer.reply, skill)]
        strength = printable(skill.feedback)
        if quotes:
            strength += " Your words: " + ", ".join(quotes) + "."
        lines.append(("", strength))
    else:
        lines.append(("", printable(skill.feedback)))
    boundaries = answer.result.skills.get("boundaries")
    if boundaries is not None and boundaries.level > 0 and skill.skill != "boundaries":
        lines.append(("!", f"Boundaries: {boundaries.label}. {printable(boundaries.next_step)}"))
    next_step = skill.next_step or answer.result.feedback.next_step
    if next_step:
        lines.append(("→", "Next step: " + printable(next_step)))
    good = next((e for e in answer.item.examples if e.quality == "good"), None)
    if good is not None:
        lines.append(("", f"One way to say it: “{printable(good.reply)}” — {printable(good.why)}"))
    return lines


def set_summary(passed: int, answered: int) -> str:
    if answered == 0:
        return "No items answered this time, and that's fine. They'll be here next time."
    text = f"You did {passed} of {answered} well."
    if passed < answered:
        text += " The ones to work on will come back in a later set."
    return text


def support_lines(card: SupportCard) -> list[str]:
    lines = [printable(card.intro), ""]
    for contact in card.contacts:
        when = f" ({printable(contact.when)})" if contact.when else ""
        lines.append(f"• {printable(contact.name)}: {printable(contact.how)}{when}")
    if card.note:
        lines += ["", printable(card.note)]
    return lines


def default_support_card() -> SupportCard:
    """The card shown when no course could be loaded; the shipped course carries the same."""
    from simulator.content.course import Contact

    return SupportCard(
        contacts=(
            Contact(
                name="9-8-8 Suicide Crisis Helpline (Canada)",
                how="Call or text 9-8-8",
                when="24 hours, every day, free",
            ),
        ),
        note=(
            "Facilitators: replace this with your program's own contacts and the crisis line "
            "where your trainees live (support_card in the course file)."
        ),
    )
