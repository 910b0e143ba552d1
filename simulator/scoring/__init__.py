"""Scoring a reply against the rubrics: mechanisms here, phrases in the rubric files.

`Scorer(rubric_set).score(context, reply, node)` returns a `ScoreResult` with, per skill, a
level, a 0..1 score, the evidence (spans of the reply and the criterion each met) and
feedback that names a strength before one next step.
"""

from simulator.scoring.engine import Scorer, default_scorer
from simulator.scoring.results import Evidence, Feedback, ScoreResult, SkillResult

__all__ = ["Evidence", "Feedback", "ScoreResult", "Scorer", "SkillResult", "default_scorer"]
