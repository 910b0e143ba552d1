"""What is and isn't a reflection, in wordings the rubric used to read wrongly (issue 11).

Our own probe replies (texting style, no apostrophes, formal), over the first moment of all
12 shipped scenarios:

- advice and information without "should" ("maybe you could…", "the best thing to do is…",
  "there are lots of groups…", "Make sure…") is not a reflection;
- affirmation ("it's great that you told someone") is not a reflection;
- validation, thanks, reassurance, promises, offers and sympathy without their content
  ("Of course you feel that way.", "I really appreciate you sharing that.") are not;
- (a feeling of theirs named as the subject of "makes sense" / "is understandable" — "your
  anger makes complete sense" — was listed here as not a reflection; since stop 7 it is a
  simple reflection, as tests/data/README.md "Levels" and wave 2's labels have it: see
  tests/test_reflection_in_validation.py, which holds these wordings now);
- what the situation does to them ("it gets to you", "it wears you down", "it all lands on
  you") and "it's like her…" say back their experience.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import shipped_scenarios

SCENARIOS = shipped_scenarios()

ADVICE_WITHOUT_SHOULD = [
    "The best thing to do is get some rest this weekend.",
    "There are lots of groups that can help with this.",
    "there are plenty of services for people in your situation",
    "Perhaps it would help to write it all down tonight.",
    "It would be a good idea to keep a record of everything.",
    "Make sure you keep the screenshots somewhere safe.",
    "What if you took a few nights off to rest",
    "Its vital to keep a copy of everything.",
    "If I were you I would talk to them first thing tomorrow.",
    "you can always reach out to the outreach team about it",
    "Maybe just start with one small step this week.",
    "Lets look at what options there are for you.",
    # Advice around a clause about them ("…benefit you…", "…who you trust") read as one.
    "Perhaps it would benefit you to take a break from the regulars.",
    "the key is having people around who you trust",
    "The best option for you is somewhere nobody knows you.",
]
AFFIRMATION = [
    "It's great that you told someone.",
    "I think its good that you said something.",
    "Its wonderful that you reached out today.",
    "That's brilliant that you're looking after yourself.",
    "It is excellent that you kept the screenshots.",
    "It's impressive that you got out.",
    "honestly its awesome that you're talking about it",
    "It's really commendable that you're thinking this through.",
    "Fantastic that you're still going.",
    "I think it's good that you are here.",
]
#: Normalising without making sense of it ("normal", "natural", "human") names the feeling
#: as anyone's; "makes sense", "understandable" and "valid" say theirs back (see the module).
NORMALISING_A_FEELING = [
    "Feeling angry about it is so normal.",
    "Your fear is perfectly natural.",
    "Feeling exhausted after all that is so human.",
]
WHAT_IT_DOES_TO_THEM = [
    "It makes sense that all of this gets to you.",
    "the money stuff really gets to u",
    "Nights like that wear you down.",
    "Its been grinding you down for weeks.",
    "The rent is weighing on you.",
    "All of it keeps landing on you.",
    "Everything falls on you at home.",
    "It's like her whole life got reduced to a number.",
    "its like his words are stuck in your head",
    "It's like their rules were never made for people like you.",
    "What they said is preying on you.",
]
#: How hard their situation makes something, and what the people in their life think or
#: said: their experience, said back without "you" as the subject.
HOW_HARD_IT_IS = [
    "All the rules make it impossible to feel welcome there.",
    "It feels kind of selfish to want a weekend off.",
    "It seems almost impossible to turn the regulars down.",
    "It feels wrong to ask for help.",
    "Losing her has had a huge impact on you.",
    "Everything that happened has had a real toll on you.",
    "the no sleep makes it even harder to stay calm",
    "Saying no would be too risky to even try.",
    "Your sister thinks it's your fault.",
    "Your landlord said you have thirty days.",
    "Your mum believes you work in a shop.",
]
#: Validation, thanks, affirmation, reassurance, minimising, promising, rescuing, offers,
#: self-disclosure and sympathy with no content of theirs: none says back their experience.
OTHER_MOVES = [
    "That makes total sense.",
    "Anyone would feel the same in your shoes.",
    "Its ok to feel like that.",
    "Of course you feel that way.",
    "Your feelings are completely valid.",
    "Thank you for trusting me with this.",
    "thanks for telling me all this",
    "I really appreciate you sharing that.",
    "You're so strong for getting through it.",
    "you've got this",
    "You're doing amazing, honestly.",
    "You are a survivor.",
    "It'll all work out in the end.",
    "Things will get better soon, I promise.",
    "At least you got out okay.",
    "It could have been so much worse.",
    "I promise I won't tell anyone.",
    "I'll sort it out for you, leave it with me.",
    "Let me call them for you.",
    "There's a drop-in on Tuesdays if you want the address.",
    "I can send you the number for the tenants line.",
    "I went through something similar last year.",
    "That happened to me too once.",
    "I'm here for you.",
    "I'm always here if you need to talk.",
    "I'm so sorry you're dealing with this.",
    "Sorry that happened.",
    "You deserve so much better.",
    "You did nothing wrong.",
    "You're not alone in this.",
    "You matter.",
    "I'm proud of you for reaching out.",
    "I'm glad you told me.",
    "It's not your fault.",
    "You don't have to go through this alone.",
    "What a nightmare.",
    "Ugh, that's the worst.",
    "You have every right to feel angry.",
    "Its completely normal to feel that way after something like this.",
]
#: Reflections any peer in a hard moment could hear, in texting, formal and plain registers
#: ("ur carrying so much rn", "It's a lot, all at once.", "what you really want is…").
ANY_PEER_REFLECTIONS = [
    "ur carrying so much rn",
    "sounds like its been a rough one",
    "youre running on empty",
    "So you're just done with it all.",
    "You are carrying a great deal at the moment.",
    "It appears you have been under considerable strain.",
    "You've had enough.",
    "Ur at the end of ur rope",
    "you feel like no ones got your back",
    "The whole thing has left you shaken.",
    "youve been holding it together for so long",
    "Youre exhusted and scared",
    "Seems like everythings piling up",
    "you're stretched really thin",
    "It's a lot, all at once.",
    "Underneath the anger there's a lot of hurt.",
    "You're worried it'll happen again.",
    "You feel let down by people who should've been there.",
    "what you really want is some peace",
    "you just want it to stop",
    "Youve been doing everything right and it still isnt enough.",
    "You're torn between the money and your own limits.",
    "Part of you is relieved and part of you is still scared.",
    "You want someone to take it seriously.",
    "It must feel like the ground keeps shifting under you.",
    "Feels like youre on your own with it.",
    "that sounds so isolating",
    "That must have been terrifying.",
    "You're still in shock.",
    "You don't feel safe right now.",
    "You're not sure who to trust anymore.",
    "No wonder you're on edge.",
    "You're fed up with being treated like that.",
    "It's been one thing after another for you.",
    "You are clearly exhausted by all of this.",
    "the stress is getting to u",
    "Youre scared of what comes next",
    "you're sick of it",
]
#: Reassurance, praise and predictions with "you" as the subject ("You're braver than you
#: think.", "Your safety comes first."): about the counsellor's view of them, not theirs.
YOU_AS_SUBJECT_NOT_THEIRS = [
    "You'll be fine.",
    "You will get through this.",
    "you can do this",
    "you're going to be okay",
    "You should be proud of yourself.",
    "you have nothing to be ashamed of",
    "You are welcome here anytime.",
    "you can always come back",
    "You know where to find me.",
    "Your safety comes first.",
    "your health is what matters most",
    "you deserve to be treated with respect",
    "Your worth isn't defined by this.",
    "You have so much to offer.",
    "you are not a burden",
    "you're not crazy",
    "you aren't the first person this happened to",
    "You haven't done anything wrong.",
    "If you ever want to talk, I'm here.",
    "when you're ready, we can talk more",
    "whatever you decide, I'll support you",
    "It's your call, whatever you choose.",
    "You're in the right place.",
    "ur gonna be ok",
    "U got this babe",
    "you'll figure it out, you always do",
    "Your a strong person.",
    "You're braver than you think.",
    "you've done so well to get this far",
    "You have done the right thing by coming here.",
]
#: Reflections with the typos people make: "your" for "you're", "realy", a subject left
#: out ("sounds realy hard").
TYPED_IN_A_HURRY = [
    "your exhausted",
    "Your so tired of all of it.",
    "sounds realy hard",
    "you feel lik no one listens",
    "your scared of what happens next",
    "ur so done with it",
    "its been so hard for u",
    "you've been thru alot",
    "u feel like nobody gets it",
    "That sound exhausting.",
    "you're realy worried about your sister",
    "your angry and you have every right to be",
    "It sounds like your stuck between two bad options.",
]
#: "You're a little/bit…": a feeling said back, softened (not "you're a survivor", praise).
SOFTENED = [
    "You're a little concerned about how it's all going.",
    "You're a bit worried about what comes next.",
    "ur a little scared tbh",
    "You're a lot more tired than you let on.",
    "you're a tad nervous about going back",
    "You're a bit fed up with all of it.",
    "you're a little lost right now",
    "You are a bit overwhelmed by everything.",
    "youre a little unsure who to trust",
    "You're a bit on edge today.",
]
#: Reflections in a formal register ("I gather that…", "From what you've said…",
#: "What I hear is that…").
FORMAL = [
    "I gather that this has been weighing heavily on you.",
    "It appears that you have been under a great deal of pressure.",
    "If I understand correctly, you feel nobody is listening.",
    "You seem to be saying that enough is enough.",
    "I'm getting the sense that you're exhausted.",
    "From what you've said, it has been a very difficult period.",
    "It would seem you're carrying this largely on your own.",
    "Correct me if I'm wrong, but you sound quite frightened.",
    "What I hear is that you need things to slow down.",
    "So, in short, you've reached your limit.",
    "It strikes me that you've been let down repeatedly.",
    "My sense is that you feel quite alone with this.",
]
#: The feeling under what they said, named as a noun ("there's real fear about…").
FEELING_UNDERNEATH = [
    "Underneath all the tiredness there's real fear about making rent.",
    "There's deep grief under all of that.",
    "so much genuine anger about how they treated you",
    "Beneath it all there's an underlying worry that it won't stop.",
    "Theres real shame in how they looked at you.",
    "There's a deep sadness in what you're describing.",
    "There is real panic about the money.",
    "Real dread about going back, by the sound of it.",
    "A lot of real hurt there.",
    "Such deep loneliness since she went.",
]
#: The counsellor's own uncertainty, and a question: not reflections.
NOT_HOW_HARD = [
    "It's hard to know what to say.",
    "It's hard to say what will happen.",
    "Would it be hard to talk to her?",
    "No matter how hard we try, things go wrong sometimes.",
    "I don't know how hard it must be.",
    "I do not know how difficult that is.",
]


def _paraphrasing(scorer: Scorer, scenario: Scenario, reply: str) -> tuple[int, list[str]]:
    node = scenario.nodes[scenario.start_id]
    result = scorer.score(" ".join(node.peer), reply, node).skills["paraphrasing"]
    return result.level, [e.criterion for e in result.evidence]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
@pytest.mark.parametrize(
    "replies",
    [
        ADVICE_WITHOUT_SHOULD,
        AFFIRMATION,
        NORMALISING_A_FEELING,
        NOT_HOW_HARD,
        OTHER_MOVES,
        YOU_AS_SUBJECT_NOT_THEIRS,
    ],
    ids=[
        "advice without should",
        "affirmation",
        "normalising a feeling",
        "own uncertainty",
        "other moves",
        "you as subject",
    ],
)
def test_these_are_not_reflections(scorer: Scorer, scenario: Scenario, replies: list[str]) -> None:
    wrong = [
        (reply, fired)
        for reply in replies
        for level, fired in [_paraphrasing(scorer, scenario, reply)]
        if level != 0
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_advice_without_should_is_named_as_advice(scorer: Scorer, scenario: Scenario) -> None:
    """Where boundaries raises no flag of its own, the next step still names the advice."""
    node = scenario.nodes[scenario.start_id]
    for reply in ADVICE_WITHOUT_SHOULD:
        result = scorer.score(" ".join(node.peer), reply, node)
        if result.skills["boundaries"].level == 0:
            assert "advice" in result.feedback.next_step.lower(), (reply, result.feedback)
            assert not result.feedback.earned, (reply, result.feedback.strength)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
@pytest.mark.parametrize(
    "replies",
    [
        WHAT_IT_DOES_TO_THEM,
        HOW_HARD_IT_IS,
        ANY_PEER_REFLECTIONS,
        TYPED_IN_A_HURRY,
        SOFTENED,
        FORMAL,
        FEELING_UNDERNEATH,
    ],
    ids=["what it does", "how hard it is", "any peer", "typos", "softened", "formal", "underneath"],
)
def test_what_the_situation_does_to_them_is_a_reflection(
    scorer: Scorer, scenario: Scenario, replies: list[str]
) -> None:
    wrong = [
        (reply, fired)
        for reply in replies
        for level, fired in [_paraphrasing(scorer, scenario, reply)]
        if level < 1
    ]
    assert not wrong, wrong
