"""Checks for transitions that validate but silently never fire.

A flag name the rubrics never raise (`flags: advise` for `advice`) and a transition that an
earlier one always covers (`validation: 2` after `validation: ">=1"`) both look fine and
change nothing, which is worse for an author than an error. Coverage is decided by trying
every combination of levels (a handful per skill) and of the flags the node's conditions name,
so it is exact for what conditions can express.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from itertools import chain, combinations, product

from simulator.content.conditions import Condition, ConditionError, parse_condition
from simulator.content.problems import Problem, Severity
from simulator.content.rubric import Rubric
from simulator.content.scenario import Scenario
from simulator.content.yaml_source import YamlDocument

MAX_COMBINATIONS = 20_000
#: How a criterion met is told apart from a flag raised among a world's yes/no conditions.
_CRITERION = "criterion:"

#: A node's transitions as the checks see them: each one's conditions as (skill, the type of
#: the value, the value), in order (the type keeps `1` and `true` apart).
Whens = tuple[tuple[tuple[str, type, str | int], ...], ...]
#: Something found about one transition of a node: ("flag", its index, the flag name) or
#: ("never", its index, which transitions before it cover it).
Finding = tuple[str, int, str]


class _ForRubrics:
    """What one rubric set gives every file of a run: its flags and parsed conditions.
    Kept for the last rubric set seen (held, so its identity cannot be reused)."""

    def __init__(self) -> None:
        self.rubrics: Mapping[str, Rubric] | None = None
        self.flags: list[str] = []
        self.conditions: dict[tuple[str, type, str | int], Condition | ConditionError] = {}
        #: What `_findings` found for a node's transitions, by their conditions: the same
        #: few lists of transitions recur in every moment of every file.
        self.findings: dict[Whens, tuple[Finding, ...]] = {}

    def use(self, rubrics: Mapping[str, Rubric]) -> _ForRubrics:
        if rubrics is not self.rubrics:
            self.rubrics, self.flags, self.conditions = rubrics, known_flags(rubrics), {}
            self.findings = {}
        return self


_FOR_RUBRICS = _ForRubrics()


def known_flags(rubrics: Mapping[str, Rubric]) -> list[str]:
    """Every boundary flag some rubric criterion can raise."""
    found: set[str] = set()
    for rubric in rubrics.values():
        for criterion in rubric.criteria:
            found.update(criterion.flags)
    return sorted(found)


def _did_you_mean(word: str, choices: list[str]) -> str:
    from rapidfuzz import process

    best = process.extractOne(word, choices, score_cutoff=60)
    return f"did you mean '{best[0]}'? " if best else ""


def parse_condition_once(skill: str, raw: str | int, rubrics: Mapping[str, Rubric]) -> Condition:
    """`parse_condition`, remembered for the run's rubric set: a few conditions recur in
    every moment of every file."""
    memo = _FOR_RUBRICS.use(rubrics).conditions
    key = (skill, type(raw), raw)
    found = memo.get(key)
    if found is None:
        try:
            found = parse_condition(skill, raw, rubrics)
        except ConditionError as exc:
            found = exc.with_traceback(None)  # kept: its frames need not be
        memo[key] = found
    if isinstance(found, ConditionError):
        raise ConditionError(str(found), found.hint)  # a new one: its traceback is its own
    return found


def _parsed(when: Mapping[str, str | int], rubrics: Mapping[str, Rubric]) -> list[Condition] | None:
    try:
        return [parse_condition_once(k, v, rubrics) for k, v in when.items()]
    except ConditionError:
        return None  # reported by the loader


def _worlds(
    skills: Mapping[str, int], flags: list[str]
) -> Iterator[tuple[dict[str, int], frozenset[str]]]:
    names = list(skills)
    flag_sets = list(chain.from_iterable(combinations(flags, n) for n in range(len(flags) + 1)))
    for levels in product(*(range(skills[n] + 1) for n in names)):
        for raised in flag_sets:
            yield dict(zip(names, levels, strict=True)), frozenset(raised)


World = tuple[tuple[tuple[str, int], ...], tuple[str, ...]]


@lru_cache(maxsize=4096)
def _holds_mask(condition: Condition, world: World) -> int:
    """The worlds (levels of each skill x flags raised) where `condition` holds, as bits in
    the order `_worlds` gives them. The same few conditions recur in every node and file, so
    each is worked out once."""
    skills, flags = world
    mask = 0
    for i, (levels, raised) in enumerate(_worlds(dict(skills), list(flags))):
        criteria = frozenset(r[len(_CRITERION) :] for r in raised if r.startswith(_CRITERION))
        if condition.holds(levels, raised, criteria):
            mask |= 1 << i
    return mask


def _all_of(conditions: list[Condition], world: World, everywhere: int) -> int:
    mask = everywhere
    for condition in conditions:
        mask &= _holds_mask(condition, world)
    return mask


def check_transitions(
    scenario: Scenario, doc: YamlDocument, rubrics: Mapping[str, Rubric]
) -> list[Problem]:
    problems: list[Problem] = []
    memo = _FOR_RUBRICS.use(rubrics)
    flags = memo.flags
    for nid, node in scenario.nodes.items():
        if len(node.transitions) == 0:
            continue
        whens: Whens = tuple(
            tuple([(skill, raw.__class__, raw) for skill, raw in t.when.items()])
            for t in node.transitions
        )
        found = memo.findings.get(whens)
        if found is None:
            found = memo.findings[whens] = _findings(whens, rubrics, flags)
        for kind, i, text in found:
            if kind == "flag":
                problems.append(
                    doc.problem(
                        ("nodes", nid, "transitions", i, "when", "flags"),
                        f"no rubric raises the flag '{text}', so this transition never fires",
                        _did_you_mean(text, flags) + f"the rubrics' flags: {', '.join(flags)}",
                    )
                )
            else:
                problems.append(
                    doc.problem(
                        ("nodes", nid, "transitions", i),
                        f"transition {i + 1} in '{nid}' can never fire: {text} every reply it would",
                        "move it above the broader one, or remove it",
                        severity=Severity.WARNING,
                    )
                )
    return problems


def _findings(whens: Whens, rubrics: Mapping[str, Rubric], flags: list[str]) -> tuple[Finding, ...]:
    """What is wrong with a node's transitions, whose conditions are `whens`: a flag no
    rubric raises, and transitions that can never fire (in the order they are found)."""
    found: list[Finding] = []
    skills = {name: rubric.max_level for name, rubric in rubrics.items()}
    parsed: list[list[Condition] | None] = []
    for i, conditions in enumerate(whens):
        when = {skill: raw for skill, _, raw in conditions}
        raw = when.get("flags")
        if raw is not None and flags and str(raw).strip() not in flags:
            found.append(("flag", i, str(raw).strip()))
            parsed.append(None)
            continue
        parsed.append(_parsed(when, rubrics))
    if len(parsed) < 2:
        return tuple(found)  # the first transition always has its chance
    # A `criterion:` condition is one more yes/no, tried both ways like a flag (its name is
    # kept apart from the flags' by a prefix, so a criterion named like a flag stays its own).
    named_flags = sorted(
        {
            (_CRITERION if c.skill == "criterion" else "") + c.flag
            for conds in parsed
            if conds
            for c in conds
            if c.flag
        }
    )
    size = 2 ** len(named_flags)
    for top in skills.values():
        size *= top + 1
    if size > MAX_COMBINATIONS:
        return tuple(found)
    world: World = (tuple(skills.items()), tuple(named_flags))
    everywhere = (1 << size) - 1
    masks = [None if conds is None else _all_of(conds, world, everywhere) for conds in parsed]
    for j, mask in enumerate(masks):
        if mask is None or j == 0:
            continue
        # The first earlier transition that matches, world by world: transition i takes
        # the worlds of `mask` that it matches and no transition before it does.
        taken = 0
        covered_by: set[int] = set()
        for i, before in enumerate(masks[:j]):
            if before is None:
                continue
            if mask & before & ~taken:
                covered_by.add(i)
            taken |= before
        fires_somewhere = bool(mask & ~taken)
        if not fires_somewhere and covered_by:
            numbers = [str(i + 1) for i in sorted(covered_by)]
            which = (
                f"transition {numbers[0]} before it matches"
                if len(numbers) == 1
                else f"transitions {', '.join(numbers[:-1])} and {numbers[-1]} before it match"
            )
            found.append(("never", j, which))
    return tuple(found)
