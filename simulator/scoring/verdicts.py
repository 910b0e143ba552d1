"""A clause reader for verdicts on the peer's reaction: who is judged, and which way.

Validation says that the peer's feeling, reaction or choice makes sense; invalidation says it
doesn't. Both are a *verdict* said of a *subject*, in any order and register:

- "being this tired after that week is fair", "ur anger is so legit", "not wanting to go back is
  a perfectly reasonable reaction" (the reaction is the subject, the verdict its predicate);
- "it makes sense that you're scared", "fair enough that ur sick of it", "it's okay to not be
  okay" (an empty "it"/"that" subject; the reaction follows as the complement);
- "that's fair", "that's understandable" (said of what the peer just said).

Phrase lists chase wordings; this reads the sentence instead. For each verdict word the
rubric lists, it finds the clause around it and asks three questions:

1. **Whose reaction?** The clause's subject: the peer's (a gerund such as "feeling…",
   "wanting…", "not being able to…"; "you"/"your …"; a reaction noun such as "that fear"; or
   an empty subject whose complement is "that you…" / "to feel…"), someone else's ("her
   reaction", "the nurse's side", "that they…": siding, not validation), or an event
   ("cancellations are common" normalises the event and brushes the feeling aside).
2. **Which way?** Negators between the subject and the verdict turn it round ("being angry
   isn't reasonable", "doesn't make much sense"), as does a negated belief before the clause
   ("I don't think feeling dirty is fair"); an invalidating verdict word ("overreacting",
   "dramatic") negated ("you're not overreacting") legitimises. A question ("does that make
   sense?") is no verdict.
3. **Taken back?** A contrast after it that judges or dismisses the reaction itself ("…, but
   you can't take it out on your roommate"; "…, but getting angry won't bring her back", where
   another rubric raised the dismissing flag) takes the verdict back. A breach about something
   else ("…, but she was only doing her job") leaves it standing; boundaries names the breach.

The same reading serves a second scale, how hard it is, where negation is the point: "none
of this is easy", "that can't be easy", "what he did wasn't okay" acknowledge the difficulty;
"it's not that hard", "not the end of the world" brush it aside.

Every word class it reads is a rubric lexicon (see `VerdictWords.LEXICONS`): the rubric says
what is scored, this module only parses. It is cheap: a reply with no verdict word costs one
regular-expression search.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from re import _parser  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, NamedTuple

from simulator.scoring.prefilter import WHOLE
from simulator.scoring.skip_ahead import compile_parsed

if TYPE_CHECKING:
    from simulator.scoring.reply_reading import ReplyReading

#: The rubric lexicons the reader needs, by the role each plays.
LEXICONS = {
    "legitimising": "verdict_legitimising",
    "invalidating": "verdict_invalidating",
    "said_of_what_they_said": "verdict_said_of_what_they_said",
    "reactions": "verdict_reactions",
    "actions": "verdict_actions",
    "reacting": "verdict_reacting",
    "feelings": "feeling_words",
    "someone_else": "verdict_someone_else",
    "linking_verbs": "verdict_linking_verbs",
    "negators": "verdict_negators",
    "contrasts": "verdict_contrasts",
    "clause_joiners": "verdict_clause_joiners",
    "directives": "verdict_directives",
    "openers": "verdict_openers",
    "degree": "degree_words",
    "understood": "verdict_understood",
    "of_a_reaction_only": "verdict_of_a_reaction_only",
    "blame": "verdict_blame",
    "hard": "verdict_hard",
    "easy": "verdict_easy",
    "modals": "verdict_modals",
    "harm_wishes": "verdict_harm_wishes",
}

_TOKEN = re.compile(r"[a-z0-9][a-z0-9'%]*|[,;:.!?()\"]|\s-+\s|\n")
_SENTENCE_END = frozenset(".!?;\n")
_CLAUSE_MARK = frozenset(',:()"')
#: Grammar, not scoring words: the empty subjects, and the ways "you" is typed.
_EMPTY_SUBJECTS = frozenset({"it", "that", "this", "which", "its", "thats", "tht"})
_YOU = frozenset({"you", "u", "ya", "ur", "youre", "your", "yr", "you'd", "youd", "you've"})
_YOU |= frozenset({"youve", "you're", "you'll", "youll", "yourself", "urself", "ye"})
_SPLIT = {"'s": "is", "'re": "are", "'d": "would", "'m": "am", "'ve": "have", "'ll": "will"}
_AUX_QUESTION = frozenset(
    {"does", "do", "did", "is", "are", "was", "were", "would", "could", "can", "isn't", "isnt"}
)
#: A linking verb in the past tense: the verdict is on something already done.
_PAST_LINKS = frozenset({"was", "were", "been"})
#: Grammar between a subject and its verdict ("…would not be", "…doesn't really make").
_AUXILIARIES = frozenset(
    {"does", "do", "did", "would", "will", "should", "must", "could", "can", "might", "may"}
    | {"is", "are", "was", "were", "be", "been", "am", "has", "have", "had"}
    | {"not", "never", "doesn't", "doesnt", "don't", "dont", "didn't", "didnt", "won't", "wont"}
    | {"wouldn't", "wouldnt", "hardly", "also", "just", "still", "really", "totally", "kinda"}
    | {"so", "completely", "absolutely", "honestly", "actually", "probably", "definitely"}
)
_MAKE = frozenset({"makes", "make", "made", "making"})
_DETERMINERS = frozenset({"the", "a", "an", "that", "this", "your", "ur", "yr", "my"})
_PERSONS = frozenset({"he", "she", "they", "him", "them", "he's", "she's", "they're", "theyre"})
_POSSESSIVES = frozenset({"his", "her", "their"})
#: Words skipped when reading what follows a verdict ("fair enough that…", "okay to just be").
_FILLERS = frozenset(
    {"enough", "too", "then", "really", "honestly", "tbh", "totally", "completely", "just"}
    | {"of", "course", "also", "still", "sometimes", "even", "actually", "kinda", "ngl"}
)
_PREPOSITIONS = frozenset(
    {"after", "about", "of", "with", "for", "from", "by", "at", "on", "in", "over", "like"}
    | {"into", "through", "around", "without", "under", "against", "to"}
)
_LISTING = frozenset({"and", "or", "plus", "&"})
#: A verdict word before one of these is an adverb ("right now", "fine then").
_ADVERBIAL_AFTER = frozenset({"now", "away", "then", "off"})
#: After a phrase's closing "to" ("fine ... to", "okay ... to"), these are its object, not
#: an infinitive: "it doesn't sound fine to me" is the verdict "fine" on its own.
_OBJECT_AFTER_TO = frozenset({"me", "you", "u", "ya", "us", "him", "her", "them", "anyone"})
#: What may follow a bare verdict to give its reason ("understandable, given all that").
_REASONS = frozenset(
    {"after", "given", "with", "considering", "since", "because", "cause", "cos", "when"}
)
#: Subordinators that may open a clause inside a subject ("snapping when you're tired is…").
_INSIDE_SUBJECT = frozenset({"when", "while", "as", "since", "because", "cause", "cos", "after"})
#: "of course" as typed: only these take a modal as permission or advice ("of course you can
#: call them"); "no wonder you can't sleep", "I get why you'd be upset" expect the reaction.
_OF_COURSE = frozenset({"of", "ofc", "course", "ofcourse"})
#: After "of course it…"/"no wonder it…", these verbs say how it is felt ("of course it hurts").
_FELT_VERBS = frozenset(
    {"feels", "felt", "hurts", "hurt", "stings", "stung", "scares", "scared"}
    | {"weighs", "weighed", "bothers", "bothered", "upsets", "upset"}
    | {"shook", "rattled", "rattles", "wears", "wore", "haunts", "haunted", "cuts", "cut"}
)
#: A verdict after one of these in its clause is wondered about, not said ("you're not sure
#: whether it's the right call", "I don't know if that's normal").
_NOT_ASSERTED = frozenset({"whether", "if", "wether"})
#: At most this many words between the linking verb and the verdict ("is one of the most").
_GAP = 4
#: Contractions that are not someone's possession ("it's", "that's").
_NOT_POSSESSIVE = frozenset({"it's", "that's", "what's", "there's", "here's", "who's", "let's"})
_NOT_POSSESSIVE |= frozenset({"one's", "how's", "where's", "when's", "why's", "this's"})


class Token(NamedTuple):
    word: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Verdict:
    """One verdict found: where, on whom, and which way."""

    start: int  #: start of the clause (its subject)
    end: int  #: end of the clause
    #: "peer" (their reaction), "said" (that/it: what they just said), "other", "event"
    subject: str
    legitimises: bool  #: True: makes sense / is fair; False: invalidates
    #: the contrast after it directs the peer about the reaction ("…but you can't…"); the
    #: detector also takes it back when another rubric raised a retracting flag after it
    taken_back: bool
    contrast: int | None  #: where the contrast word starts, if there is one
    #: "reaction" (it makes sense / it's wrong) or "difficulty" (legitimises: "it's not
    #: easy", it's acknowledged; not: "it's not that hard", it's denied)
    scale: str = "reaction"


#: Focus words that make a negated hard word say "more than" ("not just bad", "not only hard").
_NO_MORE_THAN = frozenset({"just", "only", "merely", "simply", "jus", "juss"})


def _phrases(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Single words, and longer phrases as word tuples (longest first)."""
    single = frozenset(w for w in words if " " not in w)
    multi = tuple(sorted((tuple(w.split()) for w in words if " " in w), key=len, reverse=True))
    return single, multi


def _longest_word(phrase: str) -> str:
    words = phrase.split()
    if "..." in words:
        return words[-1]  # "makes ... sense": "sense"
    return max(reversed(words), key=len)


def _literal_length(phrase: str) -> int:
    """A phrase's length in characters without its gap: "fine ... to" is as long as "fine to"
    (7), not 11, so a gapped phrase is not tried before a longer plain one at the same place."""
    return len(" ".join(w for w in phrase.split() if w != "..."))


def _anchors(phrases: set[str]) -> list[str]:
    """Each phrase as a regex, longest first; "..." in a phrase stands for up to three words
    ("makes ... sense": "makes so much sense"), which are read for negation like the rest
    of the predicate."""
    anchors = []
    for phrase in sorted(phrases, key=_literal_length, reverse=True):
        parts = [
            r"(?:\s+[a-z0-9']+){0,3}?" if p == "..." else r"\s+" + re.escape(p)
            for p in phrase.split()
        ]
        anchors.append("".join(parts).removeprefix(r"\s+"))
    return anchors


def _anchor_regex(phrases: set[str]) -> re.Pattern[str]:
    """One search for any of the phrases (`_anchors`), grouped by first character."""
    anchors = _anchors(phrases)
    grouped = _grouped(anchors)
    if grouped is None:
        return re.compile(r"\b(?:" + "|".join(anchors) + r")\b")
    return compile_parsed(_parser.parse(r"\b(?:" + grouped + r")\b"), move_tests=False)


def _grouped(anchors: list[str]) -> str | None:
    """The alternation of `anchors` grouped by first character, in their order within
    each group ("makes…|making…|matters" as "m(?:akes…|aking…|atters)"); None when one
    does not begin with a plain or escaped character. At one place only anchors beginning
    with the character there can match, and they are tried in the same order, so the
    matches are the same; `re` tries one branch per place instead of each phrase, and is
    told which characters a match begins with (first_chars): a search of a 250-character
    reply took 17 µs, now 4 (three such searches per reply with a verdict word)."""
    groups: dict[str, list[str]] = {}
    for anchor in anchors:
        first = anchor[:2] if anchor[:1] == "\\" else anchor[:1]
        if not first or not (first[-1].isalnum() or first[0] == "\\"):
            return None  # e.g. a phrase beginning with "..."
        groups.setdefault(first, []).append(anchor[len(first) :])
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


_WHOLE_WORD = re.compile(r"\w+")


def _as_needed(words: Iterable[str]) -> frozenset[str]:
    """Prefilter strings: a word of word characters whole (WHOLE on both sides), else as is."""
    return frozenset(WHOLE + w + WHOLE if _WHOLE_WORD.fullmatch(w) else w for w in words)


def _rarest_words(phrases: Iterable[str]) -> frozenset[str]:
    """The rarest word of each phrase (in the shipped content's text; then the longest),
    kept in the set-up cache like the cue units' needs (counting them costs ~0.1 s)."""
    from simulator.scoring.rarity import rarity
    from simulator.scoring.setup_cache import setup_cache

    rare = rarity()
    wanted = sorted({p for p in phrases if any(w != "..." for w in p.split())})

    def build() -> list[str]:
        return [
            min(
                (w for w in phrase.split() if w != "..."),
                key=lambda w: (rare(_as_needed([w])), -len(w), w),
            )
            for phrase in wanted
        ]

    def check(value: object) -> bool:  # one word of each phrase, in order
        return (
            isinstance(value, list)
            and len(value) == len(wanted)
            and all(
                isinstance(w, str) and w in p.split() for w, p in zip(value, wanted, strict=True)
            )
        )

    key = "verdict gate\0" + rare.digest + "\0" + "\0".join(wanted)
    return _as_needed(setup_cache().value(key, build, check))


class VerdictWords:
    """The rubric's word classes, worked out once per rubric set."""

    LEXICONS = LEXICONS

    def __init__(self, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        missing = [name for name in LEXICONS.values() if name not in lexicons]
        if missing:
            raise ValueError(
                "a 'reaction_verdict' criterion needs the lexicons " + ", ".join(missing)
            )

        def get(role: str) -> tuple[str, ...]:
            return tuple(w.lower() for w in lexicons[LEXICONS[role]])

        self.legitimising = get("legitimising")
        self.invalidating = get("invalidating")
        self.said_of_what_they_said = frozenset(get("said_of_what_they_said"))
        self.reactions = frozenset(get("reactions"))
        self.actions = frozenset(get("actions"))
        self.reacting = frozenset(get("reacting"))
        self.feelings = frozenset(get("feelings"))
        self.someone_else = frozenset(get("someone_else"))
        self.linking_verbs = frozenset(get("linking_verbs"))
        self.negators = frozenset(get("negators"))
        self.contrasts = frozenset(get("contrasts"))
        self.clause_joiners = frozenset(get("clause_joiners"))
        self.directives = _phrases(get("directives"))
        #: Degree words ("perfectly", "dead", "mega") open a verdict as "honestly" does:
        #: "perfectly natural to feel that way" has no subject, only a degree.
        self.openers = frozenset(get("openers")) | frozenset(get("degree"))
        self.understood = frozenset(get("understood"))
        self.modals = frozenset(get("modals"))
        self.of_a_reaction_only = frozenset(get("of_a_reaction_only"))
        self.blame = frozenset(get("blame"))
        self.hard = frozenset(get("hard"))
        self.easy = frozenset(get("easy"))
        #: What is validated: a clause naming the wish to die or not to be here ("it makes
        #: sense you'd want to not be here"); "..." is a gap of up to two words.
        self.harm_wishes = tuple(tuple(p.split()) for p in get("harm_wishes"))
        self.harm_openings = frozenset(p[0] for p in self.harm_wishes)
        reaction = set(self.legitimising) | set(self.invalidating) | self.understood
        verdicts = reaction | self.hard | self.easy | self.blame
        #: Every verdict word; and those on the reaction only, for replies with no negator
        #: (a verdict on how hard it is counts only negated, so most replies skip those).
        self.anchor = _anchor_regex(verdicts)
        self.reaction_anchor = _anchor_regex(reaction)
        #: The longest word of each (the rarest, as a rule: "course" of "of course"), for a
        #: cheap look at the reply's words before any search.
        self.openings = frozenset(_longest_word(p) for p in verdicts)
        self.reaction_openings = frozenset(_longest_word(p) for p in reaction)
        self.invalidating_set = frozenset(self.invalidating)
        #: A match with words in its gap ("makes so much sense") back to its phrase.
        self._gapped = {(p.split()[0], p.split()[-1]): p for p in verdicts if "..." in p}
        self.reaction_set = frozenset(self.legitimising) | self.invalidating_set | self.understood
        self.verdict_words = frozenset(verdicts)
        negators = sorted(self.negators | {"none"}, key=len, reverse=True)
        # Compiled with its `\b` moved after each word's first letter and told its first
        # characters (skip_ahead): the same matches, 7.5 -> 4.9 µs on a 250-character reply.
        self.negator = compile_parsed(
            _parser.parse(r"(?:\b(?:" + "|".join(re.escape(n) for n in negators) + r")\b|n't\b)")
        )

    def needs(self, verdict: str) -> tuple[frozenset[str], ...]:
        """Sets of strings a reply holds one of each of whenever the reader can find a
        verdict of this kind in it (see ReactionVerdictDetector: the engine's prefilter
        then skips the criterion, and the reading, for every other reply). A phrase's
        match holds every word of its phrase between word boundaries (the anchor's `\b` and
        the blanks between a phrase's words), so each phrase stands for its rarest word ("ok
        to" for "ok", not "to"); a word of letters only is looked up among the reply's whole
        words, one with an apostrophe as a plain string. A negated kind needs a negator too."""
        negated = _as_needed(self.negators | {"none", "n't"})
        if verdict == "absolves":
            return (_rarest_words(self.blame), negated)
        if verdict.endswith("_difficulty"):
            return (_rarest_words(self.hard | self.easy), negated)
        if verdict == "legitimises_harm":
            openings = self.harm_openings | (
                self.negators if "not" in self.harm_openings else set()
            )
            return (_rarest_words(self.reaction_set), _as_needed(openings | {"n't"}))
        return (_rarest_words(self.reaction_set),)

    def phrase_of(self, matched: str) -> str:
        """The lexicon phrase a match stands for ("makes so much sense" -> "makes sense")."""
        parts = matched.split()
        return self._gapped.get((parts[0], parts[-1]), " ".join(parts))


#: Words typed without their apostrophe, read as two ("thats" -> "that is"): (head, tail).
_RUN_TOGETHER = {
    "its": ("it", "is"),
    "thats": ("that", "is"),
    "whats": ("what", "is"),
    "theres": ("there", "is"),
    "heres": ("here", "is"),
    "youre": ("you", "are"),
    "ure": ("you", "are"),
    "theyre": ("they", "are"),
    "isnt": ("is", "not"),
    "isn't": ("is", "not"),
    "arent": ("are", "not"),
    "aren't": ("are", "not"),
    "wasnt": ("was", "not"),
    "wasn't": ("was", "not"),
    "werent": ("were", "not"),
}


def _tokens(lower: str, start: int = 0) -> list[Token]:
    """Words and clause marks, with "that's" read as "that is" and "its"/"thats" likewise."""
    out: list[Token] = []
    append = out.append
    for m in _TOKEN.finditer(lower, start):
        word = m.group(0)
        start, end = m.span()
        if word[0] in " \t-" or word == "\n":
            append(Token("," if word != "\n" else "\n", start, end))
            continue
        pair = _RUN_TOGETHER.get(word)
        if pair is not None:
            cut = start + len(pair[0]) if word[: len(pair[0])] == pair[0] else end - 1
            append(Token(pair[0], start, cut))
            append(Token(pair[1], cut, end))
            continue
        if "'" in word:
            cut = word.rfind("'")
            full = _SPLIT.get(word[cut:])
            if full is not None and cut > 0:
                head = word[:cut]
                if full == "is" and word not in _NOT_POSSESSIVE and head not in {"he", "she"}:
                    append(Token(word, start, end))  # a possessive ("the nurse's"), whole
                else:
                    append(Token(head, start, start + cut))
                    append(Token(full, start + cut, end))
                continue
        append(Token(word, start, end))
    return out


def _sentences(tokens: list[Token]) -> list[list[Token]]:
    sentences: list[list[Token]] = [[]]
    for tok in tokens:
        if tok.word in _SENTENCE_END:
            sentences[-1].append(tok)
            sentences.append([])
        else:
            sentences[-1].append(tok)
    return [s for s in sentences if s]


#: Words in "-ing" that are not gerunds.
_NOT_GERUNDS = frozenset(
    {"thing", "nothing", "something", "anything", "everything", "during", "bring", "king"}
    | {"spring", "string", "morning", "evening", "ceiling", "wedding", "building"}
)


def _is_gerund(word: str) -> bool:
    return len(word) > 4 and word.endswith("ing") and word not in _NOT_GERUNDS


def _phrase_at(
    words: list[str], i: int, phrase: tuple[str, ...], k: int, negators: frozenset[str]
) -> bool:
    """`phrase[k:]` matches `words` from `i`; "..." in it skips up to two words, "not"
    stands for any negator ("don't", "never"), and "!word" is any next word but `word`
    ("die !of": not "die of embarrassment")."""
    if k == len(phrase):
        return True
    if phrase[k][0] == "!":
        return (i >= len(words) or words[i] != phrase[k][1:]) and _phrase_at(
            words, i, phrase, k + 1, negators
        )
    if phrase[k] == "...":
        return any(_phrase_at(words, i + gap, phrase, k + 1, negators) for gap in range(3))
    if i >= len(words):
        return False
    word, want = words[i], phrase[k]
    same = word == want or (want == "not" and word in negators)
    return same and _phrase_at(words, i + 1, phrase, k + 1, negators)


_SIDE_TAKING = frozenset({"from", "for", "in"})
_THEIR = frozenset({"their", "his", "her", "them", "him", "theirs"})


def _from_their_side(before: list[str], someone_else: frozenset[str]) -> bool:
    """The clause opens by setting the verdict on someone else's side: "from his side (it's
    understandable)", "for them (it's normal)", "from the landlord's point of view", "in her
    eyes"; not "from your side", nor a phrase inside the subject ("your reaction to him")."""
    if len(before) < 2 or before[0] not in _SIDE_TAKING:
        return False
    b = before[1]
    if b in _DETERMINERS and len(before) > 2:
        b = before[2]  # "from the landlord's side"
    return b in _THEIR or b in someone_else or (b.endswith("'s") and b not in _NOT_POSSESSIVE)


class VerdictReader:
    """Reads every verdict on a reaction in one reply."""

    def __init__(self, words: VerdictWords) -> None:
        self.w = words

    # ------------------------------------------------------------------ clauses
    def _clause_bounds(self, sent: list[Token], first: int, last: int) -> tuple[int, int]:
        """Indexes [lo, hi) of the clause around tokens first..last of a sentence."""
        w = self.w
        lo = first
        while lo > 0:
            prev = sent[lo - 1].word
            if prev == "so" and lo > 1 and sent[lo - 2].word in _AUXILIARIES | w.linking_verbs:
                lo -= 1  # "is so fair", "not so hard": an intensifier, not "so" joining
                continue
            if prev in _CLAUSE_MARK or prev in w.contrasts or prev in w.clause_joiners:
                break
            lo -= 1
        hi = last + 1
        while hi < len(sent):
            word = sent[hi].word
            if word in _CLAUSE_MARK or word in _SENTENCE_END or word in w.contrasts:
                break
            if word in w.clause_joiners:
                break
            hi += 1
        return lo, hi

    def _strip_openers(self, words: list[str]) -> tuple[list[str], bool]:
        """Drop "I think", "honestly", "I don't think"… before the subject; True when the
        opener itself is negated (a negated belief turns the verdict round)."""
        w = self.w
        negated = False
        i = 0
        # "i (really) (don't) think/feel/reckon (that)"
        if words[:1] in (["i"], ["im"]) or words[:2] == ["i", "am"]:
            j = 1
            while j < len(words) and j <= 4:
                if words[j] in w.negators:
                    negated = True
                if words[j] in w.openers:
                    i = j + 1
                    if i < len(words) and words[i] == "that":
                        i += 1
                    break
                j += 1
            else:
                negated = False
            if i == 0:
                negated = False
        while i < len(words) and words[i] in w.openers:
            i += 1
        return words[i:], negated

    def _reacting(self, gerund: str) -> bool:
        """A gerund of a verb of reacting ("feeling", "snapping", "second-guessing")."""
        base = gerund[:-3]
        verbs = self.w.reacting
        return (
            base in verbs
            or base + "e" in verbs
            or (len(base) > 2 and base[-1] == base[-2] and base[:-1] in verbs)
        )

    def _names_a_reaction(self, subj: list[str], after: list[str], *, states: bool = True) -> bool:
        """The subject is a reaction: a gerund of reacting ("feeling wiped out", "snapping at
        people"), any gerund before a feeling ("going numb", "getting upset"), a feeling or
        reaction noun ("numb…", "ur anger"), or one after a determiner ("that flat feeling").
        Any gerund counts when the verdict names a reaction ("the constant checking is a
        normal response"); otherwise an act is not a reaction ("moving is common",
        "cancelling last minute is common", "dropping them sounds sensible")."""
        w = self.w
        named_after = bool(after) and after[0] in w.reactions
        for i, word in enumerate(subj[:4]):
            if _is_gerund(word):
                # "being this tired", "getting so upset", "going numb": a feeling within
                # three words; "being new in town" is not a reaction.
                near = subj[i + 1 : i + 4]
                felt = any(n in w.feelings or n in w.reactions for n in near) or any(
                    f"{a} {b}" in w.feelings for a, b in pairwise(near)
                )
                # Said to be fair or normal, any state counts ("being knackered is fair").
                state = states and i == 0 and word in ("being", "getting")
                return self._reacting(word) or felt or named_after or state
            if word in w.reactions or word in w.feelings:
                return True
            # A feeling of two or more words said bare ("fed up makes sense", "burnt out
            # is fair", "sick of it is normal"): the lexicon lists such phrases whole. Not
            # one that qualifies a noun ("worn out shoes make sense to replace").
            for n in (2, 3, 4):
                rest = subj[i + n : i + n + 1]
                if " ".join(subj[i : i + n]) in w.feelings and (
                    not rest or rest[0] in _PREPOSITIONS or rest[0] in _INSIDE_SUBJECT
                ):
                    return True
        return False

    def _subject(self, subj: list[str], after: list[str]) -> str:
        """Whose reaction the clause is about: "peer", "said" (what they said), "other",
        "event" (not a reaction) or "action" (advice: "it makes sense to call them")."""
        w = self.w
        if not subj or (subj[0] in _EMPTY_SUBJECTS and len(subj) == 1):
            return self._complement(after)
        head = subj[0]
        if any(s.endswith("'s") and s not in _NOT_POSSESSIVE for s in subj[:3]):
            return "other"  # "the nurse's reaction", "your sister's side"
        if head in w.someone_else or (
            head in _DETERMINERS and subj[1:2] and subj[1] in w.someone_else
        ):
            return "other"  # "her reaction", "the landlord…"
        if head in _YOU:
            return "other" if subj[1:2] and subj[1] in w.someone_else else "peer"
        if head == "not" and subj[1:2] and (_is_gerund(subj[1]) or subj[1] == "to"):
            return "peer"  # "not wanting to go back…"
        # "feeling wiped out…", "that flat feeling", "the constant checking", "numb…"; not
        # an act ("moving is common", "dropping them sounds sensible": a verdict on a plan),
        # unless a reaction is named after the verdict ("…is a normal response").
        return "peer" if self._names_a_reaction(subj, after) else "event"

    def _someone_else_after(self, after: list[str]) -> bool:
        """ "…is a reasonable call on their end": the verdict is said of someone else's act."""
        near = after[:6]
        return any(
            a in {"from", "on", "for", "of", "by", "to"}
            and b in {"their", "his", "her", "them", "him"}
            for a, b in pairwise(near)
        ) and not any(word in _YOU for word in near)

    def _complement(self, after: list[str]) -> str:
        """An empty subject ("it makes sense…", "fair enough…"): the complement decides."""
        w = self.w
        rest = [word for word in after[:8] if word not in _FILLERS]
        if not rest:
            return "said"
        # "a normal reaction", "such a human thing to feel": the reaction named after it.
        if rest[0] in w.reactions:
            return "peer"
        if rest[0] in {"thing", "things", "way"} and rest[1:2] == ["to"]:
            rest = rest[1:]
        if rest[0] == "for" and len(rest) > 2 and rest[1] in _YOU and rest[2] == "to":
            rest = rest[2:]  # "okay for you to…"
        if rest[0] in {"not", "never"} and rest[1:2] == ["to"]:
            rest = rest[1:]  # "normal not to want to go back": the reaction, negated
        first = rest[0]
        if first == "to":
            verbs = [word for word in rest[1:3] if word not in _FILLERS]
            if verbs and verbs[0] in w.actions:
                return "action"  # "makes sense to call them": advice, not validation
            if verbs and verbs[0] in {"me", "us"}:
                return "said"  # "…makes total sense to me"
            if not verbs or verbs[0] in _YOU | _PERSONS | _DETERMINERS | {"it"}:
                return "event"  # "feels right to you": a preposition, no reaction follows
            return "peer"
        if first in {"that", "how", "if", "why"}:
            rest = rest[1:]
        if not rest:
            return "said"
        if first in _REASONS:
            return "said"  # "that's understandable after everything"
        # The complement's own subject: "…that you're scared", "…that his look stung" (the
        # peer's), "…that she'd be upset", "…that her reaction…" (someone else's).
        nxt = rest[0]
        if nxt in _YOU:
            return "other" if rest[1:2] and rest[1] in w.someone_else else "peer"
        if nxt in _PERSONS or (nxt in _DETERMINERS and rest[1:2] and rest[1] in w.someone_else):
            return "other"
        if nxt.endswith("'s") and nxt not in _NOT_POSSESSIVE:
            return "other"
        if nxt in _POSSESSIVES:
            return "other" if rest[1:2] and rest[1] in w.reactions else "said"
        if nxt in w.someone_else:
            return "other"
        return "said"

    # --------------------------------------------------------------------- read
    def _judge(
        self, words: list[str], lo: int, first: int, last: int, hi: int, invalidating: bool
    ) -> tuple[str, bool] | None:
        """(whose reaction, legitimised?) for the verdict at first..last in the clause lo..hi,
        or None when the verdict word isn't the clause's predicate."""
        w = self.w
        anchor_words = words[first : last + 1]
        before, belief_negated = self._strip_openers(words[lo:first])
        after = words[last + 1 : hi]
        if anchor_words[-1] == "to":  # "okay to", "right to": the complement is "to …"
            after = ["to", *after]
        if anchor_words[0] in w.linking_verbs or anchor_words[0] in _MAKE:
            # "…doesn't make sense": the subject ends before the auxiliaries.
            k = len(before)
        else:
            # The last linking verb before the verdict, at most a few words before it.
            link = self._last_link(before)
            if link is not None:
                k = link
            elif all(b in _AUXILIARIES or b in w.openers for b in before):
                k = 0  # "fair enough that…", "so valid to feel that"
            else:
                return None
        while k > 0 and before[k - 1] in _AUXILIARIES:
            k -= 1
        subject, predicate = before[:k], before[k:]
        if (
            len(subject) > 1
            and subject[-1] in _EMPTY_SUBJECTS | _YOU
            and subject[-2] not in _PREPOSITIONS
        ):
            # A pronoun right before the verb is the subject ("when it's happened before, it
            # makes sense…"); what came before it is another clause.
            subject = subject[-1:]
        # "makes no sense": a negator inside a verb's phrase; "okay not to": the complement's.
        gap = anchor_words[1:-1] if anchor_words[0] in _MAKE else []
        negated = any(p in w.negators for p in predicate) or any(g in w.negators for g in gap)
        negated ^= belief_negated
        legit = invalidating == negated
        whose = self._subject(subject, after)
        if subject == ["which"]:
            # "your body's still on alert, which is completely expected": "which" stands for
            # the clause before it, and that clause says whose state it is.
            whose = self._antecedent(words, lo, after)
        # A verdict in the past tense on something done ("it was a normal thing to ask",
        # "it wasn't stupid to ask", "asking wasn't wrong"): what they did, not advice. A
        # done act named by a gerund ("asking") counts only where a fault is denied of it
        # ("asking wasn't stupid"): "cutting the hours was a reasonable call" is their act,
        # "cancelling last minute was wrong" may be someone else's, and "calling 988 was
        # okay" says back the peer's own account.
        done = any(p in _PAST_LINKS for p in predicate) and (
            whose == "action"
            or (
                whose == "event"
                and legit
                and invalidating
                and bool(subject)
                and _is_gerund(subject[0])
                and not self._someone_else_after(after)
            )
        )
        if (
            w.phrase_of(" ".join(anchor_words)) in w.of_a_reaction_only
            and not (subject and self._names_a_reaction(subject, after))
            and not (done and legit and invalidating)
        ):
            return None  # "you're fine", "it's okay": reassurance, not a verdict on a reaction
        if whose in ("peer", "said") and self._someone_else_after(after):
            whose = "other"  # "…fair enough from their side", "…a reasonable call on his end"
        if done:
            whose = "peer"
        if whose in ("peer", "said") and _from_their_side(words[lo:first], w.someone_else):
            whose = "other"  # "from his side it's kind of understandable", "in her eyes…"
        if whose == "said" and (
            w.phrase_of(" ".join(anchor_words)) not in w.said_of_what_they_said
            or negated
            or invalidating
        ):
            return "event", legit  # "that's normal", "that's not fair": said of the event
        return whose, legit

    def _antecedent(self, words: list[str], lo: int, after: list[str]) -> str:
        """Whose state the clause before a ", which is…" names: "peer" when it opens on the
        peer ("you're still shaking", "your body's on alert") or names a reaction, else
        "event" ("they cut the hours, which is normal")."""
        w = self.w
        if lo < 2 or words[lo - 1] != ",":
            return "event"
        j = lo - 2
        while j >= 0 and not (
            words[j] in _CLAUSE_MARK
            or words[j] in _SENTENCE_END
            or words[j] in w.clause_joiners
            or words[j] in w.contrasts
        ):
            j -= 1
        prev, _ = self._strip_openers(words[j + 1 : lo - 1])
        if not prev:
            return "event"
        if prev[0] in _YOU:
            second = prev[1] if len(prev) > 1 else ""
            owner = second[:-2] if second.endswith("'s") else second
            return "other" if owner in w.someone_else else "peer"
        return "peer" if self._names_a_reaction(prev, after) else "event"

    def _understood(
        self, words: list[str], lo: int, first: int, last: int, hi: int
    ) -> tuple[str, bool] | None:
        """ "I get why ur upset", "no wonder you're tired", "of course you're angry": the
        speaker expects the reaction. It must name the peer ("of course you can call them"
        is advice); "I don't get why you're so upset" turns it round."""
        w = self.w
        rest = [word for word in words[last + 1 : hi] if word not in _FILLERS]
        if rest[:1] == ["that"]:
            rest = rest[1:]
        of_course = words[first] in _OF_COURSE
        negated = any(word in w.negators for word in words[max(lo, first - 2) : first])
        if not of_course and (not rest or rest[0] in _REASONS):
            return "peer", not negated  # "No wonder.", "I get why, after all that"
        if rest and rest[0] in _EMPTY_SUBJECTS | {"everything", "all"}:
            # "of course it hurts", "no wonder it all feels like too much": the situation
            # felt by them, when a verb of feeling follows.
            near = [word for word in rest[1:4] if word not in _FILLERS and word != "all"]
            if near and (
                near[0] in _FELT_VERBS or (near[0] in ("gets", "got") and near[1:2] == ["to"])
            ):
                return "peer", not negated
            return None
        if not rest or rest[0] not in _YOU:
            return None
        if rest[1:2] and rest[1] in w.someone_else:
            return None  # "of course your sister…"
        if rest[1:2] and rest[1] in w.modals and of_course:
            if self._wishes_harm(words[lo:hi]):
                return "peer", True  # "of course you'd want to be gone": read for what
            return None  # "of course you can…": permission or advice
        return "peer", not negated

    def _last_link(self, before: list[str]) -> int | None:
        """Where the last linking verb of `before` is ("…is", "…seems"), when it is at most
        `_GAP` words before the verdict; else None."""
        for k in range(len(before) - 1, max(-1, len(before) - 2 - _GAP), -1):
            if before[k] in self.w.linking_verbs:
                return k
        return None

    def _negated_split(self, before: list[str], k: int) -> tuple[list[str], list[str], bool]:
        """`before` split into subject and predicate at `k`, the auxiliaries and negators in
        front of the linking verb going with the predicate, and whether it is negated ("this
        isn't…", "none of this is…")."""
        negators = self.w.negators
        while k > 0 and (before[k - 1] in _AUXILIARIES or before[k - 1] in negators):
            k -= 1
        subject, predicate = before[:k], before[k:]
        negated = any(p in negators for p in predicate) or subject[:1] in (["none"], ["nothing"])
        return subject, predicate, negated

    def _absolves(self, words: list[str], lo: int, first: int, last: int, hi: int) -> bool:
        """A negated verdict of blame on the peer: "this isn't ur fault", "none of this is on
        you", "you're not to blame", "asking wasn't a mistake". Not someone else's ("it's not
        his fault" sides with him), and not a question."""
        w = self.w
        before, belief_negated = self._strip_openers(words[lo:first])
        link = self._last_link(before)
        if link is None:
            return False
        subject, predicate, negated = self._negated_split(before, link)
        if not negated ^ belief_negated:
            return False
        if any(p in _POSSESSIVES or p.endswith("'s") for p in predicate):
            return False  # "it's not his fault", "not the nurse's fault"
        if any(len(p) > 4 and p.endswith("ing") for p in predicate):
            return False  # "there's no one checking on you": a doing, not a verdict on them
        after = [word for word in words[last + 1 : hi] if word not in _FILLERS]
        if after[:1] == ["to"] and after[1:2] and after[1] in w.actions:
            return False  # "it's not a mistake to call them": advice
        expletive = not subject or (len(subject) == 1 and subject[0] in _EMPTY_SUBJECTS)
        return expletive or self._subject(subject, []) != "other"

    def _difficulty(
        self, words: list[str], lo: int, first: int, last: int, hi: int, easy: bool
    ) -> bool | None:
        """A negated verdict on how hard it is: "none of this is easy", "that can't be easy",
        "what he did wasn't okay" acknowledge it (True); "it's not that hard", "doesn't
        sound too bad", "not the end of the world" deny it (False). Not said of someone
        else ("not easy for her"), and "being scared isn't bad" is about the reaction."""
        w = self.w
        before, belief_negated = self._strip_openers(words[lo:first])
        after = words[last + 1 : hi]
        link = self._last_link(before)
        if link is not None:
            k = link
        elif (
            before
            and before[-1] in ("not", "never")
            and all(b in _AUXILIARIES or b in w.openers for b in before)
        ):
            k = 0  # "not easy at all", "so not okay"
        else:
            return None
        subject, predicate, negated = self._negated_split(before, k)
        if not negated ^ belief_negated:
            return None
        if not easy and any(p in _NO_MORE_THAN for p in predicate):
            # "this isn't just a bad week", "it doesn't sound like only a rough patch": more
            # than bad, not less; the negation acknowledges how hard it is.
            return True
        expletive = not subject or (len(subject) == 1 and subject[0] in _EMPTY_SUBJECTS)
        # "what he did wasn't okay" and "it's not okay that he…" name the wrong done to them;
        # "her day wasn't easy" is someone else's.
        if (not expletive and self._subject(subject, after) == "other") or self._someone_else_after(
            after
        ):
            return None
        if any(a == "for" and b in _PERSONS | _POSSESSIVES for a, b in pairwise(after[:4])):
            return None  # "not easy for her"
        if after[:1] in (["on"], ["to"], ["for"], ["towards"]) and len(after) > 1:
            obj = after[1]
            if obj in _YOU:
                other = len(after) > 2 and after[2] in w.someone_else
            else:
                other = obj in _DETERMINERS | _PERSONS | _POSSESSIVES | w.someone_else
            if other:
                return None  # "not fair on the nurse", "not fair to your roommate"
        if (
            easy
            and after[:1] == ["to"]
            # "doesn't sound okay to me": the speaker's view, as in the phrase reading below
            and not (len(after) > 1 and after[1] in _OBJECT_AFTER_TO)
            and w.phrase_of(" ".join(words[first : last + 1])) in w.of_a_reaction_only
        ):
            return None  # "it's not okay to keep seeing them": a verdict on an action
        if predicate[:1] in (["don't"], ["dont"], ["do"]) and all(b in w.openers for b in subject):
            return None  # "don't be hard on yourself": an imperative, not a verdict
        if subject and self._names_a_reaction(subject, after, states=False):
            # "being scared isn't bad" is said of the reaction; "feeling nothing isn't right"
            # judges it (read as a verdict on the reaction, by _judge).
            return None
        return easy

    def read(
        self, lower: str, words: list[str] | None = None, shared: ReplyReading | None = None
    ) -> list[Verdict]:
        """Every verdict in `lower` (the reply lower-cased); `words`, its words if already
        split (`[a-z0-9']+`), lets a reply with no verdict word out without a search;
        `shared`, the reply's reading (scoring/reply_reading.py), gives its sentences."""
        w = self.w
        if words is not None:
            seen = set(words)
            if seen.isdisjoint(w.reaction_openings) and (
                seen.isdisjoint(w.openings) or seen.isdisjoint(w.negators)
            ):
                return []
        # The first verdict word of the search used below, found once (it was searched for
        # again after deciding which search to use).
        found = w.reaction_anchor.search(lower)
        if found is not None:
            negated_somewhere = w.negator.search(lower) is not None
            if negated_somewhere:
                found = w.anchor.search(lower)
        else:
            found = w.anchor.search(lower)
            if found is None or w.negator.search(lower) is None:
                return []
            negated_somewhere = True
        anchor = w.anchor if negated_somewhere else w.reaction_anchor
        verdicts: list[Verdict] = []
        # Only from the sentence of the first verdict word on: nothing before it is read.
        if found is None:
            return []
        if shared is not None:
            begin = shared.sentence_start(found.start())
        else:
            begin = max(lower.rfind(end, 0, found.start()) for end in _SENTENCE_END) + 1
        sentences = _sentences(_tokens(lower, begin))
        for si, sent in enumerate(sentences):
            words = [t.word for t in sent]
            asked = words[-1] == "?"
            for m in anchor.finditer(lower, sent[0].start, sent[-1].end):
                first = next((k for k, t in enumerate(sent) if t.start >= m.start()), None)
                last = next((k for k in range(len(sent) - 1, -1, -1) if sent[k].end <= m.end()), -1)
                if first is None or last < first:
                    continue
                phrase = w.phrase_of(m.group(0))
                if (
                    "..." in phrase
                    and words[last] == "to"
                    and last + 1 < len(words)
                    and words[last + 1] in _OBJECT_AFTER_TO
                    and words[first] in w.verdict_words
                ):
                    phrase, last = words[first], first  # "fine to me": "fine"
                invalidating = phrase in w.invalidating_set
                if last + 1 < len(words) and words[last + 1] in _ADVERBIAL_AFTER:
                    continue  # "right now", "fine then": not a verdict
                lo, hi = self._clause_bounds(sent, first, last)
                # "isn't it normal to be tired?": a negative question asserts; read it as said.
                rhetorical = (
                    asked and words[lo] in _AUX_QUESTION and words[lo + 1 : lo + 2] == ["not"]
                )
                if asked and not rhetorical and (lo == first or words[lo] in _AUX_QUESTION):
                    continue  # "does that make sense?", "is that normal?"
                if (phrase in w.hard or phrase in w.easy) and negated_somewhere:
                    said = self._difficulty(words, lo, first, last, hi, phrase in w.easy)
                    if said is not None:
                        end = sent[max(hi, last + 1) - 1].end
                        verdicts.append(
                            Verdict(sent[lo].start, end, "said", said, False, None, "difficulty")
                        )
                if (
                    phrase in w.blame
                    and negated_somewhere
                    and self._absolves(words, lo, first, last, hi)
                ):
                    end = sent[max(hi, last + 1) - 1].end
                    verdicts.append(
                        Verdict(sent[lo].start, end, "peer", True, False, None, "blame")
                    )
                if phrase not in w.reaction_set:
                    continue
                if any(word in _NOT_ASSERTED for word in words[lo:first]):
                    continue  # "you're checking whether it's the right call": asked, not said
                if " ".join(words[first : last + 1]) in w.understood:
                    judged = self._understood(words, lo, first, last, hi)
                    if judged is None:
                        continue
                else:
                    judged = self._judge(words, lo, first, last, hi, invalidating)
                # "snapping at people when you're tired is human": a clause inside the
                # subject; "being this wiped after two cancellations and a sick cat is fair":
                # a list inside it (only when the longer subject opens with a gerund).
                while (
                    judged is not None
                    and judged[0] == "event"
                    and lo > 0
                    and (words[lo - 1] in _INSIDE_SUBJECT or words[lo - 1] in _LISTING)
                ):
                    joiner = words[lo - 1]
                    wider = self._clause_bounds(sent, lo - 1, last)[0]
                    opening = [word for word in words[wider:first] if word not in w.openers]
                    if joiner in _LISTING and not (
                        opening and (_is_gerund(opening[0]) or opening[0] == "not")
                    ):
                        break
                    lo = wider
                    judged = self._judge(words, lo, first, last, hi, invalidating)
                if judged is None or judged[0] not in ("peer", "said", "other"):
                    continue
                whose, legit = judged
                if whose == "peer" and legit and self._wishes_harm(words[lo:hi]):
                    # What is validated: the wish to die, not the pain ("it makes sense
                    # you'd want to not be here"); not the peer's reaction, so not validation.
                    whose = "harm"
                if rhetorical:
                    legit = not legit  # the question's "not" asks for agreement
                contrast, directive = (
                    (None, False) if whose == "other" else self._contrast(sentences, si, hi)
                )
                verdicts.append(
                    Verdict(
                        sent[lo].start,
                        sent[max(hi, last + 1) - 1].end,
                        whose,
                        legit,
                        directive,
                        contrast,
                    )
                )
        return verdicts

    def _wishes_harm(self, words: list[str]) -> bool:
        """The clause names the wish to die or not to be here (`verdict_harm_wishes`)."""
        w = self.w
        openings = w.harm_openings
        return any(
            _phrase_at(words, i, phrase, 0, w.negators)
            for i, word in enumerate(words)
            if word in openings or (word in w.negators and "not" in openings)
            for phrase in w.harm_wishes
            if phrase[0] == word or (phrase[0] == "not" and word in w.negators)
        )

    def _contrast(self, sentences: list[list[Token]], si: int, hi: int) -> tuple[int | None, bool]:
        """Where a contrast after the verdict starts, and whether its clause directs the peer."""
        w = self.w
        sent = sentences[si]
        rest = sent[hi:]
        k = next((i for i, t in enumerate(rest) if t.word in w.contrasts), None)
        if k is None and si + 1 < len(sentences):
            nxt = sentences[si + 1]
            if nxt and nxt[0].word in w.contrasts:
                rest, k = nxt, 0
        if k is None:
            return None, False
        after = [t.word for t in rest[k + 1 : k + 9]]
        while after and after[0] in {
            "still",
            "really",
            "honestly",
            "tbh",
            "i",
            "think",
            "just",
            "now",
            "at",
            "the",
            "same",
            "time",
            "like",
        }:
            after = after[1:]
        single, multi = w.directives
        directive = bool(after) and (
            after[0] in single or any(tuple(after[: len(p)]) == p for p in multi)
        )
        return rest[k].start, directive
