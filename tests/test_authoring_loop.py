"""The guide's authoring loop (new → edit → studio → playtest → map) shows what the commands
really print: each terminal block is compared with a fresh run."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.helpers import CLI, ROOT, cli_env

GUIDE = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
LOOP = GUIDE.split("## 7. The authoring loop", 1)[1]
EXAMPLES = GUIDE.split("## 8. Writing examples that score as intended", 1)[1]


def block_after(command: str) -> str:
    """The terminal block whose first line is `$ command`, without that line."""
    for block in re.findall(r"```\n(.*?)```", LOOP, re.S):
        first, _, rest = block.partition("\n")
        if first == f"$ {command}":
            return rest
    raise AssertionError(f"no block for {command!r} in the guide")


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args],
        cwd=folder,
        env=cli_env(folder / "data"),
        text=True,
        capture_output=True,
        # A guard against a hang, not a speed test: a fresh data folder builds the rubric
        # set-up cache first, which took over 60 s on a loaded 2-core machine.
        timeout=180,
        check=False,
    )


def test_the_loop_blocks_are_what_the_commands_print(tmp_path: Path) -> None:
    made = run(tmp_path, "new", "scenario", "rough-night")
    assert made.stdout == block_after("peer-practice new scenario rough-night")
    mapped = run(tmp_path, "map", "rough-night.yaml")
    assert mapped.stdout == block_after("peer-practice map rough-night.yaml")
    # The guide's playtest shows the template with its second good example reworded.
    path = tmp_path / "rough-night.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "That sounds exhausting, and it makes sense you're fed up.",
            "Have you thought about asking for the money up front?",
        ),
        encoding="utf-8",
    )
    played = run(tmp_path, "playtest", "rough-night.yaml")
    assert played.returncode == 1
    assert played.stdout + played.stderr == block_after("peer-practice playtest rough-night.yaml")


def test_the_loop_covers_every_step_and_the_examples_section_is_there() -> None:
    for command in (
        "peer-practice new scenario",
        "--from",
        "peer-practice studio",
        "peer-practice playtest",
        "--full-coverage",
        "peer-practice map",
        "--format mermaid",
        "--format dot",
        "Try this moment again",
        "Map of this scenario",
    ):
        assert command in LOOP, command
    assert "illustrates" in EXAMPLES and "evidence" in EXAMPLES
