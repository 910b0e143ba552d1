"""The scorer skips looking for a criterion that would be dropped anyway (an earlier `unless`
matched, or no earlier `only_with_any` did): a speed measure that must never change a score,
a level, a flag or a line of feedback."""

from __future__ import annotations

from simulator.content.loading import RubricSet
from simulator.scoring import Scorer
from simulator.scoring.results import result_to_record
from tests.helpers import opening, shipped_scenarios
from tests.test_clause_probes import (
    FRAMED_BY_THE_SPEAKER,
    IMAGINED_WITH_THEM,
    PRAISE,
    REASSURANCE,
    REFLECTIONS,
    THANKS,
)

REPLIES = [
    *THANKS,
    *PRAISE,
    *REASSURANCE,
    *REFLECTIONS,
    *FRAMED_BY_THE_SPEAKER,
    *IMAGINED_WITH_THEM,
    "You should just leave him.",
    "I'll keep it between us, I promise.",
    "Have you thought about calling the police?",
]


def test_skipping_changes_no_result(rubrics: RubricSet) -> None:
    skipping, looking = Scorer(rubrics), Scorer(rubrics)
    looking._skippable = frozenset()
    assert skipping._skippable  # the shipped rubrics have criteria it may skip
    for scenario in shipped_scenarios()[:4]:
        context, node = opening(scenario)
        for reply in REPLIES:
            assert result_to_record(skipping.score(context, reply, node)) == result_to_record(
                looking.score(context, reply, node)
            ), reply


def test_only_with_any_drops_a_criterion_when_none_of_them_matched(rubrics: RubricSet) -> None:
    """`nothing_said_back` counts only after a reflection cue: a bare "Thanks." has none, so
    it is not reported, while "I'm grateful you felt able to tell me." is (a reflection cue
    fired on "you felt", and no clause says back their experience)."""
    scorer = Scorer(rubrics)

    def fired(reply: str) -> set[str]:
        result = scorer.score("I'm so tired of all of it.", reply)
        return {e.criterion for e in result.skills["paraphrasing"].evidence}

    assert "nothing_said_back" not in fired("Thanks.")
    assert "nothing_said_back" in fired("I'm grateful you felt able to tell me.")
