"""Validation, stop 20: small families the dev halves A showed (waves 6, 8 and 10), in our own
wordings, at the opening of all 12 shipped scenarios, with the peer's line only and in the moment
(`levels_both_ways`):

- **A feeling of several words said bare as the subject of a verdict** ("fed up makes sense",
  "burnt out is fair", "sick of it is normal"): the clause reader (scoring/verdicts.py) read a
  one-word feeling there ("angry makes sense") but not the lexicon's phrases, so the verdict was
  taken for one on an event. Validation 2, as "being fed up makes sense" already was.
- **"You're right" said in another language** ("hai ragione", "tienes razón", "du hast recht",
  "tem razão"): an affirmation, 1, as "you're right" is (`you_are_right_other_languages`).
- **The stretch exclaimed or shrugged at in texting words** ("What a week.", "what a night
  you've had!", "that sux", "such a bummer"): noticed, 1, as "what a shit week" and "that
  sucks" are. Not "what a week to…" nor a question.
- **Two sides said to be pulling against each other** ("…and they're pulling against each
  other", "it's pulling you in two directions"): a complex reflection that says how it is for
  them, as "torn" and "pulled" already did.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways

#: A feeling of several words, bare, said to make sense or be fair: validation 2.
BARE_STATE_MAKES_SENSE = [
    "Fed up makes total sense.",
    "honestly burnt out is fair after a month like that",
    "Ja, worn out makes sense.",
    "sick of it makes sense tbh",
    "Stressed out makes complete sense with all that going on.",
]

#: "You're right" in another language, or the stretch exclaimed: 1.
NOTICED = [
    "Hai ragione, Sam.",
    "Tienes razón.",
    "Du hast recht, ehrlich.",
    "Tem razão, amiga.",
    "What a week.",
    "what a night you've had!",
    "ugh that sux",
    "Such a bummer.",
]

#: Near misses: no validation.
NOTICES_NOTHING = [
    "What a week to pick for a move, when are you going?",
    "What a week?",
]

#: Near misses of the bare state: no verdict on it, so not validation 2 (the state itself may
#: still be noticed, 1, as before).
NOT_MADE_SENSE_OF = [
    "Worn out shoes make sense to replace first.",
    "Fed up? Then call them tomorrow.",
]


@pytest.mark.parametrize("reply", BARE_STATE_MAKES_SENSE)
def test_a_bare_state_of_several_words_made_sense_of_validates(scorer: Scorer, reply: str) -> None:
    below = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 2
    ]
    assert not below, (reply, below)


@pytest.mark.parametrize("reply", NOTICED)
def test_other_languages_and_texting_words_are_noticed(scorer: Scorer, reply: str) -> None:
    missed = [(s, way) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 1]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", NOTICES_NOTHING)
def test_near_misses_notice_nothing(scorer: Scorer, reply: str) -> None:
    wrong = [(s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", NOT_MADE_SENSE_OF)
def test_a_state_word_qualifying_a_noun_or_asked_is_no_verdict(scorer: Scorer, reply: str) -> None:
    wrong = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got > 1
    ]
    assert not wrong, (reply, wrong)


def test_a_bare_state_said_not_to_make_sense_is_no_validation(scorer: Scorer) -> None:
    context = "Whatever. It's always like this. I don't even know why I bother."
    result = scorer.score(context, "Fed up doesn't make sense here, it's only one nurse.")
    assert result.skills["validation"].level == 0


@pytest.mark.parametrize(
    "reply",
    [
        "Part of you wants to rest and part of you needs the money, and they keep pulling "
        "against each other.",
        "You want a night off and you're scared of the rent, and it's pulling you in two.",
    ],
)
def test_two_sides_pulling_against_each_other_acknowledge(scorer: Scorer, reply: str) -> None:
    context = "Part of me wants to cut back. But then I'm short again and it's worse."
    assert scorer.score(context, reply).skills["validation"].level >= 1


def test_two_wants_said_back_alone_stay_content(scorer: Scorer) -> None:
    """Without the pull named, two wants said back are a content reflection (unchanged)."""
    context = "Part of me wants to cut back. But then I'm short again and it's worse."
    reply = "Part of you wants to cut back and part of you wants the money."
    assert scorer.score(context, reply).skills["validation"].level == 0
