"""Property-based tests: generated hostile replies, `score` lines and YAML files.

hypothesis generates unicode, whitespace and punctuation runs, JSON edge cases (huge
numbers, NaN, lone surrogates, deep nesting, wrong types, bytes that are not UTF-8) and
broken YAML. The properties are what a user relies on: scoring never fails and its evidence
quotes the reply at its own offsets; `score` answers every line with strict JSON; loading
any file ends in a document or in located problems, never an exception. Time is measured
by `make bench-score`, not here.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from simulator.cli.score_input import score_stream
from simulator.content.yaml_source import read_yaml
from simulator.scoring import Scorer, default_scorer
from simulator.scoring.score_contract import Moments
from simulator.scoring.score_contract import answer as answer_line
from simulator.scoring.text import Squeezed, normalise

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_RUNS = st.sampled_from(
    [
        " ",
        "\n",
        "\t",
        "\r\n",
        "\u00a0",
        "\u2028",
        ".",
        "!",
        "?",
        "'",
        '"',
        "(",
        ",",
        ";",
        "…",
        "\u2019",
    ]
)
_WORDS = st.sampled_from(
    ["you", "feel", "I", "hear", "so", "scared", "because", "should", "try", "It", "sounds"]
)
#: Text made of words, single characters of any kind and long runs of one character.
HOSTILE_TEXT = st.lists(
    st.one_of(
        _WORDS,
        st.text(max_size=3),
        st.builds(lambda ch, n: ch * n, _RUNS, st.integers(1, 400)),
    ),
    max_size=40,
).map("".join)


def _scorer() -> Scorer:
    return default_scorer()


@SETTINGS
@given(reply=HOSTILE_TEXT, context=st.one_of(st.none(), HOSTILE_TEXT))
def test_any_reply_is_scored_and_its_evidence_quotes_it(reply: str, context: str | None) -> None:
    result = _scorer().score(context, reply)
    for skill in result.skills.values():
        assert 0.0 <= skill.score <= 1.0 and skill.level >= 0
        for ev in skill.evidence:
            source = reply if ev.source == "reply" else (context or "")
            assert 0 <= ev.start <= ev.end <= len(source)
            assert source[ev.start : ev.end] == ev.text


@SETTINGS
@given(text=HOSTILE_TEXT)
def test_squeezing_keeps_runs_short_and_every_character_traceable(text: str) -> None:
    squeezed = Squeezed(text)
    assert " " * 5 not in squeezed.text and "\n" * 5 not in squeezed.text
    assert "!" * 7 not in squeezed.text and "." * 7 not in squeezed.text
    assert len(squeezed.text) <= len(text)
    for i, char in enumerate(squeezed.text):
        start, end, quoted = squeezed.quote(i, i + 1)
        assert end == start + 1 and normalise(quoted) == char


@SETTINGS
@given(
    sentence=st.sampled_from(["That is hard.", "You feel torn!", "I hear you."]),
    n=st.integers(2, 60),
)
def test_saying_one_sentence_many_times_scores_as_saying_it_once(sentence: str, n: int) -> None:
    once = _scorer().score("I can't pay rent.", sentence)
    many = _scorer().score("I can't pay rent.", " ".join([sentence] * n))
    assert {k: (r.level, r.score) for k, r in many.skills.items()} == {
        k: (r.level, r.score) for k, r in once.skills.items()
    }


# ------------------------------------------------------------------------------ score
_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
)
_ID_TEXT = st.one_of(
    _JSON_SCALARS.map(json.dumps),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-1e999", "9" * 5000, '"\\udfff"']),
)


def _line(draw: Any) -> bytes:
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(st.binary(max_size=60)).replace(b"\n", b" ")
    if kind == 1:
        depth = draw(st.integers(1, 3000))
        return b"[" * depth + b"]" * draw(st.integers(0, depth))
    ident = draw(_ID_TEXT)
    response = draw(st.one_of(HOSTILE_TEXT.map(json.dumps), _ID_TEXT))
    context = draw(st.one_of(HOSTILE_TEXT.map(json.dumps), _ID_TEXT))
    text = f'{{"id": {ident}, "context": {context}, "response": {response}}}'
    if kind == 2:
        text = text.replace('"', "", draw(st.integers(0, 1)))  # sometimes broken JSON
    raw = text.encode("utf-8", "surrogatepass")
    if kind == 3:
        raw = raw[: draw(st.integers(0, len(raw)))] + draw(st.binary(max_size=4)).replace(
            b"\n", b""
        )
    return raw


def _expected_answers(lines: list[bytes]) -> int:
    count = 0
    for raw in lines:
        try:
            count += bool(raw.decode("utf-8").strip())
        except UnicodeDecodeError:
            count += 1
    return count


def _strict(text: bytes) -> Any:
    def refuse(name: str) -> Any:
        raise AssertionError(f"{name} is not JSON")

    return json.loads(text.decode("utf-8"), parse_constant=refuse)


@SETTINGS
@given(data=st.data())
def test_score_answers_every_line_with_strict_json(data: st.DataObject) -> None:
    lines = [_line(data.draw) for _ in range(data.draw(st.integers(1, 6)))]
    out = io.BytesIO()
    scorer = _scorer()
    score_stream(
        io.BytesIO(b"\n".join(lines) + b"\n"),
        out,
        lambda n, item: answer_line(scorer, Moments(None, scorer.rubrics), n, item),
    )
    answers = [_strict(line) for line in out.getvalue().splitlines()]
    assert len(answers) == _expected_answers(lines)
    for answer in answers:
        assert "id" in answer and ("error" in answer) != ("paraphrasing" in answer)
        if "error" in answer:
            assert answer["error"].startswith(f"line {answer['line']}: ")


@SETTINGS
@given(ident=st.one_of(st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.text()))
@example(ident=-1000000000000000)  # 17 characters with its sign, yet exact: stays a number
@example(ident=-(2**53) - 1)
def test_ids_come_back_equal_or_as_their_own_digits(ident: int | float | str) -> None:
    written = json.dumps({"id": ident, "response": "ok"})  # lone surrogates as \\u escapes
    out = io.BytesIO()
    scorer = _scorer()
    score_stream(
        io.BytesIO(written.encode("ascii")),
        out,
        lambda n, item: answer_line(scorer, Moments(None, scorer.rubrics), n, item),
    )
    [answer] = [_strict(line) for line in out.getvalue().splitlines()]
    if isinstance(ident, int) and abs(ident) > 2**53:
        assert answer["id"] == str(ident)
    else:
        assert answer["id"] == ident


# ------------------------------------------------------------------------------- YAML
_YAML_PIECES = st.sampled_from(
    [
        "id: x\n",
        "a: &a [1, 2]\n",
        "b: *a\n",
        "c: !!binary aGk=\n",
        "d: !!python/tuple [1]\n",
        "\t",
        "  ",
        "- ",
        ": ",
        "[",
        "]",
        "{",
        "}",
        "'",
        '"',
        "\\e",
        "\x1b",
        "\x00",
        "\ufeff",
        "---\n",
        "? ",
        "|\n",
        "nodes:\n  a:\n    peer: hi\n",
        "&x ",
        "*x",
        "*nope",
        "\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.one_of(_YAML_PIECES, st.text(max_size=5)), max_size=30),
    encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]),
)
def test_any_file_loads_or_gets_located_problems(pieces: list[str], encoding: str) -> None:
    data = "".join(pieces).encode(encoding, "replace")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.yaml"
        path.write_bytes(data)
        doc, problems = read_yaml(path)
    assert doc is not None or problems
    for problem in problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.message
        assert "\x1b" not in problem.format()
