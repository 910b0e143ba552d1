"""The prefilter only skips work: with it, every criterion finds exactly what it finds alone.

The prefilter decides from one scan which cue alternatives could match a reply and runs only
those (simulator/scoring/prefilter.py). If it ever skipped an alternative that could match,
scores would change silently; these tests compare both ways on generated replies made of the
rubrics' own words, and on the project's labelled replies.
"""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring import Scorer
from simulator.scoring.detectors import CueDetector, View
from simulator.scoring.engine import default_scorer
from simulator.scoring.prefilter import required_literals
from tests.helpers import ROOT


def _words() -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "rubrics").glob("*.yaml"))
    return sorted(set(re.findall(r"[a-z']+", text.lower())))[:3000]


WORDS = _words()
REPLIES = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", ", ", ". ", "? ", "\n", "%", "5"])),
    max_size=30,
).map(" ".join)


def _both_ways(scorer: Scorer, context: str, reply: str) -> None:
    view = View(reply, context, None)
    scorer._prefiltered(view)
    for compiled in scorer._compiled.values():
        for c in compiled:
            if not isinstance(c.detector, CueDetector):
                continue
            with_prefilter = c.detector.find(view)
            able = view.able_reply, view.able_context
            view.able_reply = view.able_context = None
            alone = c.detector.find(view)
            view.able_reply, view.able_context = able
            assert with_prefilter == alone, (c.crit.id, reply)


@settings(max_examples=100, deadline=None)
@given(reply=REPLIES, context=REPLIES)
def test_prefiltered_matching_equals_plain_matching(reply: str, context: str) -> None:
    _both_ways(default_scorer(), context, reply)


def test_prefiltered_matching_equals_plain_matching_on_labelled_replies() -> None:
    scorer = default_scorer()
    for name in ("peer_replies.jsonl", "labelled_replies.jsonl"):
        for line in (ROOT / "tests" / "data" / name).read_text().splitlines():
            item = json.loads(line)
            _both_ways(scorer, item.get("context") or "", item["response"])


def test_required_literals_are_really_required() -> None:
    # The most selective of the strings every match contains: here the longest run.
    assert required_literals(r"\bthe (?:best|right) choice\b") == frozenset({" choice"})
    assert required_literals(r"\b(?:you|u)\s+must\b") == frozenset({"must"})
    assert required_literals(r"(?:a|b?)c") == frozenset({"c"})
    assert required_literals(r"x*") is None
