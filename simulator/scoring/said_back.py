"""Words as said back, whoever says them: for telling a repeat of the peer's line.

A trainee who parrots the peer says the peer's words as the peer said them ("I don't know
where I'm going to go"), or turned round ("you don't know where you're going to go"), and
often as they text ("i dont know where im going"). Comparing the two sides after putting
both in one form (no apostrophes, texting spellings as words, the peer's "I" as "you")
makes all of these the same repeat, so the parroting detector needs no second comparison.
This is grammar of the register, not a scoring phrase list.
"""

from __future__ import annotations

from collections.abc import Iterable

from simulator.scoring.text import shift_perspective
from simulator.scoring.texting import FORMS

#: Texting spellings of "you" and "your", as words: "u" -> "you", "ur"/"yr" -> "your".
_TEXTED = {form: word for word in ("you", "your") for form in FORMS[word]}
#: First-person words (without apostrophes) -> the counsellor's form, as text.py shifts them.
_FIRST_PERSON = ("i", "me", "my", "mine", "myself", "i'm", "im", "am", "i've", "i'd", "i'll", "was")
_SHIFT = {
    w.replace("'", ""): said.replace("'", "")
    for w, said in zip(_FIRST_PERSON, shift_perspective(list(_FIRST_PERSON)), strict=True)
}
_SHIFT |= {"ive": "youve", "id": "youd", "ill": "youll"}
#: Both steps as one look-up (texted form first, then the shift), for every word either
#: changes; any other word is said back as it is. Built once: `as_said_back` runs for every
#: reply and clause, and one look-up a word is half the work of two.
_SAID_BACK = {
    word: _SHIFT.get(_TEXTED.get(word, word), _TEXTED.get(word, word))
    for word in (*_TEXTED, *_SHIFT)
}


def as_said_back(tokens: Iterable[str]) -> list[str]:
    """`tokens` (lower-cased words) in one form for both speakers: no apostrophes, "u" as
    "you", and first-person words as the counsellor would say them."""
    said = _SAID_BACK
    return [said.get(word := token.replace("'", ""), word) for token in tokens]


def said_back_stems(tokens: Iterable[str], ignore: frozenset[str]) -> frozenset[str]:
    """The first five letters of each of `tokens` said back (`as_said_back`) that is longer
    than two letters and not in `ignore`: `as_said_back` and the filter in one pass."""
    said = _SAID_BACK
    stems = set()
    for token in tokens:
        word = token.replace("'", "")
        word = said.get(word, word)
        if len(word) > 2 and word not in ignore:
            stems.add(word[:5])
    return frozenset(stems)


def bare(words: Iterable[str]) -> frozenset[str]:
    """A lexicon's words without apostrophes, matching `as_said_back`'s tokens."""
    return frozenset(w.replace("'", "") for w in words)
