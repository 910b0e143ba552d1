"""Ending promptly, however the app is ended: Ctrl+Q, a closed terminal window, a lost
terminal, SIGTERM or SIGHUP, or the process that started it (`make run`) going away.

Why a watcher and a deadline, not only a SIGHUP handler: when the app is not the leader of
its terminal's session (under `make run`, make is; in a shell, the shell is), closing the
terminal sends SIGHUP to the leader only, and make waits for its children instead of passing
it on. The terminal is hung up all the same, so a thread here looks at the terminal itself
(POLLHUP on stdin) and at the parent process (re-parented means orphaned). Whatever asks
the app to end, `Ending.request` asks once, and if the app hasn't ended within
`GRACE_SECONDS` (a UI that blocks writing to a dead terminal, say) the seats this process
holds in rooms are released from a fresh store connection and the process ends there and
then. Nothing that was sent is lost: every step is committed the moment it is taken.
"""

from __future__ import annotations

import os
import select
import sys
import threading
import time
from collections.abc import Callable

#: How often the watcher looks at the terminal and the parent process.
CHECK_SECONDS = 0.1
#: After a request to end, the process is gone within this, whatever the UI is doing.
GRACE_SECONDS = 0.5


class Ending:
    """One request to end this process, from whichever thread or signal asks first."""

    def __init__(self, end: Callable[[str], object], release: Callable[[], None]) -> None:
        """`end(reason)` ends in order (called from the requesting thread: it must only
        schedule work on the UI's own thread); `release()` frees what others are waiting
        for (room seats) from any thread, before a forced exit."""
        self._end = end
        self._release = release
        self._lock = threading.Lock()
        self.reason: str | None = None

    def request(self, reason: str) -> None:
        with self._lock:
            if self.reason is not None:
                return
            self.reason = reason
        threading.Thread(target=self._deadline, name="ending-deadline", daemon=True).start()
        try:
            self._end(reason)
        except RuntimeError:  # the UI's loop is already gone
            self._force()

    def _deadline(self) -> None:
        time.sleep(GRACE_SECONDS)
        self._force()

    def _force(self) -> None:
        try:
            self._release()
        finally:
            os._exit(0)


def terminal_lost(fd: int) -> bool:
    """Whether the terminal on `fd` has hung up (its window closed, its line dropped)."""
    if not hasattr(select, "poll"):  # Windows: no hang-up to see this way
        return False
    try:
        poller = select.poll()
        poller.register(fd, select.POLLHUP | select.POLLERR | select.POLLNVAL)
        return any(
            mask & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _, mask in poller.poll(0)
        )
    except (OSError, ValueError):
        return True


def watch(ending: Ending, *, terminal_fd: int | None) -> threading.Thread:
    """Start a daemon thread that requests the ending when the terminal on `terminal_fd`
    hangs up (None: no terminal to watch) or this process loses its parent."""
    parent = os.getppid()

    def run() -> None:
        while ending.reason is None:
            if terminal_fd is not None and terminal_lost(terminal_fd):
                ending.request("the terminal closed")
                return
            if os.getppid() != parent:
                ending.request("the program that started this one ended")
                return
            time.sleep(CHECK_SECONDS)

    thread = threading.Thread(target=run, name="terminal-watch", daemon=True)
    thread.start()
    return thread


def stdin_terminal() -> int | None:
    """stdin's descriptor when it is a terminal, else None."""
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):
        return None
    return fd if os.isatty(fd) else None
