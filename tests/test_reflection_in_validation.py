"""Validation that says back their own feeling is a simple reflection too (issue 11): our own
probe replies over the first moment of all 12 shipped scenarios.

The labelling convention (tests/data/README.md, "Levels"): a validating reply is also a simple
reflection when it states the peer's own feeling or situation; generic acknowledgement ("that
makes sense", "I'm so sorry") is not. Here: their feeling, want or doubt named and said to make
sense ("it makes sense to feel unsure", "that fear makes complete sense") against a verdict that
names nothing of theirs ("that makes sense", "it makes sense to feel that way") and permission,
which reassures ("you're allowed to be angry").

Wordings vary on purpose: texting, no apostrophes, typos, formal, long and short.
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening_level, shipped_scenarios

SCENARIOS = shipped_scenarios()

# Their feeling, want or doubt named, and said to make sense.
NAMES_THEIR_FEELING = [
    "It makes sense to feel unsure right now.",
    "That fear makes complete sense.",
    "ur anger makes total sense",
    "Wanting to keep it to yourself for now makes sense.",
    "It is entirely understandable to feel frightened after this.",
    "It makes sense to have doubts about it.",
    "makes sense to want some space from all of it",
    "Your worry is completely valid.",
    "Feeling this drained makes total sense.",
    # Listed as "normalising, not a reflection" before stop 7 (test_reflection_precision_probes).
    "Your anger makes complete sense.",
    "Feeling scared after that is completely understandable.",
    "your worry makes sense",
    "Your frustration is really understandable.",
    "Feeling overwhelmed right now is totally valid.",
    "feeling hurt by that makes total sense",
    "Your sadness is completely understandable.",
    "It's understandable that you'd be upset.",
]
# A verdict that names nothing of theirs, permission, or what anyone would feel: validation,
# not a reflection.
NAMES_NOTHING = [
    "That makes sense.",
    "It makes sense to feel that way.",
    "Totally understandable.",
    "You're allowed to be angry.",
    "It's okay to be upset about it.",
    "Anyone would react like that.",
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_their_feeling_said_to_make_sense_is_a_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    missed = [
        r for r in NAMES_THEIR_FEELING if opening_level(scorer, "paraphrasing", scenario, r) < 1
    ]
    assert not missed, missed


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_a_verdict_naming_nothing_of_theirs_is_no_reflection(
    scorer: Scorer, scenario: Scenario
) -> None:
    wrong = [r for r in NAMES_NOTHING if opening_level(scorer, "paraphrasing", scenario, r) != 0]
    assert not wrong, wrong
