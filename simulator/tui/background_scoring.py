"""Scoring (and other slow reading) off the UI thread: the one way the app does it.

The practice, drill, pair/room and studio-playtest screens all hand a piece of work to
`in_background`: it runs in a daemon thread (quitting never waits for it) and its result, or
the exception it raised, comes back to the UI thread with `call_from_thread`. The pause key,
leaving and every other key keep working meanwhile. If the app has closed by then, nothing
is called, and no traceback appears while it is closing. The one choice that differs
between screens is what a reply over its time budget means (`ScoringTimeout` from the app's
scoring process):

- a solo reply is *set aside* (`timed_out`): practice goes on without it, the text goes back
  into the box;
- a pair or room step can't be set aside (in a room everyone must fold the same log into the
  same conversation), so `score_in_background` scores it in the thread instead: scoring is
  linear-time and bounded by the reply limit (#16), and deterministic, so every seat still
  gets the same result;
- without `timed_out`, a timeout is reported to `done` as a failure (a drill says so kindly).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import CancelledError
from contextlib import suppress
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from textual.app import App

    from simulator.practice.pair import ToScore
    from simulator.scoring import Scorer, ScoreResult
    from simulator.tui.app import PeerPracticeApp

#: Seconds the scoring process may take before a pair reply is scored in the thread instead.
PROCESS_BUDGET = 10.0

T = TypeVar("T")
Done = Callable[["ScoreResult | None", "Exception | None"], None]


def in_background(
    app: App[Any],
    work: Callable[[], T],
    done: Callable[[T | None, Exception | None], None],
    *,
    name: str,
    timed_out: Callable[[], None] | None = None,
) -> None:
    """Run `work()` in a daemon thread and call `done(result, failure)` on the UI thread;
    with `timed_out`, a `ScoringTimeout` calls that instead."""

    def run() -> None:
        from simulator.practice.scoring_process import ScoringTimeout

        result: T | None = None
        failed: Exception | None = None
        try:
            result = work()
        except ScoringTimeout as exc:
            if timed_out is not None:
                _on_ui_thread(app, timed_out)
                return
            failed = exc
        except Exception as exc:  # said on screen by `done`; the app goes on
            failed = exc
        _on_ui_thread(app, done, result, failed)

    threading.Thread(target=run, name=name, daemon=True).start()


def _on_ui_thread(app: App[Any], callback: Callable[..., None], *args: Any) -> None:
    """Call `callback(*args)` on the UI thread, unless the app has closed or is closing:
    then nothing is called (and no half-made call is left for the closed loop)."""
    if not app.is_running:
        return
    # It may still close in between: the call is refused (RuntimeError) or cancelled.
    with suppress(RuntimeError, CancelledError):
        app.call_from_thread(callback, *args)


def score_in_background(
    app: PeerPracticeApp,
    scorer: Scorer,
    job: ToScore,
    done: Done,
    *,
    budget: float = PROCESS_BUDGET,
) -> None:
    """Score a pair or room step in the background, through the app's scoring process when
    there is one, falling back to `scorer` in the thread (never set aside)."""

    def work() -> ScoreResult:
        from simulator.practice.scoring_process import ScoringTimeout, ScoringUnavailable

        process = app.scoring_process
        if process is not None:
            with suppress(ScoringTimeout, ScoringUnavailable):
                return process.score(job.peer_line, job.reply, job.node, timeout=budget)
        return scorer.score(job.peer_line, job.reply, job.node)

    in_background(app, work, done, name="score-pair-reply")
