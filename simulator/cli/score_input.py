"""Reading and writing `score`'s JSON Lines so that no input line can crash the batch.

Each input line becomes either an item (a JSON object) for the per-line scorer or one
error object `{"id", "line", "error"}`; the batch always goes on. What is handled here:
bytes that are not UTF-8 (reported with the byte offset in the input), lines longer than
`MAX_LINE_BYTES`, nesting too deep for the parser, NaN and Infinity (not JSON), numbers
too big to read, and lone surrogates (which cannot be written as UTF-8).

Output is always strict JSON: an id that a JSON reader could not read back as the same
value (an integer beyond 2**53, a number that overflows to infinity) is returned as a
string of its digits, exactly as it was written; an id with a lone surrogate is written
with \\u escapes. In `response` and `context` a lone surrogate becomes U+FFFD before
scoring.
"""

from __future__ import annotations

import json
import math
import re
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

#: The longest input line read (a reply is at most 4,000 characters; this is generous).
MAX_LINE_BYTES = 1 << 20
#: Integers beyond this are not exact in JavaScript and many JSON readers.
_EXACT_INT = 2**53
_SURROGATE = re.compile("[\ud800-\udfff]")
#: How JSON writes a surrogate (may also find an escaped backslash before "uD8…": harmless).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_BOM = b"\xef\xbb\xbf"

Item = dict[str, Any]
ScoreItem = Callable[[int, Item], dict[str, Any]]


class NumberText(str):
    """A number kept as the text it was written as (it would not survive a round trip)."""


def _parse_int(text: str) -> int | str:
    # At most 16 digits (2**53 has 16), not counting a minus sign: the length check only
    # spares int() a huge text, it must not turn -1000000000000000 into a string.
    if len(text.removeprefix("-")) <= 16:
        value = int(text)
        if abs(value) <= _EXACT_INT:
            return value
    return NumberText(text)


def _parse_float(text: str) -> float | str:
    value = float(text)
    return value if math.isfinite(value) else NumberText(text)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON; write a number or a string")


_DECODER = json.JSONDecoder(
    parse_int=_parse_int, parse_float=_parse_float, parse_constant=_refuse_constant
)


def _error(number: int, message: str, ident: Any = None) -> dict[str, Any]:
    return {"id": ident, "line": number, "error": f"line {number}: {message}"}


def _clean(value: Any) -> Any:
    """A lone surrogate in a text becomes U+FFFD (it cannot be written as UTF-8)."""
    if isinstance(value, str) and not isinstance(value, NumberText):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    return value


def input_lines(source: BinaryIO) -> Iterator[tuple[int, int, bytes | None]]:
    """(line number, byte offset of its start, bytes or None when too long) per line."""
    offset = 0
    number = 0
    while True:
        raw = source.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        start = offset
        offset += len(raw)
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while True:  # skip the rest of the line without keeping it
                rest = source.readline(MAX_LINE_BYTES)
                offset += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, start, None
            continue
        if number == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM) :]
            start += len(_BOM)
        yield number, start, raw


class LineError(Exception):
    """A line that cannot be scored; `answer` is its error object."""

    def __init__(self, answer: dict[str, Any]) -> None:
        super().__init__(answer["error"])
        self.answer = answer


def parse_line(number: int, start: int, raw: bytes | None) -> Item | None:
    """The item (a JSON object) on one line, or None for a blank line.

    Raises LineError with the line's error object when it cannot be read."""
    if raw is None:
        raise LineError(
            _error(number, f"the line is longer than {MAX_LINE_BYTES:,} bytes; not read")
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (number == 1 and raw[1:2] == b"\x00"):
        raise LineError(_error(number, "the input is UTF-16 text; save it as UTF-8"))
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start]
        raise LineError(
            _error(
                number,
                f"byte 0x{bad:02X} at byte offset {start + exc.start} of the input "
                f"(column {exc.start + 1} of the line) is not UTF-8; save the input as UTF-8",
            )
        ) from None
    if not line.strip():
        return None
    try:
        item = _DECODER.decode(line)
    except json.JSONDecodeError as exc:
        byte = start + len(line[: exc.pos].encode("utf-8", "surrogatepass"))
        raise LineError(
            _error(
                number,
                f"not valid JSON ({exc.msg} at column {exc.colno}, byte offset {byte} of the input)",
            )
        ) from None
    except RecursionError:
        raise LineError(
            _error(number, "not read: the JSON is nested too deeply (keep it flat)")
        ) from None
    except ValueError as exc:  # NaN / Infinity, or an integer too long to read
        raise LineError(_error(number, f"not valid JSON: {exc}")) from None
    if not isinstance(item, dict):
        raise LineError(_error(number, "expected a JSON object"))
    if "\\u" not in line or _SURROGATE_ESCAPE.search(line) is None:
        # A lone surrogate can only come from a \\uD800-\\uDFFF escape (UTF-8 input cannot
        # carry one): nothing to clean. Typographic quotes written as \\u2019 are common.
        return item
    # The id is echoed exactly (with \\u escapes if need be); texts are cleaned for scoring.
    return {key: value if key == "id" else _clean(value) for key, value in item.items()}


#: `json.dumps(obj, ensure_ascii=..., allow_nan=False)`, with the encoder made once (dumps
#: makes one per call when given options).
_STRICT = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
_ENCODE = _STRICT.encode
_ENCODE_ASCII = json.JSONEncoder(allow_nan=False).encode


def _made_once() -> Callable[[dict[str, Any]], str]:
    """`_ENCODE` without making its C encoder anew for every line, as `JSONEncoder.encode`
    does (about a sixth of the time of writing a scored line). Made without cycle checks:
    a line is built afresh for its answer and holds no cycles. Checked once against
    `_ENCODE`; on a Python whose C encoder is missing or takes other arguments, `_ENCODE`
    itself is used."""
    try:
        encoder = json.encoder.c_make_encoder(  # type: ignore[attr-defined]
            None,
            _STRICT.default,
            json.encoder.encode_basestring,
            None,
            ": ",
            ", ",
            False,
            False,
            False,
        )
    except Exception:
        return _ENCODE

    def encode(obj: dict[str, Any]) -> str:
        return "".join(encoder(obj, 0))

    sample = {"id": [1, -2.5, None, True, 1e16, 'a"\\\n\t\x01\u2028é✓'], "s": {"f": []}}
    try:
        same = encode(sample) == _ENCODE(sample)
        encode({"nan": float("nan")})
    except ValueError:  # refuses a number that is not JSON, as `_ENCODE` does
        return encode if same else _ENCODE
    except Exception:
        pass
    return _ENCODE


_ENCODE_LINE = _made_once()


def dump(obj: dict[str, Any]) -> bytes:
    """One strict JSON line (UTF-8; \\u escapes when a text cannot be written as UTF-8)."""
    try:
        text = _ENCODE_LINE(obj)
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        return _ENCODE_ASCII(obj).encode("ascii") + b"\n"
    except ValueError:  # a non-finite number: never written as NaN / Infinity
        ident = obj.get("id")
        return dump({"id": ident, "error": "the result had a number that is not JSON"})


class _Overrun(Exception):
    pass


#: Whether a line is being timed: a repeat of the timer signal that arrives after the line
#: ended (before the timer is disarmed) stops nothing.
_timing = False


def _stop(*_: object) -> None:
    if _timing:
        raise _Overrun


#: The timer and its signal: the process's CPU time, user and system (see `_timed`).
_TIMER = getattr(signal, "ITIMER_PROF", 0)
_TIMER_SIGNAL = getattr(signal, "SIGPROF", 0)
#: After the first stop, the timer fires again every this much of the budget (see `_timed`).
_REPEAT = 0.25


def _timer_usable(budget: float | None) -> bool:
    """A per-line time limit uses a timer signal: only in the main thread of a Unix process."""
    return (
        budget is not None
        and hasattr(signal, "setitimer")
        and hasattr(signal, "SIGPROF")
        and threading.current_thread() is threading.main_thread()
    )


def _timed(budget: float | None, score: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
    """`score()`, or None if it ran over `budget` seconds of CPU (then it is stopped).

    The shipped rubrics score any reply in milliseconds; a facilitator's own pattern may
    still backtrack in a way `validate` cannot see, and one line must not stall the batch.
    The budget is the process's CPU time (`ITIMER_PROF`), not the clock's: a backtracking
    pattern burns CPU and is stopped all the same, while a good line on a busy machine
    (waiting for a core, not working) is no longer answered with an error that a quiet
    machine would not give. The caller installs the signal handler (once per batch);
    `budget` None: no limit.

    The timer goes on firing every `_REPEAT` of the budget after the first: a signal that
    lands where Python cannot raise (a finaliser, a generator being closed, a broad
    `except`) is lost, and a one-shot timer then left a backtracking line running for ever
    (a CI run hung in `tests/test_hostile_scoring.py` that way, stop 18).
    """
    global _timing
    if budget is None:
        return score()
    _timing = True
    signal.setitimer(_TIMER, budget, budget * _REPEAT)
    try:
        return score()
    except _Overrun:
        return None
    finally:
        _timing = False
        signal.setitimer(_TIMER, 0)


#: CPU seconds one line may take before it is stopped and answered with an error.
LINE_BUDGET = 5.0


def score_stream(
    source: BinaryIO, out: BinaryIO, score_item: ScoreItem, budget: float | None = LINE_BUDGET
) -> None:
    """Answer every non-blank line of `source` on `out`, one JSON line each, in order."""
    with line_timer(budget) as limit:
        for number, start, raw in input_lines(source):
            out.write(answer_line(number, start, raw, score_item, limit))


@contextmanager
def line_timer(budget: float | None) -> Iterator[float | None]:
    """The per-line time limit for a batch: `budget`, with the timer signal's handler
    installed for the batch, or None where no timer can be used (no limit)."""
    if not _timer_usable(budget):
        yield None
        return
    previous = signal.signal(_TIMER_SIGNAL, _stop)
    try:
        yield budget
    finally:
        signal.setitimer(_TIMER, 0)
        signal.signal(_TIMER_SIGNAL, previous)


def answer_line(
    number: int, start: int, raw: bytes | None, score_item: ScoreItem, budget: float | None
) -> bytes:
    """One input line's answer as bytes to write (b"" for a blank line). `budget` comes
    from `line_timer` (the timer's handler must be installed)."""
    try:
        item = parse_line(number, start, raw)
        if item is None:
            return b""
        try:
            result = _timed(budget, lambda: score_item(number, item))
        except _Overrun:  # the timer fired just as scoring finished
            result = None
        if result is None:
            result = _error(
                number,
                f"scoring took more than {budget:g} s of CPU and was stopped; a rubric pattern "
                "backtracks on this reply ('peer-practice rubric check' times each pattern)",
                item.get("id"),
            )
    except LineError as exc:
        result = exc.answer
    except RecursionError:
        result = _error(number, "not scored: the item is nested too deeply")
    return dump(result)
