"""Reflection precision and recall, stop 22 (i22-refl): what a reflection says back.

A reflection says back the peer's experience (what happened, how it feels, what it means),
not any sentence that addresses "you". Families left open by stop 21, in our own wordings
(not taken from any data set):

- **A fact or a rule told about "you"** (`about_their_experience`): how something is or
  isn't caught ("You can't catch HIV from sharing a cup"), what can't be done to them ("You
  can't be evicted without a court order") and their rights ("You have rights as a tenant",
  "You're entitled to…") inform; they are no reflection and earn no reflection strength.
- **A general fact that reuses the peer's words** (the clause reader's general subject): a
  plural named with a word or two before it ("Bowel cancer mutations can show up in…") states
  a fact about the world, so taking up the peer's words does not make it a summary of theirs.
- **A guess at how it feels, with no "you"** (`reflects_feeling_of_situation`): "Losing your
  spot like that must feel so unfair", "Must have felt endless, sitting there" name how it
  is for them; "he must feel guilty" (someone else), "it must be done" (an order) and a
  question do not.
- **A norm tied to them** (`reflects_feeling_of_situation`): "Nobody should have to pick
  between rent and safety, and that's the choice in front of you", "…, and that's where this
  has left you": the clause before "that's" is their situation said in general; "that's what
  happened to you" alone (a pointer), "…to me" and a question are not.
- **A state named alone**: "Hollow, and not sure what you're meant to be feeling".
- **Thanks around what matters to them** (the clause reader): "It means a lot that these
  sessions matter to you" says back what matters to them inside the speaker's thanks; thanks
  for what they did ("It means a lot that you told me") stays thanks.

Near misses stay reflections: what they can't do or get ("You can't sleep…", "You can't get a
straight answer from the clinic…"), "you have so much on your plate".
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer, default_scorer
from tests.helpers import levels_both_ways, shipped_scenarios

#: Facts and rules told about "you".
FACTS = [
    "You can't catch HIV from sharing a cup or a towel.",
    "You can't be evicted without a court order.",
    "You have rights as a tenant, even without a written contract.",
    "You have the right to see a doctor without giving your real name.",
    "You're entitled to a copy of your test results.",
]

#: What they can't do or get, what they have on: their experience.
THEIRS = [
    "You can't sleep, and you can't stop going over what he said.",
    "You can't get a straight answer from the clinic, and it's wearing you down.",
    "You can't be yourself around your family anymore.",
    "You have so much on your plate with the move.",
]

#: How it feels, guessed with "must" and no "you"; a state named alone.
NO_YOU = [
    "Losing your spot at the market like that must feel so unfair.",
    "Must have felt endless, sitting in that waiting room.",
    "Being turned away at the door must have felt humiliating.",
    "Hollow, and not sure what you're meant to be feeling.",
    "Dead inside since the funeral, and nobody notices.",
    "Nobody should lose their home over the work that pays for it, and that's what happened to you.",
    "No one should have to pick between being robbed and their papers, and that's the choice in front of you.",
    "Nobody should be one booking away from missing rent, and that's where this has left you.",
]

#: Someone else's feeling, an order, a question.
NOT_THEIRS = [
    "He must feel guilty about it.",
    "It must be done before Friday, with a proper notice.",
    "That must be so good to hear?",
    "That's what happened to you.",
    "Is that what happened to you?",
    "It was a long week at the market, and that's what happened to me too.",
]

#: (peer's line, reply, reflection expected)
IN_CONTEXT = [
    (
        "Only the men in my family have had bowel cancer, so I'm not worried about my gene.",
        "Bowel cancer mutations can show up in the women of a family too.",
        False,
    ),
    (
        "Late nights with the regulars are wearing me down.",
        "Late nights with the regulars wear you down, and there's no break in sight.",
        True,
    ),
    (
        "These sessions are the only thing I look forward to.",
        "It means a lot that these sessions matter to you.",
        True,
    ),
    (
        "I want to keep coming to the group even when it's hard.",
        "It means a lot that you want to keep coming, even on the hard weeks.",
        True,
    ),
    ("I told my sister everything last night.", "It means a lot that you told me.", False),
    ("I told my sister everything last night.", "Thank you for telling me that.", False),
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize("reply", FACTS + NOT_THEIRS)
def test_a_fact_or_someone_elses_feeling_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got
    ]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", FACTS)
def test_a_fact_earns_no_reflection_strength(scorer: Scorer, reply: str) -> None:
    reflection = {c.strength for c in scorer.rubrics.rubrics["paraphrasing"].criteria if c.strength}
    for scenario in shipped_scenarios()[:4]:
        context = " ".join(scenario.nodes[scenario.start_id].peer)
        result = scorer.score(context, reply)
        assert result.skills["paraphrasing"].level == 0, (reply, scenario.id)
        quoted = result.feedback.strength
        assert not any(quoted.startswith(s.split("{")[0]) for s in reflection if s.split("{")[0]), (
            reply,
            scenario.id,
            quoted,
        )


@pytest.mark.parametrize("reply", THEIRS + NO_YOU)
def test_their_experience_is_a_reflection(scorer: Scorer, reply: str) -> None:
    missed = [
        (s, way) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got < 1
    ]
    assert not missed, (reply, missed)


@pytest.mark.parametrize(("context", "reply", "reflection"), IN_CONTEXT)
def test_with_the_peers_line(context: str, reply: str, reflection: bool) -> None:
    level = default_scorer().score(context, reply).skills["paraphrasing"].level
    assert (level >= 1) == reflection, (reply, level)
