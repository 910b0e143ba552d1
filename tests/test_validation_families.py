"""Validation by what it does, not by its wording: families of our own probe replies.

Issue #11: the validation rubric had been fitted to wordings. These tables hold replies of our
own (texting, no apostrophes, typos, formal), one family a table, each reply at the first
moment of a shipped scenario and scored twice: as `make bench-score` scores (the peer's line
and the reply) and in its moment (as the app scores). Levels are the rubric's descriptors:
0 none, minimising or judging; 1 notices the feeling or the difficulty; 2 says the reaction
makes sense, is understandable, is shared by others or is not their fault.
"""

from __future__ import annotations

import pytest

from simulator.content.loading import load_library, require_rubrics
from simulator.content.paths import scenarios_dir
from simulator.scoring import Scorer

SCENARIOS = {s.id: s for s in load_library(scenarios_dir(), require_rubrics()).scenarios}


def validation_levels(scorer: Scorer, scenario: str, reply: str) -> set[int]:
    """The validation level of `reply` at the scenario's first moment, scored with the
    peer's line alone and in the moment (a set: one level when both agree)."""
    node = SCENARIOS[scenario].nodes[SCENARIOS[scenario].start_id]
    context = " ".join(node.peer)
    return {
        scorer.score(context, reply).skills["validation"].level,
        scorer.score(context, reply, node).skills["validation"].level,
    }


#: "Makes sense" with a word in between, as said and as texted.
MAKES_SENSE = [
    ("bad-date-next-steps", "Your shaking makes so much sense after someone grabbed you."),
    ("grief-toxic-supply", "ur anger makes total sense, she mattered"),
    ("eviction-after-ads", "It makes complete sense that you can't think straight right now."),
    ("stigma-at-the-clinic", "honestly it makes perfect sense u were upset after that"),
    ("burnout-and-money", "Being this burnt out makes a lot of sense with every night taken."),
    ("migrant-worker-status", "Your fear about the police makes real sense given immigration."),
    ("fear-of-being-outed", "that panic makes so much sense, its your family"),
    ("angry-at-the-organisation", "Feeling fed up with them makes complete sense to me."),
    ("warm-up-long-week", "being this tired makes total sense after the week u had"),
    ("asking-to-meet-outside", "Wanting more of what has been helping makes a lot of sense."),
    ("tell-me-what-to-do", "wanting someone else to decide makes so much sense right now"),
]

#: "Makes sense" negated, asked, or said of an action (advice): not validation.
NOT_MAKING_SENSE = [
    ("burnout-and-money", "That doesnt make sense, how are you still short every month?"),
    ("eviction-after-ads", "It makes sense to call a tenants group before anything else."),
    ("migrant-worker-status", "it makes sense to just report it and move on"),
    ("stigma-at-the-clinic", "Makes sense to try the other clinic next time."),
    ("warm-up-long-week", "it would make sense to switch your phone off this weekend"),
    ("tell-me-what-to-do", "It makes sense to drop the ones who push you."),
    ("bad-date-next-steps", "makes sense to send his number to the list tonight"),
    ("angry-at-the-organisation", "It never made sense to me why they run it that way."),
    ("grief-toxic-supply", "its not ok to feel like that, she wouldnt want it"),
    ("warm-up-long-week", "I dont think its understandable to be this tired from that."),
    ("stigma-at-the-clinic", "im not sure that makes sense, she was just doing her job"),
    ("eviction-after-ads", "I don't find it understandable, thirty days is plenty."),
    ("burnout-and-money", "It does not make sense to work every night like that."),
    ("fear-of-being-outed", "It makes sense to text her first and ask her to wait."),
]

#: "Of course you …" as texted; "of course you can / should …" is an offer or advice.
OF_COURSE = [
    ("bad-date-next-steps", "ofc ur still shaking, someone hurt you"),
    ("grief-toxic-supply", "course youre wrecked, she was your person"),
    ("eviction-after-ads", "Of course ur scattered, thirty days is nothing."),
    ("burnout-and-money", "of course your exhausted, every single night"),
    ("fear-of-being-outed", "ofc you keep thinking about your parents"),
    ("stigma-at-the-clinic", "Of course youd feel small after a speech like that."),
    ("migrant-worker-status", "ofc u are scared, that money mattered so much"),
    ("warm-up-long-week", "Of course you're wiped, with the cat and the cancellations."),
    ("angry-at-the-organisation", "ofc youre furious, one weeks notice"),
    ("asking-to-meet-outside", "Of course you've come to value these talks."),
    ("crisis-suicidal-thoughts", "of course you cant see a way through right now"),
]
OF_COURSE_NOT = [
    ("eviction-after-ads", "Of course you should call the tenants group."),
    ("tell-me-what-to-do", "of course u can drop them, its your call"),
    ("migrant-worker-status", "Of course you will have to report it eventually."),
    ("bad-date-next-steps", "ofc you need to put him on the list"),
    ("burnout-and-money", "Of course you could cut back a night or two."),
    ("warm-up-long-week", "of course u should take the weekend off"),
    ("stigma-at-the-clinic", "Of course you must complain about her."),
    ("fear-of-being-outed", "ofc you have to text her first"),
    ("grief-toxic-supply", "of course you might want to go to the memorial"),
    ("angry-at-the-organisation", "Of course you can write to the board about it."),
]

#: The reaction anyone would have: wider phrasings than "anyone would".
ANYONE = [
    ("bad-date-next-steps", "That would shake anybody up."),
    ("eviction-after-ads", "thirty days would knock anyone sideways"),
    ("fear-of-being-outed", "Waiting like that would put anyone on edge."),
    ("grief-toxic-supply", "losing her like that would wreck anybody"),
    (
        "burnout-and-money",
        "Anyone working every single night and still short on rent would be done in.",
    ),
    ("warm-up-long-week", "a week like that is a lot for anyone"),
    ("stigma-at-the-clinic", "Being lectured like that would make anyone want to stay away."),
    ("migrant-worker-status", "Losing all of it is hard for anybody, never mind with your status."),
    (
        "angry-at-the-organisation",
        "One week of notice would frustrate any person who relies on it.",
    ),
    (
        "crisis-suicidal-thoughts",
        "Anybody carrying this much on their own might feel that way some nights.",
    ),
    ("tell-me-what-to-do", "that kind of choice would be hard for anyone"),
]

#: Not surprising, given what happened.
NO_SURPRISE = [
    ("bad-date-next-steps", "no surprise youre still shaking"),
    ("eviction-after-ads", "It is hardly surprising that you cannot think straight."),
    ("grief-toxic-supply", "Its no surprise you feel so lost without her."),
    ("burnout-and-money", "im not surprised ur burnt out, every night is a lot"),
    ("stigma-at-the-clinic", "Small wonder you came out of there upset."),
    ("warm-up-long-week", "Not surprising you're tired with the cat sick all week."),
    ("fear-of-being-outed", "Unsurprisingly you keep going over what your parents might do."),
    ("migrant-worker-status", "little wonder youre scared after losing all of it"),
    ("angry-at-the-organisation", "Its no surprise ur angry, nobody asked you"),
    ("tell-me-what-to-do", "I'm not surprised you want someone to just tell you."),
]

#: Shared by others, normal, natural, reasonable.
SHARED_OR_NORMAL = [
    ("grief-toxic-supply", "lots of people go numb at first when they lose someone"),
    ("crisis-suicidal-thoughts", "So many of us have felt like that on the bad nights."),
    ("bad-date-next-steps", "Shaking after something like that is a common reaction."),
    ("stigma-at-the-clinic", "Avoiding that place would be a completely natural reaction."),
    ("migrant-worker-status", "Thats a very reasonable fear with immigration in the picture."),
    ("eviction-after-ads", "feeling all over the place is totally normal right now"),
    ("fear-of-being-outed", "Being terrified of what comes next is a normal reaction."),
    ("burnout-and-money", "You're exhausted, and that's okay."),
    ("warm-up-long-week", "its so common to feel flat after a week like that"),
    ("angry-at-the-organisation", "It's only fair to feel angry about being left out."),
    ("asking-to-meet-outside", "Loads of people feel lonely after moving somewhere new."),
    ("tell-me-what-to-do", "Feeling torn like that is a very understandable reaction."),
    ("crisis-suicidal-thoughts", "You aren't alone in this, even on the bad nights."),
    ("grief-toxic-supply", "totally ok to feel this way"),
    ("eviction-after-ads", "okay to not be okay right now"),
]

#: Noticing the difficulty, not saying the reaction makes sense: exactly level 1.
NOTICES_THE_DIFFICULTY = [
    ("burnout-and-money", "Thats a lot to carry on your own."),
    ("eviction-after-ads", "you have so much on your plate right now"),
    ("grief-toxic-supply", "You've been through a lot this week."),
    ("fear-of-being-outed", "This is really weighing on you."),
    ("warm-up-long-week", "sounds like the week is taking a toll"),
    ("migrant-worker-status", "thats alot to deal with, the money and the fear"),
    ("stigma-at-the-clinic", "That was a lot to sit with after one appointment."),
    ("tell-me-what-to-do", "That's a really hard bind to be in."),
    ("bad-date-next-steps", "The fear from last night is still with you."),
    ("angry-at-the-organisation", "It's clearly getting to you."),
    ("asking-to-meet-outside", "you're dealing with a lot since the move"),
]

#: Replies that only sound like validation: advice, the peer's own question, information.
SOUNDS_LIKE_IT_BUT_ISNT = [
    ("tell-me-what-to-do", "Drop them. Your safety matters more than money."),
    ("burnout-and-money", "Your health matters, so take a few nights off."),
    ("angry-at-the-organisation", "is there any point saying something, would anyone listen"),
    ("migrant-worker-status", "Lots of people send money home, you will manage."),
    ("fear-of-being-outed", "u should go to the police about whoever sent them"),
    ("eviction-after-ads", "Would anyone there help you move your things?"),
    ("warm-up-long-week", "Lots of people take their cats to the vet on weekends."),
    ("stigma-at-the-clinic", "Your life matters more than one nurse, go somewhere else."),
    ("grief-toxic-supply", "I would never tell anyone what you said about her."),
    ("bad-date-next-steps", "Could anyone else have seen him leave?"),
    ("burnout-and-money", "You need to find healthy ways to manage your stress."),
    ("grief-toxic-supply", "try to deal with your anger by writing it down"),
    ("fear-of-being-outed", "Breathing exercises can help reduce the panic."),
    ("fear-of-being-outed", "ur sister is probably scared too"),
    ("stigma-at-the-clinic", "ur used to it by now i guess"),
    ("eviction-after-ads", "Dont let him get to you, hes not worth it."),
]
#: Normalising the event, not the reaction, brushes the feeling aside (dismissing).
NORMALISING_THE_EVENT = [
    ("warm-up-long-week", "cancellations are really common, it happens to everyone"),
    ("eviction-after-ads", "Lots of people get evicted, you will find somewhere."),
    ("stigma-at-the-clinic", "thats a common part of the job tbh, nurses are like that"),
    ("migrant-worker-status", "It happens to anyone in this work, lots of people get robbed."),
    ("burnout-and-money", "Its common to go through slow patches, everyone does."),
    ("grief-toxic-supply", "Sadly its so common these days, lots of people go that way."),
    ("angry-at-the-organisation", "Cuts like that are very common, lots of places do it."),
    ("fear-of-being-outed", "Its really common for families to find out, most get over it."),
    ("asking-to-meet-outside", "Moving is common, lots of people end up lonely for a bit."),
    ("tell-me-what-to-do", "Pushy regulars are super common, lots of people deal with them."),
]

#: The counsellor would react the same, or doesn't blame them; the reaction is justified.
WOULD_FEEL_THE_SAME = [
    ("stigma-at-the-clinic", "id be fuming too if a nurse spoke to me like that"),
    ("bad-date-next-steps", "Honestly I would feel exactly the same after that."),
    ("fear-of-being-outed", "i'd be scared as well, its your family"),
    ("eviction-after-ads", "I would have been shaken too, four years is a long time."),
    ("burnout-and-money", "i dont blame u at all for being wiped"),
    ("warm-up-long-week", "Can't blame you for being tired after that week."),
    ("angry-at-the-organisation", "Who could blame you for being this angry?"),
    ("grief-toxic-supply", "I would be just as lost, she was everything to you."),
    ("migrant-worker-status", "id feel the same way about the police"),
    ("tell-me-what-to-do", "Nobody could blame you for wanting a straight answer."),
    ("bad-date-next-steps", "I don't think anyone would blame you for being shaken."),
]
JUSTIFIED = [
    ("angry-at-the-organisation", "Your anger is justified, they never asked."),
    ("migrant-worker-status", "That fear is completely valid with immigration involved."),
    ("stigma-at-the-clinic", "ur frustration is totally fair"),
    ("asking-to-meet-outside", "Theres nothing wrong with wanting a friend here."),
    ("grief-toxic-supply", "there is nothing strange about feeling numb this soon"),
    ("bad-date-next-steps", "Your reaction seems completely reasonable to me."),
    ("eviction-after-ads", "Being upset about this is 100% justified."),
    ("burnout-and-money", "I get why you're this worn out."),
    ("fear-of-being-outed", "i totally see why ur checking ur phone"),
    ("tell-me-what-to-do", "Nothing silly about asking me that."),
]

#: Naming how hard it is in everyday idioms: acknowledgement (level 1).
HARD_IN_OTHER_WORDS = [
    ("burnout-and-money", "sounds like youre running on empty"),
    ("eviction-after-ads", "You must be at breaking point."),
    ("warm-up-long-week", "no time to catch your breath all week"),
    ("migrant-worker-status", "Losing all of that is such a blow."),
    ("bad-date-next-steps", "What an ordeal to get out of."),
    ("fear-of-being-outed", "this must be keeping you up at night"),
    ("crisis-suicidal-thoughts", "That sounds heavier than just a bad patch."),
    ("grief-toxic-supply", "my heart breaks for you and for Tash"),
    ("stigma-at-the-clinic", "thats so grim, going in for a test and getting that"),
    ("angry-at-the-organisation", "You sound stretched thin by all this."),
]

#: An acknowledgement still counts when a "don't worry" follows it (our labels).
ACKNOWLEDGED_THEN_REASSURED = [
    ("bad-date-next-steps", "That sounds terrifying. Dont worry, you're safe here."),
    ("eviction-after-ads", "I'm so sorry, that's awful. Don't panic."),
    ("fear-of-being-outed", "That must be so scary, try not to panic"),
    ("migrant-worker-status", "im so sorry he took it all, dont stress"),
    ("stigma-at-the-clinic", "That sounds humiliating. Don't worry about her."),
    ("warm-up-long-week", "ugh that sounds exhausting, dont worry bout it"),
    ("burnout-and-money", "That's so hard. Don't be scared to rest."),
    ("grief-toxic-supply", "I am so sorry about Tash. Do not worry about what to feel."),
    ("tell-me-what-to-do", "That's a tough spot. No need to worry yet."),
    ("angry-at-the-organisation", "That's really frustrating. Don't worry, you're heard here."),
]

#: Someone else "should not have…": naming the wrong done to them acknowledges it.
THIRD_PARTY_WRONG = [
    ("stigma-at-the-clinic", "The nurse should never have spoken to you like that."),
    ("burnout-and-money", "nobody should have to choose between rent and sleep"),
    ("eviction-after-ads", "ur landlord shouldnt be allowed to do that"),
    ("angry-at-the-organisation", "They ought to have asked you first."),
    ("fear-of-being-outed", "a sister should have your back"),
    ("bad-date-next-steps", "He shouldn't get away with not paying you."),
    ("angry-at-the-organisation", "The org should be listening to night workers."),
    ("fear-of-being-outed", "Whoever sent those shouldnt have done it."),
    ("stigma-at-the-clinic", "Clinics should treat everyone the same way."),
    ("migrant-worker-status", "He should never have taken what you earned."),
]
#: Someone else "should be fine / open / better": an expectation, not acknowledgement.
THIRD_PARTY_EXPECTATION = [
    ("eviction-after-ads", "The tenants group should be able to help with that."),
    ("fear-of-being-outed", "Your sister should be fine with it eventually."),
    ("stigma-at-the-clinic", "The east side clinic should be open on Saturdays."),
    ("bad-date-next-steps", "The outreach van should be around tonight."),
    ("migrant-worker-status", "The worker group should be there by ten."),
    ("angry-at-the-organisation", "The new hours should be better for the day crowd."),
    ("bad-date-next-steps", "The list should be safe to use without your name."),
    ("fear-of-being-outed", "She should be back home by now."),
    ("burnout-and-money", "Bookings should be picking up next month."),
    ("angry-at-the-organisation", "the police should be doing patrols near there"),
]

#: Acknowledgement as it is texted.
TEXTED_ACKNOWLEDGEMENT = [
    ("burnout-and-money", "i hear u, every night is brutal"),
    ("crisis-suicidal-thoughts", "ty for telling me, i know thats not easy"),
    ("warm-up-long-week", "ugh that sucks, a sick cat on top of it"),
    ("migrant-worker-status", "that blows, all of it gone"),
    ("stigma-at-the-clinic", "thats so shit, u went there for care"),
    ("eviction-after-ads", "sounds so rough, thirty days"),
    ("fear-of-being-outed", "that has to be hard, waiting on her"),
    ("grief-toxic-supply", "sending love, tash sounds like she was everything"),
    ("angry-at-the-organisation", "thats not fair on u or anyone who works nights"),
    ("bad-date-next-steps", "oh no, im so sorry u went thru that"),
    ("tell-me-what-to-do", "thx for being so honest about how it feels"),
    ("asking-to-meet-outside", "ur doing amazing at keeping yourself going here"),
]
#: Not fair to someone else: siding, not acknowledgement.
NOT_FAIR_TO_THEM = [
    ("fear-of-being-outed", "thats not fair to expect her to keep it quiet"),
    ("stigma-at-the-clinic", "That's not fair on the nurse, she has a job to do."),
    ("eviction-after-ads", "its not fair to blame him, it is his house"),
    ("angry-at-the-organisation", "That's not fair to the staff, they are stretched."),
    ("tell-me-what-to-do", "thats not fair on the regulars if you just drop them"),
    ("burnout-and-money", "that isnt fair to your roommate tbh"),
    ("grief-toxic-supply", "That's not fair on the news, they can't cover everyone."),
    ("migrant-worker-status", "thats not fair to ur friend, she was trying to help"),
    ("bad-date-next-steps", "that wasnt fair to him if you ended it early"),
    ("warm-up-long-week", "That's not fair to the people who cancelled, things come up."),
]

#: A feeling or state said back in other words than a feeling word.
FELT_STATES = [
    ("bad-date-next-steps", "youre still shaking from it"),
    ("eviction-after-ads", "You can't think straight with all of this."),
    ("tell-me-what-to-do", "u hate how it leaves you after"),
    ("grief-toxic-supply", "You miss her so much already."),
    ("stigma-at-the-clinic", "you dread going back there"),
    ("burnout-and-money", "Youre at the end of your rope with it."),
    ("fear-of-being-outed", "your head is all over the place"),
    ("warm-up-long-week", "you cant even switch off at home"),
    ("migrant-worker-status", "You are sick of being scared all the time."),
    ("crisis-suicidal-thoughts", "you cant see a way through some nights"),
    ("angry-at-the-organisation", "ur done with being ignored"),
]

#: Their feeling named as texted: "youre", "ur", "u feel".
TEXTED_FEELING = [
    ("fear-of-being-outed", "youre scared of what happens next"),
    ("warm-up-long-week", "ur so tired"),
    ("burnout-and-money", "youve been so stressed about rent"),
    ("asking-to-meet-outside", "u feel so alone here"),
    ("tell-me-what-to-do", "youre feeling trapped between the two"),
    ("eviction-after-ads", "ur exhausted and scared"),
    ("grief-toxic-supply", "u sound gutted"),
    ("bad-date-next-steps", "u must be terrified still"),
    ("angry-at-the-organisation", "youve felt so let down by them"),
    ("stigma-at-the-clinic", "ur really hurt by how she treated you"),
]

#: Misspelt as trainees type.
MISSPELT = [
    ("bad-date-next-steps", "makes sence your still shaky after that"),
    ("grief-toxic-supply", "Of cource you are devastated, she taught you everything."),
    ("migrant-worker-status", "anyone wuld be scared with immigration involved"),
    ("stigma-at-the-clinic", "your upset is so understandible"),
    ("eviction-after-ads", "ofcourse ur panicking, its your home"),
    ("burnout-and-money", "it makes complete sence that youre burnt out"),
    ("fear-of-being-outed", "anybody woud be terrified of that"),
    ("warm-up-long-week", "of corse youre tired, what a week"),
    ("angry-at-the-organisation", "ur anger is totaly understandible"),
    ("tell-me-what-to-do", "that makes total sens, its a hard call"),
]
#: Someone else's reaction called understandable: siding, not validating the peer.
SOMEONE_ELSES_REACTION = [
    ("stigma-at-the-clinic", "Her reaction is understandable, nurses see a lot."),
    ("bad-date-next-steps", "his anger makes sense if you ended it early"),
    ("angry-at-the-organisation", "Their decision is understandable, money is tight."),
    ("eviction-after-ads", "the landlords reaction is pretty normal tbh"),
    ("fear-of-being-outed", "Your sister's reaction makes sense, it was a shock."),
    ("migrant-worker-status", "His side makes sense too, he probably needed the money."),
    ("stigma-at-the-clinic", "The nurse's response was understandable given the form."),
    ("angry-at-the-organisation", "their choice makes a lot of sense with the budget"),
    ("fear-of-being-outed", "Her worry is totally understandable, she is your sister."),
    ("eviction-after-ads", "His position is understandable, it is his property."),
]

#: Every reason to feel it; it would be strange if they didn't.
EVERY_REASON = [
    ("eviction-after-ads", "you have every reason to be upset"),
    ("angry-at-the-organisation", "You've got every reason to be angry."),
    ("stigma-at-the-clinic", "u have good reason to feel judged"),
    ("grief-toxic-supply", "Itd be weird if you werent a mess right now."),
    ("bad-date-next-steps", "It would be stranger if you weren't shaken."),
    ("migrant-worker-status", "You have every reason to feel scared of that."),
    ("burnout-and-money", "thatd be odd if it wasnt wearing you out"),
    ("fear-of-being-outed", "It would be surprising if you were not on edge."),
    ("warm-up-long-week", "you have good reason to be tired"),
    ("tell-me-what-to-do", "You have every reason to feel torn."),
]

#: Sarcasm: the words of validation, mocking the reaction.
SARCASTIC = [
    ("stigma-at-the-clinic", "oh sure, getting upset at a nurse makes total sense"),
    ("grief-toxic-supply", "yeah right, staying angry forever is totally understandable"),
    ("burnout-and-money", "Oh great, so yelling about dishes is normal now."),
    ("angry-at-the-organisation", "oh great, of course its all their fault"),
    ("tell-me-what-to-do", "Yeah right, makes so much sense to keep them then."),
    ("warm-up-long-week", "as if a sick cat is a valid reason to be wrecked lol"),
    ("fear-of-being-outed", "as if checking every minute is reasonable"),
    ("eviction-after-ads", "oh sure, no wonder you cant think, its only a flat"),
    ("bad-date-next-steps", "yea right, that makes sense, you went with a stranger"),
    ("migrant-worker-status", "Oh yeah sure, being scared of the police is so understandable."),
]
#: Not sarcasm: "oh" and "right" said plainly.
NOT_SARCASTIC = [
    ("bad-date-next-steps", "Oh, of course you're still shaking."),
    ("stigma-at-the-clinic", "oh right, no wonder you came out upset"),
    ("grief-toxic-supply", "Oh no. Of course you're devastated."),
    ("eviction-after-ads", "oh totally, that makes sense, its your home"),
    ("burnout-and-money", "Right, it makes sense you're snapping when you're this tired."),
    ("warm-up-long-week", "oh yeah, no wonder ur tired"),
    ("fear-of-being-outed", "Oh, that makes so much sense, she's your sister."),
    ("migrant-worker-status", "oh i see, of course you are scared of that"),
    ("angry-at-the-organisation", "Oh wow, one week? Of course you're angry."),
    ("tell-me-what-to-do", "ah ok, that makes sense, both cost you something"),
]

#: How hard it is for someone else in the story: not the peer's difficulty noticed.
SOMEONE_ELSES_DIFFICULTY = [
    ("fear-of-being-outed", "its a lot for her to take in too"),
    ("stigma-at-the-clinic", "She's in a tough spot as well, the clinic is so busy."),
    ("angry-at-the-organisation", "This is really hard for them as well, funding got cut."),
    ("eviction-after-ads", "Hes in a difficult position with the building owners."),
    ("fear-of-being-outed", "It must be so scary for your parents too."),
    ("burnout-and-money", "its stressful for ur roommate too living with that"),
    ("angry-at-the-organisation", "They're in a rough situation with money this year."),
    ("stigma-at-the-clinic", "It is really upsetting for the nurse when people complain."),
    ("grief-toxic-supply", "It's heartbreaking for her family too."),
    ("migrant-worker-status", "it was hard for him too, he needed that money"),
]

#: "That sounds …" as a verdict on a plan or a fact, not on how it is for them.
SOUNDS_LIKE_A_VERDICT = [
    ("bad-date-next-steps", "That sounds like a plan, send it tonight."),
    ("eviction-after-ads", "that sounds illegal, u could report him"),
    ("stigma-at-the-clinic", "The east side clinic? That sounds good."),
    ("migrant-worker-status", "That sounds legal enough, tell the other workers."),
    ("tell-me-what-to-do", "Dropping them sounds sensible, that sounds right to me."),
    ("warm-up-long-week", "A weekend off? That sounds lovely, do it."),
    ("angry-at-the-organisation", "That sounds fair enough from their side."),
    ("fear-of-being-outed", "Texting her first, that sounds smart."),
    ("burnout-and-money", "this sounds doable if you cut one night"),
    ("grief-toxic-supply", "Honestly it is not as bad as it sounds, she had a good life."),
]


@pytest.mark.parametrize(("scenario", "reply"), MAKES_SENSE + ANYONE + NO_SURPRISE)
def test_saying_the_reaction_makes_sense_validates(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert validation_levels(scorer, scenario, reply) == {2}


@pytest.mark.parametrize(
    ("scenario", "reply"), OF_COURSE + SHARED_OR_NORMAL + MISSPELT + NOT_SARCASTIC
)
def test_of_course_and_shared_reactions_validate(scorer: Scorer, scenario: str, reply: str) -> None:
    assert validation_levels(scorer, scenario, reply) == {2}


@pytest.mark.parametrize(
    ("scenario", "reply"), NOT_MAKING_SENSE + OF_COURSE_NOT + SOMEONE_ELSES_REACTION
)
def test_negated_asked_or_advice_forms_do_not_validate(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert 2 not in validation_levels(scorer, scenario, reply)


@pytest.mark.parametrize(("scenario", "reply"), NOTICES_THE_DIFFICULTY)
def test_noticing_the_difficulty_acknowledges(scorer: Scorer, scenario: str, reply: str) -> None:
    assert validation_levels(scorer, scenario, reply) == {1}


@pytest.mark.parametrize(
    ("scenario", "reply"),
    SOUNDS_LIKE_IT_BUT_ISNT
    + NORMALISING_THE_EVENT
    + THIRD_PARTY_EXPECTATION
    + NOT_FAIR_TO_THEM
    + SARCASTIC
    + SOMEONE_ELSES_DIFFICULTY
    + SOUNDS_LIKE_A_VERDICT,
)
def test_what_only_sounds_like_validation_is_none(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert validation_levels(scorer, scenario, reply) == {0}


@pytest.mark.parametrize(("scenario", "reply"), WOULD_FEEL_THE_SAME + JUSTIFIED + EVERY_REASON)
def test_the_same_reaction_or_a_justified_one_validates(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert validation_levels(scorer, scenario, reply) == {2}


@pytest.mark.parametrize(("scenario", "reply"), HARD_IN_OTHER_WORDS)
def test_naming_how_hard_it_is_in_other_words_acknowledges(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert validation_levels(scorer, scenario, reply) == {1}


@pytest.mark.parametrize(("scenario", "reply"), ACKNOWLEDGED_THEN_REASSURED)
def test_an_acknowledgement_before_dont_worry_still_counts(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert min(validation_levels(scorer, scenario, reply)) >= 1


@pytest.mark.parametrize(("scenario", "reply"), THIRD_PARTY_WRONG)
def test_naming_the_wrong_done_to_them_acknowledges(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert min(validation_levels(scorer, scenario, reply)) >= 1


@pytest.mark.parametrize(("scenario", "reply"), TEXTED_ACKNOWLEDGEMENT)
def test_texted_acknowledgement_counts(scorer: Scorer, scenario: str, reply: str) -> None:
    assert min(validation_levels(scorer, scenario, reply)) >= 1


@pytest.mark.parametrize(("scenario", "reply"), FELT_STATES + TEXTED_FEELING)
def test_a_state_said_back_notices_the_feeling(scorer: Scorer, scenario: str, reply: str) -> None:
    assert min(validation_levels(scorer, scenario, reply)) >= 1
