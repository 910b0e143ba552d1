"""What a trainee is told after a reply: an earned strength, then one next step that fits.

The engine decides levels; this module decides what to say about them, because feedback has
rules of its own (issue 11):

- A ✓ strength is earned. It names a criterion that raised the level the reply got, quotes
  whole, meaningful words of the reply, and is never given for a reply that breached a
  boundary: then the trainee gets a kind, neutral line with no quote and no ✓.
- The next step names what the reply did when that is a known failure (advice, parroting,
  questions only: each criterion's own `next_step`), and in a known moment it draws on that
  moment: the level's `moment_next_step` filled with the peer's key points or feelings, and
  the moment's good example of the skill to work on.

Every sentence comes from the rubric files; this module holds the rules for choosing them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from simulator.content.rubric import Criterion, Rubric
from simulator.content.scenario import Node
from simulator.scoring.detectors import Hit
from simulator.scoring.quotes import (
    MAX_QUOTE,
    is_content_word,
    meaningful_quote,
    quote_span,
    without_quote,
)
from simulator.scoring.results import SkillResult
from simulator.scoring.text import words

__all__ = ["MAX_QUOTE", "meaningful_quote"]  # kept importable from here

_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)|\n")
_PLACEHOLDER = re.compile(r"\{(key_point|feeling|their_feeling)\}")
_WORDS = re.compile(r"[\w']+")


class Matched(Protocol):
    """A criterion that matched, with its hits (the engine's own record)."""

    @property
    def crit(self) -> Criterion: ...

    @property
    def hits(self) -> tuple[Hit, ...]: ...


@dataclass(frozen=True, slots=True)
class Strength:
    text: str
    earned: bool


@dataclass(frozen=True, slots=True)
class NextStep:
    text: str
    skill: str
    example: str | None = None


def _sentence(reply: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(reply, 0, start)), default=0)
    right_match = _SENTENCE_END.search(reply, end)
    return left, right_match.start() if right_match else len(reply)


# ---------------------------------------------------------------------- strength
def _lifts_a_cap(rubric: Rubric, crit: Criterion) -> bool:
    """Is `crit` a good move that the rubric says keeps a reply from being held down?

    A capping criterion ("only asks questions", capped at 0) that names `crit` in its
    `unless` says: a reply that does this is not that failure ("Are you safe right now?" at
    a moment of risk is a direct safety question, not "only a question"). Its weight is 0,
    since it raises no level of its own, but it earns the ✓ and the next step builds on it
    (`Rubric.cap_lifters`, worked out once per rubric)."""
    return crit.id in rubric.cap_lifters


def _raised_the_level(rubric: Rubric, result: SkillResult, m: Matched) -> bool:
    """Did this criterion help the reply to the level it got?"""
    crit = m.crit
    if not crit.strength or m.hits[0].source != "reply":
        return False
    if rubric.scale == "higher_is_better":
        # Every criterion with a positive weight added to the score that reached the level;
        # a move that lifted a cap kept the reply from being held below it.
        return (result.level > 0 and crit.weight > 0) or _lifts_a_cap(rubric, crit)
    # Boundaries: a criterion that raises no flag (naming limits, asking permission) kept
    # the boundary where it is, unless the reply breached it anyway.
    return not crit.flags and crit.weight >= 0 and result.level < rubric.max_level


def _holds_down(crit: Criterion) -> bool:
    """Does `crit`, matched, hold the reply down as a failure the next step names? A cap
    at none (a question only), or a parrot (held at a simple reflection: the words were
    theirs). A cap that only keeps a reflection simple ("only the offer beside it makes it
    long") leaves the reflection it reached earned: "So he saw your ads and decided you had
    to go" + an offer still said back what happened to them."""
    return crit.cap_level is not None and (crit.cap_level == 0 or crit.detector == "parroting")


def earned_strength(
    rubrics: Mapping[str, Rubric],
    skills: Sequence[str],
    reply: str,
    results: Mapping[str, SkillResult],
    matched: Mapping[str, Sequence[Matched]],
) -> Strength:
    """The ✓ strength this reply earned (a criterion that raised its level, quoted), or a
    neutral line (earned=False)."""
    breached = [
        s
        for s in skills
        if rubrics[s].scale == "higher_is_worse"
        and results[s].level > 0
        and results[s].level == rubrics[s].max_level
    ]
    if breached:
        level = rubrics[breached[0]].by_level[results[breached[0]].level]
        return Strength(level.neutral_line or _default(rubrics, skills), False)

    def reach(skill: str) -> float:
        top = rubrics[skill].max_level
        return results[skill].level / top if top else 0.0

    # Where a quote may not come from (`_unquotable`), worked out when the first hit is
    # weighed: most replies have no criterion that could earn a ✓ and never need it.
    harmful: list[tuple[int, int]] | None = None
    better = sorted((s for s in skills if rubrics[s].scale == "higher_is_better"), key=reach)
    # The move the moment most needs (`strength_first`: a direct safety question) is named
    # first, even beside a reflection that raised a level.
    for skill in skills:
        for m in matched[skill]:
            if m.crit.strength_first and m.crit.strength and m.hits[0].source == "reply":
                if harmful is None:
                    harmful = _unquotable(rubrics, skills, reply, matched)
                quoted, _ = _quoted(m, reply, harmful)
                if quoted is not None:
                    return quoted
    for skill in [*reversed(better), *(s for s in skills if s not in better)]:
        rubric, result = rubrics[skill], results[skill]
        candidates = [m for m in matched[skill] if _raised_the_level(rubric, result, m)]
        if any(_holds_down(m.crit) for m in matched[skill]):
            # Held down (parroting, a question only): its next step names why. Only a good
            # move the rubric names as not that failure (a direct safety question) is a ✓.
            candidates = [m for m in candidates if _lifts_a_cap(rubric, m.crit)]
            if not candidates:
                continue
        wanted = set(rubric.by_level[result.level].requires_any)
        candidates.sort(key=lambda m: m.crit.id not in wanted)  # stable: rubric order
        unquoted: Strength | None = None
        for m in candidates:
            if harmful is None:
                harmful = _unquotable(rubrics, skills, reply, matched)
            quoted, bare = _quoted(m, reply, harmful)
            if quoted is not None:
                return quoted
            unquoted = unquoted or bare
        if unquoted is not None:
            return unquoted
    # Nothing raised a level: a held boundary alone is no ✓ (a harmful reply the rubric
    # missed would get praise), so the trainee gets the rubric's neutral line.
    return Strength(_default(rubrics, skills), False)


def _quoted(
    m: Matched, reply: str, harmful: Sequence[tuple[int, int]]
) -> tuple[Strength | None, Strength | None]:
    """`m`'s strength quoting the first of its hits that makes a meaningful quote outside
    `harmful`, and, in case none does, its strength without a quote (None when every hit
    lies in `harmful`)."""
    bare: Strength | None = None
    for hit in m.hits:
        span = quote_span(reply, hit.start, hit.end, MAX_QUOTE)
        at = (span[1], span[2]) if span else (hit.start, hit.end)
        if any(at[0] < h_end and h_start < at[1] for h_start, h_end in harmful):
            continue
        if span is None:
            # Nothing meaningful to quote here: keep it in case no other hit has.
            text = without_quote(m.crit.strength).format(evidence="", note=hit.note)
            bare = bare or Strength(text, True)
            continue
        return Strength(m.crit.strength.format(evidence=span[0], note=hit.note), True), bare
    return None, bare


def _unquotable(
    rubrics: Mapping[str, Rubric],
    skills: Sequence[str],
    reply: str,
    matched: Mapping[str, Sequence[Matched]],
) -> list[tuple[int, int]]:
    """The spans of the reply a ✓ strength never quotes from."""
    # The sentence that raised a boundary flag ("Don't worry, it stays between us") is
    # never quoted as a strength.
    harmful = [
        _sentence(reply, h.start, h.end)
        for s in skills
        if rubrics[s].scale == "higher_is_worse"
        for m in matched[s]
        for h in m.hits
        if h.flags and h.source == "reply"
    ]
    # Nor are the peer's own words said back: a parrot earns no ✓ in any skill ("It's all
    # too much" repeated is not an acknowledgement the trainee found).
    harmful += [
        (h.start, h.end)
        for s in skills
        for m in matched[s]
        if m.crit.detector == "parroting"
        for h in m.hits
        if h.source == "reply"
    ]
    return harmful


def _default(rubrics: Mapping[str, Rubric], skills: Sequence[str]) -> str:
    return next((rubrics[s].default_strength for s in skills if rubrics[s].default_strength), "")


# --------------------------------------------------------------------- next step
_ENDINGS = ("ing", "ied", "ies", "ed", "en", "y", "s")


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    """A feeling word said in any form has the same stem: up to two endings off, then its
    first five letters, as the detectors compare words ("stresses"/"stressed",
    "shaking"/"shaken", "scary"/"scared", "worrying"/"worried"). Endings that change the
    meaning ("hopeful"/"hopeless") stay."""
    for _ in range(2):
        ending = next(
            (
                e
                for e in _ENDINGS
                if word.endswith(e) and len(word) - len(e) >= 3 and not word.endswith("ss")
            ),
            "",
        )
        if not ending:
            break
        word = word[: -len(ending)]
    return word[:5]


@lru_cache(maxsize=8)
def _said_stems(lower: str) -> frozenset[str]:
    """The stems of a reply's words, worked out once however many steps read them."""
    return frozenset(_stem(w) for w in _WORDS.findall(lower))


@lru_cache(maxsize=4096)
def _name_stems(name: str) -> tuple[str, ...]:
    """The stems of a feeling's name (or one of its alternatives), as `_fill` looks for them
    among the reply's: worked out once, not for every skill of every reply at the moment
    (about sixty word scans a reply)."""
    return tuple(_stem(w) for w in _WORDS.findall(name.lower()))


def _fill(template: str, node: Node | None, reply: str, matched: Sequence[Matched]) -> str:
    """`template` with {key_point}, {feeling} and {their_feeling} taken from the moment, or
    "" when it needs something the moment doesn't have."""
    if not template or node is None:
        return ""
    lower = reply.lower()
    picked = {h.note for m in matched if m.crit.detector == "key_points" for h in m.hits}
    values: dict[str, str] = {}
    # {key_point}: one the reply didn't pick up. When it picked up every one ("I hear you
    # saying it's fine" at a moment whose one point is "you're saying it's fine"), "say back
    # something like <what you said>" would contradict the reply: the rubric's plain step.
    missed = [k.point for k in node.key_points if k.point not in picked]
    if missed:
        values["key_point"] = missed[0]
    if node.feelings and "feeling}" in template:  # only worked out when the step needs it
        stems = _said_stems(lower)
        said = [
            any(
                all(stem in stems for stem in _name_stems(name))
                for name in (f.feeling, *f.alternatives)
            )
            for f in node.feelings
        ]
        # {feeling}: one they didn't name (to add); {their_feeling}: one they named (to
        # validate: "ur torn" -> "of course you feel torn"), else the same as {feeling}.
        unsaid = next((f.feeling for f, s in zip(node.feelings, said, strict=True) if not s), None)
        values["feeling"] = unsaid or node.feelings[0].feeling
        values["their_feeling"] = next(
            (f.feeling for f, s in zip(node.feelings, said, strict=True) if s), values["feeling"]
        )
    if any(name not in values for name in _PLACEHOLDER.findall(template)):
        return ""
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def _harmful(
    rubric: Rubric, matched: Sequence[Matched], severity: Callable[[Matched], int]
) -> list[Matched]:
    if rubric.scale == "higher_is_better":
        held = [m for m in matched if m.crit.weight < 0 or m.crit.cap_level is not None]
        # A parrot is named first: advice or questions read in it are the peer's own words.
        return sorted(held, key=lambda m: m.crit.detector != "parroting")
    flagged = [m for m in matched if m.hits[0].flags]
    if len(flagged) < 2:
        return flagged
    # Most severe first; at equal severity the scenario's own pitfall is more specific, then
    # the criterion naming the rarer problem: "go to the police tonight" is both directive
    # advice (many criteria raise it) and pointing to police (one does), and the trainee
    # needs the step about the police, not a generic one about advice. Rarer by a clear
    # margin (a power of two): flags raised by two or three criteria are alike, so a rubric
    # that gains a criterion does not swap which step "It'll all work out, I promise" gets
    # (false reassurance, found first, over over-promising).
    raised_by = rubric.criteria_raising

    def specificity(m: Matched) -> int:
        return min(raised_by.get(flag, 0) for flag in m.hits[0].flags).bit_length()

    return sorted(
        flagged,
        key=lambda m: (-severity(m), m.crit.detector != "node_pitfalls", specificity(m)),
    )


def skill_next_step(
    rubric: Rubric,
    matched: Sequence[Matched],
    level: int,
    node: Node | None,
    reply: str,
    severity: Callable[[Matched], int],
) -> tuple[str, bool]:
    """One skill's next step and whether it names something the reply did: the most
    harmful matched criterion's own step, else the level's (fitted to the moment)."""
    # A criterion that limits others' flags can speak for some of them (`next_step_for`): where
    # the peer asked for ideas, "advice they didn't ask for" would be untrue.
    speaks_for = {
        ref: x.crit
        for x in matched
        if x.crit.limits is not None and x.crit.next_step
        for ref in x.crit.limits.next_step_for
    }
    for m in _harmful(rubric, matched, severity):
        if m.crit.id in speaks_for:
            crit = speaks_for[m.crit.id]
            return _fill(crit.moment_next_step, node, reply, matched) or crit.next_step, True
        if m.crit.next_step:
            note = m.hits[0].note if m.crit.detector == "node_pitfalls" else ""
            step = _fill(m.crit.moment_next_step, node, reply, matched) or m.crit.next_step
            return f"{note} {step}".strip(), True
    if level == 0:
        # Nothing said back yet, but a good move the rubric names (a direct safety question):
        # the step builds on it rather than marking it down.
        for m in matched:
            if m.crit.next_step and _lifts_a_cap(rubric, m.crit):
                return _fill(
                    m.crit.moment_next_step, node, reply, matched
                ) or m.crit.next_step, True
    info = rubric.by_level[level]
    return _fill(info.moment_next_step, node, reply, matched) or info.next_step, False


def moment_example(node: Node | None, skill: str, reply: str) -> str | None:
    """The moment's good example that shows `skill` (for boundaries, one that reflects)."""
    if node is None:
        return None
    good = [e for e in node.examples if e.quality == "good" and e.reply.strip() != reply.strip()]
    wanted = (skill, "paraphrasing") if skill == "boundaries" else (skill,)
    for name in wanted:
        for example in good:
            if name in example.illustrates:
                return example.reply
    return None


#: Flags of a verdict on the peer: said back, it is still the counsellor's verdict.
_VERDICT_FLAGS = frozenset({"judgment", "moralising"})


def only_their_words_flagged(
    rubrics: Mapping[str, Rubric],
    matched: Mapping[str, Sequence[Matched]],
    context: str,
) -> set[str]:
    """The boundary skills whose every flag was raised by the peer's own words said back.

    A parrot of "I've been thinking I should quit" reads, word for word, like the trainee
    disclosing or advising; the trainee needs the parroting step ("try your own words"),
    not a step about advice they didn't give. A verdict is not echoed, though: the peer's
    verdict on themselves said back to them ("That was stupid of me" → "That was stupid of
    you, yes") passes it as the counsellor's own, and the trainee needs the judgment step."""
    if not any(m.crit.detector == "parroting" for ms in matched.values() for m in ms):
        return set()
    theirs = set(words(context))
    echoed: set[str] = set()
    for skill, ms in matched.items():
        if rubrics[skill].scale != "higher_is_worse":
            continue
        flagged = [h for m in ms for h in m.hits if h.flags]
        if any(_VERDICT_FLAGS.intersection(h.flags) for h in flagged):
            continue
        if flagged and all(
            {w for w in words(h.text) if is_content_word(w)} <= theirs for h in flagged
        ):
            echoed.add(skill)
    return echoed


def overall_next_step(
    rubrics: Mapping[str, Rubric],
    results: Mapping[str, SkillResult],
    named: Mapping[str, bool],
    node: Node | None,
    reply: str,
    echoed: set[str] | frozenset[str] = frozenset(),
) -> NextStep:
    """The one next step to show: a boundary first (unless only the peer's own words said
    back raised it, see `only_their_words_flagged`), then a named failure, then the skill
    with the most room to grow."""
    worse = [
        r
        for r in results.values()
        if not r.higher_is_better and r.level > 0 and r.skill not in echoed
    ]
    if worse:
        chosen = worse[0]
    else:

        def room(result: SkillResult) -> tuple[bool, float]:
            top = rubrics[result.skill].max_level
            return (not named.get(result.skill, False), result.level / top if top else 1.0)

        better = sorted((r for r in results.values() if r.higher_is_better), key=room)
        if not better:
            return NextStep("", "")
        chosen = better[0]
        if chosen.level == rubrics[chosen.skill].max_level:
            return NextStep(chosen.next_step, chosen.skill)
    return NextStep(chosen.next_step, chosen.skill, moment_example(node, chosen.skill, reply))
