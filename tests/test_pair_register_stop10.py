"""Issue #11 (stop 10, i11-pair5): advice said as a general rule or tucked after "but"/"so",
in PAIR's register.

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

An instruction joined to what came before by "but" or "so" ("I know it sounds scary, but
consider what you'd gain", "it takes time, so please be patient with yourself", "slip-ups
happen, but remember why you stopped"), or after a comma when it is "be patient", "be firm"…
or "please…", directs the peer as a sentence-opening one does (`commands_after_a_joint`).
Near misses: a list of what the peer does ("you sit in the car park, think about going in"),
"but you keep thinking…", and a "so" that leads into their own feeling.

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


#: An instruction after "but" or "so", or "…, be firm", "…, please…": advice, directing.
JOINED_INSTRUCTIONS = (
    "I know cutting back sounds hard, but consider what you'd gain.",
    "It takes time, so please be patient with yourself.",
    "Slip-ups happen, but remember why you stopped.",
    "Relapse is part of quitting, but be honest with your doctor about it.",
    "Kids test limits, be firm and consistent.",
    "ok the gym is closed but think about a walk round the block",
    "Withdrawal is rough, so seek support from your GP.",
    "Smoking is very bad, so please think about your baby.",
    "Your sugar was high this week, so be more careful with the sweets.",
    "Insulin is scary at first, but keep in mind it keeps you out of hospital.",
)

#: What the peer does or feels, with the same joints: not an instruction.
NOT_AN_INSTRUCTION = (
    "You sit in the car park, think about going in, and drive home again.",
    "You want to quit, but you keep thinking about how the first week went.",
    "One cigarette at a party, and now you're back at half a pack, so it feels like you're starting over.",
    "You had one at a party and it snowballed, so you're wondering if you can ever have just one.",
    "You try to be patient with him, but the whining wears you down.",
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


@pytest.mark.parametrize("reply", JOINED_INSTRUCTIONS, ids=lambda v: v[:30])
def test_an_instruction_after_but_or_so_directs_in_every_scenario(
    scorer: Scorer, reply: str
) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "advice" in boundaries.flags, (scenario_id, reply, boundaries.flags)
        assert boundaries.level >= 1, (scenario_id, reply, boundaries.level)


@pytest.mark.parametrize("reply", NOT_AN_INSTRUCTION, ids=lambda v: v[:30])
def test_what_they_do_with_the_same_joints_is_not_an_instruction_in_every_scenario(
    scorer: Scorer, reply: str
) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "directing" not in boundaries.flags, (scenario_id, reply, boundaries.flags)
