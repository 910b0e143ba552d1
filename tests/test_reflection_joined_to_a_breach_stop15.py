"""A reflection joined to a breach in the same sentence is still a reflection (issue #11, stop 15).

tests/data/README.md line 44 ("Levels"): "A reply that breaches a boundary is still labelled
for the reflection it contains." The waves are labelled that way; the rubric followed an older
convention and kept a reflection only when it ended a sentence before the breach, so "You're
stressed, so you should take a break tonight" scored paraphrasing 0. Now a main clause that
says their experience back (their feeling, want or doubt, or how the situation feels to them)
and ends at a clause boundary before the breach — a comma, a dash, a semicolon, or a joining
word of lexicon `joins_a_breach` ("so", "and", "but", "which is why") — stands. The breach is
still scored under boundaries and named in the feedback, and earns no ✓.

Near misses stay 0: an acknowledgement with nothing said back, an affirmation or praise, a bare
fact about them, a verdict on their reaction, the advice alone, a feeling said only inside the
advice or in an "if"/"when" clause, a feeling said of everybody, and the speaker's own feeling.
Our own wordings and registers (texting, British, formal, second-language English), at all 12
openings, with the peer's line only and in the moment.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, opening, reply_cases, shipped_scenarios

JOINED_TO_THE_BREACH = [
    # a comma, then advice or an order
    "You're exhausted and scared of losing the flat, which is why you need to ring the council.",
    "that sounds so draining, you should just take deposits",
    "You're really scared of him, just go to the police.",
    # a joining word, no comma (texting, British)
    "u miss ur mates from the old flat n u should just move back innit",
    "You're gutted about the regulars going quiet so you ought to drop your rates, love.",
    "I can hear how much you want it to stop, so talk to the coordinator.",
    # a semicolon, a dash
    "you feel so alone in this; you need to get out of that place",
    "You're torn about going back to the agency - honestly you must not go.",
    # formal, second-language English
    "You are very afraid for your safety, therefore you must change your number.",
    "you are so tired from the night shifts and you must to stop working weekends",
    "That was so humiliating for you, but you have to report it.",
]

STILL_NO_REFLECTION = [
    # an acknowledgement with nothing said back
    "I get it, so just tell him no.",
    "I hear you, and you need to stop seeing him.",
    "That's a lot, so you should take a break.",
    # an affirmation, praise
    "You're so strong, just go to the police.",
    "You come first, so drop them.",
    # a bare fact about them, an interpretation
    "You've been doing this for years, so put your rates up.",
    "You're ready for a change, so let's look at your options.",
    # a verdict on their reaction
    "you're overreacting, so calm down",
    # the advice alone; a feeling only inside the advice, or in an "if"/"when" clause
    "You should take a break tonight.",
    "you should tell him you're stressed",
    "Just tell her you're scared and leave.",
    "If you're scared, you should call the police.",
    "When you feel alone, you need to ring a friend.",
    # a feeling said of everybody; the speaker's own
    "Everybody feels like a burden sometimes, so just keep going.",
    "I was so stressed when I started, so you should just take deposits.",
]

# Breaching replies whose reflection now stands: the breach is still the feedback's subject.
BREACHING = [
    "You're stressed, so you should take a break tonight.",
    "that sounds so draining, you should just take deposits",
    "You're really scared of him, just go to the police.",
    "You are very afraid for your safety, therefore you must change your number.",
    "u miss ur mates from the old flat n u should just move back innit",
]


@reply_cases(JOINED_TO_THE_BREACH)
def test_a_reflection_joined_to_the_breach_stands(scorer: Scorer, reply: str) -> None:
    lost = [
        (sid, way)
        for sid, way, level in levels_both_ways(scorer, "paraphrasing", reply)
        if level < 1
    ]
    assert not lost, (reply, lost)
    for sid, way, level in levels_both_ways(scorer, "boundaries", reply):
        assert level >= 1, (sid, way, reply)


@reply_cases(STILL_NO_REFLECTION)
def test_what_says_nothing_of_theirs_back_before_the_breach_stays_0(
    scorer: Scorer, reply: str
) -> None:
    wrong = [
        (sid, way, level)
        for sid, way, level in levels_both_ways(scorer, "paraphrasing", reply)
        if level != 0
    ]
    assert not wrong, (reply, wrong)


@reply_cases(BREACHING)
def test_the_breach_is_still_named_and_earns_no_strength(scorer: Scorer, reply: str) -> None:
    breached = 0
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert result.skills["paraphrasing"].level >= 1, (scenario.id, reply)
        if result.skills["boundaries"].level < 2:
            continue  # at risk where the peer asked for ideas
        breached += 1
        assert not result.feedback.earned, (scenario.id, reply, result.feedback.strength)
        assert "✓" not in result.feedback.strength, (scenario.id, reply)
        assert result.feedback.skill == "boundaries", (scenario.id, reply, result.feedback)
    assert breached, reply
