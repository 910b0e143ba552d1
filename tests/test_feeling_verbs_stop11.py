"""Issue #11 (stop 11, the lead): "he hurt you" is what a person did, not a feeling named.

Trying the app, "He hurt you and then stiffed you, and you're still shaking from it, that
sounds so scary" got `✓ You named a feeling: "He hurt you and then stiffed you"` — a strength
that names what did not raise the level and quotes no feeling. `{feeling_verbs} you` (in
paraphrasing's `names_feeling` and validation's `names_their_feeling`) now reads "hurt" as a
feeling only when no person is its subject ("it hurt you", "that really hurts you"); the other
feeling verbs ("he scared you") are unchanged. Checked at the opening of all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

DONE_TO_THEM = (
    "He hurt you and then stiffed you, and you're still shaking from it, that sounds so scary.",
    "so she hurt you and then acted like nothing happened",
    "They hurt you, and then they blamed you for it.",
)
FEELING_NAMED = (
    "It really hurt you when she said that.",
    "He scared you, and you're still on edge.",
    "That hurts you more than you let on.",
)


def strengths(scorer: Scorer, reply: str) -> list[tuple[str, str, int, set[str]]]:
    out = []
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        paraphrasing = result.skills["paraphrasing"]
        fired = {e.criterion for e in paraphrasing.evidence}
        out.append((scenario.id, result.feedback.strength or "", paraphrasing.level, fired))
    return out


@pytest.mark.parametrize("reply", DONE_TO_THEM, ids=lambda v: v[:30])
def test_what_a_person_did_is_not_praised_as_a_feeling(scorer: Scorer, reply: str) -> None:
    for scenario_id, strength, level, fired in strengths(scorer, reply):
        assert level >= 1, (scenario_id, reply)  # still a reflection of what happened
        assert not strength.startswith("You named a feeling"), (scenario_id, strength)
        assert "names_feeling" not in fired, (scenario_id, reply)


@pytest.mark.parametrize("reply", FEELING_NAMED, ids=lambda v: v[:30])
def test_a_feeling_verb_still_names_the_feeling(scorer: Scorer, reply: str) -> None:
    for scenario_id, _, level, fired in strengths(scorer, reply):
        assert level >= 1, (scenario_id, reply)
        assert "names_feeling" in fired, (scenario_id, reply)
