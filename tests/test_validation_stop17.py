"""Validation on fresh data, stop 17 (issue #11): families wave 9's dev half showed.

Each table is one family, in our own wordings (not the wave's rows), scored at the opening of
all 12 shipped scenarios, with the peer's line only and in the moment (`levels_both_ways`):

- **A closing verdict on what they did** ("That matters.", "and that counts for something",
  "Respect.", "That is brave.", "that's a thoughtful plan tbh"): an affirmation, 1, only where
  the clause ends there. Not "that matters to you" (a reflection), "that matters to the
  landlord", "all that matters is…", "Respect their decision", "that's a fair point, but…".
- **Sympathy interjections of other registers** (Swahili "pole sana", Romanian "săraca" /
  "vai de mine", Japanese "otsukaresama" / "kawaisou", Chinese "xin ku le", "so poor thing"):
  word-level additions to `sympathy_interjections`, 1. Not a bare "vai" (Portuguese "go"),
  "aiya" (exasperation as often) or "pole" (an English word).
- **A feeling offered in a question** ("is it shame, or something else?", "Is there some
  guilt sitting there?", "What does burnt out feel like for you?", "what's got you so
  scared?"): named, so noticed, 1 (the convention for feelings asked about). Not a question
  that asks whether the fear is "real", nor "is there any point…?".
- **A feeling pictured as a weight** ("carrying all that on your own", "the rent sitting on
  your chest", "now the load just doubled"), "what hurts is…", effort held up ("you held up
  your end"), warmth at what they offered ("I'm really touched…", "that's kind of you to ask")
  and an apology for one's own push with a name or hedge between ("Sorry, Sam, I think I
  pushed you there"): 1. Not someone else's load ("she carried it alone for years").
- **Allowances for a third party** ("he must have been stressed", "to be fair to your
  roommate, dishes piling up is annoying", "to be fair, your family finds it hard too, but
  that's normal"): not the peer's feeling noticed, 0.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, shipped_scenarios

#: A verdict on what they did, standing as its own clause: an affirmation (1).
CLOSING_VERDICTS = [
    "You kept going back every week. That matters.",
    "you've kept showing up for them and honestly that counts for something",
    "Respect.",
    "going back every time when nobody listens... respect to you",
    "That is brave, honestly.",
    "that's a really thoughtful plan tbh",
    "Texting her first, that's smart.",
    "That's a completely fair point.",
]

#: Sympathy said in other registers and languages (word-level additions): 1.
SYMPATHY_INTERJECTIONS = [
    "Pole sana, dada.",
    "pole sana, all of that at once",
    "Vai, săraca, the whole week like that.",
    "vai de mine, so much in one go",
    "Otsukaresama, honestly.",
    "kawaisou... that's a lot",
    "xin ku le, this whole month",
    "Aiya, so poor thing you.",
]

#: A feeling of theirs offered or named inside a question: 1.
FEELING_QUESTIONS = [
    "Is it shame, or something else?",
    "is there some guilt sitting there, maybe?",
    "Is it fear of what comes next, or more like dread?",
    "Is it embarrassing, hearing that from me?",
    "What does burnt out feel like for you right now?",
    "what's got u so scared rn?",
    "What's making you angriest about it?",
]

#: A feeling pictured, what hurts named, effort seen, warmth at what they offered, an
#: apology for one's own push: 1.
PICTURED_AND_AFFIRMED = [
    "carrying all that on your own",
    "You're carrying the whole family on your back, and now the load just doubled.",
    "What's it like, carrying that around with you?",
    "Slow weeks and the rent starts sitting on your chest.",
    "What hurts is the gap between what they say and what they do.",
    "what scares you most is it getting back to them",
    "You held up your end, every time.",
    "You've been holding up so much.",
    "I'm really touched you'd want that.",
    "Oh, that's kind of you to ask.",
    "Sorry, Sam, I think I pushed you there.",
    "sorry i guess i jumped in",
]

#: Near misses of the families above, and allowances for a third party: 0.
NOTICES_NOTHING = [
    # not a closing verdict on what they did
    "That matters to you.",
    "That matters to the landlord more than anything.",
    "All that matters is the money comes in.",
    "The only thing that counts is what the board decides.",
    "Respect their decision and move on.",
    "That's a fair point, but they have a lot on.",
    "That's a smart plan? I don't know.",
    "It counts for nothing if they don't listen.",
    # not sympathy
    "Vai, don't say things like that.",
    "Aiya, just call them lah.",
    "The pole outside has a sign on it.",
    # asked, but not a feeling noticed
    "Is that fear even real though?",
    "Is there any point going back?",
    "Is it the money or the waiting?",
    # someone else's load, the speaker's, an order
    "She carried it alone for years.",
    "I'm carrying a lot this month myself.",
    "Carry the bags down for her.",
    "What hurts her is the lies.",
    "You DO count, okay?",
    # a third party allowed for
    "He must have been stressed.",
    "they must have been tired too",
    "your roommate must be so stressed",
    "To be fair to your roommate, dishes piling up is really annoying to live with.",
    "to be fair, guys like that are everywhere, you can't let every one of them get to you",
    "To be fair, your family probably finds it hard sometimes, but that's normal.",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize(
    "reply", CLOSING_VERDICTS + SYMPATHY_INTERJECTIONS + FEELING_QUESTIONS + PICTURED_AND_AFFIRMED
)
def test_it_is_noticed(scorer: Scorer, reply: str) -> None:
    missed = [(s, way) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 1]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", NOTICES_NOTHING)
def test_near_misses_notice_nothing(scorer: Scorer, reply: str) -> None:
    wrong = [(s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got]
    assert not wrong, (reply, wrong)


def test_an_acknowledgement_before_to_be_fair_still_counts(scorer: Scorer) -> None:
    reply = "That's so much piling up on you, but to be fair your roommate has a point."
    missed = [(s, way) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 1]
    assert not missed, missed


def test_a_closing_verdict_is_an_affirmation_not_validation(scorer: Scorer) -> None:
    # "That matters." affirms what they did: level 1 (acknowledges), not 2 (validates).
    reply = "You kept going back every week. That matters."
    over = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got > 1
    ]
    assert not over, over
