"""One reading of a reply for both sentence readers (scoring/reply_reading.py, issue #11/#15).

The clause reader (reflections) and the verdict reader (validation) share one per-reply
reading: the reply is lower-cased and split into sentences once, its clauses are read once
for every clause criterion and its verdicts once for every verdict criterion, and neither is
read unless a criterion that needs it is reached (the verdict criteria are gated by the
engine's prefilter on the words a verdict of their kind must hold). A speed measure: it must
never change a result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from simulator.content.loading import RubricSet
from simulator.scoring import Scorer
from simulator.scoring.clauses import ClauseReader
from simulator.scoring.prefilter import WHOLE
from simulator.scoring.reply_reading import ReplyReading
from simulator.scoring.results import result_to_record
from simulator.scoring.verdicts import VerdictReader, VerdictWords
from tests.helpers import opening, shipped_scenarios
from tests.test_validation_verdicts import (
    NOT_EASY,
    NOT_THAT_HARD,
    NOT_THEIR_FAULT,
    REACTION_AS_COMPLEMENT,
    REACTION_AS_SUBJECT,
    TAKEN_BACK,
    THEIR_REACTION_IS_WRONG,
)

VERDICT_PROBES = [
    reply
    for table in (
        REACTION_AS_SUBJECT,
        REACTION_AS_COMPLEMENT,
        THEIR_REACTION_IS_WRONG,
        TAKEN_BACK,
        NOT_EASY,
        NOT_THAT_HARD,
        NOT_THEIR_FAULT,
    )
    for _, reply in table
]
#: Replies with no verdict word, or one no verdict criterion reads.
NO_VERDICT = [
    "You're exhausted and nobody noticed.",
    "Thank you for telling me.",
    "What happened after that?",
    "u should call them tbh",
    "It sounds like the week wore you down.",
]


def test_a_reply_with_no_verdict_word_is_never_read_for_verdicts(
    rubrics: RubricSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = VerdictReader.read

    def counting(self: VerdictReader, lower: str, *args: Any) -> Any:
        calls.append(lower)
        return real(self, lower, *args)

    monkeypatch.setattr(VerdictReader, "read", counting)
    scorer = Scorer(rubrics)
    context, node = opening(shipped_scenarios()[0])
    for reply in NO_VERDICT:
        scorer.score(context, reply, node)
    assert calls == []
    # Six criteria read verdicts; a reply with a verdict word is read once for all of them.
    scorer.score(context, "being this wiped after that week is completely fair", node)
    scorer.score(context, "none of this is easy, and it's not your fault", node)
    assert len(calls) == 2


def test_a_reply_is_read_into_clauses_once(
    rubrics: RubricSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three clause criteria in paraphrasing; a reply is split into clauses once for all."""
    started: list[str] = []
    real = ClauseReader.reading

    def counting(self: ClauseReader, text: str, *args: Any) -> Iterator[Any]:
        started.append(text)
        return real(self, text, *args)

    monkeypatch.setattr(ClauseReader, "reading", counting)
    scorer = Scorer(rubrics)
    # The first is read (a reflection cue fired, then no clause said back their experience).
    for reply in (
        "I'm grateful you felt able to tell me.",
        "You felt so scared, and I'm proud of you.",
    ):
        started.clear()
        scorer.score("I'm scared he'll come back.", reply)
        assert started in ([reply], []), reply
        if reply.startswith("I'm grateful"):
            assert started == [reply]


def test_the_gate_holds_every_verdict_the_reader_finds(rubrics: RubricSet) -> None:
    """The prefilter's strings for each kind of verdict are in every reply the reader finds
    a verdict of that kind in (else the gate would hide a verdict)."""
    words = VerdictWords(rubrics.lexicons)
    reader = VerdictReader(words)
    kinds = {
        "reaction": words.needs("legitimises"),
        "blame": words.needs("absolves"),
        "difficulty": words.needs("acknowledges_difficulty"),
    }
    assert words.needs("invalidates") == words.needs("takes_back") == kinds["reaction"]
    seen = set()
    for reply in VERDICT_PROBES:
        lower = reply.lower()
        for verdict in reader.read(lower):
            seen.add(verdict.scale)
            whole = set(re.findall(r"\w+", lower))
            for strings in kinds[verdict.scale]:
                assert any(
                    s.strip(WHOLE) in whole if s.startswith(WHOLE) else s in lower for s in strings
                ), (reply, verdict.scale)
    assert seen == set(kinds)


def test_gating_and_sharing_change_no_result(rubrics: RubricSet) -> None:
    """Scored with the gate (the engine's prefilter) and without it (every verdict criterion
    looked for on every reply): the same records, over four scenarios."""
    gated, ungated = Scorer(rubrics), Scorer(rubrics)
    ungated._prefiltered = lambda view: None  # type: ignore[method-assign]
    for scenario in shipped_scenarios()[:4]:
        context, node = opening(scenario)
        for reply in [*VERDICT_PROBES[::3], *NO_VERDICT]:
            assert result_to_record(gated.score(context, reply, node)) == result_to_record(
                ungated.score(context, reply, node)
            ), reply


def test_the_shared_sentences_are_where_each_reader_starts() -> None:
    reading = ReplyReading("That’s fair. Honestly?! It makes sense\nyou're wiped")
    assert reading.lower.startswith("that's fair.")
    assert [reading.lower[a:b] for a, b in reading.sentences] == [
        "that's fair.",
        " honestly?!",
        " it makes sense\n",
        "you're wiped",
    ]
    assert reading.sentence_start(reading.lower.index("makes")) == reading.lower.index(" it ")
    assert reading.sentence_start(reading.lower.index("wiped")) == reading.lower.index("you")
