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

from simulator.content.paths import courses_dir, scenarios_dir


def _corpus() -> str:
    texts = []
    for folder in (scenarios_dir(), courses_dir()):
        try:
            paths = sorted(folder.glob("*.yaml"))
            texts += [path.read_text(encoding="utf-8", errors="replace") for path in paths]
        except OSError:
            continue
    return "\n".join(texts).lower()


class Rarity:
    """`rarity(strings)`: how many times those strings occur in the shipped content."""

    def __init__(self, corpus: str | None = None) -> None:
        self._text = _corpus() if corpus is None else corpus
        self.digest = hashlib.blake2b(self._text.encode(), digest_size=16).hexdigest()
        self._counts: dict[str, int] = {}

    def count(self, string: str) -> int:
        found = self._counts.get(string)
        if found is None:
            found = self._counts[string] = self._text.count(string)
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
