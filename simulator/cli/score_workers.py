"""`score` on a large batch in worker processes, one per core (issue 15: whole-process speed).

Why: one reply costs about half a millisecond of Python, so one process cannot score 20,000
replies in a few seconds of wall time however lean each reply gets; a machine with more cores
can score several chunks at once. The output is the same bytes in the same order as scoring
in one process (`score_input.score_stream`), per-line errors included.

How, and why that way:
- Workers are *forked* from the process that has already set the scorer up, so each starts
  with it in memory (copy on write) instead of setting it up again. Where `os.fork` is
  missing (Windows), or on macOS (where forking a process that may have loaded system
  frameworks is unsafe), or for a small input (fewer than `PARALLEL_FROM` lines), the batch
  is scored in this process, exactly as with `--jobs 1`.
- The parent only reads lines and writes answers: it splits the input into chunks of
  `CHUNK_LINES` lines, hands them to the workers in turn (round robin) and writes each
  chunk's answers in input order. At most `IN_FLIGHT` chunks per worker are out at a time,
  so memory stays bounded on any input size (streamed, never the whole file).
- A worker reads its chunks on a thread of its own, so the parent's writes to it never wait
  on the worker's own write of an answer: the parent can block only on the worker whose
  answer it needs next, which that worker is bound to produce (no deadlock).
- Every worker closes every pipe end but its own two, so when the parent dies, even by
  SIGKILL, each worker reads end-of-input or fails to write its answer, and exits: none is
  left behind. Ctrl+C (SIGINT to the terminal's process group), a closed terminal (SIGHUP)
  and SIGTERM end the workers at once (default actions); the parent, on any way out that is
  not a clean end (a closed output pipe, an interrupt, an error), kills and reaps them.
"""

from __future__ import annotations

import gc
import marshal
import os
import signal
import struct
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from itertools import islice
from queue import SimpleQueue
from typing import BinaryIO, NoReturn

from simulator.cli.score_input import ScoreItem, answer_line, input_lines, line_timer

#: Lines in one chunk: about 60 ms of scoring, so the pipes carry few, large messages.
CHUNK_LINES = 128
#: Fewer input lines than this are scored in this process (forking would cost more).
PARALLEL_FROM = 4 * CHUNK_LINES
#: Chunks out at one worker at a time: one being scored, one waiting.
IN_FLIGHT = 2
#: The default `--jobs` is the number of usable cores, at most this many.
MAX_DEFAULT_JOBS = 8

_FRAME = struct.Struct("<Q")
Line = tuple[int, int, bytes | None]


class WorkerLost(Exception):
    """A worker process ended before answering its chunk (killed from outside, out of
    memory): the batch cannot be completed."""


def default_jobs() -> int:
    """The usable cores (this process's CPU affinity where known), at most MAX_DEFAULT_JOBS."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_JOBS))


def can_fork() -> bool:
    """Whether workers can be forked here (not on Windows; not on macOS, see above)."""
    return hasattr(os, "fork") and sys.platform != "darwin"


def score_in_workers(
    source: BinaryIO,
    out: BinaryIO,
    score_item: ScoreItem,
    jobs: int,
    budget: float | None,
    before_fork: Callable[[list[Line]], object] | None = None,
) -> None:
    """Answer every non-blank line of `source` on `out`, in order, as `score_stream` does,
    in `jobs` forked workers when the input is large enough (see the module docstring).

    `before_fork` sees the first lines before the workers are made: set up there what they
    would otherwise each set up again."""
    lines = input_lines(source)
    head = list(islice(lines, PARALLEL_FROM))
    if jobs < 2 or len(head) < PARALLEL_FROM or not can_fork():
        with line_timer(budget) as limit:
            for number, start, raw in head:
                out.write(answer_line(number, start, raw, score_item, limit))
            for number, start, raw in lines:
                out.write(answer_line(number, start, raw, score_item, limit))
        return
    if before_fork is not None:
        before_fork(head)
    out.flush()  # nothing written so far may be written again by a child
    workers = _Workers()
    try:
        workers.start(jobs, score_item, budget)
        workers.answer(_chunks(head, lines), out)
    except BaseException:
        workers.kill()
        raise
    workers.finish()


def _chunks(head: list[Line], rest: Iterator[Line]) -> Iterator[list[Line]]:
    for start in range(0, len(head), CHUNK_LINES):
        yield head[start : start + CHUNK_LINES]
    while chunk := list(islice(rest, CHUNK_LINES)):
        yield chunk


class _Workers:
    """The forked workers and the parent's ends of their pipes (tasks in, answers out)."""

    def __init__(self) -> None:
        self.pids: list[int] = []
        self.tasks: list[BinaryIO] = []
        self.answers: list[BinaryIO] = []

    def start(self, jobs: int, score_item: ScoreItem, budget: float | None) -> None:
        gc.freeze()  # the set-up's objects: not scanned, so their pages stay shared
        kept: list[int] = []  # the parent's pipe ends so far: each later child closes them
        for _ in range(jobs):
            task_read, task_write = os.pipe()
            answer_read, answer_write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: never returns
                for fd in (*kept, task_write, answer_read):
                    os.close(fd)
                _work(task_read, answer_write, score_item, budget)
            os.close(task_read)
            os.close(answer_write)
            kept += (task_write, answer_read)
            self.pids.append(pid)
            self.tasks.append(os.fdopen(task_write, "wb"))
            self.answers.append(os.fdopen(answer_read, "rb"))

    def answer(self, chunks: Iterable[list[Line]], out: BinaryIO) -> None:
        """Hand out the chunks in turn; write the answers in input order."""
        jobs = len(self.pids)
        waiting: deque[int] = deque()  # the worker of each chunk out, oldest first
        for index, chunk in enumerate(chunks):
            if len(waiting) == jobs * IN_FLIGHT:
                out.write(self._answer_of(waiting.popleft()))
            worker = index % jobs
            try:
                _send(self.tasks[worker], marshal.dumps(chunk))
            except BrokenPipeError:  # not our reader gone: the worker is
                self._lost(worker)
            waiting.append(worker)
        for task in self.tasks:
            task.close()  # end of input: each worker exits after its last answer
        while waiting:
            out.write(self._answer_of(waiting.popleft()))

    def _answer_of(self, worker: int) -> bytes:
        answers = _receive(self.answers[worker])
        if answers is None:
            self._lost(worker)
        return answers

    def _lost(self, worker: int) -> NoReturn:
        _, status = os.waitpid(self.pids[worker], 0)
        self.pids[worker] = 0
        raise WorkerLost(
            f"scoring worker {worker + 1} ended without answering "
            f"({_how_it_ended(status)}); the lines after the last one written were not scored"
        )

    def finish(self) -> None:
        """After the last answer: the workers have seen the end of input; reap them."""
        for pid in self.pids:
            if pid:
                os.waitpid(pid, 0)
        self.pids = []
        for answers in self.answers:
            answers.close()

    def kill(self) -> None:
        """End every worker now and reap it (an interrupt, a closed output, an error)."""
        for pid in self.pids:
            if pid:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        for pid in self.pids:
            if pid:
                with suppress(ChildProcessError):
                    os.waitpid(pid, 0)
        self.pids = []
        for end in (*self.tasks, *self.answers):
            with suppress(OSError):  # a chunk half-written to a worker that is gone
                end.close()


def _how_it_ended(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


def _send(to: BinaryIO, payload: bytes) -> None:
    to.write(_FRAME.pack(len(payload)))
    to.write(payload)
    to.flush()


def _receive(source: BinaryIO) -> bytes | None:
    """One frame's payload, or None at the end of the pipe."""
    header = source.read(_FRAME.size)
    if len(header) < _FRAME.size:
        return None
    (size,) = _FRAME.unpack(header)
    payload = source.read(size)
    return payload if len(payload) == size else None


def _work(task_fd: int, answer_fd: int, score_item: ScoreItem, budget: float | None) -> None:
    """A worker's life: answer each chunk in the order received, until the end of input.

    Never returns: the process ends with os._exit, so nothing of the parent's (its atexit
    handlers, its buffered output) runs or is written twice."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C: end at once, no traceback
        for name in ("SIGTERM", "SIGHUP"):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)  # the input and output belong to the parent; holding them
        os.dup2(null, 1)  # would keep a reader of the output waiting for its end
        os.close(null)
        received: SimpleQueue[bytes | None] = SimpleQueue()
        tasks = os.fdopen(task_fd, "rb")
        threading.Thread(target=_read_tasks, args=(tasks, received), daemon=True).start()
        with os.fdopen(answer_fd, "wb") as answers, line_timer(budget) as limit:
            while (chunk := received.get()) is not None:
                lines: list[Line] = marshal.loads(chunk)
                _send(
                    answers,
                    b"".join(
                        answer_line(n, start, raw, score_item, limit) for n, start, raw in lines
                    ),
                )
    except BrokenPipeError:  # the parent is gone
        code = 1
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        try:
            sys.stderr.flush()
        finally:
            os._exit(code)


def _read_tasks(tasks: BinaryIO, received: SimpleQueue[bytes | None]) -> None:
    """Take every chunk off the pipe as it comes (see the module docstring: no deadlock)."""
    try:
        while (chunk := _receive(tasks)) is not None:
            received.put(chunk)
    finally:
        received.put(None)
