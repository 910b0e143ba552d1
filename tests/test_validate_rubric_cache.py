"""`validate` takes a rubric set it found clean before, and only that, from its own file.

Reading and checking the shipped rubrics, and reading the scorer's set-up cache to check
their patterns, was over a sixth of `validate`'s CPU on 1,000 files (issue 15). A set in
which `validate` found no problem is kept (simulator/content/rubric_cache.py,
`checked_set`); these tests hold it to being taken only when nothing it depends on has
changed, and to never standing in for a set that has something to report.
"""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.content import rubric_cache, validate
from simulator.content.loading import default_rubric_paths
from simulator.content.validate import check
from simulator.scoring import setup_cache
from tests.helpers import ROOT

SCENARIO = ROOT / "scenarios" / "warm-up-long-week.yaml"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(setup_cache.ENV_VAR, str(folder))
    return folder


def _shown(paths: list[Path]) -> list[str]:
    return [p.format() for p in check(paths).problems]


def _their_rubrics(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in default_rubric_paths():
        shutil.copyfile(path, folder / path.name)
    return folder


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("the rubric files were read")

    monkeypatch.setattr(validate, "load_rubric_files", refuse)


def test_a_clean_set_is_taken_on_the_next_run_without_reading_the_files(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = check([SCENARIO])
    assert first.problems == []
    assert (cache_dir / rubric_cache.CHECKED_FILE).exists()
    _no_reading(monkeypatch)
    second = check([SCENARIO])
    assert second.problems == [] and second.files == 1


def test_an_edited_rubric_is_read_again_and_its_problem_reported(
    cache_dir: Path, tmp_path: Path
) -> None:
    folder = _their_rubrics(tmp_path / "rubrics")
    assert _shown([folder]) == []
    validation = folder / "validation.yaml"
    text = validation.read_text(encoding="utf-8")
    validation.write_text(text.replace("\nlevels:", "\nnot_a_key: 1\nlevels:", 1), "utf-8")
    shown = _shown([folder])
    assert any("validation.yaml:" in line and "not_a_key" in line for line in shown), shown


def test_a_set_with_a_warning_is_never_kept_and_warns_every_time(
    cache_dir: Path, tmp_path: Path
) -> None:
    folder = _their_rubrics(tmp_path / "rubrics")
    boundaries = folder / "boundaries.yaml"
    text = boundaries.read_text(encoding="utf-8")
    boundaries.write_text(text.replace("\ntitle: ", "\ntitle: prostitute ", 1), "utf-8")
    first = _shown([folder])
    assert any("stigmatising term 'prostitute'" in line for line in first), first
    assert _shown([folder]) == first
    assert not (cache_dir / rubric_cache.CHECKED_FILE).exists()


def test_the_stigmatising_terms_list_is_part_of_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A term added to the list may be in a rubric's own words: the set is checked again."""
    folder = tmp_path / "shipped"
    shutil.copytree(ROOT / "rubrics", folder)
    monkeypatch.setattr("simulator.content.paths.rubrics_dir", lambda: folder)
    paths = default_rubric_paths()
    before = rubric_cache._checked_key(paths)
    terms = folder / "language" / "stigmatising-terms.yaml"
    terms.write_text(terms.read_text("utf-8") + "  - term: week\n    instead: days\n", "utf-8")
    assert rubric_cache._checked_key(paths) not in (before, None)


def test_a_damaged_file_is_ignored(cache_dir: Path) -> None:
    assert _shown([SCENARIO]) == []
    kept = cache_dir / rubric_cache.CHECKED_FILE
    data = kept.read_bytes()
    kept.write_bytes(data[:-10] + b"x" * 10)
    assert _shown([SCENARIO]) == []
    kept.write_bytes(b"junk")
    assert _shown([SCENARIO]) == []


class _Planted:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo planted > planted.txt",))


def test_a_planted_entry_is_not_run_and_the_files_are_read_instead(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paths = default_rubric_paths()
    key = rubric_cache._checked_key(paths)
    assert key is not None
    planted = pickle.dumps(_Planted())
    with monkeypatch.context() as patched:
        patched.setattr(rubric_cache.pickle, "dumps", lambda *a, **k: planted)
        rubric_cache.keep_checked_set(paths, key, None)  # type: ignore[arg-type]
    assert (cache_dir / rubric_cache.CHECKED_FILE).exists()
    assert rubric_cache.checked_set(paths) == (None, key)
    assert _shown([SCENARIO]) == []
    assert not (tmp_path / "planted.txt").exists()


def test_validate_with_a_kept_set_never_imports_the_scorer(cache_dir: Path) -> None:
    """The kept set is found beside the set-up cache without importing `simulator.scoring`
    (a twentieth of `validate`'s start-up), and scenarios are checked without it."""
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from simulator.content.validate import check\n"
        f"report = check([Path({str(SCENARIO)!r})])\n"
        "print(report.problems, 'simulator.scoring' in sys.modules)\n"
    )
    env = {**os.environ, setup_cache.ENV_VAR: str(cache_dir)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", program],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs[1] == ["[]", "False"], runs


@pytest.mark.parametrize("value", [None, "", "~/elsewhere"])
def test_the_kept_sets_live_beside_the_set_up_cache(
    value: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv(setup_cache.ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(setup_cache.ENV_VAR, value)
    scorer_file = setup_cache.cache_path()
    kept_file = rubric_cache._checked_path()
    if scorer_file is None:
        assert kept_file is None
    else:
        assert kept_file == scorer_file.with_name(rubric_cache.CHECKED_FILE)
