"""Issue #11 (stop 13): their line partly said back before a breach is a reflection.

The labelling convention labels a reply that breaches a boundary for the reflection it
contains (tests/data/README.md), and a near-verbatim repeat of the peer's words is a simple
reflection. Waves 5 and 6 showed the family the rubric missed: a partial repeat or a
summary of their line in a sentence of its own ("The bad date list without your name,
yeah, that's the one."), then advice, an order or a platitude. The part before the breach
was read again, but `nothing_said_back_apart` asked it to name a feeling or a want, so a
content reflection there counted for nothing. Now a part before the breach that takes up a
good part of their line (`takes_up_much_of_their_line`) and has a main clause stating it
(`nothing_restated_apart`) is a reflection.

Near misses stay 0: their words taken up inside the speaker's own view, a norm or an
argument (a counter-claim, "it's the protocol", "that's just how it is"), and a bare fact
about them that is not from their line.

Our own wordings (formal, texting, British, second-language English), one pair per shipped
scenario, at its opening, with the peer's line only and in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening, scored_two_ways, shipped_scenarios

SCENARIOS = {scenario.id: index for index, scenario in enumerate(shipped_scenarios())}

# Their line partly said back, in a sentence of its own, then a breach: a reflection.
SAID_BACK_THEN_BREACH = {
    "warm-up-long-week": [
        "The week dragged, two bookings cancelled and the cat sick the whole time. Start charging a deposit, honestly.",
        "bookings cancelled last minute n cat sick all week. u should take a deposit next time",
    ],
    "angry-at-the-organisation": [
        "One week's notice and nobody asked any of you. Go to the board meeting and tell them straight.",
    ],
    "burnout-and-money": [
        "Working every single night and still short on rent. Put your rates up, seriously.",
        "every night working n still cant make rent. u need to raise ur prices",
    ],
    "tell-me-what-to-do": [
        "The regulars who push your limits, or the money they bring. Drop them, honestly.",
        "the regulars who push ur limits vs the money, yeah. drop them tbh",
    ],
    "fear-of-being-outed": [
        "Someone sent your sister screenshots of your profile, and she's seen it. Call your sister tonight before she talks to your parents.",
        "someone sent ur sister screenshots of ur profile. u need to block them n report the account",
    ],
    "eviction-after-ads": [
        "Thirty days to get out after he found your ads, and nowhere to go. Go to a tenants' union tomorrow.",
        "landlord found ur ads, thirty days to leave. u should get a lawyer asap",
    ],
    "stigma-at-the-clinic": [
        "The nurse saw your form and gave you a speech about lifestyle choices before the swab. Report her to the clinic manager.",
    ],
    "bad-date-next-steps": [
        "new guy got rough, grabbed ur wrist, didnt pay. report him to the list asap",
    ],
    "asking-to-meet-outside": [
        "These talks have been the best part of your week, and you'd like a coffee outside of here. You need to make more friends, honestly.",
    ],
    "migrant-worker-status": [
        "client took all ur money, friend says report. just report it, u have rights",
    ],
    "crisis-suicidal-thoughts": [
        "Some nights you think everyone would be better off without you here. You need to stop thinking like that.",
    ],
    "grief-toxic-supply": [
        "Tash died last week, from the supply, and she was the one who taught you to work safe. You must go to grief counselling.",
        "Tash died from the supply last week, poisoned. u should get naloxone today",
    ],
}

# Their words inside the speaker's own view, a norm or an argument, then a breach: no
# reflection.
THEIR_WORDS_IN_ANOTHER_POINT = {
    "warm-up-long-week": "Bookings get cancelled last minute in this work, that's normal. Start charging a deposit.",
    "angry-at-the-organisation": "Cutting the evening hours was the only option they had with no money. Be realistic.",
    "burnout-and-money": "I don't think working every single night is why you can't make rent. Put your rates up.",
    "fear-of-being-outed": "Screenshots of a profile can't really hurt you, your parents probably won't find out. Just ignore it.",
    "eviction-after-ads": "Thirty days is the legal minimum for a landlord, so he's within his rights. Start packing.",
    "stigma-at-the-clinic": "Nurses have to ask about lifestyle before a swab, it's the protocol. Don't take it personally.",
    "bad-date-next-steps": "Some guys get rough when they're nervous, it happens. Next time take the money first.",
    "asking-to-meet-outside": "I mean, talks like these are just part of my job. You need to make friends outside of here.",
    "migrant-worker-status": "Police and immigration are separate here, so a client taking your money is a police matter. Report it.",
    "crisis-suicidal-thoughts": "I don't think everyone would be better off, that's the depression talking. You need to see a doctor.",
    "grief-toxic-supply": "The supply is poisoned everywhere now, that's just how it is. You need to carry naloxone.",
}

# A bare fact about them from nobody's line, before advice: no reflection at any opening.
BARE_FACT_THEN_ADVICE = (
    "You've been doing this work for years. You need to put your rates up.",
    "ur on ur phone all day. u should log off more",
)


@pytest.mark.parametrize(
    ("scenario_id", "reply"),
    [(sid, reply) for sid, replies in SAID_BACK_THEN_BREACH.items() for reply in replies],
    ids=lambda v: str(v)[:30],
)
def test_their_line_said_back_before_a_breach_is_a_reflection(
    scorer: Scorer, scenario_id: str, reply: str
) -> None:
    for result in scored_two_ways(scorer, SCENARIOS[scenario_id], reply):
        assert result.skills["boundaries"].level >= 1, (scenario_id, reply)
        assert result.skills["paraphrasing"].level >= 1, (scenario_id, reply)


@pytest.mark.parametrize(
    ("scenario_id", "reply"), list(THEIR_WORDS_IN_ANOTHER_POINT.items()), ids=lambda v: str(v)[:30]
)
def test_their_words_inside_another_point_before_a_breach_are_no_reflection(
    scorer: Scorer, scenario_id: str, reply: str
) -> None:
    for result in scored_two_ways(scorer, SCENARIOS[scenario_id], reply):
        assert result.skills["paraphrasing"].level == 0, (scenario_id, reply)


@pytest.mark.parametrize("reply", BARE_FACT_THEN_ADVICE, ids=lambda v: v[:30])
def test_a_bare_fact_from_nobodys_line_before_advice_is_no_reflection(
    scorer: Scorer, reply: str
) -> None:
    wrong = [sid for sid, r in at_each_opening(scorer, "paraphrasing", reply) if r.level != 0]
    assert not wrong, (reply, wrong)


def test_every_scenario_has_a_case() -> None:
    assert set(SAID_BACK_THEN_BREACH) == set(SCENARIOS)
