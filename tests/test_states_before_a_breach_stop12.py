"""Issue #11 (stop 12, the lead): a state said back (before advice, or texted) is a reflection.

The labelling convention labels a reply that breaches a boundary for the reflection it
contains; the part before the breach is read again, and paraphrasing's
`nothing_said_back_apart` asks it to name what they feel (the clause reader's `inner`).
That reader knew only `feeling_words`, while validation reads `feeling_states` too
("knackered", "shaking like a leaf", "on high alert"). So "You're knackered and still
shaking like a leaf. Take tomorrow off." was acknowledged as a feeling by validation and
*not* a reflection by paraphrasing. One vocabulary now serves both. Checked at the opening
of all 12 scenarios; what only leads into advice (a bare fact, "I hear you") still doesn't
count. And texted "ur" before a feeling ("ur so tired") reads as "you're", as "your" typed
for "you're" already did.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

STATE_THEN_ADVICE = (
    "You're knackered and still shaking like a leaf. Take tomorrow off and sleep.",
    "ur so wiped out rn. u need to just log off tonight",
    "You've been on high alert all week. You should block him and rest.",
    "Sounds like you're completely frazzled. My advice, say no to the next booking.",
)
ONLY_LEADS_IN = (
    "I hear you. Take tomorrow off and sleep.",
    "You worked every night this week. You should block him and rest.",
)


@pytest.mark.parametrize("reply", STATE_THEN_ADVICE, ids=lambda v: v[:30])
def test_a_state_said_back_before_advice_is_a_reflection(scorer: Scorer, reply: str) -> None:
    for scenario_id, paraphrasing in at_each_opening(scorer, "paraphrasing", reply):
        assert paraphrasing.level >= 1, (scenario_id, reply)


@pytest.mark.parametrize("reply", ONLY_LEADS_IN, ids=lambda v: v[:30])
def test_what_only_leads_into_advice_is_still_no_reflection(scorer: Scorer, reply: str) -> None:
    for scenario_id, paraphrasing in at_each_opening(scorer, "paraphrasing", reply):
        assert paraphrasing.level == 0, (scenario_id, reply)


# Texted "ur" for "you're" before a feeling or state says back what they feel, as "you're"
# and "your" (typed for "you're") already did; "ur" before a noun stays "your".
UR_FEELING = (
    "ur so tired, this week has been a lot",
    "ur stressed about rent and nobody's helping",
    "ur knackered and still going",
    "ur so wiped out rn.",
)
UR_NOUN = (
    "ur hurt is real.",
    "ur calm voice helps me.",
)


@pytest.mark.parametrize("reply", UR_FEELING, ids=lambda v: v[:30])
def test_texted_ur_before_a_feeling_is_a_reflection(scorer: Scorer, reply: str) -> None:
    for scenario_id, paraphrasing in at_each_opening(scorer, "paraphrasing", reply):
        assert paraphrasing.level >= 1, (scenario_id, reply)


@pytest.mark.parametrize("reply", UR_NOUN, ids=lambda v: v[:30])
def test_ur_before_a_noun_is_not_read_as_their_feeling(scorer: Scorer, reply: str) -> None:
    for scenario_id, paraphrasing in at_each_opening(scorer, "paraphrasing", reply):
        assert paraphrasing.level == 0, (scenario_id, reply)
