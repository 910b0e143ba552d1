"""One reading of a reply, shared by the sentence readers and made at most once per reply.

Two mechanisms read a reply's sentences: the clause reader (`clauses.py`: who each clause
is about and what it says, for reflections) and the verdict reader (`verdicts.py`: whose
reaction a verdict judges, which way, and whether a "but" takes it back, for validation).
Each used to take the reply apart on its own, per criterion that asked. A `ReplyReading`
belongs to one reply being scored (`View.reading`) and holds what they share, each piece
worked out the first time a criterion asks for it and never again for that reply:

- the reply lower-cased, with typographic apostrophes made plain (`lower`), and lower-cased
  as typed (`typed_lower`, the verdict reader's input);
- its sentences (`sentences`: spans, split at . ! ? ; and line ends), which both readers walk;
- its clauses, read lazily by the rubric set's clause reader (`clauses`), so criteria sharing
  the reader share the reading and a reply decided by its first clause stops there;
- its verdicts (`verdicts`), read once for all the criteria that use the verdict reader.

Nothing is read unless a criterion that needs it is reached: the engine's prefilter skips
the verdict criteria when no verdict word is in the reply (`VerdictWords.needs`), and the
clause criteria run only after a cue-based reflection criterion fired (`only_with_any`) and
when a frame or hypothetical they need could be there (`ClauseReader.could_meet`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from simulator.scoring.clauses import SENTENCE, ClauseReader, Reading

if TYPE_CHECKING:
    from simulator.scoring.verdicts import Verdict, VerdictReader


class ReplyReading:
    """What the sentence readers know about one reply (see the module)."""

    __slots__ = ("_clauses", "_lower", "_sentences", "_starts", "_typed", "_verdicts", "text")

    def __init__(self, text: str, typed_lower: str | None = None) -> None:
        """`typed_lower`: `text.lower()` when the caller has it already and it kept the
        length of `text` (the scorer's lower-cased reply), so it is not made again."""
        self.text = text
        self._typed = typed_lower
        self._lower = None if typed_lower is None else typed_lower.replace("’", "'")
        self._sentences: list[tuple[int, int]] | None = None
        self._starts: list[int] | None = None
        self._clauses: Reading | None = None
        self._verdicts: dict[int, list[Verdict]] = {}

    @property
    def lower(self) -> str:
        """The reply lower-cased, "’" read as "'" (same length: offsets index the reply)."""
        if self._lower is None:
            self._lower = self.text.lower().replace("’", "'")
        return self._lower

    @property
    def sentences(self) -> Sequence[tuple[int, int]]:
        """(start, end) of each sentence of `lower`, its closing marks included."""
        if self._sentences is None:
            self._sentences = [m.span() for m in SENTENCE.finditer(self.lower)]
        return self._sentences

    def sentence_start(self, at: int) -> int:
        """Where the sentence holding offset `at` (a word's start) begins."""
        if self._starts is None:
            self._starts = [start for start, _ in self.sentences]
        k = bisect_right(self._starts, at) - 1
        return self._starts[k] if k >= 0 else 0

    def clauses(self, reader: ClauseReader, peer_stems: frozenset[str]) -> Reading:
        """The reply's clauses, read as far as callers ask (shared by the criteria of one
        rubric set; another set's reader reads it again)."""
        known = self._clauses
        if known is None or known.reader is not reader:
            known = self._clauses = Reading(reader, self.text, peer_stems, self)
        return known

    def verdicts(self, reader: VerdictReader, words: list[str]) -> list[Verdict]:
        """Every verdict in the reply, read once per verdict reader (`words`: the reply's
        words, which let a reply with no verdict word out without a search)."""
        key = id(reader)
        found = self._verdicts.get(key)
        if found is None:
            typed = self.text.lower() if self._typed is None else self._typed
            # The verdict reader reads the reply as typed; its offsets must index the reply.
            same = len(typed) == len(self.text)
            found = self._verdicts[key] = reader.read(typed, words, self) if same else []
        return found
