"""The per-reply shortcuts of the scorer's glue (issue #15) give exactly what the long way
gave: words said back in one look-up, the clause reader's stems in one pass, the reply
lower-cased once for the View and the sentence readers, the reply's words read once, and
each output line written by a JSON encoder made once.
A speed measure: none of them may change a result."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.cli import score_input
from simulator.cli.score_input import dump
from simulator.scoring import default_scorer, said_back, text
from simulator.scoring.clauses import reader_for
from simulator.scoring.detectors import Peer, View
from simulator.scoring.reply_reading import ReplyReading
from simulator.scoring.text import WORD, shift_perspective
from simulator.scoring.texting import FORMS

#: Words the said-back forms change (first person, texted "u"/"ur"), with and without
#: apostrophes, beside ordinary words.
_SPECIAL = sorted(
    {
        *said_back._FIRST_PERSON,
        *(w.replace("'", "") for w in said_back._FIRST_PERSON),
        *FORMS["you"],
        *FORMS["your"],
        "ive",
        "id",
        "ill",
        "you",
        "your",
        "you're",
        "'",
        "''",
        "i''m",
    }
)
_TOKENS = st.lists(
    st.sampled_from(_SPECIAL) | st.from_regex(r"[a-z0-9']{1,9}", fullmatch=True), max_size=20
)
#: Characters that make case changes, curly quotes and sentence ends likely.
_TEXT = st.text(
    st.sampled_from(list("aAbB iI.!?;\n'\u2019\u2018\u201cİΣσςẞßﬁ,-")), max_size=60
) | st.text(max_size=40)


def _said_back_the_long_way(tokens: list[str]) -> list[str]:
    out = []
    for token in tokens:
        word = token.replace("'", "")
        word = said_back._TEXTED.get(word, word)
        out.append(said_back._SHIFT.get(word, word))
    return out


@settings(max_examples=500, deadline=None)
@given(_TOKENS)
def test_words_said_back_in_one_look_up_are_the_two_steps(tokens: list[str]) -> None:
    assert said_back.as_said_back(tokens) == _said_back_the_long_way(tokens)


@settings(max_examples=500, deadline=None)
@given(_TOKENS, st.sets(st.sampled_from(["you", "your", "youre", "know", "the", "said"])))
def test_said_back_stems_are_the_stems_of_the_words_said_back(
    tokens: list[str], ignore: set[str]
) -> None:
    frozen = frozenset(ignore)
    expected = frozenset(
        w[:5] for w in _said_back_the_long_way(tokens) if len(w) > 2 and w not in frozen
    )
    assert said_back.said_back_stems(tokens, frozen) == expected


def test_the_special_words_are_all_changed_as_before() -> None:
    # Every word either step changes, alone: the one look-up holds each composed form.
    for word in (*said_back._TEXTED, *said_back._SHIFT):
        assert said_back.as_said_back([word]) == _said_back_the_long_way([word])
    assert said_back.as_said_back(["u", "ur", "i'm", "im"]) == ["you", "your", "youre", "youre"]


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_the_view_shares_its_lower_cased_reply_with_the_sentence_readers(reply: str) -> None:
    view = View(reply, "I'm scared", None)
    norm = view.norm_reply
    reading, alone = view.reading, ReplyReading(norm)
    assert reading.lower == alone.lower
    assert list(reading.sentences) == list(alone.sentences)
    assert (reading._typed or norm.lower()) == norm.lower()
    assert view.reply_words == WORD.findall(view.lower_reply.lower())


def test_a_reply_whose_lower_casing_changes_length_is_read_as_before() -> None:
    view = View("İ think İ hear you. İt is hard.", "", None)
    assert view.lower_reply is view.norm_reply  # matched ignoring case, as before
    assert view.reading.lower == view.norm_reply.lower().replace("\u2019", "'")
    assert view.reading._typed is None  # the verdict reader lower-cases (and refuses) it
    assert view.reply_words == re.findall(r"[a-z0-9']+", view.norm_reply.lower())


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(st.text(max_size=6), _JSON, max_size=5))
def test_the_line_encoder_made_once_writes_what_json_dumps_writes(obj: dict[str, object]) -> None:
    assert score_input._ENCODE_LINE is not score_input._ENCODE  # the shortcut is in use
    assert score_input._ENCODE_LINE(obj) == json.dumps(obj, ensure_ascii=False, allow_nan=False)


def test_the_line_encoder_refuses_a_number_that_is_not_json() -> None:
    for bad in (float("nan"), float("inf"), -float("inf")):
        assert dump({"id": "x", "score": bad}) == (
            b'{"id": "x", "error": "the result had a number that is not JSON"}\n'
        )


_PEER_LINE = st.lists(
    st.sampled_from([*"aAbI i'm my?.!\n ’İ", "I'm", " was ", "Should I", " me", "?"]), max_size=20
).map("".join) | st.text(max_size=40)


@settings(max_examples=500, deadline=None)
@given(_PEER_LINE)
def test_the_peer_line_is_read_into_words_once_for_every_form(line: str) -> None:
    peer, reader = Peer(line), reader_for(default_scorer().rubrics.lexicons)
    lower = peer.lower_context
    words = re.findall(r"[a-z0-9']+", lower.lower())
    assert peer.context_words == shift_perspective(words)
    statements = re.split(r"[^.!?]*\?", lower)
    assert peer.stated_words == shift_perspective(
        re.findall(r"[a-z0-9']+", " ".join(statements).lower())
    )
    assert peer.said_back_words == _said_back_the_long_way(words)
    assert peer.clause_stems(reader) == reader.peer_stems(lower)


def _repeats_the_long_way(sample: str) -> list[tuple[int, int]]:
    seen: set[str] = set()
    repeats = []
    for m in text._SENTENCE.finditer(sample):
        if m.start() == m.end():
            break
        key = " ".join(text._KEY.findall(m.group(0).lower()))
        if key and key in seen:
            repeats.append((m.start(), m.end()))
        elif key:
            seen.add(key)
    return repeats


_SENTENCES = st.lists(
    st.sampled_from(["It hurts", "it HURTS", "it  hurts", "ok", "_", "Ok 2", ".", "!", "?", "\n"])
    | st.sampled_from([" ", "  ", "...", "?!", "Σ", "İ", "’"]),
    max_size=16,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_SENTENCES | st.text(st.sampled_from(list("aA b.!?\n_1")), max_size=40))
def test_repeated_sentences_are_found_as_before(sample: str) -> None:
    if sample.count(".") + sample.count("!") + sample.count("?") + sample.count("\n") < 2:
        assert text._repeated_sentences(sample) == []
    else:
        assert text._repeated_sentences(sample) == _repeats_the_long_way(sample)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("a ’‘“”—–é\u2019")), max_size=30) | st.text(max_size=30))
def test_normalise_replaces_as_the_translation_did(sample: str) -> None:
    assert text.normalise(sample) == sample.translate(text._TRANSLATE)


_CLAUSE_REPLIES = st.lists(
    st.sampled_from(
        ["you", "the rent", "landlord", "keeps", "raising", "and", "i", "scared", ",", ".", "if"]
    ),
    max_size=14,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_CLAUSE_REPLIES)
def test_a_clause_restates_the_peer_as_the_eager_reading_said(reply: str) -> None:
    reader = reader_for(default_scorer().rubrics.lexicons)
    stems = reader.peer_stems("The landlord keeps raising the rent and I'm scared")
    lower = ReplyReading(reply).lower
    for clause in reader.read(reply, stems):
        tokens = re.findall(r"[a-z0-9']+", lower[clause.start : clause.end])
        mine = said_back.said_back_stems(tokens, reader._ignore)
        shared = len(mine & stems)
        assert clause.restates == (shared >= 2 or (shared == 1 and len(mine) <= 2))
    assert not any(c.restates for c in reader.read(reply))  # no peer line: never


def test_a_clause_stays_an_immutable_value() -> None:
    reader = reader_for(default_scorer().rubrics.lexicons)
    (first,) = reader.read("You're worn out.", reader.peer_stems("I'm so worn out"))
    (again,) = reader.read("You're worn out.", reader.peer_stems("I'm so worn out"))
    assert first == again and hash(first) == hash(again) and first.restates
    assert "restates=True" in repr(first)
    with pytest.raises(AttributeError):
        first.subject = "speaker"
