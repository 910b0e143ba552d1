"""The part of a reply read apart from a breach (paraphrasing's `read_apart_from`) reads
boundaries again only for what paraphrasing sees there: the flags it reads (`when_flags`), not
boundaries' own level or evidence (`Scorer._apart_plan`, a speed measure for the slowest
replies). It must never change a level, a score, a flag, a quote or a line of feedback, and a
flag raised before the breach (the counsellor's own story) must still take the reflection
there away."""

from __future__ import annotations

import json

import pytest

from simulator.content.loading import RubricSet
from simulator.scoring import Scorer
from simulator.scoring.results import result_to_record
from tests.helpers import ROOT, opening, shipped_scenarios
from tests.test_reflection_apart_from_a_breach import (
    NOTHING_SAID_BACK_BEFORE_THE_BREACH,
    REFLECTED_BEFORE_THE_BREACH,
)

# The counsellor's own story before the reflection and the breach: boundaries raises
# self_disclosure in the part read apart, and paraphrasing's talks_about_self reads it there.
OWN_STORY_BEFORE_THE_BREACH = [
    "I get it, I went through the same with my ex. It sounds so draining. You need to block him.",
    "honestly been there myself last yr. sounds rly draining. just block him",
    "When I was working I felt exactly like that. You're exhausted. Just take a break from it.",
    "I've had a punter like that too, years ago. That sounds frightening. Ring the police.",
    "I went through the exact same thing with my own ex. You must be so worn down. You should "
    "change your number.",
]

# Breaches whose flags paraphrasing does not read (agreeing with harm, abandoning, a
# relationship outside the work) and limits (asking first) before and after a reflection.
OTHER_BOUNDARIES = [
    "It makes sense you'd want it all to stop. You should talk to someone today.",
    "Can I share an idea? You sound worn out. You could take a night off.",
    "You sound so alone in this. We could meet up for a drink outside the group.",
    "That's not something I can help with. You're scared. Just leave him.",
]

REPLIES = [
    *REFLECTED_BEFORE_THE_BREACH,
    *NOTHING_SAID_BACK_BEFORE_THE_BREACH,
    *OWN_STORY_BEFORE_THE_BREACH,
    *OTHER_BOUNDARIES,
]


@pytest.fixture(scope="module")
def two_ways(rubrics: RubricSet) -> tuple[Scorer, Scorer]:
    pruning, reading_all = Scorer(rubrics), Scorer(rubrics)
    reading_all.apart_pruning = False
    return pruning, reading_all


def _read_apart_count(scorer: Scorer) -> list[int]:
    """Counts the replies `scorer` reads apart (wraps the bound method on this instance)."""
    count = [0]
    read_apart = scorer._read_apart

    def counting(*args: object) -> object:
        count[0] += 1
        return read_apart(*args)  # type: ignore[arg-type]

    scorer._read_apart = counting  # type: ignore[assignment,method-assign]
    return count


@pytest.mark.parametrize("scenario", shipped_scenarios(), ids=lambda s: s.id)
def test_reading_apart_less_changes_no_result(
    two_ways: tuple[Scorer, Scorer], scenario: object
) -> None:
    pruning, reading_all = two_ways
    context, node = opening(scenario)  # type: ignore[arg-type]
    for reply in REPLIES:
        assert result_to_record(pruning.score(context, reply, node)) == result_to_record(
            reading_all.score(context, reply, node)
        ), reply


def test_reading_apart_less_changes_no_result_on_the_projects_replies(
    rubrics: RubricSet,
) -> None:
    pruning, reading_all = Scorer(rubrics), Scorer(rubrics)
    reading_all.apart_pruning = False
    read_apart = _read_apart_count(pruning)
    for line in (ROOT / "tests" / "data" / "peer_replies.jsonl").read_text().splitlines():
        item = json.loads(line)
        context, reply = item.get("context"), item["response"]
        assert result_to_record(pruning.score(context, reply)) == result_to_record(
            reading_all.score(context, reply)
        ), reply
    assert read_apart[0] > 20  # the comparison covers replies read apart


def test_the_part_read_apart_skips_what_paraphrasing_cannot_see(rubrics: RubricSet) -> None:
    scorer = Scorer(rubrics)
    plan = scorer._apart_plan("boundaries", "paraphrasing")
    assert plan is not None
    kept = {step[0].id for step in plan}
    # Flags paraphrasing does not read, and a limit no kept criterion names: not looked for.
    assert not kept & {"agrees_with_the_wish_to_die", "peer_asked_for_ideas"}
    # ...unless a kept criterion names it: `commands_together` (stop 19) is dropped beside
    # `abandons`, so whether it is kept depends on reading `abandons`.
    assert "abandons" in kept
    # Flags it reads, what decides whether those are kept, and a scenario's pitfalls (their
    # hits raise the pitfall's flag, not the criterion's): looked for.
    assert {"shares_own_story", "commands", "asks_permission", "scenario_pitfall"} <= kept
    assert {"said_as_theirs_after", "not_the_work_that"} <= kept
    off = Scorer(rubrics)
    off.apart_pruning = False
    assert off._apart_plan("boundaries", "paraphrasing") is None


@pytest.mark.parametrize(
    "reply",
    [
        "I get it, I went through the same with my ex. It sounds so draining. You need to block him.",
        "I've had a punter like that too, years ago. That sounds frightening. Ring the police.",
        "I went through the exact same thing with my own ex. You must be so worn down. You "
        "should change your number.",
    ],
)
def test_own_story_before_the_breach_still_takes_the_reflection_away(
    two_ways: tuple[Scorer, Scorer], reply: str
) -> None:
    """Its own story before the reflection is a breach of its own (self_disclosure, not one
    paraphrasing reads apart from): read apart, the reflection still loses its weight there
    (reading no boundaries criterion apart would give a simple reflection)."""
    pruning, _ = two_ways
    context = "I'm so tired of all of it, my ex keeps texting me and I can't sleep."
    result = pruning.score(context, reply).skills["paraphrasing"]
    assert result.level == 0
    assert "talks_about_self" in {e.criterion for e in result.evidence}
