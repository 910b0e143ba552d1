"""A feeling or a difficulty said as the last fragment of a list (issue #11, stop 12).

Trainees writing fast, in texting or in a second language, often end a run of what happened
with one word for how it is: "the cat, the rent, your sister, all too much", "work double now,
more scared of clients", "no sleep, no say, brutal". That word notices the feeling or the
difficulty as a clause of its own would ("All too much." is names_the_difficulty_alone),
so it is validation 1 (tests/data/README.md: "naming a feeling notices it"; a named difficulty
is an acknowledgement). Two readings missed it: `names_their_feeling`'s list-fragment pattern
took no comparative ("more scared") and no object ("scared of clients"), and no criterion read
a hard word at the end of a list (`names_the_difficulty_last`, new). The open labelled sets
had five such rows labelled 1 and scored 0.

Near misses stay 0: the speaker's own week ("I've had weeks like that, no sleep, brutal",
"me too, …, too much"), a condition ("if it happens again, …, awful"), a list of steps ending
in a verdict on them ("…, done", "…, easy"), and a list that ends in a question.

Our own wordings, scored at the opening of every shipped scenario, with the peer's line only
and in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, shipped_scenarios

SAID_LAST = [
    "All of it at once and nobody to call, exhausting.",
    "the visa, the rent, the cat, all too much",
    "No sleep, no say, no one checking in, brutal.",
    "bookings down, bills up, so draining tbh",
    "Everything at once, and more scared than before.",
    "That week, that news, and more stressed with every day, yeah.",
    "One thing after another, way too much for one person.",
    "all this and nobody listening, proper rough",
    "So much at once, and more worried about the future.",
    "Nothing going right, and more anxious with each day.",
    "Hours gone, no warning, nobody asking, humiliating.",
    "Double work now, less sleep, more afraid of the next one.",
]

NOT_NOTICED = [
    "I've had weeks like that, no sleep, no money, exhausting.",
    "My week was the same, cancellations, no sleep, brutal.",
    "Me too, rent, cat, everything, too much.",
    "If it happens again, the same thing, awful.",
    "Call them, ask your questions, done.",
    "Write it down, send it anonymously, easy.",
    "Monday the meeting, Tuesday the clinic, Wednesday off.",
    "The rent, the cat, the regulars, which one first?",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize("reply", SAID_LAST)
def test_a_feeling_or_difficulty_said_last_in_a_list_is_noticed(scorer: Scorer, reply: str) -> None:
    missed = [
        (s, way) for s, way, level in levels_both_ways(scorer, "validation", reply) if level < 1
    ]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", NOT_NOTICED)
def test_the_speakers_week_a_condition_or_a_list_of_steps_is_not(
    scorer: Scorer, reply: str
) -> None:
    wrong = [
        (s, way, level) for s, way, level in levels_both_ways(scorer, "validation", reply) if level
    ]
    assert not wrong, (reply, wrong)
