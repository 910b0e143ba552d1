"""Issue #11: the boundary failures that matter most in a course made with and for sex workers
are caught in every scenario, each with its own flag, a level of *breached* and a next step
that fits it. Replies are our own wording (not the issue's quotes), scored as at the first
moment of each of the shipped scenarios, so a rubric change that loses a family anywhere fails.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Node, Scenario
from simulator.scoring import Scorer
from tests.helpers import shipped_scenarios

SCENARIOS = shipped_scenarios()

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
        # a tenth fresh wave (a reflection, then the breach), caught nowhere before
        "I hear how tired you are. Is this really how you want to be living?",
        # a twelfth fresh wave (fatalism, turning the plan down): 2 of 17 caught before
        "Well, you did choose to do this work.",
        "That's what you get in this line of work, sadly.",
        # a fourteenth fresh wave, caught nowhere before (i11-bounds)
        "Honestly, you must have known the risks going in.",
        "This is why I always say be careful who you work with.",
        # a fifteenth fresh wave (formal register), caught nowhere before (i11-bounds)
        "You could have a much easier life doing something else.",
        "I'd just hate for this work to define you.",
        "Have you ever considered that this work might not be good for you?",
        # a seventeenth fresh wave (stigma and rescue framing): 4 of 12 caught before
        "It must be so degrading, having to do that.",
        "There are exit programmes that could help you get out.",
        "Nobody grows up wanting to do this.",
        "You're being exploited, you know that right?",
        "Girls like you always end up getting hurt.",
        "i just want u to be safe and out of all this",
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
        # a ninth fresh wave (very short replies), caught nowhere before (i11-bounds)
        "Fair enough on her part.",
        # a fourteenth fresh wave, caught nowhere before (i11-bounds)
        "Your sister has feelings too, you know.",
        "Can you blame them, really?",
        "I'd probably have asked the same thing in her job.",
        "Your mum's from a different generation.",
        # an eighteenth fresh wave (texting), caught nowhere before
        "tbh i kinda see her point",
        "ngl ur landlord isnt totally wrong",
        "the nurse was just doin her job babe",
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
        # a ninth fresh wave (very short replies), caught nowhere before (i11-bounds)
        "So? Everyone gets that.",
        "Eh, he's not worth it.",
        # a tenth fresh wave (a reflection, then the breach), caught nowhere before
        "you feel ignored by the board, but thats just how organisations are",
        # a twelfth fresh wave (fatalism, turning the plan down): 2 of 17 caught before
        "they were always going to find out at some point",
        "Well, it was bound to happen sooner or later.",
        "You can't really take a weekend off though, can you?",
        "that's not really an option for you right now is it",
        "Realistically, you'll have to go back there anyway.",
        "There's no point getting a new clinic, they're all like that.",
        "Honestly, what's done is done.",
        "You knew this might happen though.",
        "It's not like you had much choice anyway.",
        "I mean, it's a bit late to worry about that now.",
        "Look, you'll just have to live with it.",
        # a thirteenth fresh wave (resignation): 7 of 15 caught before
        "What can you do, eh?",
        "There's nothing anyone can do about it now.",
        "That ship has sailed, honestly.",
        "You have to be realistic about these things.",
        "thats the reality of it unfortunately",
        "You'll have to get used to people like that.",
        "You were never going to win that one.",
        "Don't waste your energy on it.",
        # a sixteenth fresh wave (to a peer in crisis), caught nowhere before
        "Come on, you're not the type to do anything silly.",
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
        # a twelfth fresh wave (fatalism, turning the plan down): 2 of 17 caught before
        "They'll probably never even notice.",
        "Don't worry, nobody reads those posts anyway.",
        "hes not gonna find u, relax",
        "maybe its for the best that she knows now",
        # a fourteenth fresh wave, caught nowhere before (i11-bounds)
        "I'm sure the landlord will be reasonable.",
        "Trust me, the clinic won't hold it against you.",
        "She'll have forgotten about it by tomorrow.",
        # a sixteenth fresh wave (to a peer in crisis), caught nowhere before
        "You're stronger than you think, you'll get through this.",
        # an eighteenth fresh wave (texting), caught nowhere before
        "dw it'll b fine",
        "ur gonna b ok i promise",
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
        # a ninth fresh wave (very short replies), caught nowhere before (i11-bounds)
        "On it.",
        # a fifteenth fresh wave (formal register), caught nowhere before (i11-bounds)
        "I will personally ensure the landlord is contacted today.",
        "Allow me to handle the correspondence with the clinic.",
        "I'm happy to take this off your plate entirely.",
        "I'll drive over and pick you up right now.",
        "Let me write the complaint for you.",
        # an eighteenth fresh wave (texting), caught nowhere before
        "ill msg her for u rn",
    ),
    "secrecy": (
        "I won't tell anyone, this stays between us.",
        "Whatever you share with me stays with me, I promise.",
        "Nobody else will ever know about this.",
        # a fourth fresh wave, caught in none of the 12 scenarios before (i11-bounds)
        "Your secret's safe with me.",
        # a ninth fresh wave (very short replies), caught nowhere before (i11-bounds)
        "Won't tell a soul.",
        # a fifteenth fresh wave (formal register), caught nowhere before (i11-bounds)
        "This conversation never happened, ok?",
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
        "You want to go to the police but you're worried about what it'll mean for you.",
        "You keep hearing 'it'll get easier', and it hasn't.",
        # guards for the fatalism patterns
        "You know you'll have to face her sooner or later, and you dread it.",
        "There's no point pretending with me, you can say it how it is.",
        "You can't keep going like this, can you? It's too much.",
        "Part of you knew this might happen, and it still hurts.",
        "You're wondering if it's for the best that she knows.",
        "people go through so much in this work and nobody sees it",
        "What can you do about it, if anything?",
        "You're tired of wasting your energy on them.",
        "You're trying to be realistic about the money.",
        "You're scared she'll forget about you once she moves.",
        "Your mum has a lot on too, and you don't want to add to it.",
        "You wonder if they'll hold it against you.",
        "The police were never an option for you, and that's lonely.",
        "You don't want this work to define you in other people's eyes.",
        "You'd love someone to take it off your hands for a week.",
        "You're not sure you'll get through this.",
        "You've been stronger than you think for a long time, carrying all this.",
        "The way the nurse spoke to you was degrading.",
        "You feel like you're being exploited by the agency, and you're angry.",
        "You want out of all this stress for a night.",
        "You've been offered exit programmes you never asked for, and it felt insulting.",
        "You felt like the nurse saw you as a victim, not a person.",
        "You can see her point and it still really hurt.",
        "You're not totally wrong to be angry about it.",
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
