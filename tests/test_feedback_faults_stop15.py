"""Stop 15 (issue #11): feedback a trainee can trust — the faults left open at stop 14.

A ✓ strength is earned (it names what raised the level and is never given for a reply that
breached a boundary) and the next step fits this peer and this moment. Each table below is a
family of wordings (in several registers) of one fault, with near misses that must keep their
reading; the general families run at the first moment of all 12 shipped scenarios.
"""

from __future__ import annotations

import pytest

from simulator.content.conditions import next_node_id
from simulator.scoring import Scorer
from tests.helpers import at_each_opening, reply_cases, shipped_scenarios

# 1. One-word answers ("Never", "Course", "Always") answer the peer; they instruct only with a
# verb after them.
ANSWER_WORDS = [
    "Never.",
    "Never — you did nothing wrong.",
    "Never, you did nothing wrong.",
    "never!! u did nothing wrong hun",
    "Course you can.",
    "Course.",
    "Of course, never.",
    "Always, babe. You can come back here any time.",
]
ANSWER_WORD_INSTRUCTIONS = ["Never go back to him.", "Always check their ID first."]

# 2. The choice handed back after an idea, in every directing pattern (after a comma, "so",
# "just", "and"), as the class (keep/drop verb + free relative + fit), not the listed sentences.
CHOICE_BACK = [
    "That's only an idea, so take what fits and leave the rest.",
    "That's just one thought, just take what helps.",
    "It's only a thought, so just ignore anything that doesn't fit.",
    "Those are just ideas, so take what's useful.",
    "That is my two cents, just take whatever helps and bin the rest",
    "So, take what you need from that, and forget the rest.",
    "It's one idea, run with it if it fits, ignore it if not.",
    "Just a thought: keep the bits that make sense, skip whatever doesn't suit you.",
]
CHOICE_BACK_NEAR_MISSES = [
    "Take whatever he gives you, just leave.",
    "Just take the money and go.",
]


def test_answer_words_are_not_instructions(scorer: Scorer) -> None:
    wrong = [
        (scenario_id, reply, b.flags)
        for reply in ANSWER_WORDS
        for scenario_id, b in at_each_opening(scorer, "boundaries", reply)
        if "directing" in b.flags
    ]
    assert not wrong


@reply_cases(ANSWER_WORD_INSTRUCTIONS)
def test_never_and_always_with_a_verb_still_instruct(scorer: Scorer, reply: str) -> None:
    for scenario_id, b in at_each_opening(scorer, "boundaries", reply):
        assert "directing" in b.flags, (scenario_id, reply, b.flags)


def test_a_choice_handed_back_is_no_instruction_in_any_directing_reading(
    scorer: Scorer,
) -> None:
    wrong = []
    for reply in CHOICE_BACK:
        for scenario_id, b in at_each_opening(scorer, "boundaries", reply):
            if {"directing", "dismissing"} & set(b.flags):
                wrong.append((scenario_id, reply, "boundaries", b.flags))
        for scenario_id, p in at_each_opening(scorer, "paraphrasing", reply):
            read = {e.criterion for e in p.evidence}
            if "directs_instead" in read:
                wrong.append((scenario_id, reply, "paraphrasing", sorted(read)))
    assert not wrong


@reply_cases(CHOICE_BACK_NEAR_MISSES)
def test_an_instruction_with_take_or_leave_still_directs(scorer: Scorer, reply: str) -> None:
    for scenario_id, b in at_each_opening(scorer, "boundaries", reply):
        assert "directing" in b.flags, (scenario_id, reply, b.flags)


# 3. `said_as_theirs_after` takes back the clause it follows, not a breach elsewhere.
TAKEN_BACK = [
    "It'll all work out, that's what you're hoping for.",
    "It'll all work out. That's what you're hoping for.",
]
NOT_TAKEN_BACK = [
    "Everything will be fine, I promise. You're scared, your friend said.",
    "It'll all work out, trust me. It felt like a lecture, that's what you're afraid of.",
]


@reply_cases(TAKEN_BACK)
def test_a_tag_that_hands_the_words_back_takes_back_its_clause(scorer: Scorer, reply: str) -> None:
    for scenario_id, b in at_each_opening(scorer, "boundaries", reply):
        assert "false_reassurance" not in b.flags, (scenario_id, reply, b.flags)


@reply_cases(NOT_TAKEN_BACK)
def test_a_tag_in_another_sentence_leaves_the_reassurance_standing(
    scorer: Scorer, reply: str
) -> None:
    for scenario_id, b in at_each_opening(scorer, "boundaries", reply):
        assert "false_reassurance" in b.flags, (scenario_id, reply, b.flags)


# 4. The peer's verdict on themselves said back is a verdict: the judgment step, not parroting.
@pytest.mark.parametrize(
    ("scenario_id", "moment", "reply"),
    [
        ("asking-to-meet-outside", "stung", "That was stupid of you, yes."),
        (
            "asking-to-meet-outside",
            "stung",
            "Sorry, you shouldn't have asked. That was stupid of you.",
        ),
        ("fear-of-being-outed", "choosing", "Yes, it's stupid."),
    ],
)
def test_a_verdict_said_back_gets_the_judgment_step(
    scorer: Scorer, scenario_id: str, moment: str, reply: str
) -> None:
    scenario = next(s for s in shipped_scenarios() if s.id == scenario_id)
    node = scenario.nodes[moment]
    result = scorer.score(" ".join(node.peer), reply, node)
    assert result.skills["boundaries"].level == 2
    step = result.feedback.next_step or ""
    assert "repeated their words" not in step, step
    assert result.feedback.next_step == result.skills["boundaries"].next_step


# 5. An apology for one's own words repairs the talk (validation 1, tests/data/README.md) and
# its ✓ says so; it is not praised as acknowledging how hard things are for the peer.
OWN_APOLOGIES = [
    "I'm sorry, I gave you the wrong idea",
    "Sorry, I misread what you said.",
    "I'm sorry if that came out wrong.",
    "Soz, I got ahead of myself there.",
    "I'm so sorry, I wasn't clear.",
]
SORRY_FOR_THEM = [
    "I'm sorry, I know this is so hard.",
    "I'm so sorry that happened to you.",
    "Sorry, I misread you. That sounds so hard.",
]


def test_an_apology_for_ones_own_words_is_named_as_a_repair(scorer: Scorer) -> None:
    wrong = []
    for reply in OWN_APOLOGIES:
        for scenario in shipped_scenarios():
            node = scenario.nodes[scenario.start_id]
            result = scorer.score(" ".join(node.peer), reply, node)
            strength = result.feedback.strength or ""
            if "acknowledged how hard" in strength or "misstep" not in strength:
                wrong.append((scenario.id, reply, strength))
    assert not wrong


@reply_cases(SORRY_FOR_THEM)
def test_sorry_for_what_they_go_through_still_acknowledges(scorer: Scorer, reply: str) -> None:
    for scenario_id, v in at_each_opening(scorer, "validation", reply):
        assert "acknowledges" in {e.criterion for e in v.evidence}, (scenario_id, reply)


# 6. A verdict on the peer's life (the work unnamed) and blame put on their community.
LIFE_AND_CIRCLE_VERDICTS = [
    "That's no way to live.",
    "Honestly, that's no way to live, babe.",
    "What kind of life is that?",
    "Your life is a mess right now.",
    "That's your crowd for you.",
    "The people you run with are the problem.",
    "It's the company you keep, hun.",
    "Your lot will drag you down.",
]
NOT_VERDICTS = [
    "The people around you seem to really care about you.",
    "Your mates are why you got out safe.",
    "The people you work with could be a support here.",
    "That's a mess, what he did to you.",
    "It's not living up to what they promised you.",
]


def test_a_verdict_on_their_life_or_their_people_is_judgment(scorer: Scorer) -> None:
    wrong = [
        (scenario_id, reply, b.flags)
        for reply in LIFE_AND_CIRCLE_VERDICTS
        for scenario_id, b in at_each_opening(scorer, "boundaries", reply)
        if b.level != 2 or "judgment" not in b.flags
    ]
    assert not wrong


def test_a_verdict_on_their_life_gets_the_judging_step_not_the_work_step(
    scorer: Scorer,
) -> None:
    for scenario in shipped_scenarios():
        node = scenario.nodes[scenario.start_id]
        result = scorer.score(" ".join(node.peer), "That's no way to live.", node)
        step = result.feedback.next_step or ""
        assert "the job" not in step and "their work out of it" not in step, (scenario.id, step)


@reply_cases(NOT_VERDICTS)
def test_naming_their_people_without_blame_is_no_judgment(scorer: Scorer, reply: str) -> None:
    for scenario_id, b in at_each_opening(scorer, "boundaries", reply):
        assert "judgment" not in b.flags, (scenario_id, reply, b.flags)


# 7. A reflection run into advice with no separating phrase: no ✓ for a breached reply, and
# the step names the advice.
REFLECTION_INTO_ADVICE = [
    "that sounds so scary, you should just block him",
    "that's so scary omg u need to block him asap",
]


@reply_cases(REFLECTION_INTO_ADVICE)
def test_reflection_run_into_advice_gets_no_strength_and_the_advice_step(
    scorer: Scorer, reply: str
) -> None:
    for scenario in shipped_scenarios():
        node = scenario.nodes[scenario.start_id]
        result = scorer.score(" ".join(node.peer), reply, node)
        boundaries = result.skills["boundaries"]
        if boundaries.level == 2:
            assert "scary" not in (result.feedback.strength or ""), (scenario.id, reply)
        if boundaries.level >= 1:
            step = result.feedback.next_step or ""
            assert "advice" in step or "instruction" in step or "what to do" in step, (
                scenario.id,
                step,
            )


# 8. Alex: a warm open question about the loneliness leads Alex to say more, not to leave
# feeling rejected.
@reply_cases(
    [
        "What's it been like, being so far from the people you know?",
        "How have you been finding it, settling in here?",
    ]
)
def test_a_warm_open_question_to_alex_does_not_end_in_rejection(scorer: Scorer, reply: str) -> None:
    scenario = next(s for s in shipped_scenarios() if s.id == "asking-to-meet-outside")
    node = scenario.nodes["disappointed"]
    result = scorer.score(" ".join(node.peer), reply, node)
    to = next_node_id(node, result.levels, result.flags, scorer.rubrics.rubrics, result.criteria)
    assert to == "tells_more"
    assert scenario.nodes[to].ending is None


def test_advice_by_question_to_alex_is_not_treated_as_an_open_question(scorer: Scorer) -> None:
    scenario = next(s for s in shipped_scenarios() if s.id == "asking-to-meet-outside")
    node = scenario.nodes["disappointed"]
    result = scorer.score(" ".join(node.peer), "Have you tried joining a club?", node)
    to = next_node_id(node, result.levels, result.flags, scorer.rubrics.rubrics, result.criteria)
    assert to != "tells_more"


# Found playing Alex at 80×24: advice that skips the loneliness ended "The boundary blurred"
# with Alex "already typing his number into your phone", and advice at the opening made him
# light up as if the counsellor had said yes. Only a yes to meeting leads there.
@pytest.mark.parametrize(
    ("moment", "reply", "expected"),
    [
        ("opening", "You should just join a club or something.", "stung"),
        ("opening", "Sure, let's get coffee! Here's my number.", "says_yes"),
        ("disappointed", "You should just join a club or something.", "ending_withdraws"),
        ("disappointed", "Actually, let's grab that coffee. Here's my number.", "ending_blurred"),
        ("tells_more", "You should get out more and meet people.", "ending_withdraws"),
        ("tells_more", "Ok fine, text me anytime.", "ending_blurred"),
    ],
)
def test_only_a_yes_to_meeting_blurs_alexs_boundary(
    scorer: Scorer, moment: str, reply: str, expected: str
) -> None:
    scenario = next(s for s in shipped_scenarios() if s.id == "asking-to-meet-outside")
    node = scenario.nodes[moment]
    result = scorer.score(" ".join(node.peer), reply, node)
    to = next_node_id(node, result.levels, result.flags, scorer.rubrics.rubrics, result.criteria)
    assert to == expected, (reply, result.flags)


# Found playing Kai at 80×24: an idea Kai asked for, offered with the choice handed back, got
# the step "first say back…, then offer it lightly and leave the choice with them": what the
# reply had just done. The step now names the move done and the next one; the level is as before.
LIGHT_OFFERS = [
    "You want something concrete. Some people keep one or two regulars who respect their"
    " limits and drop the rest, but that's only an idea, so take what fits and leave the rest.",
    "Some people write their limits down before a booking. Your call, though.",
    "Some folks keep just the regulars who respect them. Only you know what's right for you.",
]


@pytest.mark.parametrize("moment", ["opening", "options"])
@reply_cases(LIGHT_OFFERS)
def test_an_asked_for_idea_offered_lightly_gets_a_step_that_goes_on(
    scorer: Scorer, moment: str, reply: str
) -> None:
    scenario = next(s for s in shipped_scenarios() if s.id == "tell-me-what-to-do")
    node = scenario.nodes[moment]
    result = scorer.score(" ".join(node.peer), reply, node)
    step = result.feedback.next_step or ""
    assert "then offer it lightly" not in step, step
    assert result.skills["boundaries"].level <= 1


def test_an_asked_for_idea_offered_flatly_still_gets_the_say_back_first_step(
    scorer: Scorer,
) -> None:
    scenario = next(s for s in shipped_scenarios() if s.id == "tell-me-what-to-do")
    node = scenario.nodes["options"]
    reply = "Some people keep one or two regulars and drop the rest."
    result = scorer.score(" ".join(node.peer), reply, node)
    assert "first say back" in (result.feedback.next_step or "")
