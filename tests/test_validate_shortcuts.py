"""The shortcuts that make `validate` fast (issue 15) decide exactly as the slow way would."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from simulator.content.lint import (
    _FOLDS_TO_ASCII,
    _any_term,
    _holds_a_term,
    _may_hold_a_term,
    _texts,
    load_terms,
)
from simulator.content.validate import _RUBRIC_KEY, _rubric_head
from simulator.content.yaml_source import read_yaml

ROOT = Path(__file__).resolve().parent.parent


def test_the_texts_recorded_while_reading_are_the_texts_of_the_data() -> None:
    paths = [
        *sorted((ROOT / "scenarios").glob("*.yaml")),
        *sorted((ROOT / "rubrics").glob("*.yaml")),
        *sorted((ROOT / "tests" / "data" / "validate_messages").glob("*.yaml")),
    ]
    for path in paths:
        doc, _ = read_yaml(path)
        assert doc is not None and doc.texts is not None
        assert Counter(doc.texts) == Counter(_texts(doc.data)), path.name


def test_a_term_is_found_in_joined_texts_exactly_when_some_text_holds_it() -> None:
    terms = load_terms()
    any_term = _any_term(terms)
    assert terms and any_term is not None
    pieces = [
        *(t.term for t in terms),
        *("working", "girls", "drug", "john", "junk", "hook", "WORKING", "Working  Girl"),
        *(" ", "  ", "\n", "\t", "-", "_", "'", "a", "1", ".", "\u00a0", "É", "ß"),
        *("\u017f", "\u212a", "\u0130", "\u0131"),  # fold to ASCII under IGNORECASE
    ]
    rng = random.Random(15)
    found = 0
    for _ in range(5_000):
        texts = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            for _ in range(rng.randint(1, 5))
        ]
        expected = any(t.pattern.search(text) for text in texts for t in terms)
        assert _holds_a_term("\0".join(texts), terms, any_term) == expected, texts
        found += expected
    assert 500 < found < 4_500  # both answers were tried often


# Run `validate` and print the process's own peak memory (VmHWM belongs to the address space
# made at exec, unlike ru_maxrss, which also counts the forked test process).
_PEAK_OF_VALIDATE = """
import runpy, sys
sys.argv = ["peer-practice", "validate", sys.argv[1]]
try:
    runpy.run_module("simulator", run_name="__main__", alter_sys=True)
finally:
    with open("/proc/self/status") as status:
        sys.stderr.write(next(line for line in status if line.startswith("VmHWM")))
"""


def _validate_peak_mib(folder: Path, files: int) -> float:
    """Run `validate` on `files` files whose alias sits inside the list it names (a cycle),
    each about 10 MB of nodes, and return the process's peak memory in MiB."""
    items = ", ".join(f'"item {i}"' for i in range(20_000))
    folder.mkdir()
    for n in range(files):
        (folder / f"loop{n:02d}.yaml").write_text(
            f"id: loop\nnodes: &a [*a, [{items}]]\n", encoding="utf-8"
        )
    result = subprocess.run(
        [sys.executable, "-c", _PEAK_OF_VALIDATE, str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout.count("nested more than 60 levels deep here through anchors") == files
    peak = re.search(r"VmHWM:\s+(\d+) kB", result.stderr)
    assert peak is not None, result.stderr
    return int(peak.group(1)) / 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_files_that_make_cycles_do_not_pile_up_in_memory(tmp_path: Path) -> None:
    """`validate` pauses the cycle collector for speed; a file whose alias sits inside the
    list it names (a cycle) must still be freed before the next file, not at the end."""
    one = _validate_peak_mib(tmp_path / "one", 1)
    forty = _validate_peak_mib(tmp_path / "forty", 40)
    # Each file's nodes take about 10 MB; kept to the end, 39 more would add about 390 MB.
    # Measured against one file, not as a fixed figure: the process's own size (rubrics,
    # the scorer's set-up) grows with the rubrics and is not what this checks.
    assert forty - one < 60, f"peak {forty:.0f} MiB for 40 files against {one:.0f} MiB for one"


_HEAD_PIECES = [
    *("skill", "skills", "skill:", "skill :", "\n", " ", ":", "x", "units", "\t", "\r"),
    *("\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u3000", "\ufeff", "é", "#"),
]


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(st.sampled_from(_HEAD_PIECES), max_size=8),
    st.sampled_from([b"", b"\xff", b"\xc2", b"\xe2\x80"]),
)
@example(["x", "\n", "skill", "\xa0", ":"], b"")
@example(["skill", "\u3000", "\u2003", ":"], b"")
@example(["skills", "\n", "skill", "\x1c", ":"], b"")
def test_rubric_detection_from_bytes_decides_as_the_decoded_text_does(
    pieces: list[str], junk: bytes
) -> None:
    """`validate` tells rubrics apart without decoding most files; the answer is the one the
    pattern on the decoded text gives (unicode spaces before the colon included)."""
    raw = "".join(pieces).encode("utf-8")
    raw = raw[: len(raw) // 2] + junk + raw[len(raw) // 2 :]
    expected = bool(_RUBRIC_KEY.search(raw.decode("utf-8", "replace")))
    assert _rubric_head(raw) == expected


def test_ruling_a_file_out_in_bytes_decides_as_lowering_its_text_does() -> None:
    """The stigma lint rules most files out by searching each term's longest word in the
    UTF-8 bytes of the file's text values with ASCII letters lowered; the answer is the one
    `text.lower()` gives (and when it says no term, no term matches)."""
    terms = load_terms()
    longest = {max(t.term.lower().split(), key=len) for t in terms}
    pieces = [
        *(t.term for t in terms),
        *(w for t in terms for w in t.term.split()),
        *("WORKING", "Drug", "hOoKeR", "sav", "ed", "x", " ", "\n", "\0", "é", "É", "ß", "ẞ"),
        *("\u017f", "\u212a", "\u0130", "\u0131", "\u03a3", "\ufb00", "\u2014", "😀", "\\"),
        *("''", "'", "\ud800", "Ａ", "ǅ"),
    ]
    rng = random.Random(1515)
    ruled_out = 0
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        lowered = text.lower()
        expected = any(c in text for c in _FOLDS_TO_ASCII) or any(
            word in lowered for word in longest
        )
        assert _may_hold_a_term(text, terms) == expected, repr(text)
        if not expected:
            assert not any(t.pattern.search(text) for t in terms), repr(text)
        ruled_out += not expected
    assert 300 < ruled_out < 4_700  # both answers were tried often


def test_the_stigma_lint_still_finds_a_term_whose_first_word_is_common() -> None:
    """Ruling files out by each term's longest word must not lose a term written in any
    case, spacing or wording around it (through `validate`, as a facilitator sees it)."""
    terms = load_terms()
    for term in terms:
        words = term.term.split()
        for written in (term.term, term.term.upper(), "  ".join(words), term.term.title()):
            texts = ["a calm line", f"she said {written}, then left", "more"]
            assert _may_hold_a_term("\0".join(texts), terms), written
