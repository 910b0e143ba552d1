"""What a trainee would notice about scoring: levels, flags, evidence and kind feedback."""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer

BAD_DATE = "Last night a client got rough with me. He grabbed my wrist and wouldn't pay. I'm still shaking."


def levels(scorer: Scorer, reply: str, context: str = BAD_DATE) -> dict[str, int]:
    return scorer.score(context, reply).levels


def test_complex_reflection_with_feeling_scores_level_2(scorer: Scorer) -> None:
    result = scorer.score(
        BAD_DATE,
        "It sounds like he really scared you, and you're still shaken because he hurt you.",
    )
    assert result.skills["paraphrasing"].level == 2
    assert result.skills["boundaries"].level == 0


def test_simple_reflection_scores_level_1(scorer: Scorer) -> None:
    assert levels(scorer, "So he wouldn't pay you after grabbing your wrist.")["paraphrasing"] == 1


@pytest.mark.parametrize(
    ("context", "reply"),
    [
        (
            "I'm so tired of the stigma at the clinic.",
            "You're so tired of the stigma at the clinic.",
        ),
        (
            "I'm scared and angry. He took all my money and I have to work double now to send "
            "money home to my mother.",
            "You're scared and angry, he took all your money and you have to work double now to "
            "send money home to your mother.",
        ),
    ],
)
def test_parroting_is_a_simple_reflection_never_complex(
    scorer: Scorer, context: str, reply: str
) -> None:
    """As MI coding counts it (issue #11): a near-verbatim repeat is a simple reflection."""
    result = scorer.score(context, reply)
    assert result.skills["paraphrasing"].level == 1
    assert any(e.criterion == "repeats_their_words" for e in result.skills["paraphrasing"].evidence)
    assert "You repeated their words; try your own" in result.feedback.next_step


def test_a_question_is_not_a_reflection(scorer: Scorer) -> None:
    assert levels(scorer, "Did you report him?")["paraphrasing"] == 0


@pytest.mark.parametrize(
    "reply",
    [
        "You should go to the police.",
        "You need to stop seeing new clients.",
        "If I were you I'd report him.",
    ],
)
def test_unsolicited_advice_breaches_with_advice_flag(scorer: Scorer, reply: str) -> None:
    result = scorer.score(BAD_DATE, reply)
    assert result.skills["boundaries"].level == 2
    assert "advice" in result.skills["boundaries"].flags


def test_advice_after_asking_permission_is_at_most_at_risk(scorer: Scorer) -> None:
    reply = "Would it be okay if I shared an idea? You should add him to the bad date list."
    result = scorer.score(BAD_DATE, reply)
    assert "advice" in result.skills["boundaries"].flags
    assert result.skills["boundaries"].level == 1
    assert "asked before offering ideas" in result.feedback.strength


def test_advice_the_peer_asked_for_is_at_most_at_risk(scorer: Scorer) -> None:
    result = scorer.score("What should I do? Tell me.", "You should talk to the outreach team.")
    assert result.skills["boundaries"].level == 1


@pytest.mark.parametrize(
    ("reply", "flag"),
    [
        ("At least you got out okay.", "minimising"),
        ("Everything happens for a reason.", "minimising"),
        ("Have you thought about getting out of the industry?", "judgment"),
        ("Here's my number, text me anytime.", "dual_relationship"),
        ("I promise nothing bad will happen to you.", "over_promising"),
        ("When I was working, the same thing happened to me.", "self_disclosure"),
    ],
)
def test_boundary_pitfalls_are_flagged(scorer: Scorer, reply: str, flag: str) -> None:
    result = scorer.score(BAD_DATE, reply)
    assert flag in result.skills["boundaries"].flags
    assert result.skills["boundaries"].level >= 1


def test_minimising_is_not_validation(scorer: Scorer) -> None:
    assert levels(scorer, "At least you got out, it could have been worse.")["validation"] == 0


def test_validation_levels(scorer: Scorer) -> None:
    assert levels(scorer, "That sounds really hard.")["validation"] == 1
    assert levels(scorer, "Of course you're shaken, anyone would be after that.")["validation"] == 2


def test_evidence_quotes_the_replys_own_words(scorer: Scorer) -> None:
    reply = "That makes so much sense, no wonder you're still shaking."
    result = scorer.score(BAD_DATE, reply)
    evidence = result.skills["validation"].evidence
    assert evidence
    for item in evidence:
        assert reply[item.start : item.end] == item.text
    assert any(e.criterion == "says_their_reaction_makes_sense" for e in evidence)


def test_feedback_names_a_strength_then_a_next_step(scorer: Scorer) -> None:
    result = scorer.score(BAD_DATE, "That sounds really frightening. Would you like some ideas?")
    assert result.feedback.earned
    assert "That sounds really frightening" in result.feedback.strength
    assert result.feedback.next_step


def test_a_reply_that_breaches_earns_no_strength(scorer: Scorer) -> None:
    result = scorer.score(BAD_DATE, "That sounds really frightening. You should call the police.")
    assert not result.feedback.earned
    assert "frightening" not in result.feedback.strength  # nothing of the reply is quoted
    # Directive advice and pointing to police: the step names the more specific problem.
    assert "police" in result.feedback.next_step


def test_context_is_optional(scorer: Scorer) -> None:
    result = scorer.score(None, "You're worried about rent.")
    assert result.skills["paraphrasing"].level >= 1


def test_node_key_points_count_with_a_scenario(
    scorer: Scorer, library: dict[str, Scenario]
) -> None:
    node = library["bad-date-next-steps"].nodes["anger"]
    reply = "You want to warn people, and you're afraid he will find out it was you."
    with_node = scorer.score(" ".join(node.peer), reply, node)
    assert any(
        e.criterion == "picks_up_key_point" for e in with_node.skills["paraphrasing"].evidence
    )
    without = scorer.score(" ".join(node.peer), reply)
    assert not any(
        e.criterion == "picks_up_key_point" for e in without.skills["paraphrasing"].evidence
    )


def test_node_pitfalls_raise_their_flag(scorer: Scorer, library: dict[str, Scenario]) -> None:
    node = library["bad-date-next-steps"].nodes["options"]
    result = scorer.score(
        " ".join(node.peer), "Don't stress, I'll report him for you tonight.", node
    )
    assert "rescuing" in result.skills["boundaries"].flags
    assert result.skills["boundaries"].level == 2
    assert "takes the decision away" in result.feedback.next_step
