"""Texting spellings of a few very common words still match ("u", "ur", "prob", "tho", "comin").

Trainees type replies the way they text: "ur sister will come round", "he prob didnt mean it",
"its fine tho". Rubric authors write "you", "your", "probably", "though". Each compiled cue
or pattern lets such a literal word also match its texting form, so every criterion of every
rubric reads the texting register without a second copy of its wording. The list holds only
forms that are not another English word (so "u", not "w" for "with"); it is grammar of the
register, not a scoring phrase list.

A word inside a look-behind (which must keep a fixed width) or a character class, or one
followed by a quantifier, is left as written.
"""

from __future__ import annotations

import re

from simulator.scoring.pattern_literals import rewrite_literals

#: A literal word as written in a rubric -> its texting forms.
FORMS: dict[str, tuple[str, ...]] = {
    "you": ("u",),
    "your": ("ur", "yr"),
    "you're": ("ur",),
    "probably": ("prob", "probs", "prolly"),
    "about": ("abt", "bout"),
    "though": ("tho",),
    "people": ("ppl",),
    "because": ("cos", "coz", "bc", "cuz"),
    "really": ("rly",),
    "tomorrow": ("tmrw", "tmr"),
    "something": ("smth",),
    "please": ("pls", "plz"),
    # more of the register, seen in the harm families' probes (i11-bounds, stop 4). A single
    # letter ("y" below) costs: where a pattern doesn't bound it as a whole word, the
    # prefilter opens that unit on every reply holding the letter (3 alternatives now).
    "just": ("jus", "jst"),
    "maybe": ("mayb", "mby"),
    "yourself": ("urself", "yrself"),
    "problem": ("prob",),
    "sister": ("sis",),
    "doing": ("doin",),
    "going": ("goin",),
    "should": ("shd", "shud", "shld"),
    "could": ("cud", "cld"),
    "would": ("wud", "wld"),
    "why": ("y",),
    "what": ("wat", "wot"),
}
#: A word of at least this many letters ending in "-ing" also matches it typed without the
#: "g" ("comin", "overthinkin", "nothin"); shorter ones ("thing", "sing") would be other words.
_DROPPED_G_FROM = 6
_WORD = re.compile(r"[a-z']+")
_QUANTIFIER = "?*+{"


def texting_forms(pattern: str) -> str:
    """`pattern` with each word of FORMS also matching its texting forms (see the module)."""
    return rewrite_literals(pattern, _with_forms)


def _with_forms(pattern: str, at: int) -> tuple[str, int] | None:
    """A whole literal word starting at `at`, with its texting forms when it has some."""
    if not "a" <= pattern[at] <= "z":
        return None
    word = _WORD.match(pattern, at)
    assert word is not None
    end = word.end()
    text = word.group(0)
    forms = FORMS.get(text) or _dropped_g(text)
    if forms and _starts_word(pattern, at) and not _quantified(pattern, end):
        return "(?:" + "|".join((text, *forms)) + ")", end
    return text, end  # the whole word as written (never a texting form inside a longer word)


def _dropped_g(word: str) -> tuple[str, ...]:
    """ "coming" -> ("comin",): the register's dropped "g", for words long enough that the
    short form is no other word."""
    if len(word) >= _DROPPED_G_FROM and word.endswith("ing"):
        return (word[:-1],)
    return ()


def _starts_word(pattern: str, at: int) -> bool:
    """Whether a literal word starts at `at` (not the tail of an escape such as '\\b')."""
    return at == 0 or pattern[at - 1] != "\\"


def _quantified(pattern: str, end: int) -> bool:
    return end < len(pattern) and pattern[end] in _QUANTIFIER
