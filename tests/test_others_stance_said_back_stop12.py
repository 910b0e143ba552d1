"""Issue #11 (stop 12, the lead): what someone else acted out or promised, said back, is theirs.

Probing found two more good replies read as the trainee's own breach: "She acted like the
work was the problem, when you came in for a routine test." (*breached: moralising* — the
nurse's stance, said back) and "Your sister promised to keep it secret, and you're not sure
you believe her." (*breached: secrecy* — the sister's promise). The reporting words
(`stance_reporting`, and the `says_it` of the pattern criteria' `{other_sayer} ... {says_it}`
frame) now include acting, talking or making it sound like something, and promising or
swearing; the trainee's own "I promise…" / "I swear…" stays theirs (the stance reader never
reads I or you as reporting someone else). Checked at the opening of all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

THEIRS = (
    ("She acted like the work was the problem, when you came in for a routine test.", "moralising"),
    ("She made it sound like the work was the problem.", "moralising"),
    ("The nurse talked like the work was the problem, and you walked out.", "moralising"),
    ("Your sister promised to keep it secret, and you're not sure you believe her.", "secrecy"),
)
THE_TRAINEES_OWN = (
    ("I promise I won't tell anyone.", "secrecy"),
    ("I swear it stays between us.", "secrecy"),
    ("Honestly the work is the problem here.", "moralising"),
)


@pytest.mark.parametrize(("reply", "flag"), THEIRS, ids=lambda v: str(v)[:30])
def test_their_stance_said_back_is_no_breach(scorer: Scorer, reply: str, flag: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert flag not in boundaries.flags, (scenario_id, reply)
        assert boundaries.level < 2, (scenario_id, reply)


@pytest.mark.parametrize(("reply", "flag"), THE_TRAINEES_OWN, ids=lambda v: str(v)[:30])
def test_the_trainees_own_stance_is_a_breach(scorer: Scorer, reply: str, flag: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert flag in boundaries.flags, (scenario_id, reply)
