"""Playtesting a scenario with its own example replies, the way a facilitator would by hand.

Each moment's examples are scored in that moment (against its key points, feelings and
pitfalls) and checked against what the author said about them: a good example must reach the
skills it illustrates (and hold boundaries), a poor one must miss them. Then every path the
examples can drive is played, and coverage is reported: moments and endings no example reaches,
moments from which the examples never reach an ending, and a poor reply that still ends in an
ending whose outcome is "good". Any of these is a finding, so a facilitator's CI can fail on it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.content.conditions import ConditionError, parse_condition
from simulator.content.problems import Problem
from simulator.content.rubric import Rubric
from simulator.content.scenario import ExampleReply, Node, Scenario
from simulator.content.yaml_source import read_yaml
from simulator.safe_text import printable
from simulator.scoring import ScoreResult

if TYPE_CHECKING:
    from simulator.scoring import Scorer


@dataclass(frozen=True)
class ExampleRun:
    node_id: str
    index: int  # from 1, as the author counts examples in the moment
    example: ExampleReply
    result: ScoreResult
    leads_to: str  # "" when no way on matched (a loose end)
    mismatches: tuple[str, ...]  # skill: why it scored against the label

    @property
    def ok(self) -> bool:
        return not self.mismatches


@dataclass
class Playtest:
    scenario: Scenario
    runs: list[ExampleRun]
    reached: set[str] = field(default_factory=set)
    never_reached: list[str] = field(default_factory=list)  # moments (not endings)
    endings_never_reached: list[str] = field(default_factory=list)
    no_ending_from: list[str] = field(default_factory=list)
    poor_to_good: list[list[ExampleRun]] = field(default_factory=list)  # witness paths
    paths: dict[str, list[ExampleRun]] = field(default_factory=dict)  # ending -> a shortest path

    @property
    def mislabelled(self) -> list[ExampleRun]:
        return [r for r in self.runs if not r.ok]

    @property
    def unreachable(self) -> list[str]:
        """Moments and endings no way on leads to at all, whatever the reply."""
        from simulator.content.branch_map import build_map

        return build_map(self.scenario).unreachable

    @property
    def findings(self) -> int:
        """What fails the playtest: examples against their label, a poor reply reaching a
        good ending, moments the examples can't leave towards an ending, unreachable moments.
        Moments no example happens to reach are coverage gaps (`gaps`), failing only when a
        facilitator asks for full coverage."""
        return (
            len(self.mislabelled)
            + len(self.no_ending_from)
            + len(self.poor_to_good)
            + len(self.unreachable)
        )

    @property
    def gaps(self) -> int:
        return len(self.never_reached) + len(self.endings_never_reached)

    def passed(self, *, full_coverage: bool = False) -> bool:
        return self.findings == 0 and not (full_coverage and self.gaps)


def label_mismatches(
    example: ExampleReply, result: ScoreResult, rubrics: Mapping[str, Rubric]
) -> tuple[str, ...]:
    """Why the example scored against its label, skill by skill ("" when it didn't).

    A good example reaches at least the first level above the bottom of each skill it
    illustrates (for boundaries, whose higher levels are worse: stays at the bottom), and
    breaches no boundary whatever it illustrates; a poor one stays at the bottom (for
    boundaries: rises above it)."""
    found = []
    for skill in example.illustrates:
        got = result.skills.get(skill)
        rubric = rubrics.get(skill)
        if got is None or rubric is None:
            found.append(f"{skill}: the rubrics have no such skill")
            continue
        worse_is_higher = rubric.scale == "higher_is_worse"
        bottom = rubric.by_level[0].name
        if example.quality == "good":
            ok = got.level == 0 if worse_is_higher else got.level >= 1
            want = bottom if worse_is_higher else f"above {bottom}"
        else:
            ok = got.level >= 1 if worse_is_higher else got.level == 0
            want = f"above {bottom}" if worse_is_higher else bottom
        if not ok:
            found.append(
                f"{skill}: a {example.quality} example should score {want}, got {got.level_name}"
            )
    if example.quality == "good":
        # Whatever skill it illustrates, a good example never breaches a boundary: a trainee
        # copies it, and the app shows it as the thing to try next.
        for name, scored in result.skills.items():
            limit = rubrics.get(name)
            if limit is None or name in example.illustrates:
                continue
            if limit.scale == "higher_is_worse" and scored.level == limit.max_level > 0:
                flags = f" ({', '.join(scored.flags)})" if scored.flags else ""
                found.append(
                    f"{name}: a good example never breaches a boundary, whatever it "
                    f"illustrates; got {scored.level_name}{flags}"
                )
    return tuple(found)


def _next(node: Node, result: ScoreResult, rubrics: Mapping[str, Rubric]) -> str:
    for transition in node.transitions:
        try:
            conditions = [parse_condition(k, v, rubrics) for k, v in transition.when.items()]
        except ConditionError:
            continue  # validate reports it; here the transition simply never fires
        if all(c.holds(result.levels, result.flags, result.criteria) for c in conditions):
            return transition.to
    return node.default or ""


def playtest(scenario: Scenario, scorer: Scorer) -> Playtest:
    rubrics = scorer.rubrics.rubrics
    runs: list[ExampleRun] = []
    by_node: dict[str, list[ExampleRun]] = {}
    for nid, node in scenario.nodes.items():
        if node.is_ending:
            continue
        context = " ".join(node.peer)
        for i, example in enumerate(node.examples, 1):
            result = scorer.score(context, example.reply, node)
            run = ExampleRun(
                nid,
                i,
                example,
                result,
                _next(node, result, rubrics),
                label_mismatches(example, result, rubrics),
            )
            runs.append(run)
            by_node.setdefault(nid, []).append(run)
    report = Playtest(scenario, runs)
    nodes = scenario.nodes
    start = scenario.start_id
    if start not in nodes:
        return report
    # Every path the examples can drive: breadth first over (moment, every reply so far was
    # poor). A trainee may stumble and recover, so a path that only *includes* a poor reply
    # may well end well; what must not is a poor reply leading straight to a good ending, or
    # nothing but poor replies getting there.
    State = tuple[str, bool]
    came_from: dict[State, tuple[State, ExampleRun] | None] = {(start, True): None}
    queue: deque[State] = deque([(start, True)])
    while queue:
        state = queue.popleft()
        nid, poor = state
        for run in by_node.get(nid, []):
            if run.leads_to not in nodes:
                continue
            nxt = (run.leads_to, poor and run.example.quality == "poor")
            if nxt not in came_from:
                came_from[nxt] = (state, run)
                queue.append(nxt)

    def path_to(state: State) -> list[ExampleRun]:
        steps: list[ExampleRun] = []
        link = came_from[state]
        while link is not None:
            state, run = link
            steps.append(run)
            link = came_from[state]
        return steps[::-1]

    report.reached = {nid for nid, _ in came_from}
    for nid, node in nodes.items():
        if nid in report.reached:
            continue
        (report.endings_never_reached if node.is_ending else report.never_reached).append(nid)
    for nid, node in nodes.items():
        if node.is_ending:
            reached = [path_to((nid, poor)) for poor in (False, True) if (nid, poor) in came_from]
            if reached:
                report.paths[nid] = min(reached, key=len)
            outcome = node.ending.outcome if node.ending is not None else None
            if outcome != "good":
                continue
            if (nid, True) in came_from and nid != start:
                report.poor_to_good.append(path_to((nid, True)))
                continue
            for run in runs:  # a poor reply whose own branch is this good ending
                here = [(run.node_id, p) for p in (False, True) if (run.node_id, p) in came_from]
                if run.example.quality == "poor" and run.leads_to == nid and here:
                    report.poor_to_good.append([*path_to(here[0]), run])
                    break
    # Moments from which the examples never lead to an ending.
    finishing = {nid for nid in report.reached if nodes[nid].is_ending}
    changed = True
    while changed:
        changed = False
        for nid in report.reached - finishing:
            if any(r.leads_to in finishing for r in by_node.get(nid, [])):
                finishing.add(nid)
                changed = True
    report.no_ending_from = [n for n in nodes if n in report.reached and n not in finishing]
    return report


def _levels(result: ScoreResult) -> str:
    return ", ".join(f"{name} {r.level_name}" for name, r in result.skills.items())


def _step(run: ExampleRun) -> str:
    return f"{run.node_id} —{run.example.quality} example {run.index}→ {run.leads_to}"


def report_lines(report: Playtest, *, location: str = "") -> list[str]:
    """The playtest as a facilitator reads it; `location` prefixes moment names (file:)."""
    scenario = report.scenario
    lines = [f"Playtest: {printable(scenario.title)} ({scenario.id})"]
    current = ""
    for run in report.runs:
        if run.node_id != current:
            current = run.node_id
            lines.append(f"  moment {current}")
        mark = "ok  " if run.ok else "MISMATCH"
        skills = ", ".join(run.example.illustrates) or "no skills named"
        reply = printable(" ".join(run.example.reply.split()))
        if len(reply) > 70:
            reply = reply[:69] + "…"
        lines.append(f"    {mark} {run.example.quality} example {run.index} ({skills}): “{reply}”")
        lines.append(
            f"         scored {_levels(run.result)} → {run.leads_to or 'nowhere (no default)'}"
        )
        for why in run.mismatches:
            lines.append(f"         ✗ {why}")
            skill = run.result.skills.get(why.split(":", 1)[0])
            if skill is not None:
                found = ", ".join(
                    f"{e.criterion} on “{printable(e.text)}”" for e in skill.evidence[:4]
                )
                lines.append(f"           evidence: {found or 'nothing matched'}")
    lines.append("  Paths the examples drive:")
    for ending, path in report.paths.items():
        node = scenario.nodes[ending]
        outcome = node.ending.outcome if node.ending is not None else None
        steps = " ; ".join(_step(r) for r in path) or "(starts at an ending)"
        lines.append(f"    to {ending} ({outcome or 'outcome not set'}): {steps}")
    if not report.paths:
        lines.append("    none reaches an ending")
    unreachable = set(report.unreachable)
    for nid in report.unreachable:
        lines.append(f"  ✗ {nid} can never be reached from the start, whatever the reply")
    for nid in report.never_reached:
        if nid not in unreachable:
            lines.append(f"  ○ coverage: moment {nid} is never reached by any example reply")
    for nid in report.endings_never_reached:
        if nid not in unreachable:
            lines.append(f"  ○ coverage: ending {nid} is never reached by any example reply")
    for nid in report.no_ending_from:
        lines.append(f"  ✗ from moment {nid} the example replies never reach an ending")
    for path in report.poor_to_good:
        lines.append(
            f"  ✗ a poor reply still reaches the good ending {path[-1].leads_to}: "
            + " ; ".join(_step(r) for r in path)
        )
    verdict = "passed" if report.passed() else f"{report.findings} finding(s)"
    lines.append(
        f"  {len(report.runs)} example(s), {len(report.mislabelled)} against their label; "
        f"{len(report.reached)} of {len(scenario.nodes)} moments and endings reached: {verdict}"
    )
    return lines


def playtest_problems(report: Playtest, path: Path) -> list[Problem]:
    """The findings as `file:line:col` rows, for `validate --strict` and the studio."""
    doc, _ = read_yaml(path)

    def at(loc: tuple[str | int, ...], message: str, hint: str = "") -> Problem:
        if doc is None:
            return Problem(path, 1, 1, message, hint)
        return doc.problem(loc, message, hint, prefer_key=True)

    problems = []
    for run in report.mislabelled:
        for why in run.mismatches:
            problems.append(
                at(
                    ("nodes", run.node_id, "examples", run.index - 1),
                    f"{run.example.quality} example {run.index} in '{run.node_id}' scores against "
                    f"its label: {why}",
                    "reword the example so it shows what its label says, or change its "
                    "quality; 'peer-practice playtest' shows the evidence",
                )
            )
    for nid in report.unreachable:
        problems.append(
            at(
                ("nodes", nid),
                f"'{nid}' can never be reached from the start",
                "point a transition or default at it, or remove it",
            )
        )
    for nid in report.no_ending_from:
        problems.append(
            at(
                ("nodes", nid),
                f"from '{nid}' the example replies never reach an ending",
                "add an example that leads on, or a way out of the loop",
            )
        )
    for steps in report.poor_to_good:
        ending = steps[-1].leads_to
        first_poor = next(r for r in steps if r.example.quality == "poor")
        problems.append(
            at(
                ("nodes", first_poor.node_id, "examples", first_poor.index - 1),
                f"a path with this poor example still reaches '{ending}', an ending whose "
                "outcome is 'good'",
                "tighten the transition conditions so a poor reply leads elsewhere",
            )
        )
    return problems
