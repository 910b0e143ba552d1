"""Checking one rubric against a facilitator's own labelled examples.

A facilitator writes replies with the level they would give (`level`, and for boundaries
optionally the `flags` they expect) and sees how far the rubric agrees: a confusion matrix,
agreement, and every example it scores differently, with the cues that fired. Examples may
be JSON Lines, a YAML list, or CSV with a header; problems are reported as `file:line`.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from simulator.content.loading import RubricSet, load_rubric_files
from simulator.content.problems import Problem
from simulator.content.yaml_source import Unreadable, read_regular, read_yaml
from simulator.scoring import Scorer, ScoreResult

#: A labelled examples file larger than this is refused (read no further).
MAX_EXAMPLES_BYTES = 50_000_000


@dataclass(frozen=True)
class Example:
    line: int
    context: str
    response: str
    level: int
    flags: tuple[str, ...] | None = None


@dataclass
class Disagreement:
    example: Example
    predicted: int
    result: ScoreResult


@dataclass
class CheckReport:
    skill: str
    levels: list[int]
    matrix: dict[tuple[int, int], int] = field(default_factory=dict)
    wrong: list[Disagreement] = field(default_factory=list)
    total: int = 0

    @property
    def agreement(self) -> float:
        right = sum(n for (gold, pred), n in self.matrix.items() if gold == pred)
        return right / self.total if self.total else 0.0

    def recall(self, level: int) -> float:
        row = sum(n for (gold, _), n in self.matrix.items() if gold == level)
        return self.matrix.get((level, level), 0) / row if row else 0.0

    def precision(self, level: int) -> float:
        col = sum(n for (_, pred), n in self.matrix.items() if pred == level)
        return self.matrix.get((level, level), 0) / col if col else 0.0


def _rows(path: Path, text: str) -> tuple[list[tuple[int, Any]], list[Problem]]:
    problems: list[Problem] = []
    rows: list[tuple[int, Any]] = []
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".json", ".ndjson"}:
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                problems.append(
                    Problem(
                        path,
                        number,
                        exc.colno,
                        f"not valid JSON: {exc.msg}",
                        "one JSON object per line",
                    )
                )
    elif suffix in {".yaml", ".yml"}:
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark
            return [], [
                Problem(
                    path,
                    (mark.line + 1) if mark else 1,
                    (mark.column + 1) if mark else 1,
                    f"YAML syntax error: {exc.problem}",
                )
            ]
        if node is None or not isinstance(node, yaml.SequenceNode):
            return [], [
                Problem(path, 1, 1, "expected a list of examples (lines starting with '- ')")
            ]
        data = yaml.safe_load(text)
        rows = [
            (item.start_mark.line + 1, value) for item, value in zip(node.value, data, strict=True)
        ]
    elif suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        rows = [(reader.line_num, dict(row)) for row in reader]
    else:
        problems.append(
            Problem(path, 1, 1, f"unknown file type '{suffix}'", "use .jsonl, .yaml or .csv")
        )
    return rows, problems


def read_examples(path: Path) -> tuple[list[Example], list[Problem]]:
    try:
        text = read_regular(path, MAX_EXAMPLES_BYTES).decode("utf-8")
    except Unreadable as exc:
        return [], [Problem(path, 1, 1, exc.message, exc.hint)]
    except UnicodeDecodeError:
        return [], [Problem(path, 1, 1, "the file is not UTF-8 text", "save it as UTF-8")]
    rows, problems = _rows(path, text)
    examples: list[Example] = []
    for number, row in rows:
        if not isinstance(row, dict):
            problems.append(
                Problem(
                    path, number, 1, "each example must be a mapping with 'response' and 'level'"
                )
            )
            continue
        response = row.get("response", row.get("reply"))
        if not isinstance(response, str) or not response.strip():
            problems.append(Problem(path, number, 1, "missing 'response' (the reply to score)"))
            continue
        try:
            level = int(str(row.get("level", "")).strip())
        except ValueError:
            problems.append(
                Problem(
                    path, number, 1, f"'level' must be a whole number, got {row.get('level')!r}"
                )
            )
            continue
        flags = row.get("flags")
        if isinstance(flags, str):
            flags = [f.strip() for f in flags.replace(";", ",").split(",") if f.strip()]
        context = row.get("context") or ""
        examples.append(
            Example(
                number,
                str(context),
                response,
                level,
                tuple(flags) if isinstance(flags, list) else None,
            )
        )
    if not examples and not problems:
        problems.append(Problem(path, 1, 1, "no examples in the file"))
    return examples, problems


def rubric_set_with(rubric_path: Path) -> tuple[RubricSet | None, str | None, list[Problem]]:
    """`rubric_path` with the rubrics of the other skills (see `companion_rubrics`: from its
    own folder, else the shipped ones; lexicons are shared, so they are loaded together)."""
    doc, problems = read_yaml(rubric_path)
    skill = doc.data.get("skill") if doc is not None and isinstance(doc.data, dict) else None
    if not isinstance(skill, str):
        return (
            None,
            None,
            problems or [Problem(rubric_path, 1, 1, "not a rubric file (no 'skill:')")],
        )
    from simulator.content.validate import companion_rubrics

    others = companion_rubrics([rubric_path])
    rubric_set, problems = load_rubric_files([*others, rubric_path])
    errors = [p for p in problems if p.is_error]
    if errors or skill not in rubric_set.rubrics:
        return None, None, errors
    return rubric_set, skill, []


def check_rubric(rubric_set: RubricSet, skill: str, examples: list[Example]) -> CheckReport:
    scorer = Scorer(rubric_set)
    rubric = rubric_set.rubrics[skill]
    report = CheckReport(skill, sorted(lv.level for lv in rubric.levels))
    for example in examples:
        result = scorer.score(example.context, example.response)
        predicted = result.skills[skill].level
        report.total += 1
        key = (example.level, predicted)
        report.matrix[key] = report.matrix.get(key, 0) + 1
        flags_differ = example.flags is not None and set(example.flags) != set(
            result.skills[skill].flags
        )
        if predicted != example.level or flags_differ:
            report.wrong.append(Disagreement(example, predicted, result))
    return report


@dataclass(frozen=True)
class PatternTiming:
    """The slowest search of one rubric pattern over adversarial replies."""

    where: str  # file:line of the pattern
    criterion: str
    pattern: str
    seconds: float
    length: int

    @property
    def too_slow(self) -> bool:
        return self.seconds > PATTERN_BUDGET


#: A pattern slower than this on some reply up to the reply limit is reported.
PATTERN_BUDGET = 0.1


def time_patterns(rubric_path: Path, rubric_set: RubricSet, skill: str) -> list[PatternTiming]:
    """Time every pattern of the rubric against adversarial strings, slowest first."""
    import re

    from simulator.scoring.detectors import expand_pattern
    from simulator.scoring.regex_safety import time_pattern

    doc, _ = read_yaml(rubric_path)
    timings = []
    for i, crit in enumerate(rubric_set.rubrics[skill].criteria):
        for j, pattern in enumerate(crit.patterns if crit.patterns_of is None else ()):
            compiled = re.compile(expand_pattern(pattern, rubric_set.lexicons))
            seconds, length, _ = time_pattern(compiled, PATTERN_BUDGET)
            line = doc.position(("criteria", i, "patterns", j))[0] if doc is not None else 1
            timings.append(
                PatternTiming(f"{rubric_path}:{line}", crit.id, pattern, seconds, length)
            )
    return sorted(timings, key=lambda t: -t.seconds)
