"""The prefilter gates stance criteria without changing what they find.

A stance criterion (detector `stance`, scoring/stance.py) reads the clause around its predicate;
the engine's prefilter skips it for a reply that holds none of the strings every predicate match
contains. If the gate ever skipped a reply the predicate could match, a breach would silently go
unflagged; if it never skipped anything, every reply would pay for nine predicate scans. These
tests check both, on the stance probes (breaches and near misses) and on generated replies made
of the boundaries rubric's own words.
"""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring.detectors import GATED, StanceDetector, View
from simulator.scoring.engine import Scorer, default_scorer
from tests.helpers import ROOT


def _stance_detectors(scorer: Scorer) -> list[tuple[str, StanceDetector]]:
    return [
        (c.crit.id, c.detector)
        for compiled in scorer._compiled.values()
        for c in compiled
        if isinstance(c.detector, StanceDetector)
    ]


def _gate_keeps_every_find(scorer: Scorer, reply: str, context: str) -> int:
    """Asserts the gate is open wherever the predicate finds something; returns how many
    stance criteria the gate closed for this reply."""
    view = View(reply, context, None)
    scorer._prefiltered(view)
    closed = 0
    for crit_id, detector in _stance_detectors(scorer):
        gate_open = view.able_reply is None or bool(
            view.able_reply & (detector.everything << detector.first_bit)
        )
        if not gate_open:
            closed += 1
            assert detector.find(view) == [], (crit_id, reply)
    return closed


def _words() -> list[str]:
    text = (ROOT / "rubrics" / "boundaries.yaml").read_text(encoding="utf-8")
    return sorted(set(re.findall(r"[a-z']+", text.lower())))


WORDS = _words()
REPLIES = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", ", ", ". ", "? ", "\n"])),
    max_size=30,
).map(" ".join)


def test_stance_criteria_are_gated_by_the_prefilter() -> None:
    detectors = _stance_detectors(default_scorer())
    assert len(detectors) >= 5
    assert StanceDetector in GATED
    for crit_id, detector in detectors:
        (sets,) = detector.needs()
        assert sets, f"{crit_id}: nothing known about its predicate, so it is never skipped"


def test_the_gate_skips_replies_without_the_predicate_and_keeps_every_probe() -> None:
    scorer = default_scorer()
    context = "My landlord said he'd keep my deposit because of the work I do."
    lines = (ROOT / "tests" / "data" / "stance_probes.jsonl").read_text().splitlines()
    for line in lines:
        _gate_keeps_every_find(scorer, json.loads(line)["reply"], context)
    # A plain reflection holds none of the predicates: the gate closes most criteria.
    total = len(_stance_detectors(scorer))
    closed = _gate_keeps_every_find(scorer, "You sound worn out after this week.", context)
    assert closed >= total - 1


@settings(max_examples=150, deadline=None)
@given(reply=REPLIES)
def test_the_gate_never_hides_a_stance_match(reply: str) -> None:
    _gate_keeps_every_find(default_scorer(), reply, "My sister keeps telling me to quit.")
