"""Issue #11 (stop 12, i12-probe): feedback faults found by probing the 12 scenarios with
replies of our own, in several registers, scored in the moment.

- An honest limit of confidentiality said as the speaker's own can't ("I can't keep this
  just between us if you're in danger") was *breached: secrecy*, and told to "be honest about
  confidentiality" — what the reply had just done. `promises_secrecy` already let a named
  exception through ("unless…", "but if…"); the speaker's "I can't keep/promise" is one too.
  A promise of secrecy stays breached, however it is worded.
- "It's been good for you" (what the peer's experience has been) was read as a warning
  ("it's good for you to…"), putting a warm validation at risk of advice. A verdict on what
  is good or bad for them stays a warning.

Each table is checked at the opening of all 12 scenarios.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import at_each_opening, reply_cases

HONEST_LIMITS = (
    "I want to keep you safe, so I can't keep this just between us if you're in danger, but I'm here.",
    "I can't promise this stays completely private if your life is at risk.",
    "i cant keep it a secret if ur not safe, but i'm not going anywhere",
    "I won't be able to keep it between us if I'm worried about your safety.",
    "I'm not able to promise total confidentiality, though most of what you say stays with me.",
)
SECRETS_PROMISED = (
    "This stays between us, I promise.",
    "I can't promise much, but this stays between us.",
    "I'll keep it a secret, nobody will ever know.",
    "Don't worry, it's our little secret.",
    "You can't keep it between us forever, but I will.",
)


@reply_cases(HONEST_LIMITS)
def test_an_honest_limit_of_confidentiality_is_no_secrecy(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "secrecy" not in boundaries.flags, (scenario_id, reply, boundaries.flags)
        assert boundaries.level < 2, (scenario_id, reply, boundaries.flags)


@reply_cases(SECRETS_PROMISED)
def test_a_promise_of_secrecy_stays_breached(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert "secrecy" in boundaries.flags, (scenario_id, reply, boundaries.flags)


HOW_IT_HAS_BEEN = (
    "It makes sense you'd want more of this, it's been good for you.",
    "That's been really good for you, having somewhere to say it all.",
    "Sounds like it's been better for you since you stopped taking those bookings.",
)
WARNINGS = (
    "Honestly, it's not good for you to keep going like this.",
    "That's bad for you, you know.",
    "It's better for you to take a break.",
    "It's been bad for your health, all these nights.",
)


@reply_cases(HOW_IT_HAS_BEEN)
def test_what_has_been_good_for_them_is_no_warning(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "warns" not in [e.criterion for e in boundaries.evidence], (scenario_id, reply)


@reply_cases(WARNINGS)
def test_a_verdict_on_what_is_good_for_them_stays_a_warning(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level >= 1, (scenario_id, reply)
        assert "advice" in boundaries.flags, (scenario_id, reply, boundaries.flags)


# The same honest answer, with what the speaker would do said as "I'd tell you first" (the
# speaker acting towards the peer, not "if I were you I'd tell him"): no advice.
TOLD_FIRST = (
    "Most of what you tell me stays with me, but if I thought your life was in danger I'd need to get you more help, and I'd tell you first.",
    "If I ever had to pass something on, I'd tell you first.",
    "If I was worried about your safety I'd talk to you about it first.",
)
STILL_ADVICE = (
    "If it were me, I'd tell him to get lost.",
    "Honestly I'd tell you to block him.",
    "I'd call the tenants' union today.",
)


@reply_cases(TOLD_FIRST)
def test_what_the_speaker_would_tell_them_first_is_no_advice(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "advice" not in boundaries.flags, (scenario_id, reply, boundaries.flags)
        assert boundaries.level < 2, (scenario_id, reply, boundaries.flags)


@reply_cases(STILL_ADVICE)
def test_what_i_would_do_in_their_place_stays_advice(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "advice" in boundaries.flags, (scenario_id, reply, boundaries.flags)


# A limit of the role said plainly ("I can't swap numbers") is holding the boundary, not
# offering a relationship outside the program; the offer itself stays breached.
LIMITS_OF_THE_ROLE = (
    "It's lovely to hear that. I can't swap numbers, that's a boundary of this role, but I'll be here next week.",
    "that means a lot. i cant do coffee outside the program tho, i hope that's ok",
    "I'm really not able to exchange numbers, but I'm glad these chats help.",
)
OFFERS_OUTSIDE = (
    "Let's swap numbers and grab a coffee sometime.",
    "I can't wait, let's swap numbers!",
    "Sure, I'd love to get a drink, text me.",
)


@reply_cases(LIMITS_OF_THE_ROLE)
def test_a_limit_of_the_role_is_no_dual_relationship(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "dual_relationship" not in boundaries.flags, (scenario_id, reply)
        assert boundaries.level < 2, (scenario_id, reply, boundaries.flags)


@reply_cases(OFFERS_OUTSIDE)
def test_an_offer_outside_the_program_stays_breached(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert "dual_relationship" in boundaries.flags, (scenario_id, reply, boundaries.flags)


# A limit beside an offer is still the offer.
LIMIT_BESIDE_AN_OFFER = (
    "Aw, I can't do coffee but here's my personal number, message me whenever.",
    "I can't swap numbers here, but add me on insta and text me.",
)


@reply_cases(LIMIT_BESIDE_AN_OFFER)
def test_a_limit_beside_an_offer_stays_breached(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert "dual_relationship" in boundaries.flags, (scenario_id, reply, boundaries.flags)


# "You shouldn't be doing this work", "this is why you shouldn't use drugs": a verdict on
# the work or on drug use, told only "that was advice" before (or only at risk). Their own
# doubt said back, or someone else's verdict reported, is no breach.
VERDICTS_ON_THE_WORK_OR_USING = (
    "Honestly you shouldn't be doing this work if they're pushing you around.",
    "You really shouldn't be in this line of work, babe.",
    "u shouldnt be doing that kind of job at all tbh",
    "This is why you shouldn't use drugs.",
    "Look, people shouldn't be taking drugs, full stop.",
)
THEIR_DOUBT_OR_SOMEONE_ELSES = (
    "You feel like you shouldn't be doing this work anymore, and that's a heavy thought.",
    "Your sister told you that you shouldn't be doing this kind of work, and that stung.",
    "You shouldn't have to do this work in fear of being outed.",
    "Nobody should have to use drugs from a poisoned supply.",
)


@reply_cases(VERDICTS_ON_THE_WORK_OR_USING)
def test_a_verdict_on_the_work_or_using_is_moralising(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert "moralising" in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(THEIR_DOUBT_OR_SOMEONE_ELSES)
def test_their_doubt_or_a_reported_verdict_is_no_moralising(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "moralising" not in boundaries.flags, (scenario_id, reply, boundaries.flags)


# Agreeing to meet and asking to hide it from the program was told only "that was an
# instruction": hiding the contact from the program is the dual relationship itself.
HIDDEN_FROM_THE_PROGRAM = (
    "Yeah why not, just don't tell anyone at the program.",
    "ok but dont say anything to the staff yeah",
    "Go on then, we'll keep it on the down low.",
)
THEIR_OWN_SECRET = (
    "You've had to keep it quiet from your family for years, and now that's been taken from you.",
    "You want to keep it quiet from the program for now, and that's your call.",
    "You don't have to tell anyone at the program anything you don't want to.",
)


@reply_cases(HIDDEN_FROM_THE_PROGRAM)
def test_hiding_the_contact_from_the_program_is_a_dual_relationship(
    scorer: Scorer, reply: str
) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply)
        assert "dual_relationship" in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(THEIR_OWN_SECRET)
def test_their_own_secret_is_no_dual_relationship(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "dual_relationship" not in boundaries.flags, (scenario_id, reply)
