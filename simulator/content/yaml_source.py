"""Safe YAML reading that remembers where every value came from.

PyYAML's `safe_load` throws away positions, so a facilitator would get "field required"
with no line to look at. Here the document is composed into nodes (safe tags only), then
built into plain Python values; the `line:col` of every key and value under its path, e.g.
`("nodes", "opening", "peer")`, is worked out from the nodes when a message first needs it. Hostile or broken input never raises: huge
files, binary files, bad encodings, tabs, duplicate keys and alias bombs become `Problem`s.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.content.plain_yaml import read_plain
from simulator.content.problems import Problem

Loc = tuple[str | int, ...]

#: A scenario or rubric file larger than this is almost certainly not one.
MAX_BYTES = 2_000_000
#: Values built from one file; stops "billion laughs" alias expansion early.
MAX_VALUES = 200_000
MAX_DEPTH = 60
#: Characters of text built from one file, counting each alias's copy again; stops one
#: long string repeated through hundreds of aliases.
MAX_TEXT_CHARS = 2 * MAX_BYTES
#: The tags PyYAML's safe loader gives plain values; any other (`!!binary`, `!!python/…`,
#: `!custom`) is refused rather than quietly read.
STANDARD_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)


class YamlDocument:
    """Plain data from one YAML file, with the position of each value and key.

    Positions are worked out from the composed nodes only when first asked for: most files
    produce no message, and recording a position for every value was a third of reading.
    """

    def __init__(
        self,
        path: Path,
        data: Any,
        value_pos: dict[Loc, tuple[int, int]] | None = None,
        key_pos: dict[Loc, tuple[int, int]] | None = None,
        text: str = "",
        root: Node | None = None,
    ) -> None:
        self.path = path
        self.data = data
        #: The file's text as read (for checks that can rule things out for a whole file at once).
        self.text = text
        #: Every text value of `data`, as the reader built them (None: not recorded).
        self.texts: list[str] | None = None
        self._root = root
        self._value_pos = value_pos
        self._key_pos = key_pos

    @property
    def value_pos(self) -> dict[Loc, tuple[int, int]]:
        """`line, col` of each value built, by its path (e.g. `("nodes", "opening", "peer")`)."""
        if self._value_pos is None:
            self._locate()
        assert self._value_pos is not None
        return self._value_pos

    @property
    def key_pos(self) -> dict[Loc, tuple[int, int]]:
        """`line, col` of each mapping key kept, by the path of its value."""
        if self._key_pos is None:
            self._locate()
        assert self._key_pos is not None
        return self._key_pos

    def _locate(self) -> None:
        self._value_pos, self._key_pos = {}, {}
        if self._root is None and self.text:
            # Read without nodes (simulator.content.plain_yaml): compose it now.
            try:
                self._root = _compose(self.text)
            except (yaml.YAMLError, RecursionError):
                self._root = None
        if self._root is not None:
            _record_positions(self._root, (), self._value_pos, self._key_pos)
            self._root = None  # the nodes are no longer needed

    def position(self, loc: Loc, *, prefer_key: bool = False) -> tuple[int, int]:
        """The best known position for `loc`, walking up to a parent when needed."""
        value_pos, key_pos = self.value_pos, self.key_pos
        probe = tuple(loc)
        while True:
            if prefer_key and probe in key_pos:
                return key_pos[probe]
            if probe in value_pos:
                return value_pos[probe]
            if probe in key_pos:
                return key_pos[probe]
            if not probe:
                return (1, 1)
            probe = probe[:-1]

    def problem(self, loc: Loc, message: str, hint: str = "", **kw: Any) -> Problem:
        line, col = self.position(loc, prefer_key=kw.pop("prefer_key", False))
        return Problem(self.path, line, col, message, hint, **kw)


def _record_positions(
    node: Node, loc: Loc, value_pos: dict[Loc, tuple[int, int]], key_pos: dict[Loc, tuple[int, int]]
) -> None:
    """The positions `_Builder.build` would have met, walking the same way: into what it
    built, past keys it left out (not plain, or used twice) and values with a refused tag."""
    mark = node.start_mark
    value_pos.setdefault(loc, (mark.line + 1, mark.column + 1))
    if _tag_of(node) not in STANDARD_TAGS:
        return
    if isinstance(node, SequenceNode):
        for i, item in enumerate(node.value):
            _record_positions(item, (*loc, i), value_pos, key_pos)
    elif isinstance(node, MappingNode):
        kept: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                continue
            key = str(key_node.value)
            if key in kept:
                continue
            kept.add(key)
            kmark = key_node.start_mark
            key_pos[(*loc, key)] = (kmark.line + 1, kmark.column + 1)
            _record_positions(value_node, (*loc, key), value_pos, key_pos)


_STR = "tag:yaml.org,2002:str"


class _TooBig(Exception):
    """The file builds to more than a scenario or rubric could need; says what."""

    def __init__(self, message: str, hint: str, line: int, col: int) -> None:
        super().__init__(message)
        self.message, self.hint, self.line, self.col = message, hint, line, col


class Unreadable(Exception):
    """A path that is not a regular file we may read (a FIFO, a device, a link loop…)."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_regular(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, never more than `limit` (else Unreadable).

    Opened without blocking, so a FIFO named `*.yaml` cannot hang the reader; checked to be a
    regular file before reading, so `/dev/zero` cannot fill memory; read in bounded chunks,
    so a file that grows while it is read stops at the limit.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Unreadable(
                "the path is a loop of symbolic links", "point the link at a real file"
            ) from None
        raise Unreadable(
            f"cannot read file: {exc.strerror or exc}", "check the path and its permissions"
        ) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise Unreadable(
                f"this is {_kind(mode)}, not a file; only regular files are read",
                "give the path of a .yaml file",
            )
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise Unreadable(
                f"file is larger than the {limit / 1_000_000:g} MB limit",
                "a scenario or rubric file is a few kilobytes; is this the right file?",
            )
        return b"".join(chunks)
    except OSError as exc:
        raise Unreadable(f"cannot read file: {exc.strerror or exc}", "check the path") from None
    finally:
        os.close(fd)


class _Builder:
    """Plain Python values from composed nodes, with every limit and refusal as a Problem.
    Positions are not recorded here (see `YamlDocument.value_pos`)."""

    def __init__(self, doc: YamlDocument, problems: list[Problem]) -> None:
        self.doc = doc
        self.problems = problems
        self.count = 0
        self.chars = 0
        # A node is met twice only through an alias, written `*name`; without one in the
        # text there is nothing to track.
        self.track_aliases = "*" in doc.text
        self.seen: set[int] = set()
        self.aliased = False
        self.scalars = SafeConstructor()
        self.texts: list[str] = []

    def _too_big(self, node: Node, depth: int) -> None:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        via = " through anchors and aliases (*name)" if self.aliased else ""
        if depth > MAX_DEPTH:
            raise _TooBig(
                f"lists and mappings are nested more than {MAX_DEPTH} levels deep here{via}",
                "a scenario or rubric needs a few levels; flatten this part",
                line,
                col,
            )
        if self.count > MAX_VALUES:
            raise _TooBig(
                f"the file builds to more than {MAX_VALUES:,} values{via}",
                "a scenario or rubric has a few thousand; split the file"
                + (" or write repeated parts out" if via else ""),
                line,
                col,
            )
        raise _TooBig(
            f"the file builds to more than {MAX_TEXT_CHARS:,} characters of text{via}",
            "write the text out instead of repeating aliases (*name)"
            if via
            else "a scenario or rubric is a few kilobytes of text; split the file",
            line,
            col,
        )

    def _refused(self, node: Node, message: str, hint: str = "") -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.doc.path, mark.line + 1, mark.column + 1, message, hint))

    def _quick_text(self, node: Node) -> str | None:
        """The node's text if it is an untagged text value that counts within the limits
        (counted here, as `build` would); None for anything else, left to `build`."""
        tag: Any = node.tag
        if not isinstance(tag, slice) or tag.start is not ScalarNode or self.count >= MAX_VALUES:
            return None
        value: str = tag.stop
        if tag.step[0] and not (value and value[0] in _PLAIN_TEXT_FIRST):
            return None  # a plain value that may be a number, a date, true…
        if self.chars + len(value) > MAX_TEXT_CHARS:
            return None
        self.count += 1
        self.chars += len(value)
        self.texts.append(value)
        return value

    def build(self, node: Node, depth: int = 0) -> Any:
        self.count += 1
        if self.track_aliases:
            if id(node) in self.seen:
                self.aliased = True
            else:
                self.seen.add(id(node))
        if self.count > MAX_VALUES or depth > MAX_DEPTH:
            self._too_big(node, depth)
        tag = _tag_of(node)
        if tag not in STANDARD_TAGS:
            self._refused(
                node,
                f"the tag '{tag.replace('tag:yaml.org,2002:', '!!')}' is not allowed",
                "remove it: scenario and rubric files hold plain text, numbers, lists and mappings",
            )
            return None
        if isinstance(node, ScalarNode):
            self.chars += len(node.value)
            if self.chars > MAX_TEXT_CHARS:
                self._too_big(node, depth)
            if tag == _STR:
                self.texts.append(node.value)
                return node.value  # most values: no constructor needed
            try:
                return self.scalars.construct_object(node, deep=True)
            except (ConstructorError, ValueError) as exc:
                hint = ""
                if tag.startswith("!") and not tag.startswith("!!"):
                    shown = f"{tag} {node.value}".strip()
                    hint = f"YAML reads a value starting with '!' as a tag; put it in quotes: '{shown}'"
                self._refused(node, f"unreadable value: {str(exc).splitlines()[0]}", hint)
                return None
        depth += 1
        # Text values met in a list or mapping are taken here without a call of their own
        # (most of a file), when no limit can be reached by them and no alias is tracked;
        # anything else goes through `build`, which decides the same way for text.
        quick = not self.track_aliases and depth <= MAX_DEPTH
        if isinstance(node, SequenceNode):
            items: list[Any] = []
            for item in node.value:
                text = self._quick_text(item) if quick else None
                items.append(self.build(item, depth) if text is None else text)
            return items
        if isinstance(node, MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, ScalarNode):
                    self._refused(key_node, "a key must be a plain word, not a list or mapping")
                    continue
                key = str(key_node.value)
                if key in result:
                    first = next(
                        k.start_mark.line + 1
                        for k, _ in node.value
                        if isinstance(k, ScalarNode) and str(k.value) == key
                    )
                    self._refused(
                        key_node,
                        f"duplicate key '{key}' (first used on line {first})",
                        "each key may appear once in a mapping; rename or merge the two",
                    )
                    continue
                text = self._quick_text(value_node) if quick else None
                result[key] = self.build(value_node, depth) if text is None else text
            return result
        return None  # pragma: no cover - composer yields only the three node kinds


def _line_col_of_offset(text: bytes, offset: int) -> tuple[int, int]:
    before = text[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col


#: The safe loader's implicit types (`yes` is true, `1.5` a float, …), as its resolver has them.
_RESOLVER = yaml.resolver.Resolver()
#: First characters of plain values that no implicit type can start with: such a value is text.
_PLAIN_TEXT_FIRST = frozenset(
    ch
    for ch in map(chr, range(128))
    if ch not in yaml.resolver.Resolver.yaml_implicit_resolvers and (ch.isalpha() or ch in "(")
)


def _tag_of(node: Node) -> str:
    """The node's tag. The fast loader leaves each untagged node's tag as a `slice` of the
    arguments PyYAML's composer would have resolved it with; it is resolved here, once, by
    the same resolver (a plain value starting with a letter no implicit type can start with
    is text at once, without trying each type's pattern)."""
    tag: Any = node.tag
    if not isinstance(tag, slice):
        return str(tag)
    kind, value, implicit = tag.start, tag.stop, tag.step
    if kind is ScalarNode and (not implicit[0] or (value and value[0] in _PLAIN_TEXT_FIRST)):
        resolved = _STR  # quoted or block text, or plain text as above
    else:
        resolved = _RESOLVER.resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
    node.tag = resolved
    return resolved


def _fast_loader() -> Any:
    base = getattr(yaml, "CSafeLoader", None)
    if base is None:
        return None

    class FastLoader(base):  # type: ignore[misc, valid-type]
        """libyaml's safe loader without calls back into Python for each value: libyaml's
        composer calls `resolve`, `descend_resolver` and `ascend_resolver` on every node;
        here they are C built-ins. `resolve` keeps its arguments (a `slice`) for `_tag_of`;
        the other two serve path resolvers, which safe loading never has."""

        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self.resolve = slice
            self.descend_resolver = dict[Any, Any]().get
            self.ascend_resolver = list[Any]().clear

    return FastLoader


_FastLoader = _fast_loader()


def _compose(text: str) -> Node | None:
    """Compose with libyaml when present (about 15x faster); on any error compose again
    with the pure-Python parser, whose messages are the ones the hints are written for."""
    first_error: yaml.YAMLError | RecursionError | None = None
    if _FastLoader is not None:
        try:
            return yaml.compose(text, Loader=_FastLoader)
        except (yaml.YAMLError, RecursionError) as exc:
            first_error = exc
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except ValueError as exc:
        # The pure-Python scanner fails without a message of its own on an escape beyond
        # Unicode (`"\U00110000"`); libyaml's error says where.
        if first_error is not None:
            raise first_error from None
        raise yaml.YAMLError(f"a value cannot be read: {exc}") from None


def read_yaml(path: Path, raw: bytes | None = None) -> tuple[YamlDocument | None, list[Problem]]:
    """Read `path` as one YAML document. Returns the document (or None) and the problems.
    `raw`: the file's bytes, when the caller has read them already (`read_regular`)."""
    problems: list[Problem] = []

    def fail(
        message: str, hint: str = "", line: int = 1, col: int = 1
    ) -> tuple[None, list[Problem]]:
        problems.append(Problem(path, line, col, message, hint))
        return None, problems

    try:
        if raw is None:
            raw = read_regular(path)
    except Unreadable as exc:
        return fail(exc.message, exc.hint)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw[1:2] == b"\x00" or raw[:1] == b"\x00":
        return fail(
            "the file is UTF-16 text",
            "save it as UTF-8 (most editors offer this under 'Save with encoding')",
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
    doc = YamlDocument(path, None, text=text)
    plain = read_plain(
        text, max_depth=MAX_DEPTH - 2, max_values=MAX_VALUES, max_chars=MAX_TEXT_CHARS
    )
    if plain is not None:
        doc.data, doc.texts = plain  # positions are composed when a message needs them
        return doc, problems
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
    except yaml.reader.ReaderError as exc:
        line, col = _line_col_of_offset(text.encode("utf-8"), len(text[: exc.position].encode()))
        return fail(
            f"the character U+{exc.character:04X} cannot appear in a YAML file"
            if isinstance(exc.character, int)
            else "the file has a character YAML does not allow",
            'remove it; a control character can be written as an escape in "double quotes"',
            line,
            col,
        )
    except yaml.YAMLError as exc:
        return fail(f"YAML error: {exc}")
    except RecursionError:
        return fail(
            "lists and mappings are nested too deeply to read (hundreds of levels)",
            "a scenario or rubric needs a few levels; check for runaway brackets",
        )
    if node is None:
        return fail("the file is empty", "start from an example in scenarios/ or rubrics/")
    doc._root = node
    builder = _Builder(doc, problems)
    try:
        doc.data = builder.build(node)
        doc.texts = builder.texts
    except _TooBig as exc:
        return fail(exc.message, exc.hint, exc.line, exc.col)
    except RecursionError:
        return fail(
            "lists and mappings are nested too deeply to read",
            "a scenario or rubric needs a few levels; flatten the file",
        )
    return doc, problems
