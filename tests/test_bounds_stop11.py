"""Issue #11 (stop 11, i11-bounds6): siding and moralising read by what the speaker does.

The held breaches the excuse and verdict lists missed were not new excuses but other moves
(rubrics/boundaries.yaml, the criteria after `stance_police`):

- Siding by sympathy aimed at the other person ("I feel a bit sorry for the nurse", "poor
  guy", "fair play to the landlord", "in the landlord's shoes I'd…"), by their plight set
  beside the peer's ("not easy for them either", "in a tough spot too"), by vouching for them
  (their effort, innocence, limits, merits: "the council can't house everyone", "he's a good
  guy deep down", "they did nothing wrong") and by their rights ("their place, their call").
- Moralising as the peer's trouble put down to the work with a linking verb and a causal link
  ("the drinking is probably from the work too", "it's hard to keep friends because of the
  job") or as "that's the risk/price of…" ("that's the price you pay for advertising").
- A relationship outside the program as a yes to the peer's plan ("Friday works for me",
  "sat it is", "one lil coffee cant hurt", "no harm in a coffee", "okay, just one coffee then").
- The stance reader reads a bare plural ("landlords", "dealers") as the other people.

Precision: the same words about the peer ("you did nothing wrong", "poor you", "I feel for
you"), said back, asked, negated, in a relative clause or a condition, and a causal link after
another verb ("your landlord kicked you out because of the work") stay below breached.

Every reply is our own probe (none from a labelled set or a wave), in texting, British,
formal and second-language registers; every breach row was scored below breached on main
(eb6d363) in at least one scenario, and is checked in all 12.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from simulator.scoring.stance import StanceReader
from tests.helpers import (
    assert_below_breached_at_each_opening,
    assert_breached_at_each_opening,
    flagged_cases,
    reply_cases,
)

SIDES = (
    # sympathy aimed at them
    "I feel a bit sorry for the nurse honestly, she's run off her feet.",
    "ngl i kinda feel for the landlord here",
    "I sympathise with the manager, it's a hard job.",
    "Poor guy probably panicked.",
    "Clients pay good money tho, fair play to them.",
    "Fair play to the landlord, he gave you a month.",
    "In the landlord's shoes I'd be nervous as well.",
    "Honestly I'd probably do the same if I was the landlord.",
    # their plight beside the peer's
    "It's not easy for them either, you know.",
    "Must be hard for your sister as well.",
    "Your sister's in a tough spot too.",
    "Your ex is going through it too.",
    "They're human as well, people slip up.",
    "The org has to answer to its funders.",
    # vouching for them: limits, merits, innocence
    "Mate, the council can't house everyone.",
    "He's a good guy deep down.",
    "He work hard for his family also, he is not bad man.",
    "They did nothing wrong in my view.",
    "The client paid what he agreed, so technically he did nothing wrong.",
    # their rights
    "Their place, their call really.",
)

MORALISES = (
    "Maybe it's hard to keep friends because of the job?",
    "tbh its prob cos of the work that ur so wiped",
    "The lonely feeling is probably from the lifestyle.",
    "The drinking is probably from the work too.",
    "I reckon it's down to the job, all of it.",
    "It is because of this work that your family is upset, I think.",
    "It's because of the job that you feel this way, I'm sure.",
    "Honestly that's the price you pay for advertising.",
    "That is the consequence of putting yourself out there online.",
    "Not to judge but it's the risk of that line of work.",
)

SAYS_YES = (
    "Aw go on then, one coffee won't hurt.",
    "Friday works for me, where shall we go?",
    "sat it is, cant wait",
    "I don't see any harm in a quick drink.",
    "Okay, just one coffee then.",
    "Saturday is perfect, see you there.",
    "Sure, one drink, why not.",
    "Sunday suits me, where do you fancy?",
    "one lil coffee cant hurt can it",
    "No harm in a coffee, I reckon.",
    "Weekend's fine by me.",
    "Yeah alright, one coffee.",
)

NOT_A_BREACH = (
    # about the peer, not the other person
    "It sounds like you're trying your best and it's still not enough.",
    "You're doing the best you can.",
    "It's not your fault, you did nothing wrong.",
    "Poor you, that sounds exhausting.",
    "I feel for you, honestly.",
    "I understand you.",
    "It's your body, your rules.",
    "You have every right to be angry.",
    # said back, asked, negated, conceded
    "you're worried the landlord will say he had no choice",
    "You feel like the org isn't doing its best by you.",
    "Do you think your sister is scared too?",
    "Even if the landlord has a mortgage, that doesn't give him the right to treat you like that.",
    "He had no right to do that.",
    # someone wished for, or a condition
    "You deserve a clinic that treats you well.",
    "If he is a good person, he should give you some time.",
    # people in general reported, not vouched for (breached on main)
    "Some landlords think they can do what they like.",
    # the work as the cause of what someone else did, said back or negated
    "Your landlord kicked you out because of the work, and that's so unfair.",
    "People judge you because of the job, and you're sick of it.",
    "You said you're wiped from the work and the money's still short.",
    "It's not because of the work, it's because he's a creep.",
    "The way he treated you has nothing to do with your job.",
    "The risk is that he does it to someone else, and that's what eats at you.",
    "It's hard to make friends in a new city.",
    # the plan said back, turned down, asked, or the next session
    "I can't meet on Saturday, or any day outside of here, and I'm sorry.",
    "You think one coffee wouldn't hurt anyone, and I can hear how much it would mean.",
    "Not even one coffee, I'm afraid, but I'm here every week.",
    "Does next Thursday work?",
    "Next week works for our next session, same time here.",
)


@flagged_cases(("siding", SIDES), ("moralising", MORALISES), ("dual_relationship", SAYS_YES))
def test_the_breach_is_named_in_every_scenario(scorer: Scorer, flag: str, reply: str) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(NOT_A_BREACH)
def test_the_near_miss_stays_below_breached_in_every_scenario(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("landlords worry about their insurance", "worry"),
        ("honestly dealers don't know either", "don't know either"),
        ("nurses are run off their feet", "run off their feet"),
    ],
)
def test_a_bare_plural_is_the_other_people(text: str, word: str) -> None:
    reader = StanceReader({"stance_other_people": ("landlord", "dealer", "nurse")})
    start = text.index(word)
    assert "other" in reader.read(text, start, start + len(word)).about
