"""Helpers shared by tests (not fixtures)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "data" / "dev"
CLI = [sys.executable, "-m", "simulator"]


def cli_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PEER_PRACTICE_DATA_DIR"] = str(data_dir)
    return env


def run_cli(
    data_dir: Path, *args: str, check: bool = False, capture_output: bool = True, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """`peer-practice ARGS` in its own process on this data folder, as text."""
    return subprocess.run(
        [*CLI, *args],
        env=cli_env(data_dir),
        cwd=ROOT,
        text=True,
        check=check,
        capture_output=capture_output,
        timeout=kwargs.pop("timeout", 120),
        **kwargs,
    )
