"""A question typed without its question mark is still only a question.

Our own probe replies (texting style, no apostrophes, formal), over the first moment of
every shipped scenario. Trainees often leave off the "?" ("why didnt you say something",
"r u ok"); the reply asks, it doesn't say back what the peer said, so it is no reflection
and its next step names the question. Statements that open with a question word ("How
hard that must be.") or carry on after a comma stay statements.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import shipped_scenarios

SCENARIOS = shipped_scenarios()

UNMARKED_QUESTIONS = [
    "why didnt you tell anyone",
    "what did you do after that",
    "how are u holding up",
    "did you tell anyone",
    # ("are u safe right now" is a direct safety question, not only a question: its step builds
    # on it, see tests/test_feedback_at_moments_of_risk.py)
    "are u still at the same place",
    "When did all this start.",
    "Could you say a bit more about that",
    "r u ok",
    "do u want to talk about it",
    "so how long has it been like this",
    "Would you be willing to tell me more about what happened.",
    "where are you staying tonight",
    "is there anyone you trust with this",
]

#: Statements that open like a question, or go on after a comma: not questions only.
STATEMENTS = [
    "How hard that must be.",
    "What you went through sounds terrifying.",
    "How you kept going through all that, it sounds exhausting.",
    "are you kidding, that sounds awful",
    "Is it any wonder you're exhausted, with everything on your plate.",
    "It sounds like you're carrying so much right now.",
    "what a lot to carry, you've been holding it all on your own",
    "How lonely that must feel.",
    "You're worn out and nobody seems to notice.",
    "Did everything you could and it still feels like too much.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_question_without_its_mark_is_only_a_question(scorer: Scorer, scenario: Scenario) -> None:
    node = scenario.nodes[scenario.start_id]
    for reply in UNMARKED_QUESTIONS:
        result = scorer.score(" ".join(node.peer), reply, node)
        paraphrasing = result.skills["paraphrasing"]
        fired = [e.criterion for e in paraphrasing.evidence]
        assert paraphrasing.level == 0, (reply, fired)
        assert "only_questions" in fired, (reply, fired)
        if result.skills["boundaries"].level == 0:  # a boundary's step comes first
            assert "you only asked a question" in result.feedback.next_step.lower(), reply


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_statement_that_opens_like_a_question_is_not_only_a_question(
    scorer: Scorer, scenario: Scenario
) -> None:
    node = scenario.nodes[scenario.start_id]
    for reply in STATEMENTS:
        paraphrasing = scorer.score(" ".join(node.peer), reply, node).skills["paraphrasing"]
        fired = [e.criterion for e in paraphrasing.evidence]
        assert "only_questions" not in fired, (reply, fired)
