"""Giving information or arguing is not saying back (issue 11, stop 9): our own probe replies
over the first moment of all 12 shipped scenarios.

The largest family of PAIR's non-reflections we still read as reflections informs or argues:
"That's what's supposed to happen. It's supposed to clean you out", "Your doctor is legally
obligated to…". Its "you" and "your X is…" made it look like a statement about the peer. The
clause reader's `general` reads each clause for a statement about the world: a norm or a fact
("protected by law", "confidential", "supposed to"), people or things in general as its subject
("landlords can't…", "most people…"), or an argument's opener ("actually", "the thing is").
Said about the peer's own life (a time, a change, a feeling, "for you"), the same words are
still a reflection. So is correcting what they know ("You don't understand how X works. Let me
explain."), which judges_their_reaction now reads. Wordings here are ours, in several registers.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import off_level, shipped_scenarios

SCENARIOS = shipped_scenarios()

INFORMING = [
    "Your tenancy is protected by law, it's illegal to evict over ads.",
    "Your test results are confidential, that's the clinic's policy.",
    "Your status is legally protected when you report a theft.",
    "Thing is, your regulars are usually your safest income.",
    "Your body is supposed to rest after a long week, that's biology.",
    "Your nurse is obliged to follow the clinic's guidelines.",
    "There are lots of shifts you can pick up that don't leave you feeling wrecked.",
    # telling them they don't know how something works, then explaining it, corrects them
    "You don't really understand how the clinic's system works, so let me walk you through it.",
    "You don't know how deposits are handled here. I'll explain.",
    "u dont get how the rules work for visas, so here let me break it down",
]
STILL_REFLECTIONS = [
    "Your landlord found the ads and gave you thirty days.",
    "The nurse made you sit through a speech before she'd even do the swab.",
    "You never got a say when they cut the hours.",
    "The thing is, you've been working every night and it's still not enough.",
    "Your sister's seen it, and now you're scared of what happens if your parents find out.",
    "Nobody at the org asked you before they cut the hours.",
    "You can't get your meds anywhere right now.",
    # not knowing how, then a frame ("I can tell…"), is no correction
    "You don't know how you'll make rent, I can tell you're running on empty.",
    "you dont know how to even start, i can tell its all too much",
    # the law or people in general, said of them
    "The law isn't on your side here and you know it.",
    "The legal side of it scares you.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_information_or_an_argument_is_not_a_reflection(scorer: Scorer, scenario: Scenario) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, INFORMING, high=0)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_their_own_experience_in_those_words_is_still_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    assert not off_level(scorer, "paraphrasing", scenario, STILL_REFLECTIONS, low=1)
