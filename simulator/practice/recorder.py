"""Recording practice in the store as it happens, and restoring interrupted sessions.

The session engine knows nothing about storage; the CLI and the UI hand each event to a
`Recorder`, which commits it at once. Restoring rebuilds a `Session` from the stored turns
against the (immutable) scenario, ready to continue where it stopped.

The app makes a `Recorder` before its first screen, so the session engine and the scorer
(rapidfuzz, the rubric models) are imported only when a session is restored, not here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.store.database import SessionRow, Store

if TYPE_CHECKING:
    from simulator.content.loading import Library
    from simulator.practice.session import Session, Turn
    from simulator.scoring import Scorer


class Recorder:
    def __init__(self, store: Store) -> None:
        self.store = store

    def started(self, session: Session, *, show_scores: bool = True) -> None:
        self.store.start_session(
            session.id,
            session.trainee,
            session.scenario.id,
            session.scenario.title,
            session.started_at,
            show_scores=show_scores,
        )

    def turn_taken(self, session: Session, turn: Turn) -> None:
        self.store.add_turn(session.id, len(session.turns), turn.to_json())

    def ended(self, session: Session) -> None:
        if session.reached_ending and session.node.ending is not None:
            self.store.end_session(session.id, "ended", session.node.ending.title)
        else:
            self.store.end_session(session.id, "left", None)

    def resumed(self, session: Session) -> None:
        self.store.set_status(session.id, "active")

    def restore(self, row: SessionRow, library: Library, scorer: Scorer) -> Session:
        from simulator.practice.session import Session, SessionError, Turn
        from simulator.scoring.results import result_from_record

        scenario = library.get(row.scenario_id)
        if scenario is None:
            raise SessionError(f"the scenario '{row.scenario_id}' is no longer in the library")
        session = Session(
            scenario, scorer, session_id=row.id, trainee=row.trainee, started_at=row.started_at
        )
        for stored in self.store.turns(row.id):
            for node_id in (stored.node_id, stored.next_node_id):
                if node_id not in scenario.nodes:
                    raise SessionError(
                        f"the scenario has changed since; moment '{node_id}' is gone"
                    )
            turn = Turn(
                stored.node_id,
                stored.reply,
                result_from_record(stored.result),
                stored.next_node_id,
                stored.at,
            )
            session.turns.append(turn)
            session.node_id = stored.next_node_id
        return session
