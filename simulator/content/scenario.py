"""The scenario file format: typed, immutable models of one branching conversation.

A scenario is story, not state (as in ink): once loaded it never changes, so one loaded copy
can serve many sessions. The mutable side lives in `simulator.practice.session`. The JSON Schema in
`schema/scenario.schema.json` is generated from these models (`make schema`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 1

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=80)]
Text = Annotated[str, Field(min_length=1)]


def as_tuple_of_str(value: Any) -> Any:
    """Let a facilitator write one string where a list of strings is expected."""
    return (value,) if isinstance(value, str) else value


def string_or_list(schema: dict[str, Any]) -> None:
    """JSON Schema for a list field that also accepts one string (see `as_tuple_of_str`)."""
    kept = ("title", "description", "default")
    items = {k: v for k, v in schema.items() if k not in kept}
    for key in items:
        del schema[key]
    schema["anyOf"] = [{"type": "string", "minLength": 1}, items]


def string_or_items(schema: dict[str, Any]) -> None:
    """JSON Schema for a list whose items may also be written as plain strings."""
    if "items" in schema:
        schema["items"] = {"anyOf": [{"type": "string", "minLength": 1}, schema["items"]]}


class FileModel(BaseModel):
    """Base for every file model: unknown keys are errors, values never change."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Persona(FileModel):
    """The peer's role card: enough for a role-player to play them in a pair exercise."""

    name: Text = Field(description="What the peer is called in the conversation.")
    pronouns: Text = Field(description="For example she/her, he/him, they/them.")
    background: Text = Field(description="Who they are and what is going on, for a role-player.")
    wants: str = Field("", description="What they hope to get from talking, in their words.")
    how_to_play: str = Field("", description="Tips for the person playing the peer.")


class KeyPoint(FileModel):
    """Something the peer said that a good paraphrase picks up."""

    point: Text = Field(description="The point in plain words, as a counsellor might reflect it.")
    alternatives: tuple[Text, ...] = Field(
        (), description="Other wordings that count as picking up this point."
    )


class Feeling(FileModel):
    """A feeling a good reply notices and validates."""

    feeling: Text
    alternatives: tuple[Text, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _from_word(cls, value: Any) -> Any:
        return {"feeling": value} if isinstance(value, str) else value


BoundaryFlag = Literal[
    "advice",
    "judgment",
    "directing",
    "over_promising",
    "false_reassurance",
    "self_disclosure",
    "dual_relationship",
    "rescuing",
    "minimising",
    "moralising",
    "abandoning",
    "siding",
    "dismissing",
    "secrecy",
    "police",
    "question_suggestion",
    "agreeing_with_harm",
]


class Pitfall(FileModel):
    """A reply that would cross a boundary at this point of the conversation."""

    cues: tuple[Text, ...] = Field(
        min_length=1, description="Phrases that show the pitfall.", json_schema_extra=string_or_list
    )
    flag: BoundaryFlag
    severity: Literal["at_risk", "breached"] = "breached"
    why: Text = Field(description="Why this reply would hurt, shown in feedback.")

    _split = field_validator("cues", mode="before")(as_tuple_of_str)


class ExampleReply(FileModel):
    """An example reply for this moment, good or poor, with the reason."""

    reply: Text
    quality: Literal["good", "poor"]
    why: Text
    illustrates: tuple[Literal["paraphrasing", "validation", "boundaries"], ...] = Field(
        (), description="The skills this example shows (well or poorly)."
    )


class Transition(FileModel):
    """Go to `to` when every condition in `when` holds for the reply just scored."""

    when: dict[str, str | int] = Field(
        min_length=1,
        description=(
            "Skill name to condition: a level number or name, optionally with a comparison "
            "(for example 1, '>=1', 'held', '<breached'); or 'flags' to one flag name; or "
            "'criterion' to one rubric criterion id, which holds when the reply met it."
        ),
    )
    to: Slug


class Ending(FileModel):
    """Marks a node as an ending and holds its debrief."""

    title: Text = Field(description="A short name for how the conversation ended.")
    outcome: Literal["good", "mixed", "closed"] | None = Field(
        None,
        description=(
            "How this ending went for the peer: 'good' (the peer felt heard and led), 'mixed', "
            "or 'closed' (the peer shut down or left). Checks use it: a poor reply must never "
            "reach a 'good' ending, and maps mark endings with it."
        ),
    )
    debrief: Text = Field(description="What happened and why, for the trainee.")
    questions: tuple[Text, ...] = Field((), description="Questions to reflect on afterwards.")


class Node(FileModel):
    """One moment of the conversation: what the peer says and what a good reply picks up."""

    peer: tuple[Text, ...] = Field(
        min_length=1, description="The peer's line or lines.", json_schema_extra=string_or_list
    )
    direction: str = Field("", description="Emotion or stage direction, e.g. '(looks away)'.")
    key_points: tuple[KeyPoint, ...] = ()
    feelings: tuple[Feeling, ...] = Field(
        (),
        description="Feeling words, or {feeling, alternatives}.",
        json_schema_extra=string_or_items,
    )
    pitfalls: tuple[Pitfall, ...] = ()
    examples: tuple[ExampleReply, ...] = ()
    transitions: tuple[Transition, ...] = ()
    default: Slug | None = Field(None, description="Where to go when no transition matches.")
    ending: Ending | None = None

    _split = field_validator("peer", mode="before")(as_tuple_of_str)

    @property
    def is_ending(self) -> bool:
        return self.ending is not None


class Scenario(FileModel):
    """One branching practice conversation with a simulated peer."""

    id: Slug
    title: Text
    summary: Text
    difficulty: Annotated[int, Field(ge=1, le=3, description="1 gentle, 2 moderate, 3 hard.")]
    skills: tuple[Literal["paraphrasing", "validation", "boundaries"], ...] = Field(min_length=1)
    content_notes: tuple[Text, ...] = Field(
        description="Topics a trainee may want to know about first. [] when there are none."
    )
    persona: Persona
    start: Slug | None = Field(None, description="The first node; the first one listed if unset.")
    nodes: Mapping[Slug, Node] = Field(min_length=1)

    @field_validator("nodes", mode="after")
    @classmethod
    def _freeze_nodes(cls, value: Mapping[str, Node]) -> Mapping[str, Node]:
        return MappingProxyType(dict(value))

    @property
    def start_id(self) -> str:
        return self.start or next(iter(self.nodes))
