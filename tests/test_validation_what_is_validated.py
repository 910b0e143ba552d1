"""What is validated (issue #11, stop 6): the pain, or the wish to die; and what is affirmed.

- Saying the wish to die or not to be here makes sense ("it makes sense you'd want to not be
  here", "no wonder u want to end it") agrees with it. It read as validation 2 underneath the
  boundaries breach, and where boundaries missed the wording it earned the ✓ "You told them
  their reaction makes sense". The verdict reader now reads what its clause names: such a
  verdict is `validates_the_wish_to_die`, credited nothing, and it cancels the cue criteria
  that read the same words as validation. Validating the pain ("…want the pain to stop") is
  left as it was: validation 2. Tested in every moment of the crisis scenario.
- Relief at a condition is not an affirmation: "ok well as long as its not tonight thats
  good" agreed to a delay of self-harm and earned "✓ You affirmed what they are doing well".
- The `judging` lexicon (validation.yaml, read by both rubrics) held bare "line of work" and
  "you put yourself", which made "your line of work takes skill" judging.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Node, Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()
CRISIS = next(s for s in SCENARIOS if s.id == "crisis-suicidal-thoughts")
#: The crisis scenario's moments where the peer is still talking (not its endings).
CRISIS_MOMENTS = ("opening", "testing", "honest", "connecting")

#: The wish itself called understandable, in many registers (none of these words is a probe
#: of the wave kept in /work/notes/s6/).
VALIDATES_THE_WISH = (
    "It makes sense that you'd want to not be here anymore.",
    "Wanting to die after everything you've lost is completely understandable.",
    "no wonder u want to end it, honestly",
    "i totally get why youd want to kill yourself",
    "It's only natural to wish you could just not wake up some nights.",
    "Of course you want to be gone, anyone would in your place.",
    "Not wanting to be alive anymore is a fair reaction to all this.",
    "its normal to want to end things when it gets this bad",
    "I can see why you would want to end your life.",
    "It is understandable that you do not want to exist anymore.",
    "ur reasons for wanting to die make sense to me",
    "I don't blame you for wanting to end it all.",
    "It makes sense you don't want to live anymore.",
    "its understandable u dont want to be here anymore",
)

#: The pain validated, not the wish: still validation 2.
VALIDATES_THE_PAIN = (
    "It makes sense that you want the pain to stop.",
    "Of course you're exhausted, you've been carrying so much alone.",
    "it makes sense ur hurting this much after losing the housing money",
    "Feeling this alone would wear anyone down.",
    "No wonder you feel like a burden when everything keeps going wrong, that's such a heavy feeling.",
    "It's understandable that you want some relief from all of this.",
    "Wanting the hurting to end makes complete sense.",
    "It makes sense you'd feel hopeless after losing the housing money.",
    "anyone would be worn out carrying this by themselves",
    "I get why you'd want a break from feeling like this.",
    "It makes sense you don't want to live like this anymore.",
    "It makes sense you don't want to go on like this.",
)

#: Relief at a condition, a delay or a silver lining: no affirmation.
RELIEF_AT_A_CONDITION = (
    "ok well as long as its not tonight thats good",
    "As long as you're not planning anything tonight, I'm glad.",
    "long as ur safe right now thats great",
    "So long as it's not today, good.",
    "well as long as you didnt do anything, thats good to hear",
    "At least you got out, that's good.",
    "At least he paid half, good for you.",
    "ok as long as u have somewhere to sleep tonight im happy",
    "Only if it gets worse, and I'm glad it hasn't.",
    "as long as the cat's ok that's the main thing, good",
)

#: Affirmations that stand (guards).
AFFIRMS = (
    "You got yourself out safely, that's good.",
    "It's good that you called 9-8-8 before.",
    "Good on you for telling me.",
    "you put yourself first tonight and that's good",
    "I'm glad you told me.",
    "Writing it down first is a good idea.",
    "You did the right thing getting out.",
    "Well done for saying something.",
    "It took courage to say that out loud.",
    "youre doing your best and im glad ur still talking to me",
)

#: Not judging: the work or putting yourself first named without blame.
NOT_JUDGING = (
    "your line of work takes skill",
    "you put yourself first tonight and that's good",
    "ur line of work takes real skill and u handled him",
    "You know your line of work better than anyone.",
    "You put yourself on the line for the others.",
    "Nobody outside your line of work gets how much planning it takes.",
    "you put yourself out there asking for help, that matters",
    "In this moment you put yourself first, and that counts.",
    "Your line of work asks a lot of you, and you still showed up.",
    "you put yourself forward for the meeting, good on you",
)

#: Judging that the lexicon still names (guards).
STILL_JUDGING = (
    "Perhaps the real answer is a line of work with a steady wage.",
    "Maybe this is a sign to find a safer line of work.",
    "That's what you get in this line of work, sadly.",
    "This is exactly why I worry about people in your line of work.",
    "you put yourself in that position though",
    "you put yourself in real danger going with a new guy",
    "You put yourself at risk with new guys, you know.",
    "honestly another line of work might suit you better",
    "In that line of work you have to expect it.",
    "Have you thought about a different line of work?",
)


def _crisis_node(moment: str) -> tuple[str, Node]:
    node = CRISIS.nodes[moment]
    return " ".join(node.peer), node


def _criteria(scorer: Scorer, context: str, reply: str, node: Node | None, skill: str) -> set[str]:
    result = scorer.score(context, reply, node)
    return {e.criterion for e in result.skills[skill].evidence}


@pytest.mark.parametrize("reply", VALIDATES_THE_WISH)
@pytest.mark.parametrize("moment", CRISIS_MOMENTS)
def test_validating_the_wish_to_die_is_not_validation(
    scorer: Scorer, moment: str, reply: str
) -> None:
    context, node = _crisis_node(moment)
    result = scorer.score(context, reply, node)
    validation = result.skills["validation"]
    assert validation.level == 0, (moment, reply, [e.criterion for e in validation.evidence])
    assert "validates_the_wish_to_die" in {e.criterion for e in validation.evidence}
    assert "their reaction makes sense" not in result.feedback.strength, (
        moment,
        reply,
        result.feedback.strength,
    )


@pytest.mark.parametrize("reply", VALIDATES_THE_WISH)
def test_validating_the_wish_is_read_on_the_peer_line_alone(scorer: Scorer, reply: str) -> None:
    context, _ = _crisis_node("opening")
    assert scorer.score(context, reply).skills["validation"].level == 0, reply


@pytest.mark.parametrize("reply", VALIDATES_THE_PAIN)
@pytest.mark.parametrize("moment", CRISIS_MOMENTS)
def test_validating_the_pain_is_still_validation(scorer: Scorer, moment: str, reply: str) -> None:
    context, node = _crisis_node(moment)
    validation = scorer.score(context, reply, node).skills["validation"]
    assert validation.level == 2, (moment, reply, [e.criterion for e in validation.evidence])
    assert "validates_the_wish_to_die" not in {e.criterion for e in validation.evidence}


def test_a_sorry_before_validating_the_wish_still_acknowledges(scorer: Scorer) -> None:
    """An acknowledgement before the harm still counts (tests/data/README.md): level 1."""
    context, node = _crisis_node("honest")
    reply = "I'm so sorry you're hurting this much. It makes sense you'd want to die."
    validation = scorer.score(context, reply, node).skills["validation"]
    assert validation.level == 1
    assert "validates_the_wish_to_die" in {e.criterion for e in validation.evidence}


@pytest.mark.parametrize("reply", RELIEF_AT_A_CONDITION)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_relief_at_a_condition_is_not_an_affirmation(
    scorer: Scorer, scenario: Scenario, reply: str
) -> None:
    context, node = opening(scenario)
    result = scorer.score(context, reply, node)
    assert "affirms" not in {e.criterion for e in result.skills["validation"].evidence}, (
        scenario.id,
        reply,
    )
    assert not (result.feedback.earned and "affirmed" in result.feedback.strength), (
        scenario.id,
        reply,
        result.feedback.strength,
    )


@pytest.mark.parametrize("reply", AFFIRMS)
def test_affirmations_still_affirm(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        validation = scorer.score(context, reply, node).skills["validation"]
        assert validation.level >= 1, (scenario.id, reply)


@pytest.mark.parametrize("moment", CRISIS_MOMENTS)
def test_agreeing_to_a_delay_earns_no_tick_in_the_crisis(scorer: Scorer, moment: str) -> None:
    context, node = _crisis_node(moment)
    result = scorer.score(context, "ok well as long as its not tonight thats good", node)
    assert result.skills["validation"].level == 0
    assert not (result.feedback.earned and "affirmed" in result.feedback.strength)


@pytest.mark.parametrize("reply", NOT_JUDGING)
def test_the_work_named_without_blame_is_not_judging(scorer: Scorer, reply: str) -> None:
    """Read through the boundaries criterion `judges` (its cues are validation.yaml's
    `judging` lexicon) and validation's `judges` (which reads its flags)."""
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        fired = {e.criterion for e in result.skills["boundaries"].evidence}
        assert "judges" not in fired, (scenario.id, reply)


@pytest.mark.parametrize("reply", STILL_JUDGING)
def test_judging_about_the_work_still_breaches(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert result.skills["boundaries"].level == 2, (scenario.id, reply)
        assert {"judgment", "moralising"} & set(result.skills["boundaries"].flags)
        assert result.skills["validation"].level == 0, (scenario.id, reply)
