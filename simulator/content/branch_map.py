"""The branch structure of a scenario, as a facilitator reads it: moments in layers from the
start, each way on with its condition, endings with their outcome, loops and moments that can
never be reached.

One `BranchMap` feeds every rendering: the terminal list (`map_lines`, which the app also shows
with the current moment highlighted), Mermaid and Graphviz DOT for documents and slides.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass

from simulator.content.scenario import Node, Scenario, Transition

OUTCOME_MARK = {"good": "good", "mixed": "mixed", "closed": "closed", None: "outcome not set"}


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    condition: str  # "" for the default ("otherwise")
    index: int  # the transition's position (from 1); 0 for the default


@dataclass(frozen=True, slots=True)
class MapLine:
    """One line of the terminal map; `node` is the moment it belongs to ("" for none)."""

    text: str
    node: str = ""


def describe_condition(transition: Transition) -> str:
    """`{validation: ">=1", boundaries: held}` as `validation >=1 and boundaries held`."""
    parts = []
    for skill, raw in transition.when.items():
        value = str(raw).strip()
        if skill == "flags":
            parts.append(f"flag {value} raised")
        elif skill == "criterion":
            parts.append(f"criterion {value} met")
        else:
            parts.append(f"{skill} {value}")
    return " and ".join(parts)


@dataclass(frozen=True)
class BranchMap:
    scenario: Scenario
    edges: tuple[Edge, ...]
    depth: Mapping[str, int]  # reachable moments only: steps from the start
    loops: tuple[tuple[str, ...], ...]
    stuck: frozenset[str]  # reachable moments from which no ending can be reached

    @property
    def unreachable(self) -> list[str]:
        return [nid for nid in self.scenario.nodes if nid not in self.depth]

    def out_edges(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges if e.source == node_id]

    def layers(self) -> list[list[str]]:
        if not self.depth:
            return []
        result: list[list[str]] = [[] for _ in range(max(self.depth.values()) + 1)]
        for nid in self.scenario.nodes:  # file order within a layer
            if nid in self.depth:
                result[self.depth[nid]].append(nid)
        return result


def _edges(scenario: Scenario) -> tuple[Edge, ...]:
    edges: list[Edge] = []
    for nid, node in scenario.nodes.items():
        for i, tr in enumerate(node.transitions, 1):
            edges.append(Edge(nid, tr.to, describe_condition(tr), i))
        if node.default is not None:
            edges.append(Edge(nid, node.default, "", 0))
    return tuple(edges)


def _loops(nodes: list[str], succ: Mapping[str, list[str]]) -> tuple[tuple[str, ...], ...]:
    """Strongly connected groups of moments that lead back to themselves (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[tuple[str, ...]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        work = [(start, iter(succ.get(start, [])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(succ.get(child, []))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    group.append(top)
                    if top == node:
                        break
                if len(group) > 1 or node in succ.get(node, []):
                    found.append(tuple(n for n in nodes if n in group))

    for nid in nodes:
        if nid not in index:
            visit(nid)
    return tuple(sorted(found, key=lambda g: nodes.index(g[0])))


def build_map(scenario: Scenario) -> BranchMap:
    edges = _edges(scenario)
    nodes = list(scenario.nodes)
    succ: dict[str, list[str]] = {nid: [] for nid in nodes}
    pred: dict[str, list[str]] = {nid: [] for nid in nodes}
    for e in edges:
        if e.target in succ:
            succ[e.source].append(e.target)
            pred[e.target].append(e.source)
    depth: dict[str, int] = {}
    start = scenario.start_id
    if start in succ:
        depth[start] = 0
        queue = deque([start])
        while queue:
            here = queue.popleft()
            for nxt in succ[here]:
                if nxt not in depth:
                    depth[nxt] = depth[here] + 1
                    queue.append(nxt)
    finishing = {nid for nid, node in scenario.nodes.items() if node.is_ending}
    queue = deque(finishing)
    while queue:
        for prev in pred[queue.popleft()]:
            if prev not in finishing:
                finishing.add(prev)
                queue.append(prev)
    stuck = frozenset(nid for nid in depth if nid not in finishing)
    return BranchMap(scenario, edges, depth, _loops(nodes, succ), stuck)


def _first_line(node: Node, width: int = 60) -> str:
    text = " ".join(node.peer[0].split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _ending_label(node: Node) -> str:
    assert node.ending is not None
    return f"ending, {OUTCOME_MARK[node.ending.outcome]}: {node.ending.title}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def map_lines(branch_map: BranchMap) -> list[MapLine]:
    """The terminal map: a layered list, one block per moment."""
    scenario = branch_map.scenario
    nodes = scenario.nodes
    endings = sum(1 for n in nodes.values() if n.is_ending)
    lines = [
        MapLine(
            f"{scenario.title} ({scenario.id}): {_count(len(nodes) - endings, 'moment')}, "
            f"{_count(endings, 'ending')}"
        ),
        MapLine(""),
    ]
    loop_of = {nid: i for i, group in enumerate(branch_map.loops, 1) for nid in group}

    def block(nid: str, depth: int | None) -> None:
        node = nodes[nid]
        marks = []
        if nid == scenario.start_id:
            marks.append("start")
        if nid in loop_of:
            marks.append(f"loop {loop_of[nid]}")
        if nid in branch_map.stuck:
            marks.append("NO ENDING REACHABLE")
        if depth is None:
            marks.append("UNREACHABLE")
        mark = f"  ({', '.join(marks)})" if marks else ""
        if node.is_ending:
            lines.append(MapLine(f"  ■ {nid}: {_ending_label(node)}{mark}", nid))
            return
        lines.append(MapLine(f"  ● {nid}{mark}  “{_first_line(node)}”", nid))
        outs = branch_map.out_edges(nid)
        for edge in outs:
            last = edge is outs[-1]
            branch = "└─" if last else "├─"
            condition = f"if {edge.condition}" if edge.condition else "otherwise"
            target_depth = branch_map.depth.get(edge.target)
            back = (
                "  ↺ loops back"
                if nid in loop_of
                and loop_of.get(edge.target) == loop_of[nid]
                and target_depth is not None
                and depth is not None
                and target_depth <= depth
                else ""
            )
            target = nodes.get(edge.target)
            suffix = ""
            if target is not None and target.is_ending and target.ending is not None:
                suffix = f"  (ending, {OUTCOME_MARK[target.ending.outcome]})"
            lines.append(MapLine(f"      {branch} {condition} → {edge.target}{back}{suffix}", nid))

    for depth, layer in enumerate(branch_map.layers()):
        lines.append(MapLine(f"Step {depth + 1}"))
        for nid in layer:
            block(nid, depth)
        lines.append(MapLine(""))
    if branch_map.unreachable:
        lines.append(MapLine("Never reached from the start"))
        for nid in branch_map.unreachable:
            block(nid, None)
        lines.append(MapLine(""))
    for i, group in enumerate(branch_map.loops, 1):
        lines.append(MapLine(f"Loop {i}: {' → '.join(group)} → {group[0]}"))
    while lines and not lines[-1].text:
        lines.pop()
    return lines


def render_text(scenario: Scenario) -> str:
    return "\n".join(line.text for line in map_lines(build_map(scenario))) + "\n"


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def render_mermaid(scenario: Scenario) -> str:
    branch_map = build_map(scenario)
    ids = {nid: f"n{i}" for i, nid in enumerate(scenario.nodes)}
    out = ["flowchart TD"]
    for nid, node in scenario.nodes.items():
        if node.is_ending:
            label = _mermaid_text(f"{nid}<br/>{_ending_label(node)}").replace(
                "#lt;br/#gt;", "<br/>"
            )
            out.append(f'    {ids[nid]}(["{label}"])')
        else:
            label = _mermaid_text(nid)
            out.append(f'    {ids[nid]}["{label}"]')
    for edge in branch_map.edges:
        if edge.target not in ids:
            continue
        label = _mermaid_text(edge.condition or "otherwise")
        arrow = "-->" if edge.condition else "-.->"
        out.append(f'    {ids[edge.source]} {arrow}|"{label}"| {ids[edge.target]}')
    out.append("    classDef good fill:#d9f2e3,stroke:#2e7d4f")
    out.append("    classDef mixed fill:#fdf1d6,stroke:#a87b12")
    out.append("    classDef closed fill:#f6dcdc,stroke:#9c3b3b")
    out.append("    classDef unreachable stroke-dasharray:4 3,color:#888")
    for nid, node in scenario.nodes.items():
        if node.ending is not None and node.ending.outcome:
            out.append(f"    class {ids[nid]} {node.ending.outcome}")
    for nid in branch_map.unreachable:
        out.append(f"    class {ids[nid]} unreachable")
    if scenario.start_id in ids:
        out.append(f"    style {ids[scenario.start_id]} stroke-width:3px")
    return "\n".join(out) + "\n"


def _dot_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def render_dot(scenario: Scenario) -> str:
    branch_map = build_map(scenario)
    out = [
        f'digraph "{_dot_text(scenario.id)}" {{',
        "  rankdir=TB;",
        '  node [shape=box, style=rounded, fontname="Helvetica"];',
    ]
    colours = {"good": "#d9f2e3", "mixed": "#fdf1d6", "closed": "#f6dcdc"}
    for nid, node in scenario.nodes.items():
        attrs = []
        if node.is_ending:
            attrs += [
                f'label="{_dot_text(nid)}\\n{_dot_text(_ending_label(node))}"',
                "peripheries=2",
            ]
            if node.ending is not None and node.ending.outcome:
                attrs += ['style="rounded,filled"', f'fillcolor="{colours[node.ending.outcome]}"']
        else:
            attrs.append(f'label="{_dot_text(nid)}"')
        if nid == scenario.start_id:
            attrs.append("penwidth=3")
        if nid not in branch_map.depth:
            attrs.append('color="#888888"')
            attrs.append('fontcolor="#888888"')
        out.append(f'  "{_dot_text(nid)}" [{", ".join(attrs)}];')
    for edge in branch_map.edges:
        style = "" if edge.condition else ", style=dashed"
        label = _dot_text(edge.condition or "otherwise")
        out.append(
            f'  "{_dot_text(edge.source)}" -> "{_dot_text(edge.target)}" [label="{label}"{style}];'
        )
    out.append("}")
    return "\n".join(out) + "\n"
