"""Clause criteria that need a clause naming a feeling, a want or a doubt skip the reading
when no such word is in the reply (issue #15).

`says_what_they_feel` and `said_back_before_the_breach` (stop 7) ask only for clauses whose
`inner` holds: a word of the feeling_words, feeling_nouns or clause_inner lexicons, or
"feel". A clause's text is a stretch of the reply cut at blanks and marks, so a reply with
no such word anywhere has no such clause: `ClauseDetector` finds that with one search
instead of reading the reply's clauses (two of every three replies of the bench). A speed
measure: it must never change what the criteria find.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.scoring.detectors import ClauseDetector, Hit, View
from simulator.scoring.engine import default_scorer
from tests.helpers import ROOT


def _gated() -> list[ClauseDetector]:
    return [
        c.detector
        for compiled in default_scorer()._compiled.values()
        for c in compiled
        if isinstance(c.detector, ClauseDetector) and c.detector.inner_needed
    ]


def _find(detector: ClauseDetector, reply: str, context: str, gate: bool) -> list[Hit]:
    view = View(reply, context, None)
    # The criterion read before a breach needs one: raise every flag it reads at the end.
    for flag in detector.before_flags:
        view.raised[flag] = Hit(len(view.reply), len(view.reply), "")
    detector.inner_needed = gate
    try:
        return detector.find(view)
    finally:
        detector.inner_needed = True


def test_the_stop_7_inner_criteria_are_gated() -> None:
    ids = {
        c.crit.id
        for compiled in default_scorer()._compiled.values()
        for c in compiled
        if isinstance(c.detector, ClauseDetector) and c.detector.inner_needed
    }
    assert {"says_what_they_feel", "said_back_before_the_breach"} <= ids


def test_a_reply_naming_no_feeling_or_want_is_not_read_into_clauses() -> None:
    for detector in _gated():
        view = View("You moved flats twice this year. Just take a break.", "I moved.", None)
        for flag in detector.before_flags:
            view.raised[flag] = Hit(40, 50, "take a break")
        assert detector.find(view) == []
        assert view.reading._clauses is None  # the clauses were never read


WORDS = [
    "you", "you're", "u", "scared", "fear", "want", "wanna", "not sure", "feel", "felt",
    "tired", "moved", "flat", "your", "sister", "and", "but", "if", "so", "i", "hear",
    "sounds", "like", "it", "should", "just", "go", "can't", "stand", "it's", "hard",
    ",", ".", "?", "!", " - ", "\n", "’", "missing", "her", "that", "wondering",
]  # fmt: skip
REPLY = st.lists(st.sampled_from(WORDS), max_size=16).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(reply=REPLY)
def test_the_gate_never_changes_what_a_criterion_finds(reply: str) -> None:
    for detector in _gated():
        gated = _find(detector, reply, "I moved out and I'm scared.", gate=True)
        assert gated == _find(detector, reply, "I moved out and I'm scared.", gate=False), reply


def test_the_gate_never_changes_what_a_criterion_finds_on_open_replies() -> None:
    lines = (ROOT / "tests" / "data" / "peer_replies.jsonl").read_text(encoding="utf-8")
    for line in lines.splitlines():
        item = json.loads(line)
        reply, context = item["response"], item.get("context") or ""
        for detector in _gated():
            gated = _find(detector, reply, context, gate=True)
            assert gated == _find(detector, reply, context, gate=False), reply
