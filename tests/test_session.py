"""The session engine: transitions chosen from the reply's levels, and versioned saves."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from simulator.content.loading import load_scenario
from simulator.content.scenario import Scenario
from simulator.practice.session import SAVE_VERSION, Session, SessionError
from simulator.scoring import Scorer

GOOD = "It sounds like he really frightened you, and of course you're still shaking after that."
ADVICE = "You should go to the police today."


def test_a_good_reflection_lets_the_peer_say_more(
    library: dict[str, Scenario], scorer: Scorer
) -> None:
    session = Session(library["bad-date-next-steps"], scorer)
    turn = session.reply(GOOD)
    assert turn.next_node_id == "anger"
    assert session.node_id == "anger"


def test_directing_makes_the_peer_close_up(library: dict[str, Scenario], scorer: Scorer) -> None:
    session = Session(library["bad-date-next-steps"], scorer)
    session.reply(ADVICE)
    assert session.node_id == "closes_up"
    assert session.is_over and session.reached_ending


def test_default_when_no_transition_matches(library: dict[str, Scenario], scorer: Scorer) -> None:
    session = Session(library["bad-date-next-steps"], scorer)
    session.reply("Okay.")
    assert session.node_id == "guarded"


def test_transitions_are_tried_in_order(tmp_path: Path, rubrics, scorer: Scorer) -> None:  # type: ignore[no-untyped-def]
    text = """
id: order
title: Order
summary: First matching transition wins.
difficulty: 1
skills: [validation]
content_notes: []
persona: {name: Pat, pronouns: they/them, background: Someone.}
nodes:
  start:
    peer: Hi.
    transitions:
      - when: {validation: ">=1"}
        to: first
      - when: {validation: 2}
        to: second
      - when: {flags: advice}
        to: advised
    default: neither
  first: {peer: A., ending: {title: A, debrief: A.}}
  second: {peer: B., ending: {title: B, debrief: B.}}
  advised: {peer: C., ending: {title: C, debrief: C.}}
  neither: {peer: D., ending: {title: D, debrief: D.}}
"""
    path = tmp_path / "order.yaml"
    path.write_text(text, encoding="utf-8")
    scenario, problems = load_scenario(path, rubrics)
    assert scenario is not None, problems
    assert Session(scenario, scorer).reply("That makes total sense.").next_node_id == "first"
    assert (
        Session(scenario, scorer).reply("You could try the outreach van.").next_node_id == "advised"
    )
    assert Session(scenario, scorer).reply("Okay.").next_node_id == "neither"


def test_replies_after_the_end_or_empty_are_refused(
    library: dict[str, Scenario], scorer: Scorer
) -> None:
    session = Session(library["bad-date-next-steps"], scorer)
    with pytest.raises(SessionError, match="empty"):
        session.reply("   ")
    session.reply(ADVICE)
    with pytest.raises(SessionError, match="ended"):
        session.reply(GOOD)


def test_leaving_keeps_every_turn(library: dict[str, Scenario], scorer: Scorer) -> None:
    session = Session(library["bad-date-next-steps"], scorer)
    session.reply(GOOD)
    session.leave()
    assert session.is_over and not session.reached_ending
    assert len(session.turns) == 1


def test_rewind_replays_a_moment_and_keeps_the_transcript(
    library: dict[str, Scenario], scorer: Scorer
) -> None:
    session = Session(library["bad-date-next-steps"], scorer)
    session.reply(ADVICE)
    session.rewind("opening")
    session.reply(GOOD)
    assert [t.node_id for t in session.turns] == ["opening", "opening"]
    assert session.node_id == "anger"


def test_the_scenario_cannot_be_changed_by_a_session(library: dict[str, Scenario]) -> None:
    scenario = library["bad-date-next-steps"]
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises ValidationError
        scenario.title = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        scenario.nodes["x"] = scenario.nodes["opening"]  # type: ignore[index]


def test_save_and_restore_round_trip(
    tmp_path: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    scenario = library["bad-date-next-steps"]
    session = Session(scenario, scorer, trainee="River")
    session.reply(GOOD)
    session.reply("You're torn between warning others and staying safe.")
    path = tmp_path / "s.json"
    session.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == SAVE_VERSION and data["format"] == "peer-practice-session"
    restored = Session.load(path, scenario, scorer)
    assert restored.node_id == session.node_id
    assert restored.trainee == "River"
    assert [t.reply for t in restored.turns] == [t.reply for t in session.turns]
    assert restored.turns[0].result.levels == session.turns[0].result.levels
    assert restored.turns[0].result.feedback == session.turns[0].result.feedback
    restored.reply("Would it help to think through the anonymous report together?")
    assert restored.is_over


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=99), "newer Peer Practice"),
        (lambda d: d.update(format="other"), "not a Peer Practice session"),
        (lambda d: d.update(scenario="other"), "belongs to scenario 'other'"),
        (lambda d: d.update(node="gone"), "no longer has"),
        (lambda d: d["turns"][0].pop("reply"), "damaged"),
    ],
)
def test_unusable_saves_are_refused_clearly(
    tmp_path: Path, library: dict[str, Scenario], scorer: Scorer, change, message
) -> None:  # type: ignore[no-untyped-def]
    scenario = library["bad-date-next-steps"]
    session = Session(scenario, scorer)
    session.reply(GOOD)
    data = session.to_json()
    change(data)
    with pytest.raises(SessionError, match=message):
        Session.from_json(data, scenario, scorer)


def test_a_truncated_save_file_is_reported(
    tmp_path: Path, library: dict[str, Scenario], scorer: Scorer
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "peer-practice-sess', encoding="utf-8")
    with pytest.raises(SessionError, match="damaged"):
        Session.load(path, library["bad-date-next-steps"], scorer)
