"""Contractions typed without their apostrophe ("dont", "youre", "thats") still match.

Trainees type as they text: "its not that deep", "youre fine", "dont stress". Rubric authors
write "it's", "you're", "don't" in cues and patterns, and before this a reply that dropped the
apostrophe escaped them all. Rather than changing the reply (its offsets are the evidence the
feedback quotes), each compiled cue or pattern makes the apostrophe of a contraction optional:
`don't` becomes `don'?t`. The change is grammar, not a phrase list, so it applies to every
rubric and every wording at once.

Left exact, because without the apostrophe they are other common words: "we'll" (well),
"i'll" (ill), "he'll" (hell), "she'll" (shell), "we're" (were), "i'd" (id), "she'd" (shed),
"he'd", "we'd" (wed). An apostrophe inside a look-behind stays as written too (a look-behind
must have a fixed width), as does one inside a character class.
"""

from __future__ import annotations

import re

from simulator.scoring.pattern_literals import rewrite_literals

#: What may follow the apostrophe of a contraction (then a non-letter).
_SUFFIX = re.compile(r"(?:t|s|re|ve|m|ll|d)(?![a-z])")
#: (word, suffix) pairs that spell another common word without the apostrophe.
_KEEP = frozenset(
    {
        ("we", "ll"),
        ("i", "ll"),
        ("he", "ll"),
        ("she", "ll"),
        ("we", "re"),
        ("i", "d"),
        ("he", "d"),
        ("she", "d"),
        ("we", "d"),
    }
)


def loosen_apostrophes(pattern: str) -> str:
    """`pattern` with each contraction's apostrophe made optional (see the module)."""
    if "'" not in pattern:
        return pattern
    return rewrite_literals(pattern, _optional_apostrophe)


def _optional_apostrophe(pattern: str, at: int) -> tuple[str, int] | None:
    if pattern[at] == "'" and _contraction(pattern, at):
        return "'?", at + 1
    return None


def _contraction(pattern: str, at: int) -> bool:
    """Whether the apostrophe at `at` joins a literal word to a contraction suffix."""
    suffix = _SUFFIX.match(pattern, at + 1)
    if suffix is None:
        return False
    start = at
    while start > 0 and "a" <= pattern[start - 1] <= "z":
        start -= 1
    if start > 0 and pattern[start - 1] == "\\":
        start += 1  # the first letter belongs to an escape such as '\b' or '\s'
    word = pattern[start:at]
    if not word:
        return False  # not after a literal word
    return (word, suffix.group(0)) not in _KEEP
