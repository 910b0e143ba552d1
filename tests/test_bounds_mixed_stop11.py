"""Issue #11 (stop 11, i11-bmixed): a breach stays a breach when good moves or a hedge surround it.

Three mechanisms read a breach as said back, or did not read it, once a reflection, a
validation or a hedge came before it in the same sentence:

- The stance reader's clause ran across plain commas, so a said-back frame of the reflection
  ("You're scared, …", "you're not sure what happens next, …") governed the breach that came
  after the comma ("…, everybody's struggling with rent", "…, he was probably just stressed").
  A frame now stops at a comma that begins a new clause (scoring/stance.py `_reaches`).
- `commands` was read only where a sentence starts, so an instruction after a comma ("You're
  worn out, I get it, cut down to three nights", "I'm not telling you what to do, but honestly
  get out of that flat") went unread. It is now read at a clause start (`where: clause_start`).
- A frame word of belief said by the speaker ("I feel like…", "yeah I feel that, you need
  to…") was read as the peer's frame. The speaker's own belief is no frame now.
- A hedge's negator ("no offence but the police…", "no judgement but…") was read as negating
  the breach (`not_after: [no, not…]`). A word inside a `hedges` lexicon phrase is no frame.

Precision (the other direction): a reflection of the peer's own worry, the peer's plan or
choice said back with its steps after commas, someone else's words reported, an invitation to
talk and a reminder of what was just said hold the boundary.

Every reply is our own probe, in several registers (texting, British, formal, second-language);
none is from a labelled set or a wave. Every row is checked at the first moment of all 12
scenarios. Advice is at risk, not breached, where the peer asked for ideas (tell-me-what-to-do).
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

#: Where the peer asks for ideas at the opening: advice there is at risk (1), not breached.
ASKED_FOR_IDEAS = {"tell-me-what-to-do"}

#: A breach after a comma-joined reflection or validation (the stance reader's clause).
AFTER_A_REFLECTION = (
    "Sounds like ur mum's words really stung, tbh she's prob just worried about u tho",
    "You're scared, everybody's struggling with rent at the moment, it's not just you.",
    "You're gutted and you're not sure who to trust, well, to be fair they were only doing their job.",
    "You feel let down, that's fair, she probably just had a long shift.",
)

#: An instruction after a comma: after a reflection, a validation or a hedge.
INSTRUCTION_AFTER_A_COMMA = (
    "You're worn out and skint, I get it, cut down to three nights and see how you go.",
    "I'm not telling you what to do, but honestly get out of that flat as soon as you can.",
    "Oh great, another guy who didn't pay, what a surprise, maybe stop seeing randoms then.",
    "ngl that sounds rough babe, delete his number tonight",
    "You're knackered, totally get it, book a few days off next week.",
)

#: The speaker's own "I feel like / I feel that" before the breach.
OWN_VIEW = (
    "yeah I feel that, you need to take a proper week off",
    "Honestly I feel like she's only saying it because she loves you.",
)

#: A hedge whose negator negates nothing ("no offence but…") before the breach.
HEDGED = (
    "no offense but the cops can actually help with this",
    "no offence but the police are there to protect you",
    "no judgement but the cops could sort him out",
)

#: The peer's own worry, plan, choice or someone's words said back; an invitation; a reminder.
HOLDS = (
    "You're worried people will think the work is the problem, and that's a lot to carry.",
    "You feel like the landlord was only doing his job, and at the same time you're the one who lost out.",
    "You want to take tomorrow off, switch your phone off, just sleep.",
    "You're thinking you'll tell her tonight, get it over with.",
    "You don't know whether to stay, leave, or cut your hours.",
    "You'd like to tell your mum, be honest for once, but you're scared.",
    "Your sister keeps telling you, quit while you can, and it's wearing you down.",
    "ur gonna block him, delete the chat, n start fresh, that's ur call",
    "You're working every night, have to make rent somehow, and it's grinding you down.",
    "I'm here, talk to me whenever you need.",
    "It wasn't your fault, remember that.",
    "You matter, don't forget that.",
    "You said he was tired, but that doesn't make what he did okay.",
    "You don't want the police involved, no way.",
    "No offence taken at all, you can say whatever you need to here.",
    "You're scared, and you're not sure what happens next. What feels most pressing?",
)


def _not_breached(
    scorer: Scorer, reply: str, advice: bool
) -> list[tuple[str, int, tuple[str, ...]]]:
    return [
        (scenario, result.level, result.flags)
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if result.level < (1 if advice and scenario in ASKED_FOR_IDEAS else 2)
    ]


@pytest.mark.parametrize("reply", AFTER_A_REFLECTION)
def test_a_breach_after_a_comma_joined_reflection_is_a_breach(scorer: Scorer, reply: str) -> None:
    assert _not_breached(scorer, reply, advice=False) == []


@pytest.mark.parametrize("reply", INSTRUCTION_AFTER_A_COMMA)
def test_an_instruction_after_a_comma_directs(scorer: Scorer, reply: str) -> None:
    assert _not_breached(scorer, reply, advice=True) == []
    for scenario, result in at_each_opening(scorer, "boundaries", reply):
        assert "directing" in result.flags, scenario


@pytest.mark.parametrize("reply", OWN_VIEW)
def test_the_speakers_own_i_feel_like_is_no_frame(scorer: Scorer, reply: str) -> None:
    assert _not_breached(scorer, reply, advice=True) == []


@pytest.mark.parametrize("reply", HEDGED)
def test_a_hedge_is_no_negation_of_the_breach(scorer: Scorer, reply: str) -> None:
    assert _not_breached(scorer, reply, advice=False) == []


@pytest.mark.parametrize("reply", HOLDS)
def test_said_back_plans_invitations_and_reminders_hold(scorer: Scorer, reply: str) -> None:
    breached = [
        (scenario, result.flags)
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if result.level == 2
    ]
    assert breached == []
