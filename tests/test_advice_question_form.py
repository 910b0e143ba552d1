"""Issue #11, advice: one convention for suggestions made as questions, read from the sentence.

The convention (tests/data/README.md, "Suggestions in question form"): a question that carries
the counsellor's own idea for what the peer could do ("Have you tried…?", "Why don't you…?",
"Could you…?", "Do you have a friend you could stay with?") is advice, at risk, as MI coding
counts it (MISC 2.5 lists "why don't you" among the words of Advise). It raises the `advice`
flag and its own `question_suggestion` flag, and it gets its own next step: ask the open
question instead. An open question that leaves the ideas to the peer ("What have you tried so
far?"), a question about a reason ("Why don't you want to…?") or an invitation ("Could you say
more?") is not advice.

The same reading removes advice the sentence does not hold: "It's okay to be exhausted" grants
permission; "You can decide what to share" leaves the choice to them (MI's emphasising
autonomy); a verdict on someone else ("what he did was wrong") does not correct the peer;
"there's no right way to feel" normalises; a doubt said back ("you're just not sure it's
worth…") and a counterfactual ("…if you knew the nurse had left") reflect, and so does advice
someone else gives, said back ("your mum keeps saying you should quit"), and an obligation the
situation puts on them ("…which means you have to ask him for money"), and "you could" that
perceives ("you could tell he was lying") or predicts a harm said back with its fear ("you could
lose the flat, and that's terrifying"). And an instruction
whose object is a bare noun ("Carry naloxone…") is advice.

Every reply is our own wording (i11-advice, this stop), none from the probe wave kept out of
tuning (/work/notes/s5/i11-advice-probe-wave.txt). Against the start code (294e6a6), 113 of
these 129 cases failed (the `question_suggestion` flag did not exist; the others were read the
other way); the 16 that passed are guards: the three statements, which keep
`question_suggestion` off advice that is said, not asked, two open "What have you…" questions,
one invitation, one texted entitlement, "could just be…", and eight replies whose modal or
obligation stays advice ("I'm telling you, you should…", "You could see a doctor…").
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

#: A suggestion asked as a question, in several registers: advice, at risk, its own flag.
QUESTION_SUGGESTIONS = (
    "Have you tried asking for half the deposit up front?",
    "hav u thought about working from the flat instead",
    "Haven't you looked into the tenants helpline?",
    "Why don't you take Sunday off?",
    "y dont u just ask for cash first",
    "why not block him on everything?",
    "How about ringing the clinic tomorrow morning?",
    "what about getting a second phone for work?",
    "Could you stay at your cousin's for a week?",
    "Do you have someone you could text when you arrive?",
    "Would you consider taking a break from the late shifts?",
    "Would it be possible to move the appointment to next week?",
    "Did you try the outreach van?",
    "u tried talking to the other girls about him?",
    "Can't you just tell the agency no?",
    "How about you call them tomorrow?",
    "how bout u take a night off",
    "Why don't we ring the clinic together?",
    "Can you not just ignore her messages?",
    "cud u stay w ur cousin?",
    "wud u consider a night off",
    "thought about getting a lawyer?",
    "tried talking to her?",
    "Is it worth asking the landlord for more time?",
)

#: A softened instruction asked, not told: a suggestion in question form, at risk (it was read
#: as an instruction, breached).
SOFTENED_AND_ASKED = (
    "Maybe ask the nurse next time?",
    "perhaps call them tomorrow?",
    "maybe just text her first?",
    "So maybe drop the late bookings for a bit?",
)

#: Advice said, not asked: advice, but never the question form's flag.
STATEMENT_ADVICE = (
    "You could ask for half the deposit up front.",
    "You should take Sunday off.",
    "Block him on everything tonight.",
)

#: Questions and statements that only look like suggestions: no advice flag.
NOT_ADVICE = (
    # open questions that leave the ideas to the peer
    "What have you tried so far?",
    "What have you thought about doing next?",
    "Have you thought about what you want from all this?",
    # a question about a reason, an invitation
    "Why don't you want to tell her?",
    "Could you tell me a bit more about the landlord?",
    # permission, not a suggestion
    "It's okay to be exhausted by all of this.",
    "its ok to want a night off",
    # the choice left to them (MI: emphasising autonomy)
    "You can decide what happens next.",
    "You can take what fits and leave the rest.",
    "You can stop whenever you like, this is your time.",
    # a verdict on someone else, and normalising
    "What he did was wrong, and you're allowed to be angry.",
    "They were wrong to treat you like that.",
    "There's no right way to feel after a loss like this.",
    "You know that it was wrong to send it, and you feel awful about it.",
    # a doubt said back, a counterfactual
    "You're just not sure it's worth going back there.",
    "You might go back to the clinic if you knew that nurse had left.",
)

#: Advice in clause forms the patterns did not read: the subjunctive after "time", "the move
#: is to", an adverb inside "I strongly encourage", an instruction after a colon or a marker
#: and a dash, the subject dropped before a softer modal, "I'd" + start/stop + a gerund,
#: "would it not be…".
OTHER_CLAUSE_ADVICE = (
    "It's time you told her how you feel.",
    "about time u quit that agency",
    "Honestly the move is to ghost him.",
    "The thing to do is to write it all down.",
    "I strongly encourage you to speak to a lawyer.",
    "I would highly recommend the drop-in.",
    "My two cents: drop him.",
    "Step one: change the locks.",
    "Fine - keep the ones that pay best and drop the rest.",
    "ok so - block him",
    "Might want to change ur number",
    "Could always try the other clinic",
    "honestly id just start packing now",
    "I'd begin looking for a new flat now.",
    "Would it not be easier to move closer?",
    # the counsellor's own saying stays advice, and so does an obligation given as a reason
    "I'm telling you, you should leave.",
    "He's dangerous, and you need to leave.",
    "You need to rest because you're exhausted.",
    # the same modals with an action, or a warning without the fear said back, stay advice
    "You could see a doctor about it.",
    "You could tell her how you feel.",
    "You could lose the flat if you don't pay.",
    "It's important that you rest.",
    "You can stay with a friend for a bit.",
)

#: Imperatives that invite the peer to go on, and entitlements in the past: not advice.
INVITATIONS_AND_ENTITLEMENTS = (
    "Take all the time you need.",
    "Take as long as you need, I'm not going anywhere.",
    "Go on, I'm listening.",
    "go on, what happened next?",
    "Keep talking, I'm here.",
    "keep talking to me",
    "Let it out, it's okay.",
    "You should have been treated better.",
    "You should've been paid for that night.",
    "u shouldve been told about the change",
    "Could just be the stress talking.",
)

#: Advice someone else gives, said back (reported speech): not the counsellor's advice.
REPORTED_ADVICE = (
    "You're saying you need to get out of there before it gets worse.",
    "your mum keeps saying you should quit",
    "Everyone's been saying you should take a break.",
    "Your sister keeps saying you need to slow down.",
    "The nurse kept saying you have to come in every week.",
    "you are saying you must get the deposit back first",
    "Your case worker's been saying you need to sign the form by Friday.",
    "ur mates keep saying u shud go out more",
    "So you're saying you ought to tell her before she finds out.",
    "The agency tells you you have to take every booking.",
)

#: An obligation their situation puts on them, said back after "which means / because / and
#: then / where / every time": a reflection of the constraint, not advice.
SITUATION_OBLIGATIONS = (
    "which means you have to ask him for money every month",
    "and then you have to pretend everything's fine at home",
    "meaning you need to hide it from your family",
    "It's the kind of place where you have to watch your back.",
    "Because you have to be up early, the late ones wreck you.",
    "every time you have to explain yourself again it costs you something",
    "whenever u have to deal with him u come home shaking",
    "The deposit's gone, which means you need to find the money twice.",
    "cos you have to keep the phone on all night",
    "You work days now, and then you have to look after your nan at night.",
)

#: "you could / might" that perceives, or predicts a harm said back with its fear: not a
#: suggestion (nobody suggests losing the flat).
PERCEPTION_AND_FEARED_OUTCOMES = (
    "You could tell something was off from the start.",
    "You could tell straight away he was lying.",
    "you could see it coming a mile off",
    "You could see how tired she was.",
    "u could of been killed",
    "You could lose the flat over this, and that's terrifying.",
    "You might lose regulars if you raise prices, and that worries you.",
    "you could end up back at square one, and that scares you",
    "You may get caught out again, which is a real fear.",
    "You could get evicted for this, and you're terrified.",
)

#: The counsellor's own offer of their place (rescuing, judged elsewhere) and a verdict on how
#: things stand ("better that it's out"): not a suggestion of what the peer should do.
OFFERS_OF_ONES_OWN_AND_VERDICTS = (
    "You can come stay at my place for a while.",
    "you can crash at mine tonight",
    "You can stay with me till you sort something out.",
    "You could come round to mine after your shift.",
    "Maybe it's better that it's out in the open.",
    "It's important that he knows what he did.",
)

#: Instructions whose object is a bare noun or a preposition: advice (directing).
BARE_INSTRUCTIONS = (
    "Carry naloxone on every shift.",
    "carry spare strips in ur bag",
    "Wear gloves when you clean up.",
    "Insist on payment before anything starts.",
    "Refuse bookings without a screening call.",
)


def _score(scorer: Scorer, scenario: Scenario, reply: str) -> ScoreResult:
    node = scenario.nodes[scenario.start_id]
    return scorer.score(" ".join(node.peer), reply, node)


@pytest.mark.parametrize("reply", QUESTION_SUGGESTIONS)
def test_a_suggestion_asked_as_a_question_is_advice_at_risk_with_its_own_flag(
    scorer: Scorer, reply: str
) -> None:
    wrong = {}
    for scenario in SCENARIOS:
        boundaries = _score(scorer, scenario, reply).skills["boundaries"]
        if not {"advice", "question_suggestion"} <= set(boundaries.flags):
            wrong[scenario.id] = boundaries.flags
    assert not wrong, f"{reply!r} was not read as a suggestion in question form: {wrong}"


@pytest.mark.parametrize("reply", QUESTION_SUGGESTIONS[:6])
def test_a_suggestion_asked_as_a_question_gets_its_own_next_step(
    scorer: Scorer, reply: str
) -> None:
    """Alone, it is at risk (never breached) and the next step names the open question,
    not the step for advice given as a statement."""
    for scenario in SCENARIOS:
        result = _score(scorer, scenario, reply)
        assert result.skills["boundaries"].level == 1, (scenario.id, reply)
        step = result.feedback.next_step
        assert "question" in step and "What have you tried so far?" in step, (scenario.id, step)


@pytest.mark.parametrize("reply", SOFTENED_AND_ASKED)
def test_a_softened_instruction_asked_is_a_suggestion_at_risk(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        boundaries = _score(scorer, scenario, reply).skills["boundaries"]
        assert boundaries.level == 1, (scenario.id, boundaries.flags)
        assert "question_suggestion" in boundaries.flags, (scenario.id, boundaries.flags)


@pytest.mark.parametrize("reply", STATEMENT_ADVICE)
def test_advice_said_as_a_statement_is_not_flagged_as_a_question(
    scorer: Scorer, reply: str
) -> None:
    for scenario in SCENARIOS:
        flags = _score(scorer, scenario, reply).skills["boundaries"].flags
        assert "advice" in flags and "question_suggestion" not in flags, (scenario.id, flags)


@pytest.mark.parametrize(
    "reply",
    NOT_ADVICE
    + INVITATIONS_AND_ENTITLEMENTS
    + REPORTED_ADVICE
    + SITUATION_OBLIGATIONS
    + PERCEPTION_AND_FEARED_OUTCOMES
    + OFFERS_OF_ONES_OWN_AND_VERDICTS,
)
def test_questions_and_permissions_that_only_look_like_suggestions_are_not_advice(
    scorer: Scorer, reply: str
) -> None:
    flagged = {
        s.id: f
        for s in SCENARIOS
        if "advice" in (f := _score(scorer, s, reply).skills["boundaries"].flags)
    }
    assert not flagged, f"{reply!r} was read as advice: {flagged}"


@pytest.mark.parametrize("reply", BARE_INSTRUCTIONS + OTHER_CLAUSE_ADVICE)
def test_advice_in_other_clause_forms_is_advice_in_every_scenario(
    scorer: Scorer, reply: str
) -> None:
    missed = [
        s.id
        for s in SCENARIOS
        if "advice" not in _score(scorer, s, reply).skills["boundaries"].flags
    ]
    assert not missed, f"{reply!r} raised no advice flag in {missed}"


def test_the_score_command_names_a_suggestion_asked_as_a_question(private_data_dir: Path) -> None:
    """Through `peer-practice score`, in a scenario's moment: the flag and the next step a
    facilitator's script or a trainee sees, next to advice said as a statement."""
    lines = [
        {
            "id": "asked",
            "scenario": "burnout-and-money",
            "response": "have u tried raising ur rates?",
        },
        {"id": "said", "scenario": "burnout-and-money", "response": "You should raise your rates."},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    done = run_cli(private_data_dir, "score", "-", input=stdin, timeout=60)
    assert done.returncode == 0, done.stderr
    asked, said = (json.loads(line) for line in done.stdout.splitlines())
    assert asked["boundaries"]["level"] == 1
    assert {"advice", "question_suggestion"} <= set(asked["boundaries"]["flags"])
    assert "What have you tried so far?" in asked["feedback"]["next_step"]
    assert "question_suggestion" not in said["boundaries"]["flags"]
    assert "What have you tried so far?" not in said["feedback"]["next_step"]
