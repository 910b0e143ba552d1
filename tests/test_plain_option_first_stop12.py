"""`peer-practice --plain play SCENARIO` in a terminal is plain mode (stop 12).

`--help` lists `--plain` ("Line-based mode for screen readers and scripts") among the options
that come before the command, but `--plain play warm-up-long-week` in a real terminal opened
the full-screen app: only `play … --plain` was honoured. A screen-reader user who puts the
option first got the one mode they asked not to have. Run in a real terminal (a pty), as that
person would; the same for `drill`.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import in_a_terminal, read_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")

#: What the full-screen app draws that plain mode never does: the switch to the terminal's
#: alternate screen.
ALTERNATE_SCREEN = "\x1b[?1049h"


def run_first(private_data_dir: Path, *args: str, plain_says: str) -> str:
    """What the terminal shows for `--plain ARGS…` until plain mode says `plain_says` or the
    app switches to its full screen, whichever comes first."""
    env = {**os.environ, "PEER_PRACTICE_DATA_DIR": str(private_data_dir), "TERM": "xterm"}
    env.update(COLUMNS="80", LINES="24")
    argv = [sys.executable, "-m", "simulator", "--plain", *args]
    seen = ""
    with in_a_terminal(argv, env) as (_pid, fd):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (plain_says in seen or ALTERNATE_SCREEN in seen):
            seen += read_until(fd, [plain_says], timeout=0.5)
    return seen


def test_plain_before_play_is_line_based(private_data_dir: Path) -> None:
    seen = run_first(
        private_data_dir, "play", "warm-up-long-week", plain_says="Press Enter to begin"
    )
    assert ALTERNATE_SCREEN not in seen
    assert "Warm-up: a long week (difficulty 1" in seen


def test_plain_before_drill_is_line_based(private_data_dir: Path) -> None:
    # A first drill shows the unit's lesson first, as text.
    seen = run_first(private_data_dir, "drill", "2", plain_says="Press Enter to start the drill")
    assert ALTERNATE_SCREEN not in seen
    assert "How paraphrasing is scored" in seen
