"""What every cue criterion with a frame word shares is compiled once per process.

Each cue criterion with `not_after` or `not_in_sentence_after` reads the speaker's
put-forward phrases ("some people would say…", stance.put_forward). The phrases come from
the rubric set's lexicons, the same for every criterion, but each criterion built and
compiled its own copy: about fifty copies of two large patterns, a third of a process's
start-up. They are now built once per set of phrases; what they find must not change.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]

import pytest

from simulator.scoring import stance
from simulator.scoring.clauses import ClauseReader
from simulator.scoring.detectors import CueDetector, StanceDetector
from simulator.scoring.engine import default_scorer
from simulator.scoring.stance import StanceReader

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


# ------------------------------------------------------------------ set-up cache (stop 14)
# The patterns the readers make from the lexicons when a scorer is built (the clause reader's
# 31, the stance reader's word classes, the stance predicates, the frame criteria's hedges)
# were parsed and compiled again by every process: about a third of start-up. They are now
# kept in the set-up cache (`kept_compile`, `kept_scanning`), which must give exactly what
# compiling them gives, and must find them again in a new process.

_READER_SCRIPT = """
import hashlib, sys
from simulator.scoring import setup_cache
seen = []
kept_compile = setup_cache.SetupCache._kept
def spy(self, key, make, source):
    seen.append(key)
    return kept_compile(self, key, make, source)
setup_cache.SetupCache._kept = spy
from simulator.content.loading import require_rubrics
from simulator.scoring.clauses import ClauseReader
from simulator.scoring.stance import StanceReader
lexicons = require_rubrics(None).lexicons
ClauseReader(lexicons)
StanceReader(lexicons)
print(len(seen), hashlib.sha256("\\n".join(sorted(seen)).encode()).hexdigest())
"""


def _keys_with_hash_seed(seed: str, tmp: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PEER_PRACTICE_CACHE_DIR": str(tmp)}
    done = subprocess.run(
        [sys.executable, "-c", _READER_SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_the_readers_patterns_are_the_same_text_in_every_process(tmp_path: Path) -> None:
    # Kept by their text: a pattern whose phrases came in the set's hash order was another
    # text in the next process, never found again (and added to the file each time).
    first = _keys_with_hash_seed("1", tmp_path)
    assert int(first.split()[0]) > 30
    assert first == _keys_with_hash_seed("2", tmp_path)


def test_the_clause_reader_is_built_without_parsing_a_pattern_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lexicons = default_scorer().rubrics.lexicons
    ClauseReader(lexicons)  # its patterns are in this process's set-up cache now
    re.purge()  # and not in re's own cache
    parsed: list[str] = []
    parse = _parser.parse

    def counting(source: str, flags: int = 0) -> object:
        parsed.append(source)
        return parse(source, flags)

    monkeypatch.setattr(_parser, "parse", counting)
    ClauseReader(lexicons)
    StanceReader(lexicons)
    assert parsed == []


def test_the_kept_patterns_are_what_compiling_them_gives() -> None:
    # A compiled pattern equals another with the same source, flags and code: a kept pattern
    # rebuilt from the wrong code (scanning's for re.compile's, or another's) is not equal.
    scorer = default_scorer()
    clause = ClauseReader(scorer.rubrics.lexicons)
    plain = [v for v in vars(clause).values() if isinstance(v, re.Pattern)]
    reader = StanceReader(scorer.rubrics.lexicons)
    assert reader.postposed is not None and reader.put_forward is not None
    plain += [reader.postposed, reader.put_forward.phrase]
    cues = [
        c.detector
        for criteria in scorer._compiled.values()
        for c in criteria
        if isinstance(c.detector, CueDetector)
    ]
    plain += [p for d in cues for p in (d.hedges, d.not_in_sentence) if p is not None]
    assert len(plain) > 40
    for regex in plain:
        assert regex == re.compile(regex.pattern, regex.flags), regex.pattern[:80]
    scanned = [reader.work, reader.others, reader.said_back, reader.tags, reader.negated]
    scanned += [
        c.detector.predicate
        for criteria in scorer._compiled.values()
        for c in criteria
        if isinstance(c.detector, StanceDetector)
    ]
    assert len(scanned) > 15
    for regex in scanned:
        assert regex is not None
        assert regex == stance.scanning(regex.pattern), regex.pattern[:80]
