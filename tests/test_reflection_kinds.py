"""Reflections of more kinds, and a judgment that is not one (issue 11, item 1): our own probe
replies over the first moment of all 12 shipped scenarios.

- A reply that tells the peer their reaction is wrong, or corrects or judges them, is not a
  reflection, even when it takes up what mattered to them; it earns no paraphrasing ✓.
- Reflections that hold two sides ("torn between…", "both at once"), that leave out "you"
  ("Drained by all of it.") or that are hedged ("It may be that…") say back their experience.

Wordings vary on purpose: texting, no apostrophes, typos, formal, long and short.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import off_level, opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

# Telling them their reaction is wrong, correcting or judging them: not a reflection.
JUDGES_THEM = [
    "You're overreacting, honestly.",
    "ur being way too dramatic about this",
    "Youre making a big deal out of nothing.",
    "I think you're blowing it out of proportion.",
    "That's just an excuse, and deep down you know it.",
    "You're kidding yourself if you think it'll change.",
    "You don't understand how this works. Let me explain it to you.",
    "You're being paranoid about the whole thing.",
    "Sounds like you are making excuses again.",
    "You're not being fair to them at all.",
    "Stop making excuses for yourself, you're in denial.",
    "You're way too sensitive about what people say.",
    "honestly ur overthinking it",
    "no need 2 b so worried about it",
    "ur overreactin tbh",
    "You acted badly and you know it.",
]
# Two sides held together: a reflection of ambivalence.
TWO_SIDED = [
    "Torn between needing the money and being done with it.",
    "Stuck between wanting out and not seeing how.",
    "Relieved and scared, both at once.",
    "Caught between what your family expects and what you need.",
    "Part of you wants to keep going and part of you has had enough.",
    "Wanting to say something and dreading what happens if you do.",
    "on one hand the money, on the other hand how it leaves u feeling",
    "Pulled in two directions by all of it.",
    "Angry at them and still wanting them in your life, all at the same time.",
    "Both tired of it and not ready to let it go.",
]
# A feeling or state said back without "you" (as people talk and text).
WITHOUT_YOU = [
    "Completely worn down by all of it.",
    "Disappointed in yourself for letting it slide.",
    "Scared of what comes next.",
    "Sick of having to explain yourself to everyone.",
    "fed up with being messed around",
    "Exhausted by the back and forth.",
    "Ashamed about how it ended, even though it wasn't on you.",
    "Frustrated with the whole system.",
    "tired of being treated like that",
    "Really shaken by what happened.",
]
# A tentative reflection, hedged as a guess.
HEDGED = [
    "It may be that the worry is bigger than the thing itself right now.",
    "It might be that what hurts most is not being believed.",
    "Perhaps the hardest part is not knowing who to trust.",
    "Maybe part of it is that nobody asked how you were.",
    "maybe the not knowin is the worst bit",
    "Could be that you've just had enough of fighting for it.",
    "Possibly it feels like no one is on your side.",
    "It may well be that rest feels out of reach at the moment.",
    "Perhaps it's less about the money and more about being respected.",
    "Maybe what's getting to you most is how alone it feels.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_judging_their_reaction_is_not_a_reflection(scorer: Scorer, scenario: Scenario) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, JUDGES_THEM, high=0)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_judging_their_reaction_earns_no_paraphrasing_strength(
    scorer: Scorer, scenario: Scenario
) -> None:
    """Taking up their words and then telling them their reaction is wrong earns no ✓ for
    "picking up what mattered" or for saying anything back."""
    context, node = opening(scenario)
    key = node.key_points[0].point if node.key_points else context
    for judgment in (
        "but you're overreacting",
        "but honestly youre being dramatic",
        "but getting this upset won't help anyone",
        "which honestly isnt worth getting worked up over",
    ):
        reply = f"{key.rstrip('.')}, {judgment}."
        result = scorer.score(context, reply, node)
        paraphrasing = result.skills["paraphrasing"]
        assert paraphrasing.level == 0, (reply, paraphrasing.evidence)
        assert "picked up what mattered" not in result.feedback.strength, reply
        assert "said back" not in result.feedback.strength, reply


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
@pytest.mark.parametrize(
    "replies",
    [TWO_SIDED, WITHOUT_YOU, HEDGED],
    ids=["two-sided", "without you", "hedged"],
)
def test_these_say_back_their_experience(
    scorer: Scorer, scenario: Scenario, replies: list[str]
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, replies, low=1)


# Praise or an instruction beside no more than a bare statement about them (read clause by
# clause): not a reflection.
PRAISES_OR_INSTRUCTS = [
    "Good for you, going to the clinic on your own.",
    "Keep your chin up, you've been through worse than this.",
    "You already quit once. Have some faith in yourself.",
    "Great job, you told them exactly what happened.",
    "You're still working the same corner every night. Stay strong.",
    "You've been doing this for years, believe in yourself a bit more.",
    "Nice one, standing up to the manager like that.",
    "You said no to him twice. Amazing, honestly.",
    "Hang in there, you've got a lot on at the moment.",
    "Well done on ringing the helpline yesterday.",
    "Take it one day at a time, you have a lot of people around you.",
    "Stay positive, you have a whole life ahead of you.",
]
# A bare statement about them that only sets up unasked advice (an inference or a setup, not
# their line said back) is not a reflection; each with its own peer line.
ADVICE_ON_A_BARE_STATEMENT = [
    (
        "I'm not going to give up the pills, they're the only thing that gets me through the week.",
        "You already cut out the drinking last year when you decided to, so you can manage the pills as well. Maybe start by cutting one day.",
    ),
    (
        "My doctor keeps going on about my blood pressure but I feel fine.",
        "Your doctor is trained to spot things long before you can feel them yourself. It might help to get a home monitor.",
    ),
    (
        "I can't stand the gym, everyone there stares.",
        "You don't have to go anywhere with people to be active, and you'd feel stronger quickly. There are plenty of videos you could follow at home.",
    ),
    (
        "My kids live on takeaway because I'm working all the time.",
        "You're the one who decides what comes into the house every week. It would be a good idea to batch cook on your day off.",
    ),
    (
        "I keep telling myself I'll save but the money just goes.",
        "You're capable of sticking to a plan once it's written down somewhere. Maybe you can set up an automatic transfer on payday.",
    ),
    (
        "My boyfriend says condoms ruin it for him.",
        "You get to decide what happens with your own body in every situation. There are thinner brands you could try together.",
    ),
    (
        "I've stopped going to the drop-in since they changed the staff.",
        "You were one of the regulars there for years and people noticed you. Perhaps you could go along with a friend next week.",
    ),
    (
        "I smoke more on the nights I'm working.",
        "You managed a whole month without one back in the spring. It might help to keep gum in your bag on work nights.",
    ),
    (
        "The forms from the housing office make no sense to me.",
        "You're clearly sharp enough to work through them with a bit of time. Maybe you can book a slot with an advice worker.",
    ),
    (
        "I don't trust the new outreach worker.",
        "You've dealt with plenty of workers over the years and most of them meant well. It would be a good idea to give her a couple of weeks.",
    ),
]
# A feeling or what matters said back before the advice: the reflection stands (our labels
# count a mixed reply as a reflection; the advice is flagged on its own).
MIXED_WITH_ADVICE = [
    (
        "My landlord has put the rent up twice this year.",
        "You're scared you'll lose the flat with the rent going up again. Maybe you can ask a tenants' group about it.",
    ),
    (
        "I keep getting the late shifts at the club.",
        "It sounds like the late shifts are wearing you out. Perhaps you could ask for a different rota.",
    ),
    (
        "My sister keeps telling everyone at church what I do.",
        "You feel betrayed by your sister telling people. It might help to write down what you want to say to her.",
    ),
    (
        "My phone never stops buzzing with his messages at night.",
        "Those messages at night leave you on edge. You could put the phone on silent after midnight.",
    ),
    (
        "I told the manager twice and nothing happened.",
        "That must be so frustrating, being ignored twice. Maybe you can put it in writing this time.",
    ),
    (
        "The nurse made a comment about my work and I haven't gone back since.",
        "Being judged by her really hurt, so going back feels impossible. It might help to ask for a different nurse.",
    ),
    (
        "I lost so much time on that course and it went nowhere.",
        "Part of you feels like that time was wasted. There are funded courses you could look at next year.",
    ),
    (
        "I work nights so I never get to see my kids in the morning.",
        "You miss the mornings with your kids because you're on nights. You can always ask the agency about day bookings.",
    ),
    (
        "I keep getting the late shifts at the club.",
        "You're stuck with the late shifts since the new manager started. Perhaps you could ask for a different rota next month.",
    ),
]
# A statement about them, then permission asked before the idea ("Are you open to an idea?",
# "If you want, …"): the advice doesn't take the reflection away.
PERMISSION_THEN_ADVICE = [
    "You keep checking your phone every few minutes. If you want, maybe you could try leaving it in another room for an hour.",
    "You're doing the nights on your own now. Are you open to an idea? Maybe you could text a friend when you arrive.",
    "Your rent has gone up again and it keeps you up at night. Is it okay if I suggest something? You could ask the tenants' union to look at it.",
    "You've had to chase them three times. Would you like a suggestion? Maybe put it in writing this time.",
    "You barely sleep between shifts. Can I offer a thought? It might help to block out one full night a week.",
    "You're still waiting on the results. Do you want to hear what helped someone else? Some people keep busy with a short walk.",
    "You've been covering for her for months. Shall I share an idea? You could tell her you need a week off.",
    "You haven't told anyone yet. If you'd like, I could mention one thing others do: they tell one person they trust.",
    "You've had to sort it out alone. Would it be helpful if I shared an option? There's a group that meets on Thursdays.",
    "You keep going back over that night. Want a suggestion, only if you'd like one? Writing it down sometimes helps.",
]
# A clause about them (or someone in their story) that restates their line, then a suggestion:
# the reflection stands (the clause reader's `restates`, worked out for every clause criterion).
RESTATED_BEFORE_ADVICE = [
    (
        "My landlord gave me thirty days to get out after he saw my ads.",
        "Your landlord gave you thirty days after seeing the ads, which leaves almost no breathing room at all. Maybe a tenants' group could look at it.",
    ),
    (
        "The clinic nurse lectured me about my work when I went in for a test.",
        "The nurse lectured you about your work during a simple routine visit, right when you needed care. It might help to ask for somebody else next time.",
    ),
    (
        "My sister saw the screenshots and now she won't answer my calls.",
        "Your sister saw the screenshots and now won't answer your calls, after years of being close. Perhaps a letter could reach her.",
    ),
    (
        "I've been working every night this month and I'm still short on rent.",
        "You've been working every night this month and you're still short on rent, with nothing spare anywhere. Maybe an emergency fund could cover the gap.",
    ),
    (
        "I moved here three months ago and I don't know anyone yet.",
        "You moved here three months ago and still don't know anyone nearby, which is a long stretch alone. Maybe one of the local groups could be worth a look.",
    ),
]
# The same kind of statement, then an idea offered after asking: the reflection stands.
OFFERED_WITH_PERMISSION = [
    "You keep checking your phone every few minutes. Would it help if I shared what others do while they wait?",
    "You're doing the nights on your own now. Can I mention something a few people use?",
    "Your rent went up again and nothing's left over. Would you like me to share a couple of ideas, only if you want?",
    "You've had to chase them three times. Would it be okay if I suggested one thing?",
    "You barely sleep between shifts. Could I share something that helped someone else?",
    "You're still waiting on the results. Mind if I run an idea past you?",
    "You've been covering for her for months. Would you want to hear some ideas?",
    "You haven't told anyone yet. Could I offer a thought, only if you feel like it?",
    "You've been left to sort it out alone. Would it help if I mentioned a group that meets nearby?",
    "You keep going back over that night. Can I share something others have found useful?",
]


@pytest.mark.parametrize(("peer", "reply"), ADVICE_ON_A_BARE_STATEMENT)
def test_advice_on_a_bare_statement_is_not_a_reflection(
    scorer: Scorer, peer: str, reply: str
) -> None:
    result = scorer.score(peer, reply)
    assert "advice" in result.flags  # the advice is found (boundaries' part)
    assert result.skills["paraphrasing"].level == 0, result.skills["paraphrasing"].evidence


@pytest.mark.parametrize(("peer", "reply"), MIXED_WITH_ADVICE)
def test_a_feeling_said_back_before_advice_stays_a_reflection(
    scorer: Scorer, peer: str, reply: str
) -> None:
    assert scorer.score(peer, reply).skills["paraphrasing"].level >= 1


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_reflection_before_an_idea_offered_with_permission_stands(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, OFFERED_WITH_PERMISSION, low=1)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_praise_or_instruction_on_a_bare_statement_is_not_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, PRAISES_OR_INSTRUCTS, high=0)


@pytest.mark.parametrize(("peer", "reply"), RESTATED_BEFORE_ADVICE)
def test_a_restatement_before_a_suggestion_stays_a_reflection(
    scorer: Scorer, peer: str, reply: str
) -> None:
    assert scorer.score(peer, reply).skills["paraphrasing"].level >= 1


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_advice_after_asking_permission_leaves_the_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, PERMISSION_THEN_ADVICE, low=1)
