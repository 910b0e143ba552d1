"""Feedback a trainee meets at moments of risk (issue 11, items 3-4), through `peer-practice score`.

Four faults found by grading a fresh probe wave (/work/notes/s6/i11-feedback-probes.jsonl, not
used here) in every scenario's moments:

- a direct question about safety or suicide ("Are you safe right now?") was marked down as
  "You only asked a question"; at a moment of risk asking directly is good practice, so it
  earns a ✓ and the next step builds on it (say back what they told you as well);
- relief that the risk is small ("ok well as long as its not tonight thats good") earned
  "✓ You affirmed what they are doing well" and no step about it;
- steps filled with a moment's feeling said it as a label of the person: "e.g. "You're
  hopeless."", "You're worthless, and that makes sense." in the suicidal-thoughts scenario;
- the dismissing step ("Take the complaint seriously") was given where the peer made no
  complaint (a disclosure of suicidal thoughts, an embarrassed apology).

The replies below are written for these tests, in several registers (texting, formal, plain);
each table runs in all 12 scenarios.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.content.scenario import Scenario
from tests.helpers import ROOT, run_cli

CRISIS = "crisis-suicidal-thoughts"

#: Direct questions about the peer's safety or about suicide.
SAFETY_QUESTIONS = [
    "Are you safe tonight?",
    "r u safe rn?",
    "are you thinking about suicide?",
    "Are you thinking of killing yourself?",
    "Have you had thoughts of ending your life?",
    "Do you feel safe where you are right now?",
    "Is it safe for you to go home tonight?",
    "are u having thoughts of suicide",
    "I need to ask you directly: are you thinking about taking your own life?",
    "Are you feeling suicidal right now?",
    "Are you thinking about hurting yourself?",
    "did he hurt you?",
    "are you thinking of ending it all?",
    "Do you want to die?",
    "have u had thoughts of dying",
    "Are you thinking about not being here anymore?",
]

#: Questions that ask about something else: still "only a question".
OTHER_QUESTIONS = [
    "What happened after that?",
    "how long has this been going on?",
    "Do you feel like talking about it?",
    "Are you going to call them?",
    "What did she say?",
    "Did you save any money?",
    "Is it safe to say you're fed up?",
    "r u ok?",
]

#: Relief that the risk is smaller than it could be.
RELIEF = [
    "ok well as long as its not tonight thats good",
    "Good, as long as you're not going to do anything tonight.",
    "as long as ur not planning anything thats ok",
    "Thank god it's not that serious then.",
    "glad its not as bad as it sounded",
    "Phew. Good thing it wasn't worse.",
    "That's a relief, as long as it isn't right now.",
    "Well I'm relieved it's nothing too serious.",
    "long as youre not in danger its fine",
    "I'm glad it wasn't tonight, honestly.",
]

#: Warm replies with the same words, which are not relief about the risk.
NOT_RELIEF = [
    "I'm glad you told me.",
    "I can stay for as long as you need tonight.",
    "I'm so glad you reached out, it sounds like it has been a really lonely time.",
    "Thank god you got out of there.",
    "It's good that you're talking about it.",
]

#: Dismissing replies, to a peer who may have made no complaint.
DISMISSING = [
    "Dont be silly its fine!!",
    "You're overthinking it, honestly.",
    "Move on, it's not worth the energy.",
    "It's not a big deal.",
]


def _score(data_dir: Path, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    stdin = "".join(json.dumps(r) + "\n" for r in rows)
    result = run_cli(data_dir, "score", input=stdin, timeout=300)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]
    out = {o["id"]: o for o in map(json.loads, result.stdout.splitlines())}
    assert len(out) == len(rows)
    return out


def _rows(
    library: dict[str, Scenario], replies: list[str], moments: str = "open"
) -> list[dict[str, Any]]:
    """Each reply in each scenario's opening (`moments="open"`) or in every moment of it."""
    rows = []
    for s in library.values():
        ids = (
            [s.start_id]
            if moments == "open"
            else [n for n, v in s.nodes.items() if not v.is_ending]
        )
        for nid in ids:
            for i, reply in enumerate(replies):
                rows.append(
                    {"id": f"{s.id}/{nid}/{i}", "scenario": s.id, "moment": nid, "response": reply}
                )
    assert len({r["scenario"] for r in rows}) == 12
    return rows


def _in_crisis_after_opening(
    library: dict[str, Scenario], replies: list[str]
) -> list[dict[str, Any]]:
    rows = _rows(library, replies, "all")
    return [r for r in rows if r["scenario"] == CRISIS and r["moment"] != "opening"]


def test_a_direct_safety_question_earns_a_tick_and_a_step_that_builds_on_it(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    rows = _rows(library, SAFETY_QUESTIONS) + _in_crisis_after_opening(library, SAFETY_QUESTIONS)
    out = _score(private_data_dir, rows)
    asked = 0
    for row in rows:
        fb = out[row["id"]]["feedback"]
        # A ✓ (validation may credit "did he hurt you?" first, as noticing a feeling).
        assert fb["strength"], (row["id"], row["response"], fb)
        asked += fb["strength"].startswith("You asked directly about their safety")
        quote = re.search(r'"(.+)"', fb["strength"])
        assert quote and quote.group(1).rstrip("…") in row["response"], fb["strength"]
        step = fb["next_step"]
        assert "only asked a question" not in step, (row["id"], row["response"], step)
        assert step.startswith("Asking directly about their safety was right"), (row["id"], step)
    assert asked >= len(rows) * 0.9


def test_in_a_known_moment_the_safety_step_names_what_the_peer_said(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    rows = [r for r in _rows(library, SAFETY_QUESTIONS[:4], "all") if r["scenario"] == CRISIS]
    out = _score(private_data_dir, rows)
    for row in rows:
        node = library[CRISIS].nodes[row["moment"]]
        step = out[row["id"]]["feedback"]["next_step"]
        assert any(f'"{k.point}"' in step for k in node.key_points), (row["id"], step)


def test_other_questions_are_still_only_questions(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    out = _score(private_data_dir, _rows(library, OTHER_QUESTIONS))
    for key, line in out.items():
        assert "only asked a question" in line["feedback"]["next_step"], (key, line["feedback"])
        assert not (line["feedback"]["strength"] or "").startswith("You asked directly"), key


def test_relief_that_the_risk_is_small_earns_no_tick_and_its_own_step(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    rows = _rows(library, RELIEF) + _in_crisis_after_opening(library, RELIEF)
    out = _score(private_data_dir, rows)
    for row in rows:
        line = out[row["id"]]
        assert line["feedback"]["strength"] is None, (row["id"], row["response"], line["feedback"])
        # Relief about the risk is minimising; "it's not that serious" is dismissing as well.
        flags = set(line["boundaries"]["flags"])
        assert flags & {"minimising", "dismissing"}, (row["id"], row["response"])
        step = line["feedback"]["next_step"]
        assert step.startswith(("Skip the relief", "Take what they told you seriously")), (
            row["id"],
            step,
        )


def test_warm_words_near_relief_are_not_relief(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    out = _score(private_data_dir, _rows(library, NOT_RELIEF))
    for key, line in out.items():
        assert "minimising" not in line["boundaries"]["flags"], (key, line["boundaries"])


def test_a_feeling_in_a_step_is_said_as_a_feeling_not_a_label(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    # A question only and a silver lining, in every moment of every scenario: the step's
    # example says "You're feeling hopeless", never "You're hopeless" / "You're worthless".
    replies = ["What do you mean by that?", "Look on the bright side, it could be worse."]
    rows = _rows(library, replies, "all")
    out = _score(private_data_dir, rows)
    feelings = {f.feeling for s in library.values() for n in s.nodes.values() for f in n.feelings}
    label = re.compile(r"\bYou're (" + "|".join(map(re.escape, feelings)) + r")\b")
    seen = 0
    for row in rows:
        step = out[row["id"]]["feedback"]["next_step"]
        assert not label.search(step), (row["id"], step)
        seen += "You're feeling " in step
    assert seen >= 40  # the tables did reach the feeling steps


def test_rubric_steps_put_a_feeling_after_a_feeling_word() -> None:
    # What a facilitator writes next: a {feeling} placeholder is said as a feeling.
    for path in sorted((ROOT / "rubrics").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts = [lv.get("moment_next_step", "") for lv in data.get("levels", [])]
        texts += [c.get("moment_next_step", "") for c in data.get("criteria", [])]
        for text in texts:
            for m in re.finditer(r"\{feeling\}", text or ""):
                before = text[: m.start()].split()[-2:]
                assert any(w.lower().startswith("feel") for w in before), (path.name, text)


@pytest.mark.parametrize("moment", ["opening", "testing", "honest"])
def test_a_dismissal_of_a_disclosure_is_not_called_a_complaint(
    private_data_dir: Path, library: dict[str, Scenario], moment: str
) -> None:
    rows = [
        {"id": f"{i}", "scenario": CRISIS, "moment": moment, "response": r}
        for i, r in enumerate(DISMISSING)
    ]
    rows += [r for r in _rows(library, DISMISSING)]
    out = _score(private_data_dir, rows)
    dismissed = 0
    for key, line in out.items():
        step = line["feedback"]["next_step"]
        assert "complaint" not in step, (key, step)
        dismissed += "dismissing" in line["boundaries"]["flags"]
    assert dismissed >= len(rows) // 2


#: Asking permission before offering an idea: a question, but the right one.
PERMISSION_QUESTIONS = [
    "Would it help if I shared what some people do?",
    "would you like some ideas",
    "Are you open to an idea?",
    "Can I share something that helped others?",
    "Would you be open to talking it through together?",
    "Is it okay if I suggest something?",
    "do u want some ideas",
    "Would it be alright if I mentioned a couple of options?",
    "May I offer a thought?",
    "would you want to hear what other people have tried?",
]


def test_asking_permission_is_not_only_a_question_and_the_step_builds_on_it(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    out = _score(private_data_dir, _rows(library, PERMISSION_QUESTIONS))
    for key, line in out.items():
        step = line["feedback"]["next_step"]
        assert "only asked a question" not in step, (key, step)
        if line["boundaries"]["level"] == 0:  # a boundary's step comes first
            assert step.startswith("Asking before offering was right"), (key, step)


#: "Not just hard" says more than hard: it acknowledges, never "Skip the silver lining".
NOT_JUST_HARD = [
    "This isn't just a bad week.",
    "That's not just hard, it's a lot to carry.",
    "It doesn't sound like just a rough patch.",
    "It's not merely difficult, it's exhausting.",
    "That doesnt sound like only a tough day",
    "What happened isn't just unfair, it's wrong.",
    "it's not simply a hard time",
    "this isnt just a bad day",
    "It's not only painful, it's lonely too.",
    "That wasn't just rough.",
]

#: Saying it is not that hard still denies it.
NOT_THAT_HARD = [
    "It's not that bad.",
    "its not so bad",
    "That doesn't sound too hard.",
    "honestly it isnt that bad",
]


def test_not_just_hard_acknowledges_and_not_that_hard_still_denies(
    private_data_dir: Path, library: dict[str, Scenario]
) -> None:
    out = _score(private_data_dir, _rows(library, NOT_JUST_HARD + NOT_THAT_HARD))
    for key, line in out.items():
        reply = (
            NOT_JUST_HARD[int(key.rsplit("/", 1)[1])]
            if int(key.rsplit("/", 1)[1]) < len(NOT_JUST_HARD)
            else None
        )
        fired = [e["criterion"] for e in line["validation"]["evidence"]]
        step = line["feedback"]["next_step"]
        if reply is not None:
            assert "says_it_is_not_hard" not in fired, (key, reply, fired)
            assert not step.startswith("Skip the silver lining"), (key, reply, step)
        else:
            assert "says_it_is_not_hard" in fired, (key, fired)
