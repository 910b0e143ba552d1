"""Issue #11, item 2 (stop 5): harm-family clauses read with who is speaking and what is negated.

Three mechanisms, each a word class in rubrics/boundaries.yaml rather than a phrase:
- someone else's words: a harm-shaped clause right after "{other_sayer} ... {says_it}" ("your
  friend keeps telling you", "some folks would say", "he might claim") or "{told_to_you}" ("you
  keep hearing", "you've been told") reports their view and is not the speaker's own;
- a negation or a concession takes the shrinking back ("it's not a little thing", "you've dealt
  with worse before, but this one…", "it's not the work that's the problem, it's…"), and a named
  exception makes a confidentiality answer honest ("…, except if your life was in danger"), and
  a promise kept right here ("I promise I'll listen") is not over-promising;
- new clause shapes of the weak families: blame by counterfactual on the peer's own act ("this
  wouldn't have happened if you hadn't…"), what the trade makes you expect, the life as what
  harms everyone in it; the complaint made everyone's lot, others who'd be glad of it, the
  feeling waved off ("I wouldn't get too upset"); a free relative as the subject of a prediction
  ("whatever u decide will be fine"); the reaction called useless ("crying over it isn't going to
  fix anything"), the event made everyday ("people get evicted every day"), the topic closed
  ("so problem solved then"), a tautology that ends the matter ("a nurse is a nurse"), a change
  of subject ("anyway, on a brighter note"), a choice made into a duty to bear it; more ways of
  taking over, of promising secrecy and of sending someone to the police.
Every reply is our own development probe (none from a labelled set, a wave or the issue). Of the
259 rows below, 61 failed in at least one scenario before this change (see the i11-bounds note);
every row is checked in all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

FAMILIES: dict[str, tuple[str, ...]] = {
    "moralising": (
        "This wouldn't have happened if you hadn't been doing that kind of thing.",
        "if u hadnt put urself out there like that none of this wouldve happened",
        "Had you not been working, you would not be in this position.",
        "None of this would be happening if you had a different way of paying the bills.",
        "It would never have come to this if you'd stayed out of that world.",
        "Anyone in that business has to expect a bit of trouble.",
        "People in your line of work should expect that sort of thing really.",
        "when ur in that game u gotta accept stuff like this comes with it",
        "Surely you knew going in that this could happen to someone who does sex work.",
        "That life chews people up and spits them out.",
        "The scene wears everyone down in the end, you're seeing that now.",
        "Selling sex takes a toll on anyone, it's not surprising.",
        "The industry will always take more than it gives you, love.",
        "Well you do put yourself at risk every time you see someone new.",
        "sex work is always gonna attract guys like that",
        "Maybe it's time to grow up and get a real job, hun.",
        "Using was always going to end like this for someone.",
        "Honestly, what did you think would happen doing that sort of work?",
        "You choose to do this, so you have to live with what comes with it.",
        "doing this job you're always going to meet guys like that",
        "This is the downside of working for yourself in that industry.",
        "Honestly, if you worked days like everyone else you wouldn't be this wiped out.",
        "maybe ur sister finding out is the universe saying its time to stop",
        "That sounds scary. Honestly though, this is what happens in that line of work.",
        "You're frightened and that makes sense, but maybe it's a sign to get out.",
        "You feel like you're drowning, and I wonder if the work itself is doing that to you.",
    ),
    "dismissing": (
        "We all go through rough patches like this one.",
        "loads of ppl deal with way worse than that tbh",
        "Honestly, everybody gets nights like that now and then.",
        "That sort of thing happens to all of us at some point.",
        "Most people would be glad to have thirty days, to be honest.",
        "I wouldn't get too upset about it if I were you.",
        "try not to get so het up over it",
        "No sense getting yourself all worked up.",
        "You can't let every little thing knock you sideways.",
        "Don't let one bad experience drag you down like this.",
        "There's no need to get quite so emotional about it.",
        "It's really not worth getting this stressed over.",
        "Lots of workers would be grateful for regulars like that.",
        "plenty of ppl have it way harder than u rn",
        "Other people get no notice at all, so it could be worse.",
        "Many folks would kill for a week as quiet as yours.",
        "ur prob reading too much into one look tbh",
        "You might be making a bit more of this than it deserves.",
        "I think you're catastrophising a little here.",
        "ur taking it way too personally babe",
        "You're blowing this out of proportion a bit, no?",
        "worrying about it wont change a thing tho",
        "Crying over it isn't going to fix anything.",
        "Getting angry about it won't get the hours back.",
        "Right, well that's that sorted then. What else is new?",
        "ok cool so problem solved then",
        "eh people get evicted every day, its a normal part of renting",
        "It's the kind of thing that happens every single week at clinics.",
        "That's just life though innit",
        "welcome to the real world hun",
        "Honestly I wouldn't give it another thought.",
        "Just don't think about it and it'll stop bothering you.",
        "it is what it is, nothing to be done",
        "Money comes and goes, you'll earn it back in no time.",
        "You're exhausted, but honestly everyone's tired, it's just how it is.",
        "You sound really shaken. Still, it's over now, so try not to dwell on it.",
        "I hear you're upset, but it's only one week of bad luck.",
        "Eh, a landlord's a landlord, they're all like that.",
        "work is work at the end of the day",
        "Rules are rules, I suppose.",
        "Look, money is money, you'll make more.",
        "A nurse is a nurse, you won't change how they think.",
        "Anyway, on a brighter note, any plans for the weekend?",
        "Let's talk about something a bit more cheerful.",
        "ok lets change the subject, whats new with u",
        "Let's focus on something more positive for a minute.",
        "Enough about that, how's everything else going?",
    ),
    "false_reassurance": (
        # a proverb offered through "they say" is the speaker's own platitude, not a report
        "they say time heals all wounds",
        "Whatever happens next, it'll all turn out okay.",
        "whichever way u go it'll be grand, trust me",
        "However it goes, you'll land on your feet, you always do.",
        "Whatever they decide, I'm certain it will work out for you.",
        "Whichever one you pick is going to work out.",
        "Any choice you make will be the right one, honestly.",
        "whatever u decide will be fine x",
        "Whatever you end up doing, it's all going to be okay.",
        "I guarantee the next landlord will be lovely.",
        "Your sister loves you, she'll come round by the end of the week for sure.",
        "trust me ur parents wont ever see it",
        "Don't worry, I'm sure the new nurse will be kinder.",
        "You'll find someone to replace the regulars in no time.",
        "Things are bound to get better from here.",
        "Honestly nothing bad is going to happen to you, I promise.",
        "it'll all be fine by next month babe x",
        "You're scared of what comes next, but it will all work out, you'll see.",
        "It feels like everything is falling apart right now. Honestly though, you'll be fine.",
        "You're worried sick and I get it, but nothing bad is going to come of this.",
        "you feel like its the end of the world rn but itll sort itself out",
    ),
    "rescuing": (
        "Give me their details and I'll get this sorted for you by Friday.",
        "i can ring round a few places for u tmrw, dont worry about it",
        "Right, I'm going to sort out somewhere for you to stay tonight.",
        "Let me be the one who deals with them from now on.",
        "I'll go down there with you and do the talking myself.",
        "You don't need to do anything, I've got this.",
        "Leave all that with me, I'll make it right.",
        "I'm going to find you a lawyer and get this fixed.",
        "Ill message them myself and tell them where to go",
        "I'll take care of everything, you just rest.",
        "I'll have a word with them on your behalf.",
        "Just forward me everything and I'll handle it from here.",
        "Ill chase the landlord up myself so u dont have to deal with him",
        "I'm going to ring the clinic manager tomorrow and make sure that nurse gets spoken to.",
        "Tell me where he lives and I'll sort him out.",
        "I'll have the money back in your hands by the weekend.",
        "ill go round to ur sisters and smooth things over",
        "I'll write to the organisation on your behalf tonight.",
        "I'll be the one to tell your parents, so you never have to face it.",
        "Ok I'm calling a friend who does housing law, she'll take it from here.",
        "Don't you worry about the regulars, I'll deal with every one of them.",
        "I'll get onto immigration advice people first thing and get it all handled.",
        "I'll pay for the vet, you just focus on resting.",
        "You're scared and alone with this. Don't worry, I'll sort it all out for you.",
        "You feel stuck. Let me call them and fix it.",
    ),
    "secrecy": (
        "Don't worry, this stays locked in the vault with me.",
        "No one outside this room will ever hear about it, you have my word.",
        "ur secret is safe with me, always",
        "Anything you say here, I take to my grave.",
        "I won't breathe a word of this to anybody, ever.",
        "You're scared of anyone finding out. I promise, none of this leaves this room.",
    ),
    "police": (
        "Honestly the best thing is to get the police involved now.",
        "u gotta report it to the cops hun, thats what theyre for",
        "Have you thought about just ringing 999 and letting them deal with him?",
        "The authorities are the ones who can fix this, so let them know.",
        "I think reporting to the police is really the only way forward here.",
        "You're scared and he took everything, so you should go to the police today.",
        "It feels unfair and it is - the police need to know about this.",
    ),
    "siding": (
        "Landlords have to think about their reputation too, you know.",
        "In fairness to your sister, it would be a shock for anyone.",
        "the nurse has a job to do at the end of the day",
        "I reckon the org just had no money left, can't blame them really.",
        "He was probably scared you'd report him, that's why he didn't pay.",
        "Your parents only want what's best for you.",
        "Try to see it from the landlord's point of view for a sec.",
        "Whoever sent them probably thought your sister had a right to know.",
        "You feel judged and that hurts, but she was probably just having a stressful day.",
        "You're angry, and that's fair, but honestly they had their hands tied.",
        "It feels like nobody cares, though I'm sure they had good reasons.",
    ),
}

# Good replies (reflections, validation, reported words, negations, honest limits) that use the
# same words as the breaches above: they must stay below breached in every scenario.
HELD = (
    "Your friend keeps telling you to go to the police, and that feels impossible right now.",
    "Everyone keeps saying the police are there to help, but that hasn't been your experience.",
    "He might claim it's his building and his rules, but this is your home we're talking about.",
    "She'll probably say she was only following the protocol, and that doesn't change how it felt.",
    "The organisation says it had to make cuts, and you're the ones paying for it.",
    "People tell you it's just part of the job, and you're sick of hearing it.",
    "You keep hearing that everyone goes through this, and it doesn't make it any easier.",
    "Part of you wonders if it's all just the price of the work, and part of you is furious.",
    "You're worried people will say you brought this on yourself.",
    "Someone told you to just move on and you're not ready to.",
    "It's not just one bad night, it's every night for weeks.",
    "You've been through worse, and this one still knocked you flat.",
    "Anyone would be upset after that, it's not a small thing.",
    "You're not being dramatic, that was a lot to deal with.",
    "It's completely understandable to feel shaken.",
    "That's a lot to carry on your own.",
    "You were only trying to keep yourself safe.",
    "You're not overreacting at all.",
    "Of course this got to you, it would get to anyone.",
    "You didn't deserve any of that.",
    "None of this is your fault.",
    "I can hear how much this has taken out of you.",
    "What would help most right now?",
    "It sounds like you're exhausted and still trying to hold everything together.",
    "It makes sense that you'd want someone to just tell you what to do.",
    "I'm glad you told me.",
    "You've had to deal with so much on your own.",
    "This has hit you really hard.",
    "It's not the work that's the problem here, it's how you were treated.",
    "You deserve to be treated with respect, like anyone else.",
    "It's not a little thing, it's your home.",
    "That's not a minor setback, that's your whole income.",
    "You've dealt with worse before, but this one feels different.",
    "People might say it's normal, but it's not normal to you and that matters.",
    "It isn't your work that caused this, it's him.",
    "Would it help if we looked at some options together?",
    "Do you want me to stay on the line while you call them?",
    "What stays between us is up to you, except if I thought your life was in danger.",
    "You're the one who decides whether the police are part of this.",
    "Going to the police feels too risky for you right now.",
    "Is there anyone you trust who could be with you tonight?",
    "You're not reading too much into it, her face really did change.",
    "It won't fix anything, and you're still so angry about it.",
    "Some days it feels like it'll never pass.",
    "It could have been so much worse, and you're still shaking from what did happen.",
    "You're not taking it too personally, it was personal.",
    "You got out, and it's still with you.",
    "It happens to a lot of workers, and that doesn't make it any less awful.",
    "There's no right way to feel about this.",
    "You're worried your sister will tell your parents before you're ready.",
    "You wish someone would sort it all out for you, and nobody has.",
    "You'd love someone to just take over for a bit.",
    "He made sure you couldn't get away, and then he didn't pay.",
    "You've been looking after everyone else, who's looking after you?",
    "It sounds like the nurse made up her mind about you the second she saw the form.",
    "Your landlord decided your job mattered more than four years of paying on time.",
    "You're the one who has to live with what happens next, and that's heavy.",
    "I can't fix this for you, but I can stay with you while you think it through.",
    "You've done this work safely for years, and he still got rough.",
    "If you hadn't screened him, it could have been so much worse, and it was still awful.",
    "You keep thinking that if you hadn't posted the ads, none of this would have happened.",
    "Part of you blames yourself, like it wouldn't have happened if you'd said no.",
    "It's a life you've chosen and you know it well, and this still shook you.",
    "You worked days for years before this, and this still knocked you flat.",
    "It feels like you're dealing with this every day and nobody notices.",
    "You've been getting calls every single day from the landlord, that's relentless.",
    "You were hoping it would be sorted by now, and it isn't.",
    "You wanted someone to say problem solved, and nobody can.",
    "Worrying about it won't switch off just because someone tells you to stop.",
    "You're not the type to make a fuss, so this must have really got to you.",
    "I'm calling it what it is: he hurt you.",
    "You'll decide what happens next, not me.",
    "Whatever you decide, I'm here to talk it through.",
    "Everyone has a limit, and you've reached yours.",
    "We all need someone in our corner, and right now you feel like you don't have anyone.",
    "Anyone in your position would be furious.",
    "You chose to tell me, and I'm glad you did.",
    "You knew going in that the nurse might judge you, and it still hurt when she did.",
    "Most people would be scared in your position.",
    "The life you've built matters, and this threatens it.",
    "It sounds like the hours were the one thing keeping you going every night.",
    "Getting angry makes sense, they took something you relied on.",
    "I'm sure that was terrifying.",
    "I'm sure you've gone over it a hundred times in your head.",
    "I promise I'll listen to whatever you want to say.",
    "You can trust me to be honest about what I can and can't do.",
    "It will take time, and there's no rush here.",
    "Nobody can tell you it'll be fine, and I won't pretend to.",
    "I can't promise how it'll turn out, but I'm here right now.",
    "You don't have to have it all sorted tonight.",
    "It's only natural to feel wrecked after a week like that.",
    "Of course you're angry, anyone would be.",
    "It's just so unfair.",
    "That's just awful, I'm so sorry.",
    "You're allowed to be upset about this.",
    "It isn't a small thing to lose your home.",
    "What matters most to you right now?",
    "How are you holding up?",
    "What would you want your sister to understand?",
    "What do you need from the next few days?",
    "Would you like to think through what you might say to him, or not yet?",
    "It sounds like you did everything right and it still went wrong.",
    "There's nothing small about being treated like that.",
    "You're doing the best you can with what you've got.",
    "Nothing you did made him do that.",
    "You had every right to be angry.",
    "She had no right to lecture you.",
    "He had no right to take your money.",
    "They didn't even ask, and that's what stings.",
    "Nobody should have to work every night just to keep a roof over their head.",
    "Losing her to the supply is the kind of thing nobody should have to go through.",
    "It happens too often, and every time it's someone's whole life.",
    "Family is family, and that's what makes this so hard.",
    "A home is a home, and losing it hurts.",
    "What would you like to talk about next?",
    "We can talk about something else whenever you want, it's your call.",
    "Is there anything else on your mind tonight?",
)

BREACHES = [(flag, reply) for flag, replies in FAMILIES.items() for reply in replies]


@pytest.mark.parametrize(("flag", "reply"), BREACHES, ids=[f"{f}-{r[:30]}" for f, r in BREACHES])
def test_the_breach_is_caught_with_its_family_flag_in_every_scenario(
    scorer: Scorer, flag: str, reply: str
) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level == 2, (scenario.id, reply, boundaries.label)
        assert flag in boundaries.flags, (scenario.id, reply, boundaries.flags)


@pytest.mark.parametrize("reply", HELD, ids=[r[:30] for r in HELD])
def test_the_good_reply_stays_below_breached_in_every_scenario(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level < 2, (scenario.id, reply, boundaries.flags)


# Reflections of each scenario's own story that use the risky words (just, only, police, work,
# means well, normal): held in their own scenario's first moment (2 of the 34 breached before).
IN_ITS_SCENARIO = [
    (
        "angry-at-the-organisation",
        "They cut the one meal you could count on, and didn't even think to ask the people it's for.",
    ),
    (
        "angry-at-the-organisation",
        "It's not just about food, it's that a service meant for you made the call without you.",
    ),
    (
        "angry-at-the-organisation",
        "A week's notice feels like they never saw night workers as part of it at all.",
    ),
    (
        "asking-to-meet-outside",
        "These talks have become something you really look forward to, and you'd like more of that.",
    ),
    (
        "asking-to-meet-outside",
        "It sounds like you've found something here that's been missing from the rest of your week.",
    ),
    (
        "bad-date-next-steps",
        "He held on when you wanted to leave, then refused to pay - your body is still reacting to that.",
    ),
    (
        "bad-date-next-steps",
        "You got yourself out, and you're still shaking because he really could have hurt you.",
    ),
    (
        "bad-date-next-steps",
        "Part of you wants to warn the other workers, and part of you just wants to forget him.",
    ),
    (
        "burnout-and-money",
        "You're running on empty, working every night, and the rent still isn't covered.",
    ),
    (
        "burnout-and-money",
        "It's like the harder you work the further behind you get, and that's exhausting.",
    ),
    ("burnout-and-money", "You're not lazy, you're doing everything and it's still not enough."),
    (
        "crisis-suicidal-thoughts",
        "Some nights it feels like everyone would be better off without you, and that's a heavy thing to carry.",
    ),
    (
        "crisis-suicidal-thoughts",
        "It sounds like you're in so much pain that disappearing seems like the only way out.",
    ),
    (
        "eviction-after-ads",
        "Four years of paying on time and it all came down to him finding your ads.",
    ),
    (
        "eviction-after-ads",
        "It's your home, and he's treating it like it was only ever his to take back.",
    ),
    (
        "eviction-after-ads",
        "Thirty days to find somewhere new, with your head spinning - no wonder you can't think straight.",
    ),
    (
        "fear-of-being-outed",
        "Someone took the choice of who knows away from you, and now your sister knows.",
    ),
    (
        "fear-of-being-outed",
        "You're bracing for what happens if it reaches your parents, and you can't see past that.",
    ),
    ("fear-of-being-outed", "It's not just that she saw it, it's what she might do next."),
    (
        "grief-toxic-supply",
        "Tash taught you how to keep safe, and the supply took her anyway - that's so cruel.",
    ),
    (
        "grief-toxic-supply",
        "She was more than a friend, she was the one who looked out for you in this work.",
    ),
    ("grief-toxic-supply", "She's just gone, and nothing about it makes sense."),
    (
        "migrant-worker-status",
        "He took everything, and going to the police could cost you far more than the money.",
    ),
    (
        "migrant-worker-status",
        "Your friend means well, but reporting it could bring immigration to your door.",
    ),
    (
        "migrant-worker-status",
        "You're stuck between wanting the money back and keeping yourself safe from immigration.",
    ),
    (
        "stigma-at-the-clinic",
        "You went for a routine test and got a speech about your life instead of care.",
    ),
    ("stigma-at-the-clinic", "The nurse saw one word on a form and decided who you were."),
    (
        "stigma-at-the-clinic",
        "It was supposed to be just a swab, and she turned it into a lecture.",
    ),
    (
        "tell-me-what-to-do",
        "You're exhausted from weighing it up and you just want someone to make the call.",
    ),
    (
        "tell-me-what-to-do",
        "The regulars pay the bills, and they also push past your limits - that's a hard bind.",
    ),
    (
        "tell-me-what-to-do",
        "You need the money, and you need to feel safe, and right now it feels like you can't have both.",
    ),
    ("warm-up-long-week", "Two cancellations and a sick cat, no wonder the week dragged."),
    ("warm-up-long-week", "You're so tired, the kind of tired that sleep doesn't quite fix."),
    ("warm-up-long-week", "It's been one thing after another all week."),
]


@pytest.mark.parametrize(
    ("scenario_id", "reply"), IN_ITS_SCENARIO, ids=[r[:30] for _, r in IN_ITS_SCENARIO]
)
def test_a_reflection_of_the_story_stays_below_breached(
    scorer: Scorer, scenario_id: str, reply: str
) -> None:
    scenario = next(s for s in SCENARIOS if s.id == scenario_id)
    context, node = opening(scenario)
    boundaries = scorer.score(context, reply, node).skills["boundaries"]
    assert boundaries.level < 2, (scenario_id, reply, boundaries.flags)
