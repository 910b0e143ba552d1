"""Issue #11 (stop 12, the lead): someone else's reassurance, said back, is not the trainee's.

"Everyone keeps saying she's in a better place, and it doesn't help at all." says back what
the people around a grieving peer keep telling them, and was *breached: false reassurance*.
`falsely_reassures` and `minimising_reassurance` had their own short lists of reporting words
("people say", "she said"); they now also read the shared `{other_sayer} ... {says_it}` and
`{told_to_you}` frames the siding and dismissing criteria read ("everyone keeps saying", "your
mate reckons", "your landlord keeps saying"). The trainee's own reassurance stays a breach.
Checked at the opening of all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

THEIRS = (
    "Everyone keeps saying she's in a better place, and it doesn't help at all.",
    "Your mate reckons it'll all work out, but you're not so sure.",
    "Your landlord keeps saying it'll be fine if you just pay late, and you don't trust that.",
)
THE_TRAINEES_OWN = (
    "Don't worry, it'll all work out.",
    "She's in a better place now.",
)


@pytest.mark.parametrize("reply", THEIRS, ids=lambda v: v[:30])
def test_their_reassurance_said_back_is_no_breach(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "false_reassurance" not in boundaries.flags, (scenario_id, reply)
        assert boundaries.level < 2, (scenario_id, reply)


@pytest.mark.parametrize("reply", THE_TRAINEES_OWN, ids=lambda v: v[:30])
def test_the_trainees_own_reassurance_is_a_breach(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert "false_reassurance" in boundaries.flags, (scenario_id, reply)
