"""Feedback as a black box, through `peer-practice score` (issue 11, items 3, 4 and 8).

Each output line carries "feedback": {"strength", "next_step", "example"}; a line may name a
scenario and a moment to be scored there. The table-driven tests run one batch over the
first moment of all 12 shipped scenarios and check what a trainee would be told.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from simulator.content.loading import RubricSet
from simulator.content.scenario import Scenario
from tests.helpers import run_cli

QUOTE = re.compile(r'"([^"]+)"')


def score(data_dir: Path, rows: list[dict[str, Any]], *args: str) -> list[dict[str, Any]]:
    stdin = "".join(json.dumps(r) + "\n" for r in rows)
    result = run_cli(data_dir, *args, "score", input=stdin, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_every_line_carries_feedback_and_a_moment_brings_its_example(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    jade = library["bad-date-next-steps"].nodes["opening"]
    good = [e.reply for e in jade.examples if e.quality == "good"]
    out = score(
        private_data_dir,
        [
            {"id": "plain", "context": "I'm so tired.", "response": "You're worn out."},
            {
                "id": "moment",
                "scenario": "bad-date-next-steps",
                "moment": "opening",
                "response": "Okay.",
            },
        ],
    )
    assert [o["id"] for o in out] == ["plain", "moment"]
    for o in out:
        assert set(o["feedback"]) == {"strength", "next_step", "example"}
        assert o["feedback"]["next_step"]
    assert out[0]["feedback"]["example"] is None  # no moment, no example
    # In Jade's opening moment the next step draws on it: its good example, her feelings.
    assert out[1]["feedback"]["example"] in good
    feelings = {f.feeling for f in jade.feelings}
    points = {k.point for k in jade.key_points}
    step = out[1]["feedback"]["next_step"]
    assert any(word in step for word in feelings | points), step


def test_the_moment_scores_its_pitfalls_and_reads_its_line(private_data_dir: Path) -> None:
    reply = "That's the risk of the job, what did you expect"
    out = score(
        private_data_dir,
        [
            {"id": 1, "response": reply, "context": None},
            {"id": 2, "response": reply, "scenario": "bad-date-next-steps", "moment": "opening"},
        ],
    )
    pitfall = [e for e in out[1]["boundaries"]["evidence"] if e["criterion"] == "scenario_pitfall"]
    assert pitfall and out[1]["boundaries"]["level"] == 2
    assert "Blaming the work blames Jade" in out[1]["feedback"]["next_step"]
    assert out[1]["feedback"]["strength"] is None
    assert not [e for e in out[0]["boundaries"]["evidence"] if e["criterion"] == "scenario_pitfall"]


def test_unknown_scenario_or_moment_is_a_clear_line_error_and_the_batch_goes_on(
    private_data_dir: Path,
) -> None:
    out = score(
        private_data_dir,
        [
            {"id": "a", "scenario": "bad-date", "moment": "opening", "response": "Hi."},
            {"id": "b", "scenario": "bad-date-next-steps", "moment": "middle", "response": "Hi."},
            {"id": "c", "moment": "opening", "response": "Hi."},
            {"id": "d", "scenario": 5, "response": "Hi."},
            {"id": "e", "scenario": "bad-date-next-steps", "response": "You're shaken."},
        ],
    )
    assert [o["id"] for o in out] == ["a", "b", "c", "d", "e"]
    assert out[0]["line"] == 1 and "unknown scenario 'bad-date'" in out[0]["error"]
    assert "did you mean 'bad-date-next-steps'" in out[0]["error"]
    assert "no moment 'middle'" in out[1]["error"] and "opening" in out[1]["error"]
    assert "'moment' needs 'scenario'" in out[2]["error"]
    assert "'scenario' must be" in out[3]["error"]
    assert "feedback" in out[4] and "error" not in out[4]  # no moment: the start


# ------------------------------------------------------------ table-driven, 12 scenarios
# Failure families a trainee must never be praised for, in any scenario.
BREACHES = {
    "directive advice": "You need to report him to the police tonight, that's the only way.",
    "rescuing": "I'll sort it all out for you, leave it with me.",
    "outside relationship": "Give me your number and we can meet up for coffee.",
    "deserve better": "You deserve better than this kind of work.",
}


def _whole_words_of(reply: str, quote: str) -> bool:
    quote = quote.rstrip("…")
    at = reply.find(quote)
    if at < 0:
        return False
    before = reply[at - 1] if at > 0 else " "
    after = reply[at + len(quote)] if at + len(quote) < len(reply) else " "
    return not (before.isalnum() or after.isalnum())


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, library: dict[str, Scenario]) -> Any:
    """One CLI batch: every family's reply at the first moment of every shipped scenario."""
    families = {
        **BREACHES,
        "thanks": "Thank you for telling me.",
        "why": "Why did you do that?",
        "question only": "What happened after that?",
        "reflection": "It sounds like you've been carrying a lot, and you're worn out by it.",
    }
    rows = []
    for sid, scenario in library.items():
        node = scenario.nodes[scenario.start_id]
        for family, reply in families.items():
            rows.append({"id": [sid, family], "scenario": sid, "response": reply})
        rows.append({"id": [sid, "parroting"], "scenario": sid, "response": node.peer[0]})
    out = score(tmp_path_factory.mktemp("data"), rows)
    return {tuple(o["id"]): (row["response"], o) for row, o in zip(rows, out, strict=True)}


def test_the_batch_covers_all_twelve_scenarios(batch: Any) -> None:
    assert len({sid for sid, _ in batch}) == 12


@pytest.mark.parametrize("family", sorted(BREACHES))
def test_a_breach_gets_no_strength_and_no_praise_in_any_scenario(batch: Any, family: str) -> None:
    for (sid, fam), (reply, out) in batch.items():
        if fam != family:
            continue
        # At most "at risk" where the peer asked for ideas (tell-me-what-to-do); still no ✓.
        assert out["boundaries"]["level"] >= 1, (sid, reply)
        fb = out["feedback"]
        assert fb["strength"] is None, (sid, fb)
        assert fb["next_step"] and reply not in fb["next_step"]


def test_any_breach_anywhere_goes_without_a_strength(batch: Any) -> None:
    breached = [out for _, out in batch.values() if out["boundaries"]["level"] == 2]
    assert breached
    assert all(out["feedback"]["strength"] is None for out in breached)


def test_a_strength_quotes_whole_meaningful_words_of_the_reply(batch: Any) -> None:
    quoted = 0
    for (sid, fam), (reply, out) in batch.items():
        strength = out["feedback"]["strength"]
        for quote in QUOTE.findall(strength or ""):
            quoted += 1
            assert _whole_words_of(reply, quote), (sid, fam, quote)
            assert len(quote.split()) >= 3, (sid, fam, quote)  # never "you for"
    assert quoted >= 12


def test_parroting_is_named_wherever_no_boundary_comes_first(batch: Any) -> None:
    named = 0
    for (sid, fam), (_, out) in batch.items():
        if fam == "parroting":
            assert out["paraphrasing"]["level"] <= 1, sid  # never a complex reflection
            parroted = any(
                e["criterion"] == "repeats_their_words" for e in out["paraphrasing"]["evidence"]
            )
            if parroted and out["boundaries"]["level"] == 0:  # a boundary's step comes first
                step = out["feedback"]["next_step"].lower()
                assert "you repeated their words; try your own" in step, sid
                named += 1
    assert named >= 10


def test_a_question_alone_and_advice_each_get_their_own_named_step(batch: Any) -> None:
    for (sid, fam), (_, out) in batch.items():
        step = out["feedback"]["next_step"].lower()
        if fam == "question only":
            assert "you only asked a question" in step, (sid, step)
        if fam == "directive advice" and "step back into your role" not in step:
            # This advice points to the police: that more specific problem is named.
            assert "advice" in step or "what to do" in step or "police" in step, (sid, step)


def test_a_reflection_earns_a_strength_and_gets_a_step_from_its_moment(
    batch: Any, library: dict[str, Scenario]
) -> None:
    for (sid, fam), (_, out) in batch.items():
        if fam != "reflection":
            continue
        assert out["paraphrasing"]["level"] >= 1 and out["feedback"]["strength"], sid
        node = library[sid].nodes[library[sid].start_id]
        good = {e.reply for e in node.examples if e.quality == "good"}
        assert out["feedback"]["example"] in good | {None}, sid


# ------------------------------------------------------------------ generic next steps
#: Situations some peers have and others don't. A level's next step is said after any reply,
#: so it names none; a criterion's may name what the reply itself brought up (police).
SITUATIONS = r"rent|income|money|health|9-8-8|landlord|nurse|clinic|booking|outside the program"
FEELINGS_NAMED = r"angry|scared|shaken|frightening"
LEVEL_WORDS = re.compile(rf"\b(?:police|{SITUATIONS}|{FEELINGS_NAMED})\b", re.I)
CRITERION_WORDS = re.compile(rf"\b(?:{SITUATIONS}|{FEELINGS_NAMED})\b", re.I)


def test_generic_next_steps_fit_any_peer(rubrics: RubricSet) -> None:
    """A rubric's own next steps are said in every scenario, so they name no feeling and no
    situation the peer may not have had; the moment's version may ({feeling}, {key_point})."""
    feelings = {w.lower() for w in rubrics.lexicons.get("feeling_words", ())}
    texts = [
        (f"{skill} level {lv.level}", lv.next_step, LEVEL_WORDS)
        for skill, rubric in rubrics.rubrics.items()
        for lv in rubric.levels
    ] + [
        (f"{skill} {c.id}", c.next_step, CRITERION_WORDS)
        for skill, rubric in rubrics.rubrics.items()
        for c in rubric.criteria
    ]
    assert len([t for _, t, _ in texts if t]) >= 15
    for where, text, situations in texts:
        words = set(re.findall(r"[a-z']+", text.lower()))
        assert not words & feelings, (where, words & feelings)
        assert not situations.search(text), (where, text)


@pytest.mark.parametrize(
    "reply",
    ["At least you got through it okay.", "Everything will be fine, I'm sure of it."],
    ids=["minimising", "false reassurance"],
)
def test_a_silver_lining_is_never_quoted_as_a_strength(
    private_data_dir: Path, library: dict[str, Scenario], reply: str
) -> None:
    rows = [{"id": sid, "scenario": sid, "response": reply} for sid in library]
    for out in score(private_data_dir, rows):
        assert out["boundaries"]["level"] >= 1, out["id"]
        assert out["feedback"]["strength"] is None, (out["id"], out["feedback"])
