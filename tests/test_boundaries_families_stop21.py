"""Boundaries "breached", stop 21 (i21-bound): failure families and false alarms the dev halves
A of waves 2 to 11 showed, in our own wordings; each breach keeps its own flag.

- **The peer's own invitation said back** ("lunch one day, away from the centre", "hang out
  sometime, outside of here") is theirs even though they asked it; a yes to it in their own
  words ("Sure, let's grab a coffee sometime", "I'd love to grab a coffee") is still a breach
  (`dual_relationship`). A place alone ("barely a conversation outside of here") offers
  nothing; a refusal put as what the speaker can't do names the limit.
- **Promising secrecy** with the program named ("no one at the centre will know", "I'll keep all
  this to myself").
- **Dismissing**: "could be loads worse", fatalism about what is already out ("the cat's out of
  the bag", "whatever you send won't change much"), the feeling policed as getting in the way
  ("getting this worked up won't make them listen").
- **Advice with a verdict**: the cleverer course ("wouldn't it be smarter to…", "the sensible
  thing would be to…") is `advice` and `judgment`; an instruction under a report's label
  ("Action item: …", "Recommended action: …") directs.
- **A lesson left hanging** ("maybe that's something to think about", "Think about that.",
  "food for thought") is `judgment`.
- **Their self-criticism said back** ("that was stupid of me" quoted or after "you think") is
  not the speaker's judgment: the peer's "that was" is said back as it is (only "I was" turns
  into "you were").
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from simulator.scoring.text import shift_perspective

INVITE = "You've been so good to talk to. Could we go for a drink some time, away from here?"
INVITE_OUTSIDE = "Honestly these chats keep me going. Could we hang out sometime, outside of here?"
PLAN_DATE = "Oh brilliant, so Thursday then? I'll message you."
LONELY = "I only really talk to people here. The rest of the week it's just the phone."

#: (peer line, reply, flag): breached with that flag.
BREACHES = [
    (INVITE, "Yes! Let's go for a drink some time.", "dual_relationship"),
    (INVITE, "I'd really love to go for a drink, away from here.", "dual_relationship"),
    (INVITE, "Yeah, we could go for a drink some time, why not.", "dual_relationship"),
    (INVITE_OUTSIDE, "Sure, let's hang out sometime, outside of here.", "dual_relationship"),
    (INVITE_OUTSIDE, "We could be friends outside of here, you know.", "dual_relationship"),
    (PLAN_DATE, "Yes, message me on Thursday!", "dual_relationship"),
    (
        "I don't want to be a bother. I rang the line once, it was alright.",
        "Whatever happens, nobody at the centre will know about this.",
        "secrecy",
    ),
    (
        "I don't want to be a bother. I rang the line once, it was alright.",
        "I'll keep all of this to myself, promise.",
        "secrecy",
    ),
    (
        "Someone sent my ads to my cousin. If my dad finds out I'm done.",
        "It's only your cousin. Could be heaps worse.",
        "dismissing",
    ),
    (
        "Someone sent my ads to my cousin. If my dad finds out I'm done.",
        "Eh, the damage is done now.",
        "dismissing",
    ),
    (
        "My cousin saw the profile. Maybe I'll ring her before my dad hears.",
        "Anything you say to her isn't gonna change much at this point.",
        "dismissing",
    ),
    (
        "This is what I mean. Everyone just explains it away.",
        "Getting so wound up won't make them listen to you.",
        "dismissing",
    ),
    (
        "I'm knackered. Every night on shift and the rent's still short.",
        "Wouldn't it be wiser to drop the weeknight bookings?",
        "judgment",
    ),
    (
        "I'm knackered. Every night on shift and the rent's still short.",
        "The sensible thing would be to put your rates up.",
        "advice",
    ),
    (
        "I'm knackered. Every night on shift and the rent's still short.",
        "Action item: cut two nights and raise your rates.",
        "directing",
    ),
    (
        "The receptionist looked at me like dirt when she saw my job.",
        "Some people see the job that way, maybe that's something to think about next time.",
        "judgment",
    ),
    (
        "The receptionist looked at me like dirt when she saw my job.",
        "Maybe the whole thing is wearing you down, you know? Think about that.",
        "judgment",
    ),
]

#: (peer line, reply, flag): near misses that must not raise the flag or be breached.
NEAR_MISSES = [
    (
        INVITE,
        "A drink some time, away from here, that's what you're picturing.",
        "dual_relationship",
    ),
    (
        INVITE_OUTSIDE,
        "After all these weeks, to hang out sometime, outside of here.",
        "dual_relationship",
    ),
    (INVITE_OUTSIDE, "Has it been lonely, outside of here?", "dual_relationship"),
    (
        PLAN_DATE,
        "Thursday, and you'll message me. I can hear you're excited, and I have to be straight "
        "that I can't.",
        "dual_relationship",
    ),
    (
        PLAN_DATE,
        "Meeting up away from the project isn't something I'm able to do, I'm sorry.",
        "dual_relationship",
    ),
    (
        LONELY,
        "Barely a real conversation outside of here, that sounds so isolating.",
        "dual_relationship",
    ),
    (
        "Someone sent my ads to my cousin. If my dad finds out I'm done.",
        "You're scared the cat's out of the bag and nothing can fix it now.",
        "dismissing",
    ),
    (
        "This is what I mean. Everyone just explains it away.",
        "Getting this worked up, it feels like nobody takes you seriously.",
        "dismissing",
    ),
    (
        "I keep wondering if it'd be smarter to stop doing outcalls.",
        "You wonder if it'd be smarter to stop doing outcalls.",
        "judgment",
    ),
    (
        "I keep wondering if it'd be smarter to stop doing outcalls.",
        "What feels wiser to you right now?",
        "judgment",
    ),
    (
        "The receptionist looked at me like dirt when she saw my job.",
        "That's a lot to think about, how she looked at you.",
        "judgment",
    ),
    (
        "The receptionist looked at me like dirt when she saw my job.",
        "That's something to think about together if you want, how to handle her next time.",
        "judgment",
    ),
    (
        "Maybe I could ring her first and ask her to keep quiet till we meet. Is that daft?",
        "So the plan in your head: ring her before anyone else, ask her to keep quiet till you meet.",
        "directing",
    ),
    (
        "Ugh. Forget it. I shouldn't have brought it up. That was so dumb of me.",
        '"That was so dumb of me" sounds like it stung to bring it up at all.',
        "judgment",
    ),
    (
        "Ugh. Forget it. I shouldn't have brought it up. That was so dumb of me.",
        "You think that was so dumb of you, bringing it up.",
        "judgment",
    ),
]


@pytest.mark.parametrize(
    ("context", "reply", "flag"), BREACHES, ids=[r[:40] for _, r, _ in BREACHES]
)
def test_family_is_breached_with_its_flag(
    scorer: Scorer, context: str, reply: str, flag: str
) -> None:
    boundaries = scorer.score(context, reply).skills["boundaries"]
    assert boundaries.level == 2, (reply, boundaries.level, boundaries.flags)
    assert flag in boundaries.flags, (reply, boundaries.flags)


@pytest.mark.parametrize(
    ("context", "reply", "flag"), NEAR_MISSES, ids=[r[:40] for _, r, _ in NEAR_MISSES]
)
def test_near_miss_is_not_breached_with_the_flag(
    scorer: Scorer, context: str, reply: str, flag: str
) -> None:
    boundaries = scorer.score(context, reply).skills["boundaries"]
    assert flag not in boundaries.flags, (reply, boundaries.flags)
    assert boundaries.level < 2, (reply, boundaries.flags)


def test_agreeing_with_their_self_criticism_is_still_judgment(scorer: Scorer) -> None:
    context = "Ugh. Forget it. I shouldn't have brought it up. That was so dumb of me."
    for reply in ("Yeah, that was so dumb of you.", "That was so dumb of you, yeah."):
        boundaries = scorer.score(context, reply).skills["boundaries"]
        assert boundaries.level == 2, (reply, boundaries.flags)


def test_was_is_shifted_only_after_i() -> None:
    said = shift_perspective(["i", "was", "scared", "and", "it", "was", "awful"])
    assert said == ["you", "were", "scared", "and", "it", "was", "awful"]
