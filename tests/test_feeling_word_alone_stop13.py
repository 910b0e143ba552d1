"""Issue #11 (stop 13): a word for how it feels, standing alone as a sentence, is a reflection.

tests/data/README.md: a validating reply is also a simple reflection when it states the
peer's own feeling or situation ("that sounds terrifying"); "so frustrating" and "that's
terrifying" were read so, but the same word with nothing around it ("omg. terrifying.",
"Scary." after a telegraphic summary, wave 6) was not. Now a feeling-of-situation word that
ends a sentence of its own (after an interjection, "how" or "so" at most) reflects the
feeling of the situation. Near misses stay 0: a difficulty word of clause_generic alone
("Rough."), the word asked about ("Is it scary?") or said of someone else ("Terrifying for a
landlord, I guess."). Checked at the opening of all 12 shipped scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

FEELING_WORD_ALONE = (
    "omg. terrifying.",
    "Terrifying.",
    "god, how humiliating",
    "heartbreaking 😣",
    "Oof. Exhausting.",
    "so isolating...",
)
NOT_SAID_BACK = (
    "Rough.",
    "Is it scary?",
    "Terrifying for a landlord, I guess.",
)


@pytest.mark.parametrize("reply", FEELING_WORD_ALONE, ids=lambda v: v[:30])
def test_a_feeling_word_standing_alone_is_a_reflection(scorer: Scorer, reply: str) -> None:
    lost = [sid for sid, r in at_each_opening(scorer, "paraphrasing", reply) if r.level < 1]
    assert not lost, (reply, lost)


@pytest.mark.parametrize("reply", NOT_SAID_BACK, ids=lambda v: v[:30])
def test_a_generic_word_a_question_or_someone_elses_feeling_is_no_reflection(
    scorer: Scorer, reply: str
) -> None:
    wrong = [sid for sid, r in at_each_opening(scorer, "paraphrasing", reply) if r.level != 0]
    assert not wrong, (reply, wrong)
