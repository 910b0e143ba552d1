"""The `advice` flag, stop 21 (i21-advice): failure families the dev halves (A) of the waves
showed, in our own wordings.

- **The task handed to the counsellor** (tests/data/README.md: "send me his number", "leave it
  to me" are the rescuing move itself, not advice): "leave the whole thing with me", "leave it w
  me", "send it over to me", "give me ur landlord's number", "don't argue" after an offer. They
  name nothing for the peer to do.
- **The police as the counsellor's own act** (tests/data/README.md: a threat to call them is
  `police` alone): "I'll have to call the police myself", "or I'll have to get the cops
  involved", "I've got to report it to the police". The police suggestion no longer reads
  across the clause from a verb said to the peer ("If you won't ring them, I'll have to…").
- **Their ask said back with its options after a colon**: "You want someone to just tell
  you: keep the late bookings or stop them", "so the plan in your head: ring her tonight…".
- **The speaker's own "I wouldn't…"** as the step to skip (a miss): "I wouldn't bother going
  back", "i wouldnt waste my time on them", "I'd never ask him for a favour like that again".
  Not "I wouldn't take it personally" (labelled both ways), "I wouldn't tell anyone" (a promise),
  "I wouldn't worry", "I wouldn't know", the peer's own "you wouldn't bother" said back.
- **What others found, asked first**: "Is it okay if I tell you what other people have found…?",
  "Would it help to talk about ways other people have found their people here…?" (the offer
  names nothing; one that names the thing, "…the buddy text line some workers use?", stays).

Near misses stay advice: a command whose object is someone else ("Leave him and…", "Send the
screenshots to the clinic"), "don't argue" about someone else, the counsellor's "I'd…" as a
pick ("I'd ring the police about him"), a command to ring the police, the counsellor's own
"I'll tell you what I think: stop…".
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer

#: Peer lines of our own that ask for nothing.
PEER_LINES = [
    "He took the money and I don't know what to do now.",
    "Everything's piling up this week, the flat, the clinic, all of it.",
]

#: Not advice: the task handed over to the counsellor, or the police as the counsellor's act.
#: (reply, the flag the reply still carries)
NOT_ADVICE = [
    ("I'll phone the housing office for you tomorrow, leave the whole thing with me.", "rescuing"),
    ("ill sort the paperwork out, leave it w me", "rescuing"),
    ("I'll chase the landlord myself. Leave it all to me.", "rescuing"),
    ("give me ur landlords number, I'll have a word with him", "rescuing"),
    ("I'll cover this month's rent myself, don't argue.", "rescuing"),
    ("Send it over to me and I'll post it to the list myself.", None),
    ("If you won't ring them, I'll have to call the police myself.", "police"),
    ("Please don't call me at home, or I'll have to get the cops involved.", "police"),
    ("If this keeps happening I've got to report it to the police, that's my rule.", "police"),
]

#: Still advice: something for the peer to do.
STILL_ADVICE = [
    "Leave him and come stay with a friend for a bit.",
    "Send the screenshots to the clinic and keep a copy.",
    "Give your sister a call tonight.",
    "Don't argue with him when he's drunk, just walk out.",
    "Honestly, I'd ring the police about him tonight.",
    "You should report him to the police.",
    "Call the crisis line, sure, but I'd get the cops involved too.",
    "If he comes back, ring the police straight away.",
]


@pytest.mark.parametrize(("reply", "flag"), NOT_ADVICE, ids=[r[:40] for r, _ in NOT_ADVICE])
def test_counsellors_own_act_is_not_advice(scorer: Scorer, reply: str, flag: str | None) -> None:
    for context in PEER_LINES:
        boundaries = scorer.score(context, reply).skills["boundaries"]
        assert "advice" not in boundaries.flags, (context, reply, boundaries.flags)
        if flag is not None:
            assert flag in boundaries.flags, (context, reply, boundaries.flags)
            assert boundaries.level == 2, (context, reply, boundaries.level)


@pytest.mark.parametrize("reply", STILL_ADVICE, ids=[r[:40] for r in STILL_ADVICE])
def test_a_step_for_the_peer_stays_advice(scorer: Scorer, reply: str) -> None:
    for context in PEER_LINES:
        boundaries = scorer.score(context, reply).skills["boundaries"]
        assert "advice" in boundaries.flags, (context, reply, boundaries.flags)


ASKED_FOR = "Everyone tells me something different. Do I keep the late bookings or stop them?"

#: Their ask said back, the options after a colon: not advice.
ASK_SAID_BACK = [
    "You want someone to just tell you: keep the late bookings or stop them.",
    "You'd like me to make the call for you: keep them or stop them.",
    "You want somebody to just decide for you: stop the late ones, or keep them for the rent.",
    "So the plan in your head: ring her tonight, ask her to hold off till Sunday.",
]

#: The counsellor's own pick after the ask: still advice.
ASK_ANSWERED = [
    "You want someone to tell you what to do. Stop the late bookings.",
    "I'll tell you what I think: stop the late bookings.",
    "Honestly? Stop the late bookings.",
]


@pytest.mark.parametrize("reply", ASK_SAID_BACK, ids=[r[:40] for r in ASK_SAID_BACK])
def test_their_ask_said_back_is_not_advice(scorer: Scorer, reply: str) -> None:
    boundaries = scorer.score(ASKED_FOR, reply).skills["boundaries"]
    assert "advice" not in boundaries.flags, (reply, boundaries.flags)


@pytest.mark.parametrize("reply", ASK_ANSWERED, ids=[r[:40] for r in ASK_ANSWERED])
def test_their_ask_answered_stays_advice(scorer: Scorer, reply: str) -> None:
    boundaries = scorer.score(ASKED_FOR, reply).skills["boundaries"]
    assert "advice" in boundaries.flags, (reply, boundaries.flags)


CLINIC = "The nurse at the clinic gave me that look again. Is it even worth going back?"

WOULDNT_ADVICE = [
    "Honestly, I wouldn't bother going back to that one.",
    "i wouldnt waste my time on them tbh",
    "I'd never ask him for a favour like that again.",
    "I would not trust them with your details.",
]

WOULDNT_NOT_ADVICE = [
    "I wouldn't take it personally, she's like that with everyone.",
    "I wouldn't tell anyone what you told me.",
    "I wouldn't worry about it.",
    "I wouldn't know what to do either.",
    "You said you wouldn't bother going back.",
    "I wouldn't blame you if you never went back.",
]


@pytest.mark.parametrize("reply", WOULDNT_ADVICE, ids=[r[:40] for r in WOULDNT_ADVICE])
def test_i_wouldnt_as_the_step_is_advice(scorer: Scorer, reply: str) -> None:
    boundaries = scorer.score(CLINIC, reply).skills["boundaries"]
    assert "advice" in boundaries.flags, (reply, boundaries.flags)


@pytest.mark.parametrize("reply", WOULDNT_NOT_ADVICE, ids=[r[:40] for r in WOULDNT_NOT_ADVICE])
def test_i_wouldnt_near_misses_are_not_advice(scorer: Scorer, reply: str) -> None:
    boundaries = scorer.score(CLINIC, reply).skills["boundaries"]
    assert "advice" not in boundaries.flags, (reply, boundaries.flags)


MOVED = "I moved here in the spring and I still don't really know anyone."


@pytest.mark.parametrize(
    ("reply", "advice"),
    [
        ("Is it okay if I tell you what other people have found when they moved?", False),
        ("Would it help to talk about ways other people have found their people here?", False),
        ("Is it okay if I tell you about the buddy text line some workers use?", True),
        ("A lot of people have found the Thursday drop-in helps with that.", True),
    ],
    ids=["what-others-found", "ways-others-found", "names-the-thing", "no-asking"],
)
def test_what_others_found_asked_first(scorer: Scorer, reply: str, advice: bool) -> None:
    boundaries = scorer.score(MOVED, reply).skills["boundaries"]
    assert ("advice" in boundaries.flags) is advice, (reply, boundaries.flags)
