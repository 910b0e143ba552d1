"""Reflections on fresh data, stop 17 (issue #11): families wave 9's dev half showed.

Each table is one family, in our own wordings (not the wave's rows), scored at the opening of
all 12 shipped scenarios, with the peer's line only and in the moment (`levels_both_ways`):

- **A reflection that checks itself** (", did I get that?", ", is that right?", ", have I
  got that right?", " - does that fit?"): the tag asks whether the reflection
  landed, so the reply is not "only questions"; a real question with the same tag ("Where do
  you stay, is that right?") and a suggestion with one ("Maybe you take a break, does that
  fit?") say nothing back.
- **A cleft that says back their want or feeling** ("So what you're after is…", "What
  you're missing is…", "What hurts is…", "What gets to you is…"): a reflection. Not "What I
  suggest is…", "What I'd recommend is…" or "What you should do is…".
- **"Like …" opening a simile** ("Like you're running on empty", "Kinda like nobody's got
  your back"): the "it's like…" stem with "it's" left out. Not "Like I said, …", "Like, you
  should…", "like you need to…" nor "like an actual spreadsheet" after an order.
- **A feeling word standing alone** ("Terrified.", "Humiliated, and for doing the right
  thing.") and **the frame said last** ("…, is what you're saying", "…, that's what I'm
  getting", "That's your point."): reflections. Not "Happy to help." or "Calm down.".
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, shipped_scenarios

#: A reflection with a check on itself after a comma or a dash.
CHECKED = [
    "You're running on empty, did I get that?",
    "You've been carrying all of it on your own, is that right?",
    "you feel like nobody is listening, have i got that right?",
    "Part of you is still really angry, am I close?",
    "It's like every choice costs you something - does that fit?",
    "You're worn down by all of it, did I get that right?",
]

#: A cleft that says back what they want, miss or feel.
CLEFTS = [
    "So what you're after is someone who just listens.",
    "What you're missing is people who really know you.",
    "What hurts is how little anyone seemed to care.",
    "What gets to you is that it keeps happening.",
    "what scares u most is being found out",
    "Okay. What you really want right now is some peace.",
]

#: "Like …" as a simile, a feeling word on its own, the frame said last.
LIKE_AND_FRAGMENTS = [
    "Like you're running on empty.",
    "Kinda like nobody's got your back.",
    "Almost like the ground dropped out from under you.",
    "like ur running on fumes",
    "Terrified. Like the ground just cracked under you.",
    "Exhausted, and still trying to hold it all together.",
    "Overwhelmed, that's what I'm getting.",
    "Just one of those weeks, is what you're saying.",
]

#: Near misses: questions, suggestions and orders with the same shapes say nothing back.
SAYS_NOTHING_BACK = [
    "Where do you stay, is that right?",
    "What I suggest is you take a day off.",
    "What I'd recommend is that you call them.",
    "What you should do is report him.",
    "Like I said, call them.",
    "Like, you should just leave.",
    "like you need to take a break.",
    "like you can say literally anything in here, I swear",
    "Make a budget. Like an actual spreadsheet.",
    "Happy to help.",
    "Calm down.",
]


def test_the_tables_cover_every_scenario() -> None:
    assert len(shipped_scenarios()) == 12


@pytest.mark.parametrize("reply", CHECKED + CLEFTS + LIKE_AND_FRAGMENTS)
def test_said_back_it_is_a_reflection(scorer: Scorer, reply: str) -> None:
    missed = [
        (s, way) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got < 1
    ]
    assert not missed, (reply, missed)


@pytest.mark.parametrize("reply", CHECKED)
def test_a_check_tag_is_not_only_questions(scorer: Scorer, reply: str) -> None:
    for scenario in shipped_scenarios()[:3]:
        context = " ".join(scenario.nodes[scenario.start_id].peer)
        found = {e.criterion for e in scorer.score(context, reply).skills["paraphrasing"].evidence}
        assert "only_questions" not in found, (reply, scenario.id)


@pytest.mark.parametrize("reply", SAYS_NOTHING_BACK)
def test_near_misses_say_nothing_back(scorer: Scorer, reply: str) -> None:
    wrong = [
        (s, way, got) for s, way, got in levels_both_ways(scorer, "paraphrasing", reply) if got
    ]
    assert not wrong, (reply, wrong)
