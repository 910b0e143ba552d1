"""`validate` reads each scenario file once: the bytes it tells the file's kind from are
the bytes it loads (issue 15: each file was read twice), up to a bound on memory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.content import validate, yaml_source
from simulator.content.validate import check
from tests.helpers import ROOT

SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))


def _counted_reads(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    reads: dict[str, int] = {}
    real = yaml_source.read_regular

    def counting(path: Path, *args: int) -> bytes:
        reads[Path(path).name] = reads.get(Path(path).name, 0) + 1
        return real(path, *args)

    monkeypatch.setattr(yaml_source, "read_regular", counting)
    monkeypatch.setattr(validate, "read_regular", counting)
    return reads


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    for path in SHIPPED[:4]:
        shutil.copyfile(path, folder / path.name)
    (folder / "broken.yaml").write_text("id: x\nnodes: [\n", encoding="utf-8")
    return folder


def test_each_scenario_file_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    expected = [p.format() for p in check([folder]).problems]
    reads = _counted_reads(monkeypatch)
    assert [p.format() for p in check([folder]).problems] == expected
    assert expected, "the broken file is reported"
    assert reads == {p.name: 1 for p in folder.iterdir()}


def test_files_beyond_the_bound_are_read_again_with_the_same_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    expected = [p.format() for p in check([folder]).problems]
    sizes = sorted((p.name, p.stat().st_size) for p in folder.iterdir())
    monkeypatch.setattr(validate, "_KEPT_BYTES", sizes[0][1] + sizes[1][1])
    reads = _counted_reads(monkeypatch)
    assert [p.format() for p in check([folder]).problems] == expected
    assert reads == {name: 1 if n < 2 else 2 for n, (name, _) in enumerate(sizes)}
