"""`peer-practice` alone in a real terminal (a pty): the home screen comes up first, the
library fills in after it, and Ctrl+Q quits. (Timing is `make bench-ui`'s job, not this.)"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from simulator.store.database import Store
from simulator.store.profiles import Profiles
from tests.helpers import ROOT, in_a_terminal, read_until


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_the_app_opens_in_a_terminal_and_fills_the_library(private_data_dir: Path) -> None:
    Profiles(Store(private_data_dir)).add("River")
    env = {**os.environ, "PEER_PRACTICE_DATA_DIR": str(private_data_dir), "TERM": "xterm"}
    env.update(COLUMNS="100", LINES="30")
    # `python -m simulator` with no arguments, as `peer-practice`
    with in_a_terminal([sys.executable, "-m", "simulator"], env) as (pid, fd):
        screen = read_until(fd, ["Practising as", "A bad date"])
        assert "Practising as" in screen
        assert "A bad date" in screen  # the library, loaded after the first paint
        os.write(fd, b"\x11")  # Ctrl+Q
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                assert os.waitstatus_to_exitcode(status) == 0
                return
            read_until(fd, ["\0"], timeout=0.2)  # keep the pty drained
        pytest.fail("the app did not quit on Ctrl+Q")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_broken_rubrics_found_after_the_first_paint_are_printed_clearly(
    private_data_dir: Path, tmp_path: Path
) -> None:
    rubrics = tmp_path / "rubrics"
    rubrics.mkdir()
    (rubrics / "paraphrasing.yaml").write_text("skill: [unclosed\n", encoding="utf-8")
    env = {**os.environ, "PEER_PRACTICE_DATA_DIR": str(private_data_dir), "TERM": "xterm"}
    argv = [sys.executable, "-m", "simulator", "--rubrics", str(rubrics)]
    with in_a_terminal(argv, env) as (pid, fd):
        out = read_until(fd, ["fix them (see above) and try again"])
        assert "paraphrasing.yaml:" in out and "the rubrics have problems" in out
        assert "Traceback" not in out
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 1


def test_the_first_screen_needs_none_of_the_heavy_imports() -> None:
    """What `peer-practice` imports before its first paint: not the content models
    (pydantic), YAML, the scorer (rapidfuzz) or the command line (click). They load after
    the home screen is up (`make bench-ui` times it)."""
    import subprocess

    code = (
        "import sys\n"
        "from simulator.tui.app import make_app\n"
        "make_app(lazy=True)\n"
        "heavy = {'pydantic', 'yaml', 'rapidfuzz', 'click'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]", result.stdout
