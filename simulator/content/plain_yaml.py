"""Reading the plain YAML that scenario, rubric and course files are written in, in one pass
over their lines, without PyYAML's node tree.

`peer-practice validate` on 1,000 files spent most of its time in PyYAML: libyaml turns each
file into events, the Cython binding turns each event into a Python node with two position
marks, and only then are values built (issue 15: about 0.8 s of 1.9 s). Facilitators' files
use a small part of YAML: block mappings and lists, plain, quoted and block (`>-`, `|`) text
on one line each, and one-line `[a, b]` / `{a: b}` lists and mappings. `read_plain` builds
the values of such a file straight from its lines, about four times faster.

It is a shortcut, never a second dialect. Anything outside that part of YAML (anchors,
aliases, tags, text running over several lines, tabs, a second document, a duplicate key,
a value the safe loader would refuse, …) makes it give up (`None`), and the file is read by
PyYAML as before; so are files whose values would reach a reading limit. Where it does read a
file, it builds exactly what PyYAML would (plain values are typed by PyYAML's own resolver
and constructors); `tests/test_plain_yaml.py` compares the two on random documents.
Positions are not kept: a file that gets a message is composed again by PyYAML for them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import ScalarNode

__all__ = ["read_plain"]


class _GiveUp(Exception):
    """The text is outside the part of YAML read here; PyYAML reads it instead."""


#: Characters outside YAML's printable set, and those that are line breaks or blanks to YAML
#: besides `\n` and space (tab, CR, NEL, LS, PS) or a byte-order mark inside the text.
_UNUSUAL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\n"


def _has_unusual(text: str) -> bool:
    """Whether `text` holds a character of `_UNUSUAL`. Most of a file is printable ASCII:
    deleting it from the UTF-8 bytes (quicker than testing each character against the
    pattern's set) leaves control characters and whole characters beyond ASCII, which the
    pattern then looks at."""
    rest = text.encode("utf-8", "surrogatepass").translate(None, _PRINTABLE_ASCII)
    return bool(rest) and _UNUSUAL.search(rest.decode("utf-8", "surrogatepass")) is not None


#: `key:` then a space or the end of the line; the key a plain word (no quotes, `#`, `:`).
_KEY = re.compile(r"(\w[^:#]*):(?: +|$)")
#: What may follow a quoted value or a one-line list/mapping: spaces, then maybe a comment.
_END = re.compile(r" *(?:(?<= )#.*)?")
_DOUBLE = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"')
_SINGLE = re.compile(r"'([^']*(?:''[^']*)*)'")
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_ESCAPES = {
    "0": "\0",
    "a": "\x07",
    "b": "\x08",
    "t": "\t",
    "n": "\n",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    " ": " ",
    '"': '"',
    "/": "/",
    "\\": "\\",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
#: One item of a one-line list or mapping: quoted, or a plain word without flow indicators.
_FLOW_ITEM = re.compile(
    r""" *(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^']*(?:''[^']*)*)'|([^\s,\[\]{}#&*!|>'"%@`?:-][^,\[\]{}#:]*)) *([,\]}])"""
)
#: A one-line list of plain words, each starting with a letter (quotes may come after it:
#: `[it's, "so" he said]`): split at its commas.
_WORD_LIST = re.compile(r"\[ *([A-Za-z][^,\[\]{}#:]*(?:, *[A-Za-z][^,\[\]{}#:]*)*)\]")
#: A one-line mapping of words to double-quoted text without escapes, or to plain words
#: starting with a letter (`{boundaries: held, paraphrasing: ">=1"}`).
_SIMPLE_MAPPING = re.compile(
    r'\{((?: *\w+: +(?:"[^"\\]*"|[A-Za-z][^,\[\]{}#:\'"]*) *,)*'
    r' *\w+: +(?:"[^"\\]*"|[A-Za-z][^,\[\]{}#:\'"]*) *)\}'
)
_SIMPLE_PAIR = re.compile(r'(\w+): +(?:"([^"\\]*)"|([A-Za-z][^,\[\]{}#:\'"]*))')
_FLOW_KEY = re.compile(r" *(\w[^,\[\]{}#:]*): +")
_BLOCK_HEADER = re.compile(r"([|>])(-?) *(?:(?<= )#.*)?")

_STR = "tag:yaml.org,2002:str"
#: Tags a plain value may resolve to that the reader builds without a message.
_BUILT_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "null", "timestamp")
)
_RESOLVER = yaml.resolver.Resolver()
_IMPLICIT = (True, False)
#: First characters of plain values that no implicit type starts with: such a value is text.
_TEXT_FIRST = frozenset(
    ch
    for ch in map(chr, range(128))
    if ch not in yaml.resolver.Resolver.yaml_implicit_resolvers and (ch.isalpha() or ch in "(")
)
#: ASCII letters that a plain value typed as true/false or null may start with (`yes`, `No`,
#: `null`): only values of five characters or fewer can be one of those.
_WORD_FIRST = frozenset(
    ch for ch in yaml.resolver.Resolver.yaml_implicit_resolvers if ch.isascii() and ch.isalpha()
)
#: First characters a plain value may not start with (YAML indicators), or that start
#: something read elsewhere (quotes, `[`, `{`, `|`, `>`, `#`).
_NOT_PLAIN_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@`")


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) == 1:
        if code not in _ESCAPES:
            raise _GiveUp
        return _ESCAPES[code]
    value = int(code[1:], 16)
    if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
        raise _GiveUp
    return chr(value)


@lru_cache(maxsize=4096)
def _tag(text: str) -> str:
    """The tag PyYAML's resolver gives the plain value `text` (the same few words, `yes`,
    `tired`, `1`, recur in every file)."""
    return str(_RESOLVER.resolve(ScalarNode, text, _IMPLICIT))  # type: ignore[no-untyped-call]


def _typed(text: str, texts: list[str]) -> Any:
    """A plain value, typed as PyYAML's safe loader types it (text is added to `texts`)."""
    if text and (text[0] in _TEXT_FIRST or (len(text) > 5 and text[0] in _WORD_FIRST)):
        texts.append(text)
        return text
    tag = _tag(text)
    if tag == _STR:
        texts.append(text)
        return text
    if tag not in _BUILT_TAGS:
        raise _GiveUp  # `<<`, `=`: refused by the reader, with a message
    try:
        return SafeConstructor.yaml_constructors[tag](_CONSTRUCTOR, ScalarNode(tag, text))
    except (ConstructorError, ValueError):
        raise _GiveUp from None


_CONSTRUCTOR = SafeConstructor()


def _plain(rest: str, texts: list[str]) -> Any:
    """The plain value `rest` written after `key: ` or `- ` (a comment cut off)."""
    first = rest[0]
    if first in _NOT_PLAIN_FIRST and not (first == "-" and len(rest) > 1 and rest[1] != " "):
        raise _GiveUp
    cut = rest.find(" #")
    if cut >= 0:
        rest = rest[:cut]
    rest = rest.rstrip(" ")
    if ": " in rest or rest[-1] == ":":
        raise _GiveUp  # a mapping inside a value: an error PyYAML words
    return _typed(rest, texts)


def _block_text(lines: list[str], i: int, header_text: str, indent: int) -> tuple[str, int]:
    """A `|` or `>` block of text (clipped, or `-` stripped) from the lines after line `i`,
    in a block whose indentation is `indent`; and the number of the line after it."""
    header = _BLOCK_HEADER.fullmatch(header_text)
    if header is None:
        raise _GiveUp  # `+`, an indentation digit, or text after the header
    folded = header.group(1) == ">"
    end = len(lines)
    j = i + 1
    body: list[str] = []
    width = 0
    blanks = 0
    last = -1
    while j < end:
        line = lines[j]
        stripped = line.lstrip(" ")
        if not stripped:
            if width == 0 or len(line) > width:
                raise _GiveUp  # leading blank lines, or blank lines holding spaces
            blanks += 1
            j += 1
            continue
        margin = len(line) - len(stripped)
        if width == 0:
            if margin <= indent:
                break  # no text: an empty value
            width = margin
        elif margin < width:
            break
        elif margin > width and folded:
            raise _GiveUp  # a more indented line keeps its break: not read here
        if blanks:
            body.extend([""] * blanks)
            blanks = 0
        body.append(line[width:])
        last = j
        j += 1
    if not body:
        return "", j
    if folded:
        parts: list[str] = []
        previous_blank = True
        for line in body:
            if not line:
                parts.append("\n")
                previous_blank = True
            else:
                if not previous_blank:
                    parts.append(" ")
                parts.append(line)
                previous_blank = False
        value = "".join(parts)
    else:
        value = "\n".join(body)
    if not header.group(2) and last < end - 1:
        value += "\n"  # (the file's last line, without a line break, has none)
    return value, j


def _flow(rest: str, texts: list[str]) -> tuple[list[Any] | dict[str, Any], int]:
    """A one-line `[...]` or `{...}` of plain or quoted values, and how many values it has."""
    simple_mapping = _SIMPLE_MAPPING.fullmatch(rest)
    if simple_mapping is not None:  # `{skill: ">=1", boundaries: held}`, the usual mapping
        pairs: dict[str, Any] = {}
        for name, quoted, word in _SIMPLE_PAIR.findall(simple_mapping.group(1)):
            if name in pairs:
                raise _GiveUp
            if word:
                word = word.rstrip(" ")
                if word[0] in _TEXT_FIRST or len(word) > 5:  # (starts with a letter: see _typed)
                    texts.append(word)
                    pairs[name] = word
                else:
                    pairs[name] = _typed(word, texts)
            else:
                texts.append(quoted)
                pairs[name] = quoted
        return pairs, len(pairs) + 1
    simple = _WORD_LIST.fullmatch(rest)
    if simple is not None:  # `[a few words, more words]`, the usual list
        words: list[Any] = []
        for word in simple.group(1).split(","):
            word = word.strip(" ")
            if word[0] in _TEXT_FIRST or len(word) > 5:  # (starts with a letter: see _typed)
                texts.append(word)
                words.append(word)
            else:
                words.append(_typed(word, texts))
        return words, len(words) + 1
    is_mapping = rest[0] == "{"
    close = "}" if is_mapping else "]"
    result: Any = {} if is_mapping else []
    count = 1
    pos = 1
    inner = rest[1:].lstrip(" ")
    if inner.startswith(close):
        pos = len(rest) - len(inner) + 1
    else:
        while True:
            key = None
            if is_mapping:
                key_match = _FLOW_KEY.match(rest, pos)
                if key_match is None:
                    raise _GiveUp
                key = key_match.group(1).rstrip(" ")
                if key in result:
                    raise _GiveUp
                pos = key_match.end()
            match = _FLOW_ITEM.match(rest, pos)
            if match is None:
                raise _GiveUp
            double, single, plain, sep = match.groups()
            if double is not None:
                value: Any = _ESCAPE.sub(_unescape, double) if "\\" in double else double
                texts.append(value)
            elif single is not None:
                value = single.replace("''", "'")
                texts.append(value)
            else:
                value = _typed(plain.rstrip(" "), texts)
            if is_mapping:
                result[key] = value
            else:
                result.append(value)
            count += 1
            pos = match.end()
            if sep == close:
                break
            if sep != ",":
                raise _GiveUp
    if _END.fullmatch(rest, pos) is None:
        raise _GiveUp
    return result, count


#: Each line of a file: indentation, `- `, `key: `, then the rest of the line (one match per
#: line, so `findall` splits the file and each line in one call).
_LINES = re.compile(r"^( *)(-(?: +|$))?(?:(\w[^:#\n]*+):(?: +|$))?(.*)", re.MULTILINE)

_MAPPING, _LIST, _LIST_UNDER_KEY = 0, 1, 2


def _quoted(rest: str) -> str:
    """The value of `rest`, a quoted text alone on the rest of its line (maybe a comment
    after it). The usual case, no escape before the closing quote, is found by plain
    searches; anything else is matched by the patterns."""
    quote = rest[0]
    close = rest.find(quote, 1)
    if close > 0:
        after = close + 1
        plain_body = (
            rest.find("\\", 1, close) < 0 if quote == '"' else not rest.startswith("'", after)
        )
        if plain_body and (after == len(rest) or _END.fullmatch(rest, after) is not None):
            return rest[1:close]
    match = (_DOUBLE if quote == '"' else _SINGLE).match(rest)
    if match is None or _END.fullmatch(rest, match.end()) is None:
        raise _GiveUp  # runs over lines, or something follows it
    body = match.group(1)
    if quote == "'":
        return body.replace("''", "'")
    return _ESCAPE.sub(_unescape, body) if "\\" in body else body


def _read(text: str, max_depth: int, texts: list[str]) -> tuple[Any, int]:
    """The values of `text` (a block mapping or list at the top) and how many values were
    built; raises _GiveUp for anything outside the part of YAML read here."""
    # The blocks open around the innermost one, outermost first: (indentation, kind, the
    # dict or list). The innermost is `block`, of `top_kind`, at `top_indent`.
    stack: list[tuple[int, int, Any]] = []
    top_indent, top_kind = -1, _MAPPING
    block: Any = None
    root: Any = None
    # A `key:` or `-` with nothing after it waits for the next line to give its value.
    waiting = False
    waiting_key = ""
    count = 0
    lines: list[str] | None = None  # the file's lines, split only for block text
    append_text = texts.append
    # Each line as (indentation, dash, key, rest); "" for a part the line lacks.
    numbered = enumerate(_LINES.findall(text))
    for i, (pad, dash, key, rest) in numbered:
        if not dash and not key:
            if not rest or rest[0] == "#":
                continue  # a blank line or a comment
            raise _GiveUp  # text running over lines, a document marker, a directive, …
        indent = len(pad)
        if waiting:
            waiting = False
            if indent > top_indent or (indent == top_indent and dash and top_kind == _MAPPING):
                # The value is a block on the lines below.
                child: Any = [] if dash else {}
                if top_kind == _MAPPING:
                    block[waiting_key] = child
                else:
                    block.append(child)
                count += 1
                stack.append((top_indent, top_kind, block))
                if len(stack) >= max_depth:
                    raise _GiveUp
                top_kind = (_LIST if indent > top_indent else _LIST_UNDER_KEY) if dash else _MAPPING
                top_indent, block = indent, child
            else:
                count += 1
                if top_kind == _MAPPING:
                    block[waiting_key] = None
                else:
                    block.append(None)
        elif block is None:  # the first line: the list or mapping the file holds
            top_indent, top_kind, block = (indent, _LIST, []) if dash else (indent, _MAPPING, {})
            root = block
            count += 1
        while top_indent > indent or (
            top_indent == indent and top_kind == _LIST_UNDER_KEY and not dash
        ):
            if not stack:
                raise _GiveUp  # less indented than the first block: an error PyYAML words
            top_indent, top_kind, block = stack.pop()
        if top_indent != indent:
            raise _GiveUp
        if dash:
            if top_kind == _MAPPING:
                raise _GiveUp  # `- ` among a mapping's keys
            if key:
                # `- key: value` starts a mapping in the list, at the key's column.
                child = {}
                block.append(child)
                count += 1
                stack.append((top_indent, top_kind, block))
                if len(stack) >= max_depth:
                    raise _GiveUp
                top_indent, top_kind, block = indent + len(dash), _MAPPING, child
            elif not rest or rest[0] == "#":
                waiting = True
                continue
        elif top_kind != _MAPPING:
            raise _GiveUp  # a key among a list's items
        if key:
            if key[-1] == " ":
                key = key.rstrip(" ")
            if key in block or len(key) > 1000:
                raise _GiveUp  # a duplicate key: the full reader words it
        # The value after `key: ` or `- `.
        if not rest or rest[0] == "#":
            waiting, waiting_key = True, key
            continue
        count += 1
        value: Any
        first = rest[0]
        if (
            (first in _TEXT_FIRST or (first in _WORD_FIRST and len(rest) > 5))
            and rest[-1] not in " :"
            and " #" not in rest
            and ": " not in rest
        ):
            value = rest
            append_text(value)
        elif first == '"' or first == "'":
            value = _quoted(rest)
            append_text(value)
        elif first == "[" or first == "{":
            value, n = _flow(rest, texts)
            count += n - 1
        elif first == "|" or first == ">":
            if lines is None:
                lines = text.split("\n")
            value, after = _block_text(lines, i, rest, top_indent)
            append_text(value)
            for _ in range(after - i - 1):  # the block's lines are read
                next(numbered)
        else:
            value = _plain(rest, texts)
        if key:
            block[key] = value
        else:
            block.append(value)
    if block is None:
        raise _GiveUp  # nothing but comments: the full reader says the file is empty
    if waiting:
        count += 1
        if top_kind == _MAPPING:
            block[waiting_key] = None
        else:
            block.append(None)
    return root, count


def read_plain(
    text: str, *, max_depth: int, max_values: int, max_chars: int
) -> tuple[Any, list[str]] | None:
    """The values of `text` and its text values in the order built, as PyYAML would build
    them; None when the text is outside what is read here, holds an error, or may reach a
    limit (the caller then reads it with PyYAML, which words the message)."""
    if len(text) * 2 > max_chars or _has_unusual(text):
        return None
    texts: list[str] = []
    try:
        data, count = _read(text, max_depth, texts)
    except (_GiveUp, RecursionError):
        return None
    if count > max_values:
        return None
    return data, texts
