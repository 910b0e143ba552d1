"""Validation on fresh data, stop 19 (issue #11): families wave 10's dev half showed.

Each table is one family, in our own wordings (not the wave's rows), scored at the opening of
all 12 shipped scenarios, with the peer's line only and in the moment (`levels_both_ways`):

- **Permission for the feeling, as much as they need** ("be as angry as you need to be", "cry
  as much as you need to"): it says the feeling is allowed, validation 2, like "it's okay to be
  angry" (tests/data/README.md, wave 10). Not "be as careful as you need to be" (no feeling).
- **The feeling said as what something does to them** ("it has you terrified", "that look's
  stuck with you", "that's sitting heavy with you", "that's what's hurting", "so much weight on
  you"): their feeling or strain is named, 1. Not someone staying loyal ("she stuck with you"),
  "you're stuck with him" as a feeling of being held by it, nor the speaker's own doing.
- **Sympathy words of wave 10's registers** ("oy vey", "maiwe", "zvakaoma", "joj", "jaj",
  "szegény", "voi ei", "ki bolbo", "fogo", "coitadinha"): they say "I'm sorry", 1.
- **Presence offered** ("I'm listening", "I'm with you", "I'm here with you while you wait"):
  an offer of attention or silence, validation 0 by the convention (minimal encouragers);
  "I hear you" still acknowledges.
- **It will pass** ("it's just a rough patch", "it'll ease off", "it'll all work out", "you'll
  be grand", "it's just the shock"): false reassurance, validation 0, even beside a hard word in the same sentence.
- **The feeling named in other shapes** (waves 8 to 10): a feeling noun with a word before it
  ("the money worry never switches off", "your biggest fear"), a hard word after a contracted
  "'s been" ("moving over's been lonely"), wonder at how much ("how stretched you've been"), a
  second feeling joined on (", and scared she won't"), a choice that offers to stay with the
  feeling ("…or just be angry for a minute first?"), what it does in everyday verbs ("it's
  clearly bugging you", "it's killing you", "all coming at you at once", "way too much"): 1.
  "That shrug makes sense to me" validates the reaction, 2. Not the feeling as what will not help ("the anger never helps"), a choice
  without a feeling ("or just be done with it?"), a person doing it ("he's killing you with
  that attitude") or a plan that makes sense.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, shipped_scenarios

#: Permission to feel it as much as they need: validation 2.
PERMISSION = [
    "Be as angry as you need to be.",
    "you can be as sad as u want in here, no rush",
    "Honestly, be as furious as you like about it.",
    "Cry as much as you need to.",
    "feel it as long as you need to, there's no clock on this",
]

#: The feeling or strain said as what something does to them: 1.
WHAT_IT_DOES_TO_THEM = [
    "It has you terrified, the thought of it getting out.",
    "all that's got u proper drained innit",
    "That's had you rattled all day, hasn't it.",
    "that look's really stuck with you",
    "That moment has stayed with you.",
    "It's sitting heavy with you, all of it.",
    "that's what's hurting, being seen as just one thing",
    "So that's the bit that stings most.",
    "There's so much weight on you right now.",
]

#: The feeling or strain named in other shapes: 1.
OTHER_SHAPES = [
    "The money worry never switches off, does it.",
    "ur main worry is ur mum and dad finding out",
    "that old shame, coming right back up",
    "Moving over's been lonely, hasn't it.",
    "This week's been exhausting, innit.",
    "it's how stretched you've been for weeks, coming out sideways",
    "just how humiliated you were in that room",
    "You're hoping she'll keep it quiet, and scared she won't.",
    "You were doing everything right, but angry at how it ended.",
    "Do you want to plan something, or just be angry for a minute first?",
    "Do you want to talk it through, or just feel sad for a bit?",
    "you've been snapping at everyone and it's clearly bugging you",
    "that's been gnawing at you",
    "You're glued to the phone and it's killing you.",
    "It's all coming at you at once.",
    "that's way too much for one person",
    # said to be more than a passing patch, or their own doubt said back: not minimising
    "It doesn't sound like just a rough patch.",
    "you're not sure it'll work out, and you're so tired.",
]

#: Their reaction named as a noun and called understandable: 2.
REACTION_MAKES_SENSE = [
    "Honestly that shrug makes sense to me.",
    "the flinch makes total sense",
]

#: Sympathy and dismay words of wave 10's registers: 1.
REGISTER_SYMPATHY = [
    "Oy vey. Every single night?",
    "Maiwe. That's a lot to hold.",
    "Zvakaoma, shamwari.",
    "Joj, and on top of everything else.",
    "Jaj, szegény.",
    "Voi ei, that week.",
    "Ki bolbo, didi.",
    "Fogo, pá, all of it at once.",
    "Ay, coitadinha.",
]

#: Presence offered, and reassurance that it will pass: 0.
NOTICES_NOTHING = [
    "I'm listening.",
    "Okay. I'm listening, whatever you want to say.",
    "I'm with you. Say what you need to.",
    "I'm here with you while you wait.",
    "It's just a rough patch, it'll ease off.",
    "just a phase, it'll blow over soon",
    "It'll all work out, you'll be grand.",
    "Things will pick up next month.",
    "that's only the grief talking, it'll settle.",
    "It's probably just the adrenaline.",
    # near misses of the families above
    "Be as careful as you need to be when you go back.",
    "Take as long as you need with the form.",
    "Tash stuck with you through all of it.",
    "Have you done anything about it yet?",
    "I've got you a number for the clinic.",
    "Which of the options sits best with you?",
    "The anger never helps anyone, though.",
    "Do you want to switch clinics, or just be done with it?",
    "He's killing you with that attitude.",
    "You're doing the rent maths, and down the road there's a food bank.",
    "The plan makes sense to me.",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize("reply", PERMISSION + REACTION_MAKES_SENSE)
def test_permission_or_sense_made_of_the_feeling_validates(scorer: Scorer, reply: str) -> None:
    below = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 2
    ]
    assert not below, (reply, below)


@pytest.mark.parametrize("reply", WHAT_IT_DOES_TO_THEM + OTHER_SHAPES + REGISTER_SYMPATHY)
def test_the_feeling_or_sympathy_is_noticed(scorer: Scorer, reply: str) -> None:
    missed = [(s, way) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 1]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", NOTICES_NOTHING)
def test_presence_reassurance_and_near_misses_notice_nothing(scorer: Scorer, reply: str) -> None:
    wrong = [(s, way, got) for s, way, got in levels_both_ways(scorer, "validation", reply) if got]
    assert not wrong, (reply, wrong)


def test_i_hear_you_still_acknowledges(scorer: Scorer) -> None:
    reply = "I hear you."
    missed = [(s, way) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 1]
    assert not missed, missed


def test_a_hard_word_before_a_rough_patch_is_no_strength(scorer: Scorer) -> None:
    """ "It's just a rough patch" is the reassurance itself: no ✓ line for acknowledging."""
    context = "I'm so burnt out. I'm working every single night and I still can't make rent."
    result = scorer.score(context, "It's just a rough patch, it'll ease off, you'll be grand.")
    assert result.skills["validation"].level == 0
    assert not result.feedback.earned
