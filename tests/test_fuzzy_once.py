"""A moment's key points and pitfall cues are compared with a reply processed once.

`picks_up_key_point` and `scenario_pitfall` compare each wording of each key point, and each
pitfall cue, with the reply by fuzzy matching. Every comparison lower-cased and blanked out
the whole reply again (and the phrase, which never changes): about twenty times a reply at a
moment, the dearest step of scoring there. The reply is now processed once per reply and
each phrase once; what is found must be exactly what the plain comparison finds.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from simulator.scoring import detectors
from simulator.scoring.detectors import WORD, Hit, View, _fuzz_processor
from simulator.scoring.engine import default_scorer
from simulator.scoring.text import Squeezed, normalise
from tests.helpers import opening, shipped_scenarios

REPLIES = [
    "You're worried the hours going means you'll have nowhere to eat after a night shift.",
    "sounds like ur scared he'll turn up again n u dont feel safe at home rn",
    "I reckon you should just ring the police, mate, and tell them everything.",
    "It's a lot. You've been carrying this on your own for weeks, haven't you?",
    "Text me the plates and I'll sort it.",
    "",
]


def _plain(phrase: str, squeezed: Squeezed, threshold: float, by_words: bool = True) -> Hit | None:
    """The comparison as it was written first: both sides processed for every phrase."""
    reply = squeezed.text
    processed_reply = _fuzz_processor(reply)
    processed_phrase = _fuzz_processor(normalise(phrase))
    if len(processed_reply.strip()) >= len(processed_phrase.strip()):
        found = fuzz.partial_ratio_alignment(processed_phrase, processed_reply)
        if found is not None and found.score >= threshold:
            start, end = found.dest_start, found.dest_end
            start += len(reply[start:end]) - len(reply[start:end].lstrip())
            end -= len(reply[start:end]) - len(reply[start:end].rstrip())
            return Hit(*squeezed.quote(start, end))
    phrase_stems = {w[:5] for w in WORD.findall(processed_phrase) if len(w) > 3}
    if by_words and len(phrase_stems) >= 2:
        matches = [m for m in WORD.finditer(processed_reply) if m.group(0)[:5] in phrase_stems]
        covered = {m.group(0)[:5] for m in matches}
        if len(covered) / len(phrase_stems) * 100 >= threshold:
            return Hit(*squeezed.quote(matches[0].start(), matches[-1].end()))
    return None


def _phrases_and_replies() -> list[tuple[str, str, bool]]:
    """Every key point wording and pitfall cue of the 12 openings, with the replies, and
    each phrase said back as a reply of its own (so that comparisons also find it)."""
    rows = []
    for scenario in shipped_scenarios():
        _, node = opening(scenario)
        phrases = [(w, True) for k in node.key_points for w in (k.point, *k.alternatives)]
        phrases += [(cue, False) for p in node.pitfalls for cue in p.cues]
        replies = [*REPLIES, *(f"So {phrase.lower()}, right?" for phrase, _ in phrases)]
        rows += [(phrase, reply, by_words) for phrase, by_words in phrases for reply in replies]
    return rows


def test_a_phrase_is_found_where_the_plain_comparison_finds_it() -> None:
    rows = _phrases_and_replies()
    found = 0
    for phrase, reply, by_words in rows:
        view = View(reply, "", None)
        for threshold in (75.0, 85.0):
            plain = _plain(phrase, view.reply_text, threshold, by_words)
            assert detectors._fuzzy_find(phrase, view.fuzzy_reply, threshold, by_words) == plain
            found += plain is not None
    assert found > 100  # the phrases said back are found


def test_the_reply_is_processed_once_for_every_phrase_of_a_moment(monkeypatch) -> None:
    scorer = default_scorer()
    scenario = max(shipped_scenarios(), key=lambda s: len(opening(s)[1].key_points))
    line, node = opening(scenario)
    phrases = sum(1 + len(k.alternatives) for k in node.key_points) + sum(
        len(p.cues) for p in node.pitfalls
    )
    assert phrases >= 6
    scorer.score(line, REPLIES[0], node)  # each phrase processed once, then kept
    processed: list[str] = []

    def counted(text: str) -> str:
        processed.append(text)
        return _fuzz_processor(text)

    monkeypatch.setattr(detectors, "_fuzz_processor", counted)
    reply = "You're scared it's going to happen again and nobody will listen this time."
    scorer.score(line, reply, node)
    assert len([t for t in processed if re.search("scared", t, re.I)]) == 1
