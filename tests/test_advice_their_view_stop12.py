"""Advice precision (issue #11, stop 12): the peer's own view of what to do, said back, is not
advice.

tests/data/README.md: what helps the peer said back as theirs, or their own plan, is not advice.
The frames that mark a view as the peer's (`reported` in rubrics/boundaries.yaml) missed some
common wordings: "you reckon the best thing is…", "you've worked out the smart move is…", and "you're thinking it might help to…" was read as a gerund that helps
("thinking … might help"). Both ways, at the opening of every shipped scenario:

- the peer's view or plan said back in those words carries no `advice`;
- the same idea in the speaker's own voice, or bare, still carries `advice`.

The replies are written for this test, in several registers.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

THEIR_VIEW = [
    "You reckon the smartest move is to keep your name off it.",
    "u reckon the best thing is to wait till monday",
    "You've worked out that the safest thing is to go with a mate.",
    "You're thinking it might help to have a week away from it all.",
    "ur thinking a proper night off could help",
]
THE_SPEAKER_SAYS_IT = [
    "I reckon the smartest move is to keep your name off it.",
    "the best thing is to wait till monday tbh",
    "Honestly, the safest thing is to go with a mate.",
    "Having a week off might help.",
]


def _wrong(scorer: Scorer, reply: str, advice: bool) -> list[tuple[str, int, list[str]]]:
    return [
        (scenario, result.level, sorted(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if ("advice" in result.flags) is not advice
    ]


@pytest.mark.parametrize("reply", THEIR_VIEW)
def test_their_own_view_said_back_is_not_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=False) == []


@pytest.mark.parametrize("reply", THE_SPEAKER_SAYS_IT)
def test_the_same_idea_in_the_speakers_voice_is_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=True) == []
