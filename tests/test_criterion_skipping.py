"""The scorer skips looking for a criterion that would be dropped anyway (an earlier `unless`
matched, or an earlier `only_with` / every earlier `only_with_any` did not), when no criterion
naming it can be kept whatever it did: a speed measure that must never change a score, a
level, a flag or a line of feedback."""

from __future__ import annotations

import json

from simulator.content.loading import RubricSet
from simulator.scoring import Scorer
from simulator.scoring.results import result_to_record
from tests.helpers import ROOT, opening, shipped_scenarios
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
    looking.skipping = False
    looking._plans.clear()
    assert any(step[2] for step in skipping._plan("paraphrasing"))  # criteria it may skip
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


def test_skipping_changes_no_result_on_the_projects_replies(rubrics: RubricSet) -> None:
    skipping, looking = Scorer(rubrics), Scorer(rubrics)
    looking.skipping = False
    for line in (ROOT / "tests" / "data" / "peer_replies.jsonl").read_text().splitlines():
        item = json.loads(line)
        context, reply = item.get("context"), item["response"]
        assert result_to_record(skipping.score(context, reply)) == result_to_record(
            looking.score(context, reply)
        ), reply


def test_a_criterion_named_only_by_criteria_that_are_dropped_is_not_looked_for(
    rubrics: RubricSet,
) -> None:
    """`says_what_they_feel` counts only with `about_their_experience` or
    `restates_their_story`; the one criterion naming it (in its `unless`) needs them too. A
    reply with neither does not look for it; with the skip off, it is looked for."""

    def looked_for(scorer: Scorer, reply: str) -> int:
        calls: list[object] = []
        plan = scorer._plan("paraphrasing")
        [index] = [i for i, step in enumerate(plan) if step[0].id == "says_what_they_feel"]
        crit, detector, skip, cue = plan[index]

        class Counting:
            def find(self, view: object) -> object:
                calls.append(view)
                return detector.find(view)  # type: ignore[arg-type]

        plan[index] = (crit, Counting(), skip, cue)  # type: ignore[assignment]
        scorer.score("I'm so tired of all of it.", reply)
        return len(calls)

    looking = Scorer(rubrics)
    looking.skipping = False
    assert looked_for(looking, "Thanks for telling me.") == 1
    assert looked_for(Scorer(rubrics), "Thanks for telling me.") == 0
