"""Issue #11 item 3 (stop 12, the lead): a direct safety question beside a reflection is the
✓ the trainee gets.

Playing the crisis scenario (i12-try), "That sounds like a really heavy place to be. Are you
thinking about killing yourself?" got ✓ "You acknowledged how hard this is" — the direct
question, the moment's teaching point, was credited nowhere on the card (it raises no level:
it lifts the "only a question" cap). `asks_directly_about_safety` now has `strength_first:
true`, so the ✓ names it before anything else when it matched and nothing breached. Checked
at the opening of all 12 scenarios, and through `score` in the crisis moment.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.scoring import Scorer
from tests.helpers import opening, run_cli, shipped_scenarios

BESIDE_A_REFLECTION = (
    "That sounds like a really heavy place to be. Are you thinking about killing yourself?",
    "It sounds like it's all too much right now. Are you safe tonight?",
    "ur carrying so much rn. r u thinking about ending ur life?",
)


@pytest.mark.parametrize("reply", BESIDE_A_REFLECTION, ids=lambda v: v[:30])
def test_the_safety_question_is_the_strength(scorer: Scorer, reply: str) -> None:
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert result.skills["boundaries"].level == 0, (scenario.id, reply)
        assert result.feedback.strength.startswith("You asked directly about their safety"), (
            scenario.id,
            result.feedback.strength,
        )


def test_a_reflection_alone_still_earns_its_own_strength(scorer: Scorer) -> None:
    reply = "You feel like everyone would be better off without you."
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        strength = scorer.score(context, reply, node).feedback.strength
        assert "safety" not in strength, (scenario.id, strength)


def test_score_names_the_question_in_the_crisis_moment(private_data_dir: Path) -> None:
    crisis = next(s for s in shipped_scenarios() if s.id == "crisis-suicidal-thoughts")
    row = {"id": "q", "scenario": crisis.id, "moment": crisis.start_id,
           "response": BESIDE_A_REFLECTION[0]}  # fmt: skip
    result = run_cli(private_data_dir, "score", input=json.dumps(row) + "\n", timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    feedback = json.loads(result.stdout)["feedback"]
    assert feedback["strength"].startswith("You asked directly about their safety")
