"""Judging, correcting or agreeing is not saying back (issue 11, stop 8): our own probe
replies over the first moment of all 12 shipped scenarios.

PAIR's non-reflections that we read as reflections include a family that answers the peer
with a verdict on them instead of their experience: "this is an excuse", "you know very well",
"you're self-sabotaging", "you're likely missing something", "you misunderstood me", and the
counsellor agreeing or welcoming ("you're totally right", "you're always welcome here"). Each
says "you", none says back what they feel, want or went through. The wordings here are ours, in
other registers (texting, British, formal); the replies beside them that do say back their
experience with the same words around them ("you're always the one left…", "you're worried
you're making excuses…") stay reflections.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import off_level, shipped_scenarios

SCENARIOS = shipped_scenarios()

JUDGING = [
    "Honestly that's just an excuse, and you know it.",
    "u know full well what ur doing",
    "You're self-sabotaging, plain and simple.",
    "You've got it all wrong about them, mate.",
    "You're probably doing something wrong with the timing.",
    "Nah, you've misread me there.",
    "Those are convenient excuses and nothing more.",
    "You know perfectly well that it's down to you.",
]
AGREEING_OR_WELCOMING = [
    "You're totally right, and I didn't mean it like that.",
    "youre completely right, my bad",
    "You're always welcome here, you know that.",
    "You are absolutely right, that was a poor choice of words on my part.",
    "You're definitely welcome to come back whenever.",
]
STILL_REFLECTIONS = [
    "You're worried you're making excuses, but it's been a brutal month.",
    "You're always the one left picking up the pieces.",
    "You're completely on your own with this now.",
    "You know how it feels to be brushed off, and this was that again.",
    "Sometimes you feel like nobody's listening.",
    "Lately you've been carrying all of it on your own.",
    "Maybe you're just worn out from all of it.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
@pytest.mark.parametrize(
    "replies", [JUDGING, AGREEING_OR_WELCOMING], ids=["judging", "agreeing or welcoming"]
)
def test_a_verdict_on_them_is_not_a_reflection(
    scorer: Scorer, scenario: Scenario, replies: list[str]
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, replies, high=0)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_their_experience_said_with_the_same_words_is_still_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, STILL_REFLECTIONS, low=1)
