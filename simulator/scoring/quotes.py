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
A phrase that stops inside its clause ("You're a good", "part of you") is carried on to the
clause's end when that fits, and so is one that stops before its verb's object ("…and spent |
the rest"); a few words that start a clause of their own ("you're terrified") are never
quoted as a longer clause cut before them. A quote never starts right after a "like" that
makes a comparison ("he looked at you like |you were dirty" reads as the trainee's verdict),
only after one that frames what follows ("it sounds like |you're exhausted"). Evidence shown beside a skill is widened to whole words too
(`whole_words`), so no path shows part of a word.

The word classes below are English grammar (closed-class words), not scoring cues: what is
scored stays in the rubric files.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    towards toward upon per via like as after until till
    is are was were be been being am im i'm you're youre ur they're we're he's she's it's
    i've ive you've youve we've they've theyve i'd you'd youd we'd they'd he'd she'd
    i'll you'll youll we'll they'll he'll she'll
    how what who whom why where when
    have has had having do does did doing will would shall should can could may might must
    don't dont can't cant won't wont didn't didnt isn't isnt wasn't wasnt aren't arent
    very really just quite so too such even also
    """
)

# Of those, the ones a sentence may end on, completing it ("…looked at like that.", "…cared
# for.", "…anyone will."): never an article, a possessive, a conjunction or an intensifier.
_CAN_END_A_SENTENCE = _NEEDS_WHAT_FOLLOWS - _word_set(
    """
    a an the my your ur yr our their his its every each no
    and or but nor so because cause cos coz since though although while whereas if unless
    than then which whose whether very really just quite such even also
    """
)

# Words that lean on what came before: a phrase cannot start on one.
_NEEDS_WHAT_CAME_BEFORE = _word_set(
    """
    and or but nor so because cause cos coz than then though although whereas
    too also either
    """
)

# Words that open a clause inside a sentence ("…, and", "sounds like", "cos"): a quote may
# start just after one. A quote that starts after any other word of its clause ("he gave |u
# thirty days", "Tash taught |you how to stay safe") starts mid-thought.
_OPENS_A_CLAUSE = _word_set(
    """
    and or but nor so because cause cos coz bc since though although while whereas
    if unless when whenever where once until till after before like as than then
    """
)

# A subject and its verb in one word: a clause starts on one ("…so often that |you've…").
_SUBJECT_AND_VERB = _word_set(
    """
    i'm im i've ive i'd i'll you're youre you've youve you'd youd you'll youll
    he's hes he'd she's shes she'd they're theyre they've theyve they'd we're we've we'd
    """
)
# Subjects, and the words that follow a subject, not an object ("u were", "you can't";
# not "u thirty days", "you at once").
_SUBJECTS = _word_set("i you u ya he she they we")
#: Of those, the ones that are never an object: whatever word follows one in its clause is
#: its verb ("…against how he | made you feel").
_ONLY_SUBJECTS = _word_set("i he she they we")
_AFTER_A_SUBJECT = _word_set(
    """
    am are r is was were have has had do does did don't dont didn't didnt can can't cant
    could couldn't must might may will won't wont would wouldn't should shouldn't need
    haven't havent hasn't hasnt hadn't hadnt aren't arent weren't werent wasn't wasnt
    never still just really always already
    """
)
# Of those, the verbs: a subject said last with one of these after it leaves its clause open.
_VERB_AFTER_A_SUBJECT = _AFTER_A_SUBJECT - _word_set("never still just really always already")

# Pronouns and determiners that lean on the word before them when a quote starts on one
# ("u thirty days", "you at once", "them to leave"): the object of a verb left outside.
_LEANS_BACK = _word_set(
    """
    u you ya yu him her them me us it my your ur yr his their our the a an this these those
    """
)

# Determiners and possessives: a noun phrase starts on one, so a phrase stopping right
# before one stops before its verb's object ("you lost two bookings and spent | the rest").
_OPENS_AN_OBJECT = _word_set(
    """
    a an the my your ur yr our their his her its this these those every each some
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


@lru_cache(maxsize=4096)
def _norm(word: str) -> str:
    """A word as the word classes hold it. Remembered (bounded): quoting a strength asks it
    of the same few words again and again (each try of a phrase, its trimming, whether it
    means anything), about five times a scored reply, three string methods each time."""
    return word.lower().replace("’", "'").strip("'-")


@lru_cache(maxsize=4096)
def is_content_word(word: str) -> bool:
    """A word that says something on its own (not a pronoun, article, preposition…).
    Remembered like `_norm` (a pure function of the word)."""
    w = _norm(word)
    return bool(w) and w not in _FUNCTION_WORDS and not w.isdigit()


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "'’_"


def _trimmed(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """`words` without dangling words at either end."""
    first, last = 0, len(words)
    while first < last and _norm(words[first].group(0)) in _NEEDS_WHAT_CAME_BEFORE:
        first += 1
    while last > first:
        word = _norm(words[last - 1].group(0))
        if word not in _NEEDS_WHAT_FOLLOWS or (
            word in _CAN_END_A_SENTENCE and _ends_a_sentence(words[last - 1])
        ):
            break
        last -= 1
    return words[first:last]


def _closed(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """`words` without a last subject whose verb follows it, and what then dangles; `words`
    itself when nothing meaningful would be left."""
    if not words or not _verb_follows(words[-1], _norm(words[-1].group(0))):
        return words
    shorter = _trimmed(words[:-1])
    return shorter if _meaningful(shorter) else words


def _verb_follows(word: re.Match[str], norm: str) -> bool:
    """Is `word` a subject whose verb comes right after it in the reply ("…more successful if
    you | could find…", "…the best parent you | can be")? A quote can't end there: it would
    stop inside the clause. Said last as an object ("…frightened you", "…good for you") it can."""
    if norm not in _SUBJECTS:
        return False
    after = WORD.match(word.string, word.end() + 1)
    return (
        after is not None
        and word.string[word.end() : after.start()].isspace()
        and (norm in _ONLY_SUBJECTS or _norm(after.group(0)) in _VERB_AFTER_A_SUBJECT)
    )


def _ends_a_sentence(word: re.Match[str]) -> bool:
    """Is `word` the last of its sentence (or of the reply)? Then it leaves nothing out: "You're not sure
    anyone will.", "something to hold on to." (an auxiliary or a preposition said last)."""
    return word.string[word.end() : word.end() + 1] in ("", ".", "!", "?", "\n")


# A tag the speaker adds to their own sentence ("…, you know?", "You see, …", "I mean, …"):
# it has a content word but says nothing of the peer, so quoted alone it reads as a machine
# error ("You said back what they are going through: 'you know'").
_TAGS = frozenset(
    tuple(tag.split())
    for tag in (
        *("you know", "u know", "ya know", "y'know", "yknow", "you see", "you get me"),
        *("i mean", "know what i mean", "you know what i mean", "innit"),
    )
)


def _meaningful(words: list[re.Match[str]]) -> bool:
    return any(is_content_word(w.group(0)) for w in words) and (
        len(words) > 5 or tuple(_norm(w.group(0)) for w in words) not in _TAGS
    )


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
    size = len(text)
    start, end = max(0, min(start, size)), max(0, min(end, size))
    if start == end:
        return start, end
    # `_is_word_char` inlined: this runs for every piece of evidence of every reply.
    while start > 0:
        here, before = text[start], text[start - 1]
        if not ((here.isalnum() or here in "'’_") and (before.isalnum() or before in "'’_")):
            break
        start -= 1
    while end < size:
        last, after = text[end - 1], text[end]
        if not ((last.isalnum() or last in "'’_") and (after.isalnum() or after in "'’_")):
            break
        end += 1
    return start, end


#: The words of a reflective frame ("it sounds like", "seems like", "I hear"): evidence of
#: only these and function words shows the frame, not what the reply said in it.
_FRAME_WORDS = _word_set("sounds sound seems seem looks look like hear guess")
#: Evidence longer than this many characters always carries a content word in practice; only
#: shorter evidence is checked for one (this runs for every piece of evidence of every reply).
_SHORT_EVIDENCE = 24


def evidence_words(reply: str, text: str, start: int, end: int) -> tuple[str, int, int]:
    """A piece of evidence in `reply` as (text, start, end) of whole words (`whole_words`).
    Words that say nothing on their own ("It", "sounds like": a helper criterion marks where
    it looked, a stem criterion the frame, not what was said) are widened to the clause they sit in, trimmed, when that
    carries a content word; a mark with no word at all ("?") stays as it is."""
    first, last = whole_words(reply, start, end)
    if last - first <= _SHORT_EVIDENCE:
        words = WORD.findall(reply, first, last)
        if words and not any(is_content_word(w) and _norm(w) not in _FRAME_WORDS for w in words):
            clause = _phrase(reply, *_clause(reply, first, last))
            if clause:  # trimmed, so it may stop short of the evidence: never leave it out
                first, last = min(first, clause[0].start()), max(last, clause[-1].end())
    return (text, start, end) if (first, last) == (start, end) else (reply[first:last], first, last)


def quote_span(
    reply: str, start: int, end: int, limit: int = MAX_QUOTE
) -> tuple[str, int, int] | None:
    """The quote for a hit at `reply[start:end]` and where it sits in the reply, or None
    when no meaningful phrase of whole words is there."""
    start, end = max(0, min(start, len(reply))), max(0, min(end, len(reply)))
    # Back to the start of the word it starts in; evidence that starts on a mark (". What
    # was the hardest part") doesn't take in the word before the mark.
    while (
        0 < start < len(reply) and _is_word_char(reply[start]) and _is_word_char(reply[start - 1])
    ):
        start -= 1
    while end < len(reply) and _is_word_char(reply[end]):
        end += 1
    phrase = _phrase(reply, start, end)
    tries = [phrase]
    short = len(phrase) < MIN_QUOTE_WORDS
    if short:
        # Too short or not a phrase on its own: first the clause it sits in, trimmed, then
        # the hit carried on to its clause's end ("you're terrified of what happens…").
        clause_start, clause_end = _clause(reply, start, end)
        tries[:0] = [_phrase(reply, clause_start, clause_end), _phrase(reply, start, clause_end)]
    else:
        # Carried on to the end of its clause, and back to where its thought starts.
        on = _to_clause_end(reply, phrase, limit)
        tries[:0] = [p for p in (_from_clause_start(reply, on or phrase, limit), on) if p]
    for words in tries:
        if words and (span := _render(reply, words, limit)) is not None:
            if (
                short
                and len(phrase) > 1
                and span[2] < phrase[-1].end()
                and _starts_a_clause(phrase)
            ):
                # A clause cut before the few words found, when they start a clause of their
                # own ("You named a feeling: 'Someone sent your sister screenshots and now…'"
                # for "you're terrified"), quotes something else: quote from them instead.
                continue
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
    # A phrase that stops on a word saying nothing ("…and now", "…that left you"), or just
    # before its object ("…and spent | the rest", "…facing losing | your home"), goes on
    # too, cut with "…" where it no longer fits: the "…" says the thought goes on.
    after = WORD.search(reply, phrase[-1].end(), clause_end)
    weak_end = not is_content_word(phrase[-1].group(0)) or (
        after is not None and _norm(after.group(0)) in _OPENS_AN_OBJECT
    )
    return (
        longer
        if fits or weak_end or sum(is_content_word(w.group(0)) for w in phrase) <= 1
        else None
    )


def _starts_clause_at(word: re.Match[str]) -> bool:
    """Does a clause of its own start on `word` ("…at once | you're scared…", "…| she said")?"""
    norm = _norm(word.group(0))
    if norm in _SUBJECT_AND_VERB:
        return True
    after = WORD.match(word.string, word.end() + 1)
    return norm in _SUBJECTS and after is not None and _norm(after.group(0)) in _AFTER_A_SUBJECT


def _stops_inside_its_clause(word: re.Match[str]) -> bool:
    """Does the clause of `word` go on right after it, in the same phrase: a word that
    neither ends the clause nor opens a clause of its own follows it ("the bad date | list",
    "folks on nights | are meant to"; not "…needs | and your own fear", "…close by | —")?"""
    reply = word.string
    _, clause_end = _clause(reply, word.start(), word.end())
    after = WORD.search(reply, word.end(), clause_end)
    return after is not None and not _opens(after.group(0)) and not _starts_clause_at(after)


def _opens(word: str) -> bool:
    """May a quote start right after `word`? After a word opening a clause, and after
    a quotation mark ("'by and for' was supposed to mean…")."""
    return _norm(word) in _OPENS_A_CLAUSE or word[-1] in "'’" or word[0] in "'’"


# Words after which "like" frames what follows as theirs ("it sounds like |you're…", "it
# felt like |nobody cared"); after any other word "like" makes a comparison ("he looked at
# you like |you were dirty"), and what follows it alone reads as the trainee's own words.
_FRAMES_LIKE = _word_set(
    """
    sounds sound sounded seems seem seemed feels feel felt feeling looks look looked looking
    it's its is was be being kinda sorta more almost just i'm im you're youre
    """
)


def _compares(before: list[re.Match[str]]) -> bool:
    """Does `before` (the words of a clause before a phrase) end on a "like" that makes a
    comparison, not one that frames what follows? A quote can't start right after it."""
    if _norm(before[-1].group(0)) != "like":
        return False
    ahead = before[-2] if len(before) > 1 else _word_before(before[-1])
    return ahead is None or _norm(ahead.group(0)) not in _FRAMES_LIKE


def _word_before(word: re.Match[str]) -> re.Match[str] | None:
    """The word right before `word` in its reply, across any punctuation."""
    words = list(WORD.finditer(word.string, max(0, word.start() - 40), word.start()))
    return words[-1] if words else None


def _starts_a_clause(phrase: list[re.Match[str]]) -> bool:
    """Does `phrase` start on a subject ("you're scared…", "you've almost had to…", "u
    were…"), so its clause starts there whatever came before ("so many times that |you've")?"""
    first = _norm(phrase[0].group(0))
    if first in _SUBJECT_AND_VERB:
        return True
    after = _norm(phrase[1].group(0)) if len(phrase) > 1 else ""
    return first in _SUBJECTS and after in _AFTER_A_SUBJECT


def _from_clause_start(
    reply: str, phrase: list[re.Match[str]], limit: int
) -> list[re.Match[str]] | None:
    """`phrase` started where its thought starts, or None when it can't be.

    A phrase starts mid-thought when the word before it in its clause doesn't open a clause
    ("he gave |u thirty days", "Tash taught |you how to stay safe"; not "sounds like |you're
    exhausted" or "cos |he found"). It is then carried back to its clause's start, when
    that and at least the phrase's first two words fit in `limit` (the rest cut with "…");
    failing that, one that starts on a pronoun or determiner leaning on the word left outside
    ("u thirty days…") starts after it instead."""
    first, last = phrase[0].start(), phrase[-1].end()
    clause_start, _ = _clause(reply, first, last)
    before = list(WORD.finditer(reply, clause_start, first))
    last_before = before[-1].group(0) if before else ""
    if not before or (
        not _compares(before)
        and (_opens(last_before) or (_starts_a_clause(phrase) and not is_content_word(last_before)))
    ):
        # It starts its clause, right after "and", "cos", "like"…, or on a subject after a
        # word that leads into one ("…so often that |you've"; not "every cent |u had saved").
        return phrase
    if phrase[min(1, len(phrase) - 1)].end() - before[0].start() < limit:
        # The whole fits, or is cut after the phrase's first words with "…" (`_render`).
        return _trimmed([*before, *phrase])
    if _compares(before):
        # A comparison too long to quote whole: from the last word opening a clause before
        # it ("…and |he looked at you like you were dirt").
        opener = max((i for i, w in enumerate(before[:-1]) if _opens(w.group(0))), default=-1)
        if opener >= 0 and phrase[-1].end() - before[opener + 1].start() <= limit:
            return _trimmed([*before[opener + 1 :], *phrase])
    lead = 0
    while lead < len(phrase) - 1 and _norm(phrase[lead].group(0)) in _LEANS_BACK:
        lead += 1
    rest = _trimmed(phrase[lead:])
    return rest if lead and len(rest) >= MIN_QUOTE_WORDS and _meaningful(rest) else None


def _render(reply: str, phrase: list[re.Match[str]], limit: int) -> tuple[str, int, int] | None:
    phrase = _closed(phrase)  # never "…more successful if you" (could find…)
    first, last = phrase[0].start(), phrase[-1].end()
    if last - first <= limit:
        text = " ".join(reply[first:last].split())
        # A whole phrase that still stops inside its clause (too long to quote whole) says
        # so: "You already know about the bad date…" (list), "…and you're scared that
        # going…" (to police), never as if the trainee had stopped there (issue 11).
        return text + ("…" if _stops_inside_its_clause(phrase[-1]) else ""), first, last
    # Too long: whole words from the start while they fit, ending on a word that can end
    # a phrase (the "…" says there is more).
    kept = _closed(_trimmed([w for w in phrase if w.end() - first + 1 <= limit]))
    if not _meaningful(kept):
        return None
    kept = _without_a_bare_last_clause(reply, kept)
    last = kept[-1].end()
    return " ".join(reply[first:last].split()) + "…", first, last


#: Marks between two words that end a clause inside a sentence.
_CLAUSE_BREAK = re.compile(r"[,;:—–]")


def _without_a_bare_last_clause(reply: str, kept: list[re.Match[str]]) -> list[re.Match[str]]:
    """`kept` (a phrase cut to fit) without its last clause when the cut left only function
    words of it ("…you don't matter, and that's…" becomes "…you don't matter…"): a quote
    ends where a thought ends, not on the first words of the next one."""
    for i in range(len(kept) - 1, 0, -1):
        if _CLAUSE_BREAK.search(reply, kept[i - 1].end(), kept[i].start()):
            head = _trimmed(kept[:i])
            if not _meaningful(kept[i:]) and _meaningful(head):
                return head
            break
    return kept


def meaningful_quote(reply: str, start: int, end: int, limit: int = MAX_QUOTE) -> str | None:
    """The quote for a hit at `reply[start:end]` (see `quote_span`), or None."""
    span = quote_span(reply, start, end, limit)
    return span[0] if span else None


_QUOTED_EVIDENCE = re.compile(r"(?:\s*:|\s+with)?\s*[\"“]\{evidence\}[\"”]")


def without_quote(template: str) -> str:
    """A strength template with its quoted evidence taken out ('You named a feeling:
    "{evidence}".' becomes 'You named a feeling.'), for a strength with nothing to quote."""
    return _QUOTED_EVIDENCE.sub("", template)
