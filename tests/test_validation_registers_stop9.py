"""Validation read in more registers (issue #11, stop 9): our own wordings, written per family
before scoring, in registers the rubric had not been written to, split by a hash into a half
we fixed from and a half kept for measuring (these rows are the first half and new wordings of
the same families; the second half is not here).

Acknowledgement missed before:
- Voice-to-text "your" for "you're", with a word that makes it a state ("it sounds like your
  completely exhausted"); not "your tired body".
- Clinical words: a distress noun experienced or heard ("you're experiencing a lot of
  hopelessness", "I'm hearing a lot of frustration"), a body state ("your body is still in
  fight or flight"), how hard it is ("that sounds incredibly dysregulating").

Look-alikes that read as acknowledgement before, now 0:
- A feeling given as the reason for advice ("Because you are tired, you must take rest",
  "Given your anxiety about immigration, I'd recommend…"), as "if" already was: used, not
  noticed (tests/data/README.md).
- The speaker's own feeling, subject left out ("I'm feeling kind of overwhelmed myself",
  "I've been feeling a bit low lately too"): whose feeling it is decides.
- Thanks for the channel, not for telling ("thank you for your message"): politeness.

Scored over all 12 scenarios, with the peer's line and in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import scored_two_ways

ACKNOWLEDGED = [
    # dictated "your" for "you're"
    "it sounds like your completely exhausted and your still not getting ahead",
    "your so scared right now and that makes this really hard",
    "your really worn out",
    # clinical words
    "It sounds like you're experiencing a lot of hopelessness.",
    "I'm hearing a lot of frustration about not being consulted.",
    "You're carrying so much distress right now.",
    "It sounds like your body is still in fight or flight.",
    "Your nervous system sounds like it's in survival mode, and your body is on high alert.",
    "That sounds incredibly dysregulating.",
    "that must have been so retraumatising",
    "you seem really dysregulated",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(ACKNOWLEDGED)))
def test_acknowledgement_dictated_or_in_clinical_words(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


NOT_ACKNOWLEDGED = [
    # the feeling as the reason for advice
    "Because you are tired, you must take rest some days",
    "Given your anxiety about immigration, I'd recommend speaking to a legal clinic.",
    "cos ur stressed u should take a night off",
    "Because you're scared, the best thing is to call the hotline now.",
    # the speaker's own feeling, subject left out
    "I'm feeling kind of overwhelmed myself this week to be honest",
    "I've been feeling a bit low lately too",
    "im feeling pretty anxious today ngl",
    # thanks for the channel
    "Hello, thank you for your message. How can I help you?",
    "thanks for your text, what's up?",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(NOT_ACKNOWLEDGED)))
def test_look_alikes_in_other_registers_are_not_acknowledgement(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 0, reply


# Families seen in the open half of wave 4 (after its blind score), in our own words.
HEARD_OR_NAMED = [
    # heard, in the listening register or as a fragment
    "I'm hearing how much this has worn you down.",
    "hear you.",
    "felt that.",
    "I feel that, honestly.",
    "hearing u",
    # a part of them feels it
    "part of you is furious",
    "part of u feels so guilty about it",
    "a part of you is still scared",
    # their complaint granted in a word
    "Fair.",
    "Fair enough tbh",
    "Totally fair.",
    # their state said back without its subject
    "Still shaking, huh.",
    "can't think straight, yeah",
    "and you can't think.",
    "All too much.",
    "too much, all of it",
    "like you can't get your footing",
    "you're experiencing a lot of fatigue",
    "dealing with so much tiredness on top of everything",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(HEARD_OR_NAMED)))
def test_heard_or_named_in_few_words(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


NOT_THEIRS_OR_NOT_NOTICED = [
    "Fair enough, have you tried asking her?",
    "It must be a big shock for your sister as well.",
    "it's a real blow for the landlord too",
    "Turn that fear into a plan.",
    "use your anger to fuel the complaint",
    "I feel that you should call them.",
    "I'm hearing a lot of noise on the line.",
    "part of you wants to go back",
    "Shaking it off is the best thing.",
    "At some point you may decide the amount you drink is too much.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(NOT_THEIRS_OR_NOT_NOTICED)))
def test_someone_elses_asked_or_redirected_is_not_acknowledgement(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 0, reply


# "Feel" makes the adjective after it a feeling; hearing as taking it seriously; a state as a
# metaphor; "fair." as a sentence of its own.
FELT = [
    "You feel stupid for asking now.",
    "you're feeling really unseen right now",
    "u feel so disrespected by them",
    "I'm still here and I'm taking this seriously.",
    "I take what you're saying seriously",
    "you're running yourself into the ground",
    "fair. sorry, I missed that.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(FELT)))
def test_a_feeling_marked_by_feel_or_heard_in_other_words(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


FEEL_NOT_NOTICED = [
    "Feel free to call me anytime.",
    "Do you feel safe at home?",
    "When you feel calmer, write it all down.",
    "try doing something fun whenever you feel down",
    "you feel him pulling away",
    "she probably feels awkward too",
    "talking to her might help you feel understood",
    "how are you feeling today",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(FEEL_NOT_NOTICED)))
def test_feel_as_an_offer_a_condition_a_goal_or_a_question_is_not_noticing(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 0, reply


# The copula left out (second-language English, AAVE, texting): the state is still theirs;
# a verb with its object is not.
COPULA_LEFT_OUT = [
    "you so tired lately",
    "u still scared of him",
    "you very worried for your mother",
    "so you angry at them, yes?",
    "you really upset now",
    "you lonely here, no friends",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(COPULA_LEFT_OUT)))
def test_a_state_named_without_its_verb_is_named(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


VERB_WITH_AN_OBJECT = [
    "you scared him off",
    "you hurt her feelings",
    "you upset the nurse when you said that",
    "you tired him out",
    "if you scared, call me",
    "You used to run every day.",
    "You lost your keys again?",
    "Don't let it bring you down.",
    "Aren't you worried about what happens if you stop going?",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(VERB_WITH_AN_OBJECT)))
def test_a_feeling_verb_with_its_object_is_not_their_state(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 0, reply
