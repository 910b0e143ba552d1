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
    ),
    "rescuing": (
        "Leave it with me, I'll sort it all out.",
        "I'll ring them myself tomorrow and fix this.",
        "Let me handle it, you don't need to do anything.",
    ),
    "secrecy": (
        "I won't tell anyone, this stays between us.",
        "Whatever you share with me stays with me, I promise.",
        "Nobody else will ever know about this.",
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
    ],
)
def test_reflecting_the_families_is_not_breaching(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        node = first_moment(scenario)
        level = scorer.score(" ".join(node.peer), reply, node).skills["boundaries"].level
        assert level < 2, (scenario.id, reply)
