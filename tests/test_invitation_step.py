"""Issue #11 item 4 (stop 14, the lead): an invitation to go on talking is not asking
permission to give ideas.

"Say more about the torn feeling, if you want." was told "Asking before offering was right…":
the "if you want" of `asks_permission` was read as permission for an idea that was never
offered. After an invitation to talk ("say more", "tell me about…") it is now left alone; an
idea offered "if you want" still gets that step. Tested through the `score` contract at every
scenario's opening.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import scored_at_openings

INVITATIONS = [
    "Say more about the torn feeling, if you want.",
    "Tell me about the week if you like.",
    "you can keep going if u want",
]
OFFER = "I have a couple of ideas, if you want."


def test_an_invitation_to_talk_is_not_praised_as_asking_before_an_idea(
    private_data_dir: Path,
) -> None:
    for row, out in scored_at_openings(private_data_dir, [*INVITATIONS, OFFER]):
        step = out["feedback"]["next_step"] or ""
        if row["response"] == OFFER:
            assert "Asking before offering" in step, (row, step)
        else:
            assert "Asking before offering" not in step, (row, step)
