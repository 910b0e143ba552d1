"""Pair practice (domain): prompts, scripted vs improvised lines, observer ratings, swapping
roles, agreement, and calibration data reported by `peer-practice calibration`."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.content.scenario import Scenario
from simulator.practice.pair import PairSession, Roles, agreement, session_agreement
from simulator.scoring import Scorer
from simulator.store.database import Store
from tests.helpers import run_cli


def new(library: dict[str, Scenario], scorer: Scorer) -> PairSession:
    return PairSession(library["bad-date-next-steps"], scorer, Roles("Ash", "River", "Kim"))


def test_following_the_script_scores_against_the_node(
    library: dict[str, Scenario], scorer: Scorer
) -> None:
    pair = new(library, scorer)
    assert pair.prompt()[0].startswith("Last night a new guy got rough")
    assert pair.peer_says(" ".join(pair.prompt())) is True
    exchange = pair.counsellor_replies("You want to warn people, and he hurt you.")
    assert exchange.followed_script
    assert any(
        e.criterion == "picks_up_key_point" for e in exchange.auto.skills["paraphrasing"].evidence
    )


def test_improvised_lines_are_scored_generically(
    library: dict[str, Scenario], scorer: Scorer
) -> None:
    pair = new(library, scorer)
    assert pair.peer_says("My cat has been sick all week and I'm exhausted.") is False
    exchange = pair.counsellor_replies("You're worn out from looking after your cat.")
    assert not exchange.followed_script
    assert exchange.auto.skills["paraphrasing"].level >= 1
    assert not any(
        e.criterion == "picks_up_key_point" for e in exchange.auto.skills["paraphrasing"].evidence
    )


def test_rounds_swap_roles_and_keep_the_first_round(
    library: dict[str, Scenario], scorer: Scorer
) -> None:
    pair = new(library, scorer)
    pair.peer_says(" ".join(pair.prompt()))
    pair.counsellor_replies("You should go to the police.")
    assert pair.round_over  # a breach ends the round (Jade closes up)
    pair.peer_says("Hello?")
    with pytest.raises(ValueError, match="swap roles"):
        pair.counsellor_replies("Hi.")
    pair.swap()  # three people: the roles rotate, so each holds every role in three rounds
    assert (pair.roles.peer, pair.roles.counsellor, pair.roles.observer) == ("Kim", "Ash", "River")
    assert pair.round == 2 and pair.node_id == "opening" and len(pair.exchanges) == 1
    assert pair.exchanges[0].counsellor == "River"
    pair.swap()
    pair.swap()
    assert (pair.roles.peer, pair.roles.counsellor, pair.roles.observer) == ("Ash", "River", "Kim")
    two = PairSession(pair.scenario, scorer, Roles("Ash", "River"))
    two.swap()  # two people swap
    assert (two.roles.peer, two.roles.counsellor) == ("River", "Ash")


def test_the_observer_sheet_states_each_skills_direction_and_levels(
    library: dict[str, Scenario], scorer: Scorer
) -> None:
    pair = new(library, scorer)
    assert (
        pair.scale("boundaries") == "Boundaries (higher is worse): 0 held · 1 at risk · 2 breached"
    )
    assert pair.scale("paraphrasing").startswith("Paraphrasing (higher is better): 0 ")


def test_observer_ratings_and_agreement(library: dict[str, Scenario], scorer: Scorer) -> None:
    pair = new(library, scorer)
    pair.peer_says(" ".join(pair.prompt()))
    pair.counsellor_replies("It sounds like he really scared you, and you're still shaking.")
    auto = pair.exchanges[-1].auto.levels
    pair.observe(
        {"paraphrasing": auto["paraphrasing"], "validation": auto["validation"], "boundaries": 1},
        "warm",
    )
    rows = {a.skill: a for a in session_agreement(pair)}
    assert rows["paraphrasing"].exact == 1.0 and rows["boundaries"].exact == 0.0
    with pytest.raises(ValueError, match="from 0 to 2"):
        pair.observe({"validation": 5})


def test_agreement_statistics() -> None:
    [row] = agreement({"validation": [(0, 0), (1, 1), (2, 1), (2, 2)]})
    assert (row.rated, row.exact, row.within_one) == (4, 0.75, 1.0)
    assert row.kappa is not None and 0.6 < row.kappa < 0.7


def test_calibration_command_reports_stored_ratings(private_data_dir: Path) -> None:
    store = Store(private_data_dir)
    store.add_ratings(
        "bad-date-next-steps",
        "reply one",
        {"paraphrasing": 2, "validation": 1},
        {"paraphrasing": 2, "validation": 0, "boundaries": 0},
    )
    store.add_ratings(
        "bad-date-next-steps",
        "reply two",
        {"paraphrasing": 1, "validation": 1},
        {"paraphrasing": 1, "validation": 1, "boundaries": 0},
    )
    out = run_cli(private_data_dir, "calibration", check=True).stdout
    lines = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "100%" in lines["paraphrasing"] and lines["paraphrasing"].split()[1] == "2"
    assert "50%" in lines["validation"]
    assert lines["boundaries"].split()[1] == "0"


def test_calibration_with_no_ratings(private_data_dir: Path) -> None:
    out = run_cli(private_data_dir, "calibration", check=True).stdout
    assert "No observer ratings yet" in out
