"""The rubric set kept in the set-up cache (simulator/content/rubric_cache.py) only saves
time: a facilitator's edit is read at once, a broken set is never kept and still reports
every problem, and a planted cache entry is never run."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.content import loading, rubric_cache
from simulator.content.loading import default_rubric_paths, require_rubrics
from simulator.content.problems import ContentError
from simulator.scoring import setup_cache
from tests.helpers import ROOT


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv(setup_cache.ENV_VAR, str(folder))
    monkeypatch.setattr(setup_cache, "_cache", None)
    yield folder
    setup_cache._cache = None


def _new_process() -> None:
    """What a new process sees: the cache read from its file again."""
    setup_cache.setup_cache().save()
    setup_cache._cache = None


def _their_rubrics(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in (ROOT / "rubrics").glob("*.yaml"):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def _files_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = loading.load_rubric_files

    def counting(*args: object, **kwargs: bool) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "load_rubric_files", counting)
    return calls


def test_a_second_process_takes_the_same_set_without_reading_the_files(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = _files_read(monkeypatch)
    first = require_rubrics()
    _new_process()
    second = require_rubrics()
    assert len(read) == 1
    assert second == first and second is not first
    assert second.rubrics["paraphrasing"].max_level == first.rubrics["paraphrasing"].max_level


def test_an_edited_rubric_is_read_at_once(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _their_rubrics(tmp_path / "theirs")
    before = require_rubrics(folder)
    _new_process()
    path = folder / "paraphrasing.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "Says back a good part", "Repeats back a good part"
        ),
        encoding="utf-8",
    )
    read = _files_read(monkeypatch)
    after = require_rubrics(folder)
    assert len(read) == 1
    assert after != before
    described = [c.description for c in after.rubrics["paraphrasing"].criteria]
    assert any(d.startswith("Repeats back") for d in described)


def test_a_set_with_errors_is_never_kept_and_reports_every_problem_each_time(
    cache_dir: Path, tmp_path: Path
) -> None:
    folder = _their_rubrics(tmp_path / "broken")
    path = folder / "validation.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nnot_a_key: 1\n", encoding="utf-8")
    with pytest.raises(ContentError) as first:
        require_rubrics(folder)
    _new_process()
    with pytest.raises(ContentError) as second:
        require_rubrics(folder)
    shown = [p.format() for p in second.value.problems]
    assert shown == [p.format() for p in first.value.problems]
    assert any("validation.yaml:" in line and "not_a_key" in line for line in shown)


class _Planted:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo planted > planted.txt",))


def test_a_planted_entry_is_not_run_and_the_files_are_read_instead(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    key = rubric_cache._key(default_rubric_paths())
    assert key is not None
    cache = setup_cache.setup_cache()
    cache.value(key, lambda: pickle.dumps(_Planted()), lambda value: True)
    _new_process()
    read = _files_read(monkeypatch)
    rubric_set = require_rubrics()
    assert len(read) == 1
    assert "paraphrasing" in rubric_set.rubrics
    assert not (tmp_path / "planted.txt").exists()


def test_score_picks_up_a_rubric_edit_between_two_runs(tmp_path: Path) -> None:
    folder = _their_rubrics(tmp_path / "rubrics")
    env = {**os.environ, setup_cache.ENV_VAR: str(tmp_path / "cache")}
    line = json.dumps({"id": 1, "context": "I'm so scared.", "response": "ok"})

    def next_step() -> str:
        done = subprocess.run(
            [sys.executable, "-m", "simulator", "--rubrics", str(folder), "score"],
            input=line + "\n",
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return str(json.loads(done.stdout)["feedback"]["next_step"])

    said = "say back the main thing they told you, in your own words."
    assert next_step().endswith(said)
    assert next_step().endswith(said)  # the second run takes the set from the cache
    path = folder / "paraphrasing.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(said, "tell them what you heard.", 1), encoding="utf-8")
    assert next_step().endswith("tell them what you heard.")


def test_a_process_that_takes_its_rubrics_from_the_cache_reads_no_yaml(tmp_path: Path) -> None:
    env = {**os.environ, setup_cache.ENV_VAR: str(tmp_path / "cache")}
    program = (
        "import sys\n"
        "from simulator.content.loading import require_rubrics\n"
        "from simulator.scoring import setup_cache\n"
        "require_rubrics()\n"
        "setup_cache.setup_cache().save()\n"
        "print(sorted(m for m in sys.modules if 'yaml' in m))\n"
    )

    def yaml_modules() -> str:
        done = subprocess.run(
            [sys.executable, "-c", program], capture_output=True, text=True, env=env, cwd=ROOT
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert "simulator.content.yaml_source" in yaml_modules()  # the first run reads the files
    assert yaml_modules() == "[]"


def test_an_edit_saved_while_the_files_are_read_is_not_kept_under_the_old_text(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A facilitator saves a rubric at the moment the app starts: the key is taken from the
    # text before the save, the files are read after it. What was read must not be kept
    # under the old text's key, or putting the old text back (an undo) would bring the edit
    # back from the cache. Found by an engineer switching a rubric file during a test run.
    folder = _their_rubrics(tmp_path / "theirs")
    path = folder / "paraphrasing.yaml"
    original = path.read_text(encoding="utf-8")
    real = loading.load_rubric_files

    def saved_meanwhile(*args: object, **kwargs: bool) -> object:
        path.write_text(
            original.replace("Says back a good part", "Repeats back a good part"),
            encoding="utf-8",
        )
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "load_rubric_files", saved_meanwhile)
    during = require_rubrics(folder)
    described = [c.description for c in during.rubrics["paraphrasing"].criteria]
    assert any(d.startswith("Repeats back") for d in described)  # what was on disk
    monkeypatch.setattr(loading, "load_rubric_files", real)
    _new_process()
    path.write_text(original, encoding="utf-8")  # the edit undone
    after = require_rubrics(folder)
    described = [c.description for c in after.rubrics["paraphrasing"].criteria]
    assert not any(d.startswith("Repeats back") for d in described)
    assert any(d.startswith("Says back a good part") for d in described)
