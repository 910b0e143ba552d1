"""A reflection closed by "I get it" before advice in the same sentence (issue #11, stop 14).

tests/data/README.md (wave 8) writes "a good move and a slip in one sentence": "You're scared
of him, I get it, but you have to report him" says back their experience, then advises; the
reflection stands (paraphrasing 1 or more) and the advice is scored under boundaries. Wave 8's
dev half missed these because said_back_before_the_breach counted only a reflection ended by
a full stop. An acknowledgement between the two (lexicon `closes_a_reflection`: "I get it",
"I know", "I understand", "which I get") now ends it as a full stop does. In our own
wordings, at all 12 openings, with the peer's line only and in the moment.

Near misses stay 0: an acknowledgement with nothing said back ("I get it, so just…"), and the
advice alone. (Stop 15: a reflection joined to the advice at a clause boundary with no
acknowledgement, "You're worn out and worried, so just take the week off", now stands too:
tests/data/README.md line 44, "A reply that breaches a boundary is still labelled for the
reflection it contains"; the older convention scored it 0. See
tests/test_reflection_joined_to_a_breach_stop15.py.)

A need said back as theirs ("Sounds like what you need is someone in your corner") is a
reflection (README, wave 8: values and needs said back), not the direction "What you need is
…", which still breaches (or is at risk where they asked for ideas); "sounds like what you need to do is call her" still directs.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, reply_cases

CLOSED_BY_AN_ACKNOWLEDGEMENT = [
    "You're worn out and worried, I get it, so just take the week off.",
    "You're scared of what comes next, I understand, but you have to tell someone.",
    "You're not sure it's worth it, which I get, so just go and see.",
    "You're fed up with all of it, I get that, but you must keep going.",
    # joined at a clause boundary, no acknowledgement (stop 15, README line 44)
    "You're worn out and worried, so just take the week off.",
]

ONLY_LEADS_IN = [
    "I get it, so just take the week off.",
    "I understand, but you have to tell someone.",
    "Just take the week off.",
]


@reply_cases(CLOSED_BY_AN_ACKNOWLEDGEMENT)
def test_the_reflection_before_the_advice_stands(scorer: Scorer, reply: str) -> None:
    for scenario_id, way, level in levels_both_ways(scorer, "paraphrasing", reply):
        assert level >= 1, (scenario_id, way, reply)
    for scenario_id, way, level in levels_both_ways(scorer, "boundaries", reply):
        assert level >= 1, (scenario_id, way, reply)


@reply_cases(ONLY_LEADS_IN)
def test_a_lead_in_is_not_a_reflection(scorer: Scorer, reply: str) -> None:
    for scenario_id, way, level in levels_both_ways(scorer, "paraphrasing", reply):
        assert level == 0, (scenario_id, way, reply)


NEED_SAID_BACK = [
    "Sounds like what you need right now is some steadiness.",
    "Sounds like what you need is someone in your corner.",
]

NEED_AS_A_DIRECTION = [
    "What you need is an early night.",
    "Sounds like what you need to do is ring her tonight.",
]


@reply_cases(NEED_SAID_BACK)
def test_a_need_said_back_is_a_reflection_not_a_direction(scorer: Scorer, reply: str) -> None:
    for scenario_id, way, level in levels_both_ways(scorer, "paraphrasing", reply):
        assert level >= 1, (scenario_id, way, reply)
    for scenario_id, way, level in levels_both_ways(scorer, "boundaries", reply):
        assert level == 0, (scenario_id, way, reply)


@reply_cases(NEED_AS_A_DIRECTION)
def test_a_need_as_a_direction_still_breaches(scorer: Scorer, reply: str) -> None:
    # (At risk, 1, where the peer asked for ideas; breached elsewhere.)
    for scenario_id, way, level in levels_both_ways(scorer, "boundaries", reply):
        assert level >= 1, (scenario_id, way, reply)
