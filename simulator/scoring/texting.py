"""Texting spellings of a few very common words still match ("u", "ur", "prob", "tho").

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

#: A literal word as written in a rubric -> its texting forms.
FORMS: dict[str, tuple[str, ...]] = {
    "you": ("u",),
    "your": ("ur", "yr"),
    "you're": ("ur",),
    "probably": ("prob", "probs", "prolly"),
    "about": ("abt",),
    "though": ("tho",),
    "people": ("ppl",),
    "because": ("cos", "coz", "bc", "cuz"),
    "really": ("rly",),
    "tomorrow": ("tmrw", "tmr"),
    "something": ("smth",),
    "please": ("pls", "plz"),
}
_WORD = re.compile(r"[a-z']+")
_QUANTIFIER = "?*+{"


def texting_forms(pattern: str) -> str:
    """`pattern` with each word of FORMS also matching its texting forms (see the module)."""
    out: list[str] = []
    groups: list[bool] = []  # one per open group: is it a look-behind?
    in_class = False
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
            if pattern.startswith("^]", i + 1):
                out.append("^]")
                i += 3
            elif pattern.startswith("]", i + 1):
                out.append("]")
                i += 2
            else:
                i += 1
            continue
        if ch == "(":
            groups.append(pattern.startswith(("?<=", "?<!"), i + 1))
            if pattern.startswith("?P<", i + 1):  # a group's name is not a word to match
                end = pattern.index(">", i)
                out.append(pattern[i : end + 1])
                i = end + 1
                continue
        elif ch == ")" and groups:
            groups.pop()
        elif "a" <= ch <= "z" and not any(groups):
            word = _WORD.match(pattern, i)
            assert word is not None
            end = word.end()
            text = word.group(0)
            forms = FORMS.get(text)
            if forms and _starts_word(pattern, i) and not _quantified(pattern, end):
                out.append("(?:" + "|".join((text, *forms)) + ")")
            else:
                out.append(text)
            i = end
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _starts_word(pattern: str, at: int) -> bool:
    """Whether a literal word starts at `at` (not the tail of an escape such as '\\b')."""
    return at == 0 or pattern[at - 1] != "\\"


def _quantified(pattern: str, end: int) -> bool:
    return end < len(pattern) and pattern[end] in _QUANTIFIER
