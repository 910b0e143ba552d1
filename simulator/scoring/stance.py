"""A stance reader for boundary breaches: whom a clause is about, and what the speaker does with it.

Breach patterns match wordings, and breaches come in endless wordings; what carries from one
wording to the next is the *stance*. "The job is dangerous" is moralising when the speaker says
it, and a reflection in "you're worried people think the job is dangerous", "your sister keeps
saying the job is dangerous" or "do you think the job is dangerous?". "He was tired" excuses him
when asserted, and says back the peer's story in "you said he was tired, but that doesn't make
it okay". So a breach is a composition of three readings of the clause around a predicate:

1. **The predicate's class** — the criterion's own cues and patterns (usually a lexicon: a
   negative verdict, an excuse, a minimising verdict, a hindsight blame…).
2. **Whom the clause is about** (`about`): the work ("the job", "that line of work", "the
   game"), another person in the peer's story ("he", "the landlord", "your mum"), the peer
   ("you"), the speaker ("I", "let me"), or nobody named.
3. **What the speaker does with it** (`voice`): asserts it in their own voice; says back what
   the peer said, feels or fears ("you said…", "you're worried…", "it sounds like you…"); reports
   someone else's view ("he told you…", "people say…"); asks the peer's own view ("do you think…
   ?"); or negates it ("it's not a small thing"). A rhetorical question ("why not just call the
   police?", "is it really worth getting upset over?") is still asserted: only a question that
   asks what the peer thinks or feels is `asked`.

The reading is cheap and shallow on purpose — regular expressions over closed-class words
(pronouns, frames, negators) whose lists are rubric lexicons (names in `LEXICONS`), so the
rubric files stay the source of truth. A clause's scope runs from the last strong boundary
(sentence end, ';', ':', a dash, ", but", ", and", "but") before the predicate to the next one.

A rubric criterion uses it with `detector: stance` and a `stance:` condition
(`content/rubric.py`, `StanceCondition`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from re import _parser  # type: ignore[attr-defined]
from typing import get_args

from simulator.content.rubric import StanceAbout, StanceCondition, StanceVoice
from simulator.scoring.apostrophes import loosen_apostrophes
from simulator.scoring.setup_cache import kept_compile, setup_cache
from simulator.scoring.skip_ahead import compile_skipping
from simulator.scoring.texting import texting_forms

ABOUTS: tuple[StanceAbout, ...] = get_args(StanceAbout)
VOICES: tuple[StanceVoice, ...] = get_args(StanceVoice)

#: Rubric lexicons the reader uses (a missing one is read as empty).
LEXICONS = {
    "stance_the_work": "the work, as a noun phrase ('the job', 'that line of work', 'the game')",
    "stance_other_people": "the other people of a peer's story ('landlord', 'nurse', 'mum')",
    "stance_said_back": "frames that give the words back to the peer ('you said', 'you're worried')",
    "stance_reporting": "verbs that report someone's view ('says', 'told you', 'keeps saying')",
    "stance_asks_their_view": "question openers that ask the peer's own view ('do you think')",
    "stance_tag_asks": "tags after a clause that ask the peer's view of it (', do you reckon?')",
    "stance_negators": "words that negate what follows ('not', 'never', 'no')",
    "stance_conceding": "frames that concede it while holding the complaint ('even if')",
    "put_forward_sayers": "people in general who might say it ('some people', 'anyone')",
    "put_forward_says": "a saying verb in a modal, what they *would* say ('would say', 'd tell you')",
    "put_forward_sayings": "set phrases that put a saying forward ('you know what they say')",
    "post_sayer": "who says it in a reporting clause put after the words ('…, he said')",
    "post_says": "the saying verb of a reporting clause put after the words ('said', 'told me')",
    "stance_nobody": "nobody as a subject ('nobody', 'no one'), for what nobody ought to bear",
    "stance_ought": "what ought to be, after nobody ('should', 'deserves', 'has to')",
}


def scanning(pattern: str) -> re.Pattern[str]:
    """`re.compile(pattern)` for a pattern searched along a text, with `first_chars`' info
    block: most of the reader's patterns begin with a lookbehind (`(?<![\\w'])`) or `\\b`,
    which hide their first character from `re`, so it ran the whole pattern at every
    character of the reply; now it passes over the places no match can begin at (the same
    matches: tests/test_stance_scanning.py). The tests stay in front (`move_tests=False`):
    moved after the first character (skip_ahead), 4 of the 9 stance predicates measured
    slower (stop 10)."""
    return compile_skipping(pattern, move_tests=False)


def kept_scanning(pattern: str) -> re.Pattern[str]:
    """`scanning(pattern)`, kept in the set-up cache (the same code and `.pattern`, so equal
    to it): for the patterns made from the lexicons when a scorer is built (the stance
    predicates, the reader's word classes), whose parsing was about a fifth of every
    process's start-up. The module's own patterns stay `scanning`: importing this module
    does not read the cache."""
    try:
        return setup_cache().compiled(
            "scanning\0" + pattern, lambda: _parser.parse(pattern), pattern
        )
    except (re.error, RecursionError, TypeError, ValueError, AttributeError):
        return scanning(pattern)


_BOUNDARY = scanning(
    r"[.!?;:\n]+|\s[-\u2013\u2014]+\s|\u2014|,\s*(?:but|and|so|though|tho)\b|\bbut\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]+")
#: Subjects (not objects: "to be fair to him, you did…" is about the peer; "an organisation
#: that's for you should have asked" is about the organisation, stop 18; not after "with":
#: "…was always going to catch up with you" blames the peer).
_SPEAKER = scanning(r"(?<![\w'])(?:i|i'm|im|i'll|i'd|i've|ive|let me|lemme|want me|me to)(?![\w'])")
_PEER = scanning(
    r"(?<![\w'])(?<!\bfor\s)(?<!\bto\s)(?<!\bat\s)(?<!\babout\s)(?<!\bfrom\s)"
    r"(?<!\bagainst\s)(?:you|u|ya|you've|youve|you'd|youd|you'll|yall)(?![\w'])"
    r"|(?<![\w'])(?:ur|you're|youre)(?![\w'])"
)
_THIRD = scanning(
    r"(?<![\w'])(?:he|she|they|he's|she's|they're|theyre|hes|shes|they've|he'd|she'd|"
    r"he'll|she'll|they'll|they'd)(?![\w'])"
)
#: An auxiliary right before a said-back frame turns it into a question ("don't you think").
_INVERTED = scanning(
    r"(?<![\w'])(?:do|don't|dont|did|didn't|didnt|are|aren't|arent|would|wouldn't|wouldnt|"
    r"have|haven't|can|can't|could|couldn't|will|won't|wont|were|weren't)\s+$"
)
#: Who can't be reporting someone else's view ("I said…", "I'm just saying…", "you think…";
#: looked for among the three words before the verb).
_NOT_REPORTERS = frozenset(
    {"i", "i'm", "im", "i've", "ive", "you", "u", "ya", "ye", "you'd", "youd", "you'll"}
)
#: Words before a negator that make it an imperative or a suggestion, not a negation.
_IMPERATIVE_LEADS = frozenset({"try", "to", "please", "just", "why", "and", "so", "but", "now"})
#: A negated belief of the speaker's ("I don't think…", "I can't promise…").
_BELIEF = re.compile(
    r"(?:don't|dont|do not|can't|cant|cannot|won't|wont)\s+(?:think|promise|say|pretend)"
)
#: A contrast right after the clause turns it down ("she means well, but…").
_CONTRAST_AFTER = re.compile(
    r"\s*,?\s*(?:but|though|tho|yet|and\s+(?:it|that|you|it's|that's)\s+(?:still|was still))\b"
)
#: Words right after a negator that make it a directive or a hedge ("not to", "not sure").
_HEDGES = frozenset({"to", "sure"})
#: People in general as the ones who say or think it ("people say", "everyone thinks").
_SOMEONE = scanning(
    r"(?<![\w'])(?:people|ppl|everyone|everybody|someone|somebody|others|folks|nobody|no one|"
    r"society|the world|they|he|she|him|her|them)(?:'s)?(?![\w'])"
)
#: The speaker's own view ("I think", "I can't help thinking", "I reckon", "I'd say", "I feel
#: like").
_OWN_VIEW = scanning(
    r"(?<![\w'])i(?:'d|\s+would)?\s+(?:[\w']+\s+){0,3}?(?:think|thinking|reckon|believe|guess|say|"
    r"feel\s+like|feel\s+that)"
    r"(?![\w'])"
)
_POSSESSED_WORK = scanning(r"(?<![\w'])(?:his|her|their|its|my)\s+$")
#: The work named only to be set aside by a contrast after the clause: "He put you at risk,
#: not the work", "it came from him, not from your job" — what the clause says is about
#: someone else, and the work is the thing it is *not* about.
_SET_ASIDE = re.compile(
    r"(?:,|\s[-\u2013\u2014]+|\u2014)\s*(?:and\s+|but\s+)?not\s+(?:(?:just|only|really)\s+)?"
    r"(?:(?:from|by|because\s+of|cos\s+of|cause\s+of|due\s+to|about|with|on|in|at|through|to)\s+)?"
    r"(?:(?:your|ur|the)\s+)?$"
)
#: What opens a part of a sentence that a comma closes while the frame before it still
#: governs what follows: "you're worried that if you say no, he'll…", "part of you thinks,
#: whatever happens, it's…".
_OPENS_A_PART = re.compile(
    r"\s*(?:that\s+)?(?:if|when|whenever|once|because|cos|since|after|before|until|unless|"
    r"while|whatever|however|no matter|as soon as|as long as|the moment|even if|even though)\b"
)
#: What goes on with the frame's words after a comma: "…, that nobody…", "…, or that…".
_GOES_ON = re.compile(r"\s*(?:that|or|and that|or that|like)\b")


def _reaches(before: str, at: int) -> bool:
    """Whether a frame ending at `at` in `before` (the clause up to the predicate) still
    governs the predicate: a comma after the frame's words ends its reach when a new clause
    begins there ("you're scared, everybody's struggling", "you're not sure what happens
    next, well, they're not wrong" assert what follows), not when it closes a part the
    frame's words opened ("you're worried that if you say no, he'll…"), when the frame's
    words go on ("…, that nobody…") or round a word or two set apart ("you feel like,
    honestly, nobody…")."""
    parts = before[at:].split(",")
    for index in range(len(parts) - 1):
        after = parts[index + 1]
        if _OPENS_A_PART.match(parts[index]) or _GOES_ON.match(after):
            continue
        if index + 2 < len(parts) and len(after.split()) <= 2:
            continue  # a word or two set apart by commas
        return False
    return True


#: A contrast later in the sentence that turns down what was put forward: "Some people would
#: say that's the risk of the job, but that's not fair", "…, which is rubbish".
_TURNED_DOWN = re.compile(
    r"\b(?:but|though|tho|yet|however)\b|\b(?:and|which)\s+(?:it's|it is|that's|that is|is)\s+"
    r"(?:(?:just|so|totally|complete|utter)\s+)?(?:not\s+(?:true|fair|right|on)|rubbish|nonsense|"
    r"wrong|bs|bollocks|crap|unfair)\b"
)


def _nobody_ought(nobody: tuple[str, ...], ought: tuple[str, ...]) -> re.Pattern[str] | None:
    """Nobody as the subject of what ought to be (`stance_nobody`, `stance_ought`): "nobody
    should have to accept that as part of the work", "no one deserves that" negate the whole
    clause, however far the predicate is. The words are taken as written (no texting forms)."""
    if not nobody or not ought:
        return None

    return kept_compile(
        r"(?<![\w'])(?:"
        + "|".join(_longest_first(nobody))
        + r")\s+(?:"
        + "|".join(_longest_first(ought))
        + r")(?![\w'])"
    )


def _longest_first(words: tuple[str, ...]) -> list[str]:
    """A lexicon's phrases, escaped for a regex (spaces as `\\s+`), longest first. Ties in
    length come in a fixed order, not the set's hash order: the same pattern text in every
    process, so the set-up cache finds it (kept_compile, kept_scanning)."""
    parts = sorted(sorted({re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words}), key=len)
    return parts[::-1]


def _alternation_of(words: tuple[str, ...]) -> str:
    return "|".join(loosen_apostrophes(texting_forms(p)) for p in _longest_first(words))


@dataclass(frozen=True, slots=True)
class PutForward:
    """What the speaker puts forward in someone else's mouth (tests/data/README.md, stop 12):
    people in general with a saying verb in a modal ("some people would say…", "a lot of
    people would tell you to…", "anyone would tell you…") or a set saying ("you know what they
    say, …"). It counts as the speaker's own view: a frame word inside it ("people … say",
    "they say") reports nothing. A specific person's words ("your sister keeps saying",
    "he'll probably say…"), the peer's own report said back, and a put-forward view inside
    the peer's fear said back ("you're worried people will say…") stay theirs."""

    phrase: re.Pattern[str]
    said_back: re.Pattern[str] | None

    def covers(self, text: str, at: int, begin: int = 0) -> bool:
        """Whether a put-forward phrase covers position `at` of `text` (searched from a little
        before it, not before `begin`), no said-back frame comes before it in its sentence,
        and the rest of the sentence doesn't turn it down."""
        for m in self.phrase.finditer(text, max(begin, at - 40), at + 50):
            if m.start() <= at < m.end():
                opens = max(text.rfind(mark, 0, m.start()) for mark in ".!?\n") + 1
                if self.said_back is not None and self.said_back.search(text, opens, m.start()):
                    return False
                stop = _SENTENCE_END.search(text, m.end())
                return (
                    _TURNED_DOWN.search(text, m.end(), stop.start() if stop else len(text)) is None
                )
        return False


def put_forward(lexicons: Mapping[str, tuple[str, ...]]) -> PutForward | None:
    """The rubric's put-forward phrases (`put_forward_*` lexicons), None if it has none.

    Built once per set of those lexicons' phrases: every cue criterion with a frame word
    (`not_after`, `not_in_sentence_after`) asks for it, and each build compiled the same two
    large patterns again (about 50 times, a third of a process's start-up, stop 13)."""
    return _put_forward(
        tuple(lexicons.get("put_forward_sayers", ())),
        tuple(lexicons.get("put_forward_says", ())),
        tuple(lexicons.get("put_forward_sayings", ())),
        tuple(lexicons.get("stance_said_back", ())),
    )


@functools.lru_cache(maxsize=8)
def _put_forward(
    sayers: tuple[str, ...],
    says: tuple[str, ...],
    sayings: tuple[str, ...],
    said_back: tuple[str, ...],
) -> PutForward | None:
    forms = []
    if sayers and says:
        forms.append(
            r"(?:"
            + _alternation_of(sayers)
            + r")\s+(?:[\w']+\s+)?(?:"
            + _alternation_of(says)
            + ")"
        )
    if sayings:
        forms.append(_alternation_of(sayings))
    if not forms:
        return None
    return PutForward(
        kept_compile(r"(?<![\w'])(?:" + "|".join(forms) + r")(?![\w'])", re.IGNORECASE),
        _phrases(said_back),
    )


def put_forward_at(found: PutForward | None, text: str, at: int, begin: int = 0) -> bool:
    """`found.covers(text, at, begin)`, False without put-forward phrases."""
    return found is not None and found.covers(text, at, begin)


def _phrases(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A whole-word alternation of a lexicon's phrases (None for an empty lexicon)."""
    if not words:
        return None
    return kept_scanning(r"(?<![\w'])(?:" + _alternation_of(words) + r")(?![\w'])")


@dataclass(frozen=True, slots=True)
class Stance:
    """The stance of the clause around one predicate match (offsets into the text read)."""

    start: int
    end: int
    about: frozenset[StanceAbout]
    voice: StanceVoice


class StanceReader:
    """Reads the stance of the clause around a match; built once per rubric set."""

    def __init__(self, lexicons: Mapping[str, tuple[str, ...]]) -> None:
        def lex(name: str) -> re.Pattern[str] | None:
            return _phrases(tuple(lexicons.get(name, ())))

        self.work = lex("stance_the_work")
        others = tuple(lexicons.get("stance_other_people", ()))
        # A bare plural names them too ("landlords worry about insurance", "dealers don't
        # know either"): people of that kind, spoken for as a group.
        nouns = "|".join(re.escape(o.lower()) for o in others)
        self.others = (
            kept_scanning(
                r"(?<![\w'])(?:(?:the|your|ur|yr|his|her|their|that|this|a|an|my)\s+(?:\w+\s+)?(?:"
                + nouns
                + r")(?:s|'s)?|(?:"
                + nouns
                + r")s)(?![\w'])"
            )
            if others
            else None
        )
        self.said_back = lex("stance_said_back")
        self.conceding = lex("stance_conceding")
        self.reporting = lex("stance_reporting")
        self.asks = lex("stance_asks_their_view")
        # A reporting clause put after the words, ending the clause: "Everything will be okay,
        # he said", "you're overreacting, your mum told me", "it's fine, you said".
        sayers = tuple(lexicons.get("post_sayer", ()))
        says = tuple(lexicons.get("post_says", ()))
        self.postposed = (
            kept_compile(
                r",[\"\u201d]?\s*(?:(?P<you>you|u|ya)|"
                + _alternation_of(sayers)
                + (r"|(?:your|ur|my|the|his|her|their)\s+(?:" + nouns + r")s?" if others else "")
                + r")\s+(?:"
                + _alternation_of(says)
                + r")[\"\u201d]?\s*$"
            )
            if sayers and says
            else None
        )
        self.put_forward = put_forward(lexicons)
        tags = tuple(lexicons.get("stance_tag_asks", ()))
        # A tag set off by a comma, ending the question or offering its other side: "Does she
        # have a point, do you think?", "he meant well, would you say, or not really?".
        self.tags = (
            kept_scanning(
                r",\s*(?:"
                + "|".join(
                    loosen_apostrophes(re.escape(t.lower())).replace(r"\ ", r"\s+")
                    for t in sorted(tags, key=len, reverse=True)
                )
                + r")\s*(?:[,?]|\s+or\b)"
            )
            if tags
            else None
        )
        self.nobody_ought = _nobody_ought(
            tuple(lexicons.get("stance_nobody", ())), tuple(lexicons.get("stance_ought", ()))
        )
        negators = tuple(lexicons.get("stance_negators", ()))
        self.negated = (
            kept_scanning(
                r"(?<![\w'])(?:"
                + "|".join(re.escape(n.lower()) for n in negators)
                # one word between, and a "to" after it: "not ready to let it go", "don't
                # want to get over it" negate the predicate too.
                + r")(?:\s+[\w']+)?(?:\s+to)?\s*$"
            )
            if negators
            else None
        )

    def _negated(self, before: str) -> bool:
        """A negator governs the predicate: "it's not a small thing", "I don't think you're
        being dramatic"; not an imperative ("don't be so dramatic", "try not to…", "why not
        leave…?"), nor the speaker's own negated act ("I wouldn't give it another thought")."""
        if self.negated is None:
            return False
        if self.nobody_ought is not None and self.nobody_ought.search(before):
            return True
        tail = before[-40:]
        m = self.negated.search(tail)
        if m is None:
            return False
        said = m.group().split()
        if said[0] in ("nobody", "no") or (len(said) > 1 and said[1] in _HEDGES):
            # "nobody can tell you…" carries its own subject; "not to…", "not sure" are a
            # directive and a hedge, not a negation of what follows.
            return said[0] in ("nobody", "no")
        lead = before[: len(before) - len(tail) + m.start()].split()
        if not lead or (
            # "and don't worry" is an imperative; "tired of it and not ready to let it go"
            # negates (a bare "not" after a conjunction is no imperative).
            lead[-1] in _IMPERATIVE_LEADS and not (said[0] == "not" and lead[-1] in ("and", "but"))
        ):
            return False
        # "I wouldn't give it another thought" is the speaker's own act; "I don't think…" a
        # negated belief.
        return lead[-1] not in ("i", "i'd", "id") or _BELIEF.match(tail, m.start()) is not None

    def scope(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end): from the last strong boundary before it to the next
        one after it."""
        left = 0
        for m in _BOUNDARY.finditer(text, 0, start):
            left = m.end()
        after = _BOUNDARY.search(text, end)
        return left, (after.start() if after else len(text))

    def about(self, text: str, left: int, start: int, right: int) -> frozenset[StanceAbout]:
        """Whom the clause is about: the work if it names the work anywhere; and the person
        who is the subject of the predicate at `start` — the nearest subject before it ("he
        should have paid" is about him, "you should have checked" about the peer), else the
        first one after it ("want me to ring him?" is the speaker's)."""
        clause = text[left:right]
        found: set[StanceAbout] = set()
        if self.work is not None:
            for m in self.work.finditer(clause):
                if not _POSSESSED_WORK.search(clause, 0, m.start()) and not _SET_ASIDE.search(
                    clause, max(0, m.start() - 40), m.start()
                ):
                    found.add("work")
                    break
        mentions: list[tuple[int, StanceAbout]] = []
        taken: list[tuple[int, int]] = []
        if self.others is not None:
            for m in self.others.finditer(clause):
                mentions.append((m.start(), "other"))
                taken.append(m.span())
        subjects: tuple[tuple[re.Pattern[str], StanceAbout], ...] = (
            (_SPEAKER, "speaker"),
            (_PEER, "peer"),
            (_THIRD, "other"),
        )
        for regex, who in subjects:
            for m in regex.finditer(clause):
                if not any(a <= m.start() < b for a, b in taken):
                    mentions.append((m.start(), who))
        if not mentions:
            found.add("nobody")
        else:
            at = start - left
            mentions.sort()
            before = [who for pos, who in mentions if pos < at]
            found.add(before[-1] if before else mentions[0][1])
        return frozenset(found)

    def voice(self, text: str, left: int, start: int, right: int) -> StanceVoice:
        """What the speaker does with the clause's predicate at `start`."""
        before = text[left:start]
        if self._negated(before):
            return "negated"
        if self.conceding is not None and self.conceding.search(before):
            return "conceded"
        sentence_end = _SENTENCE_END.search(text, start)
        if _CONTRAST_AFTER.match(text, right, sentence_end.start() if sentence_end else len(text)):
            return "conceded"
        # The speaker's own opinion after a frame takes the voice back: "when you say you
        # don't count, I can't help thinking that's what the work does" is asserted.
        own = [m.end() for m in _OWN_VIEW.finditer(before)]
        base = left  # where `before` starts in `text`
        if own:
            before = before[own[-1] :]
            base += own[-1]
        if self.said_back is not None:
            for m in self.said_back.finditer(before):
                # "don't you think…", "are you worried…": the frame inverted is a question.
                if (
                    not _INVERTED.search(before, 0, m.start())
                    and _reaches(before, m.end())
                    and not put_forward_at(self.put_forward, text, base + m.start(), base)
                ):
                    return "said_back"
        if self.reporting is not None:
            for m in self.reporting.finditer(before):
                # "I said I thought…" is the speaker's own voice, "you think" a said-back frame
                # (or a question); "he said", "people say", "your sister keeps saying" report
                # someone else's.
                # Someone must say it: "your sister keeps saying", not "really think about…".
                lead = before[: m.start()].split()[-3:]
                said_by = " ".join(lead)
                if (
                    not _NOT_REPORTERS.intersection(lead)
                    and _reaches(before, m.end())
                    and not put_forward_at(self.put_forward, text, base + m.start(), base)
                    and (
                        _THIRD.search(said_by)
                        or _SOMEONE.search(said_by)
                        or (self.others is not None and self.others.search(said_by))
                    )
                ):
                    return "reported"
        # The words reported by a clause put after them: "Everything will be okay, he said".
        if self.postposed is not None:
            after = self.postposed.search(text, start, right)
            if after is not None:
                return "said_back" if after.group("you") else "reported"
        end = _SENTENCE_END.search(text, right)
        question = end is not None and "?" in end.group()
        if question and self.asks is not None and self.asks.search(before.lstrip()[:40]):
            return "asked"
        # The same question put as a tag after the clause: "Was he just stressed, do you
        # reckon?" asks their view of it as much as "Do you reckon he was just stressed?".
        if end is not None and question and self.tags and self.tags.search(text, start, end.end()):
            return "asked"
        return "asserted"

    def read(self, text: str, start: int, end: int) -> Stance:
        """The stance of the clause around the match [start, end) of lower-cased `text`."""
        left, right = self.scope(text, start, end)
        return Stance(
            left, right, self.about(text, left, start, right), self.voice(text, left, start, right)
        )

    def meets(self, text: str, start: int, end: int, condition: StanceCondition | None) -> bool:
        """Whether the clause around the match [start, end) meets `condition`."""
        if condition is None:
            return True
        stance = self.read(text, start, end)
        if stance.voice not in condition.voice:
            return False
        return not condition.about or bool(stance.about.intersection(condition.about))

    def stances(self, text: str, predicate: re.Pattern[str]) -> Iterator[Stance]:
        """The stance of every clause where `predicate` matches lower-cased `text`."""
        for m in predicate.finditer(text):
            yield self.read(text, m.start(), m.end())


_READERS: dict[int, tuple[Mapping[str, tuple[str, ...]], StanceReader]] = {}


def stance_reader_for(lexicons: Mapping[str, tuple[str, ...]]) -> StanceReader:
    """One reader per rubric set (its word classes are compiled once)."""
    known = _READERS.get(id(lexicons))
    if known is None or known[0] is not lexicons:
        known = _READERS[id(lexicons)] = (lexicons, StanceReader(lexicons))
    return known[1]
