"""Issue #11 (stop 18): boundaries families from the dev errors of waves 6 to 9, at every
scenario's opening. Each table is one family in our own wordings (none is a labelled row), with
its near misses:

- **A verdict on someone else's act** ("The landlord should have given you notice. That's just
  wrong.", "they should of asked u first, thats not right") names a wrong done to the peer: it
  neither judges nor corrects the peer (tests/data/README.md: a "should" whose subject is not the
  peer is not advice). The same verdict after the peer's own act still judges.
- **"You" as an object is not the subject** of a hindsight "should have": "an organisation
  that's for you should have asked first" blames the organisation, not the peer.
- **Someone else doing it** ("he shouldn't get to keep doing this to people") is no verdict on
  the work; "how long can you keep doing this?" still moralises.
- **Moralising by stability** ("it's not a stable way to live", "not a steady way to make a
  living") is the same verdict as "no way to live": `moralising`, breached.
- **Siding with the man himself** in casual registers ("fair play to the man", "I kind of feel
  for the bloke") is `siding`, breached.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import (
    assert_below_breached_at_each_opening,
    assert_breached_at_each_opening,
    at_each_opening,
    flagged_cases,
    reply_cases,
)

OTHERS_WRONG = (
    "The landlord should have given you proper notice. That's just wrong.",
    "they should of asked u first tbh, thats not right",
    "Your sister shouldn't be holding that over you. That's wrong of her.",
    "A nurse has no business lecturing anyone before a swab, and she did it to you. That's wrong.",
    "An org that's meant to be for you should've checked with the night girls, it was wrong not to.",
    "He shouldn't get to keep doing this to people, and you shouldn't have to carry it.",
    "They shouldn't be allowed to keep doing this to girls.",
    "An organisation that's supposed to be for you should have asked you first.",
    "What happened to you should never have happened.",
)

# The same verdicts after the peer's own act, or about the peer, still breach.
STILL_JUDGES = (
    "You should have asked first. That's wrong.",
    "You went with him without screening. That's wrong.",
    "you shouldnt have gone with him, thats on you",
)

NOT_A_STABLE_LIFE = (
    "It's not a stable way to live.",
    "Weeks like that are what happens when it all depends on strangers. It's not a stable way to live.",
    "its not a steady way to make a living tho",
    "Honestly, that's an unstable way to live, Sam.",
    "How long can you keep doing this?",
    "you cant keep doing this forever hun",
)

SIDES_WITH_THE_MAN = (
    "Fair play to the man, maybe it was a one-off.",
    "I kind of feel for the bloke.",
    "fair play to the fella tbh",
    "Credit to the punter, he did pay in the end.",
    "To be fair to that guy, he was probably drunk.",
)

# Near misses: the peer's own view said back, or the man judged, not excused.
HELD = (
    "You worry it's not a stable way to live, and you're tired of it.",
    "You feel like nobody is on your side, not even the man at the desk.",
    "No nurse should talk to anyone like that. Wrong, plain and simple.",
)


@reply_cases(OTHERS_WRONG, HELD)
def test_a_verdict_on_someone_elses_act_holds(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)


@reply_cases(OTHERS_WRONG)
def test_someone_elses_should_is_no_judgment_of_the_peer(scorer: Scorer, reply: str) -> None:
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert "judgment" not in result.flags, (scenario_id, reply, result.flags)
        assert "moralising" not in result.flags, (scenario_id, reply, result.flags)


@reply_cases(STILL_JUDGES)
def test_the_peers_own_act_judged_still_breaches(scorer: Scorer, reply: str) -> None:
    assert_breached_at_each_opening(scorer, "judgment", reply)


@flagged_cases(("moralising", NOT_A_STABLE_LIFE), ("siding", SIDES_WITH_THE_MAN))
def test_each_breach_family_keeps_its_flag(scorer: Scorer, flag: str, reply: str) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert "✓" not in (result.label or ""), (scenario_id, reply, result.label)
