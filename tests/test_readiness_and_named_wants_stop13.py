"""Issue #11 (stop 13): readiness beside an offer, and a want or dread named in -ing.

Two families from the open data, checked at the opening of all 12 shipped scenarios:

- PAIR (open statements, half A): "You're ready to join a walking club! Let me get you the
  registration form." Readiness said of them is an interpretation; beside advice or an offer
  it only leads into it (paraphrasing's nothing_said_back_apart already says so of "You're
  ready for a change. Let's look at your options"). It was read as what matters to them
  (says_what_matters), which kept advises_on_a_bare_statement from capping the reply. It is
  now its own criterion, says_they_are_ready, which does not. Readiness said back with no
  advice beside it is still a reflection.
- Wave 6: "Hating how you feel after them makes complete sense." Their own reaction, named
  and said to make sense, is a simple reflection (says_their_feeling_makes_sense), but the
  clause reader's `inner` knew "hate" and "doubts", not "hating", "doubting" or "fearing".
  A feeling named only as what to stop ("hating it won't change anything") stays 0.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

READINESS_THEN_OFFER = (
    "You're ready to join a peer support group! Let me get you the sign-up form.",
    "You are determined to sort this out. I will book you an appointment with our advisor.",
)
READINESS_SAID_BACK = (
    "You're ready for things to be different.",
    "You're ready for this to stop, and you're exhausted.",
)
NAMED_IN_ING_MAKES_SENSE = (
    "Hating how it leaves you feeling makes complete sense.",
    "hating all of this makes total sense tbh",
    "Fearing the worst is understandable right now.",
)
WHAT_TO_STOP = ("Hating it won't change anything, so let it go.",)


@pytest.mark.parametrize("reply", READINESS_THEN_OFFER, ids=lambda v: v[:30])
def test_readiness_that_only_leads_into_an_offer_is_no_reflection(
    scorer: Scorer, reply: str
) -> None:
    wrong = [sid for sid, r in at_each_opening(scorer, "paraphrasing", reply) if r.level != 0]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", READINESS_SAID_BACK, ids=lambda v: v[:30])
def test_readiness_said_back_alone_is_still_a_reflection(scorer: Scorer, reply: str) -> None:
    lost = [sid for sid, r in at_each_opening(scorer, "paraphrasing", reply) if r.level < 1]
    assert not lost, (reply, lost)


@pytest.mark.parametrize("reply", NAMED_IN_ING_MAKES_SENSE, ids=lambda v: v[:30])
def test_their_reaction_named_in_ing_and_said_to_make_sense_is_a_reflection(
    scorer: Scorer, reply: str
) -> None:
    lost = [sid for sid, r in at_each_opening(scorer, "paraphrasing", reply) if r.level < 1]
    assert not lost, (reply, lost)


@pytest.mark.parametrize("reply", WHAT_TO_STOP, ids=lambda v: v[:30])
def test_a_feeling_named_as_what_to_stop_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [sid for sid, r in at_each_opening(scorer, "paraphrasing", reply) if r.level != 0]
    assert not wrong, (reply, wrong)
