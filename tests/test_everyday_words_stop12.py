"""Issue #11 (stop 12, the lead): everyday words in the peer's story are not moralising.

Probing reflections of the drop-in scenario's story found three false breaches of the
worst kind (a good reply told it moralised about sex work).

`moralises_about_the_work` read any "a sign" as "it's a sign you should get out of the
work", so "Finding out from a sign on the door…" (a reflection of what happened to the
peer) was *breached: moralising*, and so were "a sign of low magnesium" and "a sign that
they never listened". Now "a sign" is read as moralising only as a message to them: "a sign
to…", "a sign about…", "a sign that you…/it's time…", or standing alone ("Maybe it's a
sign.").

"your day job" and "the drop-in's regular hours" were moralising too, read as "get a normal
job": a job or hours they already have (after your/their/his/her/my/'s) are not a way out
put to them. Checked at the opening of all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

NOT_A_VERDICT = (
    "Finding out from a sign on the door, after they told you it was your space.",
    "Leg cramps can be a sign of not sleeping enough, you've been running on empty.",
    "That's a sign that they never really listened to you.",
    "There was no sign of him after that, and you were left waiting.",
    "They stuck up a sign-up sheet and nobody even asked you.",
)
STILL_MORALISING = (
    "Maybe it's a sign.",
    "Honestly this might be a sign to think about getting out.",
    "Take it as a sign, hun.",
    "It's a sign that you should look at other options.",
)


@pytest.mark.parametrize("reply", NOT_A_VERDICT, ids=lambda v: v[:30])
def test_a_sign_in_their_story_is_no_breach(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "moralising" not in boundaries.flags, (scenario_id, reply)
        assert boundaries.level < 2, (scenario_id, reply)


@pytest.mark.parametrize("reply", STILL_MORALISING, ids=lambda v: v[:30])
def test_a_sign_about_their_life_is_moralising(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert "moralising" in boundaries.flags, (scenario_id, reply)


THEIR_OWN = (
    "So the drop-in's regular hours changed and nobody asked you.",
    "You've got your day job too, so the new hours just don't fit.",
    "ur day job eats your mornings and now the evenings are gone too",
)
A_WAY_OUT_PUT_TO_THEM = (
    "A day job would be safer, honestly.",
    "Regular hours would suit you better.",
    "Maybe look for a real job instead.",
)


@pytest.mark.parametrize("reply", THEIR_OWN, ids=lambda v: v[:30])
def test_a_job_or_hours_they_have_is_no_breach(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "moralising" not in boundaries.flags, (scenario_id, reply)


@pytest.mark.parametrize("reply", A_WAY_OUT_PUT_TO_THEM, ids=lambda v: v[:30])
def test_a_way_out_put_to_them_is_moralising(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert "moralising" in boundaries.flags, (scenario_id, reply)
