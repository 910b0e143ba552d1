"""Loading and checking scenario and rubric files, collecting every problem.

`load_rubrics` and `load_scenario` return models plus a list of `Problem`s located by
`file:line:col`. Checks run in layers (YAML syntax, then the typed model, then cross-checks
such as the scenario graph) and each layer reports everything it finds. Nothing here raises
for bad input; only `require_*` helpers turn problems into a `ContentError` for callers that
cannot go on without a valid file.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from simulator.content.conditions import ConditionError
from simulator.content.paths import rubrics_dir
from simulator.content.problems import ContentError, Problem
from simulator.content.rubric import Rubric
from simulator.content.scenario import Scenario

if TYPE_CHECKING:
    from simulator.content.yaml_source import YamlDocument

M = TypeVar("M", bound=BaseModel)

YAML_SUFFIXES = (".yaml", ".yml")


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    from rapidfuzz import process  # only needed when something is misspelt

    best = process.extractOne(word, list(choices), score_cutoff=70)
    return f"did you mean '{best[0]}'?" if best else ""


def _field_names(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """The allowed keys at `loc` (best effort, for 'did you mean' hints)."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int) or current is None:
            continue
        info = getattr(current, "model_fields", {}).get(part)
        if info is None:
            continue
        current = _inner_model(info.annotation)
    return list(getattr(current, "model_fields", {}))


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _describe(loc: tuple[Any, ...]) -> str:
    parts = [f"[{p + 1}]" if isinstance(p, int) else f".{p}" for p in loc]
    return "".join(parts).lstrip(".") or "the file"


def validate_model(doc: YamlDocument, model: type[M]) -> tuple[M | None, list[Problem]]:
    """Build `model` from the document; pydantic errors become located problems."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        problems = []
        errors = exc.errors(include_url=False)
        failed_locs = [tuple(e["loc"]) for e in errors]
        for err in errors:
            loc = tuple(
                p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))
            )
            kind = err["type"]
            if kind == "too_short" and any(
                f[: len(loc)] == loc and len(f) > len(loc) for f in failed_locs
            ):
                continue  # "needs at least one item" only because its items failed: already said
            where = _describe(loc)
            if kind == "missing":
                problems.append(
                    doc.problem(
                        loc[:-1],
                        f"missing required key '{loc[-1]}' in {_describe(loc[:-1])}",
                        "add it; see the schema or an example file",
                    )
                )
            elif kind == "extra_forbidden":
                key = str(loc[-1])
                hint = (
                    _did_you_mean(key, _field_names(model, loc))
                    or "remove it or check its spelling"
                )
                problems.append(doc.problem(loc, f"unknown key '{key}'", hint, prefer_key=True))
            elif kind in {"model_type", "model_attributes_type", "dict_type"}:
                problems.append(
                    doc.problem(
                        loc,
                        f"{where} should be a mapping of keys to values",
                        "indent keys under it",
                    )
                )
            elif kind in {"tuple_type", "list_type"}:
                problems.append(
                    doc.problem(
                        loc,
                        f"{where} should be a list",
                        "write each item on a line starting with '- '",
                    )
                )
            else:
                msg = err["msg"]
                if msg.startswith("Value error, "):
                    msg = msg[len("Value error, ") :]
                got = err.get("input")
                shown = f" (got {got!r})" if isinstance(got, str | int | float | bool) else ""
                hint = ""
                if isinstance(got, bool) and kind == "string_type":
                    hint = "YAML reads yes/no/on/off/true/false as true or false; put the word in quotes"
                elif kind == "string_type" and isinstance(got, int | float):
                    hint = "put the number in quotes to use it as text"
                problems.append(doc.problem(loc, f"{where}: {msg}{shown}", hint))
        return None, problems


def _load(
    path: Path, model: type[M], raw: bytes | None = None
) -> tuple[M | None, YamlDocument | None, list[Problem]]:
    """Read and validate one file (`raw`: its bytes, if read already). With problems from
    reading (duplicate keys and the like) the model is still built and returned so later
    checks can report more; callers treat any error as making the file unusable."""
    # Imported here: a process that takes its rubrics from the set-up cache reads no YAML.
    from simulator.content.yaml_source import read_yaml

    doc, problems = read_yaml(path, raw)
    if doc is None:
        return None, None, problems
    item, more = validate_model(doc, model)
    return item, doc, problems + more


# ---------------------------------------------------------------------------- rubrics


@dataclass(frozen=True)
class RubricSet:
    """The loaded rubrics by skill, and the lexicons they share."""

    rubrics: Mapping[str, Rubric]
    lexicons: Mapping[str, tuple[str, ...]]


_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_-]*)\}")


def _check_rubric(rubric: Rubric, doc: YamlDocument, lexicons: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    numbers = [lv.level for lv in rubric.levels]
    if sorted(numbers) != list(range(len(numbers))):
        problems.append(
            doc.problem(
                ("levels",), f"levels must be numbered 0, 1, 2 … without gaps; found {numbers}"
            )
        )
    seen_names: set[str] = set()
    for i, lv in enumerate(rubric.levels):
        if lv.name in seen_names:
            problems.append(
                doc.problem(("levels", i, "name"), f"level name '{lv.name}' is used twice")
            )
        seen_names.add(lv.name)
    ids = [c.id for c in rubric.criteria]
    seen_ids: set[str] = set()
    for i, crit in enumerate(rubric.criteria):
        if crit.id in seen_ids:
            problems.append(
                doc.problem(("criteria", i, "id"), f"criterion id '{crit.id}' is used twice")
            )
        seen_ids.add(crit.id)
        references: list[tuple[tuple[str | int, ...], tuple[str, ...]]] = [
            ((name,), getattr(crit, name))
            for name in ("unless", "unless_near", "unless_apart", "only_with")
        ]
        if crit.limits is not None:
            references.append((("limits", "next_step_for"), crit.limits.next_step_for))
        for path, refs in references:
            for j, ref in enumerate(refs):
                if ref not in ids:
                    problems.append(
                        doc.problem(
                            ("criteria", i, *path, j),
                            f"'{path[-1]}' names unknown criterion '{ref}'",
                            _did_you_mean(ref, ids),
                        )
                    )
        if crit.patterns_of is not None:
            lender = next((c for c in rubric.criteria if c.id == crit.patterns_of), None)
            if lender is None:
                problems.append(
                    doc.problem(
                        ("criteria", i, "patterns_of"),
                        f"'patterns_of' names unknown criterion '{crit.patterns_of}'",
                        _did_you_mean(crit.patterns_of, ids),
                    )
                )
            elif lender.patterns_of is not None or not lender.patterns:
                problems.append(
                    doc.problem(
                        ("criteria", i, "patterns_of"),
                        f"'patterns_of' names '{lender.id}', which has no patterns of its own",
                        "name the criterion whose 'patterns:' list you want to share",
                    )
                )
        if crit.severity is not None and crit.severity > rubric.max_level:
            problems.append(
                doc.problem(
                    ("criteria", i, "severity"), f"severity {crit.severity} is above the top level"
                )
            )
        if crit.detector == "reaction_verdict":
            from simulator.scoring.verdicts import LEXICONS as VERDICT_LEXICONS

            missing = [name for name in VERDICT_LEXICONS.values() if name not in lexicons]
            if missing:
                problems.append(
                    doc.problem(
                        ("criteria", i, "detector"),
                        "'reaction_verdict' reads lexicons no rubric defines: "
                        + ", ".join(missing),
                        "define them under 'lexicons:' (rubrics/validation.yaml has them all)",
                    )
                )
        # A borrower's patterns are its lender's, checked (and located) there.
        own_fields = ("cues",) if crit.patterns_of is not None else ("cues", "patterns")
        for field in own_fields:
            for j, text in enumerate(getattr(crit, field)):
                for name in _PLACEHOLDER.findall(text):
                    if name not in lexicons:
                        problems.append(
                            doc.problem(
                                ("criteria", i, field, j),
                                f"unknown lexicon '{{{name}}}'",
                                _did_you_mean(name, lexicons) or "define it under 'lexicons:'",
                            )
                        )
        for j, pattern in enumerate(crit.patterns if crit.patterns_of is None else ()):
            from simulator.scoring.setup_cache import checked_pattern

            invalid, risks = checked_pattern(_PLACEHOLDER.sub("x", pattern))
            if invalid is not None:
                problems.append(
                    doc.problem(
                        ("criteria", i, "patterns", j),
                        f"invalid regular expression: {invalid}",
                        "check brackets and backslashes; in YAML, single-quote patterns",
                    )
                )
                continue
            problems += _slow_pattern_problems(doc, ("criteria", i, "patterns", j), pattern, risks)
    for i, lv in enumerate(rubric.levels):
        for j, ref in enumerate(lv.requires_any):
            if ref not in ids:
                problems.append(
                    doc.problem(
                        ("levels", i, "requires_any", j),
                        f"'requires_any' names unknown criterion '{ref}'",
                        _did_you_mean(ref, ids),
                    )
                )
    return problems


def _slow_pattern_problems(
    doc: YamlDocument, loc: tuple[Any, ...], pattern: str, risks: tuple[str, ...]
) -> list[Problem]:
    """A pattern shaped to backtrack for minutes on some replies is refused (issue: hostile input)."""
    shown = pattern if len(pattern) <= 60 else pattern[:57] + "..."
    return [
        doc.problem(
            loc,
            f"pattern '{shown}' could make scoring take minutes: it has {risk}",
            "rewrite it so no two repeats can take the same characters, or make the first "
            "possessive (\\s*+, \\w++) or atomic ((?>...)); 'rubric check' times each pattern",
        )
        for risk in risks
    ]


def load_rubric_files(
    paths: Iterable[Path], *, lint: bool = True
) -> tuple[RubricSet, list[Problem]]:
    """Load rubric files; bad files are left out and their problems returned. `lint=False`
    leaves out the teaching-quality warnings (content/lint.py: warnings only, never an error)
    for callers that only keep the errors."""
    problems: list[Problem] = []
    loaded: list[tuple[Rubric, YamlDocument]] = []
    for path in paths:
        rubric, doc, found = _load(path, Rubric)
        problems += found
        if rubric is not None and doc is not None:
            loaded.append((rubric, doc))
    # A rubric with errors stays in `loaded` for the cross-checks below, so that all its
    # problems are reported at once; require_rubrics refuses the set if any error was found.
    for k, (rubric, doc) in enumerate(loaded):
        if rubric.fragments:
            expanded, found = _expand_fragments(rubric, doc)
            problems += found
            loaded[k] = (expanded, doc)
    lexicons: dict[str, tuple[str, ...]] = {}
    by_skill: dict[str, Rubric] = {}
    for rubric, doc in loaded:
        if rubric.skill in by_skill:
            problems.append(doc.problem(("skill",), f"a second rubric for skill '{rubric.skill}'"))
            continue
        by_skill[rubric.skill] = rubric
        for name, words in rubric.lexicons.items():
            if name in lexicons:
                problems.append(
                    doc.problem(
                        ("lexicons", name),
                        f"lexicon '{name}' is defined in two rubrics",
                        prefer_key=True,
                    )
                )
            lexicons[name] = words
    problems += _expand_lexicon_entries(lexicons, loaded)
    for rubric, doc in loaded:
        problems += _check_rubric(rubric, doc, lexicons)
        if lint:
            from simulator.content.lint import lint_rubric

            problems += lint_rubric(doc)
    return RubricSet(by_skill, lexicons), problems


_LEXICON_REF = re.compile(r"\{([a-z][a-z0-9_-]*)\}")


def _expand_fragments(rubric: Rubric, doc: YamlDocument) -> tuple[Rubric, list[Problem]]:
    """The rubric with each `{name}` of its `fragments` written into its patterns, as a
    group, so every reader of patterns (the scorer, the checks, the cache) sees plain
    regular expressions; a piece shared by many patterns is written once. A fragment must
    compile on its own and must not share a name with one of the rubric's lexicons (the
    fragment is the one written in)."""
    problems: list[Problem] = []
    for name, piece in rubric.fragments.items():
        where = ("fragments", name)
        try:
            re.compile(piece)
        except re.error as err:
            problems.append(
                doc.problem(
                    where,
                    f"fragment '{name}' is not a regular expression: {err}",
                    f"each pattern that names {{{name}}} fails until it is fixed",
                )
            )
        if name in rubric.lexicons:
            problems.append(
                doc.problem(
                    where,
                    f"'{name}' is both a fragment and a lexicon",
                    "rename one of them",
                    prefer_key=True,
                )
            )
    # Every fragment is written in, even one with a problem: each pattern naming a broken one
    # then fails at its own line too.
    written = {name: f"(?:{piece})" for name, piece in rubric.fragments.items()}

    def expand(pattern: str) -> str:
        return _LEXICON_REF.sub(lambda m: written.get(m.group(1), m.group(0)), pattern)

    criteria = tuple(
        crit.model_copy(update={"patterns": tuple(expand(p) for p in crit.patterns)})
        if any("{" in p for p in crit.patterns)
        else crit
        for crit in rubric.criteria
    )
    return rubric.model_copy(update={"criteria": criteria}), problems


def _expand_lexicon_entries(
    lexicons: dict[str, tuple[str, ...]], loaded: list[tuple[Rubric, YamlDocument]]
) -> list[Problem]:
    """Expands, in place, a lexicon entry that names other lexicons ("{keeps_a_choice}
    {choice_relative} {fits_them}") into every phrase it stands for, so that a class of
    wordings (a verb class, a relative, a predicate class) is written once as its structure
    instead of as hundreds of listed sentences; every reader of lexicons (patterns, cues,
    stance, verdicts) then sees plain phrases. A named lexicon must exist and hold no
    placeholders itself (one level: no cycles to guard against)."""
    problems: list[Problem] = []
    for name, words in list(lexicons.items()):
        if not any("{" in w for w in words):
            continue
        expanded: list[str] = []
        for word in words:
            refs = _LEXICON_REF.findall(word)
            bad = [r for r in refs if r not in lexicons or any("{" in w for w in lexicons[r])]
            if bad:
                for rubric, doc in loaded:
                    if name in rubric.lexicons:
                        problems.append(
                            doc.problem(
                                ("lexicons", name),
                                f"lexicon '{name}': entry {word!r} names {bad[0]!r}, which is not"
                                " a lexicon of plain phrases",
                            )
                        )
                continue
            phrases = [word]
            for ref in dict.fromkeys(refs):
                phrases = [p.replace("{" + ref + "}", w) for p in phrases for w in lexicons[ref]]
            expanded += phrases
        lexicons[name] = tuple(dict.fromkeys(expanded))
    return problems


def default_rubric_paths(directory: Path | None = None) -> list[Path]:
    folder = directory or rubrics_dir()
    return sorted(p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES)


def require_rubrics(directory: Path | None = None) -> RubricSet:
    """The rubric set, or ContentError with every problem if any file is broken."""
    try:
        paths = default_rubric_paths(directory)
    except OSError as exc:
        raise ContentError(
            [Problem(directory or rubrics_dir(), 1, 1, f"cannot read rubrics: {exc}")]
        ) from exc
    from simulator.content.rubric_cache import cached_rubric_set

    def load() -> RubricSet:
        # Only errors stop the set, so the teaching-quality warnings are not worked out.
        rubric_set, problems = load_rubric_files(paths, lint=False)
        errors = [p for p in problems if p.is_error]
        if errors:
            raise ContentError(errors)
        return rubric_set

    return cached_rubric_set(paths, load)


# --------------------------------------------------------------------------- scenarios


def _check_graph(scenario: Scenario, doc: YamlDocument, rubrics: RubricSet) -> list[Problem]:
    from simulator.content.checks import parse_condition_once

    problems: list[Problem] = []
    node_ids = list(scenario.nodes)

    def unknown(loc: tuple[Any, ...], target: str, what: str) -> None:
        problems.append(
            doc.problem(
                loc,
                f"{what} goes to unknown node '{target}'",
                _did_you_mean(target, node_ids) or f"known nodes: {', '.join(node_ids)}",
            )
        )

    if scenario.start is not None and scenario.start not in scenario.nodes:
        unknown(("start",), scenario.start, "start")
    edges: dict[str, list[str]] = {}
    for nid, node in scenario.nodes.items():
        base = ("nodes", nid)
        targets: list[str] = []
        for i, tr in enumerate(node.transitions):
            if tr.to not in scenario.nodes:
                unknown((*base, "transitions", i, "to"), tr.to, "a transition")
            else:
                targets.append(tr.to)
            for skill, raw in tr.when.items():
                try:
                    parse_condition_once(skill, raw, rubrics.rubrics)
                except ConditionError as exc:
                    problems.append(
                        doc.problem(
                            (*base, "transitions", i, "when", skill),
                            str(exc),
                            exc.hint,
                            prefer_key=True,
                        )
                    )
        if node.default is not None:
            if node.default not in scenario.nodes:
                unknown((*base, "default"), node.default, "default")
            else:
                targets.append(node.default)
        if node.is_ending and (node.transitions or node.default):
            problems.append(
                doc.problem(
                    (*base, "ending"),
                    f"node '{nid}' is an ending but also has a way on",
                    "remove 'transitions' and 'default', or remove 'ending'",
                    prefer_key=True,
                )
            )
        if not node.is_ending and node.default is None:
            problems.append(
                doc.problem(
                    base,
                    f"loose end: node '{nid}' is not an ending and has no 'default'",
                    "add 'default: <node>' for replies that match no transition, or make it an ending",
                    prefer_key=True,
                )
            )
        edges[nid] = targets
    start = scenario.start_id
    if start not in scenario.nodes:
        return problems
    reached = {start}
    queue = deque([start])
    while queue:
        for nxt in edges.get(queue.popleft(), []):
            if nxt not in reached:
                reached.add(nxt)
                queue.append(nxt)
    for nid in scenario.nodes:
        if nid not in reached:
            problems.append(
                doc.problem(
                    ("nodes", nid),
                    f"node '{nid}' can never be reached from '{start}'",
                    "point a transition or default at it, or remove it",
                    prefer_key=True,
                )
            )
    endings = {nid for nid, node in scenario.nodes.items() if node.is_ending}
    if not endings:
        problems.append(
            doc.problem(
                ("nodes",),
                "the scenario has no ending",
                "give at least one node an 'ending:'",
                prefer_key=True,
            )
        )
        return problems
    # Nodes from which no ending can be reached trap the trainee in a loop.
    reverse: dict[str, list[str]] = {nid: [] for nid in scenario.nodes}
    for src, targets in edges.items():
        for dst in targets:
            reverse[dst].append(src)
    finishing = set(endings)
    queue = deque(endings)
    while queue:
        for prev in reverse[queue.popleft()]:
            if prev not in finishing:
                finishing.add(prev)
                queue.append(prev)
    for nid in scenario.nodes:
        if nid in reached and nid not in finishing and scenario.nodes[nid].default is not None:
            problems.append(
                doc.problem(
                    ("nodes", nid),
                    f"from node '{nid}' no ending can ever be reached",
                    "give the loop a way out to an ending",
                    prefer_key=True,
                )
            )
    return problems


def load_scenario(
    path: Path, rubrics: RubricSet, raw: bytes | None = None
) -> tuple[Scenario | None, list[Problem]]:
    """The scenario in `path` (`raw`: the file's bytes, if read already) and its problems."""
    scenario, doc, problems = _load(path, Scenario, raw)
    if scenario is None or doc is None:
        return None, problems
    problems += _check_graph(scenario, doc, rubrics)
    from simulator.content.checks import check_transitions  # silent failures

    problems += check_transitions(scenario, doc, rubrics.rubrics)
    from simulator.content.lint import lint_scenario  # teaching-quality warnings

    problems += lint_scenario(scenario, doc)
    ok = not any(p.is_error for p in problems)
    return (scenario if ok else None), problems


def scenario_paths(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file())


@dataclass
class Library:
    """The scenarios found in a folder, in a stable order, and the problems met loading it."""

    scenarios: list[Scenario]
    problems: list[Problem]
    paths: dict[str, Path]

    def get(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)


def load_library(folder: Path, rubrics: RubricSet) -> Library:
    scenarios: list[Scenario] = []
    problems: list[Problem] = []
    paths: dict[str, Path] = {}
    try:
        files = scenario_paths(folder)
    except OSError as exc:
        return Library(
            [], [Problem(folder, 1, 1, f"cannot read scenario folder: {exc.strerror or exc}")], {}
        )
    for path in files:
        scenario, found = load_scenario(path, rubrics)
        problems += found
        if scenario is None:
            continue
        if scenario.id in paths:
            problems.append(
                Problem(
                    path,
                    1,
                    1,
                    f"scenario id '{scenario.id}' is also used by {paths[scenario.id].name}",
                )
            )
            continue
        paths[scenario.id] = path
        scenarios.append(scenario)
    # Gentlest first: by difficulty, then fewer content notes (the warm-up leads), then title.
    scenarios.sort(key=lambda s: (s.difficulty, len(s.content_notes), s.title.lower()))
    return Library(scenarios, problems, paths)
