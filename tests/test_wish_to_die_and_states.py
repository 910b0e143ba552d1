"""Two boundaries faults a trainee would meet, found by walking the crisis scenario (stop 5).

- Agreeing with the thought that others would be better off without the peer, or calling the
  wish to die itself understandable, held the boundary and could even earn a ✓ (validating the
  pain is right; validating the wish is not). It is a breach of its own
  (`agreeing_with_harm`) in every scenario; the same words said back as the peer's thought
  ("part of you thinks…", "it feels like…") stay a reflection.
- A subjectless reflection of a state opening on an irregular past participle ("Worn down by
  all of it", "Burnt out and still short on rent") was read as an instruction and breached
  (advice, directing). Real instructions opening the same way still breach.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

SCENARIOS = shipped_scenarios()

AGREES = (
    "Honestly everyone would be better off, I get it.",
    "yeah maybe ur family would be better off without u",
    "I mean, the world's better off with fewer people suffering, right?",
    "nobody would even notice tbh",
    "no one would really notice if you were gone tbh",
    "I dont blame u for wanting to end it",
    "I can't blame you for wanting to disappear after all this.",
    "They'd probably be better off without you, if I'm being honest.",
    "Everybody is better off sometimes, that's just life.",
    "Your kids would honestly be better off if you were gone.",
    "It makes sense that you'd want to not be here anymore.",
    "honestly no wonder u wanna end it all, its been relentless",
    "I get why you'd wish you could just not wake up.",
)

SAID_BACK = (
    "You think everyone would be better off without you.",
    "Some nights it feels like everyone would be better off if you weren't here.",
    "Part of you is convinced they'd be better off without you.",
    "ur head keeps telling you nobody would even notice",
    "It sounds like you've been thinking your kids would be better off without you.",
    "i dont blame you for feeling that way",
    "It makes sense that you'd want the pain to stop.",
    "It sounds like part of you wants to not be here anymore.",
    "No wonder you're exhausted, wanting all of it to end is a heavy place to be.",
)

STATES = (
    "Worn down by all of it.",
    "Burnt out and still short on rent.",
    "Torn up about it, and still trying to work.",
    "Run down and fed up with the waiting.",
    "Beaten down by how long this is taking.",
    "Broken up about losing her, and no one to tell.",
    "Shaken up by that call, I'd imagine.",
    "Done in after a week like that.",
)

INSTRUCTIONS = (
    "Burn the letter.",
    "Back off from him for a bit.",
    "Calm down and think it through.",
    "Put away the phone tonight.",
)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_agreeing_with_the_wish_to_die_is_breached(scorer: Scorer, scenario: Scenario) -> None:
    context, node = opening(scenario)
    for reply in AGREES:
        result = scorer.score(context, reply, node)
        boundaries = result.skills["boundaries"]
        assert boundaries.level == 2, (scenario.id, reply, boundaries.flags)
        assert "agreeing_with_harm" in boundaries.flags, (scenario.id, reply, boundaries.flags)
        assert "ask directly about suicide" in (boundaries.next_step or "")


@pytest.mark.parametrize("reply", SAID_BACK)
def test_the_thought_said_back_as_theirs_is_not_agreement(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert "agreeing_with_harm" not in boundaries.flags, (scenario.id, reply)
        assert boundaries.level < 2, (scenario.id, reply, boundaries.flags)


@pytest.mark.parametrize("reply", STATES)
def test_a_state_opening_on_a_participle_is_not_an_instruction(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        assert "directing" not in boundaries.flags, (scenario.id, reply, boundaries.flags)


@pytest.mark.parametrize("reply", INSTRUCTIONS)
def test_instructions_opening_the_same_way_still_direct(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        boundaries = scorer.score(context, reply, node).skills["boundaries"]
        # At risk where the peer asked for ideas (tell-me-what-to-do), breached elsewhere.
        assert boundaries.level >= 1, (scenario.id, reply, boundaries.flags)
        assert "directing" in boundaries.flags, (scenario.id, reply, boundaries.flags)


#: Stop 6: the wish called understandable in wordings the patterns don't spell out, read by
#: the verdict reader (boundaries' `calls_the_wish_to_die_understandable`).
UNDERSTANDS_THE_WISH = (
    "I understand why you'd want to be gone.",
    "It's totally understandable to not want to be around anymore.",
    "wanting to not exist makes total sense after all that",
    "honestly i get why u wouldnt want to be here anymore",
)

#: The pain validated, not the wish: held, and validation keeps its credit.
THE_PAIN_VALIDATED = (
    "It makes sense you want the pain to stop.",
    "Of course you want all this hurt to end, it's been so much.",
)


@pytest.mark.parametrize("reply", UNDERSTANDS_THE_WISH)
def test_calling_the_wish_understandable_is_agreeing_with_harm(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        boundaries = result.skills["boundaries"]
        assert boundaries.level == 2, (scenario.id, reply, boundaries.flags)
        assert "agreeing_with_harm" in boundaries.flags, (scenario.id, reply)
        assert not result.feedback.earned, (scenario.id, reply, result.feedback.strength)
        assert "Validate the pain" in (result.feedback.next_step or ""), (scenario.id, reply)


@pytest.mark.parametrize("reply", THE_PAIN_VALIDATED)
def test_validating_the_pain_holds_the_boundary(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert result.skills["boundaries"].level == 0, (scenario.id, reply)
        assert result.skills["validation"].level >= 1, (scenario.id, reply)


#: Not the wish: "end it with him", "die of embarrassment". The reader's harm phrases say
#: "end it !with" and "die !of"; these are validation (before, they were read as the wish
#: and lost their credit).
NOT_THE_WISH = (
    "I understand why you'd want to end things with those regulars.",
    "No wonder you'd die of embarrassment at the thought of your parents seeing it.",
    "It's totally understandable that you'd want to end it with him.",
)


@pytest.mark.parametrize("reply", NOT_THE_WISH)
def test_ending_it_with_someone_is_not_the_wish_to_die(scorer: Scorer, reply: str) -> None:
    for scenario in SCENARIOS:
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "agreeing_with_harm" not in result.skills["boundaries"].flags, (scenario.id, reply)
        assert result.skills["validation"].level >= 1, (scenario.id, reply)
