"""The scoring engine: turn detector hits into levels, scores and kind feedback.

For a skill where higher is better (paraphrasing, validation) the weights of the criteria
that matched add up to a 0..1 score; the level is the highest whose `min_score` is reached
and whose `requires_any` criteria matched, then lowered by any matched `cap_level`. For a
skill where higher is worse (boundaries) the level is the highest `severity` among matched
criteria, after `limits` (asking permission keeps advice "at risk", never "breached"); its
score is how well the boundary held (1 held, 0 breached). `unless` lets one criterion
cancel another. A rubric with `read_apart_from` reads a reply that breached again on what
was said before the breach (`Scorer._read_apart`): the reflection in it still counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import NamedTuple

from simulator.content.loading import RubricSet, require_rubrics
from simulator.content.rubric import Criterion, Rubric
from simulator.content.scenario import Node
from simulator.scoring.detectors import APART, GATED, Detector, Hit, Peer, View, build_detector
from simulator.scoring.feedback import (
    Matched,
    earned_strength,
    only_their_words_flagged,
    overall_next_step,
    skill_next_step,
)
from simulator.scoring.prefilter import Prefilter
from simulator.scoring.quotes import evidence_words
from simulator.scoring.results import Evidence, Feedback, ScoreResult, SkillResult
from simulator.scoring.setup_cache import setup_cache
from simulator.scoring.weights import Credit, counted, weight_sum

SKILL_ORDER = ("paraphrasing", "validation", "boundaries")


@dataclass(frozen=True, slots=True)
class _Compiled:
    crit: Criterion
    detector: Detector


#: What decides that a criterion would be dropped: its `unless` (any matched), its `only_with`
#: read so far (one did not match) and its `only_with_any` (None: one is read later, so
#: undecided; else: none matched). See `_Skip`.
_Conds = tuple[frozenset[str], tuple[str, ...], tuple[str, ...] | None]


@dataclass(frozen=True, slots=True)
class _Skip:
    """When a criterion need not be looked for: its own conditions already drop it, and no
    criterion that names it (in `unless`, `only_with`…) can be kept whatever it did, since
    one that matched but was dropped still counts for the criteria that name it."""

    own: _Conds
    #: Each criterion naming this one: whether it was read already, its id, its conditions
    #: as they can be decided at this point.
    namers: tuple[tuple[bool, str, _Conds], ...]


#: A criterion as `_match` walks it: the criterion, its detector, when it may be skipped
#: (see `_Skip`; None: never), and for a cue detector (on the reply?, its prefilter bits).
_Step = tuple[Criterion, Detector, _Skip | None, tuple[bool, int] | None]


class _Matched(NamedTuple):
    """A criterion that matched, with its hits (a NamedTuple: cheaper to build)."""

    crit: Criterion
    hits: tuple[Hit, ...]


#: A skill as `score` reads it: its name, its rubric, whether higher is better, its severity
#: reader (for feedback).
_SkillStep = tuple[str, Rubric, bool, Callable[[Matched], int]]


#: A skill read on one text (`Scorer._rated`): its matched criteria, their evidence, its level,
#: score and flags (a plain tuple: a NamedTuple's `__new__` is one more Python call a skill).
_Rated = tuple[list[_Matched], tuple[Evidence, ...], int, float, tuple[str, ...]]


class Scorer:
    """Scores replies with one rubric set; compile once, score many times."""

    def __init__(self, rubrics: RubricSet) -> None:
        self.rubrics = rubrics
        self._compiled: dict[str, list[_Compiled]] = {
            skill: [_Compiled(c, build_detector(c, rubrics.lexicons)) for c in rubric.criteria]
            for skill, rubric in rubrics.rubrics.items()
        }
        self.skills = [s for s in SKILL_ORDER if s in rubrics.rubrics] + sorted(
            set(rubrics.rubrics) - set(SKILL_ORDER)
        )
        # Rubrics that raise flags are scored before those that read them (flags_raised),
        # and those read by level_reached before the rubrics that read their levels.
        self._evaluation_order = sorted(
            self.skills,
            key=lambda s: (
                any(c.detector == "flags_raised" for c in rubrics.rubrics[s].criteria)
                + any(c.detector == "level_reached" for c in rubrics.rubrics[s].criteria)
            ),
        )
        # Each skill in evaluation order with its rubric, its direction and its severity
        # reader, looked up once (per reply they were a look-up, a comparison and a new
        # `partial` per skill).
        self._steps: list[_SkillStep] = [
            (
                skill,
                rubrics.rubrics[skill],
                rubrics.rubrics[skill].scale == "higher_is_better",
                partial(self._worst, rubrics.rubrics[skill]),
            )
            for skill in self._evaluation_order
        ]
        # What `level_reached` criteria read of a skill without some of its criteria (skill ->
        # the sets left out): validation reads paraphrasing's level without the key points.
        self._read_without: dict[str, list[tuple[str, ...]]] = {}
        for rubric in rubrics.rubrics.values():
            for c in rubric.criteria:
                if c.detector == "level_reached" and c.not_counting and c.when_skill:
                    wanted = self._read_without.setdefault(c.when_skill, [])
                    if c.not_counting not in wanted:
                        wanted.append(c.not_counting)
        #: Whether criteria whose result cannot matter are skipped (see `_skips`); off only
        #: to compare with looking for every one.
        self.skipping = True
        self._peers: dict[str, Peer] = {}
        self._plans: dict[str, list[_Step]] = {}  # see _plan (after the prefilter's bits)
        #: Whether the part read apart skips what the target skill cannot see (see
        #: `_apart_plan`); off only to compare with reading all of it.
        self.apart_pruning = True
        self._apart_plans: dict[tuple[str, str], list[_Step] | None] = {}
        # (for the reply, for the peer's line), built now with every cue unit compiled
        # (≈ 0.3 s): on the first reply it ran inside that reply's time budget (`score`
        # stops a line after a few seconds), so one slow set-up could fail good lines.
        self._prefilters: tuple[Prefilter, Prefilter] | None = None
        self.warm_up()

    def _build_prefilters(self) -> tuple[Prefilter, Prefilter]:
        cues = [
            c.detector
            for compiled in self._compiled.values()
            for c in compiled
            if isinstance(c.detector, GATED)
        ]
        built = []
        for target in ("reply", "context"):
            needs: list[tuple[frozenset[str], ...]] = []
            for detector in cues:
                if detector.target == target:
                    detector.first_bit = len(needs)
                    needs += detector.needs()
            built.append(Prefilter(needs))
        return built[0], built[1]

    def warm_up(self) -> None:
        """Work out the prefilter and compile every cue unit (done when the scorer is made;
        again only if that was interrupted)."""
        if self._prefilters is None:
            self._prefilters = self._build_prefilters()
            cache = setup_cache()
            cache.save()  # what was worked out now, for the next process
            cache.release()

    def _peer(self, context: str) -> Peer:
        """The peer's line worked out once: a batch or a session answers one line many times."""
        peer = self._peers.get(context)
        if peer is None:
            if len(self._peers) >= 256:
                self._peers.clear()
            peer = self._peers[context] = Peer(context)
        return peer

    def _prefiltered(self, view: View) -> None:
        """Which cue alternatives could match, found in one scan of each text."""
        if self._prefilters is None:
            self._prefilters = self._build_prefilters()
        for_reply, for_context = self._prefilters
        if view.lower_reply is not view.norm_reply:
            view.able_reply = for_reply.able(view.lower_reply)
        if view.able_context is None and view.lower_context is not view.norm_context:
            view.able_context = for_context.able(view.lower_context)

    # ------------------------------------------------------------------ matching
    def _plan(self, skill: str) -> list[_Step]:
        """A skill's criteria as `_match` walks them, with what it asks of each looked up
        once (per reply it was 70-odd attribute and type checks)."""
        plan = self._plans.get(skill)
        if plan is None:
            compiled = self._compiled[skill]
            skips = _skips([c.crit for c in compiled]) if self.skipping else {}
            plan = self._plans[skill] = [
                (
                    c.crit,
                    c.detector,
                    skips.get(index),
                    (c.detector.target == "reply", c.detector.everything << c.detector.first_bit)
                    if isinstance(c.detector, GATED)
                    else None,
                )
                for index, c in enumerate(compiled)
            ]
        return plan

    def _apart_plan(self, skill: str, target: str) -> list[_Step] | None:
        """What of `skill` (read before `target`) the part read apart needs, when less than
        all of it (None: all; see `_read_apart`). Of a skill read before the target only
        what the skills read after it, up to the target, see counts: its level if one of
        them reads it (`level_reached`), else only the flags its kept criteria raise that
        one of them reads (`when_flags`). A criterion that cannot raise such a flag, and that
        no such criterion names (in `unless`, `only_with`…), changes nothing there."""
        key = (skill, target)
        if key in self._apart_plans:
            return self._apart_plans[key]
        names = [name for name, *_ in self._steps]
        later = names[names.index(skill) + 1 : names.index(target) + 1]
        criteria = [c for name in later for c in self.rubrics.rubrics[name].criteria]
        plan: list[_Step] | None = None
        if self.apart_pruning and not any(c.when_skill == skill for c in criteria):
            read = {flag for c in criteria for flag in c.when_flags}
            own = {c.id: c for c in self.rubrics.rubrics[skill].criteria}
            wanted = {
                c.id
                for c in own.values()
                if c.detector in _FLAGS_OF_THEIR_OWN or read.intersection(c.flags)
            }
            todo = list(wanted)
            while todo:  # and the criteria that decide whether those are kept
                crit = own[todo.pop()]
                for ref in (
                    *crit.unless,
                    *crit.unless_near,
                    *crit.unless_apart,
                    *crit.only_with,
                    *crit.only_with_any,
                ):
                    if ref in own and ref not in wanted:
                        wanted.add(ref)
                        todo.append(ref)
            plan = [step for step in self._plan(skill) if step[0].id in wanted]
        self._apart_plans[key] = plan
        return plan

    def _match(self, skill: str, view: View, plan: list[_Step] | None = None) -> list[_Matched]:
        matched = []
        able_reply, able_context = view.able_reply, view.able_context
        so_far: set[str] = set()  # the criteria that matched so far
        skipped: set[str] = set()  # not looked for: whether they would have matched is unknown
        for crit, detector, skip, cue in self._plan(skill) if plan is None else plan:
            if cue is not None:
                # A criterion none of whose units can match is not called at all.
                able = able_reply if cue[0] else able_context
                if able is not None and not able & cue[1]:
                    continue
            if skip is not None and _dropped(skip.own, so_far, skipped):
                for read, name, conds in skip.namers:
                    if name in skipped or (read and name not in so_far):
                        continue  # not matched, or shown not to be kept
                    if not _dropped(conds, so_far, skipped):
                        break
                else:
                    skipped.add(crit.id)
                    continue
            hits = detector.find(view)
            if hits:
                matched.append(_Matched(crit, tuple(hits)))
                so_far.add(crit.id)
        fired = {m.crit.id for m in matched}
        kept = [
            m
            for m in matched
            if not fired.intersection(m.crit.unless)
            and fired.issuperset(m.crit.only_with)
            and (not m.crit.only_with_any or fired.intersection(m.crit.only_with_any))
            and not (m.crit.unless_apart and _said_apart(m, matched, view.reply))
        ]
        if any(m.crit.unless_near for m in kept):
            kept = [
                m if not m.crit.unless_near else _left_standing(m, matched, view.reply)
                for m in kept
            ]
            kept = [m for m in kept if m.hits]
        for m in kept:
            for hit in m.hits:
                for flag in hit.flags:
                    view.raised.setdefault(flag, hit)
        return kept

    def _severity(self, rubric: Rubric, crit: Criterion, hit: Hit) -> int:
        if isinstance(hit.severity, str):
            named = rubric.level_named(hit.severity)
            return named.level if named else rubric.max_level
        return crit.severity or 0

    def _worst(self, rubric: Rubric, m: Matched) -> int:
        return max(self._severity(rubric, m.crit, h) for h in m.hits)

    # ------------------------------------------------------------------- levels
    def _rate_better(
        self, rubric: Rubric, matched: list[_Matched], evidence: tuple[Evidence, ...]
    ) -> tuple[int, float]:
        weights = [m.crit.weight for m in matched]
        fired = {m.crit.id for m in matched}
        if rubric.words_count_once and sum(w > 0 for w in weights) > 1:
            # Words count once (weights.counted): a criterion found only in words another
            # already credited neither adds weight nor reaches a level. Read from the quoted
            # evidence, so that `rubric fit` redoes it exactly from a result.
            fired = set(counted(_credits(matched, evidence)))
            weights = [m.crit.weight for m in matched if m.crit.id in fired]
        score = min(1.0, max(0.0, weight_sum(weights)))
        level = 0
        for lv in rubric.by_level:
            if score >= lv.min_score and (
                not lv.requires_any or fired.intersection(lv.requires_any)
            ):
                level = lv.level
        caps = [m.crit.cap_level for m in matched if m.crit.cap_level is not None]
        if caps and min(caps) < level:
            level = min(caps)
            if level + 1 <= rubric.max_level:
                score = min(score, max(0.0, rubric.by_level[level + 1].min_score - 0.01))
        return level, round(score, 2)

    def _level_without(
        self,
        skill: str,
        rubric: Rubric,
        view: View,
        matched: list[_Matched],
        evidence: tuple[Evidence, ...],
    ) -> None:
        """Record `skill`'s level without the criteria a `level_reached` criterion leaves out
        (`not_counting`), when one of them matched (otherwise its level is the same)."""
        for left_out in self._read_without.get(skill, ()):
            if any(m.crit.id in left_out for m in matched):
                kept = [m for m in matched if m.crit.id not in left_out]
                quoted = tuple(e for e in evidence if e.criterion not in left_out)
                view.levels_without[skill, left_out] = self._rate_better(rubric, kept, quoted)[0]

    def _rate_worse(
        self, rubric: Rubric, matched: list[_Matched]
    ) -> tuple[int, float, tuple[str, ...]]:
        limits: dict[str, int] = {}
        for m in matched:
            if m.crit.limits is not None:
                for flag in m.crit.limits.flags:
                    limits[flag] = min(limits.get(flag, rubric.max_level), m.crit.limits.to)
        level = 0
        flags: set[str] = set()
        for m in matched:
            for hit in m.hits:
                severity = self._severity(rubric, m.crit, hit)
                for raised in hit.flags:
                    flags.add(raised)
                    if raised in limits:
                        severity = min(severity, limits[raised])
                level = max(level, severity)
        score = 1.0 - level / rubric.max_level if rubric.max_level else 1.0
        return level, round(score, 2), tuple(sorted(flags))

    def _rated(self, step: _SkillStep, view: View) -> _Rated:
        """One skill read on `view`: its criteria matched, their evidence, its level and
        score (and flags, for a skill where higher is worse), the level recorded in the view
        for the skills read after it. The whole reply and its part read apart
        (`_read_apart`) are read by this one step, so the two readings cannot drift."""
        skill, rubric, better, _ = step
        matched = self._match(skill, view)
        evidence = _evidence(view.reply, matched) if matched else ()
        if better:
            level, score = self._rate_better(rubric, matched, evidence)
            flags: tuple[str, ...] = ()
        else:
            level, score, flags = self._rate_worse(rubric, matched)
        view.levels[skill] = level
        return matched, evidence, level, score, flags

    # ------------------------------------------------------------- read apart
    def _read_apart(
        self,
        skill: str,
        rubric: Rubric,
        view: View,
        matched_by_skill: dict[str, list[_Matched]],
    ) -> _Rated | None:
        """`skill` read again on the sentences of the reply before the first that holds
        evidence of one of the rubric's `read_apart_from` flags (None: there are none).

        The labelling convention labels a reply that breaches a boundary for the reflection
        it contains: "You're dreading the call. Just ring them tomorrow" says it back in a
        sentence the advice is not in. What was said before the breach is read as a reply of
        its own, by the same criteria, with the rubric's `read_apart` criteria matching; a
        reflection that only leads into the breach in the same sentence ("You're stressed,
        so you should…") goes with that sentence, and what follows a breach goes on with it
        (the reasons for the advice: "You need to put your rates up. You're undercharging").
        Read only when the whole reply reached no level (the reflection was taken away): a
        level the whole reply reached, and its complexity, stand as they were read. The part
        read is the start of the reply, so every offset found in it is the reply's."""
        wanted = rubric.read_apart_from
        first = min(
            (
                hit.start
                for other, matched in matched_by_skill.items()
                if self.rubrics.rubrics[other].scale == "higher_is_worse"
                for m in matched
                for hit in m.hits
                if hit.source == "reply" and any(flag in wanted for flag in hit.flags)
            ),
            default=None,
        )
        if first is None:
            return None
        reply = view.reply
        # The part read ends where the last sentence (or dash-set clause) before the breach
        # ends: the same boundary the clause detector's `APART` knows.
        cut = max((m.end() for m in APART.finditer(reply, 0, first)), default=0)
        if not _WORD.search(reply, 0, cut):
            return None
        apart = View(reply[:cut], view.context, view.node, view.peer)
        apart.apart = True
        self._prefiltered(apart)
        for reading in self._steps:
            if reading[0] == skill:
                return self._rated(reading, apart)
            plan = self._apart_plan(reading[0], skill)
            if plan is None:
                matched, evidence, *_ = self._rated(reading, apart)
                if reading[2] and reading[0] in self._read_without:
                    self._level_without(reading[0], reading[1], apart, matched, evidence)
            else:
                # Only the flags its kept criteria raise are read after it (`_apart_plan`):
                # neither its evidence nor its level is worked out.
                self._match(reading[0], apart, plan)
        return None

    # --------------------------------------------------------------------- main
    def score(self, context: str | None, reply: str, node: Node | None = None) -> ScoreResult:
        """Score `reply` to the peer's line `context`; `node` adds scenario checks."""
        context = context or ""
        view = View(reply, context, node, self._peer(context))
        self._prefiltered(view)
        results: dict[str, SkillResult] = {}
        matched_by_skill: dict[str, list[_Matched]] = {}
        named: dict[str, bool] = {}
        levels = view.levels
        for reading in self._steps:
            skill, rubric, better, worst = reading
            matched, evidence, level, score, flags = self._rated(reading, view)
            matched_by_skill[skill] = matched
            if better and level == 0 and rubric.read_apart_from:
                apart = self._read_apart(skill, rubric, view, matched_by_skill)
                if apart is not None and apart[2] > level:
                    matched, evidence, level, score, _ = apart
                    matched_by_skill[skill] = matched
            if better and skill in self._read_without:
                self._level_without(skill, rubric, view, matched, evidence)
            levels[skill] = level
            info = rubric.by_level[level]
            next_step, named[skill] = skill_next_step(rubric, matched, level, node, reply, worst)
            results[skill] = SkillResult(
                skill,
                level,
                info.name,
                info.label,
                score,
                evidence,
                flags,
                info.feedback,
                next_step,
                better,
            )
        skills = self.skills
        results = {skill: results[skill] for skill in skills}  # report in rubric order
        rubrics = self.rubrics.rubrics
        strength = earned_strength(rubrics, skills, reply, results, matched_by_skill)
        echoed = only_their_words_flagged(rubrics, matched_by_skill, context)
        step = overall_next_step(rubrics, results, named, node, reply, echoed)
        feedback = Feedback(strength.text, step.text, strength.earned, step.example, step.skill)
        all_flags = frozenset(f for r in results.values() for f in r.flags)
        return ScoreResult(results, feedback, all_flags)


def _skips(criteria: list[Criterion]) -> dict[int, _Skip]:
    """For each criterion (by its place) that could be found to be dropped before it is
    looked for, what decides it (see `_Skip`). Criteria are read in rubric order, so only
    those read before one can decide it; what it names later is left undecided."""
    place = {c.id: index for index, c in enumerate(criteria)}

    def conds(c: Criterion, now: int) -> _Conds:
        read = [ref for ref in c.only_with_any if place.get(ref, now) < now]
        return (
            frozenset(c.unless),
            tuple(ref for ref in c.only_with if place.get(ref, now) < now),
            tuple(read) if c.only_with_any and len(read) == len(c.only_with_any) else None,
        )

    skips: dict[int, _Skip] = {}
    for index, crit in enumerate(criteria):
        own = conds(crit, index)
        if not own[0] and not own[1] and own[2] is None:
            continue  # nothing read before it can drop it
        namers = tuple(
            (other < index, c.id, conds(c, index))
            for other, c in enumerate(criteria)
            if other != index
            and crit.id
            in (*c.unless, *c.unless_near, *c.unless_apart, *c.only_with, *c.only_with_any)
        )
        skips[index] = _Skip(own, namers)
    return skips


def _dropped(conds: _Conds, so_far: set[str], skipped: set[str]) -> bool:
    """Whether a criterion's conditions drop it whatever the criteria not read yet (or
    skipped) do: an `unless` matched, an `only_with` or every `only_with_any` was read and
    did not match."""
    unless, only_with, only_with_any = conds
    if unless and not unless.isdisjoint(so_far):
        return True
    for ref in only_with:
        if ref not in so_far and ref not in skipped:
            return True
    if only_with_any is not None:
        return all(ref not in so_far and ref not in skipped for ref in only_with_any)
    return False


_WORD = re.compile(r"\w")

#: Detectors whose hits raise flags of their own, not the criterion's `flags` (a scenario
#: pitfall raises the pitfall's): `_apart_plan` keeps their criteria whatever flags are read.
_FLAGS_OF_THEIR_OWN = frozenset({"node_pitfalls"})


def _sentence_of(reply: str, at: int) -> int:
    """Which sentence of `reply` the position `at` is in (sentences end at . ! ? ; or a
    line break)."""
    return sum(reply.count(mark, 0, at) for mark in ".!?;\n")


def _said_apart(m: _Matched, matched: list[_Matched], reply: str) -> bool:
    """One of `m`'s `unless_apart` criteria matched, from the reply, in a sentence holding
    none of `m`'s evidence (read only when such a criterion matched: rarely)."""
    own: set[int] | None = None
    for other in matched:
        if other.crit.id not in m.crit.unless_apart:
            continue
        if own is None:
            own = {_sentence_of(reply, hit.start) for hit in m.hits if hit.source == "reply"}
            own |= {
                _sentence_of(reply, max(hit.start, hit.end - 1))
                for hit in m.hits
                if hit.source == "reply"
            }
        for hit in other.hits:
            if hit.source != "reply":
                continue
            if _sentence_of(reply, hit.start) not in own:
                return True
            if m.crit.apart_includes_before and _said_before(hit, m, reply):
                return True
    return False


def _said_before(hit: Hit, m: _Matched, reply: str) -> bool:
    """`hit` ends before the first of `m`'s reply evidence in its sentence begins (said
    first, in a clause of its own ahead of it: `apart_includes_before`)."""
    sentence = _sentence_of(reply, hit.start)
    starts = [
        own.start
        for own in m.hits
        if own.source == "reply" and _sentence_of(reply, own.start) == sentence
    ]
    return bool(starts) and hit.end <= min(starts)


def _left_standing(m: _Matched, matched: list[_Matched], reply: str) -> _Matched:
    """`m` with the hits its `unless_near` criteria take back left out: a hit is taken back
    when such a criterion matched, from the reply, in the hit's sentence, or as a sentence of
    its own (no comma in it: a tag, not words reported with their sayer) right after it. The
    tag takes back the clause it follows; what is said elsewhere in the reply stands. (A hit
    read from the moment, not the reply, is taken back by any such match, as `unless` would.)"""
    near: set[int] = set()
    anywhere = False
    for other in matched:
        if other.crit.id not in m.crit.unless_near:
            continue
        for hit in other.hits:
            if hit.source != "reply":
                continue
            anywhere = True
            at = _sentence_of(reply, max(hit.start, hit.end - 1))
            near.add(at)
            before = reply[: hit.start].rstrip()
            if (not before or before[-1] in ".!?;\n") and "," not in reply[hit.start : hit.end]:
                near.add(at - 1)
    if not anywhere:
        return m

    def taken_back(hit: Hit) -> bool:
        if hit.source != "reply":
            return True
        return bool(
            near.intersection(
                (_sentence_of(reply, hit.start), _sentence_of(reply, max(hit.start, hit.end - 1)))
            )
        )

    left = tuple(hit for hit in m.hits if not taken_back(hit))
    return m if len(left) == len(m.hits) else _Matched(m.crit, left)


def _credits(matched: list[_Matched], evidence: tuple[Evidence, ...]) -> list[Credit]:
    """Each matched criterion with its weight and the reply spans its evidence quotes."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for e in evidence:
        if e.source == "reply":
            spans.setdefault(e.criterion, []).append((e.start, e.end))
    return [(m.crit.id, m.crit.weight, spans.get(m.crit.id, ())) for m in matched]


#: Detectors whose hit note is words for the trainee (the key point picked up, the pitfall's
#: why). Other notes are measurements or readings ("14 words", "87% the same", "peer:
#: experience", "asserted"): the criterion's description says what the reply did.
_NOTE_IS_A_REASON = frozenset({"key_points", "node_pitfalls"})


def _evidence(reply: str, matched: list[_Matched]) -> tuple[Evidence, ...]:
    """The evidence of a skill's matched criteria, each hit of the reply shown as a quote of
    whole words (a fuzzy hit can end mid-word)."""
    evidence = []
    for m in matched:
        crit = m.crit
        for hit in m.hits:
            source = hit.source
            if source == "reply":
                text, start, end = evidence_words(reply, hit.text, hit.start, hit.end)
            else:
                text, start, end = hit.text, hit.start, hit.end
            note = hit.note if crit.detector in _NOTE_IS_A_REASON else ""
            evidence.append(
                Evidence(crit.id, note or crit.description, text, start, end, source, crit.weight)
            )
    return tuple(evidence)


@lru_cache(maxsize=4)
def _cached(directory: Path | None) -> Scorer:
    return Scorer(require_rubrics(directory))


def default_scorer(directory: Path | None = None) -> Scorer:
    """The scorer for the shipped rubrics (or another folder), compiled once per process."""
    return _cached(directory)
