"""Rubric patterns rewritten for speed (issue #15) match what they matched before.

A few rubric units cost far more than the rest on long replies (about_their_experience's
"you" unit: 42 look-behinds and a scan of the clause, tried at every word and once per
"you" form). They were rewritten in the rubric file to match the same strings, same spans,
for less. Each test here rebuilds the old form from the rubric's current pattern (so a
change of wording elsewhere in the pattern is compared too) and compares both, compiled
plainly, on generated text and on open replies: a rewrite that drifts fails here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.content.loading import require_rubrics
from simulator.scoring import first_chars
from simulator.scoring.detectors import expand_pattern

ROOT = Path(__file__).resolve().parents[1]

#: about_their_experience: the look-ahead put in front (the "you" forms stay written out,
#: so the texting reader still spells each: see test_texted_you_forms_still_say_back).
_YOU_GUARD = r"\b(?=[yu])"
_YOU_NEW = r"(?:you|you're|you've|you'd|u)\s+"
_YOU_OLD = _YOU_NEW
#: reflects_no_want_or_doubt ("the reply says none of X"): the scan steps from one p/y/u
#: to the next instead of trying X at every character.
_NONE_NEW = r"^(?![^pyu]*+(?:[pyu][^pyu]*+)*?\b(?:"
_NONE_OLD = r"^(?![\s\S]*?\b(?:"


@cache
def _lexicons() -> dict[str, tuple[str, ...]]:
    return dict(require_rubrics().lexicons)


def _rubric_pattern(criterion: str, start: str) -> str:
    for rubric in require_rubrics().rubrics.values():
        for crit in rubric.criteria:
            if crit.id == criterion:
                found = [p for p in crit.patterns if p.startswith(start)]
                assert len(found) == 1, f"{criterion}: no single pattern starting {start!r}"
                return found[0]
    raise AssertionError(f"no criterion {criterion}")


@cache
def _you_unit() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """about_their_experience's "you" pattern as the rubric has it, and as it was."""
    new = _rubric_pattern("about_their_experience", _YOU_GUARD)
    assert new.count(_YOU_NEW) == 1
    old = r"\b" + new[len(_YOU_GUARD) :].replace(_YOU_NEW, _YOU_OLD, 1)
    lex = _lexicons()
    return re.compile(expand_pattern(new, lex)), re.compile(expand_pattern(old, lex))


@cache
def _none_unit() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """reflects_no_want_or_doubt's pattern as the rubric has it, and as it was."""
    new = _rubric_pattern("reflects_no_want_or_doubt", _NONE_NEW)
    old = _NONE_OLD + new[len(_NONE_NEW) :]
    lex = _lexicons()
    return re.compile(expand_pattern(new, lex)), re.compile(expand_pattern(old, lex))


def test_what_the_reply_must_not_say_begins_only_with_p_y_or_u() -> None:
    """The skip over other characters is exact only while every phrase it looks for begins
    with one of them: a phrase added with another first letter must widen the set."""
    new = _rubric_pattern("reflects_no_want_or_doubt", _NONE_NEW)
    body = new[len(_NONE_NEW) - len(r"\b(?:") :]
    depth, end = 0, 0
    for at, char in enumerate(body):  # the look-ahead's closing parenthesis
        if char == "(" and body[at - 1 : at] != "\\":
            depth += 1
        elif char == ")" and body[at - 1 : at] != "\\":
            if depth == 0:
                end = at
                break
            depth -= 1
    looked_for = expand_pattern(body[:end], _lexicons())
    starts = first_chars.first_chars(re._parser.parse(looked_for))  # type: ignore[attr-defined]
    assert starts is not None
    assert {chr(value) for _, value in starts} <= set("pyu"), starts


#: Words the two patterns read: the "you" forms, words the look-behinds refuse, clause
#: breaks, "is"/"are" + verdict or praise, modals, the wants and doubts, ordinary words.
_WORD_LIST = (
    "you you're you've you'd u your youre yous ur people for thank told with let help see "
    "and but so because when if is was are were so really valid normal brave okay "
    "understandable strong should must could will know deserve feel felt scared tired "
    "want carrying a the it that what have had been got part of wants wanna don't dont "
    "not sure wondering thinking about whether r pyu unsure considering hopes still just"
)
_WORDS = st.sampled_from(_WORD_LIST.split()) | st.from_regex(r"[a-z']{1,7}", fullmatch=True)
_GLUE = st.sampled_from([" ", " ", " ", "  ", ", ", ". ", "? ", "! ", "\n", "; ", "'", " '"])
_TEXTS = st.lists(st.tuples(_WORDS, _GLUE), max_size=30).map(
    lambda pairs: "".join(w + g for w, g in pairs)
)


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_the_you_pattern_matches_what_it_matched_before_on_generated_text(text: str) -> None:
    new, old = _you_unit()
    assert _spans(new, text) == _spans(old, text)


def _open_replies() -> list[str]:
    """Replies anyone may tune on: peer_replies and the "fit" rows of labelled_replies."""
    out = []
    for name in ("peer_replies.jsonl", "labelled_replies.jsonl"):
        for line in (ROOT / "tests/data" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row and row.get("split", "fit") == "fit":
                out.append(str(row["response"]).lower())
    return out


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_the_none_of_pattern_matches_what_it_matched_before_on_generated_text(
    text: str,
) -> None:
    new, old = _none_unit()
    assert _spans(new, text) == _spans(old, text)


@pytest.mark.parametrize("unit", [_you_unit, _none_unit])
def test_the_rewritten_patterns_match_what_they_matched_before_on_open_replies(
    unit: Callable[[], tuple[re.Pattern[str], re.Pattern[str]]],
) -> None:
    new, old = unit()
    replies = _open_replies()
    assert replies
    hits = 0
    for reply in replies:
        spans = _spans(new, reply)
        assert spans == _spans(old, reply), reply
        hits += bool(spans)
    assert hits > 10  # the comparison saw the pattern match


@pytest.mark.parametrize(
    "reply",
    [
        "youve been carrying this on ur own for ages",
        "youre doing all of it by yourself lately",
        "youd been holding it together for weeks",
    ],
)
def test_texted_you_forms_still_say_back(reply: str) -> None:
    """Through the whole scorer (texting spellings included), not the plain pattern: the
    first rewrite merged the "you" forms, and "youve …" stopped being read as theirs."""
    from simulator.scoring.engine import default_scorer

    result = default_scorer().score("It's been a long week.", reply)
    assert any(
        e.criterion == "about_their_experience" for e in result.skills["paraphrasing"].evidence
    ), reply
