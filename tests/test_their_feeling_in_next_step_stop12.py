"""Issue #11 item 4 (stop 12, the lead): the "say why it makes sense" example validates the
feeling the trainee named, not another one.

i12-probe saw "ur torn…" (acknowledging, validation 1) get the next step 'Go further and say
why it makes sense — "With all you've told me, of course you feel exhausted."': {feeling} is a
feeling of the moment the reply did *not* name, which fits "add the feeling under what they
said" but not "say why the feeling you named makes sense". The step now says
{their_feeling}: a feeling of the moment the reply named, else the same as {feeling}. The
paraphrasing step that asks for a new feeling keeps {feeling}. Checked at the opening of
every scenario whose moment lists two or more feelings.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import opening, shipped_scenarios

MAKES_SENSE = "Go further and say why it makes sense"
DEEPER = "add the feeling under what they said"


def test_the_makes_sense_example_names_the_feeling_they_named(scorer: Scorer) -> None:
    checked = 0
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        if node is None or len(node.feelings) < 2:
            continue
        named = node.feelings[1].feeling
        step = scorer.score(context, f"You're so {named} right now.", node).feedback.next_step
        if step.startswith(MAKES_SENSE):
            assert f"of course you feel {named}" in step, (scenario.id, step)
            checked += 1
        elif DEEPER in step:
            assert f"feeling {named}" not in step, (scenario.id, step)  # a new one to add
    assert checked >= 8, checked


def test_without_a_feeling_named_the_example_offers_one(scorer: Scorer) -> None:
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        if node is None or not node.feelings:
            continue
        reply = "That sounds really hard, I'm sorry."
        step = scorer.score(context, reply, node).feedback.next_step
        if step.startswith(MAKES_SENSE):
            assert "of course you feel " in step and "{" not in step, (scenario.id, step)
