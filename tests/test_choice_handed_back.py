"""Issue #11 (stop 14, the lead): an imperative that hands the choice back is no instruction.

"Take what fits and leave the rest" ends the good example of tell-me-what-to-do:options, yet
`commands` read it as an order: a reply that asked permission ("Would it help if I shared a
couple of ideas? Ignore anything that doesn't fit you.") got "✓ You asked before offering
ideas" and then "You told them what to do instead of reflecting". Phrases that give the choice
back (lexicon `hands_the_choice_back`) are no longer read as instructions; an instruction said
beside one still is.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import at_each_opening, reply_cases

HANDED_BACK = [
    "Some people write their limits down before each booking. Take what fits and leave the rest.",
    "Would it help if I shared a couple of ideas? Ignore anything that doesn't fit you.",
    "A few folks I know raise their rates for the pushy ones. Take it or leave it, it's your call.",
    "one thing that helped me was a buddy text. use whatever helps, ignore the rest",
]
#: Near misses: an instruction beside the choice given back still directs.
STILL_ORDERS = [
    "Drop the regulars who push you. Take what fits and leave the rest.",
    "Take what fits, but call the police tonight.",
]


@reply_cases(HANDED_BACK)
def test_handing_the_choice_back_is_not_directing(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "directing" not in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(STILL_ORDERS)
def test_an_order_beside_it_still_directs(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "directing" in boundaries.flags or "police" in boundaries.flags, (
            scenario_id,
            reply,
            boundaries.flags,
        )
