"""The clause reader's word lists are the rubric's: a facilitator who adds a word to one of
paraphrasing.yaml's `clause_*` lexicons changes how replies are read, without touching code.

Stop 11 moved the last wordings out of scoring/clauses.py (praise by comparison, "knowing a
lot", vague nouns after a generic word, terms of address, trailing words, a disagreement that
stands alone) into lexicons. Each row adds one word to one lexicon in a copy of the rubric
folder and checks that a reply using it is read differently there, and not in the shipped set.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from simulator.content.loading import RubricSet, require_rubrics
from simulator.scoring.clauses import LEXICONS, Clause, ClauseReader, reader_for
from tests.helpers import ROOT

PEER = "My landlord put the rent up again and I already can't cover it. I'm so tired."

#: (lexicon, word added, reply, what the reader says of it: shipped, then with the word)
ROWS = [
    (
        "clause_comparisons",
        "kinder",
        "You were kinder than most people would be.",
        "experience",
        "praise",
    ),
    (
        "clause_compared_with",
        "your mates",
        "You stayed calmer than your mates did.",
        "experience",
        "praise",
    ),
    ("clause_knowing", "know the ropes", "You seem to know the ropes.", "experience", "praise"),
    ("clause_vague", "week", "That's a rough week.", "other", "acknowledgement"),
    ("clause_trailing", "fam", "That's a lot fam.", "experience", "acknowledgement"),
    ("clause_address", "pal", "You're worn out, pal.", "2 clauses", "1 clause"),
    ("clause_disagreement", "nuh uh", "Nuh uh.", "not general", "general"),
]


def _reading(reader: ClauseReader, reply: str) -> str:
    clauses: list[Clause] = list(reader.read(reply, reader.peer_stems(PEER)))
    if reply == "Nuh uh.":
        return "general" if any(c.general for c in clauses) else "not general"
    if reply.endswith("pal."):
        return f"{len(clauses)} clause{'s' if len(clauses) != 1 else ''}"
    return clauses[-1].predicate


def _with_word(tmp_path: Path, lexicon: str, word: str) -> RubricSet:
    folder = tmp_path / "rubrics"
    shutil.copytree(ROOT / "rubrics", folder)
    path = folder / "paraphrasing.yaml"
    text = path.read_text(encoding="utf-8")
    start = re.search(rf"\n  {lexicon}: \[\n", text)
    assert start is not None, f"{lexicon} is not a lexicon of paraphrasing.yaml"
    path.write_text(text[: start.end()] + f"    {word},\n" + text[start.end() :], "utf-8")
    return require_rubrics(folder)


@pytest.mark.parametrize(("lexicon", "word", "reply", "shipped", "edited"), ROWS)
def test_a_word_added_to_the_lexicon_changes_the_reading(
    rubrics: RubricSet,
    tmp_path: Path,
    lexicon: str,
    word: str,
    reply: str,
    shipped: str,
    edited: str,
) -> None:
    assert lexicon in LEXICONS
    assert _reading(reader_for(rubrics.lexicons), reply) == shipped
    changed = _with_word(tmp_path, lexicon, word)
    assert _reading(reader_for(changed.lexicons), reply) == edited
