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


def test_a_moments_feelings_are_its_own_when_nodes_come_and_go(
    scorer: Scorer, library: dict[str, Scenario], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scenarios are reloaded and edited (studio, playtest): a node made after another was
    freed may sit at the same address, so has the same `id()`. The feelings read must be the
    new node's own (they were cached by `id(node)`; in a full test run a freed node's
    feelings were read for a new one). Every node here is given one id, as address reuse
    would."""
    import simulator.scoring.detectors as detectors

    monkeypatch.setattr(detectors, "id", lambda _obj: 1, raising=False)
    scenario = library["bad-date-next-steps"]
    node = scenario.nodes[scenario.start_id]
    context = " ".join(node.peer)
    reply = "That sounds so lonely and scary."
    feeling = type(node.feelings[0])
    for word in ("scary", "lonely", "scary"):
        copy = node.model_copy(update={"feelings": (feeling(feeling=word),)})
        noticed = [
            e.text.lower()
            for e in scorer.score(context, reply, copy).skills["validation"].evidence
            if e.criterion == "notices_their_feeling"
        ]
        assert noticed == [word], (word, noticed)
