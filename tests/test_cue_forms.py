"""A facilitator's cue that mixes a lexicon with words matches what it says.

`'{lexicon} word'`, `'word {lexicon}'` and `'{a} {b}'` used to compile without the space
between the lexicon and the word, so `'{silly} idea'` matched "sillyidea" and never "a silly
idea". Tested as a facilitator meets it: their own rubric folder and `peer-practice score`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import ROOT, run_cli

CRITERION = """\
  - id: calls_it_silly
    description: Calls the peer's plan silly
    explanation: A test criterion written by a facilitator.
    cues:
      - '{silly_words} idea'
      - 'so {silly_words}'
      - '{silly_words} {plan_words}'
      - '{plan_words} ... {silly_words}'
    not_after: ['not {article_words}']
    flags: [judgment]
    severity: 2
    next_step: Set your own view of their plan aside.

"""
LEXICONS = """\
  silly_words: [silly, daft, stupid]
  plan_words: [plan, scheme]
  article_words: [a, an, the]
"""

CONTEXT = "I'm going to ask the other girls to share a driver."


@pytest.fixture(scope="module")
def rubric_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rubrics")
    shutil.copytree(ROOT / "rubrics", folder, dirs_exist_ok=True)
    path = folder / "boundaries.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("\ncriteria:\n") == 1 and text.count("\nlexicons:\n") == 1
    text = text.replace("\ncriteria:\n", "\ncriteria:\n" + CRITERION)
    text = text.replace("\nlexicons:\n", "\nlexicons:\n" + LEXICONS)
    path.write_text(text, encoding="utf-8")
    return folder


def _flagged(rubric_folder: Path, data_dir: Path, replies: list[str]) -> list[bool]:
    lines = "".join(
        json.dumps({"id": i, "context": CONTEXT, "response": r}) + "\n"
        for i, r in enumerate(replies)
    )
    result = run_cli(data_dir, "--rubrics", str(rubric_folder), "score", input=lines, timeout=90)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    return [
        any(e["criterion"] == "calls_it_silly" for e in o["boundaries"]["evidence"]) for o in out
    ]


MATCHES = [
    "Honestly that's a silly idea.",  # '{lexicon} word'
    "thats a daft   idea tbh",  # any whitespace between
    "Sharing a driver? That's so stupid.",  # 'word {lexicon}'
    "what a stupid scheme",  # '{a} {b}'
    "Your plan sounds pretty daft to me.",  # '{a} ... {b}'
]
NOT_MATCHES = [
    "Sharing a driver sounds like a solid idea.",
    "thats a sillyidea",  # the words run together: not the cue
    "so sad you have to sort this out yourselves",  # 'so' + not a lexicon word
    "It's not a silly idea, it's yours.",  # not_after 'not {article_words}'
]


def test_cues_mixing_a_lexicon_and_words_match_as_written(
    rubric_folder: Path, private_data_dir: Path
) -> None:
    flagged = dict(
        zip(
            MATCHES + NOT_MATCHES,
            _flagged(rubric_folder, private_data_dir, MATCHES + NOT_MATCHES),
            strict=True,
        )
    )
    assert [r for r in MATCHES if not flagged[r]] == []
    assert [r for r in NOT_MATCHES if flagged[r]] == []
