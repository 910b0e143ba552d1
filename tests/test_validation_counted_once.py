"""One phrase is one move (issue #11, stop 9): validation's words count once.

"That's not fair" is both a verdict that it isn't okay (`says_it_is_not_easy`) and an
acknowledgement cue (`acknowledges`); "That's awful" is an acknowledgement cue and a feeling
of the situation (`reflects_feeling_of_situation`). The two weights added up to 0.70, so one
phrase outweighed a judgment said in the same sentence and the reply reached "acknowledges"
("You yelled at her? That's not right."), while the same judgment after a phrase only one
criterion reads ("That's not okay, you should have screened him better") stayed at 0, as the
convention says (tests/data/README.md: judging the feeling itself is 0; an acknowledgement
inside the judging sentence is the judging's own). The rubric now sets `words_count_once`:
a criterion found only in words another one already credited adds nothing.

What stays: the phrase alone still acknowledges (1), and an acknowledgement said in a
sentence of its own before the judging still counts (the README's "an acknowledgement before a
breach still counts").

Our own wordings over all 12 scenarios, scored with the peer's line and in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import scored_two_ways

JUDGED_IN_THE_SAME_BREATH = [
    "You yelled at her? That's not right.",
    "That's not fair, but honestly that's the risk of this job.",
    "That's awful, but that's what happens when you advertise that kind of work.",
    "thats not right tho u shouldnt have gone w him",
    "That's not fair but you knew the risks when you put the ads up.",
    "That is not right, maybe this is a sign to find a different job.",
    "That's so unfair, you chose this line of work though.",
    "I can tell you're fed up, is this work really worth it?",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(JUDGED_IN_THE_SAME_BREATH)))
def test_a_phrase_two_criteria_read_does_not_outweigh_the_judging(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 0, reply


STILL_ACKNOWLEDGED = [
    "That's not fair.",
    "thats not right",
    "That's awful.",
    "I can tell you're fed up.",
    # in a sentence of its own before the judging
    "That's not fair. But honestly that's the risk of this job.",
    "That's awful. That's what happens when you advertise that kind of work though.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(STILL_ACKNOWLEDGED)))
def test_the_phrase_alone_or_apart_still_acknowledges(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        validation = result.skills["validation"]
        assert validation.level == 1, reply
        # the words are credited once: one phrase, one acknowledgement's weight
        assert validation.score <= 0.4, reply


def test_the_quote_is_of_the_criterion_that_counted(scorer: Scorer) -> None:
    """The ✓ quotes the phrase once, as what the trainee did."""
    result = scorer.score("They cut my hours with a week's notice.", "That's not fair.")
    assert result.feedback.strength == 'You acknowledged how hard this is: "That\'s not fair".'
