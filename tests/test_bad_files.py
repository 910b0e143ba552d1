"""A corpus of broken files and the located messages `validate` must give for each."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from simulator.content.validate import check
from simulator.content.yaml_source import read_yaml
from tests.helpers import CLI

BAD = Path(__file__).parent / "bad_files"
EXPECT = re.compile(r"^# expect: (\d+):(\d+): (.+)$", re.MULTILINE)


def _cases() -> list[Path]:
    return sorted(p for p in BAD.glob("*.yaml") if EXPECT.search(p.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.name)
def test_each_expected_message_is_reported_at_its_place(path: Path) -> None:
    report = check([path])
    rows = [f"{p.line}:{p.col}: {p.message}\n    hint: {p.hint}" for p in report.errors]
    for line, col, text in EXPECT.findall(path.read_text(encoding="utf-8")):
        assert any(r.startswith(f"{line}:{col}: ") and text in r for r in rows), (
            f"expected {line}:{col}: {text!r}\nin:\n" + "\n".join(rows)
        )


def test_validate_prints_file_line_col_and_exits_1(tmp_path: Path) -> None:
    result = subprocess.run(
        [*CLI, "validate", str(BAD / "graph.yaml"), str(BAD / "wrong-types.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert re.search(r"graph\.yaml:\d+:\d+: loose end: node 'middle'", result.stdout)
    assert re.search(r"wrong-types\.yaml:\d+:\d+: difficulty", result.stdout)
    assert "error(s)" in result.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.yaml", b"", "the file is empty"),
        ("comments.yaml", b"# only a comment\n\n", "the file is empty"),
        ("binary.yaml", b"id: x\n\x00\x01\x02\xff", "binary file"),
        ("latin1.yaml", "id: caf\u00e9\n".encode("latin-1"), "not valid UTF-8"),
        ("huge.yaml", b"id: x\nsummary: " + b"a" * 2_100_000 + b"\n", "larger than the 2 MB limit"),
        ("deep.yaml", b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n", "nested too deeply"),
        ("scalar.yaml", b"just some words\n", "should be a mapping"),
    ],
)
def test_hostile_files_get_one_clear_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = _write(tmp_path / name, data)
    report = check([path])
    assert report.errors, "a broken file must be reported"
    assert any(message in p.message for p in report.errors), [p.message for p in report.errors]


def test_tab_indentation_is_located_and_explained() -> None:
    report = check([BAD / "tabs.yaml"])
    [problem] = report.errors
    assert (problem.line, problem.col) == (4, 1)
    assert "tab" in problem.message and "spaces" in problem.hint


def test_binary_file_error_points_at_the_bad_byte(tmp_path: Path) -> None:
    path = _write(tmp_path / "b.yaml", b"id: x\ntitle: y\n\x00")
    [problem] = check([path]).errors
    assert (problem.line, problem.col) == (3, 1)


def test_missing_path_and_empty_folder_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    report = check([tmp_path / "nope.yaml", tmp_path / "empty"])
    messages = [p.message for p in report.errors]
    assert "no such file or folder" in messages
    assert "no .yaml files in this folder" in messages


def test_shipped_content_validates_silently() -> None:
    result = subprocess.run(
        [*CLI, "validate", "scenarios", "rubrics"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent.parent,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_warnings_pass_unless_strict(tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "scenarios" / "warm-up-long-week.yaml").read_text(
        encoding="utf-8"
    )
    path = tmp_path / "s.yaml"
    path.write_text(text.replace("Two bookings cancelled", "Two johns cancelled"), encoding="utf-8")
    assert check([path]).errors == []
    warnings = check([path]).warnings
    assert any("stigmatising term 'johns'" in w.message for w in warnings)
    assert any("stigmatising term" in p.message for p in check([path], strict=True).errors)


# --- issue 16: files that hung, ballooned or crashed `validate` -----------------------------


def _validate(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "validate", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_a_symlink_loop_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    result = _validate(loop)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "loop.yaml:1:1: this symbolic link leads nowhere" in result.stdout


def test_a_fifo_and_a_device_are_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    result = _validate(fifo, Path("/dev/zero"))  # each would hang or fill memory if read
    assert result.returncode == 1
    assert "pipe.yaml:1:1: this is a named pipe (FIFO), not a file" in result.stdout
    assert "/dev/zero:1:1: this is a device, not a file" in result.stdout


def test_one_long_string_through_many_aliases_is_refused_by_size(tmp_path: Path) -> None:
    text = 'id: &a "' + "x" * 1_500_000 + '"\nnodes: [' + ", ".join(["*a"] * 300) + "]\n"
    path = _write(tmp_path / "aliases.yaml", text.encode())
    [problem] = check([path]).errors
    assert "more than 4,000,000 characters of text through anchors and aliases" in problem.message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"a: " + b"[" * 70 + b"]" * 70 + b"\n", "nested more than 60 levels deep here"),
        (b"a: [" + b",".join([b"1"] * 210_000) + b"]\n", "builds to more than 200,000 values"),
    ],
)
def test_depth_and_size_say_what_is_too_big_and_blame_no_alias(
    tmp_path: Path, data: bytes, message: str
) -> None:
    [problem] = check([_write(tmp_path / "big.yaml", data)]).errors
    assert message in problem.message and "alias" not in problem.message + problem.hint


def test_non_standard_tags_are_refused_where_they_are(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "tags.yaml",
        b"id: x\nl: !!python/tuple [1, 2]\nb: !!binary aGVsbG8=\nc: !custom {a: 1}\n"
        b"d: !!python/object/apply:os.system ['true']\ne: !!str fine\n",
    )
    rows = {(p.line, p.col, p.message) for p in check([path]).errors}
    assert (2, 4, "the tag '!!python/tuple' is not allowed") in rows
    assert (3, 4, "the tag '!!binary' is not allowed") in rows
    assert (4, 4, "the tag '!custom' is not allowed") in rows
    assert (5, 4, "the tag '!!python/object/apply:os.system' is not allowed") in rows
    assert not any("!!str" in message for _, _, message in rows)


def test_utf16_is_named_as_utf16(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-le"):
        path = _write(tmp_path / f"{encoding}.yaml", "id: x\ntitle: y\n".encode(encoding))
        [problem] = check([path]).errors
        assert problem.message == "the file is UTF-16 text" and "save it as UTF-8" in problem.hint


def test_control_characters_from_a_file_never_reach_the_terminal(tmp_path: Path) -> None:
    path = _write(tmp_path / "esc.yaml", b'id: x\n"\\e]2;pwned\\akey": 1\n')
    result = _validate(path)
    assert "unknown key ']2;pwnedkey'" in result.stdout
    assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout


def test_fast_reading_builds_exactly_what_pyyaml_builds() -> None:
    root = Path(__file__).parent.parent
    for path in sorted((root / "scenarios").glob("*.yaml")) + sorted(
        (root / "rubrics").glob("*.yaml")
    ):
        doc, _ = read_yaml(path)
        assert doc is not None and doc.data == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_a_term_written_with_an_escape_is_still_found(tmp_path: Path) -> None:
    text = (Path(__file__).parent.parent / "scenarios" / "warm-up-long-week.yaml").read_text(
        encoding="utf-8"
    )
    # Inside "double quotes", \x68 is an 'h': the term is not in the file as written.
    escaped = text.replace("Two bookings cancelled", "Two jo\\x68ns cancelled")
    assert escaped != text and "johns" not in escaped
    path = tmp_path / "s.yaml"
    path.write_text(escaped, encoding="utf-8")
    warnings = check([path]).warnings
    assert any("stigmatising term 'johns'" in w.message for w in warnings)
