"""Reflections next to a question, and advice worded as "you need": our own probe replies
(texting style, no apostrophes, typos, formal), table-driven across the shipped scenarios.

Each table is one family the scorer used to read wrongly: a reflection followed by a direct
question (about suicide, or anything) scored no reflection when a comma or a dash joined the
two; "You need a new roommate." and its kin were counted as reflections.
"""

from __future__ import annotations

import re

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from simulator.scoring.text import shift_perspective, words
from tests.helpers import off_level, opening, shipped_scenarios

SCENARIOS = shipped_scenarios()
CRISIS = next(s for s in SCENARIOS if s.id == "crisis-suicidal-thoughts")

#: A reflection of what a peer thinking about suicide said, then the direct question.
REFLECT_THEN_ASK_ABOUT_SUICIDE = [
    "Everything feels so heavy right now, are you thinking about killing yourself?",
    "the nights sound unbearable lately, are u thinking of ending ur life?",
    "Some nights it gets so dark that being gone feels like the answer. Are you thinking "
    "about suicide?",
    "That sounds like a really heavy place to be. Are you thinking of ending your life?",
    "sounds like ur carrying a lot, are u thinking about suicide?",
    "You feel like a burden to everyone right now - are you thinking about suicide?",
    "you feel like everyone would be better of without you.. r u thinking about killing urself",
    "It sounds as though you have been carrying a great deal of pain; may I ask whether you "
    "are thinking of ending your life?",
    "Part of you wonders if anyone would miss you, and that's a painful place to be, are you "
    "thinking of suicide?",
    "You're exhausted and it feels hopeless, are you thinking about suicide tonight?",
    "Those nights must feel so lonely. Are you thinking about killing yourself?",
    "I'm hearing that you feel like a weight on everyone, are you having thoughts of suicide?",
]

#: A short reflection joined to an open question by a comma or a dash: fits any peer.
REFLECT_THEN_ASK = [
    "That sounds like so much to carry, what's been the hardest part?",
    "It sounds like this has been really painful, how are you doing right now?",
    "sounds like its been a lot lately, what do u need most?",
    "That must be so stressful - what would help tonight?",
    "It seems like you've been holding a lot on your own, is there anyone you can lean on?",
    "Youre carrying a lot right now, whats weighing on you most",
    "It sounds as though this has been exhausting; would you say more about it?",
    "That sounds so frustrating, how long has it been like this?",
    "It's been really hard for you, what's helped even a little?",
    "So you've been dealing with all of this alone, how does that feel?",
]

#: What something is like for them, or what hasn't worked for them, without "you" as the
#: subject: a reflection of their situation.
SITUATION_FOR_THEM = [
    "The usual ways of coping haven't worked for you lately.",
    "it just isnt working for you anymore",
    "Things keep getting harder.",
    "Its getting worse every week",
    "This whole week has been so hard on you.",
    "Saying no feels almost impossible for you right now.",
    "All of this is really confusing for you.",
    "The waiting has been frightening for you.",
    "The rules at the clinic never worked for you.",
    "this whole thing is so unfair to you",
    "It seems overwhelming to you right now.",
]

#: Questions only, some with a lead-in before a comma: still no reflection.
QUESTIONS_ONLY = [
    "If you could change one thing, what would it be?",
    "When that happened, what did you do?",
    "Okay so, what happened after that, did he pay?",
    "What happened next, did anyone help?",
    "Why did you go along with it?",
    "how r u feeling about it now?",
]

#: Advice worded as what they "need": not a reflection, however it's typed.
YOU_NEED = [
    "You need a new roommate.",
    "you just need a break from all of it",
    "u need a proper holiday tbh",
    "You honestly need a lawyer for this.",
    "You need some rest before you burn out completely.",
    "You definitely need a new phone number.",
    "You need a plan for next month's rent.",
    "You simply need more sleep.",
    "You really need someone better in your corner.",
    "ya really need a day off",
    "You need a different approach with them.",
    "You probably need a bit of distance from all of this.",
]


@pytest.mark.parametrize("node_id", ["opening", "testing"])
@pytest.mark.parametrize("reply", REFLECT_THEN_ASK_ABOUT_SUICIDE)
def test_a_reflection_then_a_direct_question_about_suicide_is_a_reflection(
    scorer: Scorer, reply: str, node_id: str
) -> None:
    node = CRISIS.nodes[node_id]
    # The peer's line that prompted the question is what is reflected (as in the app, the
    # trainee answers the disclosure; at `testing` it is the line before).
    context = " ".join(CRISIS.nodes["opening"].peer)
    result = scorer.score(context, reply, node)
    paraphrasing = result.skills["paraphrasing"]
    assert paraphrasing.level >= 1, (node_id, reply, [e.criterion for e in paraphrasing.evidence])
    assert result.skills["boundaries"].level == 0, (reply, result.skills["boundaries"].flags)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_reflection_joined_to_a_question_is_still_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, REFLECT_THEN_ASK, low=1)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_what_it_is_like_for_them_is_a_reflection(scorer: Scorer, scenario: Scenario) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, SITUATION_FOR_THEM, low=1)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_questions_with_a_lead_in_are_still_only_questions(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, QUESTIONS_ONLY, high=0)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_telling_them_what_they_need_is_not_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, YOU_NEED, high=0)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


#: Scenarios whose first peer line has two sentences or more (so it can be reordered).
REORDERABLE = [s for s in SCENARIOS if len(sentences(opening(s)[0])) >= 2]


def test_most_first_moments_can_be_reordered() -> None:
    assert len(REORDERABLE) >= 10


@pytest.mark.parametrize("scenario", REORDERABLE, ids=lambda s: s.id)
def test_their_words_said_back_in_another_order_are_a_named_simple_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    """A parrot that reorders the peer's sentences is still a repeat: simple (never complex),
    and named as one, in the first moment of every scenario."""
    context, node = opening(scenario)
    reordered = " ".join(shift_perspective(words(" ".join(reversed(sentences(context))))))
    paraphrasing = scorer.score(context, reordered, node).skills["paraphrasing"]
    fired = [e.criterion for e in paraphrasing.evidence]
    assert paraphrasing.level == 1, (reordered, fired)
    assert "repeats_their_words" in fired, (reordered, fired)


#: Simple reflections: the peer's own content, joined with "and", "since", "even though"…
#: Joining their own points adds no meaning of ours, so these are simple, never complex.
#: (Scored on the peer's line alone, as `peer-practice score` does without a moment.)
SIMPLE_WITH_A_LINK = {
    "warm-up-long-week": "You're tired since the cat was sick and bookings fell through.",
    "bad-date-next-steps": "You're still shaking even though you got out.",
    "asking-to-meet-outside": "These talks have been the best part of your week and you'd "
    "like to meet for coffee.",
    "eviction-after-ads": "Your landlord saw the ads, and now you've got thirty days.",
    "burnout-and-money": "Even with every single night worked, the rent still isn't there.",
    "grief-toxic-supply": "She taught you how to work safely, and now she's gone.",
    "stigma-at-the-clinic": "You went for your usual test and got a speech before she'd even "
    "do the swab.",
    "angry-at-the-organisation": "They cut the evening hours when nobody asked any of you.",
    "migrant-worker-status": "Your friend says report it, but you're scared immigration "
    "might come.",
    "fear-of-being-outed": "Your sister saw the screenshots even though you never showed her.",
    "crisis-suicidal-thoughts": "Some nights it gets so bad that you think everyone would be "
    "better off without you.",
}

#: What they can't do, said back: a reflection (texting style too). "You can't blame them"
#: argues, it doesn't reflect.
YOU_CANT = [
    "You can't switch off even when you try.",
    "you cant make rent no matter how much you work",
    "You can't think straight right now.",
    "You cannot see a way out of this at the moment.",
    "So you can't even rest on your nights off.",
    "You can't stop going over it in your head.",
]
YOU_CANT_ARGUING = [
    "You can't really blame them though.",
    "you can't expect people to just know",
    "Well, you can't let it get to you.",
]


@pytest.mark.parametrize("scenario", sorted(SIMPLE_WITH_A_LINK))
def test_their_own_points_joined_together_are_a_simple_reflection(
    scorer: Scorer, scenario: str
) -> None:
    context, _ = opening(next(s for s in SCENARIOS if s.id == scenario))
    reply = SIMPLE_WITH_A_LINK[scenario]
    paraphrasing = scorer.score(context, reply).skills["paraphrasing"]
    assert paraphrasing.level == 1, (reply, [e.criterion for e in paraphrasing.evidence])


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_what_they_cant_do_is_a_reflection_and_arguing_is_not(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, YOU_CANT, low=1)
    assert not off_level(scorer, "paraphrasing", scenario, YOU_CANT_ARGUING, high=0)


#: Telling them how to feel, praising or judging them, typed as people text (no
#: apostrophes, "you re"): not reflections. Their state said back still is.
TEXTED_NOT_REFLECTIONS = [
    "You shouldnt feel guilty about any of it.",
    "you dont have to be strong all the time",
    "you re really strong, you know",
    "You're at risk of burning out like this.",
    "You don't always have to carry everyone.",
    "you dont need to explain yourself to him",
    "You're greater than whatever this is.",
    "ur healthy, ull be fine",
]
TEXTED_REFLECTIONS = [
    "you dont have anyone to talk to about it",
    "you're probably running on fumes",
    "u havent slept properly in days",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_texted_advice_praise_and_judgement_are_not_reflections(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, TEXTED_NOT_REFLECTIONS, high=0)
    assert not off_level(scorer, "paraphrasing", scenario, TEXTED_REFLECTIONS, low=1)


#: What something or someone is to them ("more than a friend to you"): meaning they
#: implied, said back, so a complex reflection, even with a person or thing as the subject.
WHAT_IT_IS_TO_THEM = {
    "grief-toxic-supply": "Tash was so much more than a friend to you, she was how you "
    "learned to stay alive in this work.",
    "angry-at-the-organisation": "It's not just a meal service to you, it's the one place "
    "that was supposed to be yours.",
    "eviction-after-ads": "That flat was never just an address for you, it was four years of "
    "a life you built.",
    "warm-up-long-week": "The cat isn't just a pet to you, she's the company that gets you "
    "through weeks like this.",
    "asking-to-meet-outside": "These talks are more than a routine for you, they've become a "
    "bright spot in a lonely week.",
    "burnout-and-money": "Rent isn't only a bill for you, it's the line between holding on "
    "and going under.",
    "stigma-at-the-clinic": "That test was not just a check-up for you, it was you taking "
    "care of yourself, and she made it about shame.",
    "fear-of-being-outed": "Your sister isn't just family to you, she was the one person you "
    "thought you could keep this from.",
}


@pytest.mark.parametrize("scenario", sorted(WHAT_IT_IS_TO_THEM))
def test_what_something_is_to_them_is_a_complex_reflection(scorer: Scorer, scenario: str) -> None:
    context, node = opening(next(s for s in SCENARIOS if s.id == scenario))
    reply = WHAT_IT_IS_TO_THEM[scenario]
    paraphrasing = scorer.score(context, reply, node).skills["paraphrasing"]
    assert paraphrasing.level == 2, (reply, [e.criterion for e in paraphrasing.evidence])


#: "It's like…" / "it's as if…" saying how it is for them: a reflection stem. "It's like
#: that sometimes" brushes it off and is not.
ITS_LIKE = [
    "it's like there's not even energy left to be upset about it",
    "It's as if everything piled up at once.",
    "It's more than tired, it's worn right down.",
    "It's like the week just took everything out of you.",
    "it's as though nothing you do is enough right now",
    "It's like being on a treadmill that never stops.",
]
ITS_LIKE_THAT = ["It's like that sometimes.", "Its like that for everyone, honestly."]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_its_like_says_how_it_is_for_them(scorer: Scorer, scenario: Scenario) -> None:
    context, node = opening(scenario)
    assert not off_level(scorer, "paraphrasing", scenario, ITS_LIKE, low=1)
    for reply in ITS_LIKE_THAT:
        assert scorer.score(context, reply, node).skills["paraphrasing"].level == 0, reply


#: How it felt, with the situation as the subject ("the way he looked at you felt like…"):
#: a reflection. "If you feel like it…" is a condition, not one.
HOW_IT_FELT = [
    "The way they treated you felt like being erased.",
    "that whole week felt like one long slog",
    "Being ignored like that must feel like you don't count.",
    "Losing her feels like losing the ground under your feet.",
    "the notice felt like a slap in the face",
    "Everything lately feels like too much at once.",
]
NOT_HOW_IT_FELT = [
    "If you feel like talking, I'm here.",
    "I feel like you should take a break.",
    "We feel like this is the best plan for now.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_how_it_felt_is_a_reflection(scorer: Scorer, scenario: Scenario) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, HOW_IT_FELT, low=1)
    assert not off_level(scorer, "paraphrasing", scenario, NOT_HOW_IT_FELT, high=0)


#: Fronted "to you," / "for you," and "thats …" without an apostrophe: still reflections.
FRONTED_AND_UNAPOSTROPHED = [
    "thats humiliating, being looked at like that",
    "To you she was everything.",
    "to you, this was never just a job",
    "For you, losing her changes everything.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_fronted_to_you_and_thats_are_reflections(scorer: Scorer, scenario: Scenario) -> None:
    context, node = opening(scenario)
    assert not off_level(scorer, "paraphrasing", scenario, FRONTED_AND_UNAPOSTROPHED, low=1)
    assert scorer.score(context, "To you too.", node).skills["paraphrasing"].level == 0


#: "That stings", "that must have hurt": the feeling of what happened, said back. Hurting
#: someone else, or the counsellor, is not.
THAT_HURT = [
    "That stings.",
    "that must have hurt",
    "Which really stung, after everything.",
    "that hits hard",
]
NOT_THEIR_HURT = [
    "It hurts me to hear that.",
    "That hurt him too.",
    "Does that hurt?",
    # Sympathy and "of course" are validation, not reflection.
    "I'm so sorry that happened to you.",
    "im so sorry that happened to u",
    "Of course that stung.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_that_stings_is_a_reflection_of_feeling(scorer: Scorer, scenario: Scenario) -> None:
    context, node = opening(scenario)
    assert not off_level(scorer, "paraphrasing", scenario, THAT_HURT, low=1)
    for reply in NOT_THEIR_HURT:
        assert scorer.score(context, reply, node).skills["paraphrasing"].level == 0, reply


#: A full reflection (content and feeling) followed by a directive: the reflection is still
#: there (our labels keep it; the directive is the boundaries skill's to mark). A directive
#: alone is not a reflection. ("You're tired. You should sleep." was listed as not one either;
#: since stop 7 a feeling said back in a sentence before a breach counts, as wave 2's labels
#: have it: "You feel numb right now. Don't worry, …" is a simple reflection. See
#: tests/test_reflection_before_a_breach.py.)
REFLECTION_THEN_DIRECTIVE = {
    "burnout-and-money": "That sounds so draining, and you're still short on rent every "
    "month. You should really take a night off.",
    "eviction-after-ads": "Thirty days is terrifying, and you can't even think straight about "
    "where to go. You need to call a tenants' union today.",
    "bad-date-next-steps": "That sounds so frightening, and you're still shaking from last "
    "night. You have to report him.",
    "warm-up-long-week": "That sounds exhausting, and you've had the cat sick all week on top "
    "of the cancellations. You need to rest this weekend.",
    "grief-toxic-supply": "Losing Tash like that is devastating, she taught you how to stay "
    "safe. You should go to a grief group.",
    "stigma-at-the-clinic": "That speech sounds humiliating, and you only went in for your "
    "usual test. You should complain to the manager.",
}
BARE_DIRECTIVES = ["Take a night off.", "You should sleep."]


@pytest.mark.parametrize("scenario", sorted(REFLECTION_THEN_DIRECTIVE))
def test_a_full_reflection_followed_by_a_directive_keeps_its_reflection(
    scorer: Scorer, scenario: str
) -> None:
    context, node = opening(next(s for s in SCENARIOS if s.id == scenario))
    reply = REFLECTION_THEN_DIRECTIVE[scenario]
    for moment in (None, node):
        result = scorer.score(context, reply, moment)
        assert result.skills["paraphrasing"].level >= 1, (reply, moment)
        assert result.skills["boundaries"].level >= 1, reply  # the directive is still marked
    for reply in BARE_DIRECTIVES:
        assert scorer.score(context, reply, node).skills["paraphrasing"].level == 0, reply


#: Only brushing it aside, siding with someone else, reassuring or promising secrecy, while
#: reusing some of the peer's own words: not a reflection (in the moment, key points and
#: all). The boundaries rubric marks each of them (minimising "at least" is at risk).
BRUSHED_ASIDE = [
    ("warm-up-long-week", "a sick cat and two cancelled bookings is hardly the end of the world"),
    (
        "angry-at-the-organisation",
        "cutting the evening hours with a week's notice is just how these places work, they probably had no choice",
    ),
    (
        "burnout-and-money",
        "working every night and still short on rent happens to everyone, you'll be fine",
    ),
    (
        "tell-me-what-to-do",
        "dropping the regulars who push your limits or keeping them for the money, it'll sort itself out either way",
    ),
    (
        "fear-of-being-outed",
        "your sister seeing the screenshots isnt a big deal, she probably just wanted to understand",
    ),
    (
        "eviction-after-ads",
        "thirty days to get out is plenty of time, you'll find somewhere no problem",
    ),
    (
        "stigma-at-the-clinic",
        "the nurse giving a speech before the swab is just her job, she wasn't singling you out",
    ),
    ("bad-date-next-steps", "a guy getting rough and not paying, it happens, at least you got out"),
    (
        "asking-to-meet-outside",
        "the best part of your week, aw, well whatever you tell me here stays between us forever",
    ),
    (
        "migrant-worker-status",
        "a client taking your money last week is annoying but honestly it's only money",
    ),
    (
        "crisis-suicidal-thoughts",
        "everyone would be better off? nah, some nights are just bad, it'll pass",
    ),
]


@pytest.mark.parametrize(("scenario", "reply"), BRUSHED_ASIDE)
def test_brushing_it_aside_in_their_own_words_is_not_a_reflection(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    context, node = opening(next(s for s in SCENARIOS if s.id == scenario))
    result = scorer.score(context, reply, node)
    assert result.skills["boundaries"].level >= 1, (reply, result.skills["boundaries"].flags)
    paraphrasing = result.skills["paraphrasing"]
    assert paraphrasing.level == 0, (reply, [e.criterion for e in paraphrasing.evidence])
