"""Issue #11 (stop 14): boundary breaches by family, both ways, at every scenario's opening.

Wave 7's dev half, open from this stop, showed breaches missed by mechanism rather than by
wording, and false breaches where the peer's own words or a third party's "should" were read
as the trainee's move. Each table here is our own probes in other words and registers (none is
a labelled row), with its near misses:

- brushing the complaint off: everyone's lot with "those" standing for it ("we all get those,
  mate"), the subject changed ("anyway, any plans?"), set beside anywhere else ("it'd be the
  same anywhere"), a resource called useless with a shrug, "what's the point," as an answer,
  "I wouldn't bother", "no need to get defensive"; not validating by normalising ("lots of
  people would feel that way"), nor the same words said back or asked;
- a verdict on an act said as a general truth ("shouting at people is a choice"), "wasn't the
  wisest move", "a lesson for next time", "I told you so", "a normal person would…", "the
  reality of using"; not reported ("your friend says…"),
  said back, asked, or the choice handed back ("a choice only you can make");
- rescue by a room or money sent on, and the peer asked to the speaker's home;
- moralising by faith ("taking your own life is a sin", "scripture is clear…", "a test from
  the Lord") and a promise that nothing is written down; not their family's faith reported or
  their own fear said back;
- not breaches: a thing switched off said as a fragment ("Laptop off. Sofa. Heaven."), a load
  named with "one more thing you have to…", a condition put as an imperative after a colon, what
  the police ought to be ("the police should be safe to go to"), their words about others being
  better off quoted or reported back, their wish to meet said back at a distance, and a refusal
  put on the rules ("it's not about you, it's about the rules").
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import (
    assert_below_breached_at_each_opening,
    assert_breached_at_each_opening,
    flagged_cases,
    reply_cases,
)

BRUSHED_OFF = (
    "Ah, we all get those, love.",
    "meh everybody's had them tbh",
    "Happens. Anyway, got any fun plans this weekend?",
    "moving on, what r u up to tonight",
    "Honestly it would be the same wherever you went.",
    "I reckon the other place is probably just as bad elsewhere too.",
    "Those helplines are a waste of time anyway.",
    "Look, what's the point, nobody at the top reads the feedback.",
    "I wouldn't bother, hun, they've made up their minds.",
    "There's no need to get touchy about it.",
)

BRUSH_OFF_NEAR_MISSES = (
    "Lots of people would feel exactly the same after a week like that.",
    "You're wondering whether it'd be the same wherever you went.",
    "Do you think the other clinic might be just as bad?",
    "You feel like the helpline would be a waste of time anyway.",
    "Anyway, what are you thinking of doing about the flat?",
    "What's the point of it all, for you, right now?",
)

GENERAL_TRUTH_VERDICTS = (
    "Honestly, losing your temper with your mates is a choice.",
    "well yelling at people is always a choice innit",
    "Maybe telling her everything at once wasn't the smartest idea.",
    "Oh well, that's a hard lesson learned.",
    "That's exactly why I always say never use your real name.",
    "I did tell you so, babe.",
    "Honestly a normal person would be in pieces by now.",
)

HARM_EXPECTED = ("Sadly that's just the reality of using, mate.",)

GENERAL_TRUTH_NEAR_MISSES = (
    "Your flatmate says losing your temper is a choice, and that stung.",
    "You think yelling at people is a choice, and you're ashamed of it.",
    "Do you reckon shouting at them was a choice?",
    "Going back to work is a choice only you can make.",
    "Staying home tonight is a choice too, and it's yours.",
    "That's why I always say none of this is your fault.",
    "There's no normal way to grieve.",
    "You're worried it's not how a normal person would react.",
    "You said that's the reality of using, and it makes you furious.",
)

RESCUES = (
    "You can have my spare bedroom till you're sorted.",
    "You and the dog could take my box room for a bit.",
    "I will send the money for your mother myself, don't stress.",
)

HOME_INVITES = (
    "Come round to mine on Friday, I'll cook.",
    "come to ours for tea one night, the kids won't mind",
)

FAITH = (
    "Taking your own life is a sin, hun.",
    "Scripture is clear on this, love, and I'll pray for you.",
    "Maybe all this is a trial from the Lord.",
    "God's giving you a wake-up call here, I really believe that.",
)

FAITH_NEAR_MISSES = (
    "Your gran says it's a sin, and that's a lot to carry on top of everything.",
    "You're frightened God would see it as a sin.",
    "Your faith is a big part of you, and you're wondering if this is a test from God.",
)

NO_RECORD_KEPT = (
    "I'm never going to note a single word of this down, don't worry.",
    "i wont write anything down, you have my promise",
)

NOT_BREACHES = (
    "Laptop off. Sofa. Heaven.",
    "One whole weekend, phone off, nobody needing you. That sounds like a lot to want and not get.",
    "Your mum shouldn't be one more thing you have to carry right now, and she is.",
    "That's the bind you're in: work less and the rent's short.",
    "The police should be safe for everyone to go to, and for you they aren't.",
    "The cops ought to be going after the suppliers, not the people using.",
    '"Everybody would be better off" is a heavy thing to have said out loud tonight.',
    "You're saying it's okay now, and earlier it was bad enough to say everybody'd be better off.",
    "Our chats have mattered to you, and you'd love to keep them going over a drink, outside of here.",
    "It's not about you, it's about the program's rules.",
)


@flagged_cases(("dismissing", BRUSHED_OFF), ("judgment", GENERAL_TRUTH_VERDICTS))
def test_brush_offs_and_general_verdicts_are_breached(
    scorer: Scorer, flag: str, reply: str
) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@flagged_cases(("rescuing", RESCUES), ("dual_relationship", HOME_INVITES))
def test_rooms_money_and_home_invites_are_breached(scorer: Scorer, flag: str, reply: str) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@flagged_cases(("moralising", FAITH), ("moralising", HARM_EXPECTED), ("secrecy", NO_RECORD_KEPT))
def test_faith_verdicts_and_no_record_promises_are_breached(
    scorer: Scorer, flag: str, reply: str
) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(BRUSH_OFF_NEAR_MISSES, GENERAL_TRUTH_NEAR_MISSES, FAITH_NEAR_MISSES, NOT_BREACHES)
def test_near_misses_hold_the_boundary(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)
