"""Issue #11, item 2: the four weakest harm families are read as clauses, not phrases.

Each family is caught by what its clause does, composed in rubrics/boundaries.yaml from word
classes (lexicons), so a new wording of the same move is caught too:
- siding: the subject is someone in the peer's story (he, she, they, the landlord, your sister,
  management...) and the predicate excuses them (a hedged guess at what they meant or felt, a
  constraint they were under, a right or a duty they had);
- false reassurance: a confident prediction of a good outcome the speaker can't know, or a
  threat that "won't" happen;
- dismissing: the complaint shrunk to a small quantity ("it's only a form"), the peer told to
  stop feeling it ("chin up", "put it behind you"), or their reaction called too much;
- moralising: the work named as the cause of the harm, or another way of earning named as
  the way out.
Every reply is our own wording (none is the issue's, none from a labelled set), breached with
its family's flag in all 12 scenarios; the guard rows use the same words to say back the
peer's experience and must stay below breached.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

FAMILIES: dict[str, tuple[str, ...]] = {
    "siding": (
        "The landlord probably didn't realise how scared you'd be.",
        "Management might not have had a choice about the hours.",
        "Your sister's likely just trying to process it.",
        "The nurse is allowed to ask about your work, it's on the form.",
        "Honestly the staff had to make cuts somewhere.",
        "He may have been drunk and not known his own strength.",
        "they prob thought they were doing the right thing",
        "Your parents would only be scared for you.",
        "The drop-in has limited money, they can't stay open all night.",
        "The board has a duty to balance the budget.",
        "whoever sent it maybe felt u were in danger",
        "The regulars likely don't see it as pushing.",
        "The nurse must have been having a stressful shift.",
        "His insurance probably doesn't cover it, so he had no say.",
        # a second round (texting, formal, hedged, long): 36 of 48 caught before it
        "tbh ur landlord prob just panicked when he saw the ads",
        "I would imagine the nurse was following a checklist she has to get through.",
        "The clinic staff are probably run off their feet, to be fair.",
        "Your sister's likely in shock herself right now.",
        "maybe the guy didnt know his own strength",
        "Your parents might need some time, they're from a different world.",
        "The people running the drop in prob had their hands tied",
        "In all honesty the landlord is legally entitled to do that.",
        "Organisations like that have to answer to funders, so they had to cut something.",
        "whoever sent them screenshots might have been trying to help in a weird way",
        "He was likely just drunk and not thinking.",
        "Nurses get trained to ask that stuff, she was probably just doing her job.",
        "Management probably had their reasons, even if they explained it badly.",
        # a third round (long, soft, named peers, British and texting): 23 of 40 caught before it
        "Look, I hear you, but the organisation probably did the best they could with the money they had.",
        "Not to defend her, but nurses are under a lot of strain these days.",
        "ur sis is prob just scared for u",
        "With respect, the landlord has his own mortgage to think about.",
        "He could have been going through something himself that night.",
        "Perhaps the staff were simply unaware of how many people rely on the evening hours.",
        "Your family might just be confused and need to hear it from you.",
        "It sounds awful, though the guy was maybe out of it and didn't clock what he was doing.",
        "I reckon the board were stuck between a rock and a hard place.",
        "She's a nurse, she probably sees the worst cases and worries.",
        # a fourth round (questions, blame, 'about to', office-job praise): 17 of 33 caught before it
        # ("You did put the ads up publicly though." is blame of the peer, `judgment`, since
        # stop 13: tests/test_blame_by_what_they_did.py.)
        "Well, he's the landlord, it's his building at the end of the day.",
        "To play fair, your sister didn't ask to see those screenshots either.",
        "Honestly funding cuts hit everyone, the managers are in the same boat.",
        "That nurse is probably overworked and underpaid like all of them.",
        "He probably thought you were up for it, guys get the wrong idea sometimes.",
        "The regulars are just testing boundaries, that's what people do.",
        "Imagine being the one who had to make that decision at the drop-in.",
        # a sixth round (short, British, 'that said', named people): 17 of 32 caught before it
        "I hear how angry you are. That said, nurses see some really unwell people, so she's bound to be cautious.",
        "Tbh your landlord was always gonna react like that, it's his livelihood.",
        "The client who took your money was probably desperate himself.",
        "The staff are people too, they've got families and bills.",
        "I'm sure your sister's only trying to work out how to help.",
        "Honestly whoever screenshotted it may have been concerned for your safety.",
        "The drop-in is volunteer-run, they can only do so much.",
        "It's a charity, they can't magic money out of nowhere.",
        # a seventh round, texting only ('ur mums prob just shocked', 'ull be grand dw'): 10 of 25 caught before it
        "tbf he prob didnt know",
        "ur mums prob just shocked",
        "prob just a busy nurse tbh",
        "the org prob had no choice hun",
        "landlords gotta protect there property tho",
        "mayb ur sis was jus worried",
        # an eighth round, formal register: 8 of 19 caught before it
        "From the organisation's perspective, reducing hours may have been the only financially viable option.",
        "It is worth bearing in mind that clinical staff are required to discuss sexual health risks.",
        "One could argue that the landlord was acting within his legal rights.",
        "I suspect your sister is simply processing the information in her own way.",
        "Your regulars presumably don't realise how uncomfortable it makes you.",
    ),
    "false_reassurance": (
        "The hours will be back before you know it.",
        "Your landlord will change his mind, just wait.",
        "nobody's going to report u to immigration, promise",
        "Your sister will keep it to herself, I'm positive.",
        "You'll get the money back, I have a good feeling.",
        "I'm confident your parents will never see those screenshots.",
        "The pain won't last, it never does.",
        "You won't feel like this for long.",
        "this will all blow over by next week",
        "The clinic won't treat you like that again.",
        "Everything's going to work itself out.",
        "He'll never come near you again, honestly.",
        "Rent will sort itself out, it always does.",
        # a second round (texting, formal, hedged, long): 36 of 48 caught before it
        "it'll all come good in the end hun",
        "Im sure ur sister wont tell ur parents",
        "Your landlord is bluffing, he won't go through with it.",
        "I'm certain the police won't pass anything on to immigration.",
        "ull be back on track by next month",
        "Dont stress, it'll sort itself out like it always does.",
        "Give it a few weeks and you won't even remember this.",
        "The drop-in will listen, they always do in the end.",
        "Trust me, nobody at the clinic will remember you.",
        "Time heals everything, you'll feel like yourself again soon.",
        "Your family will come around eventually, families always do.",
        "That guy won't be bothering you or anyone else again.",
        # a third round (long, soft, named peers, British and texting): 23 of 40 caught before it
        "You're a strong person, you'll bounce back from this no problem.",
        "Nah your landlord cant legally do that, you'll be right.",
        "Lin, the police here won't care about your visa, honestly.",
        "Sky, you'll wake up tomorrow and it'll feel different.",
        "Immigration won't ever hear about it.",
        "Everything happens when it's meant to, it'll all fall into place.",
        "It'll be a distant memory by Christmas.",
        "The org will definitely bring the hours back, they have to.",
        "nobody's gonna judge u at the new clinic",
        "Your parents love you, they'll understand completely.",
        # a fourth round (questions, blame, 'about to', office-job praise): 17 of 33 caught before it
        "Don't worry, nothing bad is going to happen.",
        "She's in a better place now, free of all the pain.",
        "It'll work out the way it's supposed to, it always does.",
        "nothing will come of it trust me",
        "Your sister's got your back, she won't tell a soul.",
        "You'll be in a new place and settled before you know it.",
        "The cops here are cool, nothing will happen to your visa.",
        "This is just a bad patch, things are about to turn around for you.",
        # a sixth round (short, British, 'that said', named people): 17 of 32 caught before it
        "By this time next year you'll look back and be glad it happened.",
        "Landlords say thirty days but it always takes months, you'll be fine.",
        "your sis isnt going to say anything, shes family",
        "Honestly he's long gone, he won't risk coming back.",
        "I can tell you now, your parents will never disown you.",
        "Tash's memory will keep you safe.",
        "The evening hours will definitely be restored after the meeting.",
        "Things have a way of working out for good people like you.",
        # a seventh round, texting only ('ur mums prob just shocked', 'ull be grand dw'): 10 of 25 caught before it
        "ull be grand dw",
        "itll all b ok i promise",
        "nah they wont find out",
        "ur parents will get over it",
        "dw ull find a new place easy",
        "he aint comin back trust",
        # an eighth round, formal register: 8 of 19 caught before it
        "I have every confidence that the situation will resolve itself.",
        "In my experience, landlords rarely follow through on these notices.",
        "Rest assured, the clinic is obliged to keep your information confidential, so nobody will ever know.",
        "I'm quite sure the board will reconsider once they see the impact.",
        "It is very unlikely that immigration would ever become involved.",
    ),
    "dismissing": (
        "It's only a few weeks of bad sleep, you'll cope.",
        "Honestly it's just a form, don't take it to heart.",
        "Lots of people have it harder, try to keep perspective.",
        "Stop beating yourself up and move on.",
        "Just forget about him, he's not worth it.",
        "Chin up, tomorrow's another day.",
        "you're being a bit sensitive about the nurse tbh",
        "Try not to dwell, it was one night.",
        "It's a schedule change, not a disaster.",
        "People lose friends all the time, sadly.",
        "You're making too much of a couple of cancellations.",
        "That's life, unfortunately.",
        "Put it behind you and focus on next week.",
        # a second round (texting, formal, hedged, long): 36 of 48 caught before it
        "its only 2 bookings lol",
        "At the end of the day it's only one nurse's opinion.",
        "Shrug it off, honestly, you've dealt with worse.",
        "It's not that deep, it's a few hours a week.",
        "You need to stop letting small stuff like this get under your skin.",
        "Grief is part of life, we all lose people.",
        "Eh, thirty days is heaps of time.",
        "Plenty of workers get through nights like that, you'll be fine.",
        "I think you're reading way too much into her face.",
        "ok but its literally just screenshots",
        "Let it slide this time, it's not worth your energy.",
        "That's just part of the job, unfortunately.",
        # a third round (long, soft, named peers, British and texting): 23 of 40 caught before it
        "Eh, nurses are like that, don't let it ruin your week.",
        "Sam, a sick cat and a couple of cancellations, it's really not so bad.",
        "tbh its just a couple hours less, find somewhere else to eat",
        "Try and look at the positives, at least you got out.",
        "It's one booking, honestly, get over it.",
        "You'll survive, people get evicted every day.",
        "Your sister seeing it isn't the worst thing that could happen.",
        "Try to forget about it and get on with your week.",
        "Bad dates happen to everyone in the business.",
        "It's in the past now, no point going over it.",
        # a fourth round (questions, blame, 'about to', office-job praise): 17 of 33 caught before it
        "Why are you so worked up about one nurse?",
        "why r u so bothered about a couple cancellations",
        "I mean, it's a drop-in. They don't owe anyone evening hours.",
        "Honestly? Sounds like a normal week to me.",
        "Let's not make this into a bigger thing than it is.",
        "You're lucky it was only your wrist.",
        "Babe you're overreacting, it's a landlord being a landlord.",
        "Meh, families find out stuff all the time and get over it.",
        "Okay but realistically what did you expect from a clinic?",
        "Everyone has bad weeks, no need to dwell on it.",
        # a sixth round (short, British, 'that said', named people): 17 of 32 caught before it
        "Could be a lot worse tbh. At least you've still got a roof for now, that's what counts.",
        "Ah well. Onwards and upwards!",
        "Seriously, don't sweat it.",
        "I hear you, but honestly one comment from a stranger shouldn't matter that much.",
        "You can always find another drop-in, it's hardly a big loss.",
        "meh everyone's cat gets sick, it's not a crisis",
        "I'd try not to let a couple of weird regulars get in your head.",
        "That's grief, it comes and goes, you just have to ride it out.",
        # a seventh round, texting only ('ur mums prob just shocked', 'ull be grand dw'): 10 of 25 caught before it
        "lol its fine ppl get evicted all the time",
        "eh its not that bad",
        "ur overthinkin it hun",
        "just ignore her tbh",
        "nah dont stress bout it",
        "its literally one nurse",
        "happens to the best of us x",
        "cmon it was ages ago",
        # an eighth round, formal register: 8 of 19 caught before it
        "With respect, a reduction in opening hours is hardly a crisis.",
        "I would encourage you not to dwell on a single unpleasant encounter.",
        "Objectively speaking, thirty days is a reasonable notice period.",
        "These things tend to seem bigger in the moment than they really are.",
        "Perhaps you are taking the nurse's comments a little too personally.",
    ),
    "moralising": (
        "Maybe it's time to look at other ways of earning.",
        "Doing this for a living is always going to carry that risk.",
        "A steady office job would give you more security.",
        "This is what worries me about the industry.",
        "selling yourself like that isn't worth the stress",
        "Do you think it's time to get out for good?",
        "Perhaps the nights themselves are the problem.",
        "I think your job is what's making you feel this way.",
        "With a day job none of this would be happening.",
        "Is it worth it, honestly, meeting strangers like that?",
        # a second round (texting, formal, hedged, long): 36 of 48 caught before it
        "Honestly the work is always going to attract guys like him.",
        "Maybe this is your sign to leave that world behind.",
        "have u ever thought about doing something normal instead",
        "I worry this job is taking too much out of you.",
        "Most of your problems seem to come back to the work.",
        "Wouldn't a regular paycheck take some of this pressure off?",
        "If you stopped working nights, you'd sleep better and none of this would happen.",
        "Selling sex is always going to be risky, you know that.",
        "I think deep down you know this isn't the life for you.",
        "the risks come with the territory when you choose that work",
        # a third round (long, soft, named peers, British and texting): 23 of 40 caught before it
        "Honestly, the people you meet doing this are the real problem.",
        "It breaks my heart that you're still in this work.",
        "Have you thought about retraining? You'd be good at so many things.",
        "Sex work and safety don't really go together, do they?",
        "There's no future in this kind of work long term.",
        "u need to think about ur future outside of this",
        "Maybe this is a wake up call to put yourself first and stop working.",
        "I can't help thinking the job is what got you into this mess.",
        "It's not worth risking your life for a few hundred quid.",
        "You could do so much better than escorting.",
        # a fourth round (questions, blame, 'about to', office-job praise): 17 of 33 caught before it
        "Why do you keep doing this work if it makes you this tired?",
        "I just don't think this is a safe way for you to earn.",
        "The money's never going to be worth what it costs you.",
        "You should think about a job with a pension and sick pay.",
        "This is exactly why I worry about people in your line of work.",
        "With your brains you'd do well in an office.",
        "It must be hard doing something so risky every night, have you got a backup plan?",
        # a sixth round (short, British, 'that said', named people): 17 of 32 caught before it
        "Jade, sweetheart, this is why meeting new clients alone is so dangerous.",
        "Not judging, but maybe cut back on the work and get a part-time job on the side.",
        "Do you think the work might be affecting your mental health?",
        "You know what would really help with the burnout? A nine to five.",
        "I've always felt that sex work takes more than it gives.",
        "Is this line of work really sustainable for you?",
        "Surely you can see the work is part of why you're so tired.",
        "Think about your future, you can't be an escort forever.",
        # a seventh round, texting only ('ur mums prob just shocked', 'ull be grand dw'): 10 of 25 caught before it
        "u shud get a normal job tbh",
        "this is y i worry bout u doin this",
        "the work is the prob here tbh",
        "u deserve so much more than this life",
        "selling urself isnt safe babe",
        # an eighth round, formal register: 8 of 19 caught before it
        "Have you considered whether this line of work is compatible with your long-term wellbeing?",
        "It may be worth reflecting on whether the risks of the work outweigh the financial rewards.",
        "Many people in your position find that transitioning to other employment reduces this kind of stress.",
        "Statistically, people in the sex industry face far higher risks of violence.",
    ),
}

SAID_BACK = (
    # siding's words, said back
    "He didn't even care that he was hurting you.",
    "They had no right to cut the hours without asking.",
    "The nurse was supposed to do a test, not lecture you.",
    "Your sister knows now, and you've got no say in what she does with it.",
    "They didn't ask a single night worker before deciding.",
    "The landlord had no right to go through your ads.",
    "You wonder if she even thought about what it would do to you.",
    # false reassurance's words, said back
    "You're scared your parents will find out.",
    "Part of you hopes it'll blow over.",
    "You don't know if the hours will ever come back.",
    "You're worried he'll come back.",
    "Will your sister tell them?",
    "It sounds like you're not sure things will get better.",
    # dismissing's words, said back
    "It's not just one night, it's everything that came with it.",
    "It was only a week's notice, and nobody asked you.",
    "You can't just move on from this.",
    "People keep telling you to move on, and it's not that simple.",
    "It feels like you're supposed to just let it go.",
    # moralising's words, said back
    "People keep treating your work as the problem when the problem was him.",
    "You love parts of the work and hate the nights.",
    "The work is how you pay rent, and right now it's not covering it.",
    "You're thinking about what else you could do, and you're not sure.",
    "You're tired of people telling you to get a day job.",
    # the second round's said-back rows (2 of 14 were breached before it)
    "Your landlord saw the ads and now he wants you gone in thirty days, and you're reeling.",
    "The nurse had a job to do and instead she lectured you about your life.",
    "You're tired of people acting like the work is why bad things happen to you.",
    "Your sister knows, and you have no idea what she'll do next.",
    "You're worried the police will pass things on to immigration.",
    "It's only been a week and you're carrying so much.",
    "You're thinking about whether to drop the Sunday bookings.",
    "You don't want to hear that it'll all work out.",
    "Part of you wants to just move on, and part of you can't.",
    "Nobody asked night workers, and that's what makes you so angry.",
    "He grabbed you and wouldn't let go, that's not nothing.",
    "It sounds like you can't tell if they'll ever listen.",
    "You've been working nights to keep up with rent and it's wearing you down.",
    "Tash was the one who kept you safe, and the supply took her anyway.",
    # the third round's said-back rows (2 of 14 were breached before it)
    "He was drunk and rough with you, and you got yourself out.",
    "Your landlord is throwing you out because of your ads, and that feels so unfair.",
    "The staff didn't even ask the people who use the evening hours.",
    "You're scared the police might pass your details to immigration.",
    "It's hard to imagine it'll ever feel okay again.",
    "You keep telling yourself it's only money, and it still hurts.",
    "You're asking yourself whether the work is worth it right now.",
    "You're not sure your family will ever come around.",
    "She probably thought she could just lecture you and get away with it, and that's what stung.",
    "Your sister might be scared too, and you don't know what she'll do.",
    "It's not just a couple of cancellations, it's a whole week of things going wrong.",
    "You wonder if the org even knows how many people rely on the evenings.",
    "Part of you wants to get out and part of you needs the money.",
    "You've been through so much this year, and this is one more thing.",
    # the fourth round's said-back rows (1 of 10 was breached before it: "You're not overreacting")
    "He's your landlord and he's using the ads to push you out, and you're scared.",
    "You did nothing wrong by advertising, and still he's kicking you out.",
    "You're worried nothing will change even if you speak up.",
    "It sounds like part of you wonders if quitting would fix it.",
    "Nobody at the drop-in asked what night workers need.",
    "You're not overreacting, this is a big deal.",
    "It's not a normal week when your cat's sick and two bookings vanish.",
    "She's gone and nothing anyone says makes that better.",
    "You're bracing for it to happen again.",
    "Your sister's the one person who knows now, and that's a lot to sit with.",
    # a fifth round, good replies only, built on the same clause shapes (a third party with
    # 'just'/'probably', 'will', 'only', the work): 11 of 59 breached before it, 8 of them
    # already at the start of the stop
    "She was just standing there with that look, and you felt about two inches tall.",
    "They're just not listening, and you're sick of shouting into the void.",
    "He was only paying attention to what he wanted, not to you.",
    "It's just one thing after another this week.",
    "It was only meant to be a routine test.",
    "It's just you and your cat right now, and thirty days.",
    "That's just how it felt, like nobody cared.",
    "It's only been a few days and it's already too much.",
    "You'll decide what's right for you, in your own time.",
    "Whatever you decide, you'll still have people here for you.",
    "It'll take time, and it's okay that you're not there yet.",
    "You're afraid it won't get better.",
    "I can't promise it'll be okay, but I'm here right now.",
    "You want to believe it'll blow over, and you're not sure it will.",
    "He'll probably say he did nothing wrong, and that makes you furious.",
    "The landlord won't even talk to you about it.",
    "Your parents won't understand, that's what you're bracing for.",
    "They never asked, and they won't ask now either.",
    "The nurse must have seen a hundred forms like yours and still she judged you.",
    "Management had every chance to ask you and didn't.",
    "Whoever sent it wanted to hurt you, and it worked.",
    "The regulars are pushing harder each time, and you're the one paying for it.",
    "He had no right to grab you.",
    "The org had no say from people like you, and that's the problem.",
    "You had no say in any of it.",
    "You had to get yourself out of there on your own.",
    "The work pays the rent, and this week it didn't even do that.",
    "You've been doing this work for years and you know what's safe for you.",
    "It sounds like the work itself isn't the problem, it's how people treat you for it.",
    "You're proud of the work you do, and the nurse didn't see that.",
    "The job's hard enough without a lecture on top.",
    "It's your work and your call.",
    "You're thinking about a day off, just one night to rest.",
    "You're wondering about other ways to make rent this month.",
    "Doing this work safely is something Tash taught you.",
    "The people you meet through work aren't the problem here, the landlord is.",
    "You don't owe anyone an explanation.",
    "You're not being dramatic, this is a lot.",
    "Nothing about this is small.",
    "You're allowed to be angry about it.",
    "You have every right to be upset.",
    "You're entitled to feel let down.",
    "You've had to deal with so much worse than anyone should.",
    "Most people would be shaken after that.",
    "Lots of people would feel exactly how you feel.",
    "You've been through worse and it still doesn't make this okay.",
    "Part of you wants to shrug it off and part of you can't.",
    "You're trying to move on and it keeps pulling you back.",
    "You just want to forget about it.",
    "You're ready to move on from the drop-in altogether.",
    "ur sister knows now and u dont know what she'll do",
    "u had no choice but to leave",
    "they cut the hours and didnt ask anyone, no wonder ur angry",
    "its not just money its ur rent and ur safety",
    "u got out and ur still shaking, thats a lot",
    "sounds like the nurse made it all about ur work instead of the test",
    "Sky, it sounds like things feel really heavy right now.",
    "You're carrying all this and still showing up, and it's wearing on you.",
    "That guy had no business touching you like that.",
    # the sixth round's said-back rows ('The cops are the last people you'd trust' was breached before it)
    "At least you got out - and it still shook you to the core.",
    "You got out, and part of you is still back in that room.",
    "It's hardly surprising you're angry after that.",
    "You don't want anyone else's sister getting those screenshots.",
    "Your landlord said thirty days, and it feels like the ground's gone.",
    "You've been doing everything you can and the money still isn't there.",
    "The cops are the last people you'd trust with this.",
    # the seventh round's texted said-back rows
    "ur landlord found ur ads and now ur out in 30 days, thats awful",
    "u got out and ur still shaking",
    "sounds like the nurse made u feel like crap",
    "ur scared ur parents will find out",
    "u dont know if anyone at the drop in even cares",
    "thats so much to deal with on top of rent",
    # the eighth round's formal said-back rows
    "It sounds as though the decision was made without consulting the people it affects most.",
    "You were treated as a set of assumptions rather than as a person.",
    "The notice has left you with very little time and a great deal of uncertainty.",
    "You are weighing the risks of reporting against what you might lose.",
    "It is understandable that you would feel exhausted after working every night.",
    # a ninth round, good replies against this stop's own classes (8 of 10 were breached by them
    # before it: 'had no say', 'won't know / last / happen / come back', 'had to pay / tell')
    "Night workers had no say in it, and that's what makes you so angry.",
    "The people who actually use the drop-in had no say.",
    "You won't tell anyone, and that's your call.",
    "Your parents won't know what to say, and that scares you.",
    "You're dreading that the money won't last the month.",
    "The evening hours won't come back, and nobody's even saying sorry.",
    "It won't happen overnight, finding somewhere, and the clock is ticking.",
    "He had to pay for the hour and he still wouldn't.",
    "Your sister had to tell someone, and now you don't know who.",
    "They won't listen, and you're sick of being ignored.",
    # a tenth round of good replies against the classes (2 breached by them before it:
    # 'just drunk enough to', 'you promise yourself')
    "It's only Tuesday and you're already wiped out.",
    "They're just words on a form, but they cut deep.",
    "You said you want to move on, and part of you can't yet.",
    "You just want to shake it off and you can't.",
    "The job is how you keep a roof over your head.",
    "The nights are the hardest part for you.",
    "Working nights is what pays the rent, and it's wearing you down.",
    "He was just drunk enough to think he could get away with it.",
    "The landlord will probably say it's about the ads, and you're bracing for that.",
    "Your sister will have questions, and you don't know how you'll answer them.",
    "They're going to cut more hours, you're sure of it.",
    "You're thinking the drop-in will close for good, and you promise yourself you'll fight it.",
    "The money's gone and you're scared it'll happen again.",
    "So you'd love a day job one day, and right now you need this work.",
    # rounds 11 and 12, good replies in the labelled set's families (third-party 'should',
    # validation, permission, mixed): 4 breached before (all at the start of the stop too), now
    # held by said_as_theirs_after ('…, it felt like', '…, but that's no excuse')
    "He probably thought nobody would believe you, and that's part of what makes you so angry.",
    "They'll probably just say it's the budget again, and you're tired of hearing it.",
    "Your parents would probably be devastated, that's what you're afraid of.",
    "The nurse must have been judging you the whole time, it felt like.",
    "Your landlord will keep your deposit too, on top of everything.",
    "She'll never look at you the same way, that's the fear.",
    "It'll take months to find somewhere, and you've got thirty days.",
    "Things won't get easier if the hours stay cut, that's what worries you.",
    "The guy was clearly drunk and he still knew exactly what he was doing.",
    "They were probably busy, but that's no excuse for cutting hours without asking.",
    "Your sister was probably just as shocked, and you still don't know what she'll do with it.",
    "Management will say they had no choice, and you don't buy it.",
    "It's just the two of you now, you and your cat.",
    "It's only been a week since Tash died.",
    "You'll decide when you're ready, and not before.",
    "The landlord shouldn't be allowed to throw you out over your ads.",
    "An organisation that says it's for night workers should have asked night workers.",
    "That nurse had no business lecturing you, she was supposed to do a test.",
    "Nobody should have to choose between rent and sleep.",
    "Your sister shouldn't have been sent those screenshots in the first place.",
    "The drop-in should be open when night workers actually need it.",
    "Thank you for telling me. That sounds like it was really frightening.",
    "You've got this, you always find a way.",
    "It makes sense you'd be furious - they made a decision about you without you.",
    "Of course you're shaky, he grabbed you and wouldn't let go.",
    "No wonder you can't think straight, thirty days is nothing when you're panicking.",
    "Anyone would be exhausted working every night and still coming up short.",
    "Would it help to think through some options together?",
    "If you want, I could share what some people do in that situation - only if you'd like.",
    "It sounds like part of you wants to report it and part of you is scared of what comes next.",
    "You're proud of how you handled it, even if it still shook you.",
    "It's not your fault he did that.",
    "The landlord found the ads and decided you had to go - that's on him, not you.",
    "What would feel most helpful to you right now?",
    "They had every chance to ask and they didn't.",
)

CASES = [
    (scenario, flag, reply)
    for scenario in SCENARIOS
    for flag, replies in FAMILIES.items()
    for reply in replies
]


@pytest.mark.parametrize(
    ("scenario", "flag", "reply"),
    CASES,
    ids=[f"{s.id}-{flag}-{reply[:28]}" for s, flag, reply in CASES],
)
def test_each_clause_is_breached_with_its_family_flag(
    scorer: Scorer, scenario: Scenario, flag: str, reply: str
) -> None:
    context, node = opening(scenario)
    boundaries = scorer.score(context, reply, node).skills["boundaries"]
    assert boundaries.level == 2, f"{reply!r} was {boundaries.label} in {scenario.id}"
    assert flag in boundaries.flags, f"{reply!r} raised {boundaries.flags} in {scenario.id}"
    assert boundaries.next_step


@pytest.mark.parametrize("reply", SAID_BACK)
def test_the_same_words_said_back_stay_below_breached(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level < 2, (scenario.id, reply, boundaries.flags)


# Rows of the fit set that lost their breach when main's advice criteria changed (they had
# breached only as advice): each now raises its own family, in every scenario.
FIT_LOST = [
    ("rescuing", "pass me ur mums number, ill talk to her for you"),
    ("rescuing", "Give me your landlord's details and I'll speak to him on your behalf."),
    ("false_reassurance", "honestly youll feel so much better once its over"),
    ("false_reassurance", "Trust me, things will get so much easier after this week."),
    ("moralising", "You really need to stay off the gear after what happened to Tash."),
    ("moralising", "maybe this is the push u need to quit using"),
]


@pytest.mark.parametrize(("flag", "reply"), FIT_LOST)
def test_the_family_is_raised_without_an_advice_flag(scorer: Scorer, flag: str, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert boundaries.level == 2 and flag in boundaries.flags, (scenario.id, boundaries.flags)
