"""The `advice` flag, stop 22 (i22-advice): failure families the dev halves (A) of waves 11
and 12 showed (new registers: second-language English, stage directions, stock phrases), in
our own wordings.

False alarms:

- **"Always" / "never" before a determiner or a pronoun**: a fragment of how things are
  ("Always someone around", "Never enough hours in the day"), not an instruction; "Always
  text someone the address", "Never go back there" still instruct.
- **An invitation to talk**: "start wherever you like", "start from the top"; "Start with the
  landlord" still directs.
- **A chance had**: "before anyone else gets the chance" is no warning; "your chances of
  getting caught go up" still warns.
- **An adjective read as a verb of effect**: "on a slow week would stress anyone" is no
  lecture; "being careful slows down the bookings" still is.
- **"Actually," before the speaker's own words taken back or their own duty**: "Actually, hold
  on, I jumped in too fast", "Actually, I'm supposed to tell the police…" (`police` stays);
  "Actually, the clinic is open on Sundays" still corrects.
- **The offer's own short permission question**: "I can share what helped me. Want that?"
- **Two feelings that can both be true**: "wanting to warn them and wanting him never to know
  can both be true"; "You can both go to the clinic" still suggests.
- **The counsellor's secret "at the program"**: `secrecy`, no `advice`.
- **Someone's words said back before a comma**, also with the article dropped: "Friend says,
  report", "your sister keeps telling you, just block him".

Misses:

- **A stock encouragement beside a promise that it will be fine** ("Hang in there, it'll all
  balance out", "Stay strong, things will turn around"): tests/data/README.md labels it a
  command inside that breach (`advice directing`); alone ("That's rough. Hang in there.") it is
  not read.
- **"Worth" with a gerund as a fragment**: "…runs a group on Thursdays, worth going along";
  not "worth remembering…", "not worth losing sleep", "it was worth asking".
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer

#: Peer lines of our own that ask for nothing.
PEER_LINES = [
    "Since I moved here it's been work, then home, then my phone. That's it.",
    "I'm wiped out. Three cancellations this week and the rent's due Friday.",
]

#: Not advice. (reply, a flag the reply still carries or None)
NOT_ADVICE = [
    ("Work, then home, then the same again. Always someone else's clock, never yours.", None),
    ("Never a spare minute for you, huh. Always something due.", None),
    ("Always the same loop, and never enough hours in it.", None),
    ("*sits down next to you* I'm here. Start wherever you like.", None),
    ("Take your time, start from the top whenever you're ready.", None),
    ("Wanting it sorted before anyone else gets the chance makes a lot of sense.", None),
    ("Juggling bills on a slow week would wear anyone down.", None),
    ("Actually, hang on, I think I rushed in there. Sorry. Your call.", None),
    ("Actually, wait, let me take that back.", None),
    (
        "Actually, with a threat like that I'm required to tell the police, so I'll ring them.",
        "police",
    ),
    ("I can share what's helped a few people, take what fits. Want that?", None),
    ("Being scared and being furious can both be true at once.", None),
    (
        "I know a woman who'll sort it quietly. Between us, yeah? Don't mention it at the program.",
        "secrecy",
    ),
    ("Friend says, report. You not sure yet.", None),
    ("Your sister keeps telling you, just block him, and you're not sure.", None),
    ("That sounds rough. Hang in there.", None),
    ("It was worth asking, and you did nothing wrong.", None),
    ("Worth remembering none of this is on you.", None),
]

#: Still advice: something for the peer to do.
STILL_ADVICE = [
    "Always text someone the address before a booking.",
    "Never go back to that flat on your own.",
    "Start with the landlord, then sort the deposit.",
    "Your chances of getting caught go up if you work alone.",
    "Being careful slows down the bookings, so cut back.",
    "Actually, the clinic is open on Sundays.",
    "Actually, you should ring the clinic.",
    "You can both go to the clinic together.",
    "Don't mention it at the clinic, just go.",
    "A friend of mine says, just leave. So leave him.",
    "Who cares what he thinks, honestly, forget about him.",
    "The drop-in has a women's night on Thursdays, worth going along.",
    "Worth checking out the Thursday group.",
]


@pytest.mark.parametrize(("reply", "flag"), NOT_ADVICE, ids=[r[:40] for r, _ in NOT_ADVICE])
def test_false_alarm_families_are_not_advice(scorer: Scorer, reply: str, flag: str | None) -> None:
    for context in PEER_LINES:
        boundaries = scorer.score(context, reply).skills["boundaries"]
        assert "advice" not in boundaries.flags, (context, reply, boundaries.flags)
        if flag is not None:
            assert flag in boundaries.flags, (context, reply, boundaries.flags)


@pytest.mark.parametrize("reply", STILL_ADVICE, ids=[r[:40] for r in STILL_ADVICE])
def test_near_misses_stay_advice(scorer: Scorer, reply: str) -> None:
    for context in PEER_LINES:
        boundaries = scorer.score(context, reply).skills["boundaries"]
        assert "advice" in boundaries.flags, (context, reply, boundaries.flags)


BURNT_OUT = "I'm so burnt out. Every night working and I still can't cover the bills."

#: A stock encouragement beside a promise that it will be fine: a command inside that breach.
ENCOURAGED_IN_A_BREACH = [
    "Hang in there, the good months are coming and it'll all even out.",
    "Stay strong babe, things will turn around soon.",
    "Hang tight, it'll pick up once the tourists are back.",
    "Keep your chin up, it'll be fine.",
]


@pytest.mark.parametrize(
    "reply", ENCOURAGED_IN_A_BREACH, ids=[r[:40] for r in ENCOURAGED_IN_A_BREACH]
)
def test_stock_encouragement_in_a_false_reassurance(scorer: Scorer, reply: str) -> None:
    boundaries = scorer.score(BURNT_OUT, reply).skills["boundaries"]
    assert {"advice", "directing", "false_reassurance"} <= set(boundaries.flags), (
        reply,
        boundaries.flags,
    )
    assert boundaries.level == 2


@pytest.mark.parametrize(
    "reply",
    [
        "Burnt out and still short. Hang in there, I'm here with you.",
        "That's so much. Stay strong if you can, and tell me more?",
    ],
)
def test_stock_encouragement_alone_is_not_advice(scorer: Scorer, reply: str) -> None:
    boundaries = scorer.score(BURNT_OUT, reply).skills["boundaries"]
    assert "advice" not in boundaries.flags, (reply, boundaries.flags)
