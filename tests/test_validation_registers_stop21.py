"""Validation, stop 21 (i21-valid): families the dev half A of wave 11 (and waves 8 and 9)
showed, in our own wordings, at the opening of all 12 shipped scenarios, with the peer's line
only and in the moment (`levels_both_ways`):

- **A verdict's "to" taking an object, not a verb** ("It doesn't sound fine to me", "that isn't
  okay to me"): the reader took "fine to" for the gapped phrase "fine ... to" ("fine to feel
  that") and dropped the reply, where "It doesn't sound fine" was read as noticing how hard it
  is. Now "to me" leaves the verdict word on its own: noticed, 1. Phrases are also tried in
  order of their literal length (a gapped phrase without its gap).
- **Sympathy said in wave 11's registers** (Russian, Ukrainian, Czech, Haitian Creole,
  Levantine Arabic, Tamil, Samoan, te reo Māori, pinyin, Spanglish): "what a nightmare", "poor
  thing", "it's not easy" in those languages, 1, as `sympathy_interjections` carries them for
  earlier waves' registers.
- **The counsellor sharing the reaction** ("that makes me furious too", "it got me so sad as
  well"): validation 2, as "I'd be raging too" already was. Not a question, nor "makes me
  think".
- **The feeling asked about as what is doing it to them** ("what's scaring you most right now?",
  "…, what's the fear now?"): named, 1. Not the stock open questions ("what's worrying you?",
  "what's bothering you?").
- **Normalising that brushes aside** ("being lonely after a move is normal, everybody gets over
  it", "we all get used to it"): everyone else's getting over it as the reason to; minimising,
  validation 0 (as "…, you'll get over it" already was). Not their own fear said back ("it
  feels like everyone gets over it but you"), nor "…makes sense" alone.
- **Worn out in slang** ("you're cooked", "sound absolutely munted", "just give out",
  "jiggered"): their feeling named, 1.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways

#: Noticed, at least 1.
NOTICED = [
    "Hmm. That doesn't sound fine to me, Jo.",
    "None of that sounds okay to me.",
    "that isn't alright to me at all",
    "Kakoy uzhas, Lena.",
    "Ой, bidolakha, that's so much at once.",
    "Chudinko, to je strašné.",
    "Mezanmi, sa pa fasil.",
    "Ya albi, all of that in one week.",
    "Ayyayo, paavam.",
    "Talofa e, that landlord.",
    "Auē, that's a lot to carry.",
    "Zhen bu rong yi, ni.",
    "Qué gacho, the whole thing.",
    "You sound proper cooked, bro.",
    "Man, you're just give out after all those nights.",
    "Sounds like you're jiggered.",
    "Out of everything on your plate, what's frightening you the most tonight?",
    "what's scaring u about it?",
    "Now that it's said, what's the biggest fear?",
]

#: The counsellor shares the reaction: 2.
SHARED = [
    "Honestly that makes me furious too.",
    "It got me so angry as well, reading that.",
    "What he did makes me really sad too.",
]

#: Near misses: no validation.
NOTICES_NOTHING = [
    "That makes me think too, what would you like to do?",
    "They give out free condoms at the drop-in on Tuesdays.",
    "You give out your number to everyone?",
    "Is the chicken cooked yet?",
    "It's not okay to keep texting him, you know that.",
    "What's bothering you about it?",
    "What's worrying you about calling?",
    "Okay, what's the plan for tomorrow?",
]


#: Normalising used to brush the feeling aside: 0.
BRUSHED_ASIDE = [
    "Nah, feeling homesick in a new city is normal, everybody gets over it.",
    "Honestly it's understandable, we all get used to it.",
    "Being shaky after that is normal, most people just move on.",
]

#: Near misses: the normalising stands (2), or their fear is said back.
NOT_BRUSHED_ASIDE = [
    ("Feeling homesick in a new city makes total sense.", 2),
    ("It's like everyone gets over it but you, and that's lonely.", 1),
]


@pytest.mark.parametrize("reply", BRUSHED_ASIDE)
def test_normalising_that_brushes_aside_is_not_validation(scorer: Scorer, reply: str) -> None:
    wrong = [(s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize(("reply", "least"), NOT_BRUSHED_ASIDE)
def test_normalising_near_misses_keep_their_level(scorer: Scorer, reply: str, least: int) -> None:
    below = [
        (s, way, got)
        for s, way, got in levels_both_ways(scorer, "validation", reply)
        if got < least
    ]
    assert not below, (reply, below)


@pytest.mark.parametrize("reply", NOTICED)
def test_noticed_in_other_registers(scorer: Scorer, reply: str) -> None:
    missed = [(s, way) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 1]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", SHARED)
def test_a_shared_reaction_validates(scorer: Scorer, reply: str) -> None:
    below = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 2
    ]
    assert not below, (reply, below)


def test_a_question_about_their_anger_is_not_a_shared_reaction(scorer: Scorer) -> None:
    """Asking whether it makes them angry too names the feeling as asked (1), not shared (2)."""
    reply = "Does that make you angry too?"
    above = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got > 1
    ]
    assert not above, above


@pytest.mark.parametrize("reply", NOTICES_NOTHING)
def test_near_misses_notice_nothing(scorer: Scorer, reply: str) -> None:
    wrong = [(s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got]
    assert not wrong, (reply, wrong)


def test_gapped_phrase_with_an_object_reads_as_the_word_alone(scorer: Scorer) -> None:
    """ "fine to me" and "fine" score alike; "fine to feel" stays the legitimising phrase."""
    context = "I mean, it's fine. He only shouted a bit."
    short = scorer.score(context, "It doesn't sound fine.").skills["validation"].level
    long = scorer.score(context, "It doesn't sound fine to me.").skills["validation"].level
    assert short == long == 1
    legit = scorer.score(context, "It's fine to feel shaken by that.").skills["validation"]
    assert legit.level == 2
