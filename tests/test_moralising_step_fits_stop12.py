"""The next step after a moralising reply points at what this peer said (stop 12).

Playing the warm-up, "Honestly you shouldn't be on your phone all weekend anyway, its not
healthy. Maybe this work isnt good for you." (Sam had said they want one weekend without
checking for bookings) got "…Reflect what happened to them, not what you think of the job."
Nothing had happened to Sam, and the step named nothing Sam said. The moralising criteria's
step now says "Say back what they told you", and in a known moment names one of the peer's
key points, as the advice and verdict steps already do. Table-driven over all 12 scenarios,
with replies in several registers.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

#: Replies that put the peer's work down (moralising), in different registers.
MORALISING = [
    "Maybe this work isn't good for you.",  # the noticed one, plain
    "u deserve better than this job hun",  # texting
    "You deserve better than this line of work, love.",  # British
    "Surely you deserve better than this kind of work.",  # formal
    "This work is not good for you, my friend.",  # non-native
]


@pytest.mark.parametrize("reply", MORALISING)
def test_the_moralising_step_names_what_this_peer_said(scorer: Scorer, reply: str) -> None:
    named = 0
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        if "moralising" not in result.flags:
            continue  # read otherwise here (advice, judgment): that step has its own test
        step = result.feedback.next_step
        assert "what happened to them" not in step, (scenario.id, step)
        if "view of their work" in step:
            points = [k.point for k in node.key_points]
            assert any(f'"{p}"' in step for p in points), (scenario.id, step, points)
            named += 1
    assert named >= 6, (reply, named)  # the step was the moralising one in most scenarios
