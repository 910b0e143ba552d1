"""Teaching-quality warnings for scenarios: things that validate but teach less well.

These are warnings, not errors (`validate --strict` makes them errors): stigmatising terms
(listed in `rubrics/language/stigmatising-terms.yaml`, not here), nodes a trainee cannot
learn much from (no key points, no example replies), endings without reflection questions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from simulator.paths import rubrics_dir
from simulator.problems import Problem, Severity
from simulator.scenario import Scenario
from simulator.yaml_source import Loc, YamlDocument

TERMS_FILE = Path("language") / "stigmatising-terms.yaml"


@dataclass(frozen=True)
class Term:
    term: str
    instead: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=4)
def load_terms(path: Path | None = None) -> tuple[Term, ...]:
    source = path or rubrics_dir() / TERMS_FILE
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return ()
    terms = []
    for row in data.get("terms", []):
        if isinstance(row, dict) and row.get("term"):
            words = r"\s+".join(re.escape(w) for w in str(row["term"]).split())
            terms.append(
                Term(
                    str(row["term"]), str(row.get("instead", "")), re.compile(rf"\b{words}\b", re.I)
                )
            )
    return tuple(terms)


def _strings(value: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*loc, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*loc, i))


def lint_terms(
    doc: YamlDocument, skip_locs: frozenset[Loc] | set[Loc] = frozenset()
) -> list[Problem]:
    """Warn for each stigmatising term in the file's text, except at `skip_locs`."""
    problems = []
    for loc, text in _strings(doc.data, ()):
        if loc in skip_locs:
            continue
        for term in load_terms():
            match = term.pattern.search(text)
            if match:
                line, col = doc.position(loc)
                problems.append(
                    Problem(
                        doc.path,
                        line,
                        col,
                        f"stigmatising term '{match.group(0)}'",
                        f"say '{term.instead}' instead" if term.instead else "",
                        Severity.WARNING,
                    )
                )
    return problems


def _poor_example_locs(scenario: Scenario) -> set[Loc]:
    return {
        ("nodes", nid, "examples", i, "reply")
        for nid, node in scenario.nodes.items()
        for i, ex in enumerate(node.examples)
        if ex.quality == "poor"
    }


RUBRIC_TEXT_FIELDS = {
    "title",
    "description",
    "explanation",
    "label",
    "descriptor",
    "feedback",
    "next_step",
    "moment_next_step",
    "neutral_line",
    "strength",
    "default_strength",
}


def lint_rubric(doc: YamlDocument) -> list[Problem]:
    """Stigmatising terms in a rubric's own words. Cues, patterns and lexicons are left out:
    they list what a trainee should *not* say."""
    skip = {loc for loc, _ in _strings(doc.data, ()) if not (loc and loc[-1] in RUBRIC_TEXT_FIELDS)}
    return lint_terms(doc, skip_locs=skip)


def lint_scenario(scenario: Scenario, doc: YamlDocument) -> list[Problem]:
    def warn(loc: Loc, message: str, hint: str = "") -> Problem:
        return doc.problem(loc, message, hint, severity=Severity.WARNING, prefer_key=True)

    problems: list[Problem] = []
    if not scenario.content_notes and scenario.difficulty > 1:
        problems.append(
            warn(
                ("content_notes",),
                "no content notes",
                "list what the scenario touches on (e.g. violence, grief) so trainees can choose",
            )
        )
    for nid, node in scenario.nodes.items():
        base = ("nodes", nid)
        if node.ending is not None:
            if not node.ending.questions:
                problems.append(warn((*base, "ending"), f"ending '{nid}' has no debrief questions"))
            continue
        if not node.key_points:
            problems.append(warn(base, f"node '{nid}' has no key points to paraphrase"))
        if not node.feelings:
            problems.append(warn(base, f"node '{nid}' has no feelings to validate"))
        if not node.examples:
            problems.append(warn(base, f"node '{nid}' has no example replies"))
        else:
            for quality in ("good", "poor"):
                if not any(e.quality == quality for e in node.examples):
                    problems.append(
                        warn(
                            (*base, "examples"),
                            f"node '{nid}' has no {quality} example reply",
                            "trainees learn from seeing both a good and a poor reply",
                        )
                    )
    # Poor example replies show what not to say, so their wording is not linted.
    problems += lint_terms(doc, skip_locs=_poor_example_locs(scenario))
    return problems
