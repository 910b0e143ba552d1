"""The rubric file format: what each skill's levels mean and which cues show them.

Rubric files are the source of truth for scoring. Code in `simulator.scoring` holds
mechanisms only (phrase matching, fuzzy matching, parroting detection); every phrase,
pattern, weight, threshold and feedback sentence comes from a rubric file, so facilitators
can read and change what is scored.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from simulator.content.scenario import (
    BoundaryFlag,
    FileModel,
    Slug,
    Text,
    as_tuple_of_str,
    string_or_list,
)

Detector = Literal[
    "cues",
    "parroting",
    "echo",
    "novelty",
    "length",
    "key_points",
    "node_feelings",
    "node_pitfalls",
    "flags_raised",
    "level_reached",
    "clauses",
    "reaction_verdict",
    "stance",
    "read_apart",
    "contradiction",
]

#: Whom a clause is about, for the stance reader (scoring/stance.py): the work, another person
#: in the peer's story, the peer, the speaker.
StanceAbout = Literal["work", "other", "peer", "speaker", "nobody"]
#: What the speaker does with a clause: says it in their own voice, says back the peer's words
#: or feelings, reports someone else's view, asks the peer's view, negates it, or concedes it
#: ("even if she meant well", "she means well, but…").
StanceVoice = Literal["asserted", "said_back", "reported", "asked", "negated", "conceded"]

#: Who a clause is about (see scoring/clauses.py): the peer ("you…"), something of theirs
#: ("your sister…"), the speaker ("I…"), someone or something else, or no subject at all.
ClauseSubject = Literal["peer", "theirs", "speaker", "third", "none"]
#: What a clause's predicate does. experience: what they feel, want, believe, do or went
#: through; hypothetical: "if you could…, you might…"; the speaker's acts (thanks, apology,
#: promise, offer, own_story); praise, reassurance, prediction and verdict say something
#: about them but not what they told you; acknowledgement: a generic acknowledgement that
#: points at nothing of theirs ("that's a lot", "sounds rough", "I hear you"); instruction;
#: question; other.
ClausePredicate = Literal[
    "experience",
    "hypothetical",
    "thanks",
    "apology",
    "praise",
    "reassurance",
    "promise",
    "offer",
    "own_story",
    "instruction",
    "prediction",
    "verdict",
    "acknowledgement",
    "question",
    "other",
]


class Level(FileModel):
    level: Annotated[int, Field(ge=0, le=9)]
    name: Slug = Field(description="Used in scenario transitions, e.g. 'complex' or 'held'.")
    label: Text = Field(description="Shown to trainees, e.g. 'Complex reflection'.")
    descriptor: Text = Field(description="What a reply at this level does.")
    min_score: float = Field(0.0, ge=0, le=1, description="Score needed for this level.")
    requires_any: tuple[Slug, ...] = Field(
        (), description="Criterion ids; at least one must have matched for this level."
    )
    feedback: Text = Field(description="Said to the trainee when a reply is at this level.")
    next_step: str = Field("", description="One concrete next step from this level.")
    moment_next_step: str = Field(
        "",
        description=(
            "The next step when the reply answers a known moment; {key_point}, {feeling} and "
            "{their_feeling} are the moment's own (a key point the reply missed, a feeling it "
            "didn't name, a feeling it named). "
            "Falls back to next_step when the moment has none."
        ),
    )
    neutral_line: str = Field(
        "",
        description=(
            "Said instead of a ✓ strength when a reply reaches this level (a breach): kind, "
            "neutral, quoting nothing."
        ),
    )


class Limit(FileModel):
    """When this criterion matches, criteria with these flags count at most `to`."""

    flags: tuple[BoundaryFlag, ...] = Field(min_length=1)
    to: Annotated[int, Field(ge=0)]
    next_step_for: tuple[Slug, ...] = Field(
        (),
        description=(
            "Criteria whose next step this criterion's own `next_step` replaces when both match"
            " (where the peer asked for ideas, not 'advice they didn't ask for')."
        ),
    )


class ClauseCondition(FileModel):
    """What a clause of the reply must be for a `clauses` criterion (every key given must
    hold; a key left out holds for any clause)."""

    subject: tuple[ClauseSubject, ...] = Field(
        (), description="Any of these subjects.", json_schema_extra=string_or_list
    )
    predicate: tuple[ClausePredicate, ...] = Field(
        (), description="Any of these predicate classes.", json_schema_extra=string_or_list
    )
    restates: bool | None = Field(
        None, description="true: it takes up content words of the peer's line; false: it doesn't."
    )
    framed: bool | None = Field(
        None, description="true: behind a reflective frame such as 'it sounds like'."
    )
    main: bool | None = Field(
        None, description="true: a main clause, not one after 'if', 'when', 'because', 'that'…"
    )
    inner: bool | None = Field(
        None,
        description=(
            "true: it names what they feel, want or wonder (a word of the feeling_words or "
            "clause_inner lexicons)."
        ),
    )
    general: bool | None = Field(
        None,
        description=(
            "true: it states a general fact, a norm or an argument rather than the peer's "
            "experience ('most people…', 'landlords have to…', 'actually…'; the "
            "clause_general_subjects, clause_general_marks and clause_argument lexicons)."
        ),
    )

    _one = field_validator("subject", "predicate", mode="before")(as_tuple_of_str)


class StanceCondition(FileModel):
    """What the clause around a `stance` criterion's cue must be (see scoring/stance.py)."""

    about: tuple[StanceAbout, ...] = Field(
        (),
        description="The clause names any of these (left out: anyone or no one).",
        json_schema_extra=string_or_list,
    )
    voice: tuple[StanceVoice, ...] = Field(
        ("asserted",),
        description=(
            "What the speaker does with it, any of these: asserted (their own voice, a "
            "rhetorical question too), said_back, reported, asked (the peer's own view), "
            "negated, conceded ('even if…', or followed by 'but')."
        ),
        json_schema_extra=string_or_list,
    )

    _one = field_validator("about", "voice", mode="before")(as_tuple_of_str)


def _condition_or_list(schema: dict[str, Any]) -> None:
    """JSON Schema for a list of conditions that also accepts one condition."""
    kept = ("title", "description", "default")
    items = {k: v for k, v in schema.items() if k not in kept}
    for key in items:
        del schema[key]
    schema["anyOf"] = [items["items"], items]


def _one_condition(value: object) -> object:
    """Let a facilitator write one condition where a list of conditions is expected."""
    return (value,) if isinstance(value, dict) else value


class Criterion(FileModel):
    id: Slug
    description: Text = Field(description="What it looks for; shown as the evidence's reason.")
    explanation: str = Field("", description="Why it matters, for facilitators and trainees.")
    detector: Detector = Field(
        "cues",
        description=(
            "cues: phrases and patterns below; parroting: the reply repeats the peer's words; "
            "echo: the reply takes up the peer's content words (threshold: percent of them); "
            "novelty: the reply brings at least `threshold` content words of its own; "
            "length: the reply has at least `threshold` words; flags_raised: another rubric "
            "raised one of `when_flags`; level_reached: the `when_skill` rubric reached level "
            "`threshold` or higher; key_points, node_feelings, node_pitfalls: the "
            "scenario node's own lists; clauses: a clause of the reply meets `clause`; "
            "reaction_verdict: a clause says the peer's reaction makes sense or doesn't "
            "(see `verdict`; reads the verdict_* lexicons); stance: a cue in a clause whose "
            "stance meets `stance` (whom it is about, what the speaker does with it); "
            "read_apart: the reply is being read a second time without its sentences that "
            "breach a boundary (the rubric's `read_apart_from`); contradiction: a sentence of "
            "the reply is one of the peer's statements with its negation turned round (reads "
            "the contradiction_negators and contradiction_turns lexicons)."
        ),
    )
    cues: tuple[Text, ...] = Field(
        (),
        description=(
            "Phrases, matched as whole words ignoring case. '...' stands for up to four words; "
            "{name} for any word of a lexicon."
        ),
    )
    patterns: tuple[Text, ...] = Field((), description="Regular expressions ({name} expands).")
    patterns_of: Slug | None = Field(
        None,
        description=(
            "Use the patterns of another criterion of this rubric instead of a list of its "
            "own, so two criteria that read the same words in different places (a warning "
            "said, and the same warning asked as a question) can never drift apart."
        ),
    )
    where: Literal["anywhere", "sentence_start", "clause_start"] = Field(
        "anywhere",
        description=(
            "Where a match may begin: anywhere, at a sentence's start, or at a clause's start "
            "(a sentence's, or after a comma not followed by 'and'/'or'/'then', in a clause "
            "offering no 'or' choice)."
        ),
    )
    not_after: tuple[Text, ...] = Field(
        (),
        description=(
            "Words that, when they come shortly before a match in the same sentence, cancel it "
            "(e.g. 'you should' after 'you wonder if' is reported, not advice). Cues as above."
        ),
    )
    not_in_sentence_after: tuple[Text, ...] = Field(
        (),
        description=(
            "Words that cancel a match when they come anywhere before it in the same sentence "
            "(e.g. a hypothetical 'If you could…, you might…' reflects, it doesn't suggest). "
            "Unlike not_after, any distance and across commas. Cues as above."
        ),
    )
    sentence: Literal["any", "statement", "question"] = Field(
        "any",
        description=(
            "Which sentences a match counts in: any; a statement (its sentence does not end "
            "in '?'); a question (it does). E.g. a warning asked ('Aren't you worried you "
            "might…?') is a suggestion in question form, not one said."
        ),
    )
    unless_peer_said: bool = Field(
        False,
        description=(
            "Cues: ignore a match whose words the peer said themselves (the reply is saying "
            "their words back, e.g. 'a speech about your lifestyle choices', not judging)."
        ),
    )
    unless_peer_asked: bool = Field(
        False,
        description=(
            "With unless_peer_said: the peer's questions count as theirs too (their own "
            "invitation said back, 'a coffee, outside of here', is not an offer). Only for a "
            "criterion whose agreeing answer another criterion reads."
        ),
    )
    threshold: float = Field(
        0.0, ge=0, le=100, description="For fuzzy detectors 0-100; for counts, the count."
    )
    weight: float = Field(0.0, ge=-1, le=1)
    flags: tuple[BoundaryFlag, ...] = Field(
        (), description="Boundary flags this raises.", json_schema_extra=string_or_list
    )
    when_flags: tuple[BoundaryFlag, ...] = Field(
        (),
        description=(
            "For flags_raised: the boundary flags that make this match. For clauses (with "
            "clause_test 'some'): only a clause said in a sentence of its own before the "
            "first of these flags was raised counts (or, with the rubric lexicon "
            "`joins_a_breach`, one that ends before it at a clause boundary in the same "
            "sentence: a comma, dash, semicolon or a joining word), and none does when none "
            "was raised."
        ),
    )
    joined_only: bool = Field(
        False,
        description=(
            "For clauses with when_flags: count only a clause joined to the breach in its "
            "sentence at a clause boundary, not one in a sentence of its own (the second "
            "reading, `read_apart_from`, reads that one on its own)."
        ),
    )
    when_skill: Literal["paraphrasing", "validation", "boundaries"] | None = Field(
        None, description="For level_reached: the skill whose level this reads."
    )
    not_counting: tuple[Slug, ...] = Field(
        (),
        description=(
            "For level_reached: criteria of the when_skill rubric left out when its level is "
            "read (validation reads paraphrasing's level without the moment's key points)."
        ),
    )
    verdict: (
        Literal[
            "legitimises",
            "invalidates",
            "takes_back",
            "acknowledges_difficulty",
            "denies_difficulty",
            "absolves",
            "legitimises_harm",
            "names_their_reaction",
        ]
        | None
    ) = Field(
        None,
        description=(
            "For reaction_verdict: a clause that says the peer's reaction makes sense "
            "(legitimises), says it doesn't (invalidates), or says it and then takes it back "
            "with a contrast that directs them or raises one of `when_flags` (takes_back); "
            "or a negated verdict on how hard it is: 'none of this is easy' "
            "(acknowledges_difficulty), 'it's not that hard' (denies_difficulty); or a negated "
            "verdict of blame on the peer: 'this isn't your fault' (absolves); or a clause that "
            "says the wish to die or not to be here makes sense (legitimises_harm: what is "
            "validated is the wish, not the pain); or a clause that says their reaction makes "
            "sense and names it, a feeling, a want or a doubt (names_their_reaction: 'it "
            "makes sense to feel unsure', 'that fear makes sense')."
        ),
    )
    target: Literal["reply", "context"] = Field(
        "reply", description="Match the trainee's reply, or the peer's line it answers."
    )
    ignore_lexicon: Slug | None = Field(
        None,
        description=(
            "For parroting, echo, contradiction and unless_peer_said: a lexicon of words that do not count."
        ),
    )
    severity: Annotated[int, Field(ge=0, le=9)] | None = Field(
        None, description="Boundaries: the level this criterion sets when it matches."
    )
    unless: tuple[Slug, ...] = Field((), description="Ignored when any of these matched.")
    unless_near: tuple[Slug, ...] = Field(
        (),
        description=(
            "Ignored when one of these matched in the same sentence as this criterion's "
            "evidence, or as a sentence of its own right after it: a tag that hands the words "
            "back ('…, that's what you're afraid of', 'It'll be fine, he said') takes back the "
            "clause it follows, not a breach elsewhere in the reply."
        ),
    )
    unless_apart: tuple[Slug, ...] = Field(
        (),
        description=(
            "Ignored when one of these matched in a sentence of the reply that holds none of "
            "this criterion's evidence: what was said apart from it stands (validation's "
            "judging minus spares 'That's stressful. Maybe a sign to…', not 'the burnout is "
            "your body telling you to get out')."
        ),
    )
    apart_includes_before: bool = Field(
        False,
        description=(
            "With unless_apart: one of those criteria said earlier in the same sentence, "
            "ending before this criterion's evidence begins, counts as said apart too ('you're "
            "scared, I get it, but you should…' keeps the acknowledgement; 'come stay at mine, "
            "you're not alone' does not)."
        ),
    )
    only_with: tuple[Slug, ...] = Field(
        (), description="Counts only when all of these criteria matched too."
    )
    only_with_any: tuple[Slug, ...] = Field(
        (),
        description=(
            "Counts only when at least one of these criteria matched too (list them before "
            "this one: then it isn't even looked for otherwise, which saves time)."
        ),
    )
    cap_level: int | None = Field(None, description="When matched, the level is at most this.")
    limits: Limit | None = None
    clause: tuple[ClauseCondition, ...] = Field(
        (),
        description=(
            "For clauses: a clause condition, or a list of them (any one will do), e.g. "
            "{subject: peer, predicate: experience}. For novelty and length: only the words "
            "of the clauses that meet it count (what the reply says back, not what stands "
            "beside it)."
        ),
        json_schema_extra=_condition_or_list,
    )
    clause_test: Literal["some", "none"] = Field(
        "some",
        description=(
            "For clauses: 'some' matches when a clause meets `clause`; 'none' when no clause "
            "of the reply does (e.g. nothing in it says back their experience). For length "
            "with `clause`: 'none' matches when the clauses that meet it have fewer than "
            "`threshold` words."
        ),
    )
    stance: StanceCondition | None = Field(
        None,
        description=(
            "For stance: whom the clause around a cue must be about and what the speaker must "
            "do with it, e.g. {about: work, voice: asserted}."
        ),
    )
    strength: str = Field("", description="Feedback naming the strength; {evidence} is the span.")
    strength_first: bool = Field(
        False,
        description=(
            "The ✓ names this criterion before any other when it matched (and the reply "
            "breached no boundary): the move the moment most needs, such as a direct safety "
            "question, even beside a reflection that raised a level."
        ),
    )
    next_step: str = Field("", description="Feedback for a next step when this matched.")
    moment_next_step: str = Field(
        "",
        description="The next step in a known moment; {key_point}, {feeling}, {their_feeling} as for levels.",
    )

    _one_flag = field_validator("flags", mode="before")(as_tuple_of_str)
    _one_clause = field_validator("clause", mode="before")(_one_condition)

    @model_validator(mode="after")
    def _needs_something_to_match(self) -> Criterion:
        if self.patterns_of is not None and self.patterns:
            raise ValueError("give 'patterns' or 'patterns_of', not both")
        own = bool(self.cues or self.patterns or self.patterns_of)
        if self.detector == "cues" and not own:
            raise ValueError("a 'cues' criterion needs at least one cue or pattern")
        if self.detector == "stance" and not (own and self.stance):
            raise ValueError(
                "a 'stance' criterion needs cues or patterns and a 'stance:' condition"
            )
        if self.detector == "level_reached" and self.when_skill is None:
            raise ValueError("a 'level_reached' criterion needs when_skill (the skill it reads)")
        if self.not_counting and self.detector != "level_reached":
            raise ValueError("not_counting is read only by a 'level_reached' criterion")
        if self.detector == "clauses" and not self.clause:
            raise ValueError("a 'clauses' criterion needs a clause condition under 'clause:'")
        if self.detector == "clauses" and self.when_flags and self.clause_test != "some":
            raise ValueError("a 'clauses' criterion with when_flags needs clause_test 'some'")
        if self.joined_only and not (self.detector == "clauses" and self.when_flags):
            raise ValueError("joined_only is read only by a 'clauses' criterion with when_flags")
        return self


class Rubric(FileModel):
    """One skill's rubric."""

    skill: Literal["paraphrasing", "validation", "boundaries"]
    title: Text
    description: Text
    scale: Literal["higher_is_better", "higher_is_worse"] = Field(
        description="Boundaries count breaches, so a higher level is worse there."
    )
    levels: tuple[Level, ...] = Field(min_length=2)
    criteria: tuple[Criterion, ...] = Field(min_length=1)
    lexicons: dict[Slug, tuple[Text, ...]] = Field(
        {}, description="Named word lists usable as {name} in cues and patterns of any rubric."
    )
    fragments: dict[Slug, str] = Field(
        {},
        description=(
            "Named pieces of regular expression usable as {name} in this rubric's patterns:"
            " a piece many patterns share (a look-ahead, say) is written, checked and made"
            " faster in one place."
        ),
    )
    default_strength: str = Field(
        "", description="A strength to name when no criterion supplied one."
    )
    words_count_once: bool = Field(
        False,
        description=(
            "Higher-is-better rubrics: a criterion with a positive weight adds nothing when every"
            " span it was found in overlaps words a criterion of higher weight (or, at equal"
            " weight, earlier in the file) already credited, so one phrase two criteria read is"
            " one move."
        ),
    )

    read_apart_from: tuple[BoundaryFlag, ...] = Field(
        (),
        description=(
            "Higher-is-better rubrics: a reply that raised one of these flags (another"
            " rubric's) and reaches no level here (0) is read again, as a reply of its own, on"
            " its sentences before the first that holds evidence of one of them; a level found"
            " there stands. A reflection said before a breach, in sentences of its own,"
            " is still a reflection; one that only leads into the breach in its sentence is"
            " not. Criteria with `detector: read_apart` match only in that second reading."
        ),
        json_schema_extra=string_or_list,
    )

    _one_apart = field_validator("read_apart_from", mode="before")(as_tuple_of_str)

    @model_validator(mode="after")
    def _read_apart_needs_flags(self) -> Rubric:
        if not self.read_apart_from and any(c.detector == "read_apart" for c in self.criteria):
            raise ValueError(
                "a 'read_apart' criterion only matches in the second reading that"
                " `read_apart_from` asks for: name its flags"
            )
        if self.read_apart_from and self.scale != "higher_is_better":
            raise ValueError("read_apart_from is for rubrics where higher is better")
        return self

    @model_validator(mode="after")
    def _borrow_patterns(self) -> Rubric:
        """Give each `patterns_of` criterion the patterns it names, so every reader of
        `patterns` (the scorer, lint, fit) sees them. A name that is unknown, or names a
        criterion without patterns of its own, is left empty here and reported as a located
        problem by the loader's cross-checks."""
        own = {c.id: c.patterns for c in self.criteria if c.patterns_of is None}
        if not any(c.patterns_of for c in self.criteria):
            return self
        criteria = tuple(
            c.model_copy(update={"patterns": own[c.patterns_of]})
            if c.patterns_of is not None and own.get(c.patterns_of)
            else c
            for c in self.criteria
        )
        object.__setattr__(self, "criteria", criteria)  # frozen: set once, while validating
        return self

    @cached_property
    def by_level(self) -> tuple[Level, ...]:
        """Levels ordered by number. The loader requires them numbered 0, 1, 2 … without gaps,
        so `by_level[n]` is level n (the scorer reads this on every reply)."""
        return tuple(sorted(self.levels, key=lambda lv: lv.level))

    @cached_property
    def max_level(self) -> int:
        return self.by_level[-1].level

    @cached_property
    def criteria_raising(self) -> dict[str, int]:
        """How many criteria raise each flag: the fewer, the more specific the problem it
        names (feedback's tie-break between breaches reads this on every breaching reply).
        A `stance` criterion re-reads a family a phrase criterion already names (its flags are
        that family's), so it doesn't make the family look less specific."""
        counts: dict[str, int] = {}
        for crit in self.criteria:
            if crit.detector == "stance":
                continue
            for flag in crit.flags:
                counts[flag] = counts.get(flag, 0) + 1
        return counts

    @cached_property
    def cap_lifters(self) -> frozenset[str]:
        """Criteria of weight 0 that a capping criterion names in its `unless`: good moves
        the rubric says are not that failure (a direct safety question is not "only a
        question"). Feedback asks this for every matched criterion of every reply."""
        capped_unless = {
            name for c in self.criteria if c.cap_level is not None for name in c.unless
        }
        return frozenset(c.id for c in self.criteria if c.weight == 0 and c.id in capped_unless)

    def level_named(self, name: str) -> Level | None:
        return next((lv for lv in self.levels if lv.name == name), None)
