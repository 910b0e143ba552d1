"""Where a trainee's practice is kept: one private folder on this machine, nowhere else.

The folder is the platform's user data directory (via platformdirs), or `--data-dir`, or
the `PEER_PRACTICE_DATA_DIR` environment variable (the tests always set one). It is created
owner-only (0700) and every file in it is written owner-only (0600).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "PEER_PRACTICE_DATA_DIR"


def data_dir(override: Path | None = None) -> Path:
    if override is not None:
        folder = override
    elif os.environ.get(ENV_VAR):
        folder = Path(os.environ[ENV_VAR])
    else:
        folder = Path(platformdirs.user_data_dir("peer-practice", appauthor=False))
    folder = folder.expanduser()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def sessions_dir(override: Path | None = None) -> Path:
    folder = data_dir(override) / "sessions"
    folder.mkdir(exist_ok=True, mode=0o700)
    return folder
