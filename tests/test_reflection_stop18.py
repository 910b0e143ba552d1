"""Reflections on fresh data, stop 18 (issue #11): families the dev halves and PAIR showed.

Each table is one family, in our own wordings (not the data's rows), scored at the opening of
all 12 shipped scenarios, with the peer's line only and in the moment (`levels_both_ways`):

- **A statement, a dash, then a question** ("You haven't slept — is that right?", "ur so
  tired of it all - yeah?", "You've been drinking more — what's that been like?"): the dash
  ends the statement as a comma already did, so the "you" statement before it is said back,
  not asked. A suggestion or an order before the dash ("You could try sleeping more —
  right?", "You should cut back — is that fair?") and a real question say nothing back.
- **A reflection whose subject is the thing in their story, not the peer** ("Money's what
  keeps you up", "The waiting is the worst bit for you", "Moving cost you your whole
  network", "Being careful is how you've kept yourself safe"): said back. Not a warning in
  the present ("Smoking costs you so much money"), a prediction ("The hardest part for you
  will be telling her"), advice about safety ("Condoms are what keep you safe"), a platitude
  ("Talking is how you heal") or a question.
- **What it means to them** ("Your health matters to you, and so does…", "being asked
  matters to you", "The dishes weren't really about the dishes, it was how worn down you've
  been"): a reflection. Not after a modal ("It shouldn't matter to you…"), an order ("Do what
  matters to you") or a question.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, shipped_scenarios

#: A statement about the peer, a dash (em, en or a spaced hyphen), then a question.
DASH_THEN_QUESTION = [
    "You haven't slept properly in days — is that right?",
    "You're done with the agency – am I hearing that right?",
    "ur so tired of it all - yeah?",
    "You've been carrying all of it on your own — what's that been like?",
    "you havent had a night off in weeks - right?",
    "You're scared he'll turn up again — have I got that?",
]

#: The thing in their story as the subject: a cleft, the hardest part, what it took from them.
NOT_THE_PEER_AS_SUBJECT = [
    "Money's what keeps you up at night.",
    "The not knowing is really what's stressing you.",
    "The waiting is the worst bit for you.",
    "The hardest part for you is that nobody asked.",
    "Moving cities cost you your whole support network.",
    "Losing that regular took a lot out of you.",
    "Being careful is how you've kept yourself safe all this time.",
    "Drinking's how you've been getting through the shifts.",
]

#: What matters to them without a degree word, and what a thing was really about.
WHAT_IT_MEANS_TO_THEM = [
    "Your health matters to you, and so does being treated with respect.",
    "Being asked matters to you as much as being fed.",
    "ur regulars matter to u, and so does ur rent",
    "Being seen as a person is important to you.",
    "The dishes weren't really about the dishes, it was how worn down you've been.",
    "So the call isn't really about the call - it's about whether anyone notices you.",
]

#: Near misses: advice, orders, warnings, predictions, platitudes and real questions.
SAYS_NOTHING_BACK = [
    "You could try sleeping more — right?",
    "You should cut back on the drinking — is that fair?",
    "Maybe get a second job - yeah?",
    "Condoms are what keep you safe.",
    "Smoking costs you so much money.",
    "Drinking will cost you your health.",
    "The hardest part for you will be telling her.",
    "What's the hardest part for you?",
    "Is that what scares you?",
    "Talking is how you heal.",
    "It shouldn't matter to you what they think.",
    "Do what matters to you.",
    "What matters to you most?",
    "Are you sleeping at all — or not really?",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize(
    "reply", DASH_THEN_QUESTION + NOT_THE_PEER_AS_SUBJECT + WHAT_IT_MEANS_TO_THEM
)
def test_said_back_it_is_a_reflection(scorer: Scorer, reply: str) -> None:
    missed = [
        (s, way) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got < 1
    ]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", DASH_THEN_QUESTION)
def test_the_statement_before_the_dash_is_what_is_said_back(scorer: Scorer, reply: str) -> None:
    for scenario in shipped_scenarios()[:3]:
        context = " ".join(scenario.nodes[scenario.start_id].peer)
        found = {e.criterion for e in scorer.score(context, reply).skills["paraphrasing"].evidence}
        assert "about_their_experience" in found, (reply, scenario.id)
        assert "only_questions" not in found, (reply, scenario.id)


@pytest.mark.parametrize("reply", SAYS_NOTHING_BACK)
def test_near_misses_say_nothing_back(scorer: Scorer, reply: str) -> None:
    wrong = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got
    ]
    assert not wrong, (reply, wrong)
