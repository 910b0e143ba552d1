"""Small text mechanisms shared by the detectors: normalising, words, perspective shift."""

from __future__ import annotations

import re

# Curly quotes and dashes are normalised one character for one, so spans found in the
# normalised text index the original reply too.
_TRANSLATE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"}
)
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
    "was": "were",
}


def normalise(text: str) -> str:
    return text.translate(_TRANSLATE)


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text).lower())


def shift_perspective(tokens: list[str]) -> list[str]:
    """The peer's words as a counsellor would say them back ("I'm" -> "you're")."""
    return [_PERSPECTIVE.get(w, w) for w in tokens]
