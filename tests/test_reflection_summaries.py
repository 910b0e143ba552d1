"""Summaries are reflections (issue 11, item 1): "So two bookings fell through and the cat was
poorly all week" says back what the peer told you, with or without "you".

After a summing-up word ("So…", "Basically…", "In other words…") a statement whose main clause
takes up the content of the peer's line (the clause reader's `restates`) is a simple
reflection (`sums_up` + `says_back_their_line` in rubrics/paraphrasing.yaml). "So" in front of
advice, a question, reassurance, a promise, one's own story, or a guess at the other side's
reasons is not one.

Our own probe replies with their own peer lines (the summaries need content to take up), and
the "so" non-reflections over the first moment of all 12 shipped scenarios.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import opening, run_cli, shipped_scenarios

SCENARIOS = shipped_scenarios()

# (peer line, summary): each says back what happened. (4 of 12 were level 0 before.)
SUMMARIES = [
    (
        "One of my regulars just stopped answering. Three years he's been booking me every "
        "Thursday, and now nothing.",
        "so three years of thursdays and then just silence",
    ),
    (
        "My boyfriend says he's fine with what I do but then he goes quiet for days after I work.",
        "So he says it's fine, but the silence afterwards says something else.",
    ),
    (
        "The shelter kicked me out at six this morning and said I can't come back till eight "
        "tonight.",
        "So out the door at six and nowhere to be until eight.",
    ),
    (
        "I had two cancellations yesterday and my phone bill bounced again.",
        "so two cancellations and the phone bill bounced on top of it",
    ),
    (
        "The agency took half my fee again and then told me the booking was my fault anyway.",
        "Basically the agency took half and then blamed the booking on you.",
    ),
    (
        "My landlord texted at midnight saying the locks get changed Friday.",
        "In other words the locks get changed Friday and he told you by text at midnight.",
    ),
    (
        "My mum found my second phone and now she won't speak to me.",
        "So the phone turned up and now the silence from your mum.",
    ),
    (
        "I went to the clinic three times this month and each time they sent me away.",
        "So three visits this month, and each time turned away.",
    ),
    (
        "My friend borrowed my car for the weekend and brought it back with the mirror smashed.",
        "so the car came back from the weekend with the mirror smashed",
    ),
    (
        "Work dried up after the new law and the rent still went up in March.",
        "So the work dried up with the new law, and the rent went up anyway.",
    ),
    (
        "The outreach van didn't come on Tuesday or Thursday this week.",
        "Okay, so the van missed Tuesday and Thursday both.",
    ),
    (
        "Immigration sent another letter and the lawyer hasn't called back in two weeks.",
        "So another letter arrived, and two weeks on the lawyer still hasn't rung back.",
    ),
]
# (peer line, reply): "so" before advice, a question, reassurance, siding or one's own plan,
# taking up their words all the same: not a reflection.
NOT_SUMMARIES = [
    (SUMMARIES[2][0], "So go back to the shelter at eight and ask them for a bed."),
    (SUMMARIES[5][0], "So change the locks yourself before Friday."),
    (SUMMARIES[6][0], "So your mum will come round, she always does."),
    (SUMMARIES[4][0], "So the agency probably had a good reason for taking the fee."),
    (SUMMARIES[7][0], "So why did you keep going back to the clinic?"),
    (SUMMARIES[9][0], "So basically the new law is there to keep people safe."),
    (SUMMARIES[8][0], "So I'd make your friend pay for the mirror."),
    (SUMMARIES[11][0], "So the lawyer will call back soon, don't stress."),
]
# "So" with no content of theirs: nothing to say back, in any scenario.
SO_WITHOUT_THEIR_STORY = [
    "So just go to the police tomorrow.",
    "So what are you going to do now?",
    "So you'll be fine, you always are.",
    "So I had the same thing happen to me last year.",
    "So call them first thing in the morning and sort it out.",
    "So basically you need to stop worrying about it.",
    "So anyway, how was the rest of your week?",
    "In other words, you should have seen it coming.",
    "So I'll handle it for you, don't worry.",
    "so u shud just block him n move on",
]


def _level(scorer: Scorer, peer: str, reply: str) -> int:
    return scorer.score(peer, reply).skills["paraphrasing"].level


def test_a_summary_of_what_happened_is_a_reflection(scorer: Scorer) -> None:
    missed = [reply for peer, reply in SUMMARIES if _level(scorer, peer, reply) < 1]
    assert missed == []


def test_so_before_advice_a_question_or_their_side_is_not_a_reflection(scorer: Scorer) -> None:
    counted = [reply for peer, reply in NOT_SUMMARIES if _level(scorer, peer, reply) > 0]
    assert counted == []


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_so_without_their_story_is_not_a_reflection(scorer: Scorer, scenario: Scenario) -> None:
    context, node = opening(scenario)
    counted = [
        reply
        for reply in SO_WITHOUT_THEIR_STORY
        if scorer.score(context, reply, node).skills["paraphrasing"].level > 0
    ]
    assert counted == []


def test_the_summary_strength_quotes_the_summary(tmp_path: Path) -> None:
    """Through the CLI: the ✓ names the summary and quotes it whole."""
    peer, reply = SUMMARIES[0]
    line = json.dumps({"context": peer, "response": reply})
    out = run_cli(tmp_path, "score", "-", input=line + "\n", check=True)
    result = json.loads(out.stdout)
    assert result["paraphrasing"]["level"] == 1
    assert result["feedback"]["strength"] == (
        'You summed up what they told you: "three years of thursdays and then just silence".'
    )
