"""Generic acknowledgements, affirmations and offers are not reflections (issue #11 item 1,
paraphrasing precision): our own probe replies over the first moment of all 12 shipped
scenarios, scored with the peer's line only and in the moment.

tests/data/README.md: a validating reply is also a simple reflection when it states the peer's
own feeling or situation ("that sounds terrifying", "of course you're shaky"); a generic
acknowledgement ("I'm so sorry", "that's awful", "that makes sense") is 0, and so are "that
sounds hard/rough", "that's brutal", "that's a lot" (wave 4's conventions); "I hear you" is
validation 1, not a reflection; an affirmation ("you've got good instincts") or an offer is 0.

The clause reader reads these as `acknowledgement` (a bare "that"/"it" or no subject with only
a `clause_generic` word, a frame with nothing after it, only `clause_interjections`), or as
praise, reassurance, a verdict or the speaker's offer, so `nothing_said_back` caps them at 0.
Both directions are tested: the same generic words beside anything of theirs, and a word
for how it feels for them ("terrifying", "so heavy"), stay reflections.

Wordings vary on purpose: texting, British and Australian slang, formal and non-native
English, Spanish and Tagalog interjections, emoji.
"""

from __future__ import annotations

import pytest

from simulator.content.loading import RubricSet
from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from simulator.scoring.clauses import reader_for
from tests.helpers import opening, scored_two_ways, shipped_scenarios

SCENARIOS = shipped_scenarios()

GENERIC = [
    "That's a lot.",
    "That's a lot. 🫂",
    "ugh, that sounds rough",
    "Sounds rough, mate.",
    "It must be hard.",
    "Oh hun, that's so hard.",
    "ay, lo siento mucho. That's so hard.",
    "crikey, that's rough",
    "That is very hard. I am sorry to hear.",
    "that sounds really tough tbh",
    "Ugh. Brutal.",
    "that must be so hard x",
    "naku, that's so sad",
    "Bless you, that must be so hard.",
    "It's a lot, isn't it.",
    "That's so difficult.",
    "That is a very difficult situation, I am sorry.",
    "Aw, that's a tough situation. Do you want to talk it through, or hear some ideas?",
    "I hear you.",
    "I hear ya, babe.",
    "I get you.",
    "I hear you, I really do.",
    "That makes total sense.",
]
# A word for how it feels for them, or a generic word beside something of theirs.
THEIRS = [
    "that sounds terrifying",
    "That's so scary.",
    "that sounds so heavy",
    "ugh that sounds exhausting",
    "That must have been so frightening for you.",
    "That's a lot to carry on your own.",
    "that's so hard when you've been holding it all by yourself",
    "of course you're shaky, that's a lot",
    "no wonder you keep checking",
    "thats a lot for one person to hold, babe",
    "That's a lot, with everything else you're carrying.",
    "That's so difficult for you, with nobody to lean on.",
    "I can tell you're exhausted.",
    "I hear you're worried about what happens next.",
]
AFFIRMS_OR_OFFERS = [
    "You seem to know a lot about this already.",
    "You're coping with this better than most people would.",
    "Honestly you're handling all this with more grace than most people could.",
    "You were lucky to have her.",
    "You DO count.",
    "It's your call, honestly.",
    "You and I can pick this up again next week.",
    "u n me can figure out the next bit together next time",
    "I know a few places that might help, if you want to hear about them.",
    "I can tell you what other people have done, if that's useful.",
]
# How they come across, said back: still a reflection.
NEAR_AFFIRMING = [
    "You seem really worn down by all of this.",
    "You sound exhausted.",
    "you seem to be carrying all of it on your own",
    "You know a lot about being let down.",
    "You sound like you've had enough of being told what to do.",
]


def _reflection_strengths(rubrics: RubricSet) -> list[str]:
    """The opening words of paraphrasing's ✓ lines ("You reflected the feeling in it")."""
    criteria = rubrics.rubrics["paraphrasing"].criteria
    return [c.strength.split("{")[0].rstrip(' :"') for c in criteria if c.strength]


def _off(scorer: Scorer, index: int, replies: list[str], reflection: bool) -> list[str]:
    """The replies scored (either way) on the wrong side of reflection, with their levels."""
    wrong = []
    for reply in replies:
        levels = [res.skills["paraphrasing"].level for res in scored_two_ways(scorer, index, reply)]
        if any((level >= 1) != reflection for level in levels):
            wrong.append(f"{reply!r} -> {levels}")
    return wrong


@pytest.mark.parametrize("index", range(len(SCENARIOS)), ids=[s.id for s in SCENARIOS])
def test_a_generic_acknowledgement_is_not_a_reflection(
    scorer: Scorer, rubrics: RubricSet, index: int
) -> None:
    assert not _off(scorer, index, GENERIC, reflection=False)
    # ... and its ✓ line says it acknowledged, never that it reflected.
    reflected = _reflection_strengths(rubrics)
    for reply in GENERIC:
        for result in scored_two_ways(scorer, index, reply):
            strength = result.feedback.strength
            assert not any(strength.startswith(s) for s in reflected), (reply, strength)


@pytest.mark.parametrize("index", range(len(SCENARIOS)), ids=[s.id for s in SCENARIOS])
def test_the_feeling_of_their_situation_stays_a_reflection(scorer: Scorer, index: int) -> None:
    assert not _off(scorer, index, THEIRS, reflection=True)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_generic_word_beside_what_they_said_stays_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    """The moment's own key points after "that's a lot" / "sounds rough": said back."""
    context, node = opening(scenario)
    replies = [
        reply
        for k in node.key_points
        for reply in (
            f"That's a lot. {k.point[0].upper()}{k.point[1:]}.",
            f"ugh that sounds rough, {k.point}",
        )
    ]
    missed = [r for r in replies if scorer.score(context, r, node).skills["paraphrasing"].level < 1]
    assert not missed, missed


@pytest.mark.parametrize("index", range(len(SCENARIOS)), ids=[s.id for s in SCENARIOS])
def test_an_affirmation_or_an_offer_is_not_a_reflection(scorer: Scorer, index: int) -> None:
    assert not _off(scorer, index, AFFIRMS_OR_OFFERS, reflection=False)


@pytest.mark.parametrize("index", range(len(SCENARIOS)), ids=[s.id for s in SCENARIOS])
def test_how_they_come_across_said_back_stays_a_reflection(scorer: Scorer, index: int) -> None:
    assert not _off(scorer, index, NEAR_AFFIRMING, reflection=True)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("That's a lot.", [("third", "acknowledgement")]),
        ("ugh that sounds rough", [("third", "acknowledgement")]),
        ("Sounds rough mate.", [("none", "acknowledgement")]),
        ("I hear you.", [("peer", "acknowledgement")]),
        ("Struth, that's a lot.", [("none", "acknowledgement"), ("third", "acknowledgement")]),
        ("That's a brutal combination.", [("third", "acknowledgement")]),
        ("that's a rough week", [("third", "other")]),
        # something of theirs, or a feeling: their experience
        ("that's a lot for one week", [("third", "experience")]),
        ("that sounds terrifying", [("third", "experience")]),
        ("I hear you're exhausted.", [("peer", "experience")]),
        (
            "That's so hard when you've been grafting all week.",
            [("third", "experience"), ("peer", "experience")],
        ),
        # the speaker and the peer together
        ("You and I can come back to this.", [("speaker", "offer")]),
        ("I know a few ways people have done it.", [("speaker", "offer")]),
    ],
)
def test_the_clause_reader_tells_an_acknowledgement_from_their_experience(
    rubrics: RubricSet, reply: str, expected: list[tuple[str, str]]
) -> None:
    reader = reader_for(rubrics.lexicons)
    peer = reader.peer_stems("Honestly, this week just dragged. I'm so tired.")
    assert [(c.subject, c.predicate) for c in reader.read(reply, peer)] == expected
