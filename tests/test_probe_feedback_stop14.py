"""Issue #11 (stop 14, i14-probe): feedback faults found by probing every scenario's moments
with ~250 replies of our own, scored in the moment (/work/notes/s14/i14-probe.md).

- "I hear you saying it's fine, and I also heard something really heavy a moment ago" was
  read as self-disclosure ("i also" was a cue of `shares_own_story`) and told "Bring the focus
  back to them". "I also" followed by listening ("heard", "noticed", "want to check") is not
  about the counsellor's life; "I also had weeks like that", "I also work nights" still are.
- "Well, that's the risk with using, unfortunately." (to a peer grieving a friend lost to the
  poisoned supply) was told "…not what you think of the job": the verdict on drug use was read
  only by the part-of-the-job criteria. It has its own criterion and step now; "that's part of
  the job" keeps the step about the work.
- "It's all piling up. Shall we take one thing at a time?" (eviction, spiralling) fell into
  the moment's pitfall "one thing at a time" (minimising, "Telling her to calm down…"). Offered
  as a question or as something to do together it is the slowing down the peer thanks them
  for; said as an order ("Calm down, one thing at a time", "One thing at a time.") it is still
  the pitfall.
- Where the peer asked for ideas ("What do other people do?", "Do you think I should call
  them?"), an offer of what others do was told "Before offering a plan… ask if they'd like
  ideas", a suggestion "offer ideas only if they ask", and a reply that asked permission
  "advice can wait until they ask". The peer's request now speaks for every advice criterion
  whose step says to wait until asked, and the reflection's advice step is true either way.
- "Say back the main thing… here, something like 'you're saying it's fine'" was the step for a
  reply that had just said "I hear you saying it's fine": a key point the reply picked up is
  never the one suggested.
- "It sounds less about dinner and more about being talked over…" reached no reflection (and
  Rae stormed off): what it is really about, said as how it sounds or seems, names what
  matters, as "It's not about the food, it's about…" already did.

Each family is checked in the moments it belongs to, in both directions, and the general
ones at the opening of all 12 scenarios.
"""

from __future__ import annotations

import re

import pytest

from simulator.content.scenario import Node, Scenario
from simulator.scoring import Scorer, ScoreResult
from tests.helpers import at_each_opening, opening, reply_cases, shipped_scenarios


def _scenario(scenario_id: str) -> Scenario:
    return next(s for s in shipped_scenarios() if s.id == scenario_id)


def _in_moment(scorer: Scorer, moment: str, reply: str) -> ScoreResult:
    scenario_id, _, node_id = moment.partition(":")
    node: Node = _scenario(scenario_id).nodes[node_id]
    return scorer.score(" ".join(node.peer), reply, node)


def _at_each_opening_result(scorer: Scorer, reply: str) -> list[tuple[str, ScoreResult]]:
    out = []
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        out.append((scenario.id, scorer.score(context, reply, node)))
    return out


# ---------------------------------------------------------------- "I also…" as listening
ALSO_LISTENING = (
    "I hear you saying it's fine, and I also heard something really heavy a moment ago.",
    "Okay. I also noticed you went quiet after what you said before.",
    "I also want to come back to what you said a minute ago.",
    "i also kinda picked up that this isnt the first time",
    "You said it's nothing, but I also sense it's been a lot.",
)
ALSO_ABOUT_ME = (
    "I also had weeks like that, I get it.",
    "I also work nights, so I know.",
    "I also lost a friend that way last year.",
    "i also snap at people when im tired lol",
)


@reply_cases(ALSO_LISTENING)
def test_also_hearing_them_is_no_self_disclosure(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "self_disclosure" not in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(ALSO_ABOUT_ME)
def test_also_about_my_life_is_still_self_disclosure(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "self_disclosure" in boundaries.flags, (scenario_id, reply, boundaries.flags)


# ---------------------------------------------------------------- the risk of using
USING_VERDICT = (
    "Well, that's the risk with using, unfortunately.",
    "thats what happens when u use tbh",
    "Sad, but it's the risk of doing drugs.",
    "Honestly it comes with using, you know that.",
    "You shouldn't be using drugs anyway.",
)
WORK_VERDICT = (
    "Well, that's part of the job, unfortunately.",
    "That's just an occupational hazard.",
)
USING_NOT_A_VERDICT = (
    "You're angry people say that's the risk with using, like she didn't matter.",
    "Is that the risk with using that scares you most now?",
    "You feel like people think she shouldn't have been using drugs, and that makes you furious.",
)
GRIEF_MOMENTS = (
    "grief-toxic-supply:opening",
    "grief-toxic-supply:numb",
    "grief-toxic-supply:anger",
)


@pytest.mark.parametrize("moment", GRIEF_MOMENTS)
@reply_cases(USING_VERDICT)
def test_a_verdict_on_using_gets_a_step_about_using(
    scorer: Scorer, moment: str, reply: str
) -> None:
    result = _in_moment(scorer, moment, reply)
    boundaries = result.skills["boundaries"]
    assert boundaries.level == 2 and "judgment" in boundaries.flags, (moment, boundaries.flags)
    step = result.feedback.next_step
    assert "the job" not in step and "their work" not in step, (moment, step)


@reply_cases(USING_VERDICT)
def test_a_verdict_on_using_never_speaks_of_the_job(scorer: Scorer, reply: str) -> None:
    for scenario_id, result in _at_each_opening_result(scorer, reply):
        assert result.skills["boundaries"].level == 2, (scenario_id, reply)
        step = result.feedback.next_step
        assert "the job" not in step and "their work" not in step, (scenario_id, step)


@reply_cases(WORK_VERDICT)
def test_a_verdict_on_the_work_keeps_its_step(scorer: Scorer, reply: str) -> None:
    for scenario_id, result in _at_each_opening_result(scorer, reply):
        assert result.skills["boundaries"].level == 2, (scenario_id, reply)
        assert "using" not in result.feedback.next_step, (scenario_id, result.feedback.next_step)


@pytest.mark.parametrize("moment", GRIEF_MOMENTS)
@reply_cases(USING_NOT_A_VERDICT)
def test_the_verdict_said_back_or_asked_is_none(scorer: Scorer, moment: str, reply: str) -> None:
    boundaries = _in_moment(scorer, moment, reply).skills["boundaries"]
    assert "judgment" not in boundaries.flags, (moment, reply, boundaries.flags)


# ---------------------------------------------------------------- slowing down, offered
SLOW_DOWN_OFFERED = (
    "It's all piling up. Shall we take one thing at a time?",
    "Would it help to go through it one thing at a time?",
    "Do you want to take it one thing at a time together?",
    "that's a lot landing at once. want to go one thing at a time?",
    "Could we maybe look at it one thing at a time?",
)
SLOW_DOWN_ORDERED = (
    "Calm down, one thing at a time.",
    "One thing at a time.",
    "One thing at a time, okay? Deep breath.",
    "Okay, one thing at a time, stop spiralling.",
    "I want you to take it one thing at a time.",
)
SPIRALLING = "eviction-after-ads:spiralling"


@reply_cases(SLOW_DOWN_OFFERED)
def test_slowing_down_offered_is_no_pitfall(scorer: Scorer, reply: str) -> None:
    result = _in_moment(scorer, SPIRALLING, reply)
    assert "minimising" not in result.skills["boundaries"].flags, (reply, result.skills)
    assert "calm down" not in result.feedback.next_step, result.feedback.next_step


@reply_cases(SLOW_DOWN_ORDERED)
def test_slowing_down_ordered_is_still_the_pitfall(scorer: Scorer, reply: str) -> None:
    boundaries = _in_moment(scorer, SPIRALLING, reply).skills["boundaries"]
    assert "minimising" in boundaries.flags, (reply, boundaries.flags)


@reply_cases(SLOW_DOWN_OFFERED)
def test_slowing_down_offered_breaches_nothing_anywhere(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level < 2, (scenario_id, reply, boundaries.flags)


# ---------------------------------------------------------------- ideas they asked for
ASKED_FOR_IDEAS = (
    "tell-me-what-to-do:options",
    "bad-date-next-steps:options",
    "eviction-after-ads:next_steps",
    "migrant-worker-status:options",
)
IDEAS_GIVEN = (
    "Some people raise the rate for the ones who push, so either they stop or it's worth it.",
    "Other workers I know have a rule like three strikes and then they block.",
    "Some people set firmer rules with regulars, some drop one at a time. Want to hear more about any of those?",
    "There are some ways, yes. Would you like me to tell you about an anonymous report?",
    "You're weighing up the list, and wanting to stay anonymous matters a lot.",
)
_WAIT_TO_BE_ASKED = re.compile(
    r"until they ask|only if they ask|didn't ask|ask if they'd like|when they ask for it"
)


@pytest.mark.parametrize("moment", ASKED_FOR_IDEAS)
@reply_cases(IDEAS_GIVEN)
def test_where_they_asked_no_step_says_wait_to_be_asked(
    scorer: Scorer, moment: str, reply: str
) -> None:
    step = _in_moment(scorer, moment, reply).feedback.next_step
    assert not _WAIT_TO_BE_ASKED.search(step), (moment, step)


UNASKED_IDEAS = (
    "Some people raise the rate for the ones who push, so either they stop or it's worth it.",
    "Other workers I know have a rule like three strikes and then they block.",
)


@reply_cases(UNASKED_IDEAS)
def test_where_they_did_not_ask_the_step_says_ask_first(scorer: Scorer, reply: str) -> None:
    for scenario in shipped_scenarios():
        if scenario.id == "tell-me-what-to-do":  # its opening asks what to do
            continue
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        if "advice" not in result.skills["boundaries"].flags:
            continue
        assert _WAIT_TO_BE_ASKED.search(result.feedback.next_step), (
            scenario.id,
            result.feedback.next_step,
        )


# ---------------------------------------------------------------- a key point already said
def _moments_with_key_points() -> list[tuple[str, str]]:
    return [
        (scenario.id, node_id)
        for scenario in shipped_scenarios()
        for node_id, node in scenario.nodes.items()
        if node.key_points and not node.is_ending
    ]


@pytest.mark.parametrize(("scenario_id", "node_id"), _moments_with_key_points())
def test_the_step_never_suggests_a_key_point_the_reply_said(
    scorer: Scorer, scenario_id: str, node_id: str
) -> None:
    # The key point's own words, said back bare or asked: the moment's key point check picks
    # them up, so it can't be the one the step suggests saying back.
    node = _scenario(scenario_id).nodes[node_id]
    for point in node.key_points:
        for reply in (
            f"Okay, {point.point}.",
            f"So {point.point}?",
            f"I hear you saying {point.point}.",
        ):
            result = scorer.score(" ".join(node.peer), reply, node)
            step = result.feedback.next_step
            assert f'"{point.point}"' not in step, (node_id, reply, step)


def test_the_crisis_testing_step_does_not_repeat_the_reply(scorer: Scorer) -> None:
    reply = "I hear you saying it's fine, and I also heard something really heavy a moment ago."
    step = _in_moment(scorer, "crisis-suicidal-thoughts:testing", reply).feedback.next_step
    assert "you're saying it's fine" not in step, step


# ---------------------------------------------------------------- what it is really about
SOUNDS_LIKE_WHAT_MATTERS = (
    "It sounds less about the money and more about feeling respected.",
    "seems like its not about the hours, its about nobody asking you",
    "It feels like it's not really about the food, it's about respect.",
    "Sounds like it's less about the rent and more about getting some rest.",
)
NO_CONTRAST = (
    "It sounds like it's not about the money.",
    "It sounds less about food. Let's talk about the meeting.",
)


@reply_cases(SOUNDS_LIKE_WHAT_MATTERS)
def test_what_it_is_about_said_as_it_sounds_names_what_matters(scorer: Scorer, reply: str) -> None:
    for scenario_id, paraphrasing in at_each_opening(scorer, "paraphrasing", reply):
        criteria = {e.criterion for e in paraphrasing.evidence}
        assert "says_what_matters" in criteria, (scenario_id, reply, criteria)


def test_rae_hears_it_said_back_and_stays(scorer: Scorer) -> None:
    reply = (
        "It sounds less about dinner and more about being talked over by a place that's meant"
        " to be yours."
    )
    result = _in_moment(scorer, "angry-at-the-organisation:not_listened", reply)
    assert result.skills["paraphrasing"].level >= 1, result.skills["paraphrasing"]


@reply_cases(NO_CONTRAST)
def test_no_contrast_is_not_what_matters(scorer: Scorer, reply: str) -> None:
    for scenario_id, paraphrasing in at_each_opening(scorer, "paraphrasing", reply):
        criteria = {e.criterion for e in paraphrasing.evidence}
        assert "says_what_matters" not in criteria, (scenario_id, reply, criteria)


# ---------------------------------------------------------------- "so what stings is…"
WHAT_STINGS = (
    "So what stings is the 'by and for' line when they didn't even consult you.",
    "so what hurts most is the way he looked at you, after four years.",
    "So what gets to you is that nobody asked.",
    "So what really bothers you is being talked over.",
)
SO_WHAT = (
    "So what? Everyone gets ignored sometimes.",
    "so what, it's just food",
    "Yeah, so what.",
)


@reply_cases(WHAT_STINGS)
def test_what_stings_summed_up_is_not_so_what(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "dismissing" not in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(SO_WHAT)
def test_so_what_is_still_dismissing(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "dismissing" in boundaries.flags, (scenario_id, reply, boundaries.flags)


# ---------------------------------------------------------------- the risk question
RISK_QUESTIONS = (
    "have you thought about ending your life?",
    "Have you ever thought about killing yourself?",
    "ever thought about suicide?",
    "Thank you for being honest with me. Have you thought about how you would do it?",
)
IDEAS_ASKED = (
    "Have you thought about dropping one night?",
    "ever thought about raising your rates?",
    "Have you thought about ending it with the regular who pushes you?",
)
RISK_MOMENTS = ("crisis-suicidal-thoughts:opening", "crisis-suicidal-thoughts:honest")


@pytest.mark.parametrize("moment", RISK_MOMENTS)
@reply_cases(RISK_QUESTIONS)
def test_the_risk_question_is_never_advice(scorer: Scorer, moment: str, reply: str) -> None:
    result = _in_moment(scorer, moment, reply)
    assert "advice" not in result.skills["boundaries"].flags, (moment, result.skills)
    step = result.feedback.next_step
    assert "advice" not in step and "idea" not in step, (moment, step)


@reply_cases(RISK_QUESTIONS)
def test_the_risk_question_is_no_advice_anywhere(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "advice" not in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(IDEAS_ASKED)
def test_an_idea_asked_is_still_advice_in_question_form(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        if scenario_id == "tell-me-what-to-do":  # the peer asked for ideas there
            continue
        assert "question_suggestion" in boundaries.flags, (scenario_id, reply, boundaries.flags)


# ---------------------------------------------------------------- "they probably won't find out"
WONT_FIND_OUT = (
    "Don't worry, your parents probably won't find out.",
    "your parents prob wont ever find out tbh",
    "Your sister probably won't tell them.",
)
THEIR_SIDE = (
    "Your parents probably had their reasons for being strict.",
    "The nurse probably didn't mean anything by it.",
)


@reply_cases(WONT_FIND_OUT)
def test_a_prediction_they_wont_find_out_is_reassurance_not_siding(
    scorer: Scorer, reply: str
) -> None:
    for scenario_id, result in _at_each_opening_result(scorer, reply):
        boundaries = result.skills["boundaries"]
        assert boundaries.level == 2 and "false_reassurance" in boundaries.flags, (
            scenario_id,
            boundaries.flags,
        )
        assert "siding" not in boundaries.flags, (scenario_id, reply, boundaries.flags)
        assert "reassurance" in result.feedback.next_step, (scenario_id, result.feedback)


@reply_cases(THEIR_SIDE)
def test_excusing_them_is_still_siding(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "siding" in boundaries.flags, (scenario_id, reply, boundaries.flags)
