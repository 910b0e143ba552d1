"""Opening a scenario for a facilitator's tools (map, playtest, studio), even when it has
problems a trainee could not play it with.

`load_scenario` refuses a file with any error, which is right for practice. The map and the
playtest exist to show what is wrong with the branches (a moment nothing leads to, a loop with
no way out), so they take the scenario model as soon as it is well formed and report the
problems beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simulator.content.loading import Library, RubricSet, load_scenario, validate_model
from simulator.content.problems import Problem
from simulator.content.scenario import Scenario
from simulator.content.yaml_source import read_yaml


@dataclass(frozen=True)
class Opened:
    path: Path
    scenario: Scenario | None  # the model, when the file is well formed
    problems: list[Problem]

    @property
    def playable(self) -> bool:
        """Whether a trainee could play it (no errors at all)."""
        return self.scenario is not None and not any(p.is_error for p in self.problems)


def open_scenario(path: Path, rubrics: RubricSet) -> Opened:
    scenario, problems = load_scenario(path, rubrics)
    if scenario is None:
        doc, _ = read_yaml(path)
        if doc is not None:
            scenario, _ = validate_model(doc, Scenario)
    return Opened(path, scenario, problems)


def add_file(library: Library, path: Path, rubrics: RubricSet) -> Library:
    """Put the scenario in `path` into `library`, in place of one with the same id (its
    problems join the library's, so the app says why it is missing if it is broken)."""
    scenario, problems = load_scenario(path, rubrics)
    library.problems += problems
    if scenario is not None:
        library.scenarios[:] = [s for s in library.scenarios if s.id != scenario.id]
        library.scenarios.insert(0, scenario)
        library.paths[scenario.id] = path
    return library
