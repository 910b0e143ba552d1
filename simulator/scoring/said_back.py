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


def as_said_back(tokens: Iterable[str]) -> list[str]:
    """`tokens` (lower-cased words) in one form for both speakers: no apostrophes, "u" as
    "you", and first-person words as the counsellor would say them."""
    out = []
    for token in tokens:
        word = token.replace("'", "")
        word = _TEXTED.get(word, word)
        out.append(_SHIFT.get(word, word))
    return out


def bare(words: Iterable[str]) -> frozenset[str]:
    """A lexicon's words without apostrophes, matching `as_said_back`'s tokens."""
    return frozenset(w.replace("'", "") for w in words)
