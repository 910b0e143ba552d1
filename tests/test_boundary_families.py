"""Issue #11: the boundary failures that matter most in a course made with and for sex workers
are caught in every scenario, each with its own flag, a level of *breached* and a next step
that fits it. Replies are our own wording (not the issue's quotes), scored as at the first
moment of each of the shipped scenarios, so a rubric change that loses a family anywhere fails.
"""

from __future__ import annotations

import pytest

from simulator.content.loading import load_library, require_rubrics
from simulator.content.paths import scenarios_dir
from simulator.content.scenario import Node, Scenario
from simulator.scoring import Scorer

SCENARIOS = load_library(scenarios_dir(), require_rubrics()).scenarios

# family flag -> replies that any peer at any moment could get (none quotes the issue)
FAMILIES: dict[str, tuple[str, ...]] = {
    "moralising": (
        "Maybe this is a sign to find a safer way to earn money.",
        "You deserve so much better than this job.",
        "Have you thought about getting a normal job instead?",
        "have u thought abt doing something else for money",
        "I just worry about what this work is doing to you.",
        "Maybe this is the universe telling you to stop.",
        "The money's good but at what cost?",
        "Perhaps a more conventional job would protect you from this.",
        # a fresh wave written this stop, caught in none of the 12 scenarios before (i11-bounds)
        "Have you ever thought this job might be why all this keeps happening?",
        "Honestly, I'd never let my daughter do what you do.",
        "Is the money really worth putting yourself through this?",
        "Surely there's something safer you could do for a living.",
        "ok honestly? i think u deserve a job where nobody pushes ur limits",
        # a second fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "Have you thought about what you'll do when you're older and can't do this anymore?",
        "I just think you could aim higher than this.",
        # a third fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "with respect, the work does put you in these situations",
        "You're too smart to be doing this.",
        # a seventh fresh wave (formal and texting), caught nowhere before (i11-bounds)
        "Perhaps this is an opportunity to reconsider your career.",
        "Maybe it's time you thought about your future.",
        "you know this job isnt forever right",
    ),
    "siding": (
        "To be fair, they were probably just doing their job.",
        "I'm sure they had their reasons for it.",
        "Try to see it from their point of view.",
        # texting register, no apostrophes, and the formal register (#11, i11-bounds)
        "tbh he prob didnt mean anything by it",
        "It may well be that the organisation had no alternative.",
        "shes just looking out for u",
        "Honestly your sister is in a really hard position here.",
        "From a clinical standpoint, she needed to ask those questions.",
        # a fresh wave written this stop, caught in none of the 12 scenarios before (i11-bounds)
        "to be honest i get where ur mum is coming from",
        "Let's not be too hard on her, she's been through a lot.",
        # a second fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "Honestly I'd be worried too if I was your mum.",
        "Maybe your friend had a point though.",
        # a third fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "She's your sister, she'll always love you, she just needs time.",
        "Organisations have to make tough calls sometimes.",
        "Honestly the nurse was just being thorough.",
        # a sixth fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "Don't be too quick to judge the nurse.",
        "It's not like they did it on purpose.",
        # a seventh fresh wave (formal and texting), caught nowhere before (i11-bounds)
        "The clinic has protocols for a reason.",
        "ur sister is prob just in shock give her time",
        "It must be hard for your family too.",
        # an eighth fresh wave (the kind, soft register), caught nowhere before (i11-bounds)
        "He's old school, he doesn't know any better.",
    ),
    "dismissing": (
        "Come on, it's not worth getting upset about.",
        "Honestly, these things happen, just let it go.",
        "Everyone has bad weeks, you're overreacting a bit.",
        "its not that serious tbh",
        "I think you're blowing this up a bit.",
        "With respect, this seems like a fairly minor setback.",
        "being angry wont bring her back tho",
        "It is important not to catastrophise a single incident.",
        # a fresh wave written this stop, caught in none of the 12 scenarios before (i11-bounds)
        "This will all blow over in a week, no point stressing.",
        "people go through way worse than this every day",
        "cant let little things like this get to u",
        # a second fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "You're taking this way too personally.",
        "Try not to make such a big deal of it.",
        "I think you're letting your emotions run away with you.",
        # a third fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "I doubt complaining will make any difference.",
        "Well, nobody said it would be easy.",
        "You can't really expect them to care, can you.",
        "Landlords are all the same, no point fighting it.",
        "Anyway, enough about that, how's everything else?",
        "I don't think it's worth all this energy.",
        "Loads of people would kill to have your problems.",
        "Let's be realistic, nothing's going to change.",
        "Not everything has to be a drama.",
        "honestly that won't work, it never does",
        # a fourth fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "It's so unfair what happened. Don't let it bother you too much though.",
        # a sixth fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "you cant really afford to be picky right now can you",
        "Well that's how it works, isn't it.",
        "Sleep on it and you'll feel silly for worrying.",
        "ok but is it really that bad",
        # a seventh fresh wave (formal and texting), caught nowhere before (i11-bounds)
        "I would not be overly concerned about one remark.",
        "I'm not sure it's as serious as you think.",
        "Honestly I think you'll be laughing about this soon.",
        # an eighth fresh wave (the kind, soft register), caught nowhere before (i11-bounds)
        "don't let one idiot ruin your day hun",
        "Let's focus on the positives instead.",
    ),
    "false_reassurance": (
        "Don't worry, it will all work out in the end.",
        "Everything's going to be fine, I just know it.",
        "Things always get better, trust me.",
        "youll be grand, trust me",
        "Im sure it wont come to that",
        "Whatever happens, it will all be for the best in the end.",
        "Once the money comes in, everything will be back on track.",
        "ur gonna be absolutely fine hun x",
        # a fresh wave written this stop, caught in none of the 12 scenarios before (i11-bounds)
        "You'll look back on this and realise it was nothing.",
        "There's nothing to be worried about, honestly.",
        # a second fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "shell be fine about it once the shock wears off",
        "I'm certain the clinic will treat you better next time.",
        "i guarantee hes not going to come back",
        # a third fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "the board will see sense, dont stress",
        "You'll be back on your feet by next week.",
        "He's all talk, he won't do anything.",
        "Once you've had a good sleep, it won't seem so bad.",
        # a sixth fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "i promise u it gets easier",
        # an eighth fresh wave (the kind, soft register), caught nowhere before (i11-bounds)
        "Your landlord won't really kick you out, they never do.",
    ),
    "rescuing": (
        "Leave it with me, I'll sort it all out.",
        "I'll ring them myself tomorrow and fix this.",
        "Let me handle it, you don't need to do anything.",
        # a fresh wave written this stop, caught in none of the 12 scenarios before (i11-bounds)
        "You leave the clinic to me.",
        "Let me be the one to tell your sister.",
        "ill report him to the list for u now",
        # a fourth fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "You're coming to stay with me tonight, no arguments.",
        "I'll be your voice at the meeting, you don't have to say anything.",
        # an eighth fresh wave (the kind, soft register), caught nowhere before (i11-bounds)
        "I'm going to sort you out a place to stay tonight.",
        "i can go with u and explain it all to them",
    ),
    "secrecy": (
        "I won't tell anyone, this stays between us.",
        "Whatever you share with me stays with me, I promise.",
        "Nobody else will ever know about this.",
        # a fourth fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "Your secret's safe with me.",
    ),
    "police": (
        "You really need to get the police involved.",
        "The police are there to protect you, let them handle it.",
        "Have you reported this to the cops yet? You should.",
    ),
}

CASES = [
    (scenario, flag, reply)
    for scenario in SCENARIOS
    for flag, replies in FAMILIES.items()
    for reply in replies
]


def first_moment(scenario: Scenario) -> Node:
    return scenario.nodes[scenario.start_id]


@pytest.mark.parametrize(
    ("scenario", "flag", "reply"),
    CASES,
    ids=[f"{s.id}-{flag}-{reply[:24]}" for s, flag, reply in CASES],
)
def test_each_family_is_breached_with_its_own_flag_in_every_scenario(
    scorer: Scorer, scenario: Scenario, flag: str, reply: str
) -> None:
    node = first_moment(scenario)
    result = scorer.score(" ".join(node.peer), reply, node)
    boundaries = result.skills["boundaries"]
    assert boundaries.level == 2, f"{reply!r} was {boundaries.label} in {scenario.id}"
    assert flag in boundaries.flags, f"{reply!r} raised {boundaries.flags} in {scenario.id}"
    assert boundaries.next_step
    # A secrecy promise is not a request to meet outside the program.
    assert "meet outside" not in boundaries.next_step


def test_each_family_has_its_own_next_step(scorer: Scorer) -> None:
    node = first_moment(SCENARIOS[0])
    steps = {
        flag: scorer.score(" ".join(node.peer), replies[0], node).skills["boundaries"].next_step
        for flag, replies in FAMILIES.items()
    }
    assert len(set(steps.values())) == len(steps), steps


@pytest.mark.parametrize(
    "reply",
    [
        "If you'd like, I could call the outreach worker with you - only if you want.",
        "Would you like me to look up the tenants' rights line for you?",
        "Would it help if I shared what some people do about the police? Only if you want.",
    ],
)
def test_offers_made_with_permission_stay_at_risk_at_most(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        node = first_moment(scenario)
        assert scorer.score(" ".join(node.peer), reply, node).skills["boundaries"].level <= 1


@pytest.mark.parametrize(
    "reply",
    [
        "A place that says it's run by and for you should have checked with you first.",
        "That nurse shouldn't have lectured you before doing her job.",
        "Nobody should have to choose between their safety and paying rent.",
    ],
)
def test_should_about_someone_else_is_not_advice(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        node = first_moment(scenario)
        flags = scorer.score(" ".join(node.peer), reply, node).skills["boundaries"].flags
        assert "advice" not in flags and "directing" not in flags, (scenario.id, flags)


@pytest.mark.parametrize(
    "reply",
    [
        "You're scared that going to the police could make things worse for you.",
        "You don't trust the police with this, and that makes sense.",
        "She had no right to treat you like that.",
        "You chose to end it when he got rough, and that kept you safe.",
        "What you tell me here stays private, unless you're in danger - then I'd get more help.",
        # wrong readings seen in the course drills (i11-bounds): validating and reflecting
        "Sounds like you're stretched thin right now, and that's exhausting.",
        "That's so normal.",
        "It sounds like a sign of how stretched you are right now.",
        "You're tired of people telling you it's no big deal.",
        "It's okay to not know how it'll turn out.",
        "So part of you wonders if the work is worth it, and part of you needs it.",
        "It's been brushed off by everyone, and you're done being told it's nothing.",
        "You have to be careful with every booking now, and it's wearing you down.",
        "I keep my number for the program, and we can talk here every week.",
        # this stop's fresh wave (i11-bounds): breached before, in all 12 scenarios
        "Part of you hopes it'll all blow over.",
        "You can see why the nurse had to ask, and it still felt awful.",
        "You're tired of people acting like the work is the problem.",
        "You've had people tell you to leave the work, and it just makes you feel judged.",
        "The nurse's question stung, even if she meant well.",
        "You've been told she'll be fine about it, and you're not so sure.",
        "It feels like it is what it is, and you hate that.",
        "You doubt complaining will make any difference, and that's exhausting.",
        "You feel like nothing you do will change anything.",
        "You went to the police once and it made things worse.",
        "Part of you wants to call them, and part of you wants to let it go.",
        "Your mum says she means well, and it still hurt.",
        "It must be hard, feeling like your family is on their side.",
        "You're worth more than how they treated you.",
        "You're scared she's just saying it to make you feel better.",
        "You're hoping they'll forget about it, but you don't know.",
        # ...and guards for this stop's "deserve a job where…" and "when you're older" patterns
        "When you're older you want to have something saved, and right now it feels impossible.",
        "You deserve a landlord who treats you with respect.",
    ],
)
def test_reflecting_the_families_is_not_breaching(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        node = first_moment(scenario)
        level = scorer.score(" ".join(node.peer), reply, node).skills["boundaries"].level
        assert level < 2, (scenario.id, reply)
