"""Reflections on fresh data, stop 19 (issue #11): families the dev halves showed.

Each table is one family, in our own wordings (not the data's rows), scored at the opening of
all 12 shipped scenarios, with the peer's line only and in the moment (`levels_both_ways`):

- **What they did, then a verdict that it counts** ("You got out. That took guts.", "You kept
  going back for the others. That matters.", "u asked for the money n that counts fr"): the
  verdict makes the bare statement before it an affirmation of what they did (validation 1),
  not a reflection (tests/data/README.md). A statement that names their feeling, want or
  doubt, or says what matters to them, is still a reflection beside it, and "that matters to
  you" is what matters to them.
- **The part of their story that hurts, as the subject** ("Not knowing where you'll go is
  the scary bit", "That look is what stays with you", "Getting cut without a word, that's
  what stings", "Losing her left a hole in every day"): said back. Not a bare pointer
  ("That's the hard part", "It's what hurts"), a prediction ("The hardest part will be
  telling her"), a general truth ("Relapsing is the hardest part of quitting"), "a hole in
  the wall" or a question.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, shipped_scenarios

#: A bare statement of what they did, then a verdict that it counts, matters or took guts.
AFFIRMS_WHAT_THEY_DID = [
    "You walked out before he could start anything. That took guts.",
    "You kept going back for the others all this time. That matters.",
    "You told them no, to their faces. That's no small thing.",
    "u asked for the money back n that counts fr",
    "You reached out tonight, and that says a lot about you.",
    "Noted: you spoke up at the meeting. That counts for something.",
    "You rang the line the same night. Big respect.",
    "You've been turning up every week regardless. That was smart thinking, and it counts.",
]

#: Near misses: what they feel or want beside the verdict, or what matters to them.
STILL_SAID_BACK = [
    "You're scared it'll happen again. That took guts to say.",
    "You want to be asked first, and that matters.",
    "Being asked matters to you.",
    "You're exhausted from carrying it all on your own. That counts for something.",
]


#: The part that is scary, hardest or hurts, named as the subject (or before "that's").
THE_PART_THAT_HURTS = [
    "Not knowing where you'll go next is the scary bit.",
    "The waiting is the worst bit.",
    "That look is what stays with you.",
    "Getting cut without a word, that's what stings.",
    "honestly not hearing back is what's killing u",
    "Being told it's by and for you and then not being asked — that's what's hurting.",
    "Losing her left a hole in every day.",
    "Her being gone has left such a gap in the week.",
]

#: Near misses: a pointer alone, a prediction, a general truth, a literal hole, a question.
NAMES_NOTHING_OF_THEIRS = [
    "That's the hard part.",
    "It's what hurts.",
    "The hardest part will be telling her.",
    "Relapsing is the hardest part of quitting.",
    "He left a hole in the wall.",
    "The scary bit is what happens next?",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize("reply", AFFIRMS_WHAT_THEY_DID)
def test_an_affirmed_act_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got
    ]
    assert not wrong, (reply, wrong)


#: The affirmations validation reads as one (said as its own sentence); "…n that counts fr"
#: and "…, and that says a lot about you" it does not read yet (validation's criteria).
ACKNOWLEDGED = [r for r in AFFIRMS_WHAT_THEY_DID if " n that " not in r and ", and that " not in r]


@pytest.mark.parametrize("reply", ACKNOWLEDGED)
def test_an_affirmed_act_still_acknowledges(scorer: Scorer, reply: str) -> None:
    missed = [(s, way) for s, way, got in levels_both_ways(scorer, "validation", reply) if got < 1]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", STILL_SAID_BACK)
def test_a_feeling_or_what_matters_beside_the_verdict_is_still_said_back(
    scorer: Scorer, reply: str
) -> None:
    missed = [
        (s, way) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got < 1
    ]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", THE_PART_THAT_HURTS)
def test_the_part_that_hurts_is_said_back(scorer: Scorer, reply: str) -> None:
    missed = [
        (s, way) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got < 1
    ]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", NAMES_NOTHING_OF_THEIRS)
def test_a_pointer_prediction_or_truth_says_nothing_back(scorer: Scorer, reply: str) -> None:
    wrong = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got
    ]
    assert not wrong, (reply, wrong)
