"""Scoring in a separate process, so a reply's time budget really holds.

A thread is not enough on its own: one regular-expression match runs without releasing
Python's global lock, so a reply that makes a pattern backtrack (hundreds of blank lines,
say) kept the app's own thread from running for seconds at a time, and a thread cannot be
stopped. A child process (`python -m simulator.practice.scoring_child`) holds its own
compiled scorer; the caller waits on a pipe (which releases the lock), and a reply over its
budget has the child killed and a new one started for the next reply.

The child is a plain subprocess with pipes (multiprocessing needs real stdout/stderr file
descriptors, which a Textual app has replaced). It ends when its input closes, so a closed
app never leaves it behind. Messages are length-prefixed pickles between this process and
its own child; nothing else writes to those pipes.
"""

from __future__ import annotations

import os
import pickle
import select
import struct
import subprocess
import sys
import threading
import time
from contextlib import suppress
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.content.loading import RubricSet
    from simulator.content.scenario import Node
    from simulator.scoring import ScoreResult

#: Seconds a new child may take to start and compile the rubrics (not part of any reply's
#: budget; it normally takes under one).
WARM_UP = 30.0
HEADER = struct.Struct(">I")
CHILD = "simulator.practice.scoring_child"


class ScoringTimeout(Exception):
    """The reply was not scored within its budget (the child was stopped)."""


class ScoringUnavailable(Exception):
    """The scoring process could not be started or stopped answering."""


def write_frame(stream: IO[bytes], value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def read_exactly(fd: int, size: int, deadline: float | None) -> bytes:
    """`size` bytes from `fd`, waiting at most until `deadline` (monotonic) if given."""
    chunks: list[bytes] = []
    while size:
        if deadline is not None:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([fd], [], [], max(0.0, left))
            if not ready:
                raise ScoringTimeout("no answer in time")
        chunk = os.read(fd, size)
        if not chunk:
            raise EOFError("the other end closed")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int, deadline: float | None = None) -> Any:
    (size,) = HEADER.unpack(read_exactly(fd, HEADER.size, deadline))
    return pickle.loads(read_exactly(fd, size, deadline))


class ScoringProcess:
    """One child process scoring one reply at a time, started on first use or `start()`."""

    def __init__(self, rubrics: RubricSet, *, command: list[str] | None = None) -> None:
        self._rubrics = rubrics
        #: What runs the child (tests use a slow stand-in).
        self._command = command or [sys.executable, "-m", CHILD]
        self._lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None
        self._ready = False

    def start(self) -> None:
        """Start the child now (it compiles the rubrics while the person reads)."""
        with self._lock:
            self._ensure()

    def warm_up(self, context: str | None, reply: str, node: Node | None) -> None:
        """Start the child if needed and have it score one reply, so that what it builds on
        first use (the prefilter, the peer's line) is built before anyone waits for it."""
        self.score(context, reply, node, timeout=WARM_UP)

    def _ensure(self) -> subprocess.Popen[bytes]:
        if self._child is None or self._child.poll() is not None:
            self._stop()
            package_root = str(Path(__file__).resolve().parents[2])
            env = dict(os.environ)
            env["PYTHONPATH"] = os.pathsep.join(
                p for p in (package_root, env.get("PYTHONPATH", "")) if p
            )
            child = subprocess.Popen(
                self._command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            assert child.stdin is not None
            write_frame(child.stdin, self._rubrics)
            self._child, self._ready = child, False
        return self._child

    def score(
        self, context: str | None, reply: str, node: Node | None, *, timeout: float
    ) -> ScoreResult:
        """Score in the child, or raise ScoringTimeout after `timeout` seconds (the child is
        stopped, and a new one starts for the next reply) or ScoringUnavailable."""
        with self._lock:
            try:
                child = self._ensure()
                assert child.stdin is not None and child.stdout is not None
                out = child.stdout.fileno()
                if not self._ready:
                    try:
                        read_frame(out, time.monotonic() + WARM_UP)
                    except ScoringTimeout as exc:
                        raise ScoringUnavailable("the scorer took too long to start") from exc
                    self._ready = True
                write_frame(child.stdin, (context, reply, node))
                kind, value = read_frame(out, time.monotonic() + timeout)
            except ScoringTimeout as exc:
                self._stop()
                raise ScoringTimeout(f"not scored within {timeout:g} s") from exc
            except ScoringUnavailable:
                self._stop()
                raise
            except (EOFError, OSError, pickle.UnpicklingError, struct.error) as exc:
                self._stop()
                raise ScoringUnavailable(f"the scorer stopped ({exc})") from exc
        if kind != "ok":
            raise ScoringUnavailable(str(value))
        return value  # type: ignore[no-any-return]

    def _stop(self) -> None:
        child, self._child, self._ready = self._child, None, False
        if child is None:
            return
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                with suppress(OSError):
                    stream.close()
        if child.poll() is None:
            child.kill()
            with suppress(subprocess.TimeoutExpired):
                child.wait(2)

    def close(self) -> None:
        with self._lock:
            self._stop()

    def kill(self) -> None:
        """Stop the child at once, even in the middle of a reply (the app is closing)."""
        child = self._child
        if child is not None and child.poll() is None:
            child.kill()
