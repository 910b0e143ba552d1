"""Issue #11 (stop 12, the lead): naming the police as kept out, or as the problem, is no
pointing to them.

"You're asking if there's some way to warn the others that doesn't go through police." (a
wave-4 reflection, labelled no breach) and "The cops are part of the problem for you" were
*breached: police*: `points_to_police` read any bare "police". It now leaves the police
kept out ("through", "without", "no police") and the police called the problem; putting
them forward stays a breach. Checked at the opening of all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

KEPT_OUT = (
    "You want a way to warn the others that doesn't go through police.",
    "Honestly the cops are part of the problem for you.",
    "You sorted it between you, without the cops.",
)
PUT_FORWARD = (
    "You should go to the police.",
    "The police are the only ones who can stop him.",
    "Get the cops involved, that solves the problem.",
)


@pytest.mark.parametrize("reply", KEPT_OUT, ids=lambda v: v[:30])
def test_the_police_kept_out_is_no_breach(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "police" not in boundaries.flags, (scenario_id, reply)


@pytest.mark.parametrize("reply", PUT_FORWARD, ids=lambda v: v[:30])
def test_the_police_put_forward_is_a_breach(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert "police" in boundaries.flags, (scenario_id, reply)
