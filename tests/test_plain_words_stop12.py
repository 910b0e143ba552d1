"""Words a person reads outside the app, found trying it as a trainee (stop 12), as real
subprocesses.

- Plain mode's /pause printed the 5-4-3-2-1 exercise broken across lines mid-sentence
  ("…3 you can hear," / "2 you can smell and 1 you can taste. Or breathe…"): a screen reader
  reads a line at a time, so the exercise came in two pieces. One sentence a line now.
- A Markdown or HTML transcript for supervision named the boundary flags by their ids
  ("false_reassurance, over_promising") where the app says "false reassurance"; the JSON
  export keeps the ids.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.helpers import run_cli

SENTENCE_END = re.compile(r"[.!?:)]$")


def test_the_plain_pause_is_one_sentence_a_line(private_data_dir: Path) -> None:
    result = run_cli(
        private_data_dir, "play", "warm-up-long-week", "--plain", input="/pause\n/leave\n"
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    start = out.index("Pause. Nothing is lost")
    end = out.index("(leaving is always okay).", start) + len("(leaving is always okay).")
    block = out[start:end].splitlines()
    assert any("3 you can hear, 2 you can smell" in line for line in block), block
    for line in block:
        assert SENTENCE_END.search(line.strip()), (line, block)


def test_a_transcript_names_flags_in_words(private_data_dir: Path) -> None:
    reply = "Don't worry, nothing bad will happen to you, I promise. Immigration won't find out."
    played = run_cli(
        private_data_dir,
        "play",
        "migrant-worker-status",
        "--plain",
        "--trainee",
        "River",
        input=f"\n{reply}\n/leave\n",
    )
    assert played.returncode == 0, played.stderr
    session = re.search(r"practice history as (\w+)", played.stdout)
    assert session, played.stdout
    for fmt in ("md", "html"):
        page = run_cli(private_data_dir, "export", session.group(1), "--format", fmt).stdout
        assert "false reassurance" in page, page
        assert "false_reassurance" not in page and "over_promising" not in page
    data = json.loads(
        run_cli(private_data_dir, "export", session.group(1), "--format", "json").stdout
    )
    assert "false_reassurance" in json.dumps(data)  # the machine format keeps the ids
