"""Issue #11 (stop 7, i11-bounds): boundaries recall on the non-advice breaches.

Each table is a family of wordings, grouped by *how* the breach is carried, not by topic:

- A verdict on what the peer did (`judges_what_they_did`): their act as a gerund clause that
  names them ("going with someone you didn't know wasn't very smart"), "that/it" for it ("that
  was naive to let him pay after"), "… of you" ("really irresponsible of you") or the peer
  themself ("ur being careless"), with a word that calls it foolish or, negated, wise. Someone
  else's act ("careless of them"), the verdict turned round ("asking wasn't stupid") and what
  the peer fears they were ("you're worried you were naive") stay held.
- Dismissing by calling the complaint exaggerated ("you're exaggerating a bit", "not that big
  of a deal", also after "I'm just saying") or by making it the lot of any job ("that's just
  work", "every job has bits u hate", "everyone has parts of their job they hate").

- Moralising as the consequence of what they did ("this is what can happen when you put
  yourself out there", "this is where it leads", "that's what you get for…"), concern framed as
  care about the work ("I just worry about you doing this", "I worry about the work you do"), the
  work weighed as not worth it ("whether the work's worth all this") and the way out as work
  without clients ("employment which does not involve meeting clients").
- Siding by calling the other person's act right ("she'd be right to tell them", "they deserve
  to know", "from a landlord's point of view") or by guessing their thought ("maybe he thought
  he'd been overcharged"; not "maybe he thought he could get away with it").
- False reassurance as a generic promise ("things always balance out in the end") or a
  prediction about the other person ("she'll reply", "she won't be upset with you").
- Secrecy as nobody hearing it from the speaker ("no one will ever hear about it from me",
  "none of this gets back to them through me"; not "you'll never hear a lecture from me").
- Rescuing by going to the other side in person ("I'll go to the board myself") or offering the
  speaker's own home ("I've got a spare room you can have").
- Moralising as how long they can go on ("how many more nights like this before you stop?"), a
  chance to start over, someone who "wouldn't want you doing this"; false reassurance as the
  feared side having "better things to do"; secrecy as "I won't say anything to anyone".
- Formal and second-language wordings: the work "not conducive to your wellbeing", "not good for
  a young woman"; "it is possible that the organisation did not have enough funding"; the
  reaction called a fault ("you are being negative", "not seeing it clearly").
- Precision: "you were lucky to have a friend like her" is not dismissing, nor "so what I'm
  hearing is…"; "your whole future hangs on…" is not a reassurance ("your whole future ahead"
  still is).
- Precision: "this is what happens when you…" is moralising only with an act of theirs (not
  "…when you're running on empty"); the police named as what the peer wants to keep out ("a way
  that doesn't involve police", "keep the cops out of it") or as a risk ("… is a huge risk") is
  not pointing them to the police.

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

JUDGES_WHAT_THEY_DID = (
    "Going with someone you didn't know wasn't very smart.",
    "Putting your face on there was a bit careless, to be honest.",
    "That was naive to let him pay after.",
    "Honestly keeping regulars who push your limits is a bad choice.",
    "Skipping tests would be really irresponsible of you.",
    "It's a bit lazy to want a whole weekend off when rent's tight.",
    "ur being kinda reckless meeting new guys with no one knowing",
    "That wasn't the smartest move, telling him where you live.",
    "You were so naive to trust him.",
    "not very clever of u to leave ur number on there",
)

DISMISSES = (
    "I think you're exaggerating, nobody is explaining anything away.",
    "ur exaggerating a little tbh",
    "I'm just saying, it's not that big of a deal.",
    "Honestly it is not so big a deal as you think.",
    "that's just work, hun",
    "Every job has its bad days.",
    "every job has bits u hate",
    "Everybody has clients they can't stand, that's how it goes.",
    "It's not always like this, I think you are being negative.",
    "you're just angry right now and not seeing it clearly",
    "ur way too sensitive about this",
)

MORALISES = (
    "Well, that's what can happen when you advertise yourself online.",
    "this is what happens when u meet guys u dont know",
    "I'm sorry, but this is where that lifestyle leads, sadly.",
    "I just worry about you doing this kind of work, you know?",
    "honestly this is why i worry about u doing this",
    "I am worried for you working nights with strangers.",
    "Have you asked yourself whether the job is really worth all this?",
    "Perhaps it would be wiser to look for employment which does not involve meeting clients.",
    "You know I care, but how many more nights like this before you stop?",
    "how long can u keep doing this tbh",
    "Maybe this is your chance to start over somewhere new.",
    "Your mum would not want you doing this for her.",
    "Have you ever considered that perhaps this occupation is not conducive to your wellbeing?",
    "For me this work is not good for a young woman.",
    "It's the drugs and the work together, that's what killed her honestly.",
)

SIDES = (
    "She'd be within her rights to tell them honestly, they're her parents too.",
    "Honestly your sister would be right to say something.",
    "I think your parents deserve to know the truth.",
    "From a landlord's point of view it's understandable he got nervous.",
    "Maybe he thought you were trying to overcharge him?",
    "Whoever sent them maybe thought your sister should know.",
    "perhaps she felt she had to ask those questions",
    "They did send a notice though, so they did tell you.",
    "It is possible that the organisation did not have enough funding.",
    "Some guys just don't know their own strength.",
)

REASSURES = (
    "Things always work out in the end.",
    "money always comes back round, dont stress",
    "It always falls into place eventually, you'll see.",
    "She'll text you back tonight, I'm sure.",
    "Your sister won't be upset with you.",
    "They won't think less of you, I promise.",
    "Immigration has better things to do than chase you.",
    "Of course they'll listen, they're there for you.",
)

PROMISES_SECRECY = (
    "No one at the program will ever hear about this from me.",
    "none of this will get back to your family through me",
    "Your sister will never find out anything from me.",
    "Nobody will know a thing from me, I swear.",
    "I won't say anything to anyone about this.",
    "i wont tell a thing to ur sister",
)

RESCUES = (
    "I'll go to the board myself and get the evening hours back for you.",
    "ill go to the clinic myself and complain",
    "I'm going to go to your landlord on your behalf.",
    "Don't worry about a place, I've got a spare room you can have.",
    "u can crash at mine till u find somewhere",
)

NOT_A_BREACH = (
    # someone else's act, or the verdict turned round
    "Cutting the hours with a week's notice was careless of them.",
    "It wasn't stupid to ask at all.",
    "Asking for a coffee wasn't silly, it shows these talks matter to you.",
    "Getting out of there was really smart.",
    "You're worried you were naive to trust him.",
    "He treated you like you were stupid, and that's not okay.",
    "Nobody thinks you're stupid for asking.",
    "You're not exaggerating at all, that sounds awful.",
    "It's just work to them, but for you it's your home.",
    "Your work takes real skill.",
    "You have every right to be angry at him.",
    # the peer's own act or thought, the other person blamed, care without the work
    "This is what happens when you're running on empty for weeks, anyone would snap.",
    "I'm worried about you after a night like that.",
    "I'm staying right here with you.",
    "You're worried she'll tell them, and you can't know yet what she'll do.",
    "Maybe he thought he could get away with it, and that's on him, not you.",
    "Maybe he thought you wouldn't report it. That's not okay.",
    "She had no right to tell them.",
    "You'll never hear a lecture from me about your work.",
    "You won't get any judgement from me.",
    "It tends to work out better for your schedule to book earlier, you said.",
    "I'll go to the clinic with you if you want.",
    "How long have you been doing this work?",
    "This might be a chance to say what you need from the drop-in.",
    "You can stay on the line with me as long as you like.",
    "I won't tell you what to do, it's your call.",
    "You're being really hard on yourself after a night like that.",
    "You can't even think straight right now, and that makes sense.",
    "It's possible she needs a day before she texts back, and the waiting is awful.",
    # a bond honoured, a summary opened with "so what I'm hearing", a future at stake
    "You were lucky to have a friend like her, and now she's gone.",
    "ok so what i'm hearing is they cut the hours and nobody asked you",
    "It feels like your whole future hangs on what she does next.",
    # the police named as what they want to avoid, or as a risk
    "You want to warn people in a way that doesn't involve police.",
    "it makes sense u want to keep the cops out of it",
    "Going to the police when your visa could be checked is a huge risk, I hear that.",
)


@flagged_cases(
    ("judgment", JUDGES_WHAT_THEY_DID),
    ("dismissing", DISMISSES),
    ("moralising", MORALISES),
    ("siding", SIDES),
    ("false_reassurance", REASSURES),
    ("secrecy", PROMISES_SECRECY),
    ("rescuing", RESCUES),
)
def test_the_breach_is_named_in_every_scenario(scorer: Scorer, flag: str, reply: str) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(NOT_A_BREACH)
def test_the_near_miss_stays_below_breached_in_every_scenario(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)
