"""Evidence shown to a trainee quotes whole words of their reply, never part of a word.

Key points are found by fuzzy matching, and cue hits can stop before "'re", so evidence read
"working every sing" or "no idea where you" for "you're". Every piece of evidence (the
`score` output, the plain evidence lines, the underlined words in the app) now goes through
`scoring/quotes.whole_words`. Probes: texting, no apostrophes, inflected key points, formal
wording, across the 12 scenarios.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers import run_cli

PROBES = [
    (
        "eviction-after-ads",
        "opening",
        "so ur landlord gave u thirty days cos he found the ads and u dont know where ur going",
    ),
    (
        "eviction-after-ads",
        "opening",
        "He found your adverts and now you've got thirty days and no idea where you're going.",
    ),
    (
        "eviction-after-ads",
        "spiralling",
        "its all too much rn, the cat and all ur stuff and ur sisters place",
    ),
    (
        "warm-up-long-week",
        "opening",
        "sounds like the weeks been dragging, bookings cancelling last minute and your cats been sick",
    ),
    (
        "warm-up-long-week",
        "money_worry",
        "You're worried about the rent because slow weeks are bringing money stress.",
    ),
    (
        "burnout-and-money",
        "opening",
        "you've been working every single night and still cant make the rent",
    ),
    ("burnout-and-money", "snapping", "ur snapping at ppl and it doesnt feel like who you are"),
    (
        "fear-of-being-outed",
        "checking_phone",
        "Your sister hasnt replied yet and you keep on checking the phone.",
    ),
    (
        "stigma-at-the-clinic",
        "opening",
        "the nurse was judging you when you only went in for a routine testing appointment",
    ),
    (
        "bad-date-next-steps",
        "opening",
        "He got rough and refused paying you, you got yourself out and you're still shaking.",
    ),
    (
        "migrant-worker-status",
        "home",
        "that money was for ur mums medicines and now ur working double and even more scared",
    ),
    (
        "grief-toxic-supply",
        "opening",
        "Tash dying from the poisoned supply, she was the one who taught you working safely",
    ),
    (
        "crisis-suicidal-thoughts",
        "honest",
        "youve been thinking about suicide lately and so alone since you lost the housing money",
    ),
    (
        "asking-to-meet-outside",
        "disappointed",
        "you dont have anybody here and its been so lonely since you moved",
    ),
    (
        "tell-me-what-to-do",
        "limits",
        "you feel like you dont count after seeing them and the rents still got to be paid",
    ),
    (
        "angry-at-the-organisation",
        "opening",
        "they cut the evening hours and nobody even asked you about it",
    ),
]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "'’_"


def _whole_words(reply: str, start: int, end: int) -> bool:
    cut_start = start > 0 and _is_word_char(reply[start - 1]) and _is_word_char(reply[start])
    cut_end = 0 < end < len(reply) and _is_word_char(reply[end - 1]) and _is_word_char(reply[end])
    return not (cut_start or cut_end)


def test_score_evidence_is_whole_words_of_the_reply(private_data_dir: Path) -> None:
    lines = "".join(
        json.dumps({"id": i, "scenario": s, "moment": m, "response": r}) + "\n"
        for i, (s, m, r) in enumerate(PROBES)
    )
    result = run_cli(private_data_dir, "score", input=lines, timeout=90)
    assert result.returncode == 0, result.stderr
    cut = []
    key_points = 0
    for (_, _, reply), line in zip(PROBES, result.stdout.splitlines(), strict=True):
        out = json.loads(line)
        for skill in ("paraphrasing", "validation", "boundaries"):
            for ev in out[skill]["evidence"]:
                if ev.get("source", "reply") != "reply":
                    continue
                key_points += ev["criterion"] == "picks_up_key_point"
                assert reply[ev["start"] : ev["end"]] == ev["text"]
                if not _whole_words(reply, ev["start"], ev["end"]):
                    cut.append((ev["criterion"], ev["text"]))
    assert key_points >= len(PROBES)  # the probes do reach the fuzzy key-point detector
    assert cut == []


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        (
            "eviction-after-ads",
            "He found your adverts and now you've got thirty days and no idea where you're going.",
        ),
        (
            "bad-date-next-steps",
            "He got rough and refused paying you, you got yourself out and you're still shaking.",
        ),
    ],
)
def test_plain_evidence_lines_quote_whole_words(
    private_data_dir: Path, scenario: str, reply: str
) -> None:
    result = run_cli(
        private_data_dir, "play", scenario, "--plain", input=f"{reply}\n/quit\n", timeout=90
    )
    assert result.returncode == 0, result.stderr
    quoted = [
        q
        for line in result.stdout.splitlines()
        if line.startswith('    "')
        for q in re.findall(r'"([^"]+)"', line.split(" — ")[0])
    ]
    assert quoted
    for q in quoted:
        start = reply.find(q)
        assert start >= 0 and _whole_words(reply, start, start + len(q)), q
