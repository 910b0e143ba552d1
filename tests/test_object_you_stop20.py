"""A "you" that is a preposition's object is no subject of "would be better off" (stop 20).

A reflection of a peer's thought that others would be better off without them ("the people
around you would be better off without you") was read as the advice "you would be better off…"
and breached, with the next step "you told them what to do": the wrong message at the moment a
peer says they think of not being here. The advice pattern now skips a "you" that follows a
preposition ("around you", "close to you", "for you"), where the sentence has another subject;
advice said to the peer is still caught. Likewise "who cares" after a noun ("everyone who
cares for you") is a relative clause, not the brush-off "who cares".
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import reply_cases, results_both_ways

SAID_BACK = [
    "It feels to you like the people around you would be better off without you.",
    "You've been thinking the people close to you would be better off without you.",
    "So some days it seems like everyone who cares for you would be better off without you.",
]

ADVICE = [
    "You'd be better off without that job, to be honest.",
    "Honestly, you are better off leaving that place.",
    "Between you and me, you would be better off without him.",
]


@reply_cases(SAID_BACK)
def test_their_thought_said_back_is_not_advice(scorer: Scorer, reply: str) -> None:
    for where, way, boundaries in results_both_ways(scorer, "boundaries", reply):
        assert "advice" not in boundaries.flags, (where, way, boundaries.flags)
        assert boundaries.level < 2, (where, way, boundaries.flags)


@reply_cases(ADVICE)
def test_better_off_said_to_them_is_still_advice(scorer: Scorer, reply: str) -> None:
    for where, way, boundaries in results_both_ways(scorer, "boundaries", reply):
        assert "advice" in boundaries.flags, (where, way)


@reply_cases(
    [
        "Someone who cares about you noticed, and that meant a lot to you.",
        "You want people who care about you, and a friend who cares enough to ask.",
    ]
)
def test_who_cares_as_a_relative_clause_is_not_dismissing(scorer: Scorer, reply: str) -> None:
    for where, way, boundaries in results_both_ways(scorer, "boundaries", reply):
        assert "dismissing" not in boundaries.flags, (where, way)


@reply_cases(["Who cares, it was one bad review.", "Eh, who cares what they think."])
def test_who_cares_on_its_own_still_dismisses(scorer: Scorer, reply: str) -> None:
    for where, way, boundaries in results_both_ways(scorer, "boundaries", reply):
        assert "dismissing" in boundaries.flags, (where, way)
