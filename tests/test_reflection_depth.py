"""What makes a reflection complex (issue 11, item 1): only what says something back.

A simple reflection followed by an offer, a question, an instruction, thanks or a verdict on
someone else is long and full of new words, but the extra words add no feeling or meaning of
theirs: it stays a simple reflection (level 1). The length is read from the clauses that say
something back (`extras_make_it_long` in rubrics/paraphrasing.yaml: a `length` criterion with
a `clause:` condition and `clause_test: none`). A reflection that names a feeling, checks
understanding or holds two sides is still complex with an offer or a question after it.

Our own probe replies over the first moment of all 12 shipped scenarios; wordings vary on
purpose (texting, formal, long and short).
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, opening_level, shipped_scenarios

SCENARIOS = shipped_scenarios()

# A simple reflection, then something that is not a reflection at all: level 1, not 2.
# (All were complex in most scenarios before.)
SIMPLE_THEN_EXTRA = [
    "You're dealing with a lot right now. Would it be okay if I shared a couple of things "
    "other people have found useful, only if you want?",
    "you've had a rough time of it. want me to send you a list of places that do drop-ins on "
    "weekends and evenings?",
    "You're carrying a lot. Nobody should have to put up with being treated like that by people "
    "who are supposed to be there for you.",
    "You're going through so much. I'm here every Tuesday and Thursday evening, and I'm glad to "
    "keep talking whenever you want.",
    "You are going through a great deal. Is it alright with you if I describe the options that "
    "other people in similar circumstances have considered?",
    "You've been through a lot lately. If you ever want, I can walk you through how the drop-in "
    "centre's weekend service works.",
    "you're dealing with so much rn. can I tell you about a group some people from the "
    "community go to on mondays?",
    "You've been going through a lot. What would you like to talk about first, the practical "
    "side or how it has been for you?",
]
# Depth that is theirs (a feeling, a frame, two sides), with an offer or question after it.
COMPLEX_THEN_EXTRA = [
    "You're dealing with a lot, and I get the sense you feel pretty alone with all of it. "
    "Would it help if I shared what others have done?",
    "It sounds like you're scared and worn out, and you're trying so hard to hold it all "
    "together. Can I ask what would help most tonight?",
    "ur exhausted and kind of alone in this, and it seems like nobody's really listening to "
    "you. want to talk through what comes next?",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_what_stands_beside_a_simple_reflection_does_not_make_it_complex(
    scorer: Scorer, scenario: Scenario
) -> None:
    levels = {
        reply: opening_level(scorer, "paraphrasing", scenario, reply) for reply in SIMPLE_THEN_EXTRA
    }
    assert {r: lv for r, lv in levels.items() if lv != 1} == {}


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_depth_of_their_own_stays_complex_beside_an_offer_or_question(
    scorer: Scorer, scenario: Scenario
) -> None:
    levels = {
        reply: opening_level(scorer, "paraphrasing", scenario, reply)
        for reply in COMPLEX_THEN_EXTRA
    }
    assert {r: lv for r, lv in levels.items() if lv != 2} == {}


def test_the_complex_next_step_is_not_given_for_a_simple_reflection_with_an_offer(
    scorer: Scorer,
) -> None:
    """What a trainee sees: the simple level's next step (go one step deeper), not the
    complex one's praise."""
    context, node = opening(SCENARIOS[0])
    result = scorer.score(context, SIMPLE_THEN_EXTRA[0], node).skills["paraphrasing"]
    assert result.level_name == "simple"
    assert "deeper" in result.next_step.lower() or "feeling" in result.next_step.lower()
