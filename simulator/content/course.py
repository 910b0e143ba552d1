"""The course file format: an ordered path of units, each with a lesson, drills, scenarios to
practise and a closing reflection question, plus the support card a facilitator fills in.

Like a scenario, a loaded course is story, not state: it never changes once loaded. What a
trainee has done (lessons read, drill boxes, journal) lives in the store
(`simulator.practice.course_store`). A drill item is authored like a scenario moment (peer
line, key points, feelings, pitfalls, examples) and scored by the same scorer through
`DrillItem.as_node()`. The JSON Schema in `schema/course.schema.json` is generated from these
models (`make schema`).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from simulator.content.scenario import (
    ExampleReply,
    Feeling,
    FileModel,
    KeyPoint,
    Node,
    Pitfall,
    Slug,
    Text,
    as_tuple_of_str,
    string_or_items,
    string_or_list,
)

SCHEMA_VERSION = 1

Skill = Literal["paraphrasing", "validation", "boundaries"]

#: Shown when a course has no support card of its own, and shipped in the default course.
DEFAULT_SUPPORT_INTRO = (
    "If practice brings up something heavy, you don't have to hold it alone. "
    "Reach out to someone you trust, or one of these:"
)


class LessonExample(FileModel):
    """A good or poor reply to a peer's line, and why."""

    peer: str = Field("", description="What the peer said (optional).")
    reply: Text
    quality: Literal["good", "poor"]
    why: Text


class Lesson(FileModel):
    """One screen, readable in two minutes: what, why for peers, how, and examples."""

    what: Text = Field(description="What the skill is, in two or three sentences.")
    why: Text = Field(description="Why it matters when peers support each other.")
    steps: tuple[Text, ...] = Field(
        min_length=1,
        max_length=4,
        description="How to do it, in two or three short steps.",
        json_schema_extra=string_or_list,
    )
    examples: tuple[LessonExample, ...] = Field(
        min_length=1, description="Good and poor replies, each with why."
    )

    _split = field_validator("steps", mode="before")(as_tuple_of_str)


class DrillItem(FileModel):
    """One rapid single-turn practice: a peer line, scored like a scenario moment."""

    id: Slug
    peer: tuple[Text, ...] = Field(
        min_length=1, description="The peer's line or lines.", json_schema_extra=string_or_list
    )
    key_points: tuple[KeyPoint, ...] = ()
    feelings: tuple[Feeling, ...] = Field(
        (),
        description="Feeling words, or {feeling, alternatives}.",
        json_schema_extra=string_or_items,
    )
    pitfalls: tuple[Pitfall, ...] = ()
    examples: tuple[ExampleReply, ...] = Field(
        min_length=2, description="At least one good and one poor reply, each with why."
    )

    _split = field_validator("peer", mode="before")(as_tuple_of_str)

    def as_node(self) -> Node:
        """The item as a scenario moment, so the scorer treats both alike."""
        return Node(
            peer=self.peer,
            key_points=self.key_points,
            feelings=self.feelings,
            pitfalls=self.pitfalls,
            examples=self.examples,
        )

    @property
    def peer_text(self) -> str:
        return " ".join(self.peer)


class Unit(FileModel):
    """One step of the path: learn a skill, drill it, practise it in scenarios, reflect."""

    id: Slug
    title: Text
    skills: tuple[Skill, ...] = Field(
        min_length=1,
        description="The skill(s) the unit focuses on; drills give feedback on the first.",
    )
    passes: str | int | None = Field(
        None,
        description=(
            "When a drill reply counts as done well, on the unit's first skill: a level with "
            "an optional comparison, e.g. '>=1', '>=complex', 'held'. Default: '>=1', or "
            "'held' for boundaries."
        ),
    )
    goal: Text = Field(description="The learning goal, one sentence ('You will be able to …').")
    content_notes: tuple[Text, ...] = Field(
        description="Topics a trainee may want to know about first. [] when there are none."
    )
    lesson: Lesson
    drills: tuple[DrillItem, ...] = Field(min_length=1)
    scenarios: tuple[Slug, ...] = Field((), description="Scenario ids to practise, in order.")
    reflection: Text = Field(description="A closing question; answers go to the private journal.")
    self_care: str = Field(
        "", description="A self-care prompt for the check-out after this unit's heavy content."
    )

    @property
    def skill(self) -> Skill:
        return self.skills[0]

    @property
    def pass_condition(self) -> str | int:
        if self.passes is not None:
            return self.passes
        return "held" if self.skill == "boundaries" else ">=1"

    @property
    def heavy(self) -> bool:
        return bool(self.content_notes)


class Contact(FileModel):
    name: Text = Field(description="Who: the program's own contact, a line, a service.")
    how: Text = Field(description="How to reach them, e.g. 'Call or text 9-8-8'.")
    when: str = Field("", description="When they are there, e.g. '24 hours'.")


class SupportCard(FileModel):
    """The program's own contacts and a crisis line, reachable from every screen."""

    intro: Text = Field(DEFAULT_SUPPORT_INTRO)
    contacts: tuple[Contact, ...] = Field(min_length=1)
    note: str = Field(
        "", description="A note under the contacts, e.g. for facilitators to replace them."
    )


class Course(FileModel):
    """An ordered path of units. Nothing is locked: the path only suggests."""

    id: Slug
    title: Text
    summary: Text
    drill_set_size: Annotated[int, Field(ge=6, le=10)] = Field(
        6, description="How many items a drill set has (6 to 10)."
    )
    support_card: SupportCard
    units: tuple[Unit, ...] = Field(min_length=1)

    def unit(self, ref: str) -> Unit | None:
        """A unit by id, or by its number on the path (1-based)."""
        if ref.isdigit() and 1 <= int(ref) <= len(self.units):
            return self.units[int(ref) - 1]
        return next((u for u in self.units if u.id == ref), None)

    def number(self, unit: Unit) -> int:
        return self.units.index(unit) + 1
