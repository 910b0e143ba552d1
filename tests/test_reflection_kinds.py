"""Reflections of more kinds, and a judgment that is not one (issue 11, item 1): our own probe
replies over the first moment of all 12 shipped scenarios.

- A reply that tells the peer their reaction is wrong, or corrects or judges them, is not a
  reflection, even when it takes up what mattered to them; it earns no paraphrasing ✓.
- Reflections that hold two sides ("torn between…", "both at once"), that leave out "you"
  ("Drained by all of it.") or that are hedged ("It may be that…") say back their experience.

Wordings vary on purpose: texting, no apostrophes, typos, formal, long and short.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

# Telling them their reaction is wrong, correcting or judging them: not a reflection.
JUDGES_THEM = [
    "You're overreacting, honestly.",
    "ur being way too dramatic about this",
    "Youre making a big deal out of nothing.",
    "I think you're blowing it out of proportion.",
    "That's just an excuse, and deep down you know it.",
    "You're kidding yourself if you think it'll change.",
    "You don't understand how this works. Let me explain it to you.",
    "You're being paranoid about the whole thing.",
    "Sounds like you are making excuses again.",
    "You're not being fair to them at all.",
    "Stop making excuses for yourself, you're in denial.",
    "You're way too sensitive about what people say.",
    "honestly ur overthinking it",
    "You acted badly and you know it.",
]
# Two sides held together: a reflection of ambivalence.
TWO_SIDED = [
    "Torn between needing the money and being done with it.",
    "Stuck between wanting out and not seeing how.",
    "Relieved and scared, both at once.",
    "Caught between what your family expects and what you need.",
    "Part of you wants to keep going and part of you has had enough.",
    "Wanting to say something and dreading what happens if you do.",
    "on one hand the money, on the other hand how it leaves u feeling",
    "Pulled in two directions by all of it.",
    "Angry at them and still wanting them in your life, all at the same time.",
    "Both tired of it and not ready to let it go.",
]
# A feeling or state said back without "you" (as people talk and text).
WITHOUT_YOU = [
    "Completely worn down by all of it.",
    "Disappointed in yourself for letting it slide.",
    "Scared of what comes next.",
    "Sick of having to explain yourself to everyone.",
    "fed up with being messed around",
    "Exhausted by the back and forth.",
    "Ashamed about how it ended, even though it wasn't on you.",
    "Frustrated with the whole system.",
    "tired of being treated like that",
    "Really shaken by what happened.",
]
# A tentative reflection, hedged as a guess.
HEDGED = [
    "It may be that the worry is bigger than the thing itself right now.",
    "It might be that what hurts most is not being believed.",
    "Perhaps the hardest part is not knowing who to trust.",
    "Maybe part of it is that nobody asked how you were.",
    "maybe the not knowing is the worst bit",
    "Could be that you've just had enough of fighting for it.",
    "Possibly it feels like no one is on your side.",
    "It may well be that rest feels out of reach at the moment.",
    "Perhaps it's less about the money and more about being respected.",
    "Maybe what's getting to you most is how alone it feels.",
]


def _paraphrasing(scorer: Scorer, scenario: Scenario, reply: str) -> int:
    context, node = opening(scenario)
    return scorer.score(context, reply, node).skills["paraphrasing"].level


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_judging_their_reaction_is_not_a_reflection(scorer: Scorer, scenario: Scenario) -> None:
    wrong = [reply for reply in JUDGES_THEM if _paraphrasing(scorer, scenario, reply) != 0]
    assert not wrong, wrong


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_judging_their_reaction_earns_no_paraphrasing_strength(
    scorer: Scorer, scenario: Scenario
) -> None:
    """Taking up their words and then telling them their reaction is wrong earns no ✓ for
    "picking up what mattered" or for saying anything back."""
    context, node = opening(scenario)
    key = node.key_points[0].point if node.key_points else context
    for judgment in ("but you're overreacting", "but honestly youre being dramatic"):
        reply = f"{key.rstrip('.')}, {judgment}."
        result = scorer.score(context, reply, node)
        paraphrasing = result.skills["paraphrasing"]
        assert paraphrasing.level == 0, (reply, paraphrasing.evidence)
        assert "picked up what mattered" not in result.feedback.strength, reply
        assert "said back" not in result.feedback.strength, reply


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
@pytest.mark.parametrize(
    "replies",
    [TWO_SIDED, WITHOUT_YOU, HEDGED],
    ids=["two-sided", "without you", "hedged"],
)
def test_these_say_back_their_experience(
    scorer: Scorer, scenario: Scenario, replies: list[str]
) -> None:
    wrong = [reply for reply in replies if _paraphrasing(scorer, scenario, reply) < 1]
    assert not wrong, wrong
