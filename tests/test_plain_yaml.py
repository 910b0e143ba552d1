"""The one-pass reader of plain YAML (simulator/content/plain_yaml.py) builds exactly what
PyYAML builds, or leaves the file to PyYAML.

`validate` reads most files without PyYAML's node tree (issue 15). A facilitator must not be
able to tell: for any file, the values, the recorded texts, every problem and every position
(`file:line:col`) are the same as reading it with PyYAML alone. Documents are generated at
random from the pieces YAML files are made of, in the shapes facilitators write and the ones
they write by mistake: anchors and aliases, merge keys, tags, text over several lines, block
text with every header, duplicate keys, odd indentation, tabs, control characters, other
encodings.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import simulator.content.yaml_source as yaml_source
from simulator.content.plain_yaml import _UNUSUAL, _has_unusual, read_plain
from simulator.content.yaml_source import MAX_DEPTH, MAX_TEXT_CHARS, MAX_VALUES, read_yaml
from tests.helpers import CLI

ROOT = Path(__file__).resolve().parent.parent


def _plain(text: str) -> tuple[Any, list[str]] | None:
    return read_plain(
        text, max_depth=MAX_DEPTH - 2, max_values=MAX_VALUES, max_chars=MAX_TEXT_CHARS
    )


@contextmanager
def _pyyaml_only() -> Iterator[None]:
    """Read as before the one-pass reader existed: every file through PyYAML."""
    saved = yaml_source.read_plain
    yaml_source.read_plain = lambda *_a, **_k: None  # type: ignore[assignment]
    try:
        yield
    finally:
        yaml_source.read_plain = saved


# ---------------------------------------------------------------------------- documents

PLAIN_WORDS = [
    *("tired", "drained", "worn out", "a long week", "money_worry", "opening", "(sighs)"),
    *("yes", "No", "on", "OFF", "y", "n", "true", "False", "null", "Null", "~", "NULL"),
    *("1", "-1", "+1", "0", "017", "0o17", "0x1F", "1_000", "1:20", "190:20:30", "0b101"),
    *("1.5", "-1.5e3", "1e3", ".inf", "-.Inf", ".NaN", "1.", "._", "3.14_15"),
    *("2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10", "2020-13-45"),
    *("<<", "=", "a b", "a  b", "it's", "don't: x", "x:y", "a #b", "a#b", "http://x.y/z"),
    *("-", "-x", "--", "---", "?x", "? x", ":x", "%x", "@x", "`x", "!x", "&a x", "*a", "|x"),
    *(">x", "é", "naïve", "ß", "ſ", "a\xa0", "\xa0a", "a,b", "a, b", "[a]", "{a}", "a]", "a}"),
    *("a\tb", "a\u2028b", "a\x85b", "\ufeffa", "a\x07", "z" * 40, "ok.", "...", "a ", "é:"),
]
QUOTED_PIECES = [
    *("a", "b c", " ", "'", "''", '"', "#", ": ", ",", "[", "]", "{", "}", "é", "ß", "\xa0"),
    *("\\n", "\\t", "\\\\", '\\"', "\\/", "\\0", "\\a", "\\e", "\\ ", "\\N", "\\_", "\\L"),
    *("\\P", "\\x41", "\\x4", "\\u00e9", "\\ud800", "\\U0001F600", "\\U00110000", "\\'"),
    *("\\q", "\\", "\t", "\n", "\n  ", "\n\n", "\u2028"),
]
#: Most keys are plain words; a few are what a facilitator writes by mistake.
KEYS = [*("a", "b", "key", "nodes", "peer", "x y", "1", "yes", "~", "é", "k ", "a[1]", "it's")]
ODD_KEYS = [*("<<", "a:b", "a#b", "? a", "- a", '"q"', "'q'", "[k]", "{k}", "&a k", "*a")]
ODD_KEYS += [*("!t k", "%k", "@k", "(k)", "x" * 1100)]


def _mostly(usual: list[str], odd: list[str], tidy: bool) -> st.SearchStrategy[str]:
    if tidy:
        return st.sampled_from(usual)
    return st.one_of(st.sampled_from(usual), st.sampled_from(usual), st.sampled_from(odd))


@st.composite
def plain_text(draw: st.DrawFn, tidy: bool) -> str:
    return draw(_mostly(PLAIN_WORDS[:40], PLAIN_WORDS[40:], tidy))


@st.composite
def quoted_text(draw: st.DrawFn, tidy: bool) -> str:
    pieces = draw(st.lists(st.sampled_from(QUOTED_PIECES[: 28 if tidy else None]), max_size=6))
    body = "".join(pieces)
    if draw(st.booleans()):
        if tidy:
            body = body.replace('\\"', "").replace('"', '\\"')
        return '"' + body + '"'
    return "'" + body.replace("\\", "").replace('"', "").replace("'", "''") + "'"


@st.composite
def flow(draw: st.DrawFn, tidy: bool) -> str:
    items = draw(st.lists(st.one_of(plain_text(tidy), quoted_text(tidy)), max_size=4))
    if draw(st.booleans()):
        keys = draw(st.lists(st.sampled_from(KEYS[:8]), min_size=len(items), max_size=len(items)))
        inside = ", ".join(f"{k}: {v}" for k, v in zip(keys, items, strict=True))
        text = "{" + inside + "}"
    else:
        commas = [", ", ",", " , "] if tidy else [", ", ",", " , ", ",\n  "]
        text = "[" + draw(st.sampled_from(commas)).join(items) + "]"
    if not items and not tidy and draw(st.booleans()):
        return draw(st.sampled_from(["", " ", ",", " ]", "x", "[a]"]))
    return text


@st.composite
def block_text(draw: st.DrawFn, indent: int, tidy: bool) -> str:
    headers = ["|", "|-", ">", ">-", "| # c", ">- #c"]
    header = draw(st.sampled_from(headers if tidy else [*headers, "|+", ">+", "|2", ">1-", ">-x"]))
    width = indent + draw(st.integers(min_value=0, max_value=3))
    lines = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        kinds = ["text", "text", "text", "blank", "more"]
        kind = draw(st.sampled_from(kinds if tidy else [*kinds, "spaces", "less"]))
        words = draw(st.sampled_from(["one two", "# not a comment", "x: y", "é", "- a", "'q'"]))
        if kind == "text":
            lines.append(" " * width + words)
        elif kind == "blank":
            lines.append("")
        elif kind == "spaces":
            lines.append(" " * draw(st.integers(min_value=1, max_value=width + 2)))
        elif kind == "more":
            lines.append(" " * (width + 2) + words)
        else:
            lines.append(" " * max(0, width - 1) + words)
    return header + "".join("\n" + line for line in lines)


@st.composite
def scalar(draw: st.DrawFn, indent: int, tidy: bool) -> str:
    kinds = ["plain"] * 3 + ["quoted"] * 3 + ["flow", "flow", "block"]
    kind = draw(st.sampled_from(kinds if tidy else [*kinds, "odd"]))
    if kind == "plain":
        text = draw(plain_text(tidy))
    elif kind == "quoted":
        text = draw(quoted_text(tidy))
    elif kind == "flow":
        text = draw(flow(tidy))
    elif kind == "block":
        text = draw(block_text(indent + 1, tidy))
    else:
        text = draw(
            st.sampled_from(
                [
                    "&anchor value",
                    "*anchor",
                    "!!str 1",
                    "!!int '3'",
                    "!!binary aGk=",
                    "!custom x",
                    "!!python/name:os.system",
                    "&anchor [a, b]",
                    "plain\n" + " " * (indent + 2) + "continued",
                    '"quoted\n' + " " * (indent + 2) + 'continued"',
                    "'a'  # comment",
                    '"a"#x',
                    '"a" b',
                ]
            )
        )
    if draw(st.integers(min_value=0, max_value=5)) == 0:
        ends = [" # note", "  #note", " ", "  "]
        text += draw(st.sampled_from(ends if tidy else [*ends, "#x"]))
    return text


@st.composite
def block(draw: st.DrawFn, indent: int, depth: int, tidy: bool) -> list[str]:
    """Lines of a mapping or list at `indent`."""
    as_list = draw(st.booleans())
    lines: list[str] = []
    keys = draw(st.lists(_mostly(KEYS, ODD_KEYS, tidy), min_size=4, max_size=4, unique=tidy))
    for key in keys[: draw(st.integers(min_value=1, max_value=4))]:
        if draw(st.integers(min_value=0, max_value=6)) == 0:
            lines.append(
                draw(st.sampled_from(["", "   ", "# comment", "  # indented comment", " #x"]))
            )
        nested = depth < 3 and draw(st.integers(min_value=0, max_value=2)) == 0
        pad = " " * indent
        step = draw(st.sampled_from([1, 2, 2, 2, 4]))
        if as_list:
            lead = pad + draw(st.sampled_from(["- ", "- ", "-  ", "-"]))
            if nested:
                if draw(st.booleans()):
                    # `- key: value` and more keys under it
                    inner = draw(block(len(lead), depth + 1, tidy))
                    first = inner[0].lstrip(" ")
                    lines.append(lead + first if lead.endswith(" ") else lead + " " + first)
                    lines += inner[1:]
                else:
                    lines.append(lead.rstrip(" "))
                    lines += draw(block(indent + step, depth + 1, tidy))
            else:
                lines.append(
                    lead + (" " if not lead.endswith(" ") else "") + draw(scalar(indent, tidy))
                )
        else:
            seps = [": ", ": ", ":  ", " : "]
            sep = draw(st.sampled_from(seps if tidy else [*seps, ":"]))
            if nested:
                lines.append(pad + key + sep.rstrip(" "))
                child_indent = indent + draw(st.sampled_from([0, step, step]))
                lines += draw(block(child_indent, depth + 1, tidy))
            else:
                lines.append(pad + key + sep + draw(scalar(indent, tidy)))
    return lines


@st.composite
def document(draw: st.DrawFn, tidy: bool | None = None) -> str:
    """A YAML file; `tidy` ones are written with the usual pieces only (None: either)."""
    if tidy is None:
        tidy = draw(st.booleans())
    lines = draw(block(draw(st.sampled_from([0, 0, 0, 1, 2])), 0, tidy))
    text = "\n".join(lines)
    mutation = draw(
        st.sampled_from(
            ["none"]
            if tidy
            else ["none"] * 8
            + ["tab", "cr", "marker", "directive", "end", "nel", "bom", "control", "no-eol"]
        )
    )
    if mutation == "tab" and " " in text:
        at = draw(st.integers(min_value=0, max_value=text.count(" ") - 1))
        text = text.replace(" ", "\x00", at).replace(" ", "\t", 1).replace("\x00", " ")
    elif mutation == "cr":
        text = text.replace("\n", "\r\n")
    elif mutation == "marker":
        text = "---\n" + text + "\n---\nb: 1"
    elif mutation == "directive":
        text = "%YAML 1.1\n---\n" + text
    elif mutation == "end":
        text += "\n...\n"
    elif mutation == "nel":
        text = text.replace("\n", "\x85", 1)
    elif mutation == "bom":
        text = "\ufeff" + text
    elif mutation == "control":
        text += "\x01"
    if mutation != "no-eol":
        text += "\n"
    return text


# ---------------------------------------------------------------------------- properties


def _data(doc: Any) -> str:
    return repr(doc) if doc is None else repr((doc.data, doc.texts))


def _positions(doc: Any) -> Any:
    return None if doc is None else (doc.value_pos, doc.key_pos)


def _same_as_pyyaml(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "file.yaml"
        path.write_bytes(raw)
        fast_doc, fast_problems = read_yaml(path)
        with _pyyaml_only():
            slow_doc, slow_problems = read_yaml(path)
        assert _data(fast_doc) == _data(slow_doc)
        assert fast_problems == slow_problems
        assert _positions(fast_doc) == _positions(slow_doc)
        if fast_doc is not None:
            assert fast_doc.position(("nodes", "x")) == slow_doc.position(("nodes", "x"))


SHAPES = [
    "a: 1\nb: [x, y]\nc:\n- d\n- e: f\n  g: |\n    text\n",
    "a: &x [1, 2]\nb: *x\n",
    "base: &b {k: v}\nm:\n  <<: *b\n  k: w\n",
    "a: yes\nb: 'it''s'\nc: \"caf\\u00e9 \\x41\"\nd: ~\ne: 2001-12-14\nf: 0x1F\n",
    "a: >-\n  one\n  two\n\n  three\nb: |-\n  x\n   y\n",
    "a: 1\na: 2\n",
    "a:\n\tb: 1\n",
    "a: plain\n  continued\n",
    "- a\n-\n- - b\n",
    "key: value # comment\n# whole line\nother:   spaced  \n",
    "a: |\n  no newline at the end",
    # word lists over several lines (the rubrics' lexicons), and their edge cases
    "lex:\n  words: [\n    one, two words,\n    three, \"no\", 'it''s',\n    four\n  ]\n  next: x\n",
    "lex:\n  words: [\n    makes ... sense, folded\n    over a line\n  ]\n",
    "lex:\n  words: [\n    a, b,\n  ]\n",
    "lex:\n  words: [\n    a, b # a comment\n  ]\n",
    "lex:\n  words: [\n\n    a\n  ]\n",
    "lex:\n  words: [\n    a, [b]\n  ]\n",
    "lex:\n  words: [\n    a, b\n",
    "lex:\n  words: [\n  a, b\n  ]\n",
    "lex:\n  words: [\n    a: b\n  ]\n",
    "words: [\n  1, 2.5, yes, ~\n]\n",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document())
@example(SHAPES[0])
def test_read_plain_builds_what_pyyaml_builds_or_leaves_the_file(text: str) -> None:
    fast = _plain(text)
    if fast is None:
        return
    data, texts = fast
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "file.yaml"
        path.write_text(text, encoding="utf-8")
        with _pyyaml_only():
            slow_doc, slow_problems = read_yaml(path)
    assert slow_problems == [], "read a file the full reader has a message for"
    assert slow_doc is not None
    assert repr(data) == repr(slow_doc.data)
    assert texts == slow_doc.texts


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document(), st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "latin-1", "utf-16", "cut"]))
def test_every_value_problem_and_position_is_the_same_as_reading_with_pyyaml(
    text: str, encoding: str
) -> None:
    # "cut": a UTF-8 file whose last character was cut in half.
    cut = encoding == "cut"
    _same_as_pyyaml(text.encode("utf-8") + b"\xc3" if cut else text.encode(encoding, "replace"))


@pytest.mark.parametrize("shape", SHAPES)
def test_shapes_facilitators_write_read_the_same_either_way(shape: str) -> None:
    _same_as_pyyaml(shape.encode("utf-8"))


def test_the_shipped_files_are_read_in_one_pass_and_build_what_pyyaml_builds() -> None:
    """The shortcut is really taken for the files `validate` reads most (and builds the same)."""
    paths = [
        *sorted((ROOT / "scenarios").glob("*.yaml")),
        *sorted((ROOT / "courses").glob("*.yaml")),
        ROOT / "rubrics" / "boundaries.yaml",
        ROOT / "rubrics" / "validation.yaml",
    ]
    for path in paths:
        text = path.read_text(encoding="utf-8-sig")
        fast = _plain(text)
        assert fast is not None, f"{path.name} is read by PyYAML, not in one pass"
        assert fast[0] == yaml.load(text, Loader=yaml.CSafeLoader), path.name
        _same_as_pyyaml(path.read_bytes())


def test_an_escape_beyond_unicode_is_a_located_message_not_a_traceback(tmp_path: Path) -> None:
    """`"\\U00110000"` names no character: libyaml refuses it with a position, and the
    pure-Python reader, asked again for its wording, used to crash with a ValueError."""
    path = tmp_path / "escape.yaml"
    path.write_text('id: x\ntitle: "caf\\U00110000"\n', encoding="utf-8")
    result = subprocess.run(
        [*CLI, "validate", str(path)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert f"{path}:2:" in result.stdout
    assert "invalid Unicode character escape" in result.stdout


@pytest.mark.parametrize("values", [MAX_VALUES, MAX_VALUES + 1])
@pytest.mark.parametrize("shape", ["flow", "block"])
def test_the_value_limit_falls_on_the_same_value_either_way(shape: str, values: int) -> None:
    """A file of exactly the most values allowed is read; one more is refused, with the same
    message and position whichever reader counted."""
    items = values - 2  # the mapping and the list count too
    if shape == "flow":
        text = "a: [" + ", ".join(["x"] * items) + "]\n"
    else:
        text = "a:\n" + "- x\n" * items
    assert (_plain(text) is not None) == (values <= MAX_VALUES)
    _same_as_pyyaml(text.encode("utf-8"))


def test_unusual_characters_are_found_the_same_in_bytes_as_by_the_pattern() -> None:
    """The reader gives up on control characters, extra line breaks and the like; it looks
    for them in the UTF-8 bytes with printable ASCII deleted. Every code point agrees."""
    differ = [
        c
        for c in range(0x110000)
        if _has_unusual(f"é {chr(c)}\n") != (_UNUSUAL.search(f"é {chr(c)}\n") is not None)
    ]
    assert differ == []
