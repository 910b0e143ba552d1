"""Detectors: the mechanisms that find a criterion's evidence in a reply.

Each rubric criterion names a detector. `cues` compiles the criterion's phrases and patterns
into one case-insensitive regular expression once, at load time. The others compare the
reply with the peer's words (`parroting`, `echo`) or with the scenario node's own lists
(`key_points`, `node_feelings`, `node_pitfalls`) using rapidfuzz with an explicit processor.
Every hit keeps the span it matched, so every judgement can be explained.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from re import _parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple, Protocol

from rapidfuzz import fuzz

from simulator.content.rubric import Criterion
from simulator.content.scenario import Node
from simulator.scoring.apostrophes import loosen_apostrophes
from simulator.scoring.clauses import ClauseReader, meets, reader_for
from simulator.scoring.prefilter import all_needs_of_parsed
from simulator.scoring.rarity import rarity
from simulator.scoring.reply_reading import ReplyReading
from simulator.scoring.said_back import as_said_back, bare
from simulator.scoring.setup_cache import kept_compile, rebuilt, setup_cache
from simulator.scoring.skip_ahead import compile_parsed, lowered_tree, skipping_tree
from simulator.scoring.split_units import cut
from simulator.scoring.stance import (
    PutForward,
    kept_scanning,
    put_forward,
    put_forward_at,
    stance_reader_for,
)
from simulator.scoring.start_places import AtPlaces, places_of
from simulator.scoring.text import (
    MAX_CONTEXT_CHARS,
    MAX_REPLY_CHARS,
    WORD,
    Squeezed,
    normalise,
    shift_perspective,
)
from simulator.scoring.texting import texting_forms
from simulator.scoring.verdicts import Verdict, VerdictReader, VerdictWords

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_-]*)\}")
#: A question of the peer's line with what led up to it (see `Peer.stated_words`).
_QUESTIONS = re.compile(r"[^.!?]*\?")
_GAP = r"(?:\W+[\w']+){0,4}?\W+"  # what '...' in a cue stands for: up to four words
# Possessive: the blanks and an opening quote are taken once, never given back and retried
# (the backtracking form took time with the cube of a blank run's length).
_SENTENCE_START = r"(?:^|(?<=[.!?;\n]))\s*+[\"'(]?+\s*+"
#: A clause's start: a sentence's, or just after a comma ("You're worn out, cut down to three
#: nights": an instruction after a reflection is still one).
_CLAUSE_START = (
    r"(?:^|(?<=[.!?;\n])|(?<=,)(?!\s*+(?:and|or|n|then|never|always)\b)(?![^.!?;,\n]*\bor\b))"
    r"\s*+[\"'(]?+\s*+"
)
_STARTS = {"sentence_start": _SENTENCE_START, "clause_start": _CLAUSE_START}
MAX_SPANS = 3


class Hit(NamedTuple):
    """One piece of evidence for a criterion (a NamedTuple: a reply makes dozens, and one is
    built in a third of the time of a frozen dataclass)."""

    start: int
    end: int
    text: str
    source: str = "reply"
    flags: tuple[str, ...] = ()
    severity: str | int | None = None
    note: str = ""


class Peer:
    """The peer's line (context), worked out once however many replies answer it."""

    def __init__(self, context: str) -> None:
        self.context = context[:MAX_CONTEXT_CHARS]
        # Only runs are shortened here: the peer's repeated sentences are theirs to repeat.
        self.context_text = Squeezed(self.context, drop_repeats=False)
        self.norm_context = self.context_text.text
        self.lower_context = _lower_same_length(self.norm_context)
        #: Which cue alternatives could match the peer's line (see View.able_reply).
        self.able_context: int | None = None
        self._stems: dict[frozenset[str], set[str]] = {}
        self._clause_stems: frozenset[str] | None = None
        self._said_back_stems: dict[frozenset[str], set[str]] = {}
        self._words: list[str] | None = None
        self._context_words: list[str] | None = None
        self._stated_words: list[str] | None = None
        self._said_back_words: list[str] | None = None
        self._statements: dict[object, list[tuple[set[str], frozenset[str]]]] = {}

    def _lower_words(self) -> list[str]:
        """The peer's words, lower-cased, found once for every form of them below."""
        words = self._words
        if words is None:
            words = self._words = WORD.findall(self.lower_context.lower())
        return words

    @property
    def context_words(self) -> list[str]:
        """The peer's words as the counsellor would say them ("I'm" -> "you're")."""
        words = self._context_words
        if words is None:
            words = self._context_words = shift_perspective(self._lower_words())
        return words

    @property
    def stated_words(self) -> list[str]:
        """`context_words` of the peer's statements only: what they asked ("Should I call
        them?") is not theirs to be said back, and "you should" answers it."""
        words = self._stated_words
        if words is None:
            if "?" in self.lower_context:
                statements = _QUESTIONS.split(self.lower_context)
                words = shift_perspective(WORD.findall(" ".join(statements).lower()))
            else:  # nothing asked: the statements are the whole line
                words = self.context_words
            self._stated_words = words
        return words

    def context_stems(self, ignore: frozenset[str]) -> set[str]:
        if ignore not in self._stems:
            self._stems[ignore] = _stems(self.context_words, ignore)
        return self._stems[ignore]

    def clause_stems(self, reader: ClauseReader) -> frozenset[str]:
        """The peer's content words for the clause reader's `restates`, worked out once."""
        if self._clause_stems is None:
            self._clause_stems = reader.stems_of(self._lower_words())
        return self._clause_stems

    @property
    def said_back_words(self) -> list[str]:
        """The peer's words in one form with the reply's (see scoring/said_back.py)."""
        words = self._said_back_words
        if words is None:
            words = self._said_back_words = as_said_back(self._lower_words())
        return words

    def said_back_stems(self, ignore: frozenset[str]) -> set[str]:
        """The stems of `said_back_words` (worked out once per peer's line, not per reply)."""
        if ignore not in self._said_back_stems:
            self._said_back_stems[ignore] = _stems(self.said_back_words, ignore)
        return self._said_back_stems[ignore]

    def statements(self, reader: ContradictionDetector) -> list[tuple[set[str], frozenset[str]]]:
        """The peer's statements as `reader` splits them (each one's words and what it
        negates), worked out once per peer's line for each contradiction detector."""
        found = self._statements.get(reader)
        if found is None:
            found = self._statements[reader] = reader.peer_statements(self.norm_context)
        return found


class View:
    """One reply being scored, with what detectors share worked out once."""

    def __init__(
        self, reply: str, context: str, node: Node | None, peer: Peer | None = None
    ) -> None:
        self.reply = reply[:MAX_REPLY_CHARS]
        self.peer = (
            peer
            if peer is not None and peer.context == context[:MAX_CONTEXT_CHARS]
            else Peer(context)
        )
        self.context = self.peer.context
        self.node = node
        #: What the detectors match: long runs shortened, repeated sentences left out.
        self.reply_text = Squeezed(self.reply)
        self.context_text = self.peer.context_text
        self.norm_reply = self.reply_text.text
        self.norm_context = self.peer.norm_context
        # Matching lower-cased text without IGNORECASE is several times faster in `re`.
        # Lower-casing keeps offsets for all but a few characters (e.g. 'İ'); then keep case.
        self.lower_reply = _lower_same_length(self.norm_reply)
        self.lower_context = self.peer.lower_context
        #: The reply's words, lower-cased (`lower_reply` is lower-cased already unless
        #: that changed its length; lower-casing is idempotent).
        self.reply_words: list[str] = WORD.findall(
            self.lower_reply if self.lower_reply is not self.norm_reply else self.norm_reply.lower()
        )
        #: Which cue alternatives could match the lower-cased reply, one bit each (see
        #: prefilter; the engine sets it, None: unknown, run them all).
        self.able_reply: int | None = None
        #: Boundary flags raised so far (flag -> first hit), for `flags_raised` criteria.
        self.raised: dict[str, Hit] = {}
        #: Levels of the skills scored so far, for `level_reached` criteria.
        self.levels: dict[str, int] = {}
        #: The same levels read without some of their criteria (skill and the criteria left
        #: out -> level), for `level_reached` criteria with `not_counting`; set by the engine
        #: only when one of those criteria matched (otherwise `levels` holds it).
        self.levels_without: dict[tuple[str, tuple[str, ...]], int] = {}
        #: Whether this is the second reading of a reply, without its sentences that breach a
        #: boundary (the engine's `read_apart_from`), for `read_apart` criteria.
        self.apart = False
        self._stems: dict[frozenset[str], set[str]] = {}
        self._reading: ReplyReading | None = None
        self._fuzzy: _FuzzyReply | None = None
        self._said_back: list[str] | None = None

    @property
    def said_back_words(self) -> list[str]:
        """The reply's words as said back (`as_said_back` of `reply_words`), made once: the
        parroting and contradiction detectors both read them."""
        said = self._said_back
        if said is None:
            said = self._said_back = as_said_back(self.reply_words)
        return said

    @property
    def able_context(self) -> int | None:
        return self.peer.able_context

    @able_context.setter
    def able_context(self, value: int | None) -> None:
        self.peer.able_context = value

    @property
    def reading(self) -> ReplyReading:
        """The reply as the sentence readers read it (clauses, verdicts), made once, when a
        criterion first needs it."""
        reading = self._reading
        if reading is None:
            lower = self.lower_reply
            reading = self._reading = ReplyReading(
                self.norm_reply, lower if lower is not self.norm_reply else None
            )
        return reading

    @property
    def fuzzy_reply(self) -> _FuzzyReply:
        """The reply as the key point and pitfall detectors compare it (made once)."""
        if self._fuzzy is None:
            self._fuzzy = _FuzzyReply(self.reply_text)
        return self._fuzzy

    @property
    def context_words(self) -> list[str]:
        return self.peer.context_words

    def context_stems(self, ignore: frozenset[str]) -> set[str]:
        return self.peer.context_stems(ignore)

    def reply_stems(self, ignore: frozenset[str]) -> set[str]:
        if ignore not in self._stems:
            self._stems[ignore] = _stems(self.reply_words, ignore)
        return self._stems[ignore]


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


class Detector(Protocol):
    def find(self, view: View) -> list[Hit]: ...


#: What `_fuzz_processor` blanks out (compiled once: `re.sub` with the pattern's text looked
#: it up in `re`'s cache at every call, for every phrase of a moment and every reply).
_NOT_FUZZ_WORD = re.compile(r"[^\w']")


def _fuzz_processor(text: str) -> str:
    """Lower-case and blank out punctuation, one character for one, so spans stay valid."""
    return _NOT_FUZZ_WORD.sub(" ", text.lower())


Trie = dict[str, "Trie"]


def _trie_regex(phrases: Iterable[tuple[str, ...]]) -> str:
    """One regex for many word sequences, sharing prefixes ("i'm sorry", "i'm here" -> one
    "i'm" branch). Python's `re` tries alternatives one by one, so a flat list of 100 cues
    is tried 100 times at every position; a trie makes that a handful of checks."""
    root: Trie = {}
    for words in phrases:
        node = root
        for word in words:
            node = node.setdefault(word, {})
        node[""] = {}

    def branch(node: Trie) -> str:
        parts = []
        for word in sorted((w for w in node if w), key=lambda w: (-len(w), w)):
            child = node[word]
            rest = branch(child) if any(child) else ""
            piece = re.escape(word)
            if rest:
                piece += rf"(?:\s+{rest})" + ("?" if "" in child else "")
            parts.append(piece)
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return branch(root) if root else "(?!)"


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(normalise(phrase).lower().split())


def _alternation(words: Iterable[str]) -> str:
    return _trie_regex(_words(w) for w in words)


def cue_to_regex(cue: str, lexicons: Mapping[str, tuple[str, ...]]) -> str:
    """A literal phrase as a whole-word regex; '...' is a short gap, {name} a lexicon.

    Where the cue has a space, the regex needs whitespace, also next to a lexicon
    ('{feeling} about it', 'so {feeling}', '{a} {b}'); a lexicon written against a word
    ('{feeling}ness') stays joined to it. '...' brings its own separators."""
    body = ""
    joined = True  # at the start or after '...': nothing to separate from
    space = False  # the cue had whitespace since the last piece
    for part in re.split(r"(\.\.\.|\{[a-z0-9_-]+\})", normalise(cue).strip()):
        if part == "...":
            body, joined, space = body + _GAP, True, False
            continue
        if _PLACEHOLDER.fullmatch(part):
            piece, space_after = _alternation(lexicons[part[1:-1]]), False
        elif part.strip():
            piece = r"\s+".join(re.escape(w) for w in part.split())
            space |= part[0].isspace()
            space_after = part[-1].isspace()
        else:
            space |= bool(part)
            continue
        body += ("" if joined or not space else r"\s+") + piece
        joined, space = False, space_after
    return rf"(?<!\w){body}(?!\w)"


def _as_written(pattern: str) -> str:
    return pattern


def expand_pattern(pattern: str, lexicons: Mapping[str, tuple[str, ...]]) -> str:
    return _PLACEHOLDER.sub(lambda m: _alternation(lexicons[m.group(1)]), pattern)


def _cue_regexes(
    crit: Criterion, lexicons: Mapping[str, tuple[str, ...]], trees: dict[str, Any] | None = None
) -> tuple[str, list[str], str | None]:
    """A cue criterion's alternation, its units (the same alternatives one by one) and its
    `not_after` words, as regular expressions for lower-cased text."""
    literal: list[tuple[str, ...]] = []
    alternatives: list[str] = []
    units_at_word: list[str] = []
    for cue in crit.cues:
        placeholder = _PLACEHOLDER.fullmatch(cue.strip())
        if placeholder:
            literal += [_words(w) for w in lexicons[placeholder.group(1)]]
        elif "..." in cue or _PLACEHOLDER.search(cue):
            alternatives.append(cue_to_regex(cue, lexicons))
        else:
            literal.append(_words(cue))
    # The same alternatives one by one, in the same order (see split_matches): the
    # literal phrases one unit per first word, each pattern a unit of its own.
    units = [*_literal_units(literal), *alternatives]
    if literal:
        alternatives.insert(0, rf"(?<!\w){_trie_regex(literal)}(?!\w)")
    # Patterns that begin at a word boundary share one `\b`: `re` then tries them only
    # where a word starts, instead of trying every pattern at every character.
    at_word: list[str] = []
    for pattern in crit.patterns:
        expanded = expand_pattern(pattern, lexicons)
        if expanded.startswith(r"\b") and not expanded.startswith(r"\b|"):
            at_word.append(f"(?:{expanded[2:]})")
            units_at_word.append(rf"\b(?:{expanded[2:]})")
        else:
            alternatives.append(f"(?:{expanded})")
            units.append(f"(?:{expanded})")
    units += units_at_word
    if at_word:
        alternatives.append(rf"\b(?:{'|'.join(at_word)})")
    # As typed in a text: "dont", "youre" match "don't", "you're" (see apostrophes); in
    # criteria that raise a boundary flag, "u", "ur", "prob" match "you", "your",
    # "probably" too (see texting: "ur" is also "you're", which reflection cues misread).
    texting = texting_forms if crit.flags else _as_written
    alternatives = [loosen_apostrophes(texting(alt)) for alt in alternatives]
    prefix = _STARTS.get(crit.where, "")
    units = cut([loosen_apostrophes(texting(unit)) for unit in units], prefix, trees)
    body = "|".join(alternatives)
    not_after = None
    if crit.not_after:
        words = "|".join(cue_to_regex(c, lexicons) for c in crit.not_after)
        not_after = loosen_apostrophes(texting(words))
    return body, units, not_after


class CueDetector:
    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        # Worked out from the criterion's cues and patterns (and lexicons), or taken from
        # the set-up cache when the same were seen before (see setup_cache).
        key = repr((crit.cues, crit.patterns, bool(crit.flags), crit.not_after, crit.where))
        #: Worked out now: the trees of the units cutting parsed, by their source (see cut).
        trees: dict[str, Any] = {}
        body, units, not_after = setup_cache().value(
            f"cue\0{_lexicons_digest(lexicons)}\0{key}",
            lambda: _cue_regexes(crit, lexicons, trees),
            _is_cue_regexes,
        )
        self._prefix = _STARTS.get(crit.where, "")
        #: The whole alternation, for lower-cased text; compiled when first needed (most
        #: replies need only a few units of it, or none).
        self.source = f"{self._prefix}(?P<hit>{body})"
        self._regex: re.Pattern[str] | None = None
        self._any_case: re.Pattern[str] | None = None
        #: The criterion's alternatives one by one: each has a prefilter bit, and a reply
        #: for which only a few can match runs just those (compiled alone on first use).
        self._units = units
        self._unit_regexes: list[re.Pattern[str] | AtPlaces | None] = [None] * len(units)
        #: Whether running units alone finds exactly what the whole regex finds (False when
        #: a pattern refers to a group by number or could match nothing; see split_matches).
        self._splittable: bool | None = None
        #: Each unit with the sets of strings its every match contains one of each of (see
        #: prefilter); worked out on the first reply, not at start-up.
        self._needs: list[tuple[frozenset[str], ...]] | None = None
        #: Each unit parsed once (for its needs, its width and compiling it), until compiled.
        self._parsed: dict[int, Any] = {}
        #: Units whose compiled form was kept in the set-up cache, by index: the record to
        #: rebuild it from and its marks (see start_places), until a reply first opens it.
        self._later: dict[int, tuple[Any, tuple[Any, ...] | None]] = {}
        #: One bit per unit (the engine skips a criterion none of whose bits is open).
        self.everything = (1 << len(units)) - 1
        #: Where this criterion's alternatives start among the prefilter's bits (engine sets).
        self.first_bit = 0
        self.target = crit.target
        self.flags = crit.flags
        self.unless_peer_said = crit.unless_peer_said and crit.target == "reply"
        self.unless_peer_asked = crit.unless_peer_asked
        self.ignore = frozenset(lexicons.get(crit.ignore_lexicon or "", ()))
        self.not_after: re.Pattern[str] | None = None
        self._not_after_lowered: re.Pattern[str] | None = None
        self.not_in_sentence: re.Pattern[str] | None = None
        #: Set phrases whose negator negates nothing ("no offence but…", the rubric's
        #: `hedges` lexicon): a `not_after` word inside one is no frame.
        hedges = lexicons.get("hedges", ())
        self.hedges: re.Pattern[str] | None = (
            kept_compile(
                r"(?<![\w'])(?:"
                + "|".join(
                    loosen_apostrophes(re.escape(h.lower())).replace(r"\ ", r"\s+") for h in hedges
                )
                + r")(?![\w'])",
                re.IGNORECASE,
            )
            if hedges and (crit.not_after or crit.not_in_sentence_after)
            else None
        )
        #: Subordinators that open a sentence with a clause of its own ("If it's happened
        #: before you must…", "when things get bad you need to…", the rubric's
        #: `fronted_openers` lexicon): a `not_after` word inside that clause frames nothing
        #: in the main clause after it (see `_fronted`).
        openers = lexicons.get("fronted_openers", ())
        self.fronted: re.Pattern[str] | None = (
            kept_compile(
                _MARKERS
                + r"(?:"
                + "|".join(
                    loosen_apostrophes(re.escape(o.lower())).replace(r"\ ", r"\s+")
                    for o in sorted(openers, key=len, reverse=True)
                )
                + r")(?![\w'])",
                re.IGNORECASE,
            )
            if openers and crit.not_after
            else None
        )
        #: The `not_after` words alone (without the words allowed after them): where a frame
        #: word ends, to tell one inside a fronted clause from one right before the match.
        self._frame_words: re.Pattern[str] | None = None
        #: What the speaker puts forward in someone else's mouth ("some people would say…",
        #: "you know what they say"): the speaker's own view, so a frame word inside it
        #: ("people … say", "they say") reports nothing (stance.put_forward).
        self.put_forward: PutForward | None = (
            put_forward(lexicons) if crit.not_after or crit.not_in_sentence_after else None
        )
        #: `stance:` on a cues criterion: a match counts only in a clause whose stance meets it.
        self.stance = crit.stance
        self.stance_reader = stance_reader_for(lexicons) if crit.stance is not None else None
        self.object_of = _object_reader(lexicons)
        #: None: any sentence; True: only in a question; False: only in a statement.
        self.in_question: bool | None = (
            None if crit.sentence == "any" else crit.sentence == "question"
        )
        if crit.not_in_sentence_after:
            words = "|".join(cue_to_regex(c, lexicons) for c in crit.not_in_sentence_after)
            texting = texting_forms if crit.flags else _as_written
            self.not_in_sentence = kept_compile(loosen_apostrophes(texting(words)), re.IGNORECASE)
        if not_after is not None:
            words = not_after
            if self.fronted is not None:
                self._frame_words = kept_compile(rf"(?:{words})", re.IGNORECASE)
            # ...one of the words, then at most four more words (no punctuation), then the match.
            source = rf"(?:{words})(?:[ \t]+[\w']+){{0,4}}[ \t]*$"
            cache = setup_cache()
            self.not_after = cache.compiled(
                "ignorecase\0" + source, lambda: _parser.parse(source, re.IGNORECASE)
            )
            # The same on lower-cased ASCII text, without IGNORECASE (several times faster).
            if cache.value("lowers\0" + source, lambda: lowered_tree(source) is not None, _bool):
                self._not_after_lowered = cache.compiled(
                    "lowered\0" + source, lambda: skipping_tree(lowered_tree(source))
                )
        if trees:
            # The units were cut just now (not found in the set-up cache), and cutting
            # parsed them as `_unit_source` does: their needs and compiled forms are worked
            # out from those trees, now, so each criterion's trees are let go before the
            # next criterion's are made (all of them at once would be ~170 MB).
            for index in range(len(units)):
                tree = trees.get(self._unit_source(index))
                if tree is not None:
                    self._parsed[index] = tree
            trees.clear()
            self.needs()

    def _framed(self, text: str, start: int) -> bool:
        """Whether a `not_in_sentence_after` word comes anywhere before `start` in its
        sentence (commas don't end the reach: "If you could…, you might…"), other than the
        speaker's own view ("I feel like…", see `_own_view`)."""
        if self.not_in_sentence is None:
            return False
        sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?;\n") + 1
        return _frame_not_own(
            self.not_in_sentence, text, sentence_start, start, self.hedges, self.put_forward
        )

    def _embedded(self, text: str, start: int, lower: str | None = None) -> bool:
        """Whether the match at `start` follows a `not_after` word in its sentence
        (`lower`: the text lower-cased, when it is ASCII), other than the speaker's own view."""
        if self.not_after is None:
            return False
        sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?;\n") + 1
        fronted = _fronted(self.fronted, text, sentence_start, start)
        inside = None if fronted is None else (self._frame_words, fronted)
        if lower is not None and self._not_after_lowered is not None:
            return _frame_not_own(
                self._not_after_lowered,
                lower,
                sentence_start,
                start,
                self.hedges,
                self.put_forward,
                inside,
            )
        return _frame_not_own(
            self.not_after, text, sentence_start, start, self.hedges, self.put_forward, inside
        )

    @property
    def regex(self) -> re.Pattern[str]:
        if self._regex is None:
            self._regex = re.compile(self.source)
        return self._regex

    @property
    def regex_any_case(self) -> re.Pattern[str]:
        if self._any_case is None:
            self._any_case = re.compile(self.source, re.IGNORECASE)
        return self._any_case

    def _unit_parsed(self, index: int) -> Any:
        """Unit `index` as `re` parses it, with the criterion's prefix and `hit` group."""
        tree = self._parsed.get(index)
        if tree is None:
            tree = self._parsed[index] = _parser.parse(self._unit_source(index))
        return tree

    def needs(self) -> list[tuple[frozenset[str], ...]]:
        """For each unit, sets of strings its every match contains one of each of (rarest
        first; none: nothing is known)."""
        if self._needs is None:
            # Each unit's needs, whether it may run alone, and its compiled form, worked out
            # from its parsed pattern once, or taken from the set-up cache (see setup_cache).
            cache = setup_cache()
            rare = rarity()
            needs: list[tuple[frozenset[str], ...]] = []
            alone = True
            for index, unit in enumerate(self._units):
                source = self._unit_source(index)
                found, may_split, marks = cache.value(
                    f"units\0{rare.digest}\0{source}",
                    lambda i=index, u=unit: (  # type: ignore[misc]
                        all_needs_of_parsed(self._unit_parsed(i), rare),
                        _splittable(u, self._unit_parsed(i)),
                        places_of(self._unit_parsed(i)),
                    ),
                    _is_unit_info,
                )
                needs.append(found)
                alone = alone and may_split
                key = "skipping\0" + source
                record = cache.record(key)
                if record is not None:
                    # Kept compiled: rebuilt when a reply first opens the unit (~7 µs; all
                    # 6,500 at start-up were ~40 ms of every process, most of them unused
                    # by a short run).
                    self._later[index] = (record, marks)
                    self._parsed.pop(index, None)  # the tree is not needed for that
                    continue
                regex = cache.compiled(
                    key,
                    lambda i=index: skipping_tree(self._unit_parsed(i)),  # type: ignore[misc]
                )
                # A unit read at sentence starts is tried there only (see start_places).
                self._unit_regexes[index] = regex if marks is None else AtPlaces(regex, marks)
                self._parsed.pop(index, None)  # compiled: the tree is not needed again
            self._needs, self._splittable = needs, alone
        return self._needs

    def _unit_source(self, index: int) -> str:
        return f"{self._prefix}(?P<hit>{self._units[index]})"

    def _unit(self, index: int) -> re.Pattern[str] | AtPlaces:
        regex = self._unit_regexes[index]
        if regex is None:
            record, marks = self._later.pop(index, (None, None))
            compiled = rebuilt(record) if record is not None else None
            if compiled is None:  # not kept, or its kept code was refused: compile it
                compiled = compile_parsed(self._unit_parsed(index))
                self._parsed.pop(index, None)  # compiled: the tree is not needed again
            regex = compiled if marks is None else AtPlaces(compiled, marks)
            self._unit_regexes[index] = regex
        return regex

    def _matches(self, lower: str, able_bits: int | None) -> Iterator[re.Match[str]]:
        """The matches of the criterion: none at all when the prefilter found that none of
        its units can match (none of the strings they need is in the text); else only the
        units that can, one by one (see split_matches), or the whole alternation when the
        units can't stand alone. The whole alternation (up to 100 ms to compile for the
        largest criteria) is then compiled only for a length-changing lower-casing."""
        if able_bits is None:
            return self.regex.finditer(lower)
        bits = (able_bits >> self.first_bit) & self.everything
        if not bits:
            return iter(())
        if self._splittable is None:
            self._splittable = all(
                _splittable(unit, self._unit_parsed(i)) for i, unit in enumerate(self._units)
            )
        if not self._splittable:
            return self.regex.finditer(lower)
        regexes = self._unit_regexes  # None: rebuilt on first use (see needs, _unit)
        if not bits & (bits - 1):  # one unit alone (the usual case): its own finditer
            index = bits.bit_length() - 1
            return (regexes[index] or self._unit(index)).finditer(lower)
        open_units = []
        while bits:
            low = bits & -bits
            index = low.bit_length() - 1
            open_units.append(regexes[index] or self._unit(index))
            bits ^= low
        return split_matches(open_units, lower)

    def find(self, view: View) -> list[Hit]:
        if self.target == "context":
            text, norm, lower = view.context_text, view.norm_context, view.lower_context
            able = view.able_context
        else:
            text, norm, lower = view.reply_text, view.norm_reply, view.lower_reply
            able = view.able_reply
        if lower is not norm:
            matches = self._matches(lower, able)
        else:  # lower-casing changed the length: match the text as it is, ignoring case
            matches = self.regex_any_case.finditer(lower)
        hits: list[Hit] = []
        ascii_lower: str | None = None
        if self.not_after is not None and lower is not norm and norm.isascii():
            ascii_lower = lower
        for match in matches:
            start, end = match.span("hit")
            if self.not_after is not None and self._embedded(norm, start, ascii_lower):
                continue
            if self.object_of is not None and self.object_of(lower, start):
                continue
            if self.not_in_sentence is not None and self._framed(norm, start):
                continue
            if self.in_question is not None and _asks(norm, end) is not self.in_question:
                continue
            if self.unless_peer_said and _peer_said(
                view, lower[start:end], self.ignore, asked=self.unless_peer_asked
            ):
                continue
            if self.stance_reader is not None and not self.stance_reader.meets(
                lower, start, end, self.stance
            ):
                continue
            hits.append(Hit(*text.quote(start, end), self.target, self.flags))
            if len(hits) >= MAX_SPANS:
                break
        return hits


@functools.cache
def _object_reader_of(
    subjects: tuple[str, ...], prepositions: tuple[str, ...]
) -> Callable[[str, int], bool] | None:
    if not subjects or not prepositions:
        return None
    subject = re.compile(rf"(?:{_alternation(subjects)})(?![\w'])")
    before = re.compile(rf"(?<![\w'])(?:{_alternation(prepositions)})[ \t]+$")

    def object_of(lower: str, start: int) -> bool:
        """Whether the cue at `start` opens with a subject word ("everyone", "you") that is
        the object of a preposition just before it ("snapping at everyone feels…")."""
        return (
            subject.match(lower, start) is not None
            and before.search(lower, max(0, start - 20), start) is not None
        )

    return object_of


def _object_reader(lexicons: Mapping[str, tuple[str, ...]]) -> Callable[[str, int], bool] | None:
    """A cue that opens with a word of `cue_subjects` reads it as the subject of what
    follows ("everyone feels…", "you should…"); after a word of `object_prepositions` it is
    that word's object instead, and the cue does not match there."""
    return _object_reader_of(
        tuple(lexicons.get("cue_subjects", ())), tuple(lexicons.get("object_prepositions", ()))
    )


_SENTENCE_END = re.compile(r"[.!?;\n]")
#: A frame word of belief ("feel like", "feel that", "think"…) whose subject is the speaker:
#: "I feel like you should join a club", "I feel like she's only worried about you" give the
#: speaker's own view, not the peer's ("you feel like…", "it feels like…" stay frames).
_BELIEF_WORD = re.compile(r"(?:feel|feels|felt|feeling|think|thought|believe|reckon)\b", re.I)
_SPEAKER_BEFORE = re.compile(
    r"(?<![\w'])i(?:'d|\s+would|\s+do|\s+really|\s+honestly|\s+just|\s+kinda|\s+kind\s+of|"
    r"\s+sort\s+of|\s+genuinely|\s+still){0,2}\s+$",
    re.I,
)


#: The word that joins a belief to what is believed ("I think *that* you should…", "I feel
#: *as though* you need to…"): a frame word of its own in some lexicons (`reported` has
#: "that"), but after the speaker's own belief it opens the speaker's view, not the peer's.
#: ("I think that is a great idea": "that" is what is thought about, not a joiner.)
_JOINER = re.compile(
    r"(?:that(?=\s+(?:(?:perhaps|maybe|probably|really|honestly|just)\s+)?"
    r"(?:you|u|ya|ur|your|he|she|they|it|it's|its|we|there|the|this|his|her|"
    r"their|people|everyone|everybody|nobody|someone)\b)|like|as\s+though|as\s+if)\b",
    re.I,
)
_BELIEF_BEFORE = re.compile(
    r"(?<![\w'])(?:feel|think|believe|reckon)(?:\s+(?:very\s+)?strongly)?\s+$", re.I
)


def _own_view(text: str, at: int) -> bool:
    """Whether the frame word at `at` is the speaker's own belief ("I feel like…"), or the
    word joining it to what they believe ("I think that…")."""
    if _JOINER.match(text, at) is not None:
        belief = _BELIEF_BEFORE.search(text, max(0, at - 30), at)
        return belief is not None and _own_view(text, belief.start())
    return (
        _BELIEF_WORD.match(text, at) is not None
        and _SPEAKER_BEFORE.search(text, max(0, at - 40), at) is not None
    )


def _frame_not_own(
    frame: re.Pattern[str],
    text: str,
    begin: int,
    end: int,
    hedges: re.Pattern[str] | None = None,
    put_forward: PutForward | None = None,
    fronted: tuple[re.Pattern[str] | None, int] | None = None,
) -> bool:
    """Whether `frame` matches in text[begin:end] other than as the speaker's own view,
    inside a hedge (the "no" of "no offence but…", a `hedges` lexicon phrase), inside what
    the speaker puts forward in someone else's mouth ("some people would say…") or inside a
    clause fronted before the main one (`fronted`: the frame words alone, and where that
    clause ends, see `_fronted`)."""
    found = frame.search(text, begin, end)
    while found is not None and (
        _in_fronted(fronted, text, found.start())
        or _own_view(text, found.start())
        or (hedges is not None and _in_hedge(hedges, text, found.start(), begin))
        or put_forward_at(put_forward, text, found.start(), begin)
    ):
        found = frame.search(text, found.start() + 1, end)
    return found is not None


#: Discourse markers that may come before a fronted subordinator ("So if…", "Look, when…").
_MARKERS = (
    r"[\s\"'(]*(?:(?:so|and|but|ok|okay|look|listen|honestly|well|yeah|yes|right|then|and also)"
    r"[\s,]+)*"
)
_WORD = re.compile(r"[\w'’]+")
#: A subject pronoun, which opens a clause ("…I'll have to…", "…we need to…").
_SUBJECT = re.compile(
    r"(?:i|i'm|im|i'll|i'd|i've|we|we'll|we'd|we're|you|u|you're|you'll|you'd|he|she|they|"
    r"he's|she's|they're|he'll|she'll|they'll)"
)


def _fronted(opener: re.Pattern[str] | None, text: str, begin: int, start: int) -> int | None:
    """Where the clause fronted before a match at `start` ends (None: there is none). The
    sentence (from `begin`) opens with a subordinator of the `fronted_openers` lexicon and
    at least two words, a clause with its own subject and verb, come between it and the
    match, with no punctuation: "If it's happened before you must start…", "when things get
    bad you need to…", "because he did it you have to…" — the match is the main clause, the
    speaker's own, and the frame words inside the fronted clause ("if", "things", "because")
    don't frame it. Not the subordinator's own predicate ("If you need to talk, I'm here",
    "because you have to pay rent…": no words between), and not a frame that ends right
    before the match ("if you think you need to…", "when your mum says you have to…": the
    fronted clause ends two words before the match, so a frame in the last two stays)."""
    if opener is None:
        return None
    found = opener.match(text, begin, start)
    if found is None:
        return None
    between = text[found.end() : start]
    if any(mark in between for mark in ",;:()\u2013\u2014"):
        return None
    words = list(_WORD.finditer(between))
    if len(words) < 2:
        return None
    # Everything but the last two words before the match is the fronted clause's own, and
    # the main clause begins at its own subject if one comes later than the fronted clause's
    # ("If things get heated I'll have to call…": "I'll" and what follows are the main clause).
    # A main clause needs a subject: one between, or the match's own first word ("…you have
    # to…"). Otherwise the match is inside the fronted clause ("If it feels like a good idea,
    # go for it": "good idea" is what the "if" frames), and the frame words stand.
    ends = words[-2].start() if len(words) > 2 else 0
    for word in words[1:]:
        if _SUBJECT.fullmatch(word.group().lower()):
            return found.end() + min(ends, word.start())
    first = _WORD.match(text, start)
    if first is None or not _SUBJECT.fullmatch(first.group().lower()):
        return None
    return found.end() + ends


def _in_fronted(fronted: tuple[re.Pattern[str] | None, int] | None, text: str, at: int) -> bool:
    """Whether the frame word at `at` ends inside the fronted clause (see `_fronted`)."""
    if fronted is None or fronted[0] is None:
        return False
    word = fronted[0].match(text, at)
    return word is not None and word.end() <= fronted[1]


def _in_hedge(hedges: re.Pattern[str], text: str, at: int, begin: int) -> bool:
    """Whether a `hedges` phrase covers position `at` (searched from a little before it)."""
    for m in hedges.finditer(text, max(begin, at - 30), at + 40):
        if m.start() <= at < m.end():
            return True
    return False


#: What sets a clause apart from what follows it: a sentence's end, or a dash between blanks.
APART = re.compile(r"[.!?;\n]|\s[-–—]+\s")


def _asks(text: str, end: int) -> bool:
    """Whether the sentence a match ending at `end` is in is a question (ends in '?')."""
    if text[end - 1 : end] == "?":
        return True
    found = _SENTENCE_END.search(text, end)
    return found is not None and found.group() == "?"


#: What makes a pattern's meaning depend on its neighbours: a group referred to by number
#: (numbers shift when the pattern stands alone) or by a name another unit may also use.
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _literal_units(phrases: list[tuple[str, ...]]) -> list[str]:
    r"""The literal-phrase trie cut at its first word, one regex per first word, in the
    trie's own order (longest word first), so trying them in turn is trying the trie.
    Each is compiled with its `(?<!\w)` moved after the word (see skip_ahead), so `re`
    jumps between the places the word occurs."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        if words:
            by_first.setdefault(words[0], []).append(words)
    return [
        rf"(?<!\w){_trie_regex(by_first[first])}(?!\w)"
        for first in sorted(by_first, key=lambda w: (-len(w), w))
    ]


def splittable(prefix: str, units: list[str]) -> bool:
    """Whether running `units` one by one (split_matches) finds what their alternation
    finds: no unit may refer to a group, and none may match the empty string (finditer
    steps over an empty match in a way a plain search from its end does not)."""
    try:
        return all(_splittable(u, _parser.parse(f"{prefix}(?P<hit>{u})")) for u in units)
    except (re.error, RecursionError):
        return False


_lexicons_seen: tuple[Mapping[str, tuple[str, ...]], str] | None = None


def _lexicons_digest(lexicons: Mapping[str, tuple[str, ...]]) -> str:
    """A short digest of the rubric set's lexicons (worked out once per set)."""
    global _lexicons_seen
    if _lexicons_seen is None or _lexicons_seen[0] is not lexicons:
        text = repr(sorted((name, tuple(words)) for name, words in lexicons.items()))
        _lexicons_seen = (lexicons, hashlib.blake2b(text.encode(), digest_size=16).hexdigest())
    return _lexicons_seen[1]


def _is_cue_regexes(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 3
        and isinstance(value[0], str)
        and isinstance(value[1], list)
        and all(isinstance(u, str) for u in value[1])
        and (value[2] is None or isinstance(value[2], str))
    )


def _is_unit_info(value: Any) -> bool:
    """A cached (needs, splittable, marks) triple as `CueDetector.needs` keeps it. The
    strings in the needed sets are not each checked (84,000 of them, ~8 ms of every
    start-up): an entry is read only from a file this code wrote (its hash is in the
    file's stamp) and that passed its CRC, and the file's objects are the ones it wrote."""
    return (
        type(value) is tuple
        and len(value) == 3
        and type(value[1]) is bool
        and type(value[0]) is tuple
        and all(type(found) is frozenset for found in value[0])
        and _is_marks(value[2])
    )


def _is_marks(value: Any) -> bool:
    """Cached `places_of`: None, or (character class, width) pairs."""
    return value is None or (
        isinstance(value, tuple)
        and all(
            isinstance(m, tuple) and len(m) == 2 and isinstance(m[0], str) and isinstance(m[1], int)
            for m in value
        )
    )


def _bool(value: Any) -> bool:
    return isinstance(value, bool)


def _splittable(unit: str, parsed: Any) -> bool:
    if _GROUP_REFERENCE.search(unit):
        return False
    try:
        return bool(parsed.getwidth()[0] > 0)
    except (re.error, RecursionError):
        return False


def split_matches(regexes: list[re.Pattern[str] | AtPlaces], text: str) -> Iterator[re.Match[str]]:
    """The matches `finditer` of the alternation `regexes[0]|regexes[1]|…` finds, found by
    searching each alone: the next match starts where the first of them matches (the
    leftmost place; at a tie, the earliest in order, as an alternation tries them), and
    the search goes on from its end. A unit's match that starts at or after that end is
    still its next one and is kept; the others search again from there.

    Every match is non-empty (see `splittable`), and a lookbehind sees the text before the
    search's start just as it does within finditer, so the matches are the same.
    """
    found = [regex.search(text) for regex in regexes]
    while True:
        best: re.Match[str] | None = None
        for match in found:
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        end = best.end()
        for k, match in enumerate(found):
            if match is not None and match.start() < end:
                found[k] = regexes[k].search(text, end)


def _peer_said(view: View, matched: str, ignore: frozenset[str], *, asked: bool = False) -> bool:
    """Whether the peer's line has these words in this order (as the counsellor would say
    them back: the peer's "I have to" is "you have to"). With an `ignore` lexicon, whether
    the peer used every other word of the match ("you're really angry" after "I'm angry").
    A question the peer asked doesn't count: "you should" answers "Should I…?"; unless
    `asked`, where their question is theirs too ("Could we grab a coffee?" said back)."""
    said = [w.strip("'") for w in WORD.findall(matched.lower())]
    if not said or not view.context:
        return False
    stated = view.peer.context_words if asked else view.peer.stated_words
    peer = [w.strip("'") for w in stated]  # 'lifestyle choices' in quotes
    if ignore:
        content = [w for w in said if w not in ignore]
        # A match of function words only ("you want" after "what I want is…"): whether the
        # peer used them all, said back ("I" as "you").
        return set(content or said) <= set(peer)
    return f" {' '.join(said)} " in f" {' '.join(peer)} "


def _stems(tokens: list[str], ignore: frozenset[str]) -> set[str]:
    return {t[:5] for t in tokens if len(t) > 2 and t not in ignore}


class ParrotingDetector:
    """The reply mostly repeats the peer's own words back, adding nothing.

    Both sides are compared in one form (scoring/said_back.py), so the peer's line said as
    they said it ("I don't know where I'm going"), turned round ("you don't know…") or
    texted ("i dont know where im going") is the same repeat."""

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.threshold = crit.threshold or 85.0
        self.ignore = bare(lexicons.get(crit.ignore_lexicon or "", ()))
        self.flags = crit.flags

    def find(self, view: View) -> list[Hit]:
        said = view.reply_words
        # Three words can repeat a short line whole ("I'll text you."), if none is new.
        if not view.context or len(said) < 3:
            return []
        words, peer_words = view.said_back_words, view.peer.said_back_words
        new = _stems(words, self.ignore) - view.peer.said_back_stems(self.ignore)
        if len(new) > max(len(words) >= 4, len(words) // 8):
            return []
        reply, peer = " ".join(words), " ".join(peer_words)
        similarity = fuzz.partial_ratio(reply, peer)
        if similarity < self.threshold:
            # Nearly all their words in another order still repeat them (a condensed reply
            # made of some of their words is not a repeat: the whole strings are compared).
            similarity = max(similarity, fuzz.token_sort_ratio(reply, peer))
        if similarity < self.threshold:
            return []
        return [
            Hit(
                0,
                len(view.reply),
                view.reply,
                "reply",
                self.flags,
                note=f"{similarity:.0f}% the same",
            )
        ]


_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")
#: A contraction and its words spelt out, so "you're" and "you are" compare the same.
_SPELT_OUT = {
    "youre": ("you", "are"),
    "youve": ("you", "have"),
    "youll": ("you", "will"),
    "theyre": ("they", "are"),
    "theyve": ("they", "have"),
}
_CLAUSE_CUTS = re.compile(
    r"[,;:]|\s[-–—]\s|\b(?:but|and|so|because|cos|though|although|yet|when|if|while)\b"
)


class ContradictionDetector:
    """A sentence of the reply that is one of the peer's statements with its negation turned
    round: "I can't do this" -> "You can do this", "people don't judge you for it" ->
    "people will judge you for it". It says their line back only to deny it, so it is no
    reflection (whatever "you" it holds). A sentence counts when its words, negators left
    out, are nearly all words of one statement of the peer's (at most one content word of its
    own, none in a short one, and no contrast word of the lexicon `contradiction_turns`, which
    holds two sides: "part of you…", "…but…"), and exactly one of the two holds a word of the
    lexicon `contradiction_negators` and the word it negates is said in the other. Both are compared in said-back form
    (scoring/said_back.py): the peer's "I" is the reply's "you"."""

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.ignore = bare(lexicons.get(crit.ignore_lexicon or "", ()))
        self.negators = bare(lexicons.get("contradiction_negators", ()))
        self.turns = bare(lexicons.get("contradiction_turns", ()))
        self.adverbs = bare(lexicons.get("contradiction_adverbs", ()))
        self.flags = crit.flags
        # Each word's spelt-out form, looked up once per word: a contraction's words, and a
        # negator with a clitic ("nobody's", said back bare as "nobodys") as the negator and
        # its verb, so "Nobody's going to do that for me" negates as "Nobody to do that" does.
        self.spelt: dict[str, tuple[str, ...]] = {
            negator + clitic: (negator, verb)
            for negator in self.negators
            for clitic, verb in (("s", "is"), ("ll", "will"), ("d", "would"))
            if negator + clitic not in self.negators
        }
        self.spelt.update(_SPELT_OUT)
        #: The words (said back) whose spelt-out form holds a negator: a sentence negates
        #: only if it holds one (any other word is spelt as itself, not a negator).
        self.negating = frozenset(
            word
            for word in (*self.negators, *self.spelt)
            if any(part in self.negators for part in self.spelt.get(word) or (word,))
        )
        #: Whether a reply and a peer's line with no negating word are passed over at once
        #: (see `find`); off only to compare with reading every sentence.
        self.negation_check = True

    def _split(self, text: str, parts: bool = False) -> list[tuple[list[str], frozenset[str]]]:
        """Each statement's words (said-back form, negators out) and whether it negates;
        with `parts`, each of its clauses too ("I want to stop but I can't" holds "I want
        to stop", which "You want to stop" says back)."""
        out = []
        spelt = self.spelt
        for m in _SENTENCES.finditer(text.lower()):
            if m.group().rstrip().endswith("?"):
                continue
            pieces = [m.group()]
            if parts:
                pieces += [p for p in _CLAUSE_CUTS.split(m.group()) if p and p.strip()]
            for piece in pieces:
                words = [
                    part
                    for word in as_said_back(WORD.findall(piece))
                    for part in spelt.get(word) or (word,)
                ]
                kept = [w for w in words if w not in self.negators]
                out.append((kept, self._negated(words)))
        return out

    def peer_statements(self, context: str) -> list[tuple[set[str], frozenset[str]]]:
        """The peer's statements and their clauses that could be turned round: each one's
        words (two or more) and what it negates. `Peer.statements` keeps them per line."""
        return [(set(w), neg) for w, neg in self._split(context, True) if len(w) >= 2]

    def _negated(self, words: list[str]) -> frozenset[str]:
        """The words the negators negate: the next word after each that is not an adverb
        of the lexicon `contradiction_adverbs` ("don't even know" negates "know")."""
        said = set()
        for i, word in enumerate(words):
            if word in self.negators:
                for after in words[i + 1 :]:
                    if after not in self.adverbs and after not in self.negators:
                        said.add(after)
                        break
                else:
                    said.add(word)  # "…, no." negates the sentence
        return frozenset(said)

    def find(self, view: View) -> list[Hit]:
        if not view.context or not self.negators:
            return []
        peer = view.peer.statements(self)
        if not peer:
            return []
        if (
            self.negation_check
            and not any(negated for _, negated in peer)
            and self.negating.isdisjoint(view.said_back_words)
        ):
            # Nothing negates on either side, so no sentence turns their line round. (The
            # reply's words hold every sentence's: sentences end at marks no word holds.)
            return []
        hits = []
        for m in _SENTENCES.finditer(view.norm_reply):
            sentence = m.group()
            if sentence.rstrip().endswith("?"):
                continue
            found = self._split(sentence)
            if not found:
                continue
            words, negated = found[0]
            # A turn word last is a tag of disagreement ("…, though."), not a second side.
            if words and words[-1] in self.turns:
                words = words[:-1]
            if len(words) < 3 or len(words) > 16 or self.turns & set(words):
                continue
            content = [w for w in words if w not in self.ignore]
            turned = said = False
            mine = set(words)
            for peer_words, peer_negated in peer:
                shared = sum(w in peer_words for w in words)
                new = sum(w not in peer_words for w in content)
                if shared >= 3 and shared >= 0.7 * len(words) and new <= (len(content) >= 4):
                    if bool(peer_negated) == bool(negated):
                        said = True  # one of their clauses, said back as they said it
                        break
                    # Turned round only if what one negates is said in the other: "I don't
                    # even know why I bother" is not denied by "why bother, you think".
                    if negated & peer_words or peer_negated & mine:
                        turned = True
            if turned and not said:
                start = m.start() + len(sentence) - len(sentence.lstrip())
                hits.append(Hit(start, m.end(), sentence.strip(), "reply", self.flags))
        return hits


class EchoDetector:
    """The reply takes up the peer's content words (a sign it is about what they said)."""

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.share = (crit.threshold or 20.0) / 100
        self.ignore = frozenset(lexicons.get(crit.ignore_lexicon or "", ()))
        self.flags = crit.flags

    def find(self, view: View) -> list[Hit]:
        if not view.context:
            return []
        peer = view.context_stems(self.ignore)
        if not peer:
            return []
        # The reply's stems (its words as WORD finds them in the lower-cased reply) that
        # the peer used too; sets worked out once per reply and per peer's line.
        distinct = view.reply_stems(self.ignore) & peer
        if not distinct or len(distinct) / len(peer) < self.share:
            return []
        first = next(
            match
            for match in WORD.finditer(view.norm_reply.lower())
            if len(token := match.group(0)) > 2 and token not in self.ignore and token[:5] in peer
        )
        return [
            Hit(
                *view.reply_text.quote(first.start(), first.end()),
                flags=self.flags,
                note=f"{len(distinct)} of the peer's words taken up",
            )
        ]


class _FuzzyReply:
    """The reply as `_fuzzy_find` compares it, worked out once per reply: a moment's key
    points (each wording of each) and its pitfall cues processed the whole reply again
    for every phrase, about twenty times a reply."""

    __slots__ = ("_words", "size", "squeezed", "text")

    def __init__(self, squeezed: Squeezed) -> None:
        self.squeezed = squeezed
        self.text = _fuzz_processor(squeezed.text)
        self.size = len(self.text.strip())
        self._words: list[tuple[str, int, int]] | None = None

    def words(self) -> list[tuple[str, int, int]]:
        """Each word of `text` (`WORD`): its first five letters, its start and end."""
        if self._words is None:
            self._words = [(m.group(0)[:5], *m.span()) for m in WORD.finditer(self.text)]
        return self._words


@functools.lru_cache(maxsize=4096)
def _fuzzy_phrase(phrase: str) -> tuple[str, int, frozenset[str]]:
    """A key point's wording or a pitfall cue as `_fuzzy_find` compares it (processed, its
    stripped length, the first five letters of its longer words), worked out once: the
    scenario's phrases come back with every reply at that moment."""
    processed = _fuzz_processor(normalise(phrase))
    stems = frozenset(w[:5] for w in WORD.findall(processed) if len(w) > 3)
    return processed, len(processed.strip()), stems


def _fuzzy_find(
    phrase: str, reply_form: _FuzzyReply, threshold: float, by_words: bool = True
) -> Hit | None:
    """Where `phrase` appears, near enough, in the reply (by characters or, when `by_words`,
    by its longer words in any order)."""
    squeezed = reply_form.squeezed
    reply = squeezed.text
    processed_phrase, phrase_size, phrase_stems = _fuzzy_phrase(phrase)
    if reply_form.size >= phrase_size:
        found = fuzz.partial_ratio_alignment(processed_phrase, reply_form.text)
        if found is not None and found.score >= threshold:
            start, end = found.dest_start, found.dest_end
            start += len(reply[start:end]) - len(reply[start:end].lstrip())
            end -= len(reply[start:end]) - len(reply[start:end].rstrip())
            return Hit(*squeezed.quote(start, end))
    if by_words and len(phrase_stems) >= 2:
        matches = [word for word in reply_form.words() if word[0] in phrase_stems]
        covered = {stem for stem, _, _ in matches}
        if len(covered) / len(phrase_stems) * 100 >= threshold:
            return Hit(*squeezed.quote(matches[0][1], matches[-1][2]))
    return None


class KeyPointDetector:
    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.threshold = crit.threshold or 75.0

    def find(self, view: View) -> list[Hit]:
        if view.node is None:
            return []
        hits = []
        reply_form = view.fuzzy_reply
        for point in view.node.key_points:
            for wording in (point.point, *point.alternatives):
                hit = _fuzzy_find(wording, reply_form, self.threshold)
                if hit is not None:
                    hits.append(Hit(hit.start, hit.end, hit.text, note=point.point))
                    break
        return hits


class NodeFeelingDetector:
    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        # Keyed by the feeling words themselves, not by `id(node)`: an id is reused once a
        # node is freed, and a reloaded or edited scenario's node then got another node's
        # words (found as a child process scoring differently from the scorer in the app).
        self._cache: dict[tuple[str, ...], re.Pattern[str]] = {}

    def _regex(self, node: Node) -> re.Pattern[str] | None:
        words = tuple(w for f in node.feelings for w in (f.feeling, *f.alternatives))
        if not words:
            return None
        regex = self._cache.get(words)
        if regex is None:
            if len(self._cache) >= 1024:
                self._cache.clear()
            regex = self._cache[words] = re.compile(
                rf"(?<!\w){_alternation(words)}\w{{0,3}}(?!\w)", re.I
            )
        return regex

    def find(self, view: View) -> list[Hit]:
        regex = self._regex(view.node) if view.node is not None else None
        if regex is None:
            return []
        quote = view.reply_text.quote
        return [Hit(*quote(*m.span())) for m in regex.finditer(view.norm_reply)][:MAX_SPANS]


class NodePitfallDetector:
    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.threshold = crit.threshold or 85.0

    def find(self, view: View) -> list[Hit]:
        if view.node is None:
            return []
        hits = []
        reply_form = view.fuzzy_reply
        for pitfall in view.node.pitfalls:
            for cue in pitfall.cues:
                # By characters only: a pitfall turns on its short words ("text me the
                # plates" is not "text her the plate"), which matching by words ignores.
                hit = _fuzzy_find(cue, reply_form, self.threshold, by_words=False)
                if hit is not None:
                    hits.append(
                        Hit(
                            hit.start,
                            hit.end,
                            hit.text,
                            flags=(pitfall.flag,),
                            severity=pitfall.severity,
                            note=pitfall.why,
                        )
                    )
                    break
        return hits


class _Within:
    """For `novelty` and `length` with a `clause:` condition: only the words of the clauses
    that meet it count ("You want a weekend off. If you want, I can share how people set an
    auto-reply…" is long and new-worded because of the offer, not because of what it says
    back). Without a condition the whole reply counts (falsy)."""

    __slots__ = ("conditions", "reader")

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.conditions = crit.clause
        self.reader = reader_for(lexicons) if crit.clause else None

    def __bool__(self) -> bool:
        return self.reader is not None

    def words(self, view: View) -> list[str]:
        reader = self.reader
        assert reader is not None
        # The same peer stems the clause criteria pass: the reading is shared and the first
        # reader of a reply fixes them (see ClauseDetector).
        stems = view.peer.clause_stems(reader) if reader.restates_wanted and view.context else None
        lower = view.reading.lower
        return [
            word
            for clause in view.reading.clauses(reader, stems or frozenset())
            if any(meets(clause, c) for c in self.conditions)
            for word in WORD.findall(lower[clause.start : clause.end])
        ]


class NoveltyDetector:
    """The reply brings in content words the peer did not use (it adds meaning)."""

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.minimum = int(crit.threshold or 5)
        self.ignore = frozenset(lexicons.get(crit.ignore_lexicon or "", ()))
        self.within = _Within(crit, lexicons)

    def find(self, view: View) -> list[Hit]:
        new = view.reply_stems(self.ignore) - view.context_stems(self.ignore)
        if self.within and len(new) >= self.minimum:
            # Only then read the clauses (their words are a part of the reply's).
            new = _stems(self.within.words(view), self.ignore) - view.context_stems(self.ignore)
        if len(new) < self.minimum:
            return []
        reply = view.reply
        return [Hit(0, len(reply), reply, note=f"{len(new)} words of your own")]


class LengthDetector:
    """The reply has at least `threshold` words (with a `clause:` condition: its clauses that
    meet it; with `clause_test: none` as well: they have fewer, e.g. what it says back is
    short however long the reply is)."""

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.minimum = int(crit.threshold or 12)
        self.within = _Within(crit, lexicons)
        self.short = bool(self.within) and crit.clause_test == "none"

    def find(self, view: View) -> list[Hit]:
        count = len(view.reply_words)
        if self.within and count >= self.minimum:
            # Only then read the clauses (their words are a part of the reply's).
            count = len(self.within.words(view))
        if (count < self.minimum) != self.short:
            return []
        return [Hit(0, len(view.reply), view.reply, note=f"{count} words")]


class FlagsRaisedDetector:
    """Another rubric (boundaries) raised one of these flags for this reply."""

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.watch = crit.when_flags

    def find(self, view: View) -> list[Hit]:
        for flag in self.watch:
            if flag in view.raised:
                hit = view.raised[flag]
                return [
                    Hit(hit.start, hit.end, hit.text, hit.source, note=f"{flag.replace('_', ' ')}")
                ]
        return []


class ReadApartDetector:
    """The reply is being read without its sentences that breach a boundary (a rubric's
    `read_apart_from`): the rubric says which of its criteria hold there, e.g. that what
    stands beside the breach must say something back, not only acknowledge ("I hear you")."""

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        pass

    def find(self, view: View) -> list[Hit]:
        if not view.apart:
            return []
        return [Hit(0, len(view.reply), view.reply, note="read apart from the breach")]


class LevelReachedDetector:
    """Another rubric scored this reply at `threshold` or higher (e.g. a complex reflection
    names a feeling or meaning, which acknowledges it)."""

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.skill = crit.when_skill or ""
        self.minimum = int(crit.threshold)
        self.without = (self.skill, crit.not_counting)

    def find(self, view: View) -> list[Hit]:
        level = view.levels_without.get(self.without, view.levels.get(self.skill))
        if level is None or level < self.minimum:
            return []
        return [Hit(0, len(view.reply), view.reply)]


class ClauseDetector:
    """A clause of the reply meets the criterion's `clause` condition (`clause_test: some`),
    or none does (`none`); see scoring/clauses.py."""

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.reader = reader_for(lexicons)
        self.conditions = crit.clause
        self.wanted = crit.clause_test == "some"
        # `restates` costs a word-stem comparison per clause: worked out only when a criterion
        # of the rubric set asks for it (the reading is shared, so one asking is enough).
        # (Read at `find`, not here: a detector built before the one that asks would miss it.)
        self.reader.restates_wanted |= any(c.restates is not None for c in crit.clause)
        #: `when_flags` on a clauses criterion: only a clause said in a sentence of its own
        #: before the first of these flags was raised counts (what was said back before a
        #: breach stands; one that only leads into the breach, in its sentence, does not).
        self.before_flags = crit.when_flags
        #: What else ends the reflection before the breach, as a full stop does: an
        #: acknowledgement said between them (", I get it, so…"; lexicon `closes_a_reflection`).
        closers = tuple(lexicons.get("closes_a_reflection", ()))
        self.apart = (
            kept_compile(
                APART.pattern
                + r"|,\s*+(?:"
                + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in closers)
                + r")\s*+(?:,|\b(?=\s+(?:so|but|and)\b))",
                re.IGNORECASE,
            )
            if closers
            else APART
        )
        #: A reflection also stands when its main clause ends at a clause boundary before the
        #: breach in the same sentence: a comma, dash, semicolon or colon, or a joining word of
        #: lexicon `joins_a_breach` ("so", "and", "but", "which is why"): "You're stressed, so
        #: you should…" (tests/data/README.md, "Levels"). The clause must end before the
        #: breach begins, so a reflection inside the advice ("tell him you're stressed") is no
        #: reflection. Without the lexicon only a sentence of its own counts.
        joiners = tuple(lexicons.get("joins_a_breach", ()))
        #: `joined_only`: only that clause counts, not one in a sentence of its own.
        self.joined_only = crit.joined_only
        self.joined = (
            kept_compile(
                r"\s*+(?:[,;:]|[-–—]+(?=\s)|(?:"
                + "|".join(re.escape(j).replace(r"\ ", r"\s+") for j in joiners)
                + r")\b)",
                re.IGNORECASE,
            )
            if joiners
            else None
        )

    def _breach_at(self, view: View) -> int | None:
        """Where in the reply the first of `before_flags` was raised (None: none was)."""
        starts = [
            hit.start
            for flag in self.before_flags
            if (hit := view.raised.get(flag)) is not None and hit.source == "reply"
        ]
        return min(starts) if starts else None

    def find(self, view: View) -> list[Hit]:
        # The cheap test first: flags looked up (before could_meet's search for a frame).
        breach = self._breach_at(view) if self.before_flags else None
        if self.before_flags and breach is None:
            return []
        if self.wanted and not self.reader.could_meet(view.lower_reply, self.conditions):
            return []
        # One reading per reply, shared by the criteria that use this reader.
        wanted = self.reader.restates_wanted
        stems = view.peer.clause_stems(self.reader) if wanted and view.context else None
        for clause in view.reading.clauses(self.reader, stems or frozenset()):
            if any(meets(clause, c) for c in self.conditions):
                if not self.wanted:
                    return []
                start, end, text = view.reply_text.quote(clause.start, clause.end)
                if breach is not None and not (
                    end <= breach
                    and (
                        (not self.joined_only and self.apart.search(view.reply, end, breach))
                        or (
                            self.joined is not None
                            and self.joined.match(view.reply, end, breach) is not None
                            and not (self.joined_only and APART.search(view.reply, end, breach))
                        )
                    )
                ):
                    continue
                note = f"{clause.subject}: {clause.predicate.replace('_', ' ')}"
                return [Hit(start, end, text, note=note)]
        if self.wanted or not view.reply_words:
            return []
        return [Hit(0, len(view.reply), view.reply)]


_READERS: dict[int, tuple[Mapping[str, tuple[str, ...]], VerdictReader]] = {}


def _verdict_reader(lexicons: Mapping[str, tuple[str, ...]]) -> VerdictReader:
    """One reader per rubric set (its word classes are worked out once)."""
    known = _READERS.get(id(lexicons))
    if known is None or known[0] is not lexicons:
        known = _READERS[id(lexicons)] = (lexicons, VerdictReader(VerdictWords(lexicons)))
    return known[1]


class ReactionVerdictDetector:
    """A clause says the peer's reaction makes sense, or that it doesn't, or says it and
    takes it back (scoring/verdicts.py reads the clause; the rubric names the word classes)."""

    #: Read by the engine's prefilter, as for cue criteria: the reply must hold a string of
    #: each of `needs()` for the criterion to be looked for (and the reply read) at all.
    target = "reply"
    first_bit = 0
    everything = 1

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.reader = _verdict_reader(lexicons)
        self.verdict = crit.verdict or "legitimises"
        self.retracting = crit.when_flags
        # A verdict can raise a flag too (boundaries' `calls_the_wish_to_die_understandable`).
        self.flags = tuple(crit.flags)
        #: names_their_reaction: the validated reaction must be named (a feeling, a want, a
        #: doubt), as the clause reader reads it (feeling_words, feeling_nouns, clause_inner).
        self.named = (
            reader_for(lexicons).names_inner if self.verdict == "names_their_reaction" else None
        )
        #: ...and it must be said to make sense, be understandable or valid (the verdicts
        #: `verdict_said_of_what_they_said` lists), not only allowed ("you're allowed to be
        #: angry", "it's okay to be tired": permission, which reassures).
        self.making_sense = (
            re.compile(
                "|".join(
                    cue_to_regex(p, lexicons)
                    for p in lexicons.get("verdict_said_of_what_they_said", ())
                )
                or "(?!)"
            )
            if self.named is not None
            else None
        )

    def needs(self) -> list[tuple[frozenset[str], ...]]:
        """One unit: the strings any verdict of this criterion's kind holds (VerdictWords)."""
        return [self.reader.w.needs(self.verdict)]

    def _taken_back(self, view: View, verdict: Verdict) -> bool:
        if verdict.taken_back:
            return True
        if verdict.contrast is None or not self.retracting:
            return False
        at = view.reply_text.span(verdict.contrast, verdict.contrast + 1)[0]
        return any(
            flag in view.raised and view.raised[flag].start >= at for flag in self.retracting
        )

    def find(self, view: View) -> list[Hit]:
        verdicts = view.reading.verdicts(self.reader, view.reply_words)
        hits: list[Hit] = []
        harm = self.verdict == "legitimises_harm"
        for verdict in verdicts:
            if harm:
                # What is validated: the wish to die, not the peer's pain.
                if verdict.subject == "harm" and verdict.legitimises:
                    hits.append(
                        Hit(*view.reply_text.quote(verdict.start, verdict.end), flags=self.flags)
                    )
                continue
            if self.named is not None:
                # Their own feeling or want, named and said to make sense: "it makes sense to
                # feel unsure", "that fear makes complete sense" (not "that makes sense").
                said = view.reading.lower[verdict.start : verdict.end]
                if (
                    verdict.subject == "peer"
                    and verdict.scale == "reaction"
                    and verdict.legitimises
                    and not self._taken_back(view, verdict)
                    and self.named(said)
                    and self.making_sense is not None
                    and self.making_sense.search(said) is not None
                ):
                    hits.append(Hit(*view.reply_text.quote(verdict.start, verdict.end)))
                continue
            if verdict.subject not in ("peer", "said"):
                continue
            if (verdict.scale == "blame") != (self.verdict == "absolves"):
                continue
            if (verdict.scale == "difficulty") != self.verdict.endswith("_difficulty"):
                continue
            if self.verdict == "absolves":
                wanted = True
            elif self.verdict.endswith("_difficulty"):
                wanted = verdict.legitimises == (self.verdict == "acknowledges_difficulty")
            elif self.verdict == "invalidates":
                wanted = not verdict.legitimises and verdict.subject == "peer"
            else:
                taken_back = verdict.legitimises and self._taken_back(view, verdict)
                wanted = verdict.legitimises and taken_back == (self.verdict == "takes_back")
            if wanted:
                hits.append(Hit(*view.reply_text.quote(verdict.start, verdict.end)))
        return hits[:MAX_SPANS]


class StanceDetector:
    """A cue or pattern (the predicate: a verdict, an excuse, a blame…) in a clause whose stance
    meets the criterion's `stance` condition: whom the clause is about and what the speaker
    does with it (scoring/stance.py)."""

    #: Read by the engine's prefilter, as for cue criteria: a reply holding no string of some
    #: set of `needs()` cannot hold the predicate, so the criterion (and the stance reading)
    #: is skipped for it. Without this every reply paid for nine predicate scans (~15% of a
    #: reply's scoring time on bench_one_each).
    target = "reply"
    first_bit = 0
    everything = 1

    def __init__(self, crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        self.reader = stance_reader_for(lexicons)
        alternatives = [cue_to_regex(c, lexicons) for c in crit.cues]
        alternatives += [f"(?:{expand_pattern(p, lexicons)})" for p in crit.patterns]
        texting = texting_forms if crit.flags else _as_written
        body = "|".join(loosen_apostrophes(texting(alt)) for alt in alternatives)
        self._body = body
        self.predicate = kept_scanning(body)  # scanning(body), kept in the set-up cache
        condition = crit.stance
        self.about = frozenset(condition.about if condition else ())
        self.voices = frozenset(condition.voice if condition else ("asserted",))
        self.flags = tuple(crit.flags)

    def needs(self) -> list[tuple[frozenset[str], ...]]:
        """One unit: the whole predicate (worked out once, then kept in the set-up cache)."""
        rare = rarity()
        return [
            setup_cache().value(
                f"stance\0{rare.digest}\0{self._body}",
                lambda: all_needs_of_parsed(_parser.parse(self._body), rare),
                _is_needs,
            )
        ]

    def find(self, view: View) -> list[Hit]:
        lower = view.lower_reply
        if lower is view.norm_reply:  # lower-casing changed the length (rare): read it as is
            lower = lower.lower()[: len(view.norm_reply)]
        for stance in self.reader.stances(lower, self.predicate):
            if stance.voice not in self.voices:
                continue
            if self.about and not (self.about & stance.about):
                continue
            start, end, text = view.reply_text.quote(stance.start, stance.end)
            return [Hit(start, end, text, "reply", self.flags, note=stance.voice)]
        return []


def _is_needs(value: Any) -> bool:
    """Cached `all_needs_of_parsed`: a tuple of sets of strings."""
    return isinstance(value, tuple) and all(
        isinstance(found, frozenset) and all(isinstance(s, str) for s in found) for found in value
    )


#: Detectors the engine's prefilter gates (each has `needs()`, `target`, `first_bit` and
#: `everything`): a criterion none of whose units could match is not looked for at all.
GATED = (CueDetector, ReactionVerdictDetector, StanceDetector)

DETECTORS: dict[str, type[Detector]] = {
    "reaction_verdict": ReactionVerdictDetector,
    "novelty": NoveltyDetector,
    "length": LengthDetector,
    "flags_raised": FlagsRaisedDetector,
    "level_reached": LevelReachedDetector,
    "read_apart": ReadApartDetector,
    "cues": CueDetector,
    "parroting": ParrotingDetector,
    "echo": EchoDetector,
    "contradiction": ContradictionDetector,
    "key_points": KeyPointDetector,
    "node_feelings": NodeFeelingDetector,
    "node_pitfalls": NodePitfallDetector,
    "clauses": ClauseDetector,
    "stance": StanceDetector,
}


def build_detector(crit: Criterion, lexicons: Mapping[str, tuple[str, ...]]) -> Detector:
    return DETECTORS[crit.detector](crit, lexicons)  # type: ignore[call-arg]
