"""A reflection that ends in a tag asking the peer to confirm it is not "only a question"
(issue #11, stop 9).

Trainees writing English as a second language, and texters, check a reflection with a tag
rather than a rising "so you…": ", no?", ", right?", Portuguese ", né?", Tagalog ", di ba?",
", ya?", ", na?", ", innit?", ", correct?". The `only_questions` pattern read any one-sentence
reply ending in "?" that did not open with "you"/"it sounds" as a question and capped it at 0,
so "So the money worry is eating you up, di ba?" scored no reflection. A statement before the
tag now counts as a statement. Near misses stay 0: a suggestion with a tag ("Maybe you take a
break this week, ya?"), a real question with a tag ("What time is the appointment, no?"), a
general truth ("Everyone feels like this sometimes, no?").

Our own wordings over all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

A_REFLECTION_WITH_A_TAG = [
    "All week you carry this alone and now you are so tired, no?",
    "So the money worry is eating you up, di ba?",
    "u feel like ur running on empty rn, right?",
    "For you this is not only tired, it is also sad, correct?",
]

A_QUESTION_OR_SUGGESTION_WITH_A_TAG = [
    "Maybe you take a break this week, ya?",
    "Everyone feels like this sometimes, no?",
    "What time is the appointment, no?",
    "Is everything okay at home, right?",
    "How many hours you work now, né?",
    "It comes with the job, no?",
]


@pytest.mark.parametrize("reply", A_REFLECTION_WITH_A_TAG)
def test_a_reflection_checked_with_a_tag_is_a_reflection(scorer: Scorer, reply: str) -> None:
    missed = [sid for sid, res in at_each_opening(scorer, "paraphrasing", reply) if res.level < 1]
    assert not missed, f"{reply!r} scored no reflection at {missed}"


@pytest.mark.parametrize("reply", A_QUESTION_OR_SUGGESTION_WITH_A_TAG)
def test_a_question_or_suggestion_with_a_tag_is_not(scorer: Scorer, reply: str) -> None:
    credited = [
        sid for sid, res in at_each_opening(scorer, "paraphrasing", reply) if res.level >= 1
    ]
    assert not credited, f"{reply!r} scored a reflection at {credited}"
