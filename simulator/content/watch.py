"""The facilitator's folder as the studio sees it: each scenario file, its last good version
and its current problems, reloaded when the file is saved.

A save that breaks the file shows its problems and keeps the last good version playable, so a
facilitator can keep trying the scenario while fixing a typo. Changes are found by polling
file times and sizes: no watcher library, and it works the same on every system and on
network folders. Domain core: no textual here; the studio screen drives it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.content.loading import RubricSet, scenario_paths
from simulator.content.opening import open_scenario
from simulator.content.playtest import playtest, playtest_problems
from simulator.content.problems import Problem
from simulator.content.scenario import Scenario

if TYPE_CHECKING:
    from simulator.scoring import Scorer

Stamp = tuple[int, int]


@dataclass
class Entry:
    path: Path
    stamp: Stamp
    good: Scenario | None  # the last version that loaded without errors: what plays
    current: Scenario | None  # the file as it is now, when well formed: what the map shows
    problems: list[Problem] = field(default_factory=list)
    reloads: int = 0

    @property
    def broken(self) -> bool:
        return any(p.is_error for p in self.problems)

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)


def stamp(path: Path) -> Stamp | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def _is_rubric(path: Path) -> bool:
    from simulator.content.validate import _looks_like_rubric

    return _looks_like_rubric(path)


class Folder:
    """The scenario files of one folder and what is known about each."""

    def __init__(self, folder: Path, rubrics: RubricSet) -> None:
        self.folder = folder
        self.rubrics = rubrics
        self.entries: dict[Path, Entry] = {}

    def stamps(self) -> dict[Path, Stamp]:
        """The folder's scenario files now (cheap: one stat per file)."""
        try:
            paths = scenario_paths(self.folder)
        except OSError:
            return {}
        found = {}
        for path in paths:
            now = stamp(path)
            if now is not None and not _is_rubric(path):
                found[path] = now
        return found

    def changed(self, now: dict[Path, Stamp]) -> tuple[list[Path], list[Path]]:
        """Files new or saved since last loaded, and files gone."""
        saved = [p for p, s in now.items() if p not in self.entries or self.entries[p].stamp != s]
        gone = [p for p in self.entries if p not in now]
        return saved, gone

    def load(self, path: Path, at: Stamp, scorer: Scorer | None) -> Entry:
        """A fresh entry for `path` as saved at `at`, keeping the last good version. Safe to
        call from a worker thread: it doesn't touch `entries`."""
        opened = open_scenario(path, self.rubrics)
        before = self.entries.get(path)
        good = before.good if before is not None else None
        problems = list(opened.problems)
        if opened.playable and opened.scenario is not None:
            good = opened.scenario
            if scorer is not None:
                problems += playtest_problems(playtest(opened.scenario, scorer), path)
        return Entry(
            path,
            at,
            good,
            opened.scenario,
            sorted(problems, key=lambda p: (p.line, p.col)),
            (before.reloads + 1) if before is not None else 0,
        )

    def apply(self, entries: list[Entry], gone: list[Path]) -> None:
        for entry in entries:
            self.entries[entry.path] = entry
        for path in gone:
            self.entries.pop(path, None)

    def ordered(self) -> list[Entry]:
        return [self.entries[p] for p in sorted(self.entries)]


def relative(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
