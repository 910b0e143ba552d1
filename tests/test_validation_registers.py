"""Validation read in the registers trainees write (issue #11, stop 7).

Failure families found on wave 2's dev half and written out again in our own words:

- Affirming what the peer is doing in everyday words ("you're very brave", "ur being so
  thoughtful", "you handled a lot this week", "you're handling the wait with such grace",
  "that's a real strength", "I respect that") is an affirmation, level 1; it scored 0.
- Their state named in everyday, British, texting or slang words ("ur wiped out", "you're
  knackered", "feeling pretty flat", "lonely af" as the last bit of a list, "your head's all
  over the place", "slow weeks stress you out", "it gets you down") names their feeling, 1.
- A feeling named as a measured noun ("more fear", "full of panic", "a great deal of pain",
  "between two fear") names it too.

Near misses that name no feeling of theirs stay 0: "ur flat was cold", "I'll get you out of
there", "you're low on cash", "don't let it get you down" (what to stop), the speaker's own
"happy to help".

Our own wordings over all 12 scenarios, scored with the peer's line and in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import scored_two_ways, shipped_scenarios

SCENARIOS = shipped_scenarios()


AFFIRMED = [
    "You're very brave for saying that out loud.",
    "ur being so careful about everyone else",
    "You're handling all of this with so much patience.",
    "You handled a hell of a lot this week.",
    "you've carried a lot on ur own this year",
    "Honestly you are very strong to keep going like this.",
    "You're really thinking this through.",
    "Looking out for the others like that is a real strength.",
    "I really respect that.",
    "It's lovely to hear that.",
    "Youre being very wise about this.",
    "you been so considerate of everyone",
    "I admire how you kept going.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(AFFIRMED)))
def test_affirming_in_everyday_words_is_acknowledgement(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        validation = result.skills["validation"]
        assert validation.level == 1, reply
        assert "affirms" in {e.criterion for e in validation.evidence}, reply


STATES = [
    "ur wiped out",
    "Sounds like you're feeling pretty flat.",
    "new town, no mates, lonely af",
    "Your head's all over the place.",
    "Slow nights stress you out.",
    "you're knackered",
    "You're longing for a weekend that's yours.",
    "u sound totally knackered",
    "You are feeling very low.",
    "sounds like ur completely done in",
    "ur proper shook",
    "you seem spooked by it",
    "work, rent, the cat, and knackered",
    "the waiting winds you up",
    "that guy really freaked u out",
    "it all gets you down",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(STATES)))
def test_their_state_in_everyday_words_names_their_feeling(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        validation = result.skills["validation"]
        assert validation.level >= 1, reply
        named = {e.criterion for e in validation.evidence}
        assert named & {"names_their_feeling", "names_their_feeling_alone"}, reply


MEASURED = [
    "now it's double the work and more fear",
    "your head is full of panic",
    "you are carrying a great deal of pain",
    "you are between two fear, the money or the visa",
    "there's so much dread in this",
    "you are living with more fear now",
    "you carry so much grief for her",
    "her silence is leaving you full of worry",
    "so much shame put on you for nothing",
    "a lot of anger at them, and fair",
    "all this stress landing on you at once",
    "more worry every time the phone goes",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(MEASURED)))
def test_a_feeling_named_as_a_measured_noun_is_named(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        validation = result.skills["validation"]
        assert validation.level >= 1, reply
        assert "names_their_feeling" in {e.criterion for e in validation.evidence}, reply


NO_FEELING = [
    "ur flat was cold",
    "I'll get you out of there.",
    "You're low on cash this week.",
    "Don't let it get you down.",
    "Call me when you're home, happy to help.",
    "The strength of her reaction surprised me.",
    "You're very late for the booking.",
    "You're being very quick to judge her.",
    "Flat viewings are on Tuesday.",
    "I can pick you up at six.",
    "ur sister is coming round later",
    "The clinic opens at nine, bring your card.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(NO_FEELING)))
def test_near_misses_name_no_feeling_of_theirs(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        named = {e.criterion for e in result.skills["validation"].evidence}
        assert not named & {"names_their_feeling", "names_their_feeling_alone", "affirms"}, reply


# What is validated, in a reflection: saying back the wish to die or not to be here ("you
# feel like everyone would be better off without you") says back what they think, not how it
# feels, so a complex reflection of it is not an acknowledgement (wave 2 labels it 0); with
# the pain named beside it, it is.
WISH_SAID_BACK = [
    "It sounds like, on the worst nights, you feel everyone would be better off if you were gone.",
    "On the bad nights it feels like the people around you would be better off without you.",
    "sounds like some nights ur convinced everyone would be better off without u around",
    "It's like part of you believes your family would be better off if you weren't here anymore.",
    "It sounds as though, when it gets this dark, part of you thinks about ending it.",
    "Some nights it feels like the only way out is to not be here anymore.",
    "It sounds like you've been feeling that your absence would be easier on everyone.",
    "sounds like at night it feels like ppl would be better off without u",
    "You feel like everyone would be better off without you.",
    "There are nights when it feels like people would be better off without you around.",
    "it's like u think ur family would be better off if u were gone",
    "It sounds like not being here anymore has started to feel like an answer.",
]

WISH_WITH_THE_PAIN = [
    "You feel like everyone would be better off without you, and you're carrying so much "
    "pain on your own.",
    "ur in so much pain that being gone feels like the only way out",
    "You're exhausted and hurting, and some nights you think about ending it.",
    "It sounds like the loneliness has got so heavy that you've thought about not being here.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(WISH_SAID_BACK)))
def test_the_wish_said_back_without_the_pain_is_not_acknowledgement(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 0, reply


@pytest.mark.parametrize(("index", "reply"), list(enumerate(WISH_WITH_THE_PAIN)))
def test_the_pain_named_with_the_wish_is_acknowledged(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 1, reply


# A reflection of what they would do if things were otherwise is about a condition
# imagined, not how it is for them: no acknowledgement without a feeling named.
IMAGINED = [
    "If you knew for sure nobody would find out, it sounds like you'd warn every girl on the list.",
    "If money weren't so tight, it sounds like you'd take the weekend off without a second thought.",
    "if u didnt need the rent it sounds like ud never see those regulars again",
    "Even if the nurse apologised, it sounds like you'd still never go back to that clinic.",
    "If your sister kept quiet, it sounds like you'd want to tell your parents in your own time.",
    "If they'd asked the night workers first, it sounds like you'd have had plenty of ideas.",
    "If it were up to you, it sounds like you'd keep the drop-in open every night.",
    "If you knew they'd actually listen, it sounds like you'd have a lot to say to them.",
    "if the cops werent a risk it sounds like ud report him tomorrow",
    "If you had somewhere to go, it sounds like you'd already be packing.",
    "So if she hadn't seen the screenshots, it feels like none of this would be happening.",
    "If the bookings came back, it sounds like you'd finally take a breath.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(IMAGINED)))
def test_a_condition_imagined_is_not_acknowledgement(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 0, reply


# A verdict set on someone else's side at the head of its clause is said of them, not of the
# peer's reaction: no "makes sense" validation (boundaries names any siding).
THEIR_SIDE = [
    "Landlords have to cover themselves, so from his side it's kind of understandable.",
    "from the landlord's point of view its understandable",
    "For her it's probably normal to ask about your work.",
    "from their end it's fair enough tbh",
    "From the nurse's side it makes sense to ask those questions.",
    "In her eyes it was a normal thing to ask.",
    "For them it's reasonable to want to know.",
    "from his pov it's understandable",
    "For the organisation it probably made sense to cut the hours.",
    "From his perspective it was a fair reaction.",
    "For your sister it's natural to be curious.",
    "from their side its totally valid",
]

YOUR_SIDE = [
    "From your side it's completely understandable.",
    "Your reaction to him makes total sense.",
    "Being rattled by him is understandable.",
    "Your feelings for her make sense.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(THEIR_SIDE)))
def test_a_verdict_set_on_their_side_is_not_validation(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        validation = result.skills["validation"]
        assert validation.level < 2, reply
        assert "says_their_reaction_makes_sense" not in {
            e.criterion for e in validation.evidence
        }, reply


@pytest.mark.parametrize(("index", "reply"), list(enumerate(YOUR_SIDE)))
def test_a_verdict_on_their_reaction_to_someone_still_validates(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 2, reply


# A feeling named after advice in the same sentence is the reason for the advice, not
# noticed; named first, before the advice, it is (an acknowledgement before a breach).
FEELING_AS_REASON = [
    "You should stop doing the maths, it only makes you more anxious.",
    "u should drop those regulars, they leave u so drained",
    "You should block him, he clearly makes you nervous.",
    "You must take a break because you're exhausted.",
    "you ought to get some sleep since you're so tired",
    "You'd better tell her before she finds out, you're obviously scared.",
    "you better talk to someone, you seem really down",
    "You should go to another clinic where you won't feel judged.",
    "You shouldn't go back there, it leaves you feeling humiliated.",
    "u shud stop checking ur phone, it just makes u more stressed",
    "You should take the weekend off, you're burnt out.",
    "You must look after yourself, you're worn out.",
]

FEELING_FIRST = [
    "You're exhausted. You should rest.",
    "ur so drained, u should take the weekend",
    "You're scared, and you must be sick of all of this.",
    "You feel judged. Maybe try another clinic?",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(FEELING_AS_REASON)))
def test_a_feeling_given_as_the_reason_for_advice_is_not_noticed(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        named = {e.criterion for e in result.skills["validation"].evidence}
        assert "names_their_feeling" not in named, reply


@pytest.mark.parametrize(("index", "reply"), list(enumerate(FEELING_FIRST)))
def test_a_feeling_named_before_advice_is_noticed(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


# "He can't get to you anymore" is about reach (reassurance), not how it gets to them; "it
# would weigh on anyone" says anyone would feel it (validation).
CANT_REACH = [
    "You're safe now, he can't get to you anymore.",
    "he cant get to u now",
    "They won't get to you here.",
    "He won't get to you at the new place.",
    "They couldn't get to you once you'd left.",
    "He will never get to you again.",
    "the landlord cannot get to you while you stay with your cousin",
    "she wont get to u thru the group",
    "The guy can't get to you, the door was locked.",
    "They can't get at you here.",
    "He couldn't get to you because you'd blocked him.",
    "It can't get to you once it's reported.",
]

WEIGHS_ON_ANYONE = [
    "Being that alone after losing the money would weigh on anyone.",
    "that would prey on anyone's mind",
    "Something like that would eat at anybody.",
    "It would haunt anyone, honestly.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(CANT_REACH)))
def test_out_of_reach_is_not_an_acknowledgement(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        named = {e.criterion for e in result.skills["validation"].evidence}
        assert "acknowledges" not in named, reply


@pytest.mark.parametrize(("index", "reply"), list(enumerate(WEIGHS_ON_ANYONE)))
def test_weighing_on_anyone_validates(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 2, reply


# How it feels to them, said of whatever it is: the danger or hopelessness they feel named
# ("reporting feels dangerous", "trying feels pointless"), and a difficulty said as what it
# would be ("that'd be frustrating"). Not the speaker's own in a story of theirs, not a
# condition, not a question.
FEELS_LIKE_THAT = [
    "Your money got taken, and reporting feels dangerous because of immigration.",
    "It's being treated like this again and again until trying feels pointless.",
    "going back there felt impossible",
    "Speaking up at the drop-in feels risky when your name is on everything.",
    "asking for help just feels hopeless rn",
    "Every booking now feels unsafe.",
    "The wait feels endless.",
    "it all felt out of your hands",
    "Yeah, that'd be frustrating.",
    "That would be exhausting.",
    "thatd be so stressful",
    "It'd be really scary, walking in there alone.",
]

NOT_THEIRS_OR_NOT_SAID = [
    "I've had weeks like that too where everything felt pointless.",
    "When I was working, going back felt impossible for me too.",
    "Does it feel dangerous to report?",
    "If it feels risky, wait till we've talked.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(FEELS_LIKE_THAT)))
def test_how_it_feels_to_them_is_acknowledged(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


@pytest.mark.parametrize(("index", "reply"), list(enumerate(NOT_THEIRS_OR_NOT_SAID)))
def test_the_speakers_own_a_question_or_a_condition_is_not_named(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        named = {e.criterion for e in result.skills["validation"].evidence}
        assert "names_their_feeling" not in named, reply


# An acknowledgement said in a sentence of its own still counts when judging follows
# (tests/data/README.md: "an acknowledgement before a breach still counts"); one inside the
# judging sentence is the judging's own and is taken away. Boundaries names the breach.
ACKNOWLEDGED_APART = [
    "You're exhausted and that's so hard. Maybe it's a sign to find a real job.",
    "ur so burnt out. honestly this line of work isnt worth it",
    "That sounds terrifying. But you knew the risks with this work.",
    "I'm so sorry that happened. Still, maybe it's time to get out of the industry.",
    "You're scared of your parents finding out. Maybe this is a sign to leave sex work.",
    "That's awful. What did you expect though, in that line of work?",
    "you're still shaking. tbh this lifestyle is the problem",
    "I hear you. Have you thought about a normal job?",
    "Thank you for telling me. Maybe it's a wake-up call to find something safer.",
    "It's a lot right now. Maybe a sign to think about other work.",
    "That must have been frightening. You put yourself at risk doing this.",
    "So lonely, all of it. Maybe it's time for a better life.",
]

JUDGED_IN_ONE_BREATH = [
    "the burnout is this work telling you to leave it",
    "Being that scared is what this lifestyle does to you.",
    "ur exhaustion is ur body saying get out of the industry",
    "feeling this unsafe is what comes with that lifestyle",
    "the stress is a sign to find a proper job",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(ACKNOWLEDGED_APART)))
def test_an_acknowledgement_apart_from_the_judging_stands(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 1, reply
        assert result.skills["boundaries"].level == 2, reply


@pytest.mark.parametrize(("index", "reply"), list(enumerate(JUDGED_IN_ONE_BREATH)))
def test_a_feeling_named_inside_the_judging_is_not_acknowledged(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 0, reply


# A feeling named through a metaphor or a body state names it as surely as a feeling word.
METAPHORS = [
    "It's having your private life dragged out and the ground going out from under you.",
    "So there's just nothing there at all, not even a flicker.",
    "Sounds like the rug got pulled right out from under you.",
    "ur whole world just fell apart",
    "You're waiting for the other shoe to drop with your parents.",
    "you've been bracing yourself for the worst all week",
    "it's like walking on eggshells at home now",
    "Your body's been on high alert since that night.",
    "a knot in ur stomach every time the phone buzzes",
    "Sounds like you're just treading water right now.",
    "there's nothing left in the tank",
    "It's like you're on autopilot since she died.",
    "that really knocked the wind out of you",
    "holding your breath till she texts back",
]

NOT_A_METAPHOR = [
    "The clinic is on high alert for measles.",
    "The rug is under your bed.",
    "I braced the door for you.",
    "Is there room left on the list?",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(METAPHORS)))
def test_a_feeling_named_through_a_metaphor_is_named(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        validation = result.skills["validation"]
        assert validation.level >= 1, reply
        assert "names_their_feeling" in {e.criterion for e in validation.evidence}, reply


@pytest.mark.parametrize(("index", "reply"), list(enumerate(NOT_A_METAPHOR)))
def test_the_same_words_said_of_things_name_no_feeling(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        named = {e.criterion for e in result.skills["validation"].evidence}
        assert "names_their_feeling" not in named, reply
