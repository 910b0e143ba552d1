"""The scorer's on-disk set-up cache only saves time: it never changes a score, and a
broken, stale or unwritable cache is ignored (simulator/scoring/setup_cache.py).

Each test gives the process a cache of its own in a temporary folder; the scores of a
scorer set up from the cache are compared with those of one set up from nothing, on the
project's labelled replies (moments included).
"""

from __future__ import annotations

import json
import marshal
import os
import re
import stat
import subprocess
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.content.loading import require_rubrics
from simulator.scoring import Scorer
from simulator.scoring import setup_cache as setup_cache
from simulator.scoring.detectors import CueDetector
from simulator.scoring.setup_cache import FILE_NAME, SetupCache
from tests.helpers import ROOT

RUBRICS = require_rubrics()
ITEMS = [
    json.loads(line)
    for name in ("peer_replies.jsonl", "labelled_replies.jsonl")
    for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines()
][::4]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of this test's own, and a process cache read afresh from it."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(setup_cache.ENV_VAR, str(folder))
    monkeypatch.setattr(setup_cache, "_cache", None)
    yield folder
    setup_cache._cache = None


def _fresh_scorer() -> tuple[Scorer, SetupCache]:
    """A scorer made in a 'new process': the cache is read from its file again."""
    setup_cache._cache = None
    scorer = Scorer(RUBRICS)
    cache = setup_cache.setup_cache()
    return scorer, cache


def _scores(scorer: Scorer) -> list[dict[str, object]]:
    return [
        scorer.score(item.get("context"), item["response"]).to_json()
        | {"feedback": scorer.score(item.get("context"), item["response"]).feedback.to_json()}
        for item in ITEMS
    ]


def test_a_scorer_set_up_from_the_cache_scores_exactly_as_one_set_up_from_nothing(
    cache_dir: Path,
) -> None:
    cold, cache = _fresh_scorer()
    assert cache.worked_out > 1000 and cache.missed == 0  # worked out, and written
    written = cache_dir / FILE_NAME
    assert written.is_file()
    warm, cache = _fresh_scorer()
    assert cache.worked_out == 0 and cache.reused > 1000  # nothing worked out again
    assert _scores(warm) == _scores(cold)
    # The set-up's share of memory is let go once the scorer is made...
    assert not cache._old and not cache._used
    # ...and a second scorer in the same process reads the file again.
    again = Scorer(RUBRICS)
    assert cache.worked_out == 0 and _scores(again) == _scores(cold)


def test_the_cache_is_private(cache_dir: Path) -> None:
    _fresh_scorer()
    assert stat.S_IMODE((cache_dir / FILE_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700


def _broken_files(good: bytes) -> dict[str, bytes]:
    body = setup_cache._unframed(good)
    assert body is not None
    stamp, entries = marshal.loads(body)
    # Every entry replaced by a wrong value, behind a header that checks out.
    wrong = {key: ("x", 1) for key in entries}
    stale = marshal.dumps(("another version of the code", entries))
    garbled = marshal.dumps((stamp, wrong))
    framed = setup_cache._framed

    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0xFF
    return {
        "empty": b"",
        "truncated": good[: len(good) // 3],
        "one byte short": good[:-1],
        "a byte flipped": bytes(flipped),
        "not ours": b"\x00" * 100,
        "stale": framed(stale),
        "wrong values": framed(garbled),
        "not marshal": framed(b"\xff\xfe nonsense"),
    }


def test_a_corrupt_or_stale_cache_is_ignored_and_written_anew(cache_dir: Path) -> None:
    reference, _ = _fresh_scorer()
    expected = _scores(reference)
    good = (cache_dir / FILE_NAME).read_bytes()
    for name, content in _broken_files(good).items():
        (cache_dir / FILE_NAME).write_bytes(content)
        scorer, cache = _fresh_scorer()
        assert _scores(scorer) == expected, name
        assert cache.worked_out > 1000 and cache.missed == 0, name  # written back...
        again, cache = _fresh_scorer()
        assert cache.worked_out == 0, name  # ...and good for the next process
        assert _scores(again) == expected, name


def test_a_compiled_entry_with_bad_code_is_compiled_again(cache_dir: Path) -> None:
    scorer, _ = _fresh_scorer()
    detector = next(
        c.detector
        for compiled in scorer._compiled.values()
        for c in compiled
        if isinstance(c.detector, CueDetector)
    )
    source = detector._unit_source(0)
    key = "skipping\0" + source
    cache = SetupCache(cache_dir / FILE_NAME)
    kept = setup_cache._digest(key)
    flags, code, groups, groupindex, indexgroup = cache._old[kept]
    bad = array(setup_cache._CODE_TYPE, [999_999]).tobytes() + code
    cache._old[kept] = (flags, bad, groups, groupindex, indexgroup)
    from re import _parser  # type: ignore[attr-defined]

    regex = cache.compiled(key, lambda: _parser.parse(source))
    assert cache.missed == 1  # refused by `re`'s check of the code, so compiled again
    text = "honestly you are so tired of it all, you know"
    plain = re.compile(source)
    assert [m.span() for m in regex.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_an_unwritable_cache_folder_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(setup_cache.ENV_VAR, str(blocker))
    monkeypatch.setattr(setup_cache, "_cache", None)
    scorer = Scorer(RUBRICS)
    assert scorer.score("I'm scared.", "You sound scared.").levels["paraphrasing"] >= 1
    assert blocker.read_text() == "not a folder"
    setup_cache._cache = None


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(setup_cache.ENV_VAR, "")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(setup_cache, "_cache", None)
    Scorer(RUBRICS)
    assert setup_cache.setup_cache().path is None
    assert not any(tmp_path.rglob(FILE_NAME))
    setup_cache._cache = None


def test_score_output_is_the_same_with_a_cold_a_warm_and_no_cache(tmp_path: Path) -> None:
    lines = "".join(
        json.dumps({k: item.get(k) for k in ("id", "scenario", "moment", "context", "response")})
        + "\n"
        for item in ITEMS[:60]
    )
    outputs = []
    for setting in (str(tmp_path / "c"), str(tmp_path / "c"), ""):
        env = {**os.environ, setup_cache.ENV_VAR: setting}
        done = subprocess.run(
            [sys.executable, "-m", "simulator", "score", "-"],
            input=lines,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0].splitlines()) == 60
    assert (tmp_path / "c" / FILE_NAME).is_file()


PIECES = [r"\b", r"(?<!\w)", "a", "ab", "[ab]", r"\s+", "(?:a|b)", "(x)", "o{1,3}", r"(?!b)", "."]


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=6),
    ignore_case=st.booleans(),
    text=st.text(alphabet="abxoAB .", max_size=30),
)
def test_an_expression_rebuilt_from_the_cache_matches_as_the_expression(
    tmp_path_factory: pytest.TempPathFactory, pieces: list[str], ignore_case: bool, text: str
) -> None:
    from re import _parser  # type: ignore[attr-defined]

    pattern = "".join(pieces)
    flags = re.IGNORECASE if ignore_case else 0
    path = tmp_path_factory.mktemp("c") / FILE_NAME
    first = SetupCache(path)
    built = first.compiled("k", lambda: _parser.parse(pattern, flags))
    first.save()
    rebuilt = SetupCache(path).compiled("k", lambda: pytest.fail("not taken from the file"))
    plain = re.compile(pattern, flags)
    for regex in (built, rebuilt):
        assert [m.span() for m in regex.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert regex.flags == plain.flags and regex.groups == plain.groups


def test_a_rubric_with_a_broken_and_a_risky_pattern_gets_the_same_problems_from_the_cache(
    cache_dir: Path, tmp_path: Path
) -> None:
    from simulator.content.loading import default_rubric_paths, load_rubric_files

    folder = tmp_path / "rubrics"
    folder.mkdir()
    for path in (ROOT / "rubrics").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "paraphrasing.yaml":
            at = text.index("    patterns:\n") + len("    patterns:\n")
            text = text[:at] + "      - '(a+)+$'\n      - '(unclosed'\n" + text[at:]
        (folder / path.name).write_text(text, encoding="utf-8")

    def problems() -> tuple[list[str], int]:
        setup_cache._cache = None  # a new process
        _, found = load_rubric_files(default_rubric_paths(folder))
        missed = setup_cache.setup_cache().missed
        setup_cache.setup_cache().save()
        return [p.format() for p in found], missed

    cold, worked_out = problems()
    assert worked_out > 100
    assert any("could make scoring take minutes" in p for p in cold)
    assert any("invalid regular expression" in p for p in cold)
    warm, worked_out = problems()
    assert worked_out == 0  # every verdict came from the file
    assert warm == cold


def test_without_the_scoring_sources_to_tell_versions_apart_there_is_no_cache(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An install with only compiled files can't tell its cache from another version's.
    monkeypatch.setattr(setup_cache, "_code_hash", lambda: None)
    setup_cache._cache = None
    scorer = Scorer(RUBRICS)
    assert setup_cache.setup_cache().path is None
    assert not (cache_dir / FILE_NAME).exists()
    assert scorer.score("I'm scared.", "You sound scared.").levels["paraphrasing"] >= 1


def _other_rubrics(tmp_path: Path) -> Path:
    """A facilitator's rubric folder: the shipped rubrics with paraphrasing's cues reworded."""
    folder = tmp_path / "their-rubrics"
    folder.mkdir(parents=True)
    for path in (ROOT / "rubrics").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "paraphrasing.yaml":
            text = text.replace("sounds like", "it sounds a lot like")
        (folder / path.name).write_text(text, encoding="utf-8")
    return folder


def test_a_run_on_other_rubrics_keeps_what_the_cache_held_for_the_shipped_ones(
    cache_dir: Path, tmp_path: Path
) -> None:
    # `score` on the shipped rubrics, then `validate` or `score` on a facilitator's folder,
    # then `score` again: the last run finds everything in the file (it used to keep only
    # what the run before it used, so the shipped rubrics were set up again).
    _fresh_scorer()
    setup_cache._cache = None
    Scorer(require_rubrics(_other_rubrics(tmp_path)))
    assert setup_cache.setup_cache().worked_out > 0  # their changed cues were new
    _, cache = _fresh_scorer()
    assert cache.worked_out == 0 and cache.reused > 1000
    setup_cache._cache = None
    Scorer(require_rubrics(_other_rubrics(tmp_path / "again")))
    assert setup_cache.setup_cache().worked_out == 0  # theirs are kept too


def test_the_cache_keeps_at_most_its_bound_and_lets_the_least_recent_go_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / FILE_NAME

    def run(keys: list[str]) -> SetupCache:
        """One process: looks up `keys`, then saves."""
        cache = SetupCache(path)
        for key in keys:
            assert cache.value(key, lambda k=key: k.upper(), lambda v: isinstance(v, str))
        cache.save()
        return cache

    monkeypatch.setattr(setup_cache, "MAX_ENTRIES", 12)
    older = [f"older {i}" for i in range(10)]
    newer = [f"newer {i}" for i in range(5)]
    run(older)
    run(newer)
    assert len(marshal.loads(setup_cache._unframed(path.read_bytes()) or b"")[1]) == 12
    cache = run(newer + older)
    assert cache.reused == 5 + 7 and cache.worked_out == 3  # the three oldest were let go


def test_no_test_starts_a_process_that_could_write_the_real_user_cache() -> None:
    # A command started with an environment built from nothing has no HOME and no
    # $PEER_PRACTICE_CACHE_DIR, so its cache goes to the real user's cache folder (found
    # from the password database): every such environment must name a cache folder.
    import ast

    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            envs: list[ast.expr] = []
            if isinstance(node, ast.Call):
                envs += [k.value for k in node.keywords if k.arg == "env"]
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "env" for t in node.targets
            ):
                envs.append(node.value)
            for env in envs:
                if not isinstance(env, ast.Dict) or None in env.keys:
                    continue  # a name, or a copy of this process's environment (`**`)
                names = {k.value for k in env.keys if isinstance(k, ast.Constant)}
                if setup_cache.ENV_VAR not in names:
                    offenders.append(f"{path.relative_to(ROOT)}:{env.lineno}")
    assert not offenders, f"set {setup_cache.ENV_VAR} in the environment at {offenders}"


def test_values_read_back_are_equal_and_of_the_same_types_with_equal_sets_shared(
    tmp_path: Path,
) -> None:
    # The file writes equal strings and equal sets of strings once (each unit's needs are
    # drawn from a few thousand sets): read back, they are one object, and every value is
    # what was kept, type included (True and 1, 1.0 are equal but not interchangeable).
    path = tmp_path / FILE_NAME
    values = {
        "a": ((frozenset({"you", "u"}), frozenset({"feel"})), True, (1, 2)),
        "b": ((frozenset({"u", "you"}),), 1, (True, False)),
        "c": [1.0, "feel", frozenset({1, 2}), frozenset()],
        "d": {"hit": 1, "you": True},
        "e": (1, 0),  # equal to "b"'s (True, False)
    }
    cache = SetupCache(path)
    for key, value in values.items():
        cache.value(key, lambda v=value: v, lambda v: True)
    cache.save()
    again = SetupCache(path)
    read = {key: again.value(key, lambda: None, lambda v: True) for key in values}
    assert again.reused == len(values)

    def typed(value: object) -> object:
        if isinstance(value, (tuple, list)):
            return (type(value), [typed(item) for item in value])
        if isinstance(value, dict):
            return {key: typed(item) for key, item in value.items()}
        if isinstance(value, frozenset):
            return (frozenset, sorted(map(repr, value)))
        return (type(value), value)

    assert typed(read) == typed(values)
    assert read["a"][0][0] is read["b"][0][0]  # equal sets are one object
    assert read["a"][0][1] is not read["c"][3]


def test_reading_the_cache_leaves_the_garbage_collector_as_it_was(tmp_path: Path) -> None:
    # The collector is held off while the file is read (its objects would set off full
    # collections again and again), then left as it was, also when the file is broken.
    import gc

    path = tmp_path / FILE_NAME
    cache = SetupCache(path)
    cache.value("k", lambda: "v", lambda v: True)
    cache.save()
    good = path.read_bytes()
    body = marshal.dumps(("not the stamp", {}))
    was = gc.isenabled()
    try:
        for content in (good, setup_cache._framed(b"\xff\xfe"), setup_cache._framed(body)):
            path.write_bytes(content)
            for enabled in (True, False):
                gc.enable() if enabled else gc.disable()
                SetupCache(path)
                assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_a_unit_kept_compiled_is_rebuilt_when_first_opened_and_matches_as_compiled_now(
    cache_dir: Path,
) -> None:
    # Set up from the cache, no cue unit is compiled at start-up (6,500 rebuilt were ~40 ms
    # of every process); a unit is rebuilt when a reply first opens it, and one whose kept
    # code `re` refuses is compiled from its pattern then: the same matches either way.
    _fresh_scorer()
    warm, _ = _fresh_scorer()
    detectors = [
        c.detector
        for compiled in warm._compiled.values()
        for c in compiled
        if isinstance(c.detector, CueDetector)
    ]
    assert all(regex is None for d in detectors for regex in d._unit_regexes)
    detector = max(detectors, key=lambda d: len(d._units))
    record, marks = detector._later[1]
    bad = array(setup_cache._CODE_TYPE, [999_999]).tobytes() + record[1]
    detector._later[1] = ((record[0], bad, *record[2:]), marks)
    text = "honestly you are so tired of it all, you know. you feel like nobody hears you"
    for index in (0, 1):
        plain = re.compile(detector._unit_source(index))
        unit = detector._unit(index)
        assert detector._unit_regexes[index] is unit and index not in detector._later
        assert [m.span() for m in unit.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert _scores(warm)[:40] == _scores(Scorer(RUBRICS))[:40]
