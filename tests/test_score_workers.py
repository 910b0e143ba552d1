"""`peer-practice score --jobs N` (issue 15): a large batch scored in worker processes gives
the very bytes one process gives, in input order, and leaves no worker behind however the
command ends (killed, Ctrl+C, a closed terminal, a closed output pipe, a worker lost).

Everything goes through the command as a user runs it (a subprocess). Linux only where a
test looks for the workers in /proc.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

import pytest

from simulator.cli.score_workers import CHUNK_LINES, PARALLEL_FROM
from tests.helpers import CLI, ROOT, cli_env

PEER = ROOT / "tests" / "data" / "peer_replies.jsonl"
needs_proc = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="finds the workers in /proc"
)


def _replies() -> list[dict[str, object]]:
    return [json.loads(line) for line in PEER.read_text(encoding="utf-8").splitlines() if line]


#: Lines that are not a plain reply: each must get its own answer (or none, when blank),
#: exactly as in one process, wherever it falls among the chunks.
ODD = [
    b'{"id": "cut", "response": ',  # not JSON
    b'"just a string"',
    b'{"id": NaN, "response": "hi"}',
    b'{"id": "caf\xff", "response": "hi"}',  # not UTF-8: the byte offset is of the whole input
    b"",  # blank: no answer
    b"   ",
    b'{"id": 5, "response": 5}',
    b"[" * 5000 + b"]" * 5000,  # nested too deeply
    b'{"id": 12345678901234567890, "response": "You feel alone."}',
    b'{"id": "m", "scenario": "bad-date-next-steps", "response": "That sounds so frightening."}',
    b'{"id": "nope", "scenario": "no-such-scenario", "response": "ok"}',
    b'{"id": "\\udfff", "response": "hi \\ud800"}',
]


def mixed_batch(lines: int) -> bytes:
    """`lines` input lines: the labelled peer replies over and over (each id made unique),
    with an odd line every 23rd."""
    replies = _replies()
    out: list[bytes] = []
    while len(out) < lines:
        n = len(out)
        if n % 23 == 22:
            out.append(ODD[(n // 23) % len(ODD)])
        else:
            item = replies[n % len(replies)]
            out.append(
                json.dumps(
                    {"id": f"{n}", "context": item["context"], "response": item["response"]}
                ).encode()
            )
    return b"\n".join(out) + b"\n"


def _score(data_dir: Path, raw: bytes, *options: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*CLI, "score", *options],
        input=raw,
        capture_output=True,
        env=cli_env(data_dir),
        cwd=ROOT,
        timeout=300,
    )


def test_workers_write_the_same_bytes_as_one_process(private_data_dir: Path) -> None:
    raw = mixed_batch(PARALLEL_FROM + CHUNK_LINES + 7)  # workers, and a short last chunk
    one = _score(private_data_dir, raw, "--jobs", "1")
    assert one.returncode == 0, one.stderr
    answers = one.stdout.splitlines()
    assert len(answers) == len(raw.splitlines()) - raw.count(b"\n\n") - raw.count(b"\n   \n")
    assert any(b'"error"' in a for a in answers) and any(b"paraphrasing" in a for a in answers)
    for jobs in ("2", "3"):
        many = _score(private_data_dir, raw, "--jobs", jobs)
        assert many.returncode == 0 and many.stderr == b"", many.stderr
        assert many.stdout == one.stdout, f"--jobs {jobs} differs from --jobs 1"


def test_answers_come_in_input_order_when_later_chunks_finish_first(
    private_data_dir: Path,
) -> None:
    # The first chunk is long replies (slow), the rest short ones: with two workers the
    # second chunk is done long before the first, and must still be written after it.
    slow = [
        json.dumps({"id": f"slow{n}", "response": "You feel so alone, and scared. " * 30})
        for n in range(CHUNK_LINES)
    ]
    fast = [json.dumps({"id": f"fast{n}", "response": "ok"}) for n in range(PARALLEL_FROM)]
    raw = ("\n".join(slow + fast) + "\n").encode()
    result = _score(private_data_dir, raw, "--jobs", "2")
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [json.loads(line)["id"] for line in slow + fast]


def _children(pid: int) -> set[int]:
    """Live processes whose parent is `pid` (zombies count as ended)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        if stat[stat.rindex(")") + 2] != "Z":
            alive.add(pid)
    return alive


def _until(check: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def _started_with_workers(
    data_dir: Path, jobs: int = 2, batch: bytes | None = None
) -> tuple[subprocess.Popen[bytes], set[int]]:
    """`score --jobs N` on standard input kept open (it waits for more lines), once its
    workers are up."""
    process = subprocess.Popen(
        [*CLI, "score", "--jobs", str(jobs)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(data_dir),
        cwd=ROOT,
        start_new_session=True,  # its own process group, as a job in a terminal has
    )
    assert process.stdin is not None
    process.stdin.write(batch or mixed_batch(PARALLEL_FROM + CHUNK_LINES))
    process.stdin.flush()
    workers: set[int] = set()

    def up() -> bool:
        workers.update(_children(process.pid))
        return len(workers) >= jobs

    if not _until(up, 120):
        process.kill()
        pytest.fail(f"no {jobs} workers appeared")
    return process, workers


def _kill_all(process: subprocess.Popen[bytes], workers: set[int]) -> None:
    """Whatever a failed test left running."""
    process.kill()
    process.wait()
    for pid in _alive(workers):
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


#: How the command is ended: a signal, and whether the whole process group gets it (the
#: terminal's Ctrl+C and hang-up do) or only the command (kill PID).
ENDINGS = {
    "SIGKILL to the command": (signal.SIGKILL, False),
    "SIGTERM to the command": (signal.SIGTERM, False),
    "SIGINT to the command": (signal.SIGINT, False),
    "Ctrl+C in the terminal": (signal.SIGINT, True),
    "the terminal closed": (signal.SIGHUP, True),
}


@needs_proc
@pytest.mark.parametrize("ending", ENDINGS)
def test_no_worker_outlives_the_command(private_data_dir: Path, ending: str) -> None:
    sig, group = ENDINGS[ending]
    process, workers = _started_with_workers(private_data_dir)
    try:
        if group:
            os.killpg(process.pid, sig)
        else:
            os.kill(process.pid, sig)
        process.wait(timeout=30)
        assert _until(lambda: not _alive(workers), 10), f"workers left: {_alive(workers)}"
        assert process.stderr is not None
        assert b"Traceback" not in process.stderr.read()
    finally:
        _kill_all(process, workers)


def _cpu_ticks(pids: set[int]) -> int:
    total = 0
    for pid in pids:
        with suppress(OSError):
            stat = Path(f"/proc/{pid}/stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total


@needs_proc
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_no_idle_worker_outlives_the_command(private_data_dir: Path, sig: int) -> None:
    # Workers that have answered everything and wait for more input: nothing to write, so
    # only the end of their input can tell them the command is gone. (Short answers, so
    # that each fits in the pipe and no worker waits on writing one.)
    short = b"".join(b'{"id": %d, "response": 5}\n' % n for n in range(PARALLEL_FROM + 1))
    process, workers = _started_with_workers(private_data_dir, batch=short)
    try:
        ticks = [-1]

        def idle() -> bool:
            before, ticks[0] = ticks[0], _cpu_ticks(workers)
            time.sleep(0.5)
            return before == ticks[0] == _cpu_ticks(workers)

        assert _until(idle, 120), "the workers never went idle"
        os.kill(process.pid, sig)
        process.wait(timeout=30)
        assert _until(lambda: not _alive(workers), 10), f"workers left: {_alive(workers)}"
    finally:
        _kill_all(process, workers)


@needs_proc
def test_a_closed_output_ends_the_workers(private_data_dir: Path) -> None:
    process, workers = _started_with_workers(private_data_dir)
    assert process.stdout is not None and process.stdin is not None
    try:
        assert process.stdout.readline().startswith(b"{")  # the reader takes one answer...
        process.stdout.close()  # ...and goes away (`| head -1`)
        with suppress(BrokenPipeError):  # it may have stopped reading already
            process.stdin.write(mixed_batch(4 * CHUNK_LINES))
            process.stdin.close()
        process.wait(timeout=60)
        assert _until(lambda: not _alive(workers), 10), f"workers left: {_alive(workers)}"
        assert process.stderr is not None and process.stderr.read() == b""
    finally:
        _kill_all(process, workers)


@needs_proc
def test_a_lost_worker_is_said_and_the_others_end(private_data_dir: Path) -> None:
    process, workers = _started_with_workers(private_data_dir)
    assert process.stdin is not None and process.stderr is not None
    try:
        os.kill(min(workers), signal.SIGKILL)
        with suppress(BrokenPipeError):  # the command may stop reading as soon as it knows
            process.stdin.write(mixed_batch(4 * CHUNK_LINES))
            process.stdin.close()
        assert process.wait(timeout=60) == 1
        stderr = process.stderr.read().decode()
        assert "scoring worker" in stderr and "SIGKILL" in stderr and "Traceback" not in stderr
        assert _until(lambda: not _alive(workers), 10), f"workers left: {_alive(workers)}"
    finally:
        _kill_all(process, workers)
