"""`validate`'s messages for a set of broken files stay exactly as they were.

Speed work on validation (issue 15) must not change what a facilitator is told: every problem
still as `file:line:col`, the same warnings, the same summary and exit code. The expected
output was saved before that work began (see tests/data/validate_messages/README.md).
"""

from __future__ import annotations

import subprocess

from tests.helpers import CLI, ROOT

CORPUS = ROOT / "tests" / "data" / "validate_messages"


def test_messages_for_broken_files_are_identical_to_before() -> None:
    result = subprocess.run(
        [*CLI, "validate", str(CORPUS.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    expected = (CORPUS / "expected-output.txt").read_text(encoding="utf-8")
    assert result.stdout.splitlines() == expected.splitlines()
    assert result.stderr.strip() == "41 error(s), 38 warning(s) in 12 file(s)"
    assert result.returncode == 1
