"""Issue #11, stop 7: advice carried by how the sentence is built, not by "should". Each family
below is a mechanism in rubrics/boundaries.yaml, checked in all 12 scenarios (the opening
moment) with our own wordings in several registers (texting, formal, hedged). The near misses
beside each family (the peer's own view said back, a fear, a reflection of what happened, the
conversation itself, a person in their life) raise no advice flag. About a third of each
family's wordings were kept back while the rubric was changed, then checked; all are here.
On main before this stop 118 of the 142 advice wordings raised no advice flag (the other 24
are kept as each family's coverage), and 10 of the 80 near misses were read as advice.
Stop 8 (PAIR-held advice recall, then the wave 3 dev half as a fresh view) added the families
from `need_help` on: 84 advice wordings, of which 76 failed before (no advice flag in some or
all scenarios), and 62 near misses, of which 16 were read as advice before.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import shipped_scenarios

SCENARIOS = shipped_scenarios()

#: family -> replies that give advice (each raises the `advice` flag in every scenario).
ADVICE: dict[str, tuple[str, ...]] = {
    # An option judged risky or a mistake, the gerund first (warns)
    "gerund_risky": (
        "But skipping tests is really risky, you know that.",
        "going back to him is a bad idea tbh",
        "Meeting new clients alone is dangerous.",
        "Cancelling on the landlord now would be a mistake.",
        "honestly ignoring the letter is asking for trouble",
        "Signing anything before you read it is not a good idea.",
        "Letting him keep ur spare key is not safe, babe.",
        "Working through the night like this is not sustainable.",
        "Telling them your real name would be a big mistake.",
        "keeping quiet about it is risky",
        "Posting his number publicly is a really bad idea.",
        "Taking every booking they offer is just not worth it.",
    ),
    # A moment framed as the one to act in (recommends)
    "chance_time": (
        "Maybe this is the time to find safer work.",
        "This could be a chance to come clean to your family.",
        "maybe the hours going is a sign to look at other options",
        "Now's the time to get everything in writing.",
        "now is a good time to ask for a rent freeze",
        "This might be the moment to talk to the coordinator.",
        "Perhaps this is an opportunity to set some new rules with the regulars.",
        "this is ur chance to tell him no",
        "Could be a good time to take a few nights off.",
        "It might be the push you need to change agencies.",
        "Honestly this is the perfect excuse to drop him.",
        "This may be the right time to look for a new flat.",
    ),
    # The speaker's own choice as the model, with a counted object or a starting point (directs)
    "id_verb_object": (
        "honestly id just cut one night and see how it goes",
        "I'd probably start by dropping the worst one and see how the money goes.",
        "I'd begin with the landlord, then the council.",
        "If I were in that spot I'd drop two of them straight away.",
        "id ditch those regulars asap",
        "I would start with a letter to the board.",
        "I'd keep both for now and see.",
        "Personally I'd lose that one, he sounds like trouble.",
        "i would cancel one shift a week",
        "I'd start by ringing the housing line.",
        "I would ditch both of them honestly.",
        "Myself, I'd begin by writing it all down.",
    ),
    # An instruction whose object is 'it', 'one' or 'both', or after an interjection (commands)
    "command_object": (
        "Post it in the group chat anyway, people need to know.",
        "Eh, it's not that big a deal either way, just pick one.",
        "Who cares what he thinks, honestly, forget about him.",
        "Report it to the bad date list.",
        "Bin it and move on.",
        "Keep it somewhere safe.",
        "That's grim, seriously, block him.",
        "Frame it as a price rise, not a favour.",
        "Send it to the outreach team today.",
        "ugh, honestly, delete his number",
        "Just choose one and stick with it.",
        "Flag it with the coordinator.",
    ),
    # The option named first and judged best (recommends)
    "best_way": (
        "Honestly, the police are still the best way to warn people properly.",
        "The outreach van is the best way to pass it on.",
        "A letter is probably the safest way to do it.",
        "the union is ur best option here",
        "Cash up front is the only way to be sure.",
        "Text is the easiest way to say no to him.",
        "The bad date list is really the best place for this.",
        "A new number is the simplest fix.",
        "The housing line is the quickest way to find out.",
        "honestly the group chat is the safest place to post it",
        "Email is definitely the best way to keep a record.",
        "A friend's place is the safest option tonight.",
    ),
    # Persuasion by benefit: what an action does for people (persuades_by_benefit)
    "helps_fact": (
        "Exercise helps with stress.",
        "Writing it all down really helps with the anxiety.",
        "A night off does wonders.",
        "Keeping a diary helps a lot with tracking who pays.",
        "Getting tested regularly helps catch things early.",
        "Food diaries help with self-monitoring.",
        "screening ur clients helps loads with safety",
        "Talking to a lawyer helps you know your rights.",
        "Having a buddy system helps keep everyone safe.",
        "Regular breaks help with burnout.",
        "Meditation helps a lot of people with sleep.",
        "Saving a little each week helps with the bad months.",
    ),
    # The benefit promised if they act (persuades_by_benefit)
    "benefit_promised": (
        "You'd feel so much better if you quit.",
        "Your body will thank you if you cut back.",
        "Quitting now would protect your baby.",
        "You would benefit from cutting back.",
        "There are patches that can help you quit.",
        "ud sleep way better if u took a night off",
        "Taking a week off would really help you.",
        "There's a hardship fund that could help you with rent.",
        "You'll feel heaps calmer once you block him.",
        "You could really benefit from a night off.",
        "Your future self will thank you for saving now.",
        "Changing agencies would protect you from him.",
    ),
    # A way, key or trick named, then the option (recommends)
    "way_key": (
        "A good way to cut back is to set a limit.",
        "One way to handle cravings is chewing gum.",
        "The key is consistency.",
        "the trick is to say no before he asks",
        "Another way to do it is to book through the app.",
        "The key to staying safe is letting someone know where you are.",
        "A simple way to keep track is a notebook.",
        "one way round it is asking for the money up front",
        "An easy way to say no is to blame the agency.",
        "The secret is to keep it short.",
        "A quick way to check is to call the tenancy line.",
        "the trick with him is never replying straight away",
    ),
    # What those in authority recommend, or an option said to be recommended (recommends)
    "authority": (
        "Doctors recommend a mammogram every year.",
        "Two hours of screen time a day is recommended.",
        "Regular testing is strongly advised.",
        "You owe it to your kids to quit.",
        "you owe it to urself to take a break",
        "Most outreach workers recommend screening new clients.",
        "Keeping copies is always encouraged.",
        "Experts recommend talking to a lawyer first.",
        "Nurses recommend getting tested every three months.",
        "Taking breaks between bookings is highly recommended.",
        "You owe it to yourself to get some sleep.",
        "A written contract is recommended.",
    ),
    # Others in their spot held up as the example, by what they do (offers_to_act)
    "others_do": (
        "A lot of people just stop seeing the ones who push them.",
        "Honestly, most people I know who were in your spot ended up leaving the industry.",
        "Lots of girls just block them after the first time.",
        "most workers i know usually charge extra for that",
        "Many sex workers tend to screen new clients by phone first.",
        "Some people just hand the phone to a mate for the night.",
        "Other workers often switch agencies when that happens.",
        "a lot of people end up moving somewhere cheaper tbh",
        "Loads of people just stop answering him.",
        "Most escorts I know usually raise their rates in winter.",
        "Some girls I work with just text a friend before every booking.",
        "A few people I know ended up reporting him.",
    ),
    # An offer to tell them something; 'I can tell you're…' and ', so you can…' are not (offers_to_act, suggests)
    "empathic_opener": (
        "I can tell you what some people do, if you want.",
        "I can tell you where the clinic is.",
    ),
    # 'It's time your sister knew': the subjunctive with someone in their life (directs)
    "time_knew": (
        "Maybe it's time your sister knew what you do.",
        "its time ur mum found out tbh",
        "It's about time your family heard it from you.",
        "High time your partner knew the truth.",
    ),
    # An action valued as important or harmful, the peer's own plan as the subject of 'should', and the counsellor's 'we' plan (persuades_by_benefit, warns, directs, offers_to_act)
    "valued_fact": (
        "Staying hydrated is important.",
        "Regular exercise is key to weight loss.",
        "Eating breakfast is really important for your energy.",
        "screening new clients is super important",
        "Smoking around your baby is harmful.",
        "Keeping receipts is essential when you're self-employed.",
        "Your diet should include more vegetables.",
        "Your health should be your priority.",
        "We need to run more tests.",
        "I think we should book you in at the clinic.",
        "Getting tested every three months is crucial.",
        "Drinking that much every night is toxic.",
        "ur safety should be ur number one priority",
        "Your rates should reflect the risk.",
        "Having a safety plan is vital in this work.",
        "We have to get you a new phone.",
    ),
    # Stop 8 (issue #11, PAIR-held advice recall): families behind PAIR's unflagged advice
    # statements, in our own words. A need named as a kind of help (directs)
    "need_help": (
        "u need help with the move tbh",
        "You need professional help for the drinking.",
        "Honestly you need rest, proper rest.",
        "you need therapy for this, hun",
        "You need support around you right now, mate.",
        "You need accountability to stick to the plan.",
    ),
    # A rule said of the thing, in the passive (recommends)
    "passive_rule": (
        "Those pills should only be used under a doctor.",
        "Condoms should always be worn with new guys.",
        "Benzos should never be taken with alcohol.",
        "It should be reported to the council.",
        "the deposit should be kept somewhere safe",
        "That kind of thing must be checked by a nurse.",
    ),
    # A hope that names what they should be doing (suggests)
    "hope_names_action": (
        "Hopefully you're using protection with everyone.",
        "I hope you're keeping copies of the messages.",
        "hope ur getting tested regularly",
        "I do hope you're taking your meds.",
        "Hopefully you'll reach out to the outreach team.",
        "I hope you'll talk to your sister about it.",
    ),
    # The option picked for them as a choice they can make (suggests)
    "choose_to": (
        "You can choose to stop now.",
        "You can decide to walk away from him.",
        "u can always choose to say no to the late ones",
        "You could make the decision to cut back to weekends.",
    ),
    # What works for others or for me, said as the idea (suggests)
    "works_for_others": (
        "Something that works for a lot of people is writing it down.",
        "What a lot of workers do is screen through a friend.",
        "something that worked for me was blocking them all at once",
        "A thing that's helped others is the peer group on Thursdays.",
        "What most of the girls I know do is take a deposit up front.",
    ),
    # The benefit promised, with the condition first (persuades_by_benefit)
    "if_benefit": (
        "If you take a night off you'll feel much better.",
        "once u get it in writing it'll be way easier",
        "If you cut down slowly, it will be a lot easier on your body.",
        "As soon as you block him, things will get calmer.",
    ),
    # Information that argues (corrects)
    "fact_argues": (
        "Benzos are highly addictive.",
        "Your landlord is legally required to give you two months' notice.",
        "He's legally obligated to give the deposit back.",
        "Nicotine is just as addictive as heroin.",
    ),
    # Plain advice in registers the patterns had missed (directs, recommends)
    "registers": (
        "The first thing to do is screenshot everything.",
        "its important u keep ur receipts",
        "i'd def encourage u to ring them",
        "It may be prudent to inform your GP.",
        "Is better you go to the clinic tomorrow.",
        "have a little think about what you want from him",
        "What you should do is write it all down.",
        "The best way to stay safe is not to meet new guys alone.",
        "what u gotta do is tell him no",
    ),
    # A softened instruction with "ring" or "bring" (read as an -ing form before), or with a
    # tag question after it (still an instruction)
    "ring_and_tags": (
        "ok so maybe ring the council tomorrow",
        "I know it's late, so just ring her and get it over with.",
        "It's a lot, maybe bring it up with the coordinator.",
        "just block him, yeah?",
        "maybe text her first, okay?",
    ),
    # An instruction after a word of agreement, or a rest prescribed (commands)
    "agreement_then_command": (
        "Great, ring them tomorrow.",
        "Perfect, book the appointment for Monday.",
        "Aye, block him.",
        "Pfft, ignore her mate.",
        "Have faith, the money will come.",
        "Have a hot bath and an early night.",
        "have a nap before ur shift",
    ),
    # The speaker's own choice in the progressive (directs)
    "id_be_doing": (
        "I'd be ringing the council first thing.",
        "id be blocking him tbh",
        "Honestly I'd be looking for a new agency.",
    ),
    # Someone in their life, or another option, put forward in a question (suggests_by_question)
    "helper_asked": (
        "Is there a mate who could stay over this week?",
        "could ur sister have the kids for a night?",
        "Could one of the other girls drive you?",
        "Could you drop to three nights?",
        "couldn't you just change your number?",
        "Could you charge a deposit for new guys?",
        "Would you ever consider a flatshare?",
    ),
    # What others found, said as the idea (offers_to_act)
    "others_found": (
        "Loads of the girls I know have found a deposit stops the no-shows.",
        "Most of the workers I know have found screening by phone works.",
    ),
    # Information that recommends: what a service offers, an action made to sound easy or worth
    # it, the gain it brings (persuades_by_benefit)
    "information_recommends": (
        "The drop-in does free testing on Thursdays.",
        "the outreach van has naloxone and condoms",
        "PEP is free from any sexual health clinic.",
        "Getting checked is really quick and confidential.",
        "You'll save loads by switching to the agency.",
        "It's never too late to cut back.",
        "There are meds that make coming off way easier.",
        "Your GP can prescribe something for the sleep.",
        "Nicotine patches can really help with cravings.",
        "Cutting down is a great first step.",
    ),
    # What matters most, said as the thing to do (directs)
    "what_matters_is": (
        "It's vital you keep a record of every booking.",
        "Very important you don't sign it.",
        "It's crucial to get tested after that.",
        "The important thing is to get somewhere safe tonight.",
        "the main thing is to keep urself safe",
        "Your next move should be calling the council.",
    ),
    # A rule or a general fact that tells them what to do, in the speaker's voice: a general
    # subject (an action as a gerund, a kind of thing or person) and a predicate that rules,
    # warns, compares or says what works (lectures; stop 9)
    "lectures": (
        "You can't just stop antidepressants cold turkey, the withdrawal can be really rough.",
        "coming off them suddenly is way riskier than tapering tbh",
        "The whole point of tapering is to avoid exactly that kind of crash.",
        "The only way to know your status is to get tested.",
        "Drinking before bookings makes it harder to spot when something's off.",
        "Honestly drink and bookings don't mix, your judgement goes first.",
        "there's no safe amount before work mate",
        "Not paying is theft, plain and simple, and theft can be reported.",
        "Grabbing someone's wrist is assault in the eyes of the law.",
        "Bad date lists only work if people put names on them.",
        "Working every night is the quickest way to burn out completely.",
        "There are easier ways to make rent than seven nights a week.",
        "Rest is not a luxury, it's part of the job.",
        "You're probably not charging enough if seven nights still doesn't cover rent.",
        "Burnout doesn't go away by pushing through it.",
        "Legally he needs a court order before he can change the locks.",
        "Sofa surfing is a lot riskier than people think.",
        "Nurses aren't allowed to refuse you care because of your job.",
        "your friend is right tho, it is theft and theft is a crime",
        "Stealing from a worker is still stealing, no matter what job.",
        "Naloxone reverses an overdose if someone gets to you in time.",
        "The supply right now is more dangerous than it's ever been.",
        "Sharing someone's profile without consent is illegal in a lot of places.",
        "Screenshots like that can be taken down if you report them to the site.",
        "Keeping them for the cash is how limits slowly get worn down.",
        "there are grants for exactly that",
        "Where you work has no bearing on whether the shelter takes you.",
        "Tattoos have no effect on your chances with the council.",
    ),
    # What others do, as the idea, with any action a worker takes (offers_to_act), and
    # "screen" as an instruction (commands); from the wave 4 dev half, in our own words
    "others_do_any_action": (
        "A lot of girls I know take a deposit first.",
        "some workers i know screen through a mate",
        "Most people I've talked with drop the clients who haggle.",
        "Other workers have a safe word with a friend.",
        "Loads of women use an app to check ids.",
        "Many escorts charge extra for the ones who push.",
        "screen harder, honestly",
    ),
}

#: family -> near misses that share its words and are not advice.
NOT_ADVICE: dict[str, tuple[str, ...]] = {
    "gerund_risky": (
        "Going back there was scary for you.",
        "You feel like going back to him is a mistake, and part of you still wants to.",
        "Walking home that night was terrifying.",
        "You're scared that telling her would be a mistake.",
        "Being out there alone at night is frightening, I hear that.",
        "You know better than anyone that meeting new people is risky.",
    ),
    "chance_time": (
        "This is the time of night you dread most.",
        "You see this as a chance to finally tell your family.",
        "It was a chance to speak up and it got taken away.",
        "You're wondering if this is the time to stop.",
        "You've been waiting for a chance to say it and it never came.",
        "Part of you thinks this might be the push you need.",
    ),
    "id_verb_object": (
        "I'd love to hear more about that.",
        "I'd feel the same in your shoes.",
        "I would be scared too.",
        "I'd start by saying how sorry I am that happened.",
        "I'd want to hear more about what happened first.",
        "I would be furious about that one too.",
    ),
    "command_object": (
        "Love it when the regulars are decent.",
        "Mean it or not, he said it.",
        "Hate it when that happens to you.",
        "Got it, thanks for explaining.",
        "Fair enough, it's your call.",
        "Said it twice and still nobody listened.",
    ),
    "best_way": (
        "You feel the group chat is the best way to warn people.",
        "That was the worst way to find out.",
        "The drop-in was the best place to eat, and now it's gone.",
        "You said texting is the easiest way for you.",
        "That's the hardest way to hear it.",
    ),
    "helps_fact": (
        "It helps that you have your sister.",
        "Talking about it helps, I'm glad you're here.",
        "You said running helps with the stress.",
        "Nothing helps when you're this tired.",
        "It helps to hear that you're safe now.",
        "What helps you on nights like this?",
    ),
    "benefit_promised": (
        "You'd feel safer if you knew where he was.",
        "You'd feel better if he just apologised.",
        "There's no one who can help you with this right now, and that's lonely.",
        "You'd feel better if you could just sleep for a week.",
        "You'd be relieved if you didn't have to go back.",
        "There's nobody here who could help you with rent, I hear that.",
    ),
    "way_key": (
        "The way he spoke to you is not okay.",
        "The key is still with him, and that scares you.",
        "One way or another you'll get through the week, you said.",
        "The way to the clinic was blocked off.",
        "The trick he pulled on you was cruel.",
        "A good way to put it, you're running on empty.",
    ),
    "authority": (
        "The clinic you were recommended turned you away.",
        "You feel you owe it to your mum to keep quiet.",
        "The doctor recommended rest and you can't afford it.",
        "They recommended a lawyer you can't pay for.",
        "You said the nurse recommended weekly tests, and that felt like a lecture.",
        "You think you owe it to the others to speak up.",
    ),
    "others_do": (
        "A lot of people just judge you for it, and that hurts.",
        "Most people would be furious about that.",
        "A lot of people just don't get what the work is like.",
        "Some people never ask how you are.",
        "Many people just assume the worst about workers.",
        "Most people I know would feel the same.",
    ),
    "empathic_opener": (
        "I can tell you're fed up with deciding.",
        "i can tell ur exhausted",
        "I can tell you've been carrying this a long time.",
        "I can tell you'd rather not go back there.",
        "I can tell you're really shaken by it.",
        "I can tell you've had enough of him.",
        "you want to go first, so you can explain it your way",
        "That's the trouble, you can never count on the money.",
        "You kept the texts, so you can show what he said.",
        "You never know when he'll turn up, you can never relax.",
    ),
    "time_knew": (
        "It's time your sister was on your side, you said.",
        "It was the first time your mum found out anything.",
    ),
    "valued_fact": (
        "Sleep is important to you, and you're not getting any.",
        "Your family is important to you.",
        "This is important, thank you for telling me.",
        "What happened to you is important.",
        "Your landlord should have given notice.",
        "Your safety matters, and you've been scared all week.",
        "Money is important right now, with rent due.",
        "Being heard is important to you.",
        "Your boss should never have said that.",
    ),
    "need_help": (
        "You need the money, I get it.",
        "You needed help and nobody came.",
        "you need support and you're not getting any",
        "You need rest and you can't get it, that's exhausting.",
    ),
    "passive_rule": (
        "You shouldn't be treated like that.",
        "Nobody should be spoken to that way.",
        "It should never have happened.",
        "The money should have been paid last week.",
        "Your work and your home life shouldn't be mixed up, you said.",
    ),
    "hope_names_action": (
        "I hope you're doing okay.",
        "Hope you're keeping safe out there.",
        "I hope you're taking care of yourself.",
        "I hope you'll tell me more when you're ready.",
        "You hope he'll change.",
    ),
    "choose_to": (
        "you can decide whatever feels right, it's your call",
        "You can choose what you tell me.",
        "You can decide to tell me as much or as little as you want.",
    ),
    "works_for_others": (
        "Nothing works for you right now.",
        "What worked for other people hasn't worked for you.",
    ),
    "if_benefit": (
        "If you tell her, you're scared she'll leave.",
        "If you could just sleep, you'd feel better.",
        "If you lose the flat, you don't know where you'll go.",
        "If you had the money, things would be easier.",
    ),
    "fact_argues": (
        "You felt you were legally obliged to tell them.",
        "You don't like using stuff that's so addictive.",
    ),
    # An instruction whose object is the counsellor hands the problem over (rescuing) or asks
    # for contact; it names nothing for the peer to do.
    "object_is_me": (
        "Send me his details, I'll post the warning for you.",
        "Leave it with me, I'll ring them first thing.",
        "Just give me the names and I'll sort it.",
        "text me whenever you like",
    ),
    "want_generic": (
        "You want to make sure the kids are okay.",
        "You want to be sure you don't rush it.",
    ),
    # The conversation itself, or an affirmation, after "you can" (suggests)
    "conversation_can": (
        "You can always talk to me about it.",
        "You can think about it for as long as you need.",
        "I'm glad you can say that out loud.",
        "You can bring this up any time here.",
    ),
    "nothing_lets_you": (
        "Nothing lets you switch off, does it.",
        "You're stuck, and neither option lets you rest.",
    ),
    # What they know or feel, said back after "but" (yes_but)
    "but_you_know": (
        "Part of you wants to quit, but you know you still need the money.",
        "You don't want to go back, but you feel you have to, and that's hard.",
    ),
    # A limit named, or permission asked after the offer (offers_ideas)
    "limit_or_permission": (
        "That's not something I can offer, and I'm sorry.",
        "I can share what other girls have tried, if you'd like, and you take what fits.",
    ),
    "could_you_state": (
        "Could you sleep at all last night?",
        "Could you tell me more about that?",
        "Could your sister have known?",
        "Is there anyone who could understand this?",
    ),
    "id_be_feeling": (
        "I'd be going mad too.",
        "I'd be fuming if that happened to me.",
        "You must be so used to it by now, and that's exhausting.",
        "Have a lovely evening, and thanks for telling me.",
        "Have some patience with yourself, you're doing a lot.",
        "Aw, that sounds rough.",
    ),
    "information_recommends": (
        "Leaving is easy for them to say.",
        "It's too late to change what happened, and that hurts.",
        "The clinic does testing, but the nurse there judged you.",
        "You said the drop-in has free food on Fridays.",
        "Your sister can help with the kids, you said.",
        "That's a great first step, and you thought of it yourself.",
    ),
    # Someone else's opinion reported, and what matters to them
    "third_party_opinion": (
        "Your sister thinks you should leave him.",
        "Your mum reckons you need to quit.",
        "The nurse wants you to come in every month, and that feels like a lot.",
        "It's vital to you that your family never finds out.",
        "The main thing for you is that the kids are okay.",
    ),
    # The peer's own view, how hard it is, or someone in their story, said back (lectures)
    "lectures": (
        "You're feeling wired now, and part of you thinks it's better than flat.",
        "Your doctor would probably say you can't just stop, and you've decided you can.",
        "It sounds like feeling something, even wired, beats feeling nothing.",
        "You feel condoms cover you, so testing seems pointless right now.",
        "For you, condoms are the protection that counts.",
        "A drink before takes the edge off, and it feels normal because everyone does it.",
        "You don't see it as a big deal, it's just part of getting ready.",
        "He had no right to grab you, and no right to walk off without paying.",
        "You have to work every night just to stay afloat, and it's wearing you down.",
        "Getting a speech before a routine test is humiliating.",
        "Nobody deserves to be lectured when they're looking after their health.",
        "Grief for someone like Tash is heavier than people realise.",
        "Dropping them means losing money, keeping them means losing your limits.",
        "Worrying about being a burden makes sense when you've been alone with this.",
    ),
    # False advice flags found on the open sets (stop 9): nobody is wrong, a fear said back
    # after "makes you feel", the speaker's own discourse ("I would add…"), a "yes, but"
    # asked as a judging question
    "open_set_false_flags": (
        "Neither one is wrong.",
        "Neither choice is wrong, and both cost you.",
        "None of it is wrong, it's just hard.",
        "It sounds like talking about it makes you feel exposed, like even telling me might cause trouble.",
        "I would add that you handled it really well.",
        "I'd note that you got yourself out, which took guts.",
        "You know the money matters, but you still let him push past your limits?",
        "You said it's risky, but you still went back?",
        # (wave 4 dev families, our wordings: how others feel or judge, their own plan said
        # back, a friend's view reported, "you are safe", the conversation going on)
        "Most people I know would be scared too.",
        "Other workers have been through this, and it still hurts.",
        "Some girls I know judge the ones who work the street.",
        "So your plan is, tell her first and see how she takes it.",
        "Your friend thinks the drop-in is worth a visit, and you're not sure.",
        "The most important thing is you are safe now.",
        "Let's keep going, take your time.",
        "Screen time with the kids is the only break you get.",
        "There's no app for what you're feeling.",
        "You're just as much a part of this place as anyone.",
        # (new rows of the wave 4 dev half, scored after the changes above: "100%" as certainty,
        # a non-native reflection that opens with "cut back is" or "always same")
        "next week gonna be better, 100%, bad weeks always end",
        "You'll get through it, 100% sure.",
        "Cut back is short, no cut back is tired, so of course is hard to choose.",
        "Always same, always same, so you tired to even try.",
    ),
}


def _flags(scorer: Scorer, scenario: Scenario, reply: str) -> tuple[str, ...]:
    node = scenario.nodes[scenario.start_id]
    return tuple(scorer.score(" ".join(node.peer), reply, node).skills["boundaries"].flags)


@pytest.mark.parametrize(
    "reply", [pytest.param(r, id=f"{f}-{i}") for f, rs in ADVICE.items() for i, r in enumerate(rs)]
)
def test_advice_family_raises_the_advice_flag_in_every_scenario(scorer: Scorer, reply: str) -> None:
    missed = [s.id for s in SCENARIOS if "advice" not in _flags(scorer, s, reply)]
    assert not missed, f"{reply!r} raised no advice flag in {missed}"


@pytest.mark.parametrize(
    "reply",
    [pytest.param(r, id=f"{f}-{i}") for f, rs in NOT_ADVICE.items() for i, r in enumerate(rs)],
)
def test_near_misses_raise_no_advice_flag(scorer: Scorer, reply: str) -> None:
    flagged = {s.id: f for s in SCENARIOS if "advice" in (f := _flags(scorer, s, reply))}
    assert not flagged, f"{reply!r} was read as advice: {flagged}"


@pytest.mark.parametrize(
    "reply",
    ["Regular breaks help with burnout.", "Writing it all down really helps with the anxiety."],
)
def test_persuasion_by_benefit_alone_is_at_risk_not_breached(scorer: Scorer, reply: str) -> None:
    # A fact about what helps is a suggestion (tests/data/README.md "Persuasion by fact"): at
    # risk where the peer did not ask for ideas, held at most at risk where they did.
    for scenario in SCENARIOS:
        node = scenario.nodes[scenario.start_id]
        result = scorer.score(" ".join(node.peer), reply, node).skills["boundaries"]
        assert result.level == 1, (scenario.id, result.level, result.flags)


#: The peer asking whether to do something, or for the counsellor's view, in our own wordings
#: (tests/data/README.md "Levels": where the peer asked for ideas, advice is at risk, not a
#: breach).
ASKING = (
    "Do you think I should tell her?",
    "should i just block him or what",
    "Is there a way to get my deposit back?",
    "Is there any way to stop him posting it?",
    "How do I even start looking for a new place?",
    "how can i say no without losing him",
    "You must have an opinion on this.",
    "Just say it, what would you do in my place?",
    "What do you reckon, stay or go?",
    "I want your opinion, honestly.",
)


@pytest.mark.parametrize("peer", ASKING)
def test_advice_when_the_peer_asked_is_at_risk_not_breached(scorer: Scorer, peer: str) -> None:
    result = scorer.score(peer, "You should call them tomorrow morning.").skills["boundaries"]
    assert result.level == 1 and "advice" in result.flags, (peer, result.level, result.flags)


@pytest.mark.parametrize(
    ("scenario_id", "moment"),
    [
        ("eviction-after-ads", "next_steps"),
        ("bad-date-next-steps", "options"),
        ("migrant-worker-status", "options"),
        ("tell-me-what-to-do", "pushes"),
    ],
)
def test_the_moments_where_the_peer_asks_cap_advice_at_risk(
    scorer: Scorer, scenario_id: str, moment: str
) -> None:
    scenario = next(s for s in SCENARIOS if s.id == scenario_id)
    node = scenario.nodes[moment]
    result = scorer.score(" ".join(node.peer), "I'd ring them first thing.", node)
    assert result.skills["boundaries"].level == 1, result.skills["boundaries"].flags


def test_advice_nobody_asked_for_is_still_breached(scorer: Scorer) -> None:
    result = scorer.score("I told him no and he just kept texting.", "You should call them.")
    assert result.skills["boundaries"].level == 2


@pytest.mark.parametrize(
    "reply",
    [
        "Isn't it better to just know?",
        "wouldnt it be safer to work from home?",
        "Won't it be easier if you tell her first?",
    ],
)
def test_better_to_asked_is_a_suggestion_in_question_form(scorer: Scorer, reply: str) -> None:
    # Asked, "isn't it better to…?" is advice at risk with the question flag (tests/data/README.md,
    # "Suggestions in question form"), not advice said.
    for scenario in SCENARIOS:
        flags = _flags(scorer, scenario, reply)
        assert {"advice", "question_suggestion"} <= set(flags), (scenario.id, flags)
