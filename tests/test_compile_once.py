"""What every cue criterion with a frame word shares is compiled once per process.

Each cue criterion with `not_after` or `not_in_sentence_after` reads the speaker's
put-forward phrases ("some people would say…", stance.put_forward). The phrases come from
the rubric set's lexicons, the same for every criterion, but each criterion built and
compiled its own copy: about fifty copies of two large patterns, a third of a process's
start-up. They are now built once per set of phrases; what they find must not change.
"""

from __future__ import annotations

from simulator.scoring import stance
from simulator.scoring.detectors import CueDetector
from simulator.scoring.engine import default_scorer

#: A reply and a frame word in it: is the frame word inside a put-forward phrase?
PROBES = [
    ("some people would say you should just leave him", "say"),
    ("a lot of people would tell you to get out, but it's your call", "tell"),
    ("you know what they say, you should always trust your gut", "say"),
    ("your sister keeps saying you should quit", "saying"),
    ("you're worried people will say you should have known", "say"),
    ("anyone would tell you that's not on", "tell"),
]


def _frame_criteria() -> list[CueDetector]:
    scorer = default_scorer()
    return [
        compiled.detector
        for criteria in scorer._compiled.values()
        for compiled in criteria
        if isinstance(compiled.detector, CueDetector) and compiled.detector.put_forward is not None
    ]


def test_the_put_forward_phrases_are_built_once_for_all_frame_criteria() -> None:
    detectors = _frame_criteria()
    assert len(detectors) > 10
    shared = {id(d.put_forward) for d in detectors}
    assert len(shared) == 1, f"{len(shared)} copies of the put-forward phrases"


def test_the_shared_phrases_find_what_a_fresh_build_finds() -> None:
    lexicons = default_scorer().rubrics.lexicons
    shared = stance.put_forward(lexicons)
    stance._put_forward.cache_clear()
    fresh = stance.put_forward(lexicons)
    assert shared is not None and fresh is not None and fresh is not shared
    assert shared.phrase.pattern == fresh.phrase.pattern
    covered = 0
    for text, word in PROBES:
        at = text.index(word)
        assert shared.covers(text, at) == fresh.covers(text, at), text
        covered += shared.covers(text, at)
    assert covered >= 2
