"""Feedback fitted to the moment reads each feeling's name once, and fills the same step.

A moment's next step may name a feeling the reply did not say ("{feeling}") or one it did
("{their_feeling}"). Which it said was worked out for every skill of every reply by scanning
each feeling's name and its alternatives for words again (about sixty scans a reply at a
moment with feelings, issue 15); the names' stems are now read once (`feedback._name_stems`).
Table-driven over every moment of the 12 shipped scenarios: the filled step must be what
reading the names each time gives.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.content.scenario import Node
from simulator.scoring import feedback
from simulator.scoring.engine import default_scorer
from tests.helpers import opening, shipped_scenarios

TEMPLATES = (
    "Try naming it: {feeling}.",
    "Say it back: of course you feel {their_feeling}.",
    "{key_point}, and {feeling} / {their_feeling}",
)


def _fill_reading_names_each_time(
    template: str, node: Node, reply: str, matched: Sequence[feedback.Matched]
) -> str:
    """`feedback._fill` as it was: every name scanned for its words at each call."""
    lower = reply.lower()
    picked = {h.note for m in matched if m.crit.detector == "key_points" for h in m.hits}
    values: dict[str, str] = {}
    missed = [k.point for k in node.key_points if k.point not in picked]
    points = missed or [k.point for k in node.key_points]
    if points:
        values["key_point"] = points[0]
    if node.feelings and "feeling}" in template:
        stems = feedback._said_stems(lower)
        said = [
            any(
                all(feedback._stem(w) in stems for w in feedback._WORDS.findall(name.lower()))
                for name in (f.feeling, *f.alternatives)
            )
            for f in node.feelings
        ]
        unsaid = next((f.feeling for f, s in zip(node.feelings, said, strict=True) if not s), None)
        values["feeling"] = unsaid or node.feelings[0].feeling
        values["their_feeling"] = next(
            (f.feeling for f, s in zip(node.feelings, said, strict=True) if s), values["feeling"]
        )
    if any(name not in values for name in feedback._PLACEHOLDER.findall(template)):
        return ""
    return feedback._PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def _moments() -> list[Node]:
    return [node for s in shipped_scenarios() for node in s.nodes.values() if node.feelings]


def _replies(node: Node) -> list[str]:
    """Replies that name none, one, an alternative (in another form), or all of its feelings."""
    first = node.feelings[0]
    replies = [
        "That sounds like a lot to carry.",
        f"You're feeling {first.feeling}.",
        "ur " + " and ".join(f.feeling.upper() for f in node.feelings) + " tbh",
    ]
    for f in node.feelings:
        for alt in f.alternatives[:2]:
            replies.append(f"It sounds like you feel {alt}ing about it, honestly.")
            replies.append(f"So {alt}s, then")
    return replies


def test_the_filled_step_is_what_reading_the_names_each_time_gives() -> None:
    nodes = _moments()
    assert len(nodes) >= 12
    named = 0
    for node in nodes:
        for reply in _replies(node):
            for template in TEMPLATES:
                got = feedback._fill(template, node, reply, [])
                assert got == _fill_reading_names_each_time(template, node, reply, []), (
                    node.id,
                    reply,
                    template,
                )
                named += got != ""
    assert named > 100


def test_a_moments_feeling_names_are_read_once_for_every_reply() -> None:
    scorer = default_scorer()
    scenario = next(s for s in shipped_scenarios() if opening(s)[1].feelings)
    context, node = opening(scenario)
    feedback._name_stems.cache_clear()
    scorer.score(context, "You feel torn about it.", node)
    read = feedback._name_stems.cache_info().misses
    assert read > 0  # the moment's steps name a feeling
    for reply in ("That's really hard.", "ur scared and tired", "You should talk to her."):
        scorer.score(context, reply, node)
    assert feedback._name_stems.cache_info().misses == read
