"""Shared fixtures. Every test gets its own data folder: no test touches a real home."""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.content.loading import RubricSet, load_library, require_rubrics
from simulator.content.paths import scenarios_dir
from simulator.content.scenario import Scenario
from simulator.scoring import Scorer

# A run started in the background by a non-interactive shell (`make test &`) inherits SIGINT
# ignored, and every command the tests start would inherit it too. A handler here is reset to
# the default in each child, as in a terminal (tests/test_room.py also resets it in the
# children it presses Ctrl+C in).
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# The scorer's set-up cache (simulator/scoring/setup_cache.py) of this test run: never the
# real user cache folder, also for the commands the tests start (they inherit it).
_SETUP_CACHE = tempfile.TemporaryDirectory(prefix="peer-practice-cache-")
os.environ.setdefault("PEER_PRACTICE_CACHE_DIR", _SETUP_CACHE.name)


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "peer-practice-data"
    monkeypatch.setenv("PEER_PRACTICE_DATA_DIR", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    yield folder


@pytest.fixture(scope="session")
def rubrics() -> RubricSet:
    return require_rubrics()


@pytest.fixture(scope="session")
def scorer(rubrics: RubricSet) -> Scorer:
    return Scorer(rubrics)


@pytest.fixture(scope="session")
def library(rubrics: RubricSet) -> dict[str, Scenario]:
    lib = load_library(scenarios_dir(), rubrics)
    assert not [p for p in lib.problems if p.is_error], lib.problems
    return {s.id: s for s in lib.scenarios}
