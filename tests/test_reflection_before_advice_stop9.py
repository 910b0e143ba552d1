"""A feeling of the situation said back before advice is still a reflection (issue #11, stop 9).

Wave 4's open half showed "mixed" replies scored 0 when the sentence before the advice said
back how the situation feels rather than naming the peer's own feeling, want or doubt ("That
was so humiliating for you. Maybe talk to the coordinator", "Part of you is done with them and
part of you knows testing matters. Go back but bring a friend"): `said_back_before_the_breach`
reads only sentences with a feeling, want or doubt in them, so the advice's penalty sank them.
`reflected_before_the_breach` gives it back when that sentence already reflects (the feeling of
the situation, or both sides) and says back their experience, in a sentence of its own before
advice, an order or rescuing.

Near misses stay 0: advice alone, a verdict or praise about them before the advice ("You're not
trying hard enough", "You're ready for a change", "You are strong"), a general truth ("Everyone
gets tired", "It's important to rest").

Our own wordings (non-native tags "no?", "po", texting, British), over all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

FEELING_OF_IT_THEN_ADVICE = [
    "That is very stressful for you, no? You can go to the drop-in tomorrow.",
    "That was so humiliating for you. Maybe talk to the coordinator about it.",
    "This is so painful for you, po. Rest first, then we see.",
]

ADVICE_WITHOUT_A_REFLECTION = [
    "Call the drop-in tomorrow and ask for help.",
    "You're ready for a change. Let's look at your options.",
    "You're not trying hard enough. You have to change your routine.",
    "Everyone gets tired. Just push through it.",
    "It's important to rest. Take tomorrow off.",
    "You are strong. Go and tell them what you want.",
]


@pytest.mark.parametrize("reply", FEELING_OF_IT_THEN_ADVICE)
def test_the_feeling_of_it_said_back_before_advice_is_a_reflection(
    scorer: Scorer, reply: str
) -> None:
    missed = [sid for sid, res in at_each_opening(scorer, "paraphrasing", reply) if res.level < 1]
    assert not missed, f"{reply!r} scored no reflection at {missed}"


@pytest.mark.parametrize("reply", ADVICE_WITHOUT_A_REFLECTION)
def test_advice_without_a_reflection_stays_none(scorer: Scorer, reply: str) -> None:
    credited = [
        sid for sid, res in at_each_opening(scorer, "paraphrasing", reply) if res.level >= 1
    ]
    assert not credited, f"{reply!r} scored a reflection at {credited}"
