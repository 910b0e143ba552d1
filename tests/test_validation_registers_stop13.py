"""Validation said in registers and languages the lexicons lacked (issue #11, stop 13).

Wave 6's and wave 5's dev halves missed acknowledgements that tests/data/README.md labels
validation 1 (or 2), because the rubric had no words for them. Each table below is one family,
in our own wordings (not the waves' rows), scored at the opening of all 12 shipped scenarios,
with the peer's line only and in the moment:

- **Sympathy words of other registers and languages** ("eish", "ag shame", "grabe", "ang
  hirap", "nossa", "qué pena", "lo siento", "désolée", "aigoo", "ndo"; README, wave 6) and an
  English interjection of dismay said as a sentence of its own ("…Oof."): "I'm sorry".
- **A feeling word of another language** ("estás agotada", "ça te stresse", "pagod ka"): named
  as its English is (README, waves 5 and 6). Not asked, not the speaker's own.
- **Heard from inside**: "I know that feeling", "I know what that's like", "I'm holding space
  for you" (README, wave 6: "I hear you"), "the tiredness is real".
- **Said telegraphically**: "Many people same." (shared by others: 2), "Very heavy." / "Too
  much for one person." (the difficulty named), "You matter." / "You're doing better than you
  think" (worth affirmed), "you sound a bit steadier" (a state named).

- **A figure of impact or a misspelt hard word**: "that look must have cut deep", "that must've
  hit hard", "thats so humilliating", a loss named plainly ("so big loss for you", "losing her is
  huge") (not "he hit hard", "did that hit hard?", "big loss of income", the landlord's loss).
- **Validation words about something else** (a family of false acknowledgements): "you're
  not a burden" alone, "you're safe with me" promising secrecy, "I'd be upset too if I was
  your roommate" (someone else's place) notice nothing; with a reason, in their shoes, or
  "safe to say it" they still count.

Near misses stay 0: interjections that are surprise, delight or sarcasm ("ay, qué lindo",
"walao, must be nice"), one that opens advice ("ugh, just block him"), a feeling word asked
about or the speaker's own, "I don't know what that's like", "I know that guy", "I know that
feeling will pass", "is the fear real?", "many people do the same route", "everyone would be
better off…" (the crisis scenario's wish, not a reaction shared), "does it matter?", "very good",
and "your body, your rules" said as the reason for advice.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, shipped_scenarios

SYMPATHY_WORDS = [
    "eish, all of that landing at once",
    "Ag shame, on top of everything else",
    "grabe naman, all of it at the same time",
    "ang hirap nun, honestly",
    "nossa, what a week you've had",
    "qué pena, all of that at once",
    "lo siento, todo eso al mismo tiempo",
    "je suis désolée, tout ça en même temps",
    "aigoo, so much at once",
    "ndo, all this on top of the rest",
    "You told me the whole thing just now. Oof.",
    "Ugh. All of it in one week.",
]

NOT_SYMPATHY = [
    "ay, qué lindo",
    "walao, must be nice lah",
    "ugh, just block him",
    "omo, na so e be",
    "hay naku, just call him already",
    "Shame you didn't say sooner.",
]

OTHER_LANGUAGE_FEELINGS = [
    "estás agotada, con todo esto",
    "tan asustada, y con razón de hablar",
    "ça te stresse, tout ça",
    "tu es épuisée, franchement",
    "você está com medo, né",
    "tão cansada, e ainda assim aqui",
    "pagod na pagod ka na",
    "takot ka, kasi hindi mo alam",
    "so vexed with all of it",
    "du bist erschöpft, ehrlich",
    "bahut pareshan ho, yaar",
    "nakakahiya talaga yung ganun, para sa 'yo",
]

NOT_THEIR_FEELING = [
    "¿estás cansada?",
    "estoy cansada también, pero you should sleep",
    "tu es fatiguée?",
]

HEARD_FROM_INSIDE = [
    "I know that feeling.",
    "i know the feeling, proper",
    "I know exactly how that feels",
    "I know what that's like, believe me",
    "I'm holding space for you",
    "holding space for all of that",
    "the struggle is real",
    "the heaviness is so real",
]

NOT_HEARD = [
    "I don't know what that's like",
    "do you know what that's like?",
    "I know that feeling will pass",
    "I know that guy",
    "is the fear real?",
    "I know what it's like for them",
]

SAID_TELEGRAPHICALLY = [
    "Many people same.",
    "many worker feel same like you",
    "Is normal, this feeling.",
    "Very heavy.",
    "Too much for one person.",
    "Quite scary, all of it.",
    "You matter.",
    "You're doing better than you think, honestly.",
    "You're the kind of person who keeps going.",
    "you're your own person",
    "you sound a bit steadier",
    "you seem calmer now",
]

#: The hurt said in a figure of impact, and hard words as typed by dyslexic or hurried trainees.
FIGURES_AND_SPELLINGS = [
    "that look must have cut deep",
    "that must've hit hard",
    "that one landed hard, huh",
    "ugh that cuts deep",
    "thats so humilliating",
    "frustraiting, all of it",
    "your friend, so big loss for you",
    "losing her is huge, honestly",
]

NOT_A_FIGURE = [
    "he hit hard",
    "did that hit hard?",
    "I hit the gym hard",
    "big loss of income this week",
    "a huge loss for the landlord",
    "is losing her a big loss?",
]

NOT_SAID = [
    "Many people do the same route.",
    "everyone would be better off without you, some nights",
    "Does it matter?",
    "Very good.",
    "Too far.",
    "I'd drop the ones who push, your body your rules",
    "you want something steadier",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize(
    "reply",
    SYMPATHY_WORDS
    + OTHER_LANGUAGE_FEELINGS
    + HEARD_FROM_INSIDE
    + SAID_TELEGRAPHICALLY
    + FIGURES_AND_SPELLINGS,
)
def test_said_in_another_register_it_is_noticed(scorer: Scorer, reply: str) -> None:
    missed = [
        (s, way) for s, way, level in levels_both_ways(scorer, "validation", reply) if level < 1
    ]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", ["Many people same.", "many worker feel same like you"])
def test_shared_by_others_said_plainly_validates(scorer: Scorer, reply: str) -> None:
    below = [
        (s, way) for s, way, level in levels_both_ways(scorer, "validation", reply) if level < 2
    ]
    assert not below, (reply, below)


@pytest.mark.parametrize(
    "reply", NOT_SYMPATHY + NOT_THEIR_FEELING + NOT_HEARD + NOT_SAID + NOT_A_FIGURE
)
def test_near_misses_notice_nothing(scorer: Scorer, reply: str) -> None:
    wrong = [
        (s, way, level) for s, way, level in levels_both_ways(scorer, "validation", reply) if level
    ]
    assert not wrong, (reply, wrong)


# Validation words about something else: "you're not a burden" alone (it tells the peer not to
# feel what they feel: README, wave 4, `minimising`; waves 2, 5 and 6 label it 0), "you're safe
# with me" as the promise of a secrecy breach, and "I'd be upset too" in someone else's place
# ("…if I was your roommate": siding). With a reason, in their shoes, or "safe to say it",
# they still count.
SAID_OF_SOMETHING_ELSE = [
    "You're not a burden.",
    "not a burden, never, okay?",
    "you're safe with me, nobody will ever hear about this",
    "you are safe with us, I promise it stays here",
    "I'd be upset too if I was your landlord",
    "honestly I'd be annoyed as well if I were the nurse",
]

STILL_VALIDATION = [
    ("you're not a burden, lots of people feel that way when they're hurting", 2),
    ("I'd be fuming if I were in your shoes", 2),
    ("I'd be shaking too", 2),
    ("you're safe to say that here", 1),
]


@pytest.mark.parametrize("reply", SAID_OF_SOMETHING_ELSE)
def test_validation_words_about_something_else_notice_nothing(scorer: Scorer, reply: str) -> None:
    wrong = [
        (s, way, level) for s, way, level in levels_both_ways(scorer, "validation", reply) if level
    ]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize(("reply", "level"), STILL_VALIDATION)
def test_with_a_reason_or_in_their_shoes_they_still_count(
    scorer: Scorer, reply: str, level: int
) -> None:
    below = [
        (s, way, got)
        for s, way, got in levels_both_ways(scorer, "validation", reply)
        if got < level
    ]
    assert not below, (reply, below)
