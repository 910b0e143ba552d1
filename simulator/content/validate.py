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
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from simulator.scoring import Scorer

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
    return _kind_and_bytes(path)[0]


def _kind_and_bytes(path: Path) -> tuple[str, bytes | None]:
    """The file's kind (see `_kind_of`) and the bytes it was told from (None: unreadable,
    and loading it says why)."""
    try:
        raw = read_regular(path)
    except Unreadable:
        return "scenario", None
    if _rubric_head(raw[:_PEEK_BYTES]):
        return "rubric", raw
    # Only a file with `units` in it is looked at closely.
    if b"units" in raw and looks_like_course(path):
        return "course", raw
    return "scenario", raw


#: At most this many bytes of the scenario files, read to tell their kind, are kept for
#: loading them (files beyond it are read again): each was read twice, a tenth of the
#: reading time of 1,000 files (issue 15), while memory stays bounded on a folder of
#: large files.
_KEPT_BYTES = 16_000_000


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


def _checked_rubric_files(paths: list[Path]) -> tuple[RubricSet, list[Problem], bool]:
    """`load_rubric_files(paths)`, and whether the files were read (False: the set was
    taken as a `validate` before left it, having found no problem in it: see
    rubric_cache.checked_set). A set in which anything is found is never kept, so its
    problems are worked out every time, exactly as before."""
    from simulator.content.rubric_cache import checked_set, keep_checked_set

    kept, key = checked_set(paths)
    if kept is not None:
        return kept, [], False
    rubric_set, problems = load_rubric_files(paths)
    if not problems:
        keep_checked_set(paths, key, rubric_set)
    return rubric_set, problems, True


def _keep_checked_patterns() -> None:
    """Checking the rubrics' patterns (does each compile, can it backtrack for minutes) is
    most of `validate`'s start, and is kept in the scorer's set-up cache. A facilitator who
    only runs `validate` would never have it kept: so what was worked out here is written
    when something was missing (the cache keeps what it held besides, so the scorer's own
    set-up is not lost)."""
    from simulator.scoring.setup_cache import setup_cache

    setup_cache().save()


class _Scoring:
    """The scorer `--strict` scores examples with, set up on first use. A rubric with
    errors may not be usable for scoring at all (one naming an unknown lexicon cannot be
    set up): then examples are not scored, and the rubric's errors, reported already, say
    why. Rubrics without errors that cannot be set up are a bug, and not hidden."""

    def __init__(self, rubric_set: RubricSet, *, rubric_errors: bool) -> None:
        self._rubric_set = rubric_set
        self._rubric_errors = rubric_errors
        self._scorer: Scorer | None = None
        self._failed = False

    def get(self) -> Scorer | None:
        if self._scorer is None and not self._failed:
            from simulator.scoring import Scorer

            try:
                self._scorer = Scorer(self._rubric_set)
            except Exception:
                if not self._rubric_errors:
                    raise
                self._failed = True
        return self._scorer


def check(paths: Iterable[Path], *, strict: bool = False) -> Report:
    with _no_cycle_collection():
        return _check(paths, strict=strict)


_SKILLS = {"paraphrasing", "validation", "boundaries"}


def _skill_of(path: Path) -> str | None:
    from simulator.content.yaml_source import read_yaml

    doc, _ = read_yaml(path)
    if doc is None or not isinstance(doc.data, dict):
        return None
    skill = doc.data.get("skill")
    return skill if isinstance(skill, str) else None


def companion_rubrics(rubric_files: list[Path]) -> list[Path]:
    """Rubric files for the skills the named rubrics leave out (lexicons are shared between
    rubrics, so one is checked or used beside the others): from the named files' own
    folders first (a facilitator's copy of the set), else the shipped ones."""
    given = {f.resolve() for f in rubric_files}
    have = {skill for f in rubric_files if (skill := _skill_of(f)) is not None}
    folders = dict.fromkeys(f.resolve().parent for f in rubric_files)
    candidates: list[Path] = []
    for folder in folders:
        try:
            candidates += sorted(
                p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES and _kind_of(p) == "rubric"
            )
        except OSError:
            continue
    with suppress(OSError):
        candidates += default_rubric_paths()
    chosen: list[Path] = []
    for path in candidates:
        if path.resolve() in given:
            continue
        skill = _skill_of(path)
        if skill in _SKILLS and skill not in have:
            have.add(skill)
            chosen.append(path)
    return chosen


def _check(paths: Iterable[Path], *, strict: bool) -> Report:
    files, problems = expand(paths)
    report = Report(len(files), problems)
    kinds: list[str] = []
    # The scenario files' bytes, while they fit in _KEPT_BYTES, by position among them.
    scenario_bytes: list[bytes | None] = []
    kept = 0
    for f in files:
        kind, raw = _kind_and_bytes(f)
        kinds.append(kind)
        if kind == "scenario":
            if raw is not None and kept + len(raw) <= _KEPT_BYTES:
                kept += len(raw)
            else:
                raw = None
            scenario_bytes.append(raw)
    rubric_files = [f for f, kind in zip(files, kinds, strict=True) if kind == "rubric"]
    course_files = [f for f, kind in zip(files, kinds, strict=True) if kind == "course"]
    scenario_files = [f for f, kind in zip(files, kinds, strict=True) if kind == "scenario"]
    rubric_set: RubricSet
    if rubric_files:
        rubric_set, found, read = _checked_rubric_files(rubric_files)
        if set(rubric_set.rubrics) != _SKILLS and (companions := companion_rubrics(rubric_files)):
            # One rubric of a set checked alone: it may read lexicons its companions define
            # (validation.yaml holds the verdict lexicons paraphrasing reads), so it is
            # checked beside them, and only its own problems are reported.
            given = {f.resolve() for f in rubric_files}
            rubric_set, found, read_too = _checked_rubric_files([*companions, *rubric_files])
            read = read or read_too
            found = [p for p in found if p.path.resolve() in given]
        report.problems += found
        if set(rubric_set.rubrics) != _SKILLS:
            shipped, _, read_too = _checked_rubric_files(default_rubric_paths())
            read = read or read_too
            merged = {**shipped.rubrics, **rubric_set.rubrics}
            rubric_set = RubricSet(merged, {**shipped.lexicons, **rubric_set.lexicons})
    else:
        rubric_set, found, read = _checked_rubric_files(default_rubric_paths())
        report.problems += found
    if read:
        _keep_checked_patterns()
    scorer = _Scoring(rubric_set, rubric_errors=any(p.is_error for p in found))
    scenario_ids = scenario_ids_in(scenarios_dir())
    _reclaim()
    for n, path in enumerate(scenario_files):
        raw, scenario_bytes[n] = scenario_bytes[n], None  # (let go once loaded)
        scenario, found = load_scenario(path, rubric_set, raw)
        raw = None
        report.problems += found
        if scenario is not None:
            scenario_ids.add(scenario.id)
        if strict and scenario is not None and (usable := scorer.get()) is not None:
            # --strict playtests too: examples that score against their label and the like.
            from simulator.content.playtest import playtest, playtest_problems

            report.problems += playtest_problems(playtest(scenario, usable), path)
        # The file's model is let go first, so the collector has only what is left to walk.
        scenario = None
        _reclaim()
    for path in course_files:
        course, found = load_course(path, rubric_set, scenario_ids)
        _reclaim()
        report.problems += found
        if strict and course is not None and (usable := scorer.get()) is not None:
            # --strict scores the course's good examples too: none may breach a boundary.
            from simulator.content.drill_check import drill_problems

            report.problems += drill_problems(course, path, usable)
    if strict:
        report.problems = [
            Problem(p.path, p.line, p.col, p.message, p.hint) if not p.is_error else p
            for p in report.problems
        ]
    report.problems.sort(key=lambda p: (str(p.path), p.line, p.col))
    return report
