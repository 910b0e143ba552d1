"""What scoring returns: plain, immutable values that serialise to the `score` contract."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of text (of the reply, or of the peer's line) and the criterion it met."""

    criterion: str
    description: str
    text: str
    start: int
    end: int
    source: str = "reply"
    #: The criterion's weight: below 0 it held the level down. None when not known (a
    #: result saved before it was kept): then every reason is shown, as before.
    weight: float | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "criterion": self.criterion,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }
        if self.source != "reply":
            data["source"] = self.source
        return data


@dataclass(frozen=True, slots=True)
class SkillResult:
    skill: str
    level: int
    level_name: str
    label: str
    score: float
    evidence: tuple[Evidence, ...] = ()
    flags: tuple[str, ...] = ()
    feedback: str = ""
    next_step: str = ""
    higher_is_better: bool = True

    def told(self) -> tuple[Evidence, ...]:
        """The evidence worth telling the trainee as reasons for the level. Where higher is
        better and the reply is at level 0, only what held it down ("Only asks questions",
        "Minimises or explains away the feeling"): what it met without raising the level
        ("Says enough to add something") read beside "No reflection" as praise."""
        if not self.higher_is_better or self.level > 0:
            return self.evidence
        return tuple(e for e in self.evidence if e.weight is None or e.weight < 0)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"level": self.level, "score": self.score}
        if not self.higher_is_better:
            data["flags"] = list(self.flags)
        data["evidence"] = [e.to_json() for e in self.evidence]
        return data


@dataclass(frozen=True, slots=True)
class Feedback:
    """A strength first, then one concrete next step.

    `earned` is False when the reply earned no ✓ (it breached a boundary, or nothing raised
    a level): `strength` is then a neutral line, shown without a tick. `example` is the
    moment's good example of the skill the next step works on (`skill`), when known."""

    strength: str
    next_step: str
    earned: bool = True
    example: str | None = None
    skill: str = ""

    def to_json(self) -> dict[str, Any]:
        """The `score` contract's "feedback": the strength is null when none was earned."""
        return {
            "strength": self.strength if self.earned else None,
            "next_step": self.next_step,
            "example": self.example,
        }


@dataclass(frozen=True, slots=True)
class ScoreResult:
    skills: dict[str, SkillResult]
    feedback: Feedback
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def levels(self) -> dict[str, int]:
        return {name: result.level for name, result in self.skills.items()}

    @property
    def criteria(self) -> frozenset[str]:
        """The criteria the reply met, by id, in any rubric (their evidence, whatever their
        weight): what a scenario's `criterion:` condition asks about."""
        return frozenset(e.criterion for r in self.skills.values() for e in r.evidence)

    def to_json(self) -> dict[str, Any]:
        return {name: result.to_json() for name, result in self.skills.items()}


def result_to_record(result: ScoreResult) -> dict[str, Any]:
    """Everything about a scored reply, for saving (richer than the `score` contract)."""
    return {
        "skills": {
            name: {
                "level": r.level,
                "level_name": r.level_name,
                "label": r.label,
                "score": r.score,
                "flags": list(r.flags),
                "feedback": r.feedback,
                "next_step": r.next_step,
                "higher_is_better": r.higher_is_better,
                "evidence": [
                    {
                        **e.to_json(),
                        "description": e.description,
                        "source": e.source,
                        "weight": e.weight,
                    }
                    for e in r.evidence
                ],
            }
            for name, r in result.skills.items()
        },
        "feedback": {
            "strength": result.feedback.strength,
            "next_step": result.feedback.next_step,
            "earned": result.feedback.earned,
            "example": result.feedback.example,
            "skill": result.feedback.skill,
        },
    }


def result_from_record(data: dict[str, Any]) -> ScoreResult:
    skills = {}
    for name, r in data["skills"].items():
        evidence = tuple(
            Evidence(
                e["criterion"],
                e.get("description", ""),
                e["text"],
                e["start"],
                e["end"],
                e.get("source", "reply"),
                e.get("weight"),  # None in a result saved before it was kept
            )
            for e in r.get("evidence", [])
        )
        skills[name] = SkillResult(
            name,
            int(r["level"]),
            r["level_name"],
            r["label"],
            float(r["score"]),
            evidence,
            tuple(r.get("flags", [])),
            r.get("feedback", ""),
            r.get("next_step", ""),
            bool(r.get("higher_is_better", True)),
        )
    fb = data.get("feedback", {})
    flags = frozenset(f for s in skills.values() for f in s.flags)
    feedback = Feedback(
        fb.get("strength", ""),
        fb.get("next_step", ""),
        bool(fb.get("earned", True)),
        fb.get("example"),
        fb.get("skill", ""),
    )
    return ScoreResult(skills, feedback, flags)
