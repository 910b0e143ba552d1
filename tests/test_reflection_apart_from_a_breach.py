"""A reflection said before a breach, in sentences of its own, is still a reflection (issue
#11 item 1, the `mixed` family; paraphrasing's `read_apart_from`): our own probe replies at the
first moment of all 12 shipped scenarios.

tests/data/README.md: "A reply that breaches a boundary is still labelled for the reflection
it contains." The whole reply is read first; when the breach took the reflection away, the
sentences before the breach are read again as a reply of their own. What is said there must
name their feeling, want or doubt, or how the situation feels to them. A reflection joined to
the advice in the same sentence at a clause boundary ("You're stressed, so you should…") stands
too (README line 44; stop 15). An acknowledgement, an affirmation, praise or a bare fact before
the breach, or a feeling said only inside the advice, stays no reflection; and a reply that breached earns no ✓
strength (issue #11 item 3), whatever it reflected.

The breaches here are the ones the older `said_back_before_the_breach` and
`reflected_before_the_breach` did not give back (moralising or judgment after how it feels,
an order and advice together, the police). Wordings vary on purpose: texting, British,
formal, second-language English, long and short.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from simulator.content.rubric import Rubric
from simulator.scoring import Scorer
from tests.helpers import at_each_opening, opening, shipped_scenarios

# How it feels said back, then a breach in a sentence of its own: a reflection (level 1+).
REFLECTED_BEFORE_THE_BREACH = [
    # moralising about the work
    "That sounds so humiliating. Honestly, it's a sign you should get out of this line of work.",
    "It must be exhausting carrying all of this. This is exactly why the work isn't good for you.",
    # judgment, formal
    "That is a very heavy thing to carry alone. You should not have trusted him, that was a mistake.",
    # an order and advice together (texting)
    "Sounds really lonely. Just stop overthinking it and get some sleep, yeah?",
    "It must be so frightening. Calm down and take it one step at a time.",
    "It's all too much right now, with everything at once. Just relax and stop worrying about it.",
    # second-language English, then an order
    "that sounds very scary for you. you must stop to do this work, it is too risky",
    # the police as the answer
    "That sounds terrifying. Go to the police first thing tomorrow and make a report.",
]

# How they feel said back, joined to the breach in the same sentence at a clause boundary
# (stop 15): tests/data/README.md line 44, "A reply that breaches a boundary is still labelled
# for the reflection it contains", so it stands (these were level 0 under the older
# convention, tests/test_reflection_joined_to_a_breach_stop15.py has the full tables).
REFLECTED_IN_THE_SAME_SENTENCE = [
    "You're stressed, so you should take a break tonight.",
    "ur stressed so u should just quit tbh",
]

# Nothing before the breach says back how they feel: no reflection (level 0).
NOTHING_SAID_BACK_BEFORE_THE_BREACH = [
    # only advice around their feeling: the reflection is inside the advice
    "You should tell him you're stressed.",
    "if ur stressed u should just quit tbh",
    # an acknowledgement
    "I hear you. Whatever you say stays between us, I promise.",
    "I understand. You need to stop seeing him.",
    # an affirmation, praise
    "You come first. Drop them.",
    "You're so strong. Just go to the police.",
    # a bare fact about them, an interpretation (not one from a peer's line: their line
    # partly said back before a breach is a reflection, test_partial_repeat_before_a_breach_stop13)
    "You've been doing this work for years. You need to put your rates up.",
    "You're ready for a change. Let's look at your options.",
    # the speaker's own story, not theirs (British, second-language English)
    "Honestly I've been there too, it's rough. Just block him and move on.",
    "i also was very lonely when i start this work. you must find friends here, it helps",
]


@pytest.mark.parametrize("reply", REFLECTED_BEFORE_THE_BREACH + REFLECTED_IN_THE_SAME_SENTENCE)
def test_how_it_feels_said_before_a_breach_stays_a_reflection(scorer: Scorer, reply: str) -> None:
    lost = [
        sid for sid, result in at_each_opening(scorer, "paraphrasing", reply) if result.level < 1
    ]
    assert not lost, lost


@pytest.mark.parametrize("reply", REFLECTED_BEFORE_THE_BREACH)
def test_the_breach_beside_it_is_still_scored_and_earns_no_strength(
    scorer: Scorer, reply: str
) -> None:
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert result.skills["boundaries"].level == 2, (scenario.id, reply)
        assert not result.feedback.earned, (scenario.id, reply, result.feedback.strength)
        assert "✓" not in result.feedback.strength


@pytest.mark.parametrize("reply", NOTHING_SAID_BACK_BEFORE_THE_BREACH)
def test_what_only_leads_into_a_breach_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [
        (sid, result.level)
        for sid, result in at_each_opening(scorer, "paraphrasing", reply)
        if result.level != 0
    ]
    assert not wrong, wrong


def test_what_follows_the_breach_is_not_read(scorer: Scorer) -> None:
    """After the advice, what is said goes on with it (its reasons): the second reading
    stops at the breach, so the reasons are not read as a reflection."""
    reply = "You need to put your rates up. Seriously, you're undercharging if you're working every night."
    wrong = [
        sid for sid, result in at_each_opening(scorer, "paraphrasing", reply) if result.level != 0
    ]
    assert not wrong, wrong


def test_the_evidence_is_from_what_was_said_before_the_breach(scorer: Scorer) -> None:
    reply = (
        "That sounds so humiliating. Honestly, it's a sign you should get out of this line of work."
    )
    breach = reply.index("Honestly")
    for sid, result in at_each_opening(scorer, "paraphrasing", reply):
        quoted = [e for e in result.evidence if e.source == "reply"]
        assert quoted, sid
        assert all(e.end <= breach for e in quoted), (sid, quoted)
        assert all(e.text == reply[e.start : e.end] for e in quoted), (sid, quoted)


def test_a_read_apart_criterion_needs_the_flags_that_start_the_second_reading() -> None:
    """Without `read_apart_from` the second reading never happens, so a `read_apart`
    criterion could never match: the rubric check says so instead of ignoring it."""
    level = {"label": "x", "descriptor": "x", "feedback": "x", "next_step": "x"}
    rubric = {
        "skill": "paraphrasing",
        "title": "t",
        "description": "d",
        "scale": "higher_is_better",
        "levels": [
            {"level": 0, "name": "none", **level},
            {"level": 1, "name": "simple", "min_score": 0.4, **level},
        ],
        "criteria": [{"id": "apart", "description": "d", "detector": "read_apart"}],
    }
    with pytest.raises(ValidationError, match="read_apart_from"):
        Rubric.model_validate(rubric)
    Rubric.model_validate({**rubric, "read_apart_from": ["advice"]})
