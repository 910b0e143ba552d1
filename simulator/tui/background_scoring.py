"""Scoring a pair or room reply off the UI thread, as the practice screen does for solo
replies: the pause key, leaving and every other key keep working while it is read.

In the real app the reply goes to the app's scoring process (`ScoringProcess`: a reply that
makes a pattern work hard can't hold the UI thread's lock). A pair or room step can't be
set aside the way a solo reply is (in a room everyone must fold the same log into the same
conversation), so if the process is over its budget or unavailable the reply is scored in
the background thread instead: scoring is linear-time and bounded by the reply limit (#16),
and deterministic, so every seat still gets the same result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from simulator.practice.pair import ToScore

if TYPE_CHECKING:
    from simulator.scoring import Scorer, ScoreResult
    from simulator.tui.app import PeerPracticeApp

#: Seconds the scoring process may take before the reply is scored in the thread instead.
PROCESS_BUDGET = 10.0

Done = Callable[["ScoreResult | None", "Exception | None"], None]


def score_in_background(
    app: PeerPracticeApp,
    scorer: Scorer,
    job: ToScore,
    done: Done,
    *,
    budget: float = PROCESS_BUDGET,
) -> None:
    """Score `job` in a daemon thread (quitting never waits for it) and call `done(result,
    failure)` on the UI thread. If the app has closed meanwhile, nothing is called."""

    def work() -> None:
        from simulator.practice.scoring_process import ScoringTimeout, ScoringUnavailable

        result: ScoreResult | None = None
        failed: Exception | None = None
        try:
            process = app.scoring_process
            if process is not None:
                with suppress(ScoringTimeout, ScoringUnavailable):
                    result = process.score(job.peer_line, job.reply, job.node, timeout=budget)
            if result is None:
                result = scorer.score(job.peer_line, job.reply, job.node)
        except Exception as exc:  # said on screen; the step is then applied as before
            failed = exc
        with suppress(RuntimeError):  # the app has closed
            app.call_from_thread(done, result, failed)

    threading.Thread(target=work, name="score-pair-reply", daemon=True).start()
