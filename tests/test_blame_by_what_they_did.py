"""Issue #11, item 2 (stop 13): blame said as what the peer did, not as what they should have done.

Probing the scenario openings found replies that lay the harm at the peer's door without a
"should have": an emphatic "did" ("Well, you did put the ads online where anyone could see", "You
did agree to see someone you'd never met, though") and the act said as making it easy for them
("you kind of made it easy for them", "you made yourself a target"). They were scored as
reflections, with a ✓ quoting the blame back as "what they are going through". They are blame
(`judgment`, breached), like "you should have known".

Credit said with "did" ("you did put up a fight though", "but you did get out") is not blame; the
first of those was breached as `siding` (an excuse for someone in the story) before, and both must
now stay held. Every reply is our own probe, in all 12 scenarios.
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

BLAME_WITH_DID = (
    "Well, you did put the ads online where anyone could see.",
    "You did agree to see someone you'd never met, though.",
    "but u did go with him knowing nothing about him",
    "I mean, you did post those pictures yourself.",
    "You did tell him where you live though, didn't you.",
    "You did put the ads up publicly though.",
    "To be fair, you did choose to work that night.",
    "Honestly you kind of made it easy for them by using your real face.",
    "You made yourself a target going out alone like that.",
    "u kinda left yourself wide open with that profile",
    "You sort of made it too easy for him, if I'm honest.",
)

CREDIT_WITH_DID = (
    "You did put up a fight though, that's something to hold on to.",
    "But you did get out, and that took real guts.",
    "You did everything right and he still hurt you.",
    "You did your best with what you had, though it doesn't feel like it.",
    "He made it easy for you to trust him, and then he turned.",
    "You made it easy for me to understand what happened.",
    "You did what you had to do to stay safe.",
)


@flagged_cases(("judgment", BLAME_WITH_DID))
def test_blame_with_did_is_breached_in_every_scenario(
    scorer: Scorer, flag: str, reply: str
) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(BLAME_WITH_DID)
def test_blame_with_did_earns_no_reflection(scorer: Scorer, reply: str) -> None:
    """It was praised as saying back "what they are going through"."""
    for scenario_id, paraphrasing in at_each_opening(scorer, "paraphrasing", reply):
        assert paraphrasing.level == 0, (scenario_id, reply, paraphrasing.label)


@reply_cases(CREDIT_WITH_DID)
def test_credit_with_did_is_not_blame(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "judgment" not in boundaries.flags, (scenario_id, reply)
        assert "siding" not in boundaries.flags, (scenario_id, reply)
