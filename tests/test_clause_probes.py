"""Reflection or not, read clause by clause (issue 11): our own probe replies over the first
moment of all 12 shipped scenarios.

The paraphrasing rubric's `nothing_said_back` criterion reads each clause of a reply for its
subject and what its predicate does (scoring/clauses.py). A reply whose every main clause
thanks, praises, reassures, promises, offers, apologises, tells the speaker's own story,
instructs or asks is not a reflection, however often it says "you"; one that says back what
they feel, want, believe or went through still is. Wordings vary on purpose: texting, no
apostrophes, typos, formal, long and short.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import off_level, opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

THANKS = [
    "thanks for being so open with me",
    "Thank you so much for trusting me with this.",
    "I really appreciate you telling me all of that.",
    "ty for sharing, seriously",
    "Cheers for letting me know how you are.",
    "I'm grateful you felt able to tell me.",
    "thank u for explaining it to me",
    "I appreciate you being honest about where you're at.",
    "Thanks, I know that wasn't easy to say.",
    "Really glad you told me this.",
    "Many thanks for your honesty today.",
    "appreciate u opening up like this",
    "I value you telling me how things have been for you.",
    "It means a lot that you shared what happened.",
]
PRAISE = [
    "You're so strong for getting through all that.",
    "ur honestly amazing",
    "You have so much courage.",
    "youre doing great, honestly",
    "You did the right thing telling someone.",
    "You're a survivor and you always will be.",
    "You've handled it like a pro.",
    "Your strength really shows.",
    "You are incredibly resilient.",
    "good on you for speaking up",
    "You should be really proud of yourself.",
    "Honestly you're braver than most people I know.",
    "You've shown real strength in how you've dealt with it.",
    "You've come so far since you started.",
    "You clearly know what you're doing.",
    "You have every reason to be proud of how you handled him.",
    "You've done really well to keep your head above water.",
    "Youve got a good head on your shoulders.",
    "you did amazing getting out of there",
]
REASSURANCE = [
    "You'll be okay, I know it.",
    "It's going to work out in the end.",
    "Things will get better soon.",
    "ur gonna be fine",
    "You're safe here with me.",
    "It'll all blow over, these things do.",
    "You're not alone in this.",
    "None of this is your fault.",
    "You will get through this.",
    "Everything will be alright, you'll see.",
    "at least you're okay now",
    "It will sort itself out soon enough.",
]
PROMISES_AND_OFFERS = [
    "I'll always be here for you.",
    "I promise I won't tell a soul.",
    "i swear ill sort it out for u",
    "I'm going to make sure you get some help.",
    "I can find you the number for the outreach van.",
    "I could come with you to the appointment if you like.",
    "We can look at your options together.",
    "Let me find you a lawyer who gets it.",
    "I'm here whenever you need me.",
    "I'd be happy to help you write the message.",
    "we could go through the forms together tomorrow",
    "I'll call them for you first thing.",
]
APOLOGY_AND_OWN_STORY = [
    "I apologise that the service let you down.",
    "I'm so sorry.",
    "im really sorry to hear that",
    "Sorry that you have to deal with this.",
    "I've been there too, it's rough.",
    "When I was working nights I felt the same.",
    "Same here, honestly.",
    "I had a landlord like that once.",
    "I remember going through something similar.",
    "My friend went through the exact same thing.",
    "I used to do doubles every weekend as well.",
]
# Each must stay a reflection: feelings, states, wants, beliefs, what happened to them, and
# the content of what they said, in every register.
REFLECTIONS = [
    "you're wiped out",
    "Ur scared it's going to happen again.",
    "You want someone to just listen without fixing it.",
    "You don't believe things can change.",
    "He let you down when you needed him most.",
    "So the money's gone and you're left holding everything.",
    "It sounds as if you're running on fumes.",
    "youve been carrying this on ur own for ages",
    "You feel like nobody is on your side.",
    "Part of you wants to walk away from it all.",
    "Thanks for saying it out loud - you're clearly worn down by all of it.",
    "You seem really shaken by what happened.",
    "I'm sorry - you're exhausted and nobody has noticed.",
    "If you had a bit more room to breathe, you might be able to think it through.",
]

# The speaker perceiving or supposing ("I get that…", "I'd guess…") frames what follows as
# theirs; the clause after the frame is what is read.
FRAMED_BY_THE_SPEAKER = [
    "I get that you're completely done with it.",
    "I'm getting that you feel let down by them.",
    "I'd guess that's left you pretty raw.",
    "I can only imagine how hard this has been.",
    "i can tell ur running on empty",
    "I sense you're pulled in two directions.",
    "I imagine you're bone tired by now.",
    "I'm guessing the waiting is the worst part for you.",
    "I can see this has really shaken you.",
    "I suspect you're more hurt than angry.",
]
# Motivational interviewing's "if…, you might…": what they want and what stands in the way,
# imagined with them.
IMAGINED_WITH_THEM = [
    "If you weren't so worn down, you might see a way through this.",
    "If there was somewhere safe to go, you would have left already.",
    "if they listened to u for once youd feel a lot less angry",
    "If it were up to you, you would step back from the regulars for a while.",
    "If you could trust the service again, you might go back.",
    "If you could get a full night's sleep, you might feel more like yourself.",
    "If the rent stopped going up, you'd finally be able to breathe.",
    "If things were different with your sister, you'd want her in your corner.",
    "If someone had warned you, you might have done things differently.",
    "Were the money not so tight, you'd take a proper break.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
@pytest.mark.parametrize(
    "replies",
    [THANKS, PRAISE, REASSURANCE, PROMISES_AND_OFFERS, APOLOGY_AND_OWN_STORY],
    ids=["thanks", "praise", "reassurance", "promises and offers", "apology and own story"],
)
def test_replies_made_only_of_these_are_not_reflections(
    scorer: Scorer, scenario: Scenario, replies: list[str]
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, replies, high=0)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
@pytest.mark.parametrize(
    "replies",
    [REFLECTIONS, FRAMED_BY_THE_SPEAKER, IMAGINED_WITH_THEM],
    ids=["their experience", "framed by the speaker", "imagined with them"],
)
def test_saying_back_their_experience_is_still_a_reflection(
    scorer: Scorer, scenario: Scenario, replies: list[str]
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, replies, low=1)


@pytest.mark.parametrize("scenario", SCENARIOS[:3], ids=lambda s: s.id)
def test_a_thanks_reply_earns_no_reflection_strength(scorer: Scorer, scenario: Scenario) -> None:
    """The ✓ line never praises a thank-you as saying back what they are going through."""
    context, node = opening(scenario)
    for reply in THANKS:
        result = scorer.score(context, reply, node)
        assert "said back" not in result.feedback.strength, (reply, result.feedback.strength)
