"""`peer-practice score` answers every line: each reproduction from issue 16 in one batch.

The README promises that a bad line gets one error object and the batch goes on, and that
the output is strict JSON. Every hostile line below sits between two good ones.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.helpers import CLI, ROOT, cli_env


def _strict(line: bytes) -> Any:
    def refuse(name: str) -> Any:
        raise AssertionError(f"{name} in the output is not JSON")

    return json.loads(line.decode("utf-8"), parse_constant=refuse)


def _score(private_data_dir: Path, raw: bytes) -> tuple[int, list[Any], str]:
    result = subprocess.run(
        [*CLI, "score"],
        input=raw,
        capture_output=True,
        env=cli_env(private_data_dir),
        cwd=ROOT,
        timeout=120,
    )
    out = [_strict(line) for line in result.stdout.splitlines()]
    return result.returncode, out, result.stderr.decode("utf-8", "replace")


GOOD = b'{"id": "good", "context": "I feel so alone.", "response": "You feel alone."}'


def test_every_hostile_line_gets_one_answer_and_the_batch_goes_on(private_data_dir: Path) -> None:
    hostile = [
        b'{"id": "\\udfff", "response": "hi \\ud800", "context": "\\udc00"}',
        b'{"id": ' + b"9" * 5000 + b', "response": "hi"}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"id": "u", "response": "caf\xff"}',
        b'{"id": NaN, "response": "hi"}',
        b'{"id": Infinity, "response": "hi"}',
        b'{"id": 1e400, "response": "hi"}',
        b'{"id": 12345678901234567890, "response": "hi"}',
        b'{"id": 7, "response": 5}',
        b'{"id": 8, "response": "ok", "context": ["a"]}',
        b'"just a string"',
    ]
    lines = [GOOD]
    for line in hostile:
        lines += [line, GOOD]
    raw = b"\n".join(lines) + b"\n"
    code, out, stderr = _score(private_data_dir, raw)
    assert code == 0 and "Traceback" not in stderr
    assert len(out) == len(lines)
    assert all(o["id"] == "good" and "paraphrasing" in o for o in out[::2])
    answers = out[1::2]
    # A lone surrogate: scored; the id comes back exactly (escaped in the JSON text).
    assert answers[0]["id"] == "\udfff" and "paraphrasing" in answers[0]
    # An integer id of 5,000 digits, 1e400, and a 20-digit integer: returned as strings.
    assert answers[1]["id"] == "9" * 5000 and "paraphrasing" in answers[1]
    assert answers[6]["id"] == "1e400" and answers[7]["id"] == "12345678901234567890"
    # Nesting 100,000 deep.
    assert answers[2]["line"] == 6 and "nested too deeply" in answers[2]["error"]
    # Invalid UTF-8: the line and the true byte offset in the input.
    offset = raw.index(b"\xff")
    assert answers[3]["line"] == 8
    assert f"byte 0xFF at byte offset {offset} of the input" in answers[3]["error"]
    # NaN / Infinity are not JSON: refused, never echoed.
    assert "NaN is not JSON" in answers[4]["error"]
    assert "Infinity is not JSON" in answers[5]["error"]
    assert answers[8]["id"] == 7 and "'response' must be a string" in answers[8]["error"]
    assert answers[9]["id"] == 8 and "'context' must be a string or null" in answers[9]["error"]
    assert "expected a JSON object" in answers[10]["error"]


def test_an_invalid_byte_on_the_first_line_does_not_lose_the_rest(private_data_dir: Path) -> None:
    raw = b'{"id": 1, "response": "\xc3("}\n' + GOOD + b"\n"
    code, out, _ = _score(private_data_dir, raw)
    assert code == 0
    offset = raw.index(b"\xc3")
    assert f"byte offset {offset} of the input" in out[0]["error"]
    assert out[1]["id"] == "good"


def test_a_reply_over_the_limit_is_cut_with_a_notice(private_data_dir: Path) -> None:
    reply = "I hear you." + "\n" * 5000 + "You feel alone."
    raw = json.dumps({"id": "long", "context": "I feel alone.", "response": reply}).encode()
    code, out, _ = _score(private_data_dir, raw + b"\n")
    assert code == 0
    assert "only the first 4,000 were scored" in out[0]["notice"]


def test_a_byte_order_mark_and_windows_line_ends_are_fine(private_data_dir: Path) -> None:
    raw = b"\xef\xbb\xbf" + GOOD + b"\r\n" + GOOD + b"\r\n"
    code, out, _ = _score(private_data_dir, raw)
    assert code == 0 and [o["id"] for o in out] == ["good", "good"]


def test_utf16_input_is_named(private_data_dir: Path) -> None:
    raw = (GOOD.decode() + "\n").encode("utf-16")
    code, out, _ = _score(private_data_dir, raw)
    assert code == 0 and "UTF-16" in out[0]["error"] and "save it as UTF-8" in out[0]["error"]
