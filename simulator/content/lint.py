"""Teaching-quality warnings for scenarios: things that validate but teach less well.

These are warnings, not errors (`validate --strict` makes them errors): stigmatising terms
(listed in `rubrics/language/stigmatising-terms.yaml`, not here), nodes a trainee cannot
learn much from (no key points, no example replies), endings without reflection questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from simulator.content.paths import rubrics_dir
from simulator.content.problems import Problem, Severity
from simulator.content.scenario import Scenario
from simulator.content.yaml_source import Loc, YamlDocument

TERMS_FILE = Path("language") / "stigmatising-terms.yaml"


@dataclass(frozen=True, eq=False)  # hashed by identity: the caches below key on them
class Term:
    term: str
    instead: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=4)
def load_terms(path: Path | None = None) -> tuple[Term, ...]:
    source = path or rubrics_dir() / TERMS_FILE
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return ()
    terms = []
    for row in data.get("terms", []):
        if isinstance(row, dict) and row.get("term"):
            words = r"\s+".join(re.escape(w) for w in str(row["term"]).split())
            terms.append(
                Term(
                    str(row["term"]), str(row.get("instead", "")), re.compile(rf"\b{words}\b", re.I)
                )
            )
    return tuple(terms)


@lru_cache(maxsize=4)
def _any_term(terms: tuple[Term, ...]) -> re.Pattern[str] | None:
    """One pattern for all the terms: most texts have none, and one search says so (one
    search per term and text was most of `validate`'s time). Where it finds one, each term
    is searched as before, so the warnings are the same."""
    if not terms:
        return None
    return re.compile("|".join(f"(?:{t.pattern.pattern})" for t in terms), re.I)


# Characters that case-insensitive matching equates with an ASCII letter although lower()
# does not turn them into it (long s, Kelvin sign, dotted and dotless i).
_FOLDS_TO_ASCII = ("\u017f", "\u212a", "\u0130", "\u0131")


def _may_hold_a_term(texts: str, terms: tuple[Term, ...]) -> bool:
    """False when no term can match in `texts` (the file's text values, joined), judged at
    once: a match holds every word of its term, lowered, in `texts.lower()` too, unless a
    character case-folds to ASCII in a way lower() does not (_FOLDS_TO_ASCII). Each term's
    longest word is searched for (the longer the word, the quicker the search and the
    rarer a false alarm).

    The search runs on the UTF-8 bytes with only ASCII letters lowered: for ASCII words
    that finds what `texts.lower()` would, because no character outside ASCII lowers to an
    ASCII letter except the two in _FOLDS_TO_ASCII, which are ruled out first (a search in
    bytes is several times quicker than in a text holding non-ASCII characters).
    """
    if any(c in texts for c in _FOLDS_TO_ASCII):
        return True
    needles = _needles_ascii(terms)
    if needles is None:
        lowered = texts.lower()
        return any(word in lowered for word in _needles(terms))
    lowered_bytes = texts.encode("utf-8", "surrogatepass").lower()
    return any(word in lowered_bytes for word in needles)


@lru_cache(maxsize=4)
def _first_words(terms: tuple[Term, ...]) -> tuple[str, ...]:
    return tuple(t.term.split()[0].lower() for t in terms)


@lru_cache(maxsize=4)
def _needles(terms: tuple[Term, ...]) -> tuple[str, ...]:
    """The word searched for to rule each term out: its longest (the first of the longest),
    lowered, each once."""
    return tuple(dict.fromkeys(max(t.term.lower().split(), key=len) for t in terms))


@lru_cache(maxsize=4)
def _needles_ascii(terms: tuple[Term, ...]) -> tuple[bytes, ...] | None:
    """`_needles` as bytes; None if one is not ASCII."""
    words = _needles(terms)
    if not all(word.isascii() for word in words):
        return None
    return tuple(word.encode("ascii") for word in words)


def _texts(value: Any) -> list[str]:
    """Every text value in `value`, in no particular order (quicker than `_strings`)."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _holds_a_term(texts: str, terms: tuple[Term, ...], any_term: re.Pattern[str]) -> bool:
    """Whether some term matches in `texts`. A match starts where its first word is in
    `texts.lower()` (same length, no special case-folding character, ASCII first words), so
    each term is tried only there; in any other case one search of all terms decides."""
    words = _first_words(terms)
    lowered = texts.lower()
    if (
        len(lowered) != len(texts)
        or any(c in texts for c in _FOLDS_TO_ASCII)
        or not all(w.isascii() for w in words)
    ):
        return any_term.search(texts) is not None
    for term, word in zip(terms, words, strict=True):
        at = lowered.find(word)
        while at >= 0:
            if term.pattern.match(texts, at):
                return True
            at = lowered.find(word, at + 1)
    return False


def _strings(value: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*loc, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*loc, i))


def lint_terms(
    doc: YamlDocument,
    skip_locs: frozenset[Loc] | set[Loc] = frozenset(),
    *,
    skip_locs_of: Callable[[], set[Loc]] | None = None,
) -> list[Problem]:
    """Warn for each stigmatising term in the file's text, except at `skip_locs` (or at the
    places `skip_locs_of()` lists, worked out only when a term may be in the file: most
    files hold none, and listing the places cost as much as ruling the terms out)."""
    problems: list[Problem] = []
    terms = load_terms()
    any_term = _any_term(terms)
    if any_term is None:
        return problems
    # The file's texts as built (escapes written out), kept apart by a character no term
    # can match across (\0 is neither a word character nor a space): ruled out at once,
    # else one search over them all, before looking value by value.
    texts = "\0".join(doc.texts if doc.texts is not None else _texts(doc.data))
    if not _may_hold_a_term(texts, terms) or not _holds_a_term(texts, terms, any_term):
        return problems
    if skip_locs_of is not None:
        skip_locs = skip_locs_of()
    for loc, text in _strings(doc.data, ()):
        if loc in skip_locs or not any_term.search(text):
            continue
        for term in terms:
            match = term.pattern.search(text)
            if match:
                line, col = doc.position(loc)
                problems.append(
                    Problem(
                        doc.path,
                        line,
                        col,
                        f"stigmatising term '{match.group(0)}'",
                        f"say '{term.instead}' instead" if term.instead else "",
                        Severity.WARNING,
                    )
                )
    return problems


def _poor_example_locs(scenario: Scenario) -> set[Loc]:
    return {
        ("nodes", nid, "examples", i, "reply")
        for nid, node in scenario.nodes.items()
        for i, ex in enumerate(node.examples)
        if ex.quality == "poor"
    }


RUBRIC_TEXT_FIELDS = {
    "title",
    "description",
    "explanation",
    "label",
    "descriptor",
    "feedback",
    "next_step",
    "moment_next_step",
    "neutral_line",
    "strength",
    "default_strength",
}


def lint_rubric(doc: YamlDocument) -> list[Problem]:
    """Stigmatising terms in a rubric's own words. Cues, patterns and lexicons are left out:
    they list what a trainee should *not* say."""
    strings = list(_strings(doc.data, ()))
    terms = load_terms()
    # Most rubrics' own words hold no term's longest word: ruled out at once, without
    # listing the thousands of places to leave out.
    own_words = "\0".join(t for loc, t in strings if loc and loc[-1] in RUBRIC_TEXT_FIELDS)
    if not terms or not _may_hold_a_term(own_words, terms):
        return []
    skip = {loc for loc, _ in strings if not (loc and loc[-1] in RUBRIC_TEXT_FIELDS)}
    return lint_terms(doc, skip_locs=skip)


def lint_scenario(scenario: Scenario, doc: YamlDocument) -> list[Problem]:
    def warn(loc: Loc, message: str, hint: str = "") -> Problem:
        return doc.problem(loc, message, hint, severity=Severity.WARNING, prefer_key=True)

    problems: list[Problem] = []
    if not scenario.content_notes and scenario.difficulty > 1:
        problems.append(
            warn(
                ("content_notes",),
                "no content notes",
                "list what the scenario touches on (e.g. violence, grief) so trainees can choose",
            )
        )
    for nid, node in scenario.nodes.items():
        base = ("nodes", nid)
        if node.ending is not None:
            if not node.ending.questions:
                problems.append(warn((*base, "ending"), f"ending '{nid}' has no debrief questions"))
            continue
        if not node.key_points:
            problems.append(warn(base, f"node '{nid}' has no key points to paraphrase"))
        if not node.feelings:
            problems.append(warn(base, f"node '{nid}' has no feelings to validate"))
        if not node.examples:
            problems.append(warn(base, f"node '{nid}' has no example replies"))
        else:
            for quality in ("good", "poor"):
                if not any(e.quality == quality for e in node.examples):
                    problems.append(
                        warn(
                            (*base, "examples"),
                            f"node '{nid}' has no {quality} example reply",
                            "trainees learn from seeing both a good and a poor reply",
                        )
                    )
    # Poor example replies show what not to say, so their wording is not linted.
    problems += lint_terms(doc, skip_locs_of=lambda: _poor_example_locs(scenario))
    return problems
