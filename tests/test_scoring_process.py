"""Scoring in a child process: the same results as in-process, and a budget that holds
(the child is stopped and replaced), for the app's "the UI never waits on scoring"."""

from __future__ import annotations

import sys
import time

import pytest

from simulator.content.loading import RubricSet
from simulator.content.scenario import Scenario
from simulator.practice.scoring_process import ScoringProcess, ScoringTimeout, ScoringUnavailable
from simulator.scoring import Scorer

#: A stand-in child that answers "ready" and then never answers a reply.
STUCK = (
    "import sys, time\n"
    "from simulator.practice.scoring_process import read_frame, write_frame\n"
    "read_frame(0); write_frame(sys.stdout.buffer, ('ready', None)); read_frame(0)\n"
    "time.sleep(120)\n"
)

REPLIES = [
    "It sounds like he really scared you, and you're still shaking.",
    "You should go to the police today.",
    "[bold red]markup[/] and \x1b[31m escapes stay text",
]


def test_a_child_scores_exactly_as_in_process(
    rubrics: RubricSet, scorer: Scorer, library: dict[str, Scenario]
) -> None:
    scenario = library["bad-date-next-steps"]
    node = scenario.nodes[scenario.start_id]
    context = " ".join(node.peer)
    process = ScoringProcess(rubrics)
    try:
        for reply in REPLIES:
            assert process.score(context, reply, node, timeout=30) == scorer.score(
                context, reply, node
            )
        assert process.score(None, "ok", None, timeout=30) == scorer.score(None, "ok", None)
    finally:
        process.close()


def test_a_reply_over_its_budget_stops_the_child_and_the_next_one_is_scored(
    rubrics: RubricSet, scorer: Scorer
) -> None:
    process = ScoringProcess(rubrics, command=[sys.executable, "-c", STUCK])
    try:
        started = time.monotonic()
        with pytest.raises(ScoringTimeout):
            process.score(None, "anything", None, timeout=0.5)
        assert time.monotonic() - started < 20  # the budget, plus the stand-in's start-up
        stuck = process._child
        assert stuck is None  # stopped, not left running
        process._command = [sys.executable, "-m", "simulator.practice.scoring_child"]
        assert process.score(None, "That sounds hard.", None, timeout=30) == scorer.score(
            None, "That sounds hard.", None
        )
    finally:
        process.close()


def test_a_child_that_dies_is_one_clear_error(rubrics: RubricSet) -> None:
    process = ScoringProcess(rubrics, command=[sys.executable, "-c", "raise SystemExit(3)"])
    with pytest.raises(ScoringUnavailable, match="the scorer stopped"):
        process.score(None, "hi", None, timeout=5)
    process.close()
