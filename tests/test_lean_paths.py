"""The per-line shortcuts of `score` (issue #15) give exactly what the long way gives:
normalising skips ASCII text, the long-run check asks each branch alone, a line without a
\\u escape is not searched for lone surrogates, and the JSON encoder is made once."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.cli import score_input
from simulator.cli.score_input import dump, parse_line
from simulator.scoring import text

#: Characters that make runs, sentences, curly quotes and surrogates likely.
_ALPHABET = st.sampled_from(list("ab .!?,-*\n\t  \u2019\u2018\u201c\u201d\u2014\u2013é\ud800\\u"))
_TEXTS = st.text(_ALPHABET, max_size=60) | st.text(max_size=40)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_normalise_is_the_translation_of_every_text(sample: str) -> None:
    assert text.normalise(sample) == sample.translate(text._TRANSLATE)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_the_long_run_check_by_branch_finds_a_run_where_the_alternation_does(
    sample: str,
) -> None:
    either = text._LONG_BLANKS.search(sample) or text._LONG_MARKS.search(sample)
    assert bool(either) == bool(text._LONG_RUN.search(sample))


def _cleaned_the_long_way(line: str) -> dict[str, object]:
    item = score_input._DECODER.decode(line)
    return {k: v if k == "id" else score_input._clean(v) for k, v in item.items()}


@settings(max_examples=400, deadline=None)
@given(_TEXTS, _TEXTS, st.booleans())
def test_a_parsed_line_is_cleaned_exactly_as_before(
    response: str, context: str, escape: bool
) -> None:
    line = json.dumps(
        {"id": context, "context": context, "response": response}, ensure_ascii=escape
    )
    raw = line.encode("utf-8", "surrogatepass")
    if "\ud800" in line:  # raw surrogates are not UTF-8: such a line is refused, not cleaned
        return
    item = parse_line(1, 0, raw)
    assert item == _cleaned_the_long_way(line)
    assert item is not None and not re.search("[\ud800-\udfff]", str(item["response"]))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=5), _TEXTS | st.integers() | st.floats(), max_size=4))
def test_dump_writes_what_json_dumps_wrote(obj: dict[str, object]) -> None:
    try:
        expected = json.dumps(obj, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        expected = json.dumps(obj, allow_nan=False).encode("ascii") + b"\n"
    except ValueError:
        expected = dump({"id": None, "error": "the result had a number that is not JSON"})
    assert dump(obj) == expected


def test_only_a_surrogate_escape_sends_a_line_to_be_cleaned() -> None:
    """A line is searched for lone surrogates only when it has a \\uD800-\\uDFFF escape, in
    either case: one written by hand in capitals is still cleaned, and a line whose only
    escapes are curly quotes comes back as decoded."""
    for line in (
        r'{"id": "a", "response": "so \uD83D tired \u2019", "context": null}',
        r'{"id": "b", "response": "so \udfff tired", "context": "x\uDbFf"}',
        r'{"id": 1, "response": "it\u2019s \\ud800 not one", "context": "x\uDC00"}',
        r'{"id": 2, "response": "it\u2019s \u201cfine\u201d \ud83d\ude00", "context": null}',
    ):
        item = parse_line(1, 0, line.encode("utf-8"))
        assert item == _cleaned_the_long_way(line)
        assert item is not None
        assert not re.search("[\ud800-\udfff]", f"{item['response']}{item['context']}")
    kept = parse_line(1, 0, rb'{"id": "x", "response": "it\u2019s ok"}')
    assert kept == {"id": "x", "response": "it’s ok"}
