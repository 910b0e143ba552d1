"""Advice families (issue #11, stop 13, i13-advice): forms the advice criteria missed on the open
waves, and offers the advice flag read where the labelling convention says there is none.

tests/data/README.md is the convention each table follows:

- A warning the peer's own fear carries, asked ("aren't you scared … if you keep …?"): advice
  at risk with `question_suggestion` (wave 6). A plain "are you scared…?" asks about the fear.
- The police held up as the better or only route ("the cops are way faster"): `police` with
  `advice`. The police judged badly, or the peer's fear of them said back, is not a suggestion.
- Leaving the work put as something to do, beside the moralising ("maybe it's time you found a
  proper job"): moralising with `advice`; a hint without an action ("a normal job has a salary
  every month", "you're too smart for this work") is moralising without it (waves 3 to 6).
- An option held up as "the real answer": a recommendation, advice.
- An offer of ideas whose permission is asked as a question ("I've got a few ideas, want
  them?"), naming nothing yet: not advice (waves 4 to 6); an offer that names the thing stays
  advice.
- A suggestion asked ("is there a nurse at the drop-in you could talk to?", "maybe don't reply
  tonight?"): advice, `question_suggestion`; an open question about supports ("is there anybody
  you can talk to right now?") is not (wave 6).
- Persuasion by fact: what an option does for people, an action said to matter, places or
  services said to be there for it. What matters to the peer, and people who "get it", are not.
- What someone in their life "can always" do ("your mate can always drive you") is a suggestion;
  what that person is like ("she can always be a bit much") is not.
- A "should" about a service or another party ("services should make it easier"), and the
  peer's own state said back after "but you still", are not advice; the peer's own "you still
  need to…" is.
- The counsellor doing it for them ("I'll ring the clinic for you… then you can go back"), or a
  complaint shrunk ("it's just one booking, you can make it up"), is that breach, not a
  suggestion (waves 4 to 6); a command inside a reassurance and a referral stay advice.

Each reply is written for this test (none from a labelled set or a wave), in several registers,
and checked at the opening of all 12 scenarios, in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

WARNING_ASKED = [
    "arent u scared ur landlord finds out if u keep working from the flat??",
    "Aren't you a bit nervous about what might happen once you tell your sister?",
    "Don't you worry that you'll get hurt if you keep going out alone?",
    "aren't you afraid of what could go wrong if you skip the check-up?",
]
FEAR_ASKED_ABOUT = [
    "Are you worried he'll come after you?",
    "Are you scared of what might happen if you tell her?",
    "aren't you tired?",
    "Aren't you scared when you're on your own at night?",
]

POLICE_AS_THE_BETTER_ROUTE = [
    "the cops r way faster than any list tbh",
    "Police. Tonight.",
    "Or just go straight to the cops, love.",
    "The police are much better placed for this, they can actually do something.",
]
POLICE_NOT_PUT_FORWARD = [
    "the police are the last people you want round, I get it",
    "The police were useless last time, you said.",
    "You're scared the police would ask about your visa.",
]

LEAVING_THE_WORK_PUT = [
    "Loads of girls leave the game eventually and get a regular job, just saying it's an option.",
    "I'm not judging, but maybe this is a sign you need something more stable than this work.",
    "Not being funny, but maybe it's time you found a proper job, something steady.",
]
LEAVING_THE_WORK_NOT_PUT = [
    "A normal job has a salary every month.",
    "You want to get out of the work one day, and you're scared of what comes next.",
]

THE_REAL_ANSWER = [
    "the real answer is probably screening harder, not cutting nights",
    "The only real fix is to drop the worst regulars.",
]
NOT_AN_ANSWER = [
    "the real problem is him, not you",
    "the real answer is nobody knows",
]

OFFER_ASKED_FIRST = [
    "I've got a few ideas other girls use for this, want them?",
    "Would it be okay if we talked about some ways other workers handle the money side?",
    "Would you want to hear about a few things people do here, whenever you're ready?",
    "Would it be okay if I shared a couple of things other workers do when money's tight?",
]
OFFER_THAT_NAMES_IT = [
    "I'll give you the number for the outreach team.",
    "If you want, I can tell you about the buddy app a lot of workers use.",
]

SUGGESTION_ASKED = [
    "Maybe don't reply to him tonight?",
    "is there a nurse who knows you at the drop-in you could talk to?",
    "Have you got a cousin who drives that you could ring?",
    "Do you have a mate you could go with?",
]
# What someone in their life "can always" do, as the idea (PAIR's "information that implies an
# action"); not what that person is like.
SOMEONE_ELSE_CAN_ALWAYS = [
    "your mate can always drive you there and wait outside",
    "He can always take his lunch from home on those days.",
]
WHAT_SOMEONE_IS_LIKE = [
    "She can always be a bit much, your mum.",
    "he can always find a way to get to you, can't he",
]
OPEN_QUESTION_ABOUT_SUPPORTS = [
    "Is there anybody you can talk to right now?",
    "Is there someone you trust?",
    "What have you tried so far?",
]

PERSUADES_BY_FACT = [
    "Peer support groups help loads of people through stuff like this.",
    "that's why getting checked regularly is so important",
    "There are services that can support you with the paperwork.",
]
NOT_PERSUASION = [
    "Keeping the kids safe matters to you more than anything.",
    "Looking after your sister matters a lot to you, I can hear that.",
    "There are people who will judge you, and that's scary.",
    "Your voice matters.",
    "There are people who get it, you're not alone.",
]


# The counsellor's own rescuing, or a complaint shrunk, is that breach, not a suggestion beside it
# (waves 4 to 6); a command inside a reassurance, and a referral handed over, stay advice.
INSIDE_ANOTHER_BREACH = [
    "I'll ring the clinic for you and sort it all out, then you can go back next week without the stress.",
    "honestly it's just one booking, you can make it up next week",
]
ADVICE_BESIDE_A_BREACH = [
    "Don't stress about the money, just raise your rates next month.",
    "I'll get you the number for the legal clinic.",
]

# A "should" whose subject is a service or another party is no instruction to the peer, and the
# peer's own state or wish said back after "but you still" is no "yes, but" (tests/data/README.md,
# third_party_should); a "should" of the peer's own stays advice.
THIRD_PARTY_OR_THEIR_OWN = [
    "Services should make it easier to access, not harder.",
    "You made it home, but you still feel it in your chest.",
    "You're scared of losing the room, but you still want to say something.",
    "You don't understand how a nurse who's meant to care could look at you like that.",
]
THE_PEERS_OWN_SHOULD = [
    "I hear you, but you still need to get tested.",
    "Drinking before bookings makes it harder to spot trouble.",
]


def _wrong(scorer: Scorer, reply: str, advice: bool) -> list[tuple[str, int, list[str]]]:
    return [
        (scenario, result.level, sorted(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if ("advice" in result.flags) is not advice
    ]


@pytest.mark.parametrize(
    "reply",
    WARNING_ASKED
    + POLICE_AS_THE_BETTER_ROUTE
    + LEAVING_THE_WORK_PUT
    + THE_REAL_ANSWER
    + OFFER_THAT_NAMES_IT
    + SUGGESTION_ASKED
    + PERSUADES_BY_FACT
    + ADVICE_BESIDE_A_BREACH
    + THE_PEERS_OWN_SHOULD
    + SOMEONE_ELSE_CAN_ALWAYS,
    ids=lambda r: r[:30],
)
def test_advice_in_these_forms_carries_the_flag(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=True) == []


@pytest.mark.parametrize(
    "reply",
    FEAR_ASKED_ABOUT
    + POLICE_NOT_PUT_FORWARD
    + LEAVING_THE_WORK_NOT_PUT
    + NOT_AN_ANSWER
    + OFFER_ASKED_FIRST
    + OPEN_QUESTION_ABOUT_SUPPORTS
    + NOT_PERSUASION
    + INSIDE_ANOTHER_BREACH
    + THIRD_PARTY_OR_THEIR_OWN
    + WHAT_SOMEONE_IS_LIKE,
    ids=lambda r: r[:30],
)
def test_the_near_misses_carry_no_advice(scorer: Scorer, reply: str) -> None:
    assert _wrong(scorer, reply, advice=False) == []


@pytest.mark.parametrize("reply", WARNING_ASKED + SUGGESTION_ASKED, ids=lambda r: r[:30])
def test_a_suggestion_or_warning_asked_is_in_question_form(scorer: Scorer, reply: str) -> None:
    wrong = [
        (scenario, sorted(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if "question_suggestion" not in result.flags
    ]
    assert wrong == []


@pytest.mark.parametrize("reply", LEAVING_THE_WORK_PUT, ids=lambda r: r[:30])
def test_leaving_the_work_put_is_moralising_as_well(scorer: Scorer, reply: str) -> None:
    wrong = [
        (scenario, result.level, sorted(result.flags))
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if not {"moralising", "advice"} <= set(result.flags) or result.level != 2
    ]
    assert wrong == []


@pytest.mark.parametrize("reply", INSIDE_ANOTHER_BREACH, ids=lambda r: r[:30])
def test_the_breach_itself_is_still_named(scorer: Scorer, reply: str) -> None:
    wrong = [
        (scenario, result.level)
        for scenario, result in at_each_opening(scorer, "boundaries", reply)
        if result.level != 2
    ]
    assert wrong == []
