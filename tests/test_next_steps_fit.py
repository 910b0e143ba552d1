"""Next steps fit this peer and this moment (issue 11, item 4), through `peer-practice score`.

An audit of every moment of the 12 scenarios with the failure families found two ways a
trainee was told the wrong thing:

- a scenario's pitfall cue of one everyday word ("okay", "fine", "well") read a kind reply
  ("You're frustrated that I won't just say it, and that's fine.") as giving in or judging:
  *breached*, with the pitfall's step ("Giving in to pressure makes it your decision"), and
  the scenario moved on as if the trainee had given in;
- the validation steps said "after what happened" to every peer, including those to whom
  nothing had happened (a hope, a question, a request).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from simulator.content.loading import RubricSet
from simulator.content.scenario import Scenario
from tests.helpers import run_cli

#: Kind replies that use everyday words a pitfall cue might be made of.
KIND = [
    "It's okay to feel this way.",
    "You've done well to get through all of this.",
    "That's fine — take all the time you need.",
    "Okay. It sounds like a lot is landing on you at once.",
    "Well, it makes sense that you're upset.",
]


def _score(data_dir: Path, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    stdin = "".join(json.dumps(r) + "\n" for r in rows)
    result = run_cli(data_dir, "score", input=stdin, timeout=300)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    return {o["id"]: o for o in map(json.loads, result.stdout.splitlines())}


def test_everyday_words_in_a_kind_reply_never_trip_a_scenarios_pitfall(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    rows = [
        {"id": f"{s.id}/{nid}/{i}", "scenario": s.id, "moment": nid, "response": reply}
        for s in library.values()
        for nid, node in s.nodes.items()
        if not node.is_ending
        for i, reply in enumerate(KIND)
    ]
    why = {p.why for s in library.values() for n in s.nodes.values() for p in n.pitfalls}
    out = _score(private_data_dir, rows)
    assert len(out) == len(rows) and len({r["scenario"] for r in rows}) == 12
    for row in rows:
        line = out[row["id"]]
        evidence = [e["criterion"] for e in line["boundaries"]["evidence"]]
        assert "scenario_pitfall" not in evidence, (row["id"], line["boundaries"])
        step = line["feedback"]["next_step"]
        assert not any(step.startswith(w) for w in why), (row["id"], step)


def test_giving_in_still_trips_the_pitfall(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    pushes = library["tell-me-what-to-do"].nodes["pushes"]
    rows = [
        {"id": str(i), "scenario": "tell-me-what-to-do", "moment": "pushes", "response": r}
        for i, r in enumerate(["fine drop them", "Okay, keep them then.", "Fine. Drop them."])
    ]
    for line in _score(private_data_dir, rows).values():
        assert "directing" in line["boundaries"]["flags"], line
        assert line["feedback"]["next_step"].startswith(pushes.pitfalls[0].why), line


def test_validation_steps_do_not_presume_something_happened(rubrics: RubricSet) -> None:
    rubric = rubrics.rubrics["validation"]
    for level in rubric.levels:
        for text in (level.next_step, level.moment_next_step):
            assert "what happened" not in text.lower(), (level.name, text)
            assert "after that" not in text.lower(), (level.name, text)
