"""The places a term is allowed (poor example replies) are listed only for a file that may
hold a term (issue 15: listing them for every file cost as much as ruling the terms out),
and a term there is still allowed, one elsewhere still warned."""

from __future__ import annotations

from pathlib import Path

from simulator.content.lint import lint_terms
from simulator.content.loading import default_rubric_paths, load_rubric_files, load_scenario
from simulator.content.yaml_source import read_yaml
from tests.helpers import ROOT

SCENARIO = ROOT / "scenarios" / "warm-up-long-week.yaml"


def _listed(doc_path: Path, skip: set[tuple[object, ...]]) -> tuple[list[str], int]:
    doc, _ = read_yaml(doc_path)
    assert doc is not None
    calls = []

    def places() -> set[tuple[object, ...]]:
        calls.append(1)
        return skip  # type: ignore[return-value]

    found = lint_terms(doc, skip_locs_of=places)  # type: ignore[arg-type]
    return [p.message for p in found], len(calls)


def test_a_file_without_terms_never_lists_the_places(tmp_path: Path) -> None:
    assert _listed(SCENARIO, set()) == ([], 0)


def test_a_term_in_a_poor_reply_is_allowed_and_one_elsewhere_warned(tmp_path: Path) -> None:
    text = SCENARIO.read_text(encoding="utf-8")
    rubrics, _ = load_rubric_files(default_rubric_paths())
    scenario, _ = load_scenario(SCENARIO, rubrics)
    assert scenario is not None
    nid, node = next((k, n) for k, n in scenario.nodes.items() if n.examples)
    poor = next(i for i, e in enumerate(node.examples) if e.quality == "poor")
    reply = node.examples[poor].reply
    path = tmp_path / "s.yaml"
    path.write_text(text.replace(reply, "Those johns " + reply, 1), encoding="utf-8")
    skip = {("nodes", nid, "examples", poor, "reply")}
    assert _listed(path, skip) == ([], 1)
    assert _listed(path, set())[0] == ["stigmatising term 'johns'"]
