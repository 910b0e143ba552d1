"""A trainee's own choices that last between sessions, kept in the local store under their
name. For now one: whether the optional check-in is offered before content with content
notes (on the course path, from the library and in plain mode alike).

Nothing is written until the trainee makes a choice: the default (check-ins offered) is
the absence of a row, and turning the offer back on removes the row. `forget` deletes the
rows with the rest of their practice (`store.PER_TRAINEE_TABLES`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from simulator.content.course import Course, Unit
from simulator.store.database import Store

#: The setting that turns the check-in offer off ("off"; no row means offered).
CHECK_INS = "check_ins"

#: The words around the setting, shared by the app and plain mode.
CHECK_INS_OFF_LABEL = "Don't offer check-ins"
CHECK_INS_OFF = (
    "Check-ins won't be offered again. To have them back: 'Check-ins' in the command "
    "palette (Ctrl+P), or 'peer-practice check-ins on'."
)
PLAIN_CHECK_INS_OFF = (
    "Check-ins won't be offered again. To have them back: 'peer-practice check-ins on'."
)
CHECK_INS_ON = "Check-ins will be offered again before content with content notes."
PLAIN_PROMPT = "Your number (Enter to skip; 'off' to stop being offered check-ins): "
PLAIN_OFF_WORDS = frozenset({"off", "never", "stop asking"})


class TraineeSettings:
    """One trainee's settings ('' for a guest)."""

    def __init__(self, store: Store, trainee: str = "") -> None:
        self.store = store
        self.trainee = trainee

    def get(self, key: str) -> str | None:
        row = self.store.db.execute(
            "SELECT value FROM trainee_settings WHERE trainee = ? AND key = ?",
            (self.trainee, key),
        ).fetchone()
        return None if row is None else str(row[0])

    def put(self, key: str, value: str | None) -> None:
        """Set a value, or (None) go back to the default by removing it."""
        with self.store.transaction():
            if value is None:
                self.store.db.execute(
                    "DELETE FROM trainee_settings WHERE trainee = ? AND key = ?",
                    (self.trainee, key),
                )
            else:
                self.store.db.execute(
                    "INSERT INTO trainee_settings (trainee, key, value, at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (trainee, key) DO UPDATE SET value = excluded.value, "
                    "at = excluded.at",
                    (self.trainee, key, value, datetime.now(UTC).isoformat(timespec="seconds")),
                )

    @property
    def check_ins_offered(self) -> bool:
        return self.get(CHECK_INS) != "off"

    def offer_check_ins(self, on: bool) -> None:
        self.put(CHECK_INS, None if on else "off")


def unit_for_scenario(course: Course | None, scenario_id: str) -> Unit | None:
    """The first unit of the course that practises this scenario, if any (a check-in before
    it is filed under that unit, and its "lighter unit" is another one)."""
    if course is None:
        return None
    return next((unit for unit in course.units if scenario_id in unit.scenarios), None)
