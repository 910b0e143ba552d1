"""The `score` contract's feedback and moments: what a script sees of one scored line.

Kept apart from the command's input handling (in `simulator/cli/`) so that feedback can be tested
as a black box: each output line carries `"feedback": {"strength", "next_step", "example"}`,
and an input line may name `"scenario"` and `"moment"` (a node id) to be scored as in that
moment, with its key points, feelings, pitfalls and examples. The scenarios are loaded only
when a line names one, so plain batches stay as fast as before.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.content.loading import Library, RubricSet, load_library
from simulator.content.paths import scenarios_dir
from simulator.content.scenario import Node
from simulator.scoring.text import MAX_REPLY_CHARS

if TYPE_CHECKING:
    from simulator.scoring import Scorer


class MomentError(ValueError):
    """A line names a scenario or moment that isn't there."""


class Moments:
    """Finds the moment (scenario node) an input line names, loading scenarios once."""

    def __init__(self, folder: Path | None, rubrics: RubricSet) -> None:
        self.folder = folder
        self.rubrics = rubrics
        self._library: Library | None = None

    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = load_library(self.folder or scenarios_dir(), self.rubrics)
        return self._library

    def find(self, scenario_id: object, moment_id: object) -> Node | None:
        if scenario_id is None and moment_id is None:
            return None
        if not isinstance(scenario_id, str) or not scenario_id:
            raise MomentError(
                "'moment' needs 'scenario' too (a scenario id, as `peer-practice scenarios` lists)"
                if scenario_id is None
                else "'scenario' must be a scenario id (a string)"
            )
        scenario = self.library.get(scenario_id)
        if scenario is None:
            ids = [s.id for s in self.library.scenarios]
            close = difflib.get_close_matches(scenario_id, ids, n=1, cutoff=0.5)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise MomentError(
                f"unknown scenario '{scenario_id}'{hint}; `peer-practice scenarios` lists them"
            )
        if moment_id is None:
            moment_id = scenario.start_id
        if not isinstance(moment_id, str) or moment_id not in scenario.nodes:
            names = ", ".join(scenario.nodes)
            raise MomentError(
                f"scenario '{scenario_id}' has no moment {moment_id!r}; its moments are: {names}"
            )
        return scenario.nodes[moment_id]


def scored_line(
    scorer: Scorer,
    moments: Moments,
    number: int,
    item: dict[str, Any],
    context: str | None,
    response: str,
) -> dict[str, Any]:
    """One output line: the skills (as before) and the feedback, or a per-line error."""
    ident = item.get("id")
    try:
        node = moments.find(item.get("scenario"), item.get("moment"))
    except MomentError as exc:
        return {"id": ident, "line": number, "error": f"line {number}: {exc}"}
    if context is None and node is not None:
        context = " ".join(node.peer)
    result = scorer.score(context, response, node)
    return {"id": ident, **result.to_json(), "feedback": result.feedback.to_json()}


def answer(scorer: Scorer, moments: Moments, number: int, item: dict[str, Any]) -> dict[str, Any]:
    """One parsed input line (a JSON object, see score_input) answered: scored, or one
    error object when its fields have the wrong types."""
    ident = item.get("id")
    response, context = item.get("response"), item.get("context")
    if not isinstance(response, str):
        return {"id": ident, "line": number, "error": f"line {number}: 'response' must be a string"}
    if context is not None and not isinstance(context, str):
        return {
            "id": ident,
            "line": number,
            "error": f"line {number}: 'context' must be a string or null",
        }
    result = scored_line(scorer, moments, number, item, context, response)
    if len(response) > MAX_REPLY_CHARS and "error" not in result:
        result["notice"] = (
            f"the response is {len(response):,} characters; only the first "
            f"{MAX_REPLY_CHARS:,} were scored"
        )
    return result
