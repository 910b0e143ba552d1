"""Scoring a reply against the rubrics: mechanisms here, phrases in the rubric files.

`Scorer(rubric_set).score(context, reply, node)` returns a `ScoreResult` with, per skill, a
level, a 0..1 score, the evidence (spans of the reply and the criterion each met) and
feedback that names a strength before one next step.

The engine (and rapidfuzz) is imported on first use of `Scorer`, so modules that only need
the result types (saving, exporting, the first screen of the app) start quickly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from simulator.scoring.results import Evidence, Feedback, ScoreResult, SkillResult

if TYPE_CHECKING:
    from simulator.scoring.engine import Scorer, default_scorer

__all__ = ["Evidence", "Feedback", "ScoreResult", "Scorer", "SkillResult", "default_scorer"]


def __getattr__(name: str) -> Any:
    if name in {"Scorer", "default_scorer"}:
        from simulator.scoring import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
