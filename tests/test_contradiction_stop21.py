"""A peer's line said back with its negation turned round is no reflection (stop 21).

"I can't do this" answered with "You can do this", "people don't judge you for it" with
"people will judge you for it": the reply takes up nearly all of their words, so it was read
as a repeat (a simple reflection) or as a statement about them, yet it only argues with what
they said. contradicts_their_line (detector `contradiction`) holds such a reply at level 0
with a next step that names what it did, and the parroting step no longer fires on it.
Their line said back with the negation kept, one clause of a two-sided line said back ("I
want to stop but I can't" -> "You want to stop"), a sentence that holds two sides ("part of
you…") and a negation of another word ("I don't even know why I bother" -> "why bother, you
think") stay reflections.

And a cue's subject word right after a preposition is that preposition's object (stop 21):
"Snapping at everyone feels so unlike you" is no "everyone feels…" minimising, and "between
you and me" opens no statement about the peer.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer

TURNED_ROUND = [
    ("I can't keep doing this anymore.", "You can keep doing this."),
    (
        "The girls at the flat don't talk about money like the agency does.",
        "The girls at the flat will talk about money just like the agency does.",
    ),
    ("I don't want to see him again.", "You want to see him again."),
    ("My regulars never tip when it rains.", "Your regulars do tip when it rains."),
    ("The nurse at the clinic never listens to me.", "The nurse at the clinic listens to you."),
    ("I'm not going back to that house.", "You're going back to that house."),
    # a "though" last tags the disagreement; "you are" and "you're" compare the same
    (
        "I'm not worried about it, I'm not in the high risk group.",
        "You are in the high risk group, though.",
    ),
]

SAID_BACK = [
    ("I can't keep doing this anymore.", "You can't keep doing this anymore."),
    ("I want to stop seeing him but I can't.", "You want to stop seeing him."),
    ("I don't want to go back there.", "Part of you wants to go back there."),
    (
        "Whatever. It's always like this. I don't even know why I bother.",
        "Every time the same. Why bother, you think.",
    ),
    (
        "I quit that pill, it tastes bad and leaves a bad taste in my mouth.",
        "You don't like the taste it leaves in your mouth.",
    ),
    (
        "I can't keep doing this anymore.",
        "You can keep doing this. But right now you're exhausted and it all feels too much.",
    ),
    ("I can't keep doing this anymore.", "You can't keep doing this, though part of you wants to."),
    # "without" negates as "wasn't" does: the same thought in other words
    (
        "Some days I think my kids would do better if I wasn't around.",
        "Some days you think your kids would do better without you around.",
    ),
    # a negator with a clitic ("Nobody's", "Nothing'll") negates as the bare word does
    (
        "Nobody's going to check in on me after a shift now.",
        "Nobody to check in on you after a shift now.",
    ),
    (
        "Nothing's going to change at that place.",
        "Nothing going to change at that place, you feel.",
    ),
]


@pytest.mark.parametrize(("peer", "reply"), TURNED_ROUND)
def test_their_line_turned_round_is_no_reflection(scorer: Scorer, peer: str, reply: str) -> None:
    result = scorer.score(peer, reply)
    paraphrasing = result.skills["paraphrasing"]
    assert paraphrasing.level == 0, (reply, [e.criterion for e in paraphrasing.evidence])
    assert "contradicts_their_line" in {e.criterion for e in paraphrasing.evidence}, reply
    # No reflection strength for it in the feedback.
    assert "reflect" not in result.feedback.strength.lower(), result.feedback.strength


@pytest.mark.parametrize(("peer", "reply"), TURNED_ROUND[1:4])
def test_turned_round_gets_its_own_next_step(scorer: Scorer, peer: str, reply: str) -> None:
    next_step = scorer.score(peer, reply).feedback.next_step or ""
    assert "turned round" in next_step, next_step
    assert "repeated their words" not in next_step, next_step


@pytest.mark.parametrize(("peer", "reply"), SAID_BACK)
def test_said_back_as_they_meant_it_stays_a_reflection(
    scorer: Scorer, peer: str, reply: str
) -> None:
    assert scorer.score(peer, reply).skills["paraphrasing"].level >= 1, reply


OBJECT_OF_A_PREPOSITION = [
    (
        "I've been snapping at everyone lately, I don't know what's wrong with me.",
        "Snapping at everyone feels so unlike you.",
    ),
    (
        "I keep losing it with people at work and I hate it.",
        "Losing it with everyone feels nothing like the person you want to be.",
    ),
]


@pytest.mark.parametrize(("peer", "reply"), OBJECT_OF_A_PREPOSITION)
def test_everyone_after_a_preposition_is_no_minimising_subject(
    scorer: Scorer, peer: str, reply: str
) -> None:
    result = scorer.score(peer, reply)
    assert "minimising" not in result.skills["boundaries"].flags, reply
    assert "minimises" not in {e.criterion for e in result.skills["validation"].evidence}, reply


def test_snapping_at_everyone_said_back_is_a_reflection(scorer: Scorer) -> None:
    peer, reply = OBJECT_OF_A_PREPOSITION[0]
    assert scorer.score(peer, reply).skills["paraphrasing"].level >= 1


@pytest.mark.parametrize(
    "reply",
    ["Everyone feels like that sometimes, don't worry.", "Honestly everyone feels that way."],
)
def test_everyone_as_the_subject_still_minimises(scorer: Scorer, reply: str) -> None:
    result = scorer.score("I've been snapping at everyone lately.", reply)
    assert result.skills["validation"].level == 0, reply
