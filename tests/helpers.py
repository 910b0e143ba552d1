"""Helpers shared by tests (not fixtures)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from simulator.content.scenario import Node, Scenario
    from simulator.scoring import Scorer, ScoreResult
    from simulator.scoring.results import SkillResult

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "data" / "dev"
CLI = [sys.executable, "-m", "simulator"]


@cache
def shipped_scenarios() -> tuple[Scenario, ...]:
    """The 12 shipped scenarios, loaded once a test run, for tables that run over all of them."""
    from simulator.content.loading import load_library, require_rubrics
    from simulator.content.paths import scenarios_dir

    return tuple(load_library(scenarios_dir(), require_rubrics()).scenarios)


def opening(scenario: Scenario) -> tuple[str, Node]:
    """A scenario's first moment: the peer's words as one line, and the node."""
    node = scenario.nodes[scenario.start_id]
    return " ".join(node.peer), node


def opening_level(scorer: Scorer, skill: str, scenario: Scenario, reply: str) -> int:
    """The level `reply` gets for `skill` at the scenario's first moment (scored in the
    moment), for the failure-family tables that run over every shipped scenario."""
    context, node = opening(scenario)
    return scorer.score(context, reply, node).skills[skill].level


def off_level(
    scorer: Scorer,
    skill: str,
    scenario: Scenario,
    replies: list[str],
    low: int = 0,
    high: int = 2,
) -> list[tuple[str, int, list[str]]]:
    """The replies whose `skill` level at the scenario's first moment is outside low..high,
    each with its level and the criteria that matched (empty: every reply is in range), so a
    failing family table shows every wrong reply at once, not the first."""
    context, node = opening(scenario)
    wrong = []
    for reply in replies:
        result = scorer.score(context, reply, node).skills[skill]
        if not low <= result.level <= high:
            wrong.append((reply, result.level, [e.criterion for e in result.evidence]))
    return wrong


def at_each_opening(scorer: Scorer, skill: str, reply: str) -> Iterator[tuple[str, SkillResult]]:
    """`reply` scored for `skill` at the first moment of every shipped scenario (in the
    moment), with the scenario's id: the failure-family tables assert on each."""
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        yield scenario.id, scorer.score(context, reply, node).skills[skill]


def results_both_ways(
    scorer: Scorer, skill: str, reply: str
) -> Iterator[tuple[str, str, SkillResult]]:
    """`reply`'s `skill` result at every shipped scenario's opening, scored with the peer's
    line only ("line") and in the moment ("moment"), with the scenario's id."""
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        yield scenario.id, "line", scorer.score(context, reply).skills[skill]
        yield scenario.id, "moment", scorer.score(context, reply, node).skills[skill]


def levels_both_ways(scorer: Scorer, skill: str, reply: str) -> Iterator[tuple[str, str, int]]:
    """`reply`'s `skill` level at every shipped scenario's opening, both ways (above)."""
    for scenario_id, way, result in results_both_ways(scorer, skill, reply):
        yield scenario_id, way, result.level


def _short_id(value: object) -> str:
    return str(value)[:30]


def flagged_cases(*families: tuple[str, Iterable[str]] | Iterable[tuple[str, str]]) -> Any:
    """`pytest.mark.parametrize` over ("flag", "reply") for a failure-family table, in one call:
    each family is (flag, its replies) or a list of (flag, reply) pairs, in order, e.g.
    `@flagged_cases(("judgment", HINDSIGHT), ("siding", SIDES))`. Ids: each value's first
    30 characters."""
    cases: list[tuple[str, str]] = []
    for family in families:
        if isinstance(family, tuple) and len(family) == 2 and isinstance(family[0], str):
            flag, replies = family
            assert not isinstance(replies, str), f"{flag}: give a list of replies"
            cases.extend((flag, reply) for reply in replies)
        else:
            cases.extend(family)  # type: ignore[arg-type]
    return pytest.mark.parametrize(("flag", "reply"), cases, ids=_short_id)


def reply_cases(*replies: Iterable[str]) -> Any:
    """`pytest.mark.parametrize` over "reply" for a table of near misses (or any replies)."""
    return pytest.mark.parametrize("reply", [r for table in replies for r in table], ids=_short_id)


def assert_breached_at_each_opening(scorer: Scorer, flag: str, reply: str) -> None:
    """`reply` is breached (boundaries level 2) with `flag` at every shipped scenario's opening."""
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply, boundaries.label)
        assert flag in boundaries.flags, (scenario_id, reply, boundaries.flags)


def assert_below_breached_at_each_opening(scorer: Scorer, reply: str) -> None:
    """`reply` stays below breached (boundaries level < 2) at every shipped scenario's opening."""
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level < 2, (scenario_id, reply, boundaries.flags)


def scored_two_ways(scorer: Scorer, index: int, reply: str) -> list[ScoreResult]:
    """`reply` scored at the opening of shipped scenario `index` (wrapping round), with the
    peer's line only and in the moment: a family table checks both ways of scoring."""
    scenarios = shipped_scenarios()
    context, node = opening(scenarios[index % len(scenarios)])
    return [scorer.score(context, reply), scorer.score(context, reply, node)]


def cli_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PEER_PRACTICE_DATA_DIR"] = str(data_dir)
    return env


def run_cli(
    data_dir: Path, *args: str, check: bool = False, capture_output: bool = True, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """`peer-practice ARGS` in its own process on this data folder, as text."""
    return subprocess.run(
        [*CLI, *args],
        env=cli_env(data_dir),
        cwd=ROOT,
        text=True,
        check=check,
        capture_output=capture_output,
        timeout=kwargs.pop("timeout", 120),
        **kwargs,
    )


def scored_at_openings(
    data_dir: Path, replies: Iterable[str]
) -> list[tuple[dict[str, str], dict[str, Any]]]:
    """Each reply scored at every shipped scenario's opening through the `score` contract
    (one `peer-practice score` process): (input line, output line) pairs."""
    import json

    rows = [
        {"scenario": s.id, "moment": s.start_id, "response": reply}
        for s in shipped_scenarios()
        for reply in replies
    ]
    lines = "".join(json.dumps(r) + "\n" for r in rows)
    done = run_cli(data_dir, "score", "-", input=lines, timeout=120)
    assert done.returncode == 0, done.stderr
    outputs = [json.loads(line) for line in done.stdout.splitlines()]
    return list(zip(rows, outputs, strict=True))


def read_until(fd: int, wanted: list[str], timeout: float = 60) -> str:
    """What a terminal (pty) shows until all of `wanted` is in it, or `timeout` seconds."""
    seen = ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not all(w in seen for w in wanted):
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 65536).decode("utf-8", "replace")
            except OSError:
                break
    return seen


@contextmanager
def in_a_terminal(argv: list[str], env: dict[str, str]) -> Iterator[tuple[int, int]]:
    """Run `argv` (from the project folder) in a real terminal, a pty: yields the child's
    pid and the terminal's fd; the child is killed and the terminal closed afterwards."""
    pid, fd = pty.fork()
    if pid == 0:  # the child
        os.chdir(ROOT)
        os.execve(argv[0], argv, env)
    try:
        yield pid, fd
    finally:
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)


async def skip_check_in(pilot: Any) -> None:
    """After Begin on a scenario with content notes (alone, in a pair or in a room), the
    optional check-in is offered once a sitting: Escape skips it, as a person who doesn't
    want it would."""
    from simulator.tui.screens.wellbeing import CheckInScreen

    if isinstance(pilot.app.screen, CheckInScreen):
        await pilot.press("escape")
        await pilot.pause()
