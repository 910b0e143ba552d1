"""Issue #11 (stop 11, i11-fb): a trainee on the peer's side is not told they breached.

Probing 346 replies a good trainee would write (texting, British, formal, second-language,
AAVE, therapy-speak) at the opening of all 12 scenarios found families of *breached* verdicts
for replies that take the peer's side. Each is a frame the rubric's reading missed, not a
phrase:

- the peer's worry said back in the past or perfect ("you were worried the work was the
  problem"), and their own plan said back ("you're thinking about a career change one day");
- other people's words reported ("people keep telling you to get out", "your GP said the work
  was bad for your health", "the council assumed…", "they'll tell you…", with "he'll",
  "she'll", "they'll" read as someone else saying it);
- the stigmatising idea negated ("the work isn't the problem here");
- the police as the subject of what was said or done to the peer ("the police said you should
  have known better", "the cops searched your bag"): their story, not a pointer to the police;
- what they deserve named as a kind of treatment ("more kindness than she showed you").

The same words in the speaker's own voice stay breached, and so does a leading question ("do
you think the work might be the problem?", the convention in tests/data/README.md).

Every reply is our own probe, checked at the opening of all 12 scenarios.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import (
    assert_below_breached_at_each_opening,
    assert_breached_at_each_opening,
    flagged_cases,
    reply_cases,
)

ASSERTED = (
    ("moralising", "Honestly, the work is the problem here."),
    ("moralising", "I'm telling you to get out while you can."),
    ("moralising", "I was worried the work was the problem, and I still think it is."),
    ("moralising", "The job is the reason this keeps happening to you."),
    ("moralising", "The work isn't safe, you know that."),
    ("moralising", "I'll tell you straight, the work is dangerous."),
    ("moralising", "Do you think the work might be the problem here?"),
    ("police", "Go to the police."),
    ("police", "The police can help you with this."),
    ("police", "I think you should report it to the police."),
    ("police", "The police are the ones to call."),
    ("moralising", "Have you thought about a day job?"),
    ("moralising", "You deserve so much more than this."),
)

ON_THEIR_SIDE = (
    # said back, in the past or perfect
    "You were worried the work was the problem, but it sounds like the problem was him.",
    "You've been worried the job is what's wearing you down, and that's a lot to sit with.",
    "You was worried the work was the reason, but it ain't on you.",
    # reported
    "People keep telling you to get out, and you're tired of hearing it.",
    "Your family keeps telling you to leave the work, and you just want them to listen.",
    "People assume the work is the problem, and it's not.",
    "The doctor said the work was putting you at risk, and that felt like a lecture.",
    "The council assumed the work was the problem. They didn't even ask.",
    # reported by someone in the future ("he'll say…", "they'll tell you…")
    "They'll tell you the work is dangerous. They don't know your life.",
    "He'll say he had his reasons, and that makes you furious.",
    # negated
    "The work isn't the problem here, the landlord is.",
    "Your job isn't the reason this happened.",
    # the police in the peer's story
    "The police said you should have known better. That's awful to hear.",
    "The cops told you it was your own fault. That's disgusting of them.",
    "Police treated you like a criminal, no wonder you're angry.",
    "The cops searched your bag and made you feel like dirt.",
    "Police were the ones who made it worse for you.",
    # the peer's own plan said back; what they deserve named as a kind of treatment
    "You're thinking about a career change one day, and you want it to be your choice.",
    "You deserve more kindness than she showed you.",
)


@flagged_cases(ASSERTED)
def test_the_same_words_in_the_speakers_own_voice_stay_breached(
    scorer: Scorer, flag: str, reply: str
) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(ON_THEIR_SIDE)
def test_a_reply_on_the_peers_side_is_no_breach(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)
