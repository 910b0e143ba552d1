"""Progress over sessions: per-skill trends, scenarios done, the skill to work on next, and a
gentle count of practice days (no streak-breaking guilt). Computed from the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from simulator.content.loading import Library
from simulator.content.scenario import Scenario
from simulator.store.database import Store

SKILLS = ("paraphrasing", "validation", "boundaries")


@dataclass(frozen=True)
class Progress:
    trainee: str
    sessions: int
    #: Per skill, one value per recent session (oldest first, at most 30), 0..1 where higher
    #: is better (boundaries are shown as how well they held).
    trends: dict[str, list[float]]
    scenarios_done: int
    scenarios_total: int
    days_recent: int
    weakest: str | None
    suggestions: list[Scenario]

    @property
    def encouragement(self) -> str:
        if self.sessions == 0:
            return "No practice yet. Whenever you're ready, pick a scenario; there's no rush."
        if self.days_recent:
            return f"You've practised on {self.days_recent} day{'s' if self.days_recent != 1 else ''} in the last two weeks."
        return "Welcome back. Every bit of practice counts, whenever it happens."


def progress(
    store: Store, library: Library, trainee: str, *, today: date | None = None
) -> Progress:
    trend_rows = store.skill_trend(trainee)
    trends = {
        "paraphrasing": [p / 2 for _, p, _, _ in trend_rows],
        "validation": [v / 2 for _, _, v, _ in trend_rows],
        "boundaries": [1 - b / 2 for _, _, _, b in trend_rows],
    }
    done = store.scenarios_done(trainee)
    today = today or datetime.now(UTC).date()
    recent = [
        d
        for d in store.practice_days(trainee)
        if date.fromisoformat(d) >= today - timedelta(days=14)
    ]
    weakest = None
    if trend_rows:
        recent_means = {skill: sum(vals[-5:]) / len(vals[-5:]) for skill, vals in trends.items()}
        weakest = min(recent_means, key=lambda s: recent_means[s])
    suggestions = []
    if weakest is not None:
        training = [s for s in library.scenarios if weakest in s.skills]
        suggestions = sorted(training, key=lambda s: (s.id in done, s.difficulty))[:3]
    return Progress(
        trainee,
        store.session_count(trainee),
        trends,
        len(done),
        len(library.scenarios),
        len(recent),
        weakest,
        suggestions,
    )
