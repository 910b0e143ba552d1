"""Which words of a reply a ✓ strength may quote: a whole, meaningful phrase, or nothing.

A detector's hit says *where* in the reply a criterion matched, but fuzzy key-point hits and
short cue hits can point at words that mean nothing on their own ("you for", "you that
nothing", "It sounds like"). Quoting those back reads as a machine error, and a trainee
trusts feedback that quotes what they actually said. So a quote is:

- a contiguous run of the reply's whole words (never cut mid-word, never words picked from
  here and there), with its whitespace collapsed;
- carrying at least one content word (not only pronouns, articles, prepositions,
  conjunctions, auxiliaries and fillers);
- without a dangling word at either end: no "and…"/"because…" at the start (a conjunction left over from a cut), no "…like",
  "…the", "…was" at the end;
- at most `MAX_QUOTE` characters, cut between words with "…".

When the hit itself isn't such a phrase it is widened to the clause around it and trimmed;
when even the clause isn't, there is no quote (`None`) and the strength is given without one.

The word classes below are English grammar (closed-class words), not scoring cues: what is
scored stays in the rubric files.
"""

from __future__ import annotations

import re

MAX_QUOTE = 60
#: A quote shorter than this many words is widened to the clause it sits in.
MIN_QUOTE_WORDS = 3

WORD = re.compile(r"[\w'’-]+")
_CLAUSE_END = re.compile(r"[.!?;:—–…()\[\]\"“”]|,\s|\s-\s|\n")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that need something after them: a phrase cannot end on one.
_NEEDS_WHAT_FOLLOWS = _word_set(
    """
    a an the my your ur yr our their his its every each no
    and or but nor so because cause cos coz since though although while whereas if unless
    than then that which whose whether
    of at to for with from by into onto about under across between without within against
    towards toward upon per via like as
    is are was were be been being am im i'm you're youre ur they're we're he's she's it's
    have has had having do does did doing will would shall should can could may might must
    don't dont can't cant won't wont didn't didnt isn't isnt wasn't wasnt aren't arent
    very really just quite so too such even also
    """
)

# Words that lean on what came before: a phrase cannot start on one.
_NEEDS_WHAT_CAME_BEFORE = _word_set(
    """
    and or but nor so because cause cos coz than then though although whereas
    too also either
    """
)

# Closed-class words and fillers: a quote needs at least one word outside this set.
_FUNCTION_WORDS = (
    _NEEDS_WHAT_FOLLOWS
    | _NEEDS_WHAT_CAME_BEFORE
    | _word_set(
        """
        i me you u ya yeah yes ok okay oh um uh hmm well we us he him she her it they them
        this these those there here what when where who why how all any some none one ones
        nothing something anything everything someone anyone everyone thing things stuff
        yourself myself themselves not n r 2 it'd you'd you'll you've i've i'd i'll we've
        that's thats there's what's get got before after again ever now
        """
    )
)


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").strip("'-")


def is_content_word(word: str) -> bool:
    """A word that says something on its own (not a pronoun, article, preposition…)."""
    w = _norm(word)
    return bool(w) and w not in _FUNCTION_WORDS and not w.isdigit()


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "'’_"


def _trimmed(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """`words` without dangling words at either end."""
    first, last = 0, len(words)
    while first < last and _norm(words[first].group(0)) in _NEEDS_WHAT_CAME_BEFORE:
        first += 1
    while last > first and _norm(words[last - 1].group(0)) in _NEEDS_WHAT_FOLLOWS:
        last -= 1
    return words[first:last]


def _meaningful(words: list[re.Match[str]]) -> bool:
    return any(is_content_word(w.group(0)) for w in words)


def _clause(reply: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _CLAUSE_END.finditer(reply, 0, start):
        left = m.end()
    right_match = _CLAUSE_END.search(reply, end)
    return left, max(end, right_match.start() if right_match else len(reply))


def _phrase(reply: str, start: int, end: int) -> list[re.Match[str]]:
    """The whole words of `reply[start:end]`, trimmed; [] when they aren't a phrase."""
    words = _trimmed(list(WORD.finditer(reply, start, end)))
    return words if _meaningful(words) else []


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` widened to the whole words it touches: a fuzzy or partial match
    that ends inside "going" shows "where im going", never "where im go"."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if start == end:
        return start, end
    while start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        start -= 1
    while end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
        end += 1
    return start, end


def evidence_words(reply: str, text: str, start: int, end: int) -> tuple[str, int, int]:
    """A piece of evidence in `reply` as (text, start, end) of whole words (`whole_words`)."""
    first, last = whole_words(reply, start, end)
    return (text, start, end) if (first, last) == (start, end) else (reply[first:last], first, last)


def quote_span(
    reply: str, start: int, end: int, limit: int = MAX_QUOTE
) -> tuple[str, int, int] | None:
    """The quote for a hit at `reply[start:end]` and where it sits in the reply, or None
    when no meaningful phrase of whole words is there."""
    start, end = max(0, min(start, len(reply))), max(0, min(end, len(reply)))
    while start > 0 and _is_word_char(reply[start - 1]):
        start -= 1
    while end < len(reply) and _is_word_char(reply[end]):
        end += 1
    phrase = _phrase(reply, start, end)
    tries = [phrase]
    if len(phrase) < MIN_QUOTE_WORDS:
        # Too short or not a phrase on its own: first the clause it sits in, trimmed.
        tries.insert(0, _phrase(reply, *_clause(reply, start, end)))
    elif (on := _to_clause_end(reply, phrase, limit)) is not None:
        tries.insert(0, on)
    for words in tries:
        if words and (span := _render(reply, words, limit)) is not None:
            return span
    return None


def _to_clause_end(
    reply: str, phrase: list[re.Match[str]], limit: int
) -> list[re.Match[str]] | None:
    """`phrase` carried on to the end of its clause, when it stops inside one ("part of
    you" of "part of you wants to cut back", "you're such a good" of "…a good friend to
    her") and the whole still fits in `limit`, or the phrase says almost nothing alone
    ("If you want, I", cut with "…" where it no longer fits); None when it already ends
    its clause."""
    first = phrase[0].start()
    _, clause_end = _clause(reply, first, phrase[-1].end())
    longer = _phrase(reply, first, clause_end)
    if not longer or longer[-1].end() <= phrase[-1].end():
        return None
    fits = longer[-1].end() - first <= limit
    return longer if fits or sum(is_content_word(w.group(0)) for w in phrase) <= 1 else None


def _render(reply: str, phrase: list[re.Match[str]], limit: int) -> tuple[str, int, int] | None:
    first, last = phrase[0].start(), phrase[-1].end()
    if last - first <= limit:
        return " ".join(reply[first:last].split()), first, last
    # Too long: whole words from the start while they fit, ending on a word that can end
    # a phrase (the "…" says there is more).
    kept = _trimmed([w for w in phrase if w.end() - first + 1 <= limit])
    if not _meaningful(kept):
        return None
    last = kept[-1].end()
    return " ".join(reply[first:last].split()) + "…", first, last


def meaningful_quote(reply: str, start: int, end: int, limit: int = MAX_QUOTE) -> str | None:
    """The quote for a hit at `reply[start:end]` (see `quote_span`), or None."""
    span = quote_span(reply, start, end, limit)
    return span[0] if span else None


_QUOTED_EVIDENCE = re.compile(r"(?:\s*:|\s+with)?\s*[\"“]\{evidence\}[\"”]")


def without_quote(template: str) -> str:
    """A strength template with its quoted evidence taken out ('You named a feeling:
    "{evidence}".' becomes 'You named a feeling.'), for a strength with nothing to quote."""
    return _QUOTED_EVIDENCE.sub("", template)
