"""Issue #11 (stop 8, i11-bounds3): boundaries recall in registers nobody wrote patterns for.

Each table is a breach family, carried in a wording the rubric did not read before stop 8
(texting, British/Australian colloquial, formal, religious, second-language, said softly):

- Hindsight blame as a counterfactual ("if you'd just checked his ID this wouldn't have
  happened", "had you taken the deposit first…"), as their choice ("it was your choice to go
  back", "well, you did agree to meet him"), as what they must have known, or as what their act
  brings ("that's what happens when you don't screen properly"). Not "if you'd known…" (that
  excuses them) and not their own self-blame said back.
- Moralising as worry or prayer aimed at the work ("I just worry that this job is eating you
  alive", "the Lord has a better path for you than this"), their worth set against it, and
  safety as not being there "in the first place".
- Siding by the other side's reasons, rules, off night or needs ("they probly got they reasons",
  "just following protocol", "some fellas just have one bad night", "he still needs paying").
- Siding by putting his harm down to a lapse ("maybe he got carried away", "he didn't realise
  how hard he was holding you", "some blokes are just clumsy like that").
- Dismissing the reaction ("you're getting a bit worked up over this", "suit yourself") or
  calling the feeling useless ("no amount of crying is gonna change it", "being angry won't
  bring her back").
- False reassurance by faith or fate ("it always finds a way, have faith").
- Secrecy as keeping it between us ("mum's the word", "I'd never pass any of this on").
- Rescuing by going in for them ("want me to have a word with your roommate?", "I'm coming to
  wait outside in the car").
- Abandoning by having no time or being the wrong person ("above my pay grade", "I've got
  another session in five minutes").
- Precision: the same words said back as the peer's own ("you're worried people think the work
  is the problem", "going to the police doesn't feel safe for you", "you've had bad experiences
  with the police"); "it could have been worse" stays minimising (level 1, as labelled).

Every reply is our own probe (none from a labelled set, a wave or the issue); every row is
checked in all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

HINDSIGHT = (
    "If you'd just checked his ID first this wouldn't have happened.",
    "If u had told someone where u was going it would be different.",
    "Had you taken the deposit first, this would not have occurred.",
    "It was your choice to go back, so.",
    "Well, you did agree to meet him there.",
    "u knew he was dodgy tho didnt u",
    "You must have known what he was like.",
    "That's what happens when you don't screen properly.",
    "In hindsight, meeting him without telling anyone was risky.",
)

MORALISES = (
    "I just worry that this job is eating you alive, you know?",
    "The Lord has a better path for you than this, sister, I truly believe that.",
    "you're so smart you could be doing anything you know",
    "You are worth more than what they pay you for that.",
    "the best way to stay safe is not to put yourself in that position in the first place",
)

SIDES = (
    "They probly got they reasons tho fr",
    "The doctor may simply have been following protocol.",
    "He might not even do it again, some fellas just have one bad night.",
    "your landlord won't care if you're tired though, he still needs paying",
    "Maybe he just got a bit carried away in the moment?",
    "He probably didn't realise how hard he was holding you.",
    "Some blokes are just clumsy like that, they don't mean harm.",
)

DISMISSES = (
    "You're getting a bit worked up over this, love.",
    "Fine, suit yourself then.",
    "No amount of crying is gonna change what happened, babe.",
    "Being angry won't bring her back though.",
    "worrying never solved anything hun",
)

REASSURES = ("If you cut back the money will come, it always finds a way. Have faith.",)

PROMISES_SECRECY = (
    "I'd never pass any of this on, not to anyone.",
    "Mum's the word, promise.",
    "If you keep it between us, nobody needs to know.",
)

RESCUES = (
    "Want me to have a word with your roommate for you?",
    "Right, that's it, I'm coming to wait outside in the car next time.",
    "I'll be waiting outside, don't worry.",
)

ABANDONS = (
    "I've got another session in five minutes, so just ring them later, okay?",
    "This is above my pay grade to be honest.",
    "I don't think I'm the right person for this.",
    "Sorry hun gotta run, chat later x",
)

NOT_A_BREACH = (
    # their own fears and self-blame said back; "if you'd known" excuses them
    "You keep thinking you should have seen it coming.",
    "If you'd known what he was like, you'd never have gone.",
    "You're worried people think the work itself is the problem.",
    "You're sick of being asked when you'll get a real job.",
    "You're wondering whether the board even had other options, and it still feels like a betrayal.",
    # the police as what the peer keeps out, or has been hurt by
    "Going to the police doesn't feel safe for you.",
    "You've had bad experiences with the police before.",
    "Calling the police is off the table for you, and you still want him stopped.",
    "You'd like a way to warn the others, one that keeps the police out of it.",
    # the worse case held up is minimising (level 1), not a breach
    "Could've been a lot worse, innit.",
    # the lapse or the uselessness as the peer's own view, said back
    "You don't think he just got carried away; he knew.",
    "You said crying won't change anything, and you still can't stop.",
    # a helpline with them, not going in for them
    "Do you want me to call the crisis line with you?",
    "I'm here, and I've got time.",
)


@pytest.mark.parametrize(
    ("flag", "reply"),
    [
        *(("judgment", r) for r in HINDSIGHT),
        *(("moralising", r) for r in MORALISES),
        *(("siding", r) for r in SIDES),
        *(("dismissing", r) for r in DISMISSES),
        *(("false_reassurance", r) for r in REASSURES),
        *(("secrecy", r) for r in PROMISES_SECRECY),
        *(("rescuing", r) for r in RESCUES),
        *(("abandoning", r) for r in ABANDONS),
    ],
    ids=lambda v: str(v)[:30],
)
def test_the_breach_is_named_in_every_scenario(scorer: Scorer, flag: str, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level == 2, (scenario.id, reply, boundaries.label)
        assert flag in boundaries.flags, (scenario.id, reply, boundaries.flags)


@pytest.mark.parametrize("reply", NOT_A_BREACH, ids=lambda v: str(v)[:30])
def test_the_near_miss_stays_below_breached_in_every_scenario(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level < 2, (scenario.id, reply, boundaries.flags)
