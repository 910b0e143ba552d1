"""Issue #11 (stop 10, i11-pair5): advice said as a general rule, in PAIR's register.

PAIR (motivational-interviewing replies about health behaviour) holds advice that names no
"you" and no modal: a rule that says which way of doing it is the way ("cutting down slowly
is easier than stopping all at once", "a quit date is the first step", "checking before meals
is what keeps the numbers steady"). The README's convention counts a rule or a fact that tells
the peer what to do as a lecture, advice at risk (`lectures`); before stop 10 the rubric read
lectures that rule, warn, compare risks or say what works only if…, not a rule that names the
way, the first step, the key, the easier or healthier option, or what keeps things right.

Near misses, in the same shapes, stay unflagged: the same judgement said back as theirs ("For
you, smoking with the others is what keeps the breaks bearable", "you think cutting down is
easier"), what keeps *them* going ("…is what keeps you going"), the way *they* do something
("…is the way you keep yourself from being judged") and a first step they took ("…the first
step you've taken in months").

Every reply is our own probe in the PAIR register (smoking, drinking, diabetes, diet,
exercise; plain, texting, British, formal and second-language wordings), none from PAIR or a
labelled set; every row is checked at the first moment of all 12 shipped scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

#: A rule that names the way to do it: advice (a lecture), at risk.
RULES = (
    "Cutting down slowly is easier than stopping all at once.",
    "A quit date is the first step.",
    "Checking before meals is what keeps the numbers steady.",
    "Rotating fingers is the way to keep them from getting sore.",
    "Having a few alcohol-free nights a week is the healthy way to drink.",
    "tbh small swaps are the right approach",
    "Honestly, a food diary is the key.",
    "Regular check-ups are a sensible habit at your age.",
    "Swapping to a smaller glass is the simplest start, love.",
    "Gradual reduction is generally the safest approach.",
    "Small portion is the first step for lose weight.",
    "Patches plus gum is how most smokers quit for good.",
    "A walk after dinner is gentler on your body than the gym.",
)

#: The same shapes said back as theirs, or about them: not advice.
NOT_A_RULE = (
    "For you, smoking with the others is what keeps the breaks bearable.",
    "You think cutting down slowly is easier than stopping all at once.",
    "Seeing your kids is what keeps you going.",
    "Avoiding the clinic is the way you keep yourself from being judged.",
    "Talking about it is the first step you've taken in months.",
    "It feels like skipping the checks is the only way to get a break from the needles.",
    "The needles are what you hate most about it.",
)


@pytest.mark.parametrize("reply", RULES, ids=lambda v: v[:30])
def test_a_rule_naming_the_way_is_advice_in_every_scenario(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "advice" in boundaries.flags, (scenario_id, reply, boundaries.flags)
        assert boundaries.level >= 1, (scenario_id, reply, boundaries.level)


@pytest.mark.parametrize("reply", NOT_A_RULE, ids=lambda v: v[:30])
def test_the_same_shape_said_back_is_not_advice_in_every_scenario(
    scorer: Scorer, reply: str
) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "advice" not in boundaries.flags, (scenario_id, reply, boundaries.flags)
