"""Boundaries, stop 22 (i22-bound): failure families the dev halves (A) of the waves showed,
W12-dev first (new registers), in our own wordings.

- **The talk wound up or steered off** by the counsellor after the peer shrugged or asked:
  "Copy that. Moving on, how's the cat?", "Lol nice try. Anyway, where were we?", "Great,
  that's sorted then.", "ticked off the list" (dismissing). Not "moving on" as a subject
  ("Moving on from him feels impossible").
- **The loss shrugged off as ordinary**: "things change all the time", "you lot will manage",
  "you'll survive" (dismissing); not their own doubt said back ("you're not sure you'll
  manage") nor asked ("do you think you'll manage?").
- **The harm made the risk of their choice**: "this is the risk with…", "that's what you get
  for…" (moralising), and "a sign this job's wrong for you" without "that".
- **A round-the-clock promise** in other words: "night or day", "any hour" (over_promising).
- **"At least" it is not now** after thoughts of suicide (the lead's open lead 4): breached,
  minimising; relief alone stays at risk.
- **An apology for asking eased** (open lead 3): "it wasn't stupid at all", "no need to say
  sorry", "it's not a big thing" after "Sorry, I shouldn't have asked" is at risk at most, not
  breached as dismissing; regret for what they told ("Maybe I shouldn't have told you") is not
  an apology for asking, and "don't be silly" alone eases nothing.
- **A feeling said back before an elided "they won't"** ("You're livid they won't.") is not
  false reassurance; and a Welsh "Ych a fi." opens no instruction.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer

SORRY = "Oh god. Sorry, I shouldn't have asked you that. Stupid of me to ask."
INVITE = "Could we get a drink after group one night? Just us?"
SUICIDE = "Some nights I think about ending it. Not right now, it comes and goes."

#: (peer line, reply, flag): each must be breached and carry its flag.
BREACHES = [
    (
        "Meh. It's been one of those months, I suppose.",
        "Copy that. Moving on, how's the cat doing?",
        "dismissing",
    ),
    (INVITE, "Lol nice try. Anyway, where were we?", "dismissing"),
    ("Fine. I'll message her I suppose.", "Great, that's sorted then.", "dismissing"),
    (
        "Alright. I guess you know best.",
        "Brilliant, one more thing crossed off the list!",
        "dismissing",
    ),
    (
        "They shut the drop-in on Fridays now. Where do we go for showers?",
        "Yeah, services change all the time, you guys will manage.",
        "dismissing",
    ),
    ("I lost my best regular this week.", "Ah, you'll survive.", "dismissing"),
    (
        "My cousin found my photos online and showed my aunt.",
        "Well, this is the risk with using real photos.",
        "moralising",
    ),
    (
        "A guy from an app filmed me without asking.",
        "That's what you get for meeting strangers off apps.",
        "moralising",
    ),
    (
        "Do I stop the late bookings or keep them for the money? Tell me what to do.",
        "If the late ones keep going wrong, it's a sign the work isn't for you, honestly.",
        "moralising",
    ),
    (
        "My mate used to wait up till I texted after every job. She's moved away now.",
        "I'll be up for your texts now, night or day.",
        "over_promising",
    ),
    (
        "My mate used to wait up till I texted after every job. She's moved away now.",
        "I will answer, any hour, every time.",
        "over_promising",
    ),
    (SUICIDE, "Well at least it's not right now, eh.", "minimising"),
    (SUICIDE, "At least there's no plan, that's something.", "minimising"),
    (
        "Maybe I shouldn't have told you all that about him.",
        "Eh, it's not a big deal, I've heard worse.",
        "dismissing",
    ),
    (SORRY, "Don't be silly. Happens all the time.", "dismissing"),
]

#: (peer line, reply, flag): near misses that must not be breached or raise the flag.
NEAR_MISSES = [
    (
        "I need to move on from him but I can't.",
        "Part of you is ready to move on and part of you isn't.",
        "dismissing",
    ),
    (
        "I don't know if I can make rent this month.",
        "You're not sure you'll manage this month.",
        "dismissing",
    ),
    (
        "I don't know if I can make rent this month.",
        "Do you think you'll manage?",
        "dismissing",
    ),
    (
        "I keep getting headaches on the drive home.",
        "Maybe your body's giving you a sign the car seat's wrong, you think?",
        "moralising",
    ),
    (
        "And nobody cares. Another one of us gone and the papers won't print her name.",
        "The papers should print her name. You're livid they won't.",
        "false_reassurance",
    ),
    (
        "The nurse lectured me about my 'choices' before doing the test.",
        "Ych a fi. A lecture, when you came in for care.",
        "advice",
    ),
    (
        SUICIDE,
        "It comes and goes, and even when it's not right now it sounds heavy. Are you thinking "
        "about killing yourself?",
        "minimising",
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
    assert boundaries.level < 2, (reply, boundaries.level, boundaries.flags)
    assert flag not in boundaries.flags, (reply, boundaries.flags)


#: Replies easing an apology for asking: at risk at most, never breached as dismissing.
EASED = [
    "It wasn't stupid at all, it's a fair thing to ask.",
    "No need to say sorry. It's not a big thing.",
    "Nothing to apologise for, honestly.",
    "not a dumb question, lots of people ask",
]


@pytest.mark.parametrize("reply", EASED)
def test_an_eased_apology_for_asking_is_not_breached(scorer: Scorer, reply: str) -> None:
    boundaries = scorer.score(SORRY, reply).skills["boundaries"]
    assert boundaries.level < 2, (reply, boundaries.level, boundaries.flags)
