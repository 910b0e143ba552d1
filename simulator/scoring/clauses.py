"""A clause reader: who each clause of a reply is about, and what it says about them.

Phrase rules fitted to one wording do not carry to the next ("thank you for telling me" was
a reflection because it has "you" in it). A reflection says back the peer's experience; the
question to ask of each clause is therefore grammatical: who is its subject (the peer, something
of theirs, the speaker, someone else, nobody) and what does the predicate do (name what they
feel, want, believe or went through; thank, praise, promise, offer, apologise, tell one's own
story; instruct; predict; reassure; judge; ask). This module answers it cheaply, with regular
expressions over the closed-class words of English (pronouns, auxiliaries, modals,
conjunctions); which open-class words make a predicate praise, reassurance, a verdict and so
on come from rubric lexicons (names in `LEXICONS`), so the rubric files stay the source of
truth for what is scored.

API (small on purpose, usable by any rubric mechanism):

- `ClauseReader(lexicons)` — built once from a rubric set's lexicons.
- `reader.read(text, peer_stems)` -> tuple of `Clause` (start/end offsets into `text`,
  `subject`, `predicate`, `main`, `framed`, `restates`).
- `reader.peer_stems(peer_line)` — the peer's content words, for `restates`.

A rubric criterion uses it with `detector: clauses` and a `clause:` condition (see
`content/rubric.py`, `ClauseCondition`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, get_args

from simulator.content.rubric import ClauseCondition, ClausePredicate, ClauseSubject
from simulator.scoring.said_back import bare, said_back_stems
from simulator.scoring.setup_cache import kept_compile

if TYPE_CHECKING:
    from simulator.scoring.reply_reading import ReplyReading

Subject = ClauseSubject
Predicate = ClausePredicate
SUBJECTS: tuple[Subject, ...] = get_args(ClauseSubject)
PREDICATES: tuple[Predicate, ...] = get_args(ClausePredicate)

#: Rubric lexicons the reader uses (a missing one is read as empty):
LEXICONS = {
    "clause_frames": "stems that frame what follows as the peer's ('it sounds like', 'I hear')",
    "clause_openers": "openers that judge what follows ('it makes sense that', 'no wonder')",
    "clause_thanks": "openers that thank ('thank', 'appreciate')",
    "clause_praise": "words that praise or affirm the peer ('brave', 'got this')",
    "clause_reassurance": "words that reassure ('safe', 'not alone', 'work out')",
    "clause_verdict": "words that judge or normalise ('valid', 'makes sense', 'right call')",
    "clause_situation": "words for how hard a situation is ('hard', 'awful', 'a lot')",
    "clause_interjections": "interjections and words of sympathy ('struth', 'lo siento', 'hugs')",
    "clause_generic": "difficulty words that say back nothing of theirs alone ('a lot', 'rough')",
    "clause_vague": "nouns that name nothing of theirs after a clause_generic word ('situation')",
    "clause_address": "terms of address ('mate', 'babe'): a clause of one alone is a tag",
    "clause_trailing": "words that may trail an acknowledgement and add nothing ('tbh', 'lol')",
    "clause_comparisons": "comparatives that praise before 'than' ('braver', 'more grace')",
    "clause_compared_with": "whom the peer is compared with after 'than' ('most', 'you think')",
    "clause_knowing": "knowing a lot, praise after 'you seem to' ('know a lot', 'know your stuff')",
    "clause_disagreement": "a disagreement that stands alone and argues ('no', 'not really')",
    "clause_instructions": "verbs that open an instruction ('try', 'make sure', 'call')",
    "clause_speaker_praise": "the speaker's own praise of the peer ('respect that', 'proud of you')",
    "clause_story": "openers of the speaker's own story ('been there', 'when i was')",
    "clause_speaker_story": "after 'I': the speaker's own story ('was', 'used to', 've been')",
    "clause_speaker_offer": "after 'I': an offer ('can', 'm here', 'd love to', 'know some')",
    "clause_never_describes": "words after 'never' that describe, not instruct ('late', 'easy')",
    "clause_forecast": "after 'will'/'might': how they will be ('be', 'feel', 'get', 'end up')",
    "clause_reporting": "after 'you': what they said, felt or thought ('said', 'feel', 'wish')",
    "clause_makes_it": "after 'it makes it (so)': how hard ('hard', 'impossible', 'worse')",
    "clause_how_it_is": "after 'it's', beside -ing and -ful words: how it is ('unbearable')",
    "clause_not_past": "words in -ed that are no past tense: a norm or a noun ('required', 'need')",
    "feeling_words": "feelings ('scared', 'exhausted')",
    "feeling_states": "states said in everyday words, read as feelings ('knackered', 'wiped out')",
    "feeling_nouns": "feelings as nouns ('fear', 'anger')",
    "clause_inner": "words for what someone wants, hopes or wonders ('want', 'not sure')",
    "clause_general_subjects": "people in general, institutions ('most people', 'doctors', 'the law')",
    "clause_general_marks": "words that state a norm or a fact ('required', 'by law', 'usually')",
    "clause_argument": "openers of an argument or a counter-claim ('actually', 'the thing is')",
    "function_words": "words that don't count as content for `restates`",
}


class Clause:
    """One clause of a reply. `start`/`end` are offsets into the text read.

    Immutable. `restates` (does the clause take up the peer's content words?) is worked out
    when first asked: a word-stem comparison per clause, which most criteria never read (a
    condition reads it only after the clause's subject and predicate met it)."""

    __slots__ = (
        "_before",
        "_general",
        "_inner",
        "_peer_stems",
        "_reader",
        "_restates",
        "_words",
        "end",
        "framed",
        "main",
        "predicate",
        "start",
        "subject",
    )

    start: int
    end: int
    subject: Subject
    predicate: Predicate
    #: Not introduced by a subordinating word ("if", "when", "because", "that"…).
    main: bool
    #: Behind a reflective frame ("it sounds like…", "I hear…").
    framed: bool
    _restates: bool | None
    _inner: bool | None
    _general: bool | None
    _before: Clause | None
    _words: str
    _peer_stems: frozenset[str]
    _reader: ClauseReader | None

    def __init__(
        self,
        start: int,
        end: int,
        subject: Subject,
        predicate: Predicate,
        main: bool,
        framed: bool,
        restates: bool | None,
        words: str = "",
        peer_stems: frozenset[str] = frozenset(),
        reader: ClauseReader | None = None,
        before: Clause | None = None,
    ) -> None:
        """`restates`: known, or None to work it out from the clause's `words` (lower-cased),
        the peer's stems and the `reader` when asked. `before`: the clause before it in the
        same sentence (a fragment or what follows "Actually," is read with it)."""
        init = object.__setattr__
        init(self, "start", start)
        init(self, "end", end)
        init(self, "subject", subject)
        init(self, "predicate", predicate)
        init(self, "main", main)
        init(self, "framed", framed)
        init(self, "_restates", restates)
        init(self, "_inner", None)
        init(self, "_general", None)
        init(self, "_before", before)
        init(self, "_words", words)
        init(self, "_peer_stems", peer_stems)
        init(self, "_reader", reader)

    @property
    def restates(self) -> bool:
        """Takes up content words of the peer's line."""
        known: bool | None = self._restates
        if known is None:
            reader = self._reader
            known = (
                bool(self._peer_stems)
                and reader is not None
                and reader.restates(self._words, self._peer_stems)
            )
            object.__setattr__(self, "_restates", known)
        return known

    @property
    def inner(self) -> bool:
        """Names what they feel, want or wonder (a word of the feeling_words, feeling_states,
        feeling_nouns or clause_inner lexicons), worked out when first asked."""
        known: bool | None = self._inner
        if known is None:
            reader = self._reader
            known = reader is not None and reader.inner(self._words)
            object.__setattr__(self, "_inner", known)
        return known

    @property
    def general(self) -> bool:
        """States a general fact, a norm or an argument rather than the peer's experience
        ("treatment is free", "landlords have to…", "you never know with pills", "actually,
        the law says…"), worked out when first asked (see `ClauseReader.general`)."""
        known: bool | None = self._general
        if known is None:
            reader = self._reader
            known = reader is not None and reader.general(self._words, self.subject, self._before)
            object.__setattr__(self, "_general", known)
        return known

    def _fields(self) -> tuple[int, int, str, str, bool, bool, bool]:
        return (
            self.start,
            self.end,
            self.subject,
            self.predicate,
            self.main,
            self.framed,
            self.restates,
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Clause)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Clause(start={self.start!r}, end={self.end!r}, subject={self.subject!r}, "
            f"predicate={self.predicate!r}, main={self.main!r}, framed={self.framed!r}, "
            f"restates={self.restates!r})"
        )


# ------------------------------------------------------------------ grammar (closed class)
_WORD = re.compile(r"[a-z0-9']+")
#: A sentence with its closing marks (shared with the verdict reader through reply_reading).
SENTENCE = re.compile(r"[^.!?;\n]+[.!?;\n]*")
# Where a sentence splits into clauses: a comma or dash, a coordinating word before a new
# subject, or a subordinating word (the clause after it is not a main clause).
_SUBJECT_AHEAD = r"(?=\s+(?:you|youre|youd|youve|youll|you're|you'd|you've|you'll|u|ur|your|i|im|i'm|he|she|they|it|its|it's|that|thats|that's|this|we|there|my|his|her|their|the|people|everyone|nobody|someone)\b)"
_SUBORDINATORS = (
    r"if|when|whenever|because|cos|coz|cuz|though|although|unless|whether|whatever|even if|"
    rf"as if|so that|(?:since|until|before|after|once|while){_SUBJECT_AHEAD}"
)
# Each alternative starts with a comma or a blank, so the scan skips other characters fast.
_BOUNDARY = re.compile(
    r"(?P<comma>,)|\s(?:(?P<dash>[-–—]+)\s"
    r"|(?!(?<=\byou\s)(?:and|n)\s+(?:i|me)\b)(?!(?<=\bu\s)(?:and|n)\s+(?:i|me)\b)"  # you and I
    rf"(?P<coord>and|but|yet|so|or|n){_SUBJECT_AHEAD}"
    rf"|(?P<sub>{_SUBORDINATORS})\b"
    rf"|(?P<that>that){_SUBJECT_AHEAD})"
)
# A sentence that opens with "if", "when"…: its first clause is not a main clause.
_LEAD = re.compile(rf"\W*(?P<lead>{_SUBORDINATORS})\b")
_DISCOURSE = re.compile(
    r"^(?:[\s\"'(]*+(?:so|and|but|oh|ok|okay|well|yeah|yes|yep|hey|wow|gosh|honestly|"
    r"like|just|um|hmm|right|sure|also|then|now|i mean|look|listen|anyway|man|omg|aw+|ah|"
    r"ugh|yikes|damn|hm+|really|still|and yet|instead|plus|at least|anyway)\b[\s,]*+)*+"
)
# A subject is the pronoun alone: its contraction ("'re", "'ll", typed "re", "ll") stays with
# the predicate, where it says whether the clause states, predicts or promises.
# ("You and I can…" is the speaker and the peer together: we.)
_PEER = r"(?:a |some )?part of (?:you|u)\b|(?:what|all) (?:you|u)(?= )|yourself\b|you(?=')|you(?=(?:re|ve|d|ll)\b)|(?:you|u)\b(?!\s+(?:and|n|&)\s+(?:i|me)\b)|ya\b"
_SPEAKER = (
    r"(?:you|u)\s+(?:and|n|&)\s+(?:i|me)\b|"
    r"i(?=')|i(?=(?:m|ve|d|ll)\b)|i\b|me\b|we(?=')|we(?=(?:re|ve|ll)\b)|we\b|let me\b|"
    r"my\s+[a-z']+\b"
)
_THIRD = (
    r"(?:he|she|it|that|there|what|who)(?='|s\b)|they(?=')|"
    r"he|she|they|it|this|that|there|these|those|"
    r"someone|somebody|people|everyone|everybody|nobody|no one|anyone|everything|nothing|"
    r"things|(?:he|she|it|they|there|that|who|what)(?:'s|'ll|'d|'re|s)|all the\s+[a-z']+|all of\s+[a-z']+|"
    r"(?:the|a|an|his|her|their|this|that|some|any|those|these|another|such)\s+[a-z']+|"
    r"[a-z]+'s|every\s+[a-z']+|[a-z]+ing(?=\s+(?:[\w']+\s+){0,8}?(?:is|are|was|were|can|has|have|makes|made|keeps|"
    r"leaves|gives|helps|could|would|might|will|seems|feels|sounds|doesn't|isn't)\b)|"
    # A name or a noun without its article, before a verb: "Tash was…", "Money stress is…".
    r"[a-z]+(?:\s+[a-z]+)?(?=\s+(?:was|is|are|were|has|had|did|said|says|told|does|doesn't|"
    r"didn't|wasn't|isn't|keeps|kept|got|gets|never|always|wants|wanted|thinks|thought)\b)"
)
# "ur" is "you're" before what they do or feel, "your" before a noun.
_UR_AS_YOURE = r"(?:so|really|still|just|not|a|at|in|on|gonna|going|always|never|all|already|clearly|literally|kinda|totally|only|def|prob|probably|very|too|such|feeling|being|doing|getting|[a-z]+ing|[a-z]+ed)\b"
_QUESTION_START = re.compile(
    r"^(?:(?:why|what|how|when|where|who|which)\s+(?:do|does|did|are|is|was|were|have|has|had|"
    r"can|could|would|will|should|r)\b|(?:why|how)\s+(?:u|you)\b|"
    r"(?:do|does|did|are|is|was|were|have|has|can|could|would|will|should|r|shall|may|"
    r"didn't|don't|doesn't|aren't|isn't|haven't|won't|wouldn't|can't)\s+"
    r"(?:you|u|ya|ur|your|they|he|she|it|we|anyone|anybody|someone|i|there|that|this)\b|"
    r"how\s+(?:long|many|much|often|far)\b)"
)
_ADVERBS = r"(?:(?:even|really|so|just|still|clearly|totally|probably|kinda|already|also|all|both|actually|honestly|literally|definitely|seriously|simply|def|prob|always|never|obviously|truly|absolutely|completely|pretty|quite|very|such|a bit|a little|bit|little)\s+)*"
_BE = r"(?:(?:'re|re|are|were|was|is|'s|s|am|'m|m)\s+|(?:have|has|'ve|ve)\s+been\s+|(?:seem|seems|sound|sounds|look|looks|feel|feels|felt|get|got|getting|feeling|must be|must feel|might be|may be|must have been)\s+)"
_INSTRUCT = re.compile(
    rf"^{_ADVERBS}(?:should|shouldn't|shouldnt|ought|need to|needs to|have to|has to|gotta|got to|"
    r"must(?!\s+(?:be|have|feel|'ve|ve|really|surely|still)\b)|'d better|d better|better|had better|"
    r"don't have to|dont have to|don't need to|dont need to|do not have to|don't always have to|"
    r"dont always have to|can always|could always|could try|can try|might want|may want|could also|"
    r"can also|(?:can|could)(?!\s+(?:not|never|barely|hardly|only|be|have|feel|see|tell|hear|sense)\b)(?!'t|nt|n't)(?=\s))\b"
)
_OBLIGE = re.compile(
    rf"^{_ADVERBS}(?:should|shouldn't|shouldnt|ought|need to|needs to|have to|has to|gotta|"
    r"got to|must(?!\s+(?:be|have|feel|'ve|ve|really|surely|still)\b))\b"
)
# The speaker perceiving or supposing frames what follows as theirs ("I can tell…", "I'd
# guess…"); an opinion ("I think…", "I know…") only lets what follows be read, unframed.
_SPEAKER_FRAME = re.compile(
    r"(?:i|we)(?:'m|m| am|'d|d| would| can| could)?\s+(?:(?:only|really|totally|just|so|also|"
    r"definitely|kind of|kinda|already|can|could|still)\s+)*(?:(?P<thinks>think|know(?!\s+(?:a\s+"
    r"(?:few|couple|lot of|place|group|number|good|great)|some|of|loads|lots|plenty|someone|"
    r"somebody|people|places|ways|services|groups)\b)|"
    r"understand|feel|feeling|realise|realize)|hear|hearing|see|seeing|sense|sensing|get|getting|"
    r"gather|guess|guessing|imagine|imagining|picture|notice|noticing|wonder|wondering|suspect|"
    r"bet|struck by|picking up|(?:can )?tell(?!\s+(?:you|u|ya)\b))\b\s*(?:that\b|how\b|what\b|like\b|from\b|on\b)?\s*"
)
# "You seem to…", "you sound like you've…": how the peer comes across, read for praise after it.
_SEEMING = re.compile(
    r"^(?:seem|seems|sound|sounds|look|looks)\s+(?:to\s+|like\s+(?:(?:you|u)(?:'ve|ve|'re|re|"
    r"\s+have|\s+are)?\s+)?)"
)
_MAY_BE = re.compile(rf"^{_ADVERBS}(?:be|feel|have been|have felt)\b")
#: Frames that only let what follows be read (an opinion, a normalising opener).
_UNFRAMING = ("opinion", "thinks")
_SUGGEST = re.compile(
    rf"^{_ADVERBS}(?:could|can|might|may)\s+{_ADVERBS}(?:try|want|also|consider|think about|look into|look at|look for)\b"
)
_PREDICT = re.compile(
    rf"^{_ADVERBS}(?:will|'ll|ll|won't|wont|shall|(?:are|is|'re|re|'s|s|am|'m|m)\s+"
    r"(?:\w+\s+)?(?:going to|gonna)|going to|gonna)\b"
)
_HEDGE = re.compile(rf"^{_ADVERBS}(?:might|may|would|'d|d|could)\b")
_CANT = re.compile(rf"^{_ADVERBS}(?:can't|cant|cannot|can not|couldn't|couldnt)\b")
_NEGATED = re.compile(
    rf"^{_ADVERBS}(?:{_BE})?{_ADVERBS}(?:not|n't|don't|dont|didn't|didnt|never|no longer|aren't|"
    r"arent|isn't|isnt|wasn't|wasnt|weren't|werent|haven't|havent|doesn't|doesnt|can't|cant)\b"
)
_SPEAKER_PROMISE = re.compile(
    rf"^{_ADVERBS}(?:will|'ll|ll|won't|wont|promise|swear|give you my word|am going to|'m going to|"
    r"m going to|'m gonna|m gonna|am gonna|are going to|'re going to|re going to|gonna)\b"
)
_LATE_PEER = re.compile(
    r"^(?:[a-z']+\s+){1,6}?(?<!to )(?<!for )(?<!with )(?<!at )(?<!of )(?<!about )(?<!from )"
    r"(?<!than )(?<!on )(?<!in )(?<!by )(?<!tell )(?<!told )(?<!ask )(?<!let )(?<!help )"
    r"(?<!make )(?<!makes )(?<!made )(?<!give )(?<!show )(?<!see )(?<!get )(?<!got )"
    r"(?<!helps )(?<!helped )(?<!lets )(?<!gives )(?<!gave )(?<!keeps )(?<!kept )(?<!leaves )"
    r"(?<!left )(?<!gets )(?<!shows )(?<!showed )(?<!tells )"
    r"(?:you(?=')|you(?=(?:re|ve|d|ll)\b)|you\b|u\b)"
)
# A tag that asks for assent ("…, you know", "…, you know that", "…, innit"): the speaker's
# own discourse, not a statement about the peer, so it is no clause at all.
_TAG = (
    r"(?:you|u|ya|y')\s*know(?:\s+(?:that|it|what i mean|what i'm saying|right))?"
    r"|know what i mean|you see|innit|right|yeah"
    # a question tag ("…, isn't it", "…, eh")
    r"|(?:isn't|isnt|ain't|aint|wasn't|wasnt) (?:it|that)"
    # or no word at all (an emoji); a term of address ("…, babe", "…, mate": `clause_address`)
    # is added by ClauseReader
    r"|[^a-z0-9]*"
)
_OBJECT_YOU = re.compile(r"\b(?:you|u|ya|yourself|your|ur)\b")
# "that sounds…", "it must have been…", "it's so…", "it's humiliating": how it is for them.
_PERCEIVED = re.compile(
    rf"^{_ADVERBS}(?:sounds?|sounded|seems?|seemed|feels?|felt|must be|must have been|must feel)\b"
)

# A general statement is timeless: a clause that tells of a time, a change or a habit in their
# life ("still", "again", "last week", "has been", "keeps…") is about them, not about the world.
_PERSONAL_TIME = re.compile(
    r"\b(?:keep|keeps|kept|keeping|still|again|anymore|any more|lately|already|tonight|today|"
    r"yesterday|last|this (?:week|morning|month|year|time)|was|were|wasn't|wasnt|weren't|had|"
    r"did|didn't|didnt|'ve|ve|(?:have|has) been(?! known)|used to|went|got|gave|took|told|said|"
    r"made|left|found|saw|knew|thought|came|brought|now|right now)\b"
)
# A verb or an auxiliary: a clause without one is a fragment ("…and their family").
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|isn't|aren't|wasn't|weren't|has|have|had|do|does|"
    r"did|don't|doesn't|didn't|can|can't|cannot|could|will|won't|would|shall|should|may|might|"
    r"must|get|gets|got|make|makes|made|need|needs|go|goes|went|take|takes|keep|keeps|"
    r"[a-z]+(?:ed|ing))\b|'(?:s|re|m|ve|d|ll)\b|n't\b"
)
# A subject that is people or things in general: a plural noun with no article ("Landlords
# can't…", "Clinics are meant to…"), or "there are lots of…". (A gerund is not: "Staying away
# from it is a decision you make" says back what they do.)
_GENERIC_SUBJECT = re.compile(
    r"^(?:(?!(?:this|these|those|his|its|hers|theirs|yours|ours|us|was|is|has|does|always|"
    r"sometimes|perhaps|unless|less|thanks|yes|bus|plus|as|nights|days|weeks|times)\b)"
    r"(?:(?:some|most|many|all|few|certain)\s+(?:[a-z]+\s+)?"
    # Stop 22 (i22-refl): a plural named with a word or two before it ("Gene mutations
    # can…", "MSH2 gene mutations can be inherited…"): still no article or possessive.
    r"|(?:(?!(?:the|a|an|my|your|ur|his|her|their|our|its|this|that|these|those|and|or|but|"
    r"so|if|when|then|i|we|you|he|she|they|it|some|most|many|all|no|not|every|each|any|"
    r"other|both|more|less|few|two|three|four|five)\b)[a-z0-9][a-z0-9-]*\s+){1,2}(?=[a-z]{3,}s\b))?"
    r"[a-z]{3,}s\b(?:\s+[a-z]+s\b)?"
    r"(?=\s+(?:(?:usually|often|always|generally|typically|rarely|never|can|can't|cannot|"
    r"don't|dont|do|are|aren't|need|have to|get|make|tend|should|must|won't|will)\b))"
    r"|(?P<there>there(?:'s|s| is| are| r)\s+(?:lots of|loads of|plenty of|many|several|other|"
    r"some|a lot of|all sorts of|different)\s))"
)
# A present tense that is not "seems/feels/sounds": how it is for them, not a fact.
_PERCEIVED_OR_ONGOING = re.compile(
    r"\b(?:seems?|feels?|sounds?|looks?|(?:is|are|'s|s|'re|re)\s+[a-z]+ing)\b"
)
_YOU_SUBJECT = re.compile(
    r"\b(?:you|u)(?:'re|'ve|'d|'ll|re|ve|ll)\b|\b(?:you|u)\s+(?:are|were|have|had|can|could|"
    r"can't|cant|will|would|should|must|might|may|do|don't|dont|did|didn't|didnt|think|thought|"
    r"feel|felt|want|wanted|need|needed|know|knew|said|say|told|tell|keep|kept|got|get|go|went|"
    r"make|made|put|raise|see|saw|love|hate|like|miss|worry|wish|hope|mean|never|always|still|"
    r"just|really|also|even)\b"
)
# Said of them: "…for you", "…is important to you", "…hard on you", "every time you…".
_THEIRS = re.compile(
    r"\b(?:for|to|on|with|without|about)\s+(?:you|u|yourself)\b|\bevery\s+time\b|\bwhenever\b"
)
# What matters to them: "…matter to you", "…means so much to you", "…important to you".
_MATTERS_TO_THEM = re.compile(
    r"\b(?:matter|matters|mattered|mean|means|meant|important|precious)\b[^.!?,;]{0,20}?"
    r"\b(?:to|for)\s+(?:you|u)\b"
)
_ANY_YOU = re.compile(r"\b(?:you|u|your|ur|yourself|you're|youre)\b")
# How a generic acknowledgement links its pointer to the difficulty word ("that's…", "it
# must be…", "sounds…"), and what may trail it without saying anything ("…, mate", "tbh").
_LINKING = (
    r"(?:'s|s|is|was|sounds?|sounded|seems?|seemed|feels?|felt|looks?|must be|must have been|"
    r"must feel|has been|'s been|s been|can be|gets|got)"
)
#: Kisses ("x", "xxx") trail a message like a term of address; a run of any length.
_KISSES = r"x+"
#: A pointer as the whole subject ("that", "it", "this"): what it points at is not said.
_POINTER = re.compile(r"(?:that|it|this|which)(?:\b|(?=s\b))")


def _alternation(words: Iterable[str]) -> str:
    """One regex alternative per phrase, longest first (ties in alphabetical order: the same
    text in every process, whatever the string hashing, so the set-up cache finds it),
    blanks as any run of blanks."""
    phrases = sorted(sorted({w.lower().strip() for w in words if w.strip()}), key=len, reverse=True)
    if not phrases:
        return "(?!)"
    return "(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + ")"


class ClauseReader:
    """Reads replies into clauses; build once per rubric set (see the module)."""

    def __init__(self, lexicons: Mapping[str, Iterable[str]]) -> None:
        def lex(name: str) -> str:
            return _alternation(lexicons.get(name, ()))

        feeling = lex("feeling_words")
        # A term of address or kisses ("…, mate", "…, babe x"), and what else may trail a
        # generic acknowledgement or "I hear you" without saying anything ("…, tbh").
        address = rf"(?:{lex('clause_address')}|{_KISSES})"
        trailing = rf"(?:{lex('clause_address')}|{lex('clause_trailing')}|{_KISSES})\b"
        # A frame from the lexicons, or the speaker's own (one match for both).
        self._frame = kept_compile(
            rf"(?:(?P<framed>{lex('clause_frames')})(?!(?<=tell)\s+(?:you|u|ya)\s+(?!(?:are|were|have|had|feel|felt|seem|must|might|"
            r"really|still|just|r)\b))"  # "I can tell you what…" tells them something
            rf"|(?P<opinion>{lex('clause_openers')}))\b"
            rf"\s*(?:that\b|like\b)?\s*|{_SPEAKER_FRAME.pattern}"
        )
        # Praise, reassurance and verdicts follow the verb closely: "you're so brave",
        # "it's great", not "you've been under a great deal".
        near = (
            r"(?:(?:'re|re|are|were|was|is|'s|s|am|'m|m|be|been|being|have|has|'ve|ve|had|'d|d|"
            r"seem|seems|sound|sounds|look|looks|feel|feels|got|get|did|do|does|done|really|so|"
            r"just|still|clearly|totally|such|very|truly|absolutely|incredibly|already|always|"
            r"not|never|much|doing|handled|made|making|completely|perfectly|definitely|all|"
            r"being|actually|honestly|pretty|quite|super|that|it|this|shown|showed|show|shows|"
            r"real|lots of|a lot of|so much)\s+)*?"
        )
        self._praise = kept_compile(rf"^{near}{lex('clause_praise')}\b")
        self._reassure = kept_compile(rf"^{near}{lex('clause_reassurance')}\b")
        self._verdict = kept_compile(rf"^{near}{lex('clause_verdict')}\b")
        self._situation = kept_compile(rf"^{near}{lex('clause_situation')}\b")
        # A generic acknowledgement: a pointer's predicate that is only a difficulty word
        # ("that's a lot", "sounds rough", "it must be hard"), nothing of theirs after it.
        self._generic = kept_compile(
            rf"^(?:{_LINKING}\s+)?{_ADVERBS}(?:an?\s+{_ADVERBS})?{lex('clause_generic')}"
            rf"(?:\s+{lex('clause_vague')})?(?:\s+{trailing})*[\W\s]*$"
        )
        # What the speaker says they heard, with nothing of theirs after it ("I hear you",
        # "I get you hun").
        self._heard_you = kept_compile(rf"(?:you|u|ya)(?:\s+{trailing})*[\W\s]*")
        self._tag = kept_compile(rf"{_TAG}|{address}")
        # Praise by comparison with others: "…with more grace than most people could",
        # "…better than anyone would", "stronger than you think".
        self._better_than = kept_compile(
            rf"\b{lex('clause_comparisons')}\s+than\s+{lex('clause_compared_with')}\b"
        )
        self._knows_a_lot = kept_compile(
            rf"(?:already\s+|really\s+|clearly\s+)?{lex('clause_knowing')}\b"
        )
        # "No," "Nope," "Not really": a disagreement standing alone argues.
        self._disagree = kept_compile(lex("clause_disagreement"))
        self._feeling = kept_compile(rf"^(?:[a-z']+\s+){{0,2}}?{feeling}\b")
        # "Never give up" instructs; "never late", "never once", "never easy" describe (a
        # summary's fragment: "Four years, never late").
        never_do = rf"never(?!\s+{lex('clause_never_describes')}\b)"
        self._instruction = kept_compile(
            rf"^(?:please\s+|pls\s+)?(?:don't|dont|do not|{never_do}|{lex('clause_instructions')})\b"
        )
        # What the speaker offers ("I can…", "I'm here", "let me know", "I know some places")
        # and the speaker's own story ("I've been there", "I used to…"), after the subject.
        self._speaker_offer = kept_compile(rf"^{_ADVERBS}{lex('clause_speaker_offer')}\b")
        self._speaker_story = kept_compile(rf"^{_ADVERBS}{lex('clause_speaker_story')}\b")
        # After "will"/"might": a forecast of how they will be ("…be fine", "…feel better",
        # "…get through it"), not what they mean to do ("…take a look", "…not let her").
        self._forecast = kept_compile(rf"^{_ADVERBS}(?:not\s+)?{lex('clause_forecast')}\b")
        # What they say, feel or think, reported ("you said…", "you've mentioned…", "you
        # wish…"): their experience. ("You'd rather…", "you'd be happy if…" stay hypothetical,
        # imagining with them: the branch for them never matched, its "{_ADVERBS}" in a
        # plain r-string, and was dropped at stop 12.)
        self._reported = kept_compile(
            rf"^{_ADVERBS}(?:'re |re |are |were |was |have |'ve |ve )?{_ADVERBS}"
            rf"{lex('clause_reporting')}\b"
        )
        # How it is for them: "it makes it so hard", "it's so…", "it's unbearable", "it's
        # exhausting", "it was awful".
        self._how_it_is = kept_compile(
            rf"^(?:[a-z']+\s+){{0,4}}?{_ADVERBS}(?:makes? it|made it|making it)\s+{_ADVERBS}"
            rf"(?:too\s+|so\s+)?(?:{lex('clause_makes_it')}|[a-z]+ing)\b|"
            rf"^(?:[a-z']+\s+){{0,4}}?(?:is|are|was|were|be|been|'s|s)\s+(?:too|so|such)\s+[a-z]+|"
            rf"^{_ADVERBS}(?:sounds?|sounded|seems?|seemed|feels?|felt|looks?|must be|must have been|"
            r"must feel|(?:'s|s|is|was|are|were|has been|have been|can be|gets|got)\s+(?:so|such|really|"
            r"incredibly|pretty|very|absolutely|completely|totally|utterly|super|quite)\b|"
            r"(?:'s|s|is|was|are|were|has been|have been|can seem|can feel|can be|would be)\s+"
            rf"{_ADVERBS}(?:a\s+|nearly\s+|almost\s+)?(?:[a-z]+ing|{lex('clause_how_it_is')}|[a-z]+ful)\b)"
        )
        # A past tense near the clause's start ("the org changed the policy"), not a word in
        # -ed that states a norm ("…is required", "get tested") or is no past tense ("need").
        self._past = kept_compile(
            r"^(?:[a-z']+\s+){0,3}?(?<!\bget )(?<!\bgets )(?<!\bbe )(?<!\bis )(?<!\bare )"
            rf"(?!{lex('clause_not_past')}\b)[a-z]{{2,}}ed\b"
        )
        self._story = kept_compile(rf"^{lex('clause_story')}\b")
        # The speaker's own praise of the peer: "I really respect that", "I'm proud of you".
        self._speaker_praise = kept_compile(
            rf"^(?:'m|m|am|'d|d)?\s*{_ADVERBS}{lex('clause_speaker_praise')}\b"
        )
        # What someone feels, wants or wonders: named ("scared", "knackered", "that fear",
        # "want"), or told with "feel" ("you feel nothing", "now it feels gone"). The states
        # are validation's (`feeling_states`): one vocabulary of feelings for both rubrics.
        named = rf"{feeling}|{lex('feeling_states')}|{lex('feeling_nouns')}|{lex('clause_inner')}"
        self._named = kept_compile(rf"\b(?:{named})\b")
        self._inner = kept_compile(rf"\b(?:{named}|feel|feels|feelin'?g?|felt)\b")
        # The subject, or the speaker's thanks or apology (which need no more reading).
        self._subject = kept_compile(
            rf"^(?:(?:(?:i|we)(?:'m|m| am|'re| are)?\s+|im\s+)?{_ADVERBS}"
            rf"(?:(?P<thanks>{lex('clause_thanks')})|(?P<apology>sorry|apologi[sz]e))\b"
            rf"|(?P<peer>{_PEER}|(?:ur|your)\s+(?={_UR_AS_YOURE}|{feeling}\b))"
            rf"|(?P<theirs>(?:your|ur|yr)\s+(?:own\s+)?[a-z']+)"
            rf"|(?P<speaker>{_SPEAKER})|(?P<third>(?:he|she|it|that|there|what|who)(?=s\b)"
            rf"|(?:{_THIRD})\b))\s*"
        )
        self._ignore = bare(lexicons.get("function_words", ()))
        # Stop 22 (i22-refl): the speaker's thanks or gladness before "that" and a clause
        # naming what they feel or want, or what matters to them ("It means a lot that these
        # talks matter to you"): that clause says it back, as after a frame ("It makes sense
        # that…"); thanks for what they did ("…that you told me") stay thanks.
        self._thanks_only = kept_compile(
            rf"(?:(?:i|we)(?:'m|m| am|'re| are)?\s+|im\s+)?{_ADVERBS}(?:{lex('clause_thanks')})"
        )
        self._thanks_that = kept_compile(r"\s*that\s+")
        self._interjection = kept_compile(
            rf"{lex('clause_interjections')}(?:[\s,]+{lex('clause_interjections')})*[\W\s]*"
        )
        # A general statement: its subject is people or things in general, it states a norm
        # or a fact, or it argues (see `general`).
        self._general_subject = kept_compile(
            rf"^(?:(?:for|in|with)\s+)?{lex('clause_general_subjects')}\b"
        )
        self._general_mark = kept_compile(rf"\b{lex('clause_general_marks')}\b")
        self._argument = kept_compile(rf"^{lex('clause_argument')}\b[\s,]*")
        self._hard = kept_compile(rf"\b{lex('clause_situation')}\b")
        # A feeling or a want named (not a noun such as "stress" or "pain", which a fact can
        # be about), or what makes them feel it: "it's normal to feel scared", "the legal
        # side scares you" are no general statements.
        self._felt = kept_compile(
            rf"\b(?:{feeling}|{lex('clause_inner')}|{lex('feeling_verbs')}|feel|feels|felt)\b"
        )
        #: Whether a rubric criterion reads `restates` (set when its detector is built).
        self.restates_wanted = False
        # A frame's telling word ("sounds", "hear", "guess"…: its longest content word), for
        # `could_meet`; the speaker's frames need "I" or "we" before their verb.
        telling = {
            max(
                (w for w in p.split() if w.replace("'", "") not in self._ignore),
                key=len,
                default=p.split()[-1],
            )
            for p in lexicons.get("clause_frames", ())
            if p.strip()
        }
        self._frame_hint = kept_compile(
            rf"\b{_alternation(telling)}\b|\b(?:i|we)(?:'m|m|'d|d)?\s+(?:[a-z']+\s+){{0,2}}?"
            r"(?:hear|see|sense|get|getting|gather|guess|imagine|picture|notice|wonder|suspect|bet|"
            r"tell|struck|picking)\b"
        )

    # ------------------------------------------------------------------ helpers
    def could_meet(self, lower: str, conditions: Iterable[ClauseCondition]) -> bool:
        """False when no clause of `lower` (the reply, lower-cased) can meet any of the
        conditions, found without reading it: a hypothetical needs "if", a frame needs one
        of the frames' words. Reading is the scorer's dearest step; most replies skip it."""
        for condition in conditions:
            if condition.predicate == ("hypothetical",) and "if" not in lower:
                continue
            if condition.framed and self._frame_hint.search(lower) is None:
                continue
            return True
        return False

    def inner(self, words: str) -> bool:
        """Does a clause's text (lower-cased) say what someone feels, wants or wonders?"""
        return self._inner.search(words) is not None

    def general(self, words: str, subject: Subject, before: Clause | None = None) -> bool:
        """Does a clause's text (lower-cased) state a general fact, a norm or an argument
        rather than the peer's experience? Its subject is people or things in general
        ("most people…", "doctors have to…", "landlords can't…"), it states a norm or a fact
        (`clause_general_marks`: "is required", "by law", "usually"), or it argues
        (`clause_argument`: "actually", "the thing is", "that's why", or after "Actually," or
        "No," in the same sentence). What tells of their own life keeps it theirs: a feeling
        or a want, a time or a change ("still", "last week", "keeps…"), "seems/feels", "for
        you", or "you" as a subject. A fragment with no verb ("…and their family", "under
        medical supervision") goes with the clause before it (`before`)."""
        if subject == "speaker":
            return False
        if self._disagree.fullmatch(words):
            return True  # "No," "Not really."
        opener = self._argument.match(words)
        rest = words[opener.end() :] if opener is not None else words
        if not rest:
            return opener is not None  # "Actually," "The thing is," alone
        if before is not None and _VERB.search(rest) is None:
            return before.general  # a fragment: "…, and their family"
        argued = opener is not None or (
            before is not None and before.general and self._argues(before._words)
        )
        generic = _GENERIC_SUBJECT.match(rest)
        # "There are lots of jobs you can do that don't leave you drained": the "you" and the
        # feeling of a relative clause are anyone's.
        there = generic is not None and generic.group("there") is not None
        if _THEIRS.search(rest) or (
            not there and (self._felt.search(rest) or _YOU_SUBJECT.search(rest))
        ):
            return False
        if argued:
            return subject != "peer"
        if (
            self._hard.search(rest)
            or _PERSONAL_TIME.search(rest)
            or self._past.match(rest)
            or _PERCEIVED_OR_ONGOING.search(rest)
        ):
            return False
        if self._general_mark.search(rest):
            return subject != "peer"
        if subject == "peer":
            return False
        # "People like you…", "the law isn't on your side": said of them, not of anyone.
        return generic is not None or (
            self._general_subject.match(rest) is not None and _ANY_YOU.search(rest) is None
        )

    def _argues(self, words: str) -> bool:
        """An argument's opener or a disagreement standing alone ("Actually," "No,")."""
        opener = self._argument.match(words)
        return self._disagree.fullmatch(words) is not None or (
            opener is not None and opener.end() == len(words)
        )

    def says_what_is_theirs(self, words: str) -> bool:
        """Does a clause name what they feel or want, or what matters to them (after the
        speaker's thanks: "It means a lot that…")?"""
        return self.names_inner(words) or _MATTERS_TO_THEM.search(words) is not None

    def names_inner(self, words: str) -> bool:
        """`inner`, by naming it: a feeling, a want or a doubt ("to feel unsure", "that
        fear", "wanting to reach her"), not "feel" alone ("it makes sense to feel that way")."""
        return self._named.search(words) is not None

    def peer_stems(self, peer_line: str) -> frozenset[str]:
        """The peer's content words (first five letters, in said-back form)."""
        return self._stems(_WORD.findall(peer_line.lower()))

    def stems_of(self, words: list[str]) -> frozenset[str]:
        """`peer_stems` of a line whose lower-cased words (`_WORD`) are known already."""
        return self._stems(words)

    def _stems(self, tokens: list[str]) -> frozenset[str]:
        return said_back_stems(tokens, self._ignore)

    def read(self, text: str, peer_stems: frozenset[str] = frozenset()) -> tuple[Clause, ...]:
        """The clauses of `text` (matched lower-cased; offsets are `text`'s)."""
        return tuple(self.reading(text, peer_stems))

    def reading(
        self,
        text: str,
        peer_stems: frozenset[str] = frozenset(),
        shared: ReplyReading | None = None,
    ) -> Iterator[Clause]:
        """`read`, one clause at a time: a caller that needs only the first clause of a kind
        stops reading there (most replies are decided by their first clause). `shared`: the
        reply's reading (scoring/reply_reading.py), whose lower-cased text and sentences
        are worked out once for every reader."""
        if shared is None:
            from simulator.scoring.reply_reading import ReplyReading

            shared = ReplyReading(text)
        lower = shared.lower
        for s_start, s_end in shared.sentences:
            body = lower[s_start:s_end].rstrip()
            # In a question, the clauses from its question opener on ask ("That sounds like so
            # much, what's been the hardest part?" says something back before it asks).
            asking = bool(_QUESTION_START.match(_strip(body)))
            question_mark = body.endswith("?")
            opener = _LEAD.match(body)
            has_if = opener is not None and opener.group("lead").endswith("if")
            pieces: list[tuple[int, int, bool]] = []
            # Pieces a subordinate clause follows ("that's hard | when you've…"): what it
            # points at is said after it, so it is no generic acknowledgement.
            led: set[int] = set()
            at, main = (opener.end(), False) if opener is not None else (0, True)
            for b in _BOUNDARY.finditer(body):
                pieces.append((at, b.start(), main))
                at = b.end()
                kind = b.lastgroup
                if kind == "sub" or kind == "that":
                    led.add(b.start())
                if kind == "sub" or kind == "that":
                    main = False
                    has_if = has_if or b.group(kind).endswith("if")
                elif kind == "coord" or (main is False and kind in ("comma", "dash")):
                    # A comma after "if…, " starts the main clause; after "and you…" too.
                    main = True
            pieces.append((at, len(body), main))
            if not any(is_main for start, end, is_main in pieces if _strip(body[start:end])):
                # "Since the money went you've been so alone": the main clause is in there,
                # unmarked; without a comma to find it, the whole sentence counts as main
                # (also after an opening word alone: "So after the raid you've had to…").
                pieces = [(start, end, True) for start, end, _ in pieces]
            subject: Subject = "none"
            after_frame, framed_by = False, False
            before: Clause | None = None
            for start, end, is_main in pieces:
                raw = body[start:end]
                words = _strip(raw)
                if not words or (
                    # a tag ends its sentence or stands before a comma ("you know, …"); "you
                    # know that you…" is a clause
                    self._tag.fullmatch(words) and (end == len(body) or body[end] in ",-–—")
                ):
                    continue
                if (
                    end in led
                    and body.startswith("that", end + 1)
                    and self._thanks_only.fullmatch(words)
                    and any(
                        self.says_what_is_theirs(_strip(body[b:e])) for b, e, _ in pieces if b > end
                    )
                ):
                    # "It means a lot | that you feel safe here" (see `_thanks_only`).
                    after_frame, framed_by = True, False
                    continue
                frame = self._frame.match(words)
                if frame is not None and frame.end() == len(words):
                    # "It makes sense | that the excuses…": what follows is the framed clause.
                    after_frame, framed_by = True, frame.lastgroup not in _UNFRAMING
                    continue
                lead = raw.find(words)  # after blanks and opening words ("so", "oh")
                asking = asking or (
                    question_mark and (end == len(body) or bool(_QUESTION_START.match(words)))
                )
                clause, subject = self._clause(words, frame, subject, asking, has_if, is_main)
                if clause[1] in ("experience", "other") and self._acknowledges(
                    words, frame, clause[0], end in led
                ):
                    clause = (clause[0], "acknowledgement", clause[2])
                elif clause[1] in ("other", "experience") and self._interjects(words):
                    clause = ("none", "acknowledgement", clause[2])
                if after_frame:
                    clause = (clause[0], clause[1], clause[2] or framed_by)
                    is_main, after_frame = True, False
                before = Clause(
                    s_start + start + lead,
                    s_start + start + lead + len(words),
                    clause[0],
                    clause[1],
                    is_main,
                    clause[2],
                    None if peer_stems else False,  # worked out when asked (see Clause)
                    words,
                    peer_stems,
                    self,
                    before,
                )
                yield before

    def _acknowledges(
        self, words: str, frame: re.Match[str] | None, subject: Subject, led: bool
    ) -> bool:
        """Is a clause read as their experience only a generic acknowledgement? "I hear
        you", "I get you" (a frame with nothing of theirs after it); "that's a lot", "it must
        be hard", "sounds rough" (a pointer, or no subject, and only a `clause_generic` word:
        what it points at is not said, so nothing of theirs is said back). Not when a
        subordinate clause follows ("that's hard when you've…") or anything else is said
        ("that's a lot for one week", "that's rough on you")."""
        if frame is not None:
            return subject == "peer" and self._heard_you.fullmatch(words, frame.end()) is not None
        if led:
            return False
        if subject == "third":
            pointer = _POINTER.match(words)
            if pointer is None:
                return False
            words = words[pointer.end() :].lstrip()
        elif subject != "none":
            return False
        return self._generic.match(words) is not None

    def _interjects(self, words: str) -> bool:
        """A clause that is only an interjection or a word of sympathy, in any language
        ("Struth", "ay, lo siento mucho", "big hugs": `clause_interjections`): it says nothing
        back (a fragment of their story, "Four years, never late", is a summary)."""
        return self._interjection.fullmatch(words) is not None

    def restates(self, words: str, peer_stems: frozenset[str]) -> bool:
        """Does a clause's text (lower-cased) take up the peer's content words?"""
        mine = self._stems(_WORD.findall(words))
        shared = len(mine & peer_stems)
        return shared >= 2 or (shared == 1 and len(mine) <= 2)

    def _clause(
        self,
        words: str,
        frame: re.Match[str] | None,
        previous: Subject,
        asked: bool,
        if_you: bool,
        main: bool,
    ) -> tuple[tuple[Subject, Predicate, bool], Subject]:
        # `frame`: "it sounds like…", or the speaker perceiving or supposing ("I can only
        # imagine how…", "I'd guess that…"), which frames what follows as theirs too.
        framed = False
        if frame is not None:
            words, framed = words[frame.end() :], frame.lastgroup not in _UNFRAMING
        found = self._subject.match(words)
        if found is not None and found.lastgroup == "thanks":
            said = self._thanks_that.match(words, found.end())
            if said is not None and self.says_what_is_theirs(words[said.end() :]):
                return self._clause(words[said.end() :], None, "speaker", asked, if_you, main)
        if found is not None and found.lastgroup in ("thanks", "apology"):
            return ("speaker", found.lastgroup, framed), "speaker"  # type: ignore[return-value]
        subject: Subject
        if found is None:
            # "…and scared": a clause without its own subject shares the one before.
            subject, rest = ("none", words) if previous == "speaker" else (previous, words)
            if subject == "none" or self._instruction.match(words):
                subject = "none"
        else:
            subject = found.lastgroup  # type: ignore[assignment]
            rest = words[found.end() :]
        if found is None and subject == "none" and not self._instruction.match(words):
            # "With the new baby you're feeling…", "Sometimes you're…": a subject after an
            # opening phrase.
            late = _LATE_PEER.search(words)
            if late is not None:
                subject, rest = "peer", words[late.end() :].lstrip()
        if asked and not framed:
            return (subject, "question", framed), subject
        return (subject, self._predicate(subject, rest, words, if_you, main), framed), subject

    def _predicate(
        self, subject: Subject, rest: str, words: str, if_clause: bool, main: bool
    ) -> Predicate:
        if subject == "speaker":
            if self._speaker_praise.match(rest):
                return "praise"
            if _SPEAKER_PROMISE.match(rest):
                return "promise"
            if self._speaker_offer.match(rest):
                return "offer"
            if self._speaker_story.match(rest) or words.startswith("my "):
                return "own_story"
            return "other"
        if subject == "none":
            return self._no_subject(words)
        if subject in ("peer", "theirs"):
            return self._about_them(rest, if_clause, main)
        if _OBLIGE.match(rest):
            return "instruction"
        will = _PREDICT.match(rest)
        if will is not None:
            tail = rest[will.end() :].lstrip()
            if self._reassure.match(tail):
                return "reassurance"
            return "praise" if self._praise.match(tail) else "prediction"
        # someone or something else
        negated = bool(_NEGATED.match(rest))
        if self._praise.match(rest) and not negated:
            return "praise"
        if _PERCEIVED.match(rest):
            return "experience"  # "that sounds…", "it feels wrong to…": how it is for them
        if self._verdict.match(rest):
            return "verdict"
        if self._reassure.match(rest) and not negated:
            return "reassurance"
        if self._situation.match(rest) or self._how_it_is.match(rest) or _OBJECT_YOU.search(rest):
            return "experience"
        return "other"

    def _about_them(self, rest: str, if_clause: bool, main: bool) -> Predicate:
        """The predicate of a clause whose subject is the peer or something of theirs."""
        negated = _NEGATED.match(rest) is not None
        seeming = _SEEMING.match(rest)
        praised = (
            self._praise.match(rest) is not None
            or (seeming is not None and self._seems_praised(rest[seeming.end() :]))
            or self._better_than.search(rest) is not None
        )
        if praised and not negated:
            return "praise"
        if self._reported.match(rest):
            return "experience"
        hedge = _HEDGE.match(rest)
        if (
            hedge is not None
            and if_clause
            and main
            and not (praised or _SUGGEST.match(rest) or self._reassure.match(rest))
        ):
            return "hypothetical"  # "if you had more say, you could look after yourself"
        if _INSTRUCT.match(rest):
            return "instruction"
        will = _PREDICT.match(rest)
        modal = will or hedge
        if modal is not None:
            tail = rest[modal.end() :].lstrip()
            if self._reassure.match(tail):
                return "reassurance"
            if self._praise.match(tail):
                return "praise"
            if if_clause and main and will is None:
                return "hypothetical"  # "if you could…, you might…"
            if not self._forecast.match(tail):
                return "experience"  # what they mean to do: "you won't let her…"
            if will is None and _MAY_BE.match(tail):
                return "experience"  # a guess at how they are: "you might be feeling…"
            return "prediction"
        if _CANT.match(rest) or self._feeling.match(rest):
            return "experience"
        if self._reassure.match(rest):
            return "experience" if negated else "reassurance"
        if self._verdict.match(rest):
            return "verdict"
        return "experience"

    def _seems_praised(self, tail: str) -> bool:
        """After "you seem to…"/"you sound like you've…": praise, or knowing a lot ("you seem
        to know a lot about the list already"; "you know a lot about being let down", with no
        "seem", says back what they went through)."""
        return self._praise.match(tail) is not None or self._knows_a_lot.match(tail) is not None

    def _no_subject(self, words: str) -> Predicate:
        """A clause with no subject at its start: "Try…", "Sounds awful", "Good for you"."""
        if self._story.match(words):
            return "own_story"
        if self._instruction.match(words):
            return "instruction"
        if self._praise.match(words):
            return "praise"
        if self._verdict.match(words):
            return "verdict"
        if self._feeling.match(words) or self._situation.match(words):
            return "experience"
        if self._how_it_is.match(words) or _OBJECT_YOU.search(words):
            return "experience"
        return "other"


def _strip(text: str) -> str:
    """A clause without its opening discourse words and closing punctuation."""
    text = text.strip()
    text = text[_DISCOURSE.match(text).end() :]  # type: ignore[union-attr]
    return text.strip(" \t.!?;,:\"'()-–—")


class Reading:
    """A reply's clauses, read only as far as callers ask and kept for the next caller (the
    criteria sharing a reader share one reading of each reply)."""

    __slots__ = ("_seen", "_source", "reader", "text")

    def __init__(
        self,
        reader: ClauseReader,
        text: str,
        peer_stems: frozenset[str],
        shared: ReplyReading | None = None,
    ) -> None:
        self.reader, self.text = reader, text
        self._source: Iterator[Clause] | None = reader.reading(text, peer_stems, shared)
        self._seen: list[Clause] = []

    def __iter__(self) -> Iterator[Clause]:
        at = 0
        while True:
            if at < len(self._seen):
                yield self._seen[at]
                at += 1
                continue
            if self._source is None:
                return
            clause = next(self._source, None)
            if clause is None:
                self._source = None
                return
            self._seen.append(clause)


def meets(clause: Clause, condition: ClauseCondition) -> bool:
    """Whether `clause` meets every key `condition` gives."""
    return (
        (not condition.subject or clause.subject in condition.subject)
        and (not condition.predicate or clause.predicate in condition.predicate)
        and (condition.restates is None or clause.restates == condition.restates)
        and (condition.framed is None or clause.framed == condition.framed)
        and (condition.main is None or clause.main == condition.main)
        and (condition.inner is None or clause.inner == condition.inner)
        and (condition.general is None or clause.general == condition.general)
    )


_READERS: dict[int, tuple[Mapping[str, Iterable[str]], ClauseReader]] = {}


def reader_for(lexicons: Mapping[str, Iterable[str]]) -> ClauseReader:
    """The one reader for a rubric set's lexicons (criteria sharing them share it)."""
    known = _READERS.get(id(lexicons))
    if known is None or known[0] is not lexicons:
        known = _READERS[id(lexicons)] = (lexicons, ClauseReader(lexicons))
    return known[1]
