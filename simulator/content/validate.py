"""Checking a set of files and folders, as `peer-practice validate` does.

Files are told apart by content: a mapping with a `skill` key is a rubric, one with `units` a
course, anything else a scenario. Rubrics among the paths are checked first and then used for
the scenarios (their skill and level names appear in transitions); without any, the shipped
rubrics are used. Courses are checked last: their scenario ids must be shipped or among the
paths.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from simulator.content.course_loading import load_course, looks_like_course, scenario_ids_in
from simulator.content.loading import (
    YAML_SUFFIXES,
    RubricSet,
    default_rubric_paths,
    load_rubric_files,
    load_scenario,
)
from simulator.content.paths import scenarios_dir
from simulator.content.problems import Problem
from simulator.content.yaml_source import Unreadable, read_regular

_PEEK_BYTES = 64_000


@dataclass
class Report:
    files: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Files named, and the YAML files directly inside folders named (not their subfolders)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in YAML_SUFFIXES)
            if not found:
                problems.append(Problem(path, 1, 1, "no .yaml files in this folder"))
            files += found
        elif path.exists():
            files.append(path)
        elif path.is_symlink():
            problems.append(
                Problem(
                    path,
                    1,
                    1,
                    "this symbolic link leads nowhere (a loop, or a missing file)",
                    "point the link at a real file",
                )
            )
        else:
            problems.append(Problem(path, 1, 1, "no such file or folder", "check the path"))
    return files, problems


_RUBRIC_KEY = re.compile(r"^skill\s*:", re.MULTILINE)
#: Bytes that may follow `skill` where `_RUBRIC_KEY` matches: ASCII spaces (`\s` also
#: takes \x1c-\x1f), a colon, or the first byte of a character beyond ASCII (which may be
#: a space).
_AFTER_SKILL = frozenset(b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f:" + bytes(range(0x80, 0x100)))


def _rubric_head(head: bytes) -> bool:
    """A rubric has a top-level `skill:` key; a scenario never does. Lines starting with
    `skill` are found in the undecoded bytes (scenarios have `skills:` there), and only one
    that may be the key is looked at with the pattern on the decoded text."""
    lines = b"\n" + head  # (so that the first line starts after a newline too)
    at = lines.find(b"\nskill")
    while at >= 0:
        after = at + 6
        if after < len(lines) and lines[after] in _AFTER_SKILL:
            return bool(_RUBRIC_KEY.search(head.decode("utf-8", "replace")))
        at = lines.find(b"\nskill", after)
    return False


def _looks_like_rubric(path: Path) -> bool:
    try:
        return _rubric_head(read_regular(path)[:_PEEK_BYTES])
    except Unreadable:
        return False


def _kind_of(path: Path) -> str:
    """ "rubric", "course" or "scenario", from the file's content, read once."""
    try:
        raw = read_regular(path)
    except Unreadable:
        return "scenario"  # loading it says why it cannot be read
    if _rubric_head(raw[:_PEEK_BYTES]):
        return "rubric"
    # Only a file with `units` in it is looked at closely.
    if b"units" in raw and looks_like_course(path):
        return "course"
    return "scenario"


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Reading a file makes thousands of short-lived objects (YAML nodes, marks, values) that
    reference counting frees; the cycle collector, set off by their number, kept walking
    every object in the process for none (a fifth of `validate`'s time on 1,000 files).
    It is paused while files are checked and set back as it was afterwards; `_reclaim` runs
    it on what is new after each file, so a file that makes a cycle (an alias inside the list
    it names, `&a [*a, ...]`) cannot hold its memory for the rest of the run."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _reclaim() -> None:
    """Free the cycles the last file made: only objects made since the last call are looked
    at (the youngest generation), so this costs little when there are none."""
    gc.collect(0)


def _keep_checked_patterns() -> None:
    """Checking the rubrics' patterns (does each compile, can it backtrack for minutes) is
    most of `validate`'s start, and is kept in the scorer's set-up cache. A facilitator who
    only runs `validate` would never have it kept: so when the cache held nothing for these
    rubrics and this code (no file yet, or one written by another version), what was worked
    out is written. Never when it held something: it writes only what this process used,
    and would drop the scorer's own entries."""
    from simulator.scoring.setup_cache import setup_cache

    cache = setup_cache()
    if cache.missed and not cache.reused:
        cache.save()


def check(paths: Iterable[Path], *, strict: bool = False) -> Report:
    with _no_cycle_collection():
        return _check(paths, strict=strict)


def _check(paths: Iterable[Path], *, strict: bool) -> Report:
    files, problems = expand(paths)
    report = Report(len(files), problems)
    kinds = [_kind_of(f) for f in files]
    rubric_files = [f for f, kind in zip(files, kinds, strict=True) if kind == "rubric"]
    course_files = [f for f, kind in zip(files, kinds, strict=True) if kind == "course"]
    scenario_files = [f for f, kind in zip(files, kinds, strict=True) if kind == "scenario"]
    rubric_set: RubricSet
    if rubric_files:
        rubric_set, found = load_rubric_files(rubric_files)
        report.problems += found
        if set(rubric_set.rubrics) != {"paraphrasing", "validation", "boundaries"}:
            shipped, _ = load_rubric_files(default_rubric_paths())
            merged = {**shipped.rubrics, **rubric_set.rubrics}
            rubric_set = RubricSet(merged, {**shipped.lexicons, **rubric_set.lexicons})
    else:
        rubric_set, found = load_rubric_files(default_rubric_paths())
        report.problems += found
    _keep_checked_patterns()
    scorer = None
    scenario_ids = scenario_ids_in(scenarios_dir())
    _reclaim()
    for path in scenario_files:
        scenario, found = load_scenario(path, rubric_set)
        report.problems += found
        if scenario is not None:
            scenario_ids.add(scenario.id)
        if strict and scenario is not None:
            # --strict playtests too: examples that score against their label and the like.
            from simulator.content.playtest import playtest, playtest_problems
            from simulator.scoring import Scorer

            scorer = scorer or Scorer(rubric_set)
            report.problems += playtest_problems(playtest(scenario, scorer), path)
        # The file's model is let go first, so the collector has only what is left to walk.
        scenario = None
        _reclaim()
    for path in course_files:
        course, found = load_course(path, rubric_set, scenario_ids)
        _reclaim()
        report.problems += found
        if strict and course is not None:
            # --strict scores the course's good examples too: none may breach a boundary.
            from simulator.content.drill_check import drill_problems
            from simulator.scoring import Scorer

            scorer = scorer or Scorer(rubric_set)
            report.problems += drill_problems(course, path, scorer)
    if strict:
        report.problems = [
            Problem(p.path, p.line, p.col, p.message, p.hint) if not p.is_error else p
            for p in report.problems
        ]
    report.problems.sort(key=lambda p: (str(p.path), p.line, p.col))
    return report
