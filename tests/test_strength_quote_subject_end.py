"""A strength quote never stops on a subject whose verb comes next (issue 11, item 3).

Found in an audit of the strengths on fit rows and PAIR's fit statements: "You'd be more
successful if you", "It's important to you to be the best parent you", "You pump and dump
because you" — each stops inside its clause, on the "you" that the next word ("could",
"can", "don't") makes a subject. Said last as an object ("he really frightened you", "…good
for you") it ends the phrase and stays. Our own replies, texting and formal.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from simulator.scoring.quotes import quote_span
from tests.helpers import run_cli, shipped_scenarios

#: (reply, the hit a criterion found, ending on a subject whose verb follows)
OPEN_ENDED = [
    ("You'd feel safer if you could text someone the plate number.", "You'd feel safer if you"),
    ("It's hard to know who you can trust right now.", "It's hard to know who you"),
    (
        "You want to warn the others but you can't risk your name getting out.",
        "You want to warn the others but you",
    ),
    (
        "You've been doing everything you can to keep up with rent.",
        "You've been doing everything you",
    ),
    ("ur scared of what happens if u dont pay on time", "ur scared of what happens if u"),
    ("The worst part is that you couldn't even say goodbye.", "The worst part is that you"),
    (
        "Your sister matters so much that you would do anything to keep her close.",
        "Your sister matters so much that you",
    ),
    (
        "It's been so long since you had a night off that you don't remember what it feels like.",
        "It's been so long since you",
    ),
    (
        "You're not sure how much longer you can keep going like this.",
        "You're not sure how much longer you",
    ),
    ("Tash was the reason u were able to work safely", "Tash was the reason u"),
]

#: Ending on an object "you": the phrase is complete and the quote keeps it.
OBJECT_ENDS = [
    (
        "It sounds like he really frightened you, and you're still shaking.",
        "It sounds like he really frightened you",
    ),
    ("That place was never fair to you", "That place was never fair to you"),
    ("The way he looked at you still stings.", "The way he looked at you"),
    ("These talks have been good for you, and that matters.", "These talks have been good for you"),
]


def _quote(reply: str, hit: str) -> str:
    start = reply.lower().index(hit.lower())
    span = quote_span(reply, start, start + len(hit))
    assert span is not None, reply
    return span[0]


@pytest.mark.parametrize(("reply", "hit"), OPEN_ENDED)
def test_a_quote_does_not_stop_on_a_subject_whose_verb_follows(reply: str, hit: str) -> None:
    quote = _quote(reply, hit).rstrip("…")
    assert not re.search(r"\b(?:you|u)$", quote, re.IGNORECASE), (reply, quote)
    assert reply.startswith(quote[:10]), (reply, quote)


@pytest.mark.parametrize(("reply", "hit"), OBJECT_ENDS)
def test_a_quote_may_end_on_an_object_you(reply: str, hit: str) -> None:
    assert _quote(reply, hit).startswith(hit), (reply, _quote(reply, hit))


def test_strengths_in_every_scenario_never_stop_on_a_subject(private_data_dir: Path) -> None:
    """Through `peer-practice score` in each scenario's opening: whatever hit the ✓ quotes,
    its last word is not a subject with its verb after it."""
    rows = [
        {"id": f"{s.id}/{i}", "scenario": s.id, "moment": s.start_id, "response": reply}
        for s in shipped_scenarios()
        for i, (reply, _) in enumerate(OPEN_ENDED)
    ]
    stdin = "".join(json.dumps(r) + "\n" for r in rows)
    result = run_cli(private_data_dir, "score", input=stdin, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    replies = {r["id"]: r["response"] for r in rows}
    quoted = 0
    for line in map(json.loads, result.stdout.splitlines()):
        m = re.search(r'"(.+)"', line["feedback"]["strength"] or "")
        if not m:
            continue
        quoted += 1
        quote = m.group(1).rstrip("…")
        reply = replies[line["id"]]
        after = reply[reply.find(quote) + len(quote) :].split()
        verb = after[0].lower() if after else ""
        ends_on_subject = re.search(r"\b(?:you|u|i|he|she|they|we)$", quote, re.IGNORECASE)
        assert not (
            ends_on_subject
            and verb
            in {"can", "could", "can't", "couldn't", "would", "dont", "don't", "were", "had"}
        ), (
            line["id"],
            quote,
        )
    assert quoted >= 60
