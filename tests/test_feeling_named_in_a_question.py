"""Issue #11 (stop 13): a feeling of theirs named inside a question notices it (validation 1).

The labelling convention since wave 3 (tests/data/README.md: "A feeling word inside a question
… notices the feeling: validation 1") was never built: every feeling pattern refused a sentence
ending in "?", and two older tables asserted the opposite. Waves 4 to 7 are labelled by the
convention. A question that names no feeling, a "why" question, a glad or neutral word, a
physical "hurt", the speaker's own feeling, and a warning asked as a negative question ("aren't
you worried he'll…?", at risk by the same README) stay 0. Our own wordings, in all 12 scenarios.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import at_each_opening, reply_cases

NAMED_AND_ASKED = (
    "Are you still scared he'll find you?",
    "r u exhausted from all of it?",
    "Is the fear of people finding out the worst part?",
    "does the work stress you out?",
    "How long has the fear been there?",
    "What's the scariest part for you right now?",
    "So is it the shame that's hardest, or the money?",
    "were you really frightened when it happened?",
)

NOT_NAMED = (
    "How are you feeling now?",
    "Are you alone right now?",
    "Would you be happy to talk about it a bit more?",
    "Are you hurt anywhere?",
    "Aren't you worried he'll come after you?",
    "I was scared too once, do you know what I mean?",
    "What do you want to do next?",
)


@reply_cases(NAMED_AND_ASKED)
def test_a_feeling_named_in_a_question_is_noticed(scorer: Scorer, reply: str) -> None:
    for scenario_id, validation in at_each_opening(scorer, "validation", reply):
        assert validation.level >= 1, (scenario_id, reply)


@reply_cases(NOT_NAMED)
def test_a_question_naming_no_feeling_of_theirs_is_not(scorer: Scorer, reply: str) -> None:
    for scenario_id, validation in at_each_opening(scorer, "validation", reply):
        assert validation.level == 0, (
            scenario_id,
            reply,
            [e.criterion for e in validation.evidence],
        )
