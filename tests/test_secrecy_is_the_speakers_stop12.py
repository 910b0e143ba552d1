"""Issue #11 (stop 12, the lead): a secrecy promise is the trainee's own, not someone else's.

i12-probe saw "your sister won't say anything" flagged *secrecy*: `stance_keeps_secret` read
the promise whoever made it. Now its clause must be about the speaker or nobody ("I won't
tell anyone", "it stays between us"). Said of another person it is no secrecy promise (as a
prediction, "she won't tell a soul" is still false reassurance, read by its own criteria).
Checked at the opening of all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

SOMEONE_ELSES = (
    "Your sister won't say anything.",
    "The staff will keep it secret.",
)
THE_TRAINEES = (
    "I won't tell anyone.",
    "Don't worry, it stays between us.",
    "Nobody will know, I won't tell a soul.",
)


@pytest.mark.parametrize("reply", SOMEONE_ELSES, ids=lambda v: v[:30])
def test_someone_elses_discretion_is_no_secrecy_promise(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "secrecy" not in boundaries.flags, (scenario_id, reply)


@pytest.mark.parametrize("reply", THE_TRAINEES, ids=lambda v: v[:30])
def test_the_trainees_promise_is_secrecy(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert "secrecy" in boundaries.flags, (scenario_id, reply)
