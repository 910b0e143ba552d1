"""The clause reader's word lists are the rubric's: a facilitator who adds a word to one of
paraphrasing.yaml's `clause_*` lexicons changes how replies are read, without touching code.

Stop 11 moved wordings out of scoring/clauses.py (praise by comparison, "knowing a lot", vague
nouns after a generic word, terms of address, trailing words, a disagreement that stands alone)
into lexicons; stop 12 the word lists left inside its grammar (the speaker's story and offers,
"never" that describes, what a forecast says, reporting verbs, how hard "it" is, words in -ed
that are no past tense). Each row adds one word to one lexicon in a copy of the rubric folder
and checks that a reply using it is read differently there, and not in the shipped set.
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
    ("clause_speaker_story", "grew up", "I grew up in care.", "other", "own_story"),
    ("clause_speaker_offer", "am free", "I am free tomorrow.", "other", "offer"),
    ("clause_never_describes", "home", "Never home.", "instruction", "other"),
    ("clause_forecast", "bounce back", "You'll bounce back.", "experience", "prediction"),
    ("clause_reporting", "sound", "You sound okay.", "reassurance", "experience"),
    ("clause_makes_it", "awkward", "That makes it so awkward.", "other", "experience"),
    ("clause_how_it_is", "surreal", "It was surreal.", "other", "experience"),
    (
        "clause_not_past",
        "unemployed",
        "Clinics can help unemployed people.",
        "not general",
        "general",
    ),
]


def _reading(reader: ClauseReader, reply: str, shipped: str) -> str:
    """What the row looks at: `general`, the number of clauses, or the last predicate."""
    clauses: list[Clause] = list(reader.read(reply, reader.peer_stems(PEER)))
    if shipped.endswith("general"):
        return "general" if any(c.general for c in clauses) else "not general"
    if shipped.endswith(("clause", "clauses")):
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
    assert _reading(reader_for(rubrics.lexicons), reply, shipped) == shipped
    changed = _with_word(tmp_path, lexicon, word)
    assert _reading(reader_for(changed.lexicons), reply, shipped) == edited
