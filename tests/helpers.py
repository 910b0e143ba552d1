"""Helpers shared by tests (not fixtures)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "data" / "dev"
CLI = [sys.executable, "-m", "simulator"]


def cli_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PEER_PRACTICE_DATA_DIR"] = str(data_dir)
    return env
