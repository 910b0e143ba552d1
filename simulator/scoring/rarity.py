"""How often a string occurs in the kind of text trainees answer and write, for the prefilter.

Every match of a cue unit contains one string of each of several sets (prefilter._clauses):
"that" and one of "lifestyle", "stupid", "inappropriate" for `that (?:lifestyle|was
stupid|is inappropriate)`. The prefilter opens the unit when a string of the set it checks
is in the reply, so checking the rarest set opens it least often. Which set is rarest is
estimated on the shipped scenarios and courses (peers' lines, example replies, lessons):
the same register as the replies, and present wherever the app is. Any choice gives the
same matches; a poor estimate only costs time.
"""

from __future__ import annotations

import hashlib
import re

from simulator.content.paths import courses_dir, scenarios_dir
from simulator.scoring.prefilter import WHOLE

#: At most about this many characters of content are counted in (an estimate needs no more,
#: and counting ~3,000 strings in all of it took 0.3 s of set-up).
CORPUS_CHARS = 48_000


def _corpus() -> str:
    lines: list[str] = []
    for folder in (scenarios_dir(), courses_dir()):
        try:
            for path in sorted(folder.glob("*.yaml")):
                text = path.read_text(encoding="utf-8", errors="replace").lower()
                lines += (line.strip() for line in text.splitlines())
        except OSError:
            continue
    # Each distinct line once (YAML keys repeat), then every k-th line to fit the budget.
    distinct = list(dict.fromkeys(line for line in lines if line))
    size = sum(map(len, distinct)) or 1
    step = max(1, -(-size // CORPUS_CHARS))
    return "\n".join(distinct[::step])


class Rarity:
    """`rarity(strings)`: how many times those strings occur in the shipped content."""

    def __init__(self, corpus: str | None = None) -> None:
        self._text = _corpus() if corpus is None else corpus
        self.digest = hashlib.blake2b(self._text.encode(), digest_size=16).hexdigest()
        self._counts: dict[str, int] = {}

    def count(self, string: str) -> int:
        found = self._counts.get(string)
        if found is None:
            if len(string) > 2 and string[0] == string[-1] == WHOLE:  # a whole word
                word = re.escape(string[1:-1])
                found = len(re.findall(rf"(?<!\w){word}(?!\w)", self._text))
            else:
                found = self._text.count(string)
            self._counts[string] = found
        return found

    def __call__(self, strings: frozenset[str]) -> int:
        return sum(map(self.count, strings))


_rarity: Rarity | None = None


def rarity() -> Rarity:
    """The process's estimate (the shipped content is read once)."""
    global _rarity
    if _rarity is None:
        _rarity = Rarity()
    return _rarity
