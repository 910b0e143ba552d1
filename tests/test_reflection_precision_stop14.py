"""Issue #11 (stop 14, i14-pair): reflection families found on wave 7's dev half and PAIR.

Third-person restatements. "He took all your money, and going to police feels too risky
because of immigration" says back what happened to the peer with someone else as the
subject. The rubric reads such a clause as a reflection unless it guesses at that person's
reasons, predicts, or excuses them ("he was probably drunk", "she'll come round", "…too").
Those guard words were looked for in the whole sentence, so a "too" or a "going to" in the
*next* clause ("going to police feels too risky") cancelled the reflection before it. They
are now read in the clause that says what the person did. Near misses, where the guard
word belongs to the same clause as the person ("He didn't mean to hurt you, he was probably
just drunk too"), stay 0.

Each reply is scored at the opening of all 12 shipped scenarios, in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

THIRD_PERSON_THEN_A_GUARD_WORD = (
    "He took all your money, and going to police feels too risky because of immigration.",
    "He grabbed your wrist and wouldn't let go, and going back there feels too dangerous now.",
    "She has seen your profile, and telling your parents could be next.",
    "The client took every penny off you, and the police feel like too big a gamble for you.",
)
GUESSES_AT_THEIR_REASONS = (
    "He didn't mean to hurt you, he was probably just drunk too.",
    "She saw your profile, she's probably just worried about you too.",
    "The landlord has every right to ask you to go, it's his property too.",
)


def _levels(scorer: Scorer, reply: str) -> dict[str, int]:
    return {sid: r.level for sid, r in at_each_opening(scorer, "paraphrasing", reply)}


@pytest.mark.parametrize("reply", THIRD_PERSON_THEN_A_GUARD_WORD, ids=lambda v: v[:40])
def test_what_someone_did_to_them_said_back_is_a_reflection(scorer: Scorer, reply: str) -> None:
    lost = [sid for sid, level in _levels(scorer, reply).items() if level < 1]
    assert not lost, (reply, lost)


@pytest.mark.parametrize("reply", GUESSES_AT_THEIR_REASONS, ids=lambda v: v[:40])
def test_a_guess_at_their_reasons_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [sid for sid, level in _levels(scorer, reply).items() if level != 0]
    assert not wrong, (reply, wrong)
