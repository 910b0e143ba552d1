"""Small text mechanisms shared by the detectors: normalising, words, perspective shift."""

from __future__ import annotations

import re

# Curly quotes and dashes are normalised one character for one, so spans found in the
# normalised text index the original reply too.
_TRANSLATE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"}
)
_REPLACEMENTS = tuple((chr(code), plain) for code, plain in _TRANSLATE.items())
WORD = re.compile(r"[a-z0-9']+")

# Grammar, not scoring phrases: the peer's "I" is the counsellor's "you". Used so that
# "I'm scared" echoed as "you're scared" still counts as repeating the peer's words.
_PERSPECTIVE = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "am": "are",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
}
#: Shifted only after the peer's "I" ("I was scared" -> "you were scared"): "it was awful",
#: "that was stupid of me" say "was" back as it is.
_AFTER_I = {"was": "were"}


def normalise(text: str) -> str:
    # Every character translated is outside ASCII, and `isascii` reads a flag: most replies
    # skip the translation. The others are translated by one `replace` a character (each a
    # scan in C): `translate` looked up every character of the text in a dict, ten times
    # the time. Each character becomes an ASCII one no other step changes, so the order of
    # the steps doesn't matter.
    if text.isascii():
        return text
    for curly, plain in _REPLACEMENTS:
        text = text.replace(curly, plain)
    return text


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text).lower())


def shift_perspective(tokens: list[str]) -> list[str]:
    """The peer's words as a counsellor would say them back ("I'm" -> "you're")."""
    return [
        _AFTER_I.get(w, w) if i and tokens[i - 1] == "i" else _PERSPECTIVE.get(w, w)
        for i, w in enumerate(tokens)
    ]


# ----------------------------------------------------------------- bounded matching
#: The longest reply scored; the rest is cut (the session refuses longer replies, and
#: `score` says when it cut one). With the squeezing below, scoring time stays bounded.
MAX_REPLY_CHARS = 4000
#: The longest peer line (context) read; more is cut.
MAX_CONTEXT_CHARS = 8000

# Long runs are what make a backtracking matcher slow, and they carry no more meaning than
# a short one: a run of more than 3 blanks, or of more than 5 of one punctuation mark, is
# matched as its first few characters (a newline in a blank run is kept: it ends a sentence).
_LONG_RUN = re.compile(r"\s{4,}|([^\w\s])\1{5,}")
# Its two branches alone: whether either is anywhere in a text is asked of every reply, and
# `re` skips ahead to a possible first character of one branch but not of an alternation.
_LONG_BLANKS = re.compile(r"\s{4,}")
_LONG_MARKS = re.compile(r"([^\w\s])\1{5,}")
#: A sentence with what ends it and the blanks after it (for finding repeated sentences).
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?\n]+|$)\s*")
_KEY = re.compile(r"[^\W_]+")


class Squeezed:
    """A text as the detectors match it, with each of its offsets mapped to the original.

    Long blank and punctuation runs are shortened, and a sentence that repeats an earlier
    one word for word is left out (saying one thing forty times says it once). Evidence
    found in `text` is reported against `original` through `span`.
    """

    __slots__ = ("_index", "original", "text")

    def __init__(self, original: str, *, drop_repeats: bool = True) -> None:
        self.original = original
        self._index: list[int] | None = None
        pieces = _pieces(original, drop_repeats)
        if pieces is None:
            self.text = normalise(original)
            return
        index: list[int] = []
        out: list[str] = []
        for start, end in pieces:
            out.append(original[start:end])
            index.extend(range(start, end))
        self.text = normalise("".join(out))
        index.append(len(original))
        self._index = index

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of `text[start:end]`."""
        index = self._index
        if index is None:
            return start, end
        start = min(max(start, 0), len(index) - 1)
        if end <= start:
            return index[start], index[start]
        return index[start], index[min(end, len(index) - 1) - 1] + 1

    def quote(self, start: int, end: int) -> tuple[int, int, str]:
        """(start, end, text) of the original for a span of `text`."""
        first, last = self.span(start, end)
        return first, last, self.original[first:last]


def _pieces(text: str, drop_repeats: bool = True) -> list[tuple[int, int]] | None:
    """The (start, end) pieces of `text` kept when squeezing, or None when all of it is."""
    long_run = _LONG_BLANKS.search(text) or _LONG_MARKS.search(text)
    runs = list(_LONG_RUN.finditer(text)) if long_run else []
    repeats = _repeated_sentences(text) if drop_repeats else []
    if not runs and not repeats:
        return None
    cuts = sorted(
        [(m.start() + _run_keep(m.group(0)), m.end()) for m in runs] + repeats,
    )
    pieces: list[tuple[int, int]] = []
    position = 0
    for start, end in cuts:
        if end <= position:
            continue
        start = max(start, position)
        if start > position:
            pieces.append((position, start))
        position = end
    if position < len(text):
        pieces.append((position, len(text)))
    # A newline cut out of a blank run still ends the sentence before it.
    for m in runs:
        run = m.group(0)
        if run[0].isspace() and "\n" in run and "\n" not in run[:2]:
            newline = m.start() + run.index("\n")
            pieces.append((newline, newline + 1))
    pieces.sort()
    return pieces


def _run_keep(run: str) -> int:
    return 2 if run[0].isspace() else 3


def _repeated_sentences(text: str) -> list[tuple[int, int]]:
    """The spans of sentences that repeat an earlier one word for word."""
    if text.count(".") + text.count("!") + text.count("?") + text.count("\n") < 2:
        return []
    # An ASCII text is lower-cased once and each sentence's words read in place (an ASCII
    # letter's lower case depends on nothing around it); any other sentence by itself.
    lower = text.lower() if text.isascii() else None
    seen: set[tuple[str, ...]] = set()
    repeats = []
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        if start == end:
            break
        if lower is not None:
            key = tuple(_KEY.findall(lower, start, end))
        else:
            key = tuple(_KEY.findall(m.group(0).lower()))
        if not key:
            continue
        if key in seen:
            repeats.append((start, end))
        else:
            seen.add(key)
    return repeats
