"""Adversarial replies: the inputs that make a regular expression work hardest.

A backtracking matcher is slowest on long runs of one kind of character that almost match
(600 blank lines, a wall of "!!!", one letter repeated), ended by something that makes the
match fail. `make bench-score` scores these at the reply limit, and `rubric check` times
each rubric pattern against them, so a pattern that would freeze scoring is found by its
author rather than by a trainee.
"""

from __future__ import annotations

from collections.abc import Iterator

#: Families of hostile text: a name, the unit repeated, and what comes before and after.
FAMILIES: dict[str, tuple[str, str, str]] = {
    "blank lines": ("I hear you.", "\n", "ok"),
    "spaces": ("you", " ", "feel"),
    "mixed whitespace": ("so.", " \t\n", "x"),
    "full stops": ("it", ".", "x"),
    "exclamation marks": ("you", "!", "?"),
    "mixed punctuation": ("you", ".!?;,'\"(", "a"),
    "quotes and spaces": ("so.", " ' ", "x"),
    "one letter": ("", "a", "!"),
    "one word": ("", "you ", "!"),
    "linking word first": ("because ", "you ", "!"),
    "words and commas": ("", "so, ", "."),
    "feeling words": ("", "you feel ", "!"),
    "digits": ("", "1", "%"),
    "apostrophes": ("you", "'", "!"),
    "accented letters": ("", "é", "!"),
}

#: Which families are whitespace-, punctuation- or letter-heavy (for the figures).
KINDS: dict[str, tuple[str, ...]] = {
    "whitespace": ("blank lines", "spaces", "mixed whitespace", "quotes and spaces"),
    "punctuation": ("full stops", "exclamation marks", "mixed punctuation", "apostrophes"),
    "letters": (
        "one letter",
        "one word",
        "linking word first",
        "words and commas",
        "feeling words",
        "digits",
        "accented letters",
    ),
}


def hostile(family: str, length: int) -> str:
    """A reply of about `length` characters from one family."""
    head, unit, tail = FAMILIES[family]
    repeat = max(1, (length - len(head) - len(tail)) // len(unit))
    return head + unit * repeat + tail


def hostile_replies(length: int) -> Iterator[tuple[str, str]]:
    """(family, reply) for every family at about `length` characters."""
    for family in FAMILIES:
        yield family, hostile(family, length)


def pumping_strings(length: int) -> Iterator[str]:
    """Short runs to time one pattern with: each unit repeated, then a character that fails."""
    for unit in ("a", " ", "\n", ".", "!", "'", "you ", "a ", "1", ", ", "é"):
        for tail in ("!", "\x00"):
            yield unit * max(1, length // len(unit)) + tail
