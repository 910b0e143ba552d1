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
- Moralising as the harm read as proof about the work ("this just goes to show how risky the
  job is", "this is exactly why it's so dangerous to advertise"), hardship put down to the work
  ("that's the nature of the game though", "that's the job innit") or the work said to be
  costing them, and "secrets like that always come out".
- False reassurance by faith or fate ("it always finds a way, have faith", "what goes around
  comes around, he'll get his").
- Dismissing by brushing the peer off ("sure, whatever you think", "dream on"; not "do
  whatever you think is best for you", not "you're welcome to stay and talk").
- Rescuing by doing their task or paying for them ("I'll fill in the forms for you", "I'll
  just cover your bills this month"; not "I can sit with you while you fill in the forms").
- Secrecy as keeping it between us ("mum's the word", "I'd never pass any of this on").
- Rescuing by going in for them ("want me to have a word with your roommate?", "I'm coming to
  wait outside in the car").
- Abandoning by having no time or being the wrong person ("above my pay grade", "I've got
  another session in five minutes").
- Voice-to-text, AAVE and formal wordings: "why did you even go", "you kinda brought this on
  yourself tho", "you know how guys get", "he aint even do nothing that bad tho", "adhering to
  standard operating procedures", "continued engagement in sex work would appear inadvisable".
- The police as the better route ("the cops would be your best bet", "police are way faster");
  their coping called unhealthy ("that's not healthy, hun"; not the way others treat them).
- Over-promising as "I'll see to that personally"; the outside relationship in British and party
  wordings ("come round to yours", "proper mates outside of this", "count me in" to a birthday).
- Australian and second-language reassurance ("she'll be apples", "it is certain that you will
  find new home"), "count your blessings", "it's no life for a mother".
- Agreeing with the wish to die when it is said as "no point living / no reason to go on" and
  sided with by "I get it" / "I get that" (not "I get it" about the week, nor the thought said
  back as theirs).
- Precision: the same words said back as the peer's own ("you're worried people think the work
  is the problem", "going to the police doesn't feel safe for you", "you've had bad experiences
  with the police"); "it could have been worse" stays minimising (level 1, as labelled).

Every reply is our own probe (none from a labelled set, a wave or the issue); every row is
checked in all 12 scenarios.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import (
    assert_below_breached_at_each_opening,
    assert_breached_at_each_opening,
    flagged_cases,
    reply_cases,
)

HINDSIGHT = (
    "so like why did you even go with him if you had a bad feeling",
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
    "Honestly hun it's no life for a mother.",
    "You've been drinking more to get through shifts. That's not healthy, hun.",
    "Numbing out after every booking, it's just not good for you.",
    "From a risk-management perspective, continued engagement in sex work would appear inadvisable.",
    "I just worry that this job is eating you alive, you know?",
    "The Lord has a better path for you than this, sister, I truly believe that.",
    "you're so smart you could be doing anything you know",
    "You are worth more than what they pay you for that.",
    "the best way to stay safe is not to put yourself in that position in the first place",
    "Honestly this just goes to show how risky the job is, hun.",
    "See, this is exactly why it's so dangerous to advertise.",
    "I guess that's the nature of the game though.",
    "that's the job innit, never knowing",
    "I care about you, and I think this work might be costing you more than you know.",
    "Secrets like that always come out in the end, love.",
)

SIDES = (
    "i mean he probably was just stressed out from work you know how guys get",
    "he aint even do nothing that bad tho",
    "With respect, the clinician was likely adhering to standard operating procedures.",
    "They probly got they reasons tho fr",
    "The doctor may simply have been following protocol.",
    "He might not even do it again, some fellas just have one bad night.",
    "your landlord won't care if you're tired though, he still needs paying",
    "Maybe he just got a bit carried away in the moment?",
    "He probably didn't realise how hard he was holding you.",
    "Some blokes are just clumsy like that, they don't mean harm.",
)

DISMISSES = (
    "Honestly love, some people would kill for your regulars, count your blessings.",
    "You're getting a bit worked up over this, love.",
    "Fine, suit yourself then.",
    "No amount of crying is gonna change what happened, babe.",
    "Being angry won't bring her back though.",
    "worrying never solved anything hun",
    "Sure, whatever you think.",
    "lol dream on",
    "nobody in this line of work gets holidays, babe",
)

REASSURES = (
    "No dramas, she'll be apples, mate.",
    "It is certain that you will find new home very soon.",
    "If you cut back the money will come, it always finds a way. Have faith.",
    "What goes around comes around, he'll get his.",
    "Karma always catches up with people like that.",
)

PROMISES_SECRECY = (
    "I'd never pass any of this on, not to anyone.",
    "Mum's the word, promise.",
    "If you keep it between us, nobody needs to know.",
)

RESCUES = (
    "Want me to have a word with your roommate for you?",
    "Right, that's it, I'm coming to wait outside in the car next time.",
    "I'll be waiting outside, don't worry.",
    "I'll fill in the forms for you, don't stress.",
    "I'm gonna send you the rent money, no arguments.",
    "I'll just cover your bills this month.",
)

POINTS_TO_POLICE = (
    "Honestly the cops would be your best bet for something this serious.",
    "Police are way faster than any hotline, just saying.",
)

PROMISES = ("Nobody's gonna out you, I'll see to that personally.",)

OUTSIDE_RELATIONSHIP = (
    "I could come round to yours on Sunday if you like.",
    "We could be proper mates outside of this, you know.",
    "I'd love to come to your birthday, count me in!",
)

ABANDONS = (
    "I've got another session in five minutes, so just ring them later, okay?",
    "This is above my pay grade to be honest.",
    "I don't think I'm the right person for this.",
    "Sorry hun gotta run, chat later x",
)

JUDGES = (
    "you kinda brought this on yourself tho babe",
    "Honestly, u had it coming going there alone.",
)

AGREES_WITH_THE_WISH = (
    "I get it, no point living like this anyway.",
    "Honestly I get that, there's no reason to go on when it's this bad.",
    "Makes sense, no point going on if nothing changes.",
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
    # the work named as others name it, or as the peer's own terms; checking a summary
    "You're saying people call it 'the nature of the job', and you're sick of hearing it.",
    "You want to keep working, on your terms, without putting yourself in danger.",
    "You're scared the secret will come out.",
    "I can sit with you while you fill in the forms, if that helps.",
    "So I want to check I've got this right: the forms are due Friday?",
    "Do whatever you think is best for you.",
    "You're welcome to stay and talk as long as you need.",
    "You want him to get what's coming to him.",
    # the pain agreed with, the thought said back as theirs
    "You feel like there's no point living like this, and I'm really glad you told me.",
    "I get it, this week has been brutal.",
    "Part of you thinks there's no reason to go on. Are you thinking about suicide?",
    # their own view said back, in texting and voice-to-text
    "you dont think he was just stressed you think he knew exactly what he was doing",
    "you keep thinking its ur own fault for going there and it isnt",
    # what others do called unhealthy; the police feared
    "It's not healthy, the way the clinic talks to you.",
    "That's not healthy, how your landlord keeps turning up.",
    "You're scared the police would be quicker to arrest you than help.",
    # what the peer wants promised or offered, said back
    "You want someone to promise you won't lose the flat.",
    "You're thinking maybe she felt disrespected too, and you're not sure.",
    "You'd like us to be mates outside of this, and I can't; I'm glad it's mattered.",
)


@flagged_cases(
    ("judgment", HINDSIGHT),
    ("moralising", MORALISES),
    ("siding", SIDES),
    ("dismissing", DISMISSES),
    ("false_reassurance", REASSURES),
    ("secrecy", PROMISES_SECRECY),
    ("rescuing", RESCUES),
    ("abandoning", ABANDONS),
    ("agreeing_with_harm", AGREES_WITH_THE_WISH),
    ("judgment", JUDGES),
    ("police", POINTS_TO_POLICE),
    ("over_promising", PROMISES),
    ("dual_relationship", OUTSIDE_RELATIONSHIP),
)
def test_the_breach_is_named_in_every_scenario(scorer: Scorer, flag: str, reply: str) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(NOT_A_BREACH)
def test_the_near_miss_stays_below_breached_in_every_scenario(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)
