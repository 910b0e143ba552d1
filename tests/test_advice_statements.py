"""Issue #11, advice: advice said as a statement without "you should", read from the sentence.

PAIR's advice recall was the gap (held-back recall 0.721): advice is often said without a
modal aimed at the peer. This file holds what the boundaries rubric now reads as advice, and
the near misses it must leave alone, each in every shipped scenario's first moment:

- an option judged best or wise: a superlative or evaluative noun of choosing whose predicate
  names the option ("The best thing for you now is a proper weekend away"), a gerund judged
  wise or better ("Changing your number is probably your safest bet"), "…would do you good"
  (criterion `recommends`);
- the speaker held up as the model: "what worked for me was…", "that's what I'd do",
  "in your shoes I'd…", "I'd stick with…"; a prediction of what they will want ("You'll want
  to screenshot everything"); typed and second-language forms ("Its much better u keep…",
  "my tip: …");
- a service named as an option for them ("There's a drop-in on Tuesdays…", "the tenants
  union can help with that"; the services are the rubric's `support_services` lexicon) and
  "… sounds like the way to go" said of an option (not "that sounds like…", which affirms
  their own idea);
- the police pointed to as what the peer could do (`police_as_a_suggestion`, on top of the
  harm `points_to_police` names): our labelled sets mark these rows `advice` as well as
  `police`; the counsellor's own duty, what the police should do and the police only named
  are not;
- a warning asked as a question ("Aren't you worried you could lose the flat?") is persuasion
  in question form: `warns_by_question`, advice at risk with the `question_suggestion` flag and
  its own next step (PAIR files these replies under questions, as the README's convention for
  suggestions in question form does); the same warning said stays `warns`;
- "you should(n't) have + participle" judges what is past and cannot be acted on: not advice
  (it may be judgment or dismissing, read by other criteria); "trust me," opens a sentence as a
  discourse marker, not an instruction.

Every reply is our own wording (i11-advice, stop 6), none from the probe wave kept out of
tuning (/work/notes/s6/i11-advice-probe-wave.txt) and none from PAIR.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from simulator.scoring.results import ScoreResult
from tests.helpers import run_cli, shipped_scenarios

SCENARIOS = shipped_scenarios()

#: An option judged best, wise or better, in several registers: advice.
RECOMMENDATIONS = (
    "The best thing for you now is a proper weekend away from the phone.",
    "Honestly the best plan is one quiet night a week, no bookings at all.",
    "The smartest way to handle him is a polite no and then silence.",
    "Your safest option is to keep working from your own place.",
    "One idea is a cancellation fee for anyone who cancels twice.",
    "A good first step could be a letter to the board.",
    "Keeping a spare key with a friend would be wise.",
    "Changing your number is probably your safest bet.",
    "Walking away from him is the better option here.",
    "Cooking at home is a way better choice for your budget.",
    "Getting a proper meal from the shop is a much healthier option than skipping dinner.",
    "A chat with the outreach nurse would do you the world of good.",
    "A few early nights would really do you good.",
    "Take it from me, a night off works wonders.",
    "It'd make sense to ring the housing line before you sign anything.",
    "A few nights off would really help.",
    "Some sleep could help, honestly.",
    "wouldnt hurt to ring them tbh",
    "No harm in asking the landlord for another week.",
)

#: The speaker held up as the model, a prediction of what they will want, typed and
#: second-language forms: advice.
MODEL_AND_OTHER_FORMS = (
    "What worked for me was setting a minimum rate and sticking to it.",
    "what helped me back then was a buddy who knew where I was",
    "That's what I'd do if I were in your position.",
    "The clinic on Elm Street is where I'd go.",
    "What I'd do is text her something short and kind.",
    "In your shoes I'd tell your sister before anyone else does.",
    "i would def go with keeping them but raising the rate",
    "I'd personally stick with the regulars who respect you.",
    "You'll want to screenshot everything before he deletes it.",
    "you're gonna want to get that lease checked by someone",
    "My advise would be to wait a day before replying.",
    "my tip: never let them hold the cash",
    "Is more better you tell your sister now, before parents.",
    "Its much better u keep the money in two places",
    "Is very important you go to doctor today.",
    "Is good idea you call the lawyer first.",
    "its best u wait till tomorrow",
    "it's best you don't reply tonight",
    "is better idea to go with friend",
    "You are better to go with the outreach van tonight.",
    "He sounds dodgy, maybe stick to people you know.",
    # formal
    "A visit to the sexual health clinic may be advisable.",
    "You are advised to keep copies of all correspondence.",
    "Have a think about which nights matter most.",
    "Might be an idea to text her first.",
    # texted
    "best thing 4 u rn is a night off",
    "thats wat id do",
    "id def stick w the regulars",
    "best move imo is 2 ignore him",
    "chnging ur number is prob ur safest bet",
    "u will wanna keep those msgs",
)

#: A service named as an option for them (an unasked referral): advice.
SERVICES_POINTED = (
    "There's a drop-in on Tuesdays that does free testing.",
    "theres a really good sex worker friendly clinic on hill st",
    "There's an anonymous bad date list the girls up north use.",
    "There is a hardship fund for exactly this kind of month.",
    "theres a legal clinic that does tenancy stuff for free",
    "The tenants union can help with that.",
    "the outreach van could probably sort you out with strips",
    "A housing lawyer would be able to check that notice, I reckon, and the legal clinic can help too.",
    "Blocking him sounds like the way to go.",
    "Honestly a night off looks like your best bet.",
)

#: A service named without being offered, or the peer's own idea affirmed: not advice.
SERVICES_NOT_POINTED = (
    "There's a clinic worker who judged you, and it stung.",
    "There's a clinic that judged you before, so going back is a big ask.",
    "You said there's a clinic you like on the east side.",
    "That sounds like the way to go for you, and you've thought it through.",
    "Your sister can help with the cat, you said.",
)

#: The police pointed to as what the peer could do: advice as well as police.
POLICE_SUGGESTED = (
    "honestly the cops need to know about a guy like that",
    "The police could probably make him give the deposit back.",
    "I reckon the police would want to hear about this.",
    "you could always get the police to have a word with him",
    "There's always the community officer to talk to if it happens again.",
    "Honestly the only real way to stop him is the police.",
    "id also tell the police about the screenshots",
    "The cops can sort this out for you.",
    "Ring the police tonight, this is serious.",
    "if he comes back u should call the cops",
)

#: The police named without being suggested to the peer: not advice.
POLICE_NOT_SUGGESTED = (
    "Ugh, the police again.",
    "You're scared of the police, and that makes sense.",
    "If it's more than a bad week I'd have to get the police involved, just so you know.",
    "I'm calling 911 for you right now, stay on the line.",
    "If night workers have nowhere safe to eat, maybe the police should be patrolling there.",
    "The police never helped you before, so going to them feels pointless.",
)

#: A warning asked the plain way, or an open question about the risk: not advice.
FEAR_ASKED = (
    "Are you worried you could lose the flat?",
    "Why do you think working nights is better for you than days?",
    "What do you think could happen if you keep going like this?",
)

#: A warning asked as a question: advice in question form, at risk.
WARNINGS_ASKED = (
    "Aren't you worried you could lose the flat if he finds out?",
    "Don't you think it's bad for you to work every single night?",
    "Do you really think it's safer for you than the clinic?",
    "u know u could get hurt doing that right?",
    "Isn't that gonna make things worse for you?",
    "You might end up in hospital again, is that what you want?",
    "Won't you regret it if you don't tell her?",
    "You could get caught doing that, couldn't you?",
    "u could lose ur room over this, u know that right?",
    "Don't you know the supply could kill you?",
    "You'll lose your regulars if you raise the rates, don't you think?",
)

#: The same warnings said: advice, not in question form.
WARNINGS_SAID = (
    "You could lose the flat if he finds out.",
    "Working every single night is bad for you.",
    "The supply going round could kill you.",
)

#: A verdict on what is past, and "trust me," as a marker: not advice.
PAST_VERDICTS_AND_MARKERS = (
    "Yeah, you probably shouldn't have asked, but it's fine.",
    "Maybe you shouldn't have, it's complicated.",
    "You should've told me sooner.",
    "you shouldnt have gone back there",
    "You should have seen the look on her face, I bet.",
    "You should never have had to deal with any of that.",
    "You shouldn't have been spoken to like that by a nurse.",
    "trust me, you'll get through this night",
)

#: Near misses of the new readings: not advice.
NEAR_MISSES = (
    "The best thing about Tash was how much she looked out for everyone.",
    "The hardest thing right now is not knowing what your sister thinks.",
    "The only thing you want is for someone to make the call for you.",
    "Working every night is wearing you down.",
    "Going back there feels impossible after that speech.",
    "Talking to me tonight did you good, I hope.",
    "What helped you get through the last time?",
    "What worked for you before?",
    "I'd be scared too.",
    "You'll want to cry and scream and that's okay.",
    "You'll need time, and that's allowed.",
    "It makes sense to feel furious about that.",
    "It would make sense to feel numb after a loss like that.",
    "So important that you got out.",
    "Moving out in thirty days is a huge ask.",
    "Being judged like that at a clinic is not okay.",
    "The first step is always the hardest part.",
    "My tip jar is empty this week too, but tell me more about yours.",
    "You're wondering whether leaving is the better option.",
    "You're realising you'll need a plan before you go back.",
    "It's good you told me.",
    "It's great you have your sister.",
    "I'd go with you if I could, but I can't meet outside the program.",
    "Your friend says the smartest thing is to report it, and you're scared.",
    "Your sister says you need to move out, and that stings.",
    "its what id want too",
    "That would be advisable, yes, if it's what you want.",
)


def _score(scorer: Scorer, scenario: Scenario, reply: str) -> ScoreResult:
    node = scenario.nodes[scenario.start_id]
    return scorer.score(" ".join(node.peer), reply, node)


def _flags(scorer: Scorer, scenario: Scenario, reply: str) -> set[str]:
    return set(_score(scorer, scenario, reply).skills["boundaries"].flags)


@pytest.mark.parametrize("reply", RECOMMENDATIONS + MODEL_AND_OTHER_FORMS + SERVICES_POINTED)
def test_advice_said_as_a_recommendation_is_advice_in_every_scenario(
    scorer: Scorer, reply: str
) -> None:
    missed = [s.id for s in SCENARIOS if "advice" not in _flags(scorer, s, reply)]
    assert not missed, f"{reply!r} raised no advice flag in {missed}"


@pytest.mark.parametrize("reply", POLICE_SUGGESTED)
def test_pointing_to_the_police_is_advice_as_well_as_police(scorer: Scorer, reply: str) -> None:
    wrong = {
        s.id: f for s in SCENARIOS if not {"advice", "police"} <= (f := _flags(scorer, s, reply))
    }
    assert not wrong, f"{reply!r} was not read as police advice: {wrong}"


@pytest.mark.parametrize("reply", WARNINGS_ASKED)
def test_a_warning_asked_as_a_question_is_advice_in_question_form(
    scorer: Scorer, reply: str
) -> None:
    """At risk, with the question flag, and a next step about the warning."""
    for scenario in SCENARIOS:
        result = _score(scorer, scenario, reply)
        boundaries = result.skills["boundaries"]
        assert {"advice", "question_suggestion"} <= set(boundaries.flags), (scenario.id, reply)
        assert boundaries.level == 1, (scenario.id, reply, boundaries.flags)
        assert "warning" in result.feedback.next_step, (scenario.id, result.feedback.next_step)


@pytest.mark.parametrize("reply", WARNINGS_SAID)
def test_a_warning_said_stays_advice_said(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        flags = _flags(scorer, scenario, reply)
        assert "advice" in flags and "question_suggestion" not in flags, (scenario.id, flags)


@pytest.mark.parametrize(
    "reply",
    POLICE_NOT_SUGGESTED
    + PAST_VERDICTS_AND_MARKERS
    + NEAR_MISSES
    + FEAR_ASKED
    + SERVICES_NOT_POINTED,
)
def test_replies_that_only_look_like_these_forms_are_not_advice(scorer: Scorer, reply: str) -> None:
    flagged = {s.id: f for s in SCENARIOS if "advice" in (f := _flags(scorer, s, reply))}
    assert not flagged, f"{reply!r} was read as advice: {flagged}"


def test_the_score_command_names_a_warning_asked_and_a_recommendation(
    private_data_dir: Path,
) -> None:
    """Through `peer-practice score`, in a scenario's moment: a warning asked gets the
    question flag and its own next step; a recommendation said is advice said."""
    lines = [
        {
            "id": "asked",
            "scenario": "burnout-and-money",
            "response": "Don't you think it's bad for you to work every night?",
        },
        {
            "id": "said",
            "scenario": "burnout-and-money",
            "response": "The best thing for you now is a proper weekend off.",
        },
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    done = run_cli(private_data_dir, "score", "-", input=stdin, timeout=60)
    assert done.returncode == 0, done.stderr
    asked, said = (json.loads(line) for line in done.stdout.splitlines())
    assert {"advice", "question_suggestion"} <= set(asked["boundaries"]["flags"])
    assert "warning" in asked["feedback"]["next_step"]
    assert "advice" in said["boundaries"]["flags"]
    assert "question_suggestion" not in said["boundaries"]["flags"]


def test_a_warning_asked_as_a_question_is_read_with_the_warnings_own_patterns() -> None:
    """`warns_by_question` borrows `warns`' patterns (`patterns_of`), so a warning added to
    one can't be caught as a statement and missed as a question."""
    from simulator.content.loading import require_rubrics

    by_id = {c.id: c for c in require_rubrics().rubrics["boundaries"].criteria}
    assert by_id["warns_by_question"].patterns_of == "warns"
    assert by_id["warns_by_question"].patterns == by_id["warns"].patterns
    assert len(by_id["warns"].patterns) > 5
