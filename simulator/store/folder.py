"""Where a trainee's practice is kept: one private folder on this machine, nowhere else.

The folder is the platform's user data directory (via platformdirs), or `--data-dir`, or
the `PEER_PRACTICE_DATA_DIR` environment variable (the tests always set one). It is created
owner-only (0700) and every file in it is written owner-only (0600).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

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


def write_private_bytes(path: Path, data: bytes, *, durable: bool = False) -> None:
    """Write `data` atomically (a crash mid-write keeps the old file), readable by the owner
    only, creating the folder owner-only; `durable`: flushed to the disk before it replaces
    the old file (a trainee's data; a cache that can be worked out again need not be)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_private_json(path: Path, data: Any) -> None:
    """Write JSON atomically (a crash mid-write keeps the old file), readable by the owner only."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    write_private_bytes(path, text.encode("utf-8"), durable=True)
