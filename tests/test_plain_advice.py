"""Issue #11: advice is advice without the word "should". Plain advice ("You need a lawyer.",
"If he turns up again, call…", "Best to wait.", "I'd text her first thing") raises the boundaries
`advice` flag in every scenario, so the trainee is told it was advice and the paraphrasing rubric
does not count it as a reflection. Reflections and validation that only look like it ("You could
really use some support", "so you can prove what he said", "There's no way you could have known")
raise no advice flag. All replies are our own wording, written as probes; each failed before the
rubric change that made it pass (i11-bounds, this stop).
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import shipped_scenarios

SCENARIOS = shipped_scenarios()

#: Advice with no "should", in several registers (texting, formal, conditional, hedged).
PLAIN_ADVICE = (
    "You need a new roommate.",
    "u need a new place tbh",
    "I think you need a break from him.",
    "If you feel unsafe, call a friend.",
    "if u feel unsafe just leave",
    "When he does that, walk out.",
    "If she messages again, don't reply.",
    "if hes there again just turn around and go home",
    "Next time, bring a friend with you.",
    "might help to take a day off",
    "Might be worth blocking him.",
    "The best thing is to talk to them.",
    "the best thing to do is tell her straight",
    "A good first step would be calling the clinic.",
    "A smart move would be to keep copies of everything.",
    "It would probably be best to wait a few days.",
    "Best to keep your head down for now.",
    "what you need is a proper night off",
    "The answer is to charge more.",
    "I would reach out to the outreach team.",
    "i'd text her first thing tomorrow",
    "You've got to get out of that flat.",
    "Screenshot everything.",
    "Time to find a new place.",
    "Definitely report him to the bad date list.",
    "Sounds like a job for the tenants union, give them a ring.",
    "Could you maybe ask your sister to come with you?",
    "Your safest bet is to stay with a friend tonight.",
)

#: Reflections, validation and invitations that share words with advice.
NOT_ADVICE = (
    "You could really use some support right now.",
    "You could use a friend right now.",
    "You might start to feel a bit lighter once it's said.",
    "You saved every message so you can prove what he said.",
    "You changed your number so he can't find you.",
    "if u dont want to talk about it thats ok",
    "There's no way you could have known he'd do that.",
    "You told me it's worth asking the clinic again, and you're not sure.",
    "Do you need to stop for a bit?",
    "When you're ready, tell me more about what happened.",
    "If it helps, take your time.",
    "Sounds like you need a break from all of it.",
    "You feel like you need a new place but you can't afford one.",
    "You don't know whether the best thing is to tell her.",
    "The best thing about the drop-in was Tash, and now she's gone.",
    "if he calls again you dont know what you'll do",
    # reflections of a need, an obligation or a view, breached (directing) before this stop
    "That chat gave you all the courage you need to speak up.",
    "On one hand you love the regulars, on the other hand you have to protect your weekends.",
    "You're at a point where you have to decide something.",
    "Right now it feels like staying quiet is the best option.",
    "It seems like keeping your head down is the safest way for now.",
    # a noun that is also an instruction verb, opening a reflection
    "Text messages from him at 3am, that's frightening.",
    "Phone calls at night, every night. That is exhausting.",
    "Email from the board out of the blue, and you felt blindsided.",
)


#: Correcting, persuading with consequences and rules put as fact: our rubric's `corrects` and
#: `warns` (the "righting reflex") raise the advice flag, at risk.
CORRECTING = (
    "Wrong, the clinic can't turn you away for that.",
    "wrong. they cant evict you without notice",
    "Staying up all night will only make it worse.",
    "ignoring it is just gonna make things worse",
    "Those are all good reasons to leave the agency.",
    "The data demonstrates that peer groups cut isolation.",
    "Keeping records isn't optional when you're renting.",
    "A written notice is required before any eviction.",
    "They're both risky for you, honestly.",
)

#: ...and what only sounds like it.
NOT_CORRECTING = (
    "You're scared telling her will only make it worse.",
    "you worry that calling them would just make things worse",
    "You've got good reasons to be angry.",
    "Wrong place, wrong time, and now you're the one paying for it.",
    "The clinic told you testing is required, and that stung.",
    "It's not your fault, there was no way to see it coming.",
    "Part of you already knows those regulars aren't good for you, and part of you is scared.",
)


def _boundaries(scorer: Scorer, scenario: Scenario, reply: str) -> tuple[int, tuple[str, ...]]:
    node = scenario.nodes[scenario.start_id]
    result = scorer.score(" ".join(node.peer), reply, node).skills["boundaries"]
    return result.level, tuple(result.flags)


@pytest.mark.parametrize("reply", PLAIN_ADVICE)
def test_plain_advice_raises_the_advice_flag_in_every_scenario(scorer: Scorer, reply: str) -> None:
    missed = [s.id for s in SCENARIOS if "advice" not in _boundaries(scorer, s, reply)[1]]
    assert not missed, f"{reply!r} raised no advice flag in {missed}"


@pytest.mark.parametrize("reply", PLAIN_ADVICE)
def test_plain_advice_is_not_a_reflection(scorer: Scorer, reply: str) -> None:
    read_as_reflection = []
    for scenario in SCENARIOS:
        node = scenario.nodes[scenario.start_id]
        if scorer.score(" ".join(node.peer), reply, node).skills["paraphrasing"].level:
            read_as_reflection.append(scenario.id)
    assert not read_as_reflection, f"{reply!r} was a reflection in {read_as_reflection}"


@pytest.mark.parametrize("reply", NOT_ADVICE)
def test_reflections_that_look_like_advice_raise_no_advice_flag(scorer: Scorer, reply: str) -> None:
    flagged = {s.id: f for s in SCENARIOS if "advice" in (f := _boundaries(scorer, s, reply)[1])}
    assert not flagged, f"{reply!r} was read as advice: {flagged}"


@pytest.mark.parametrize(
    ("peer", "reply"),
    [
        # The peer's own "I should…" is not a licence for any "you should…": the verb counts.
        (
            "Maybe I should wait and think it over before I decide anything.",
            "You should make a decision in the next couple of days.",
        ),
        (
            "I need to be strong for the others, they lost more than me.",
            "You need to find other ways to handle the stress.",
        ),
        (
            "I have to keep working, the rent is due.",
            "You have to stop taking bookings from him.",
        ),
    ],
)
def test_advice_is_advice_even_when_the_peer_used_the_same_modal(
    scorer: Scorer, peer: str, reply: str
) -> None:
    result = scorer.score(peer, reply).skills["boundaries"]
    assert "advice" in result.flags, (reply, result.flags)


@pytest.mark.parametrize(
    ("peer", "reply"),
    [
        ("I need to be strong for them.", "You need to be strong for them."),
        ("I should have told her sooner.", "You feel you should have told her sooner."),
        ("I have to keep working, the rent is due.", "You have to keep working, the rent is due."),
    ],
)
def test_saying_back_the_peers_own_obligation_is_not_advice(
    scorer: Scorer, peer: str, reply: str
) -> None:
    result = scorer.score(peer, reply).skills["boundaries"]
    assert "advice" not in result.flags, (reply, result.flags)


@pytest.mark.parametrize("reply", CORRECTING)
def test_correcting_and_persuading_raise_the_advice_flag(scorer: Scorer, reply: str) -> None:
    missed = {}
    for scenario in SCENARIOS:
        level, flags = _boundaries(scorer, scenario, reply)
        if "advice" not in flags or level < 1:
            missed[scenario.id] = flags
    assert not missed, f"{reply!r}: {missed}"


@pytest.mark.parametrize("reply", NOT_CORRECTING)
def test_reflections_of_consequences_are_not_correcting(scorer: Scorer, reply: str) -> None:
    flagged = {s.id: f for s in SCENARIOS if "advice" in (f := _boundaries(scorer, s, reply)[1])}
    assert not flagged, f"{reply!r} was read as advice: {flagged}"
