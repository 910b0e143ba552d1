"""Safe YAML reading that remembers where every value came from.

PyYAML's `safe_load` throws away positions, so a facilitator would get "field required"
with no line to look at. Here the document is composed into nodes (safe tags only), then
built into plain Python values while recording the `line:col` of every key and value under
its path, e.g. `("nodes", "opening", "peer")`. Hostile or broken input never raises: huge
files, binary files, bad encodings, tabs, duplicate keys and alias bombs become `Problem`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.problems import Problem

Loc = tuple[str | int, ...]

#: A scenario or rubric file larger than this is almost certainly not one.
MAX_BYTES = 2_000_000
#: Values built from one file; stops "billion laughs" alias expansion early.
MAX_VALUES = 200_000
MAX_DEPTH = 60


@dataclass
class YamlDocument:
    """Plain data from one YAML file, with the position of each value and key."""

    path: Path
    data: Any
    value_pos: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    key_pos: dict[Loc, tuple[int, int]] = field(default_factory=dict)

    def position(self, loc: Loc, *, prefer_key: bool = False) -> tuple[int, int]:
        """The best known position for `loc`, walking up to a parent when needed."""
        probe = tuple(loc)
        while True:
            if prefer_key and probe in self.key_pos:
                return self.key_pos[probe]
            if probe in self.value_pos:
                return self.value_pos[probe]
            if probe in self.key_pos:
                return self.key_pos[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]

    def problem(self, loc: Loc, message: str, hint: str = "", **kw: Any) -> Problem:
        line, col = self.position(loc, prefer_key=kw.pop("prefer_key", False))
        return Problem(self.path, line, col, message, hint, **kw)


class _TooBig(Exception):
    pass


class _Builder:
    def __init__(self, doc: YamlDocument, problems: list[Problem]) -> None:
        self.doc = doc
        self.problems = problems
        self.count = 0
        self.scalars = SafeConstructor()

    def build(self, node: Node, loc: Loc, depth: int = 0) -> Any:
        self.count += 1
        if self.count > MAX_VALUES or depth > MAX_DEPTH:
            raise _TooBig
        mark = node.start_mark
        self.doc.value_pos.setdefault(loc, (mark.line + 1, mark.column + 1))
        if isinstance(node, ScalarNode):
            try:
                return self.scalars.construct_object(node, deep=True)
            except (ConstructorError, ValueError) as exc:
                hint = ""
                if node.tag.startswith("!") and not node.tag.startswith("!!"):
                    shown = f"{node.tag} {node.value}".strip()
                    hint = f"YAML reads a value starting with '!' as a tag; put it in quotes: '{shown}'"
                self.problems.append(
                    Problem(
                        self.doc.path,
                        mark.line + 1,
                        mark.column + 1,
                        f"unreadable value: {str(exc).splitlines()[0]}",
                        hint,
                    )
                )
                return None
        if isinstance(node, SequenceNode):
            return [self.build(item, (*loc, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                kmark = key_node.start_mark
                if not isinstance(key_node, ScalarNode):
                    self.problems.append(
                        Problem(
                            self.doc.path,
                            kmark.line + 1,
                            kmark.column + 1,
                            "a key must be a plain word, not a list or mapping",
                        )
                    )
                    continue
                key = str(key_node.value)
                kpos = (kmark.line + 1, kmark.column + 1)
                if key in result:
                    first = self.doc.key_pos.get((*loc, key), (0, 0))[0]
                    self.problems.append(
                        Problem(
                            self.doc.path,
                            *kpos,
                            f"duplicate key '{key}' (first used on line {first})",
                            "each key may appear once in a mapping; rename or merge the two",
                        )
                    )
                    continue
                self.doc.key_pos[(*loc, key)] = kpos
                result[key] = self.build(value_node, (*loc, key), depth + 1)
            return result
        return None  # pragma: no cover - composer yields only the three node kinds


def _line_col_of_offset(text: bytes, offset: int) -> tuple[int, int]:
    before = text[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col


def _compose(text: str) -> Node | None:
    """Compose with libyaml when present (about 15x faster); on any error compose again
    with the pure-Python parser, whose messages are the ones the hints are written for."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except (yaml.YAMLError, RecursionError):
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def read_yaml(path: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Read `path` as one YAML document. Returns the document (or None) and the problems."""
    problems: list[Problem] = []

    def fail(
        message: str, hint: str = "", line: int = 1, col: int = 1
    ) -> tuple[None, list[Problem]]:
        problems.append(Problem(path, line, col, message, hint))
        return None, problems

    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return fail(
                f"file is {size / 1_000_000:.1f} MB, larger than the {MAX_BYTES // 1_000_000} MB limit",
                "a scenario or rubric file is a few kilobytes; is this the right file?",
            )
        raw = path.read_bytes()
    except OSError as exc:
        return fail(
            f"cannot read file: {exc.strerror or exc}", "check the path and its permissions"
        )
    if b"\x00" in raw:
        line, col = _line_col_of_offset(raw, raw.index(b"\x00"))
        return fail(
            "this is a binary file, not YAML text", "save the file as plain UTF-8 text", line, col
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _line_col_of_offset(raw, exc.start)
        return fail(
            "the file is not valid UTF-8 text",
            "save it as UTF-8 (most editors offer this under 'Save with encoding')",
            line,
            col,
        )
    doc = YamlDocument(path, None)
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = (exc.problem or exc.context or "YAML syntax error").strip()
        hint = "check indentation and quoting around this place"
        if "\t" in message or "'\\t'" in message:
            message = "a tab character is used for indentation"
            hint = "YAML indents with spaces only; replace the tab with spaces"
        elif "expected a single document" in str(exc):
            message = "the file holds more than one YAML document (a second '---')"
            hint = "keep one scenario or rubric per file"
        elif "found undefined alias" in str(exc):
            hint = "an alias (*name) must refer to an anchor (&name) defined above it"
        elif "mapping values are not allowed here" in str(exc):
            hint = "a value containing ': ' must be in quotes, or the line is indented too far"
        elif "could not find expected ':'" in str(exc):
            hint = "a key needs a colon after it; text with ': ' inside should be in quotes"
        from simulator.content.yaml_hints import quoting_hint

        hint = quoting_hint(text, line, col) or hint
        return fail(f"YAML syntax error: {message}", hint, line, col)
    except yaml.YAMLError as exc:
        return fail(f"YAML error: {exc}")
    except RecursionError:
        return fail("the file is nested too deeply to be a scenario or rubric")
    if node is None:
        return fail("the file is empty", "start from an example in scenarios/ or rubrics/")
    builder = _Builder(doc, problems)
    try:
        doc.data = builder.build(node, ())
    except (_TooBig, RecursionError):
        return fail(
            "the file expands to too many values (anchors and aliases repeated too often?)",
            "write the text out instead of repeating aliases (*name)",
        )
    return doc, problems
