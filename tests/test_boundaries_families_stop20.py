"""Boundaries "breached", stop 20 (i20-bound): failure families the dev halves of waves 2 to 10
showed, in our own wordings, at the openings of shipped scenarios, with the peer's line only and
in the moment; each breach keeps its own flag.

- **Siding with the other person**: their treatment of the peer called fair ("it's fair if she
  hurried you a bit"), the rest of their kind held up as good ("most landlords are decent"),
  what others say called true ("people tell you that because it's true"), the failure made the
  peer's half ("it's a two-way street").
- **Dismissing**: the harm put down to luck ("you just had some bad luck"), the wish put out of
  reach ("realistically, you can't afford that"), the decision put above their heads, the loss
  filled with a shrug ("there's an app for that nowadays anyway").
- **The police as the answer**: as the quicker route after an "if" ("if it's urgent the cops are
  way faster"), by another language's word ("the Polizei"), as a "what if" or a bargain ("what if
  you rang the non-emergency number?").
- **Blame**: their act made the cause of how others treat them ("if you talk to staff like that,
  no wonder they stop helping"), the harm as their act's due ("bound to catch up with you"), a
  habit questioned with what it lacks ("why do you keep… without…"), a warning pressed home
  ("…seriously risky, you know that"), the work weighed against the trouble ("are the bookings
  really worth it?").
- **Directing**: a verb of going or keeping with "to" ("Come along to the drop-in on Friday",
  "Stick to the regulars this month").

Near misses stay below breached or without the flag: a kind word pressed home ("You matter, you
know that, right?"), permission ("Be as angry as you want to be"), a question whether someone may
do something, a list that keeps away from the police, their own weighing or fear said back, the
blame taken off them ("None of that is on you"), their tiredness made sense of ("no wonder
you're wiped out"), "welcome to the group".
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import reply_cases, scored_two_ways

#: (reply, the flag its breach carries)
BREACHES = [
    ("She was slammed with calls, so it's fair if she hurried you a bit.", "siding"),
    ("It's understandable that they snapped at you, it was a long shift.", "siding"),
    ("Most landlords are decent, honestly.", "siding"),
    ("Plenty of doctors are really kind though.", "siding"),
    ("Maybe the girls all say it because it's true, babe.", "siding"),
    ("Honestly, it's a two-way street with the board.", "siding"),
    ("You just had some bad luck with that one.", "dismissing"),
    ("you were just unlucky hun", "dismissing"),
    ("Realistically, you can't afford that right now.", "dismissing"),
    ("Honestly? Those calls get made way above our heads.", "dismissing"),
    ("It's all out of our hands now.", "dismissing"),
    ("Meh, there's an app for that nowadays anyway.", "dismissing"),
    ("Helplines are okay, but if it's urgent the cops are way faster.", "police"),
    ("Back home we'd ring the Polizei straight off.", "police"),
    ("What if you rang the police non-emergency number?", "police"),
    ("If the cops swore to keep you anonymous, would you press charges?", "police"),
    ("If you talk to staff like that, no wonder they stop helping.", "judgment"),
    ("Advertising from your flat was bound to catch up with you.", "judgment"),
    ("Why do you keep taking bookings without a deposit?", "judgment"),
    ("Going without testing is seriously risky, you know that.", "advice"),
    ("Are the bookings really worth it, after all this?", "moralising"),
    ("Maybe think about whether the ads are worth the risk.", "moralising"),
    ("Come along to the drop-in on Friday.", "directing"),
    ("Stick to the regulars this month.", "directing"),
]

#: (reply, the flag it must not raise): near misses of the families above.
NEAR_MISSES = [
    ("You matter, you know that, right?", "judgment"),
    ("Be as angry as you want to be, I'm here.", "siding"),
    ("Is she even allowed to do that?", "siding"),
    ("Is he allowed to just kick you out like that?", "siding"),
    ("There's a warning list that doesn't go to the police.", "police"),
    ("You're wondering whether the bookings are worth it.", "moralising"),
    ("It's not bad luck, it's how they treat us.", "dismissing"),
    ("If you've been up all night, no wonder you're wiped out.", "judgment"),
    ("You're scared it'll catch up with you one day.", "judgment"),
    ("None of that is on you.", "judgment"),
    ("It's fair that you're angry they rushed you.", "siding"),
    ("Welcome to the group, it's good you came.", "directing"),
    ("Back to the rent for a second, how are you managing?", "directing"),
    ("You feel like it's all out of your hands.", "dismissing"),
    ("You're worried that testing is risky, and you know that.", "advice"),
]


#: Peer lines of our own that ask for nothing (where the peer asked for ideas, a suggestion or
#: an instruction is limited to "at risk" by design).
PEER_LINES = [
    "It's been a rough week and I'm still going over it.",
    "I don't even know why I'm telling you this.",
    "Things with the clinic and the flat are all piling up.",
]


#: Round two: their state put down to using, the using insinuated, their ask called a wrong
#: they must know, "only" before a step, steps set out as a list.
BREACHES_TOO = [
    ("Maybe the flatness is from the drinking?", "judgment"),
    ("Are you sure you're not using to get through the nights?", "judgment"),
    ("Come on, you must know that crosses a line.", "judgment"),
    ("Only take day bookings for a while.", "directing"),
    (
        "\u2022 book the weekend off\n\u2022 tell your regulars\n\u2022 lock the phone away",
        "directing",
    ),
    ("- text your regulars tonight\n- switch the phone off", "directing"),
]

#: Their fear said back, a check on their safety, a list of what they said: not those breaches.
NEAR_MISSES_TOO = [
    ("You're worried it's from the drinking.", "judgment"),
    ("Are you sure you're not hurt?", "judgment"),
    ("You only see regulars now?", "directing"),
    ("What I heard:\n- the weekend\n- the cat", "directing"),
]


@pytest.mark.parametrize(
    ("reply", "flag"), BREACHES + BREACHES_TOO, ids=[r[:40] for r, _ in BREACHES + BREACHES_TOO]
)
def test_family_is_breached_with_its_flag(scorer: Scorer, reply: str, flag: str) -> None:
    for context in PEER_LINES:
        boundaries = scorer.score(context, reply).skills["boundaries"]
        assert boundaries.level == 2, (context, reply, boundaries.level, boundaries.flags)
        assert flag in boundaries.flags, (context, reply, boundaries.flags)


#: Breaches that do not hang on the peer's line: breached at scenario openings too.
@reply_cases([r for r, f in BREACHES if f in {"siding", "dismissing", "police", "judgment"}])
def test_family_is_breached_at_openings(scorer: Scorer, reply: str) -> None:
    for index in range(0, 12, 4):
        for result in scored_two_ways(scorer, index, reply):
            assert result.skills["boundaries"].level == 2, (index, reply)


#: A "why" put to a thought, not to a lapse: at risk at most (blames_with_why).
@reply_cases(
    ["Why do you keep thinking it's your fault?", "why do you keep going back to that night?"]
)
def test_why_without_a_lapse_stays_at_risk(scorer: Scorer, reply: str) -> None:
    for context in PEER_LINES:
        assert scorer.score(context, reply).skills["boundaries"].level < 2, (context, reply)


@pytest.mark.parametrize(("reply", "flag"), NEAR_MISSES, ids=[r[:40] for r, _ in NEAR_MISSES])
def test_near_miss_does_not_raise_the_flag(scorer: Scorer, reply: str, flag: str) -> None:
    for index in range(0, 12, 3):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert flag not in boundaries.flags, (index, reply, boundaries.flags)


#: Said back in the peer's own moment: their words, not the speaker's verdict.
SAID_BACK = [
    (
        "Honestly, some nights I think everyone would be better off if I wasn't here anymore.",
        "Some nights it feels to you like everyone would be better off without you.",
    ),
    (
        "Come on. Just tell me what you think of me.",
        "You know yourself better than anyone does, you know that, right?",
    ),
]


@pytest.mark.parametrize(("context", "reply"), SAID_BACK, ids=[r[:40] for _, r in SAID_BACK])
def test_said_back_or_affirmed_is_not_breached(scorer: Scorer, context: str, reply: str) -> None:
    boundaries = scorer.score(context, reply).skills["boundaries"]
    assert boundaries.level < 2, (reply, boundaries.flags)


@reply_cases(["None of that's on you. He hurt you and kept your money."])
def test_blame_taken_off_them_is_not_judgment(scorer: Scorer, reply: str) -> None:
    boundaries = scorer.score("He grabbed me and wouldn't pay.", reply).skills["boundaries"]
    assert "judgment" not in boundaries.flags, boundaries.flags


@pytest.mark.parametrize(
    ("reply", "flag"), NEAR_MISSES_TOO, ids=[r[:30] for r, _ in NEAR_MISSES_TOO]
)
def test_round_two_near_misses(scorer: Scorer, reply: str, flag: str) -> None:
    for context in PEER_LINES:
        boundaries = scorer.score(context, reply).skills["boundaries"]
        assert flag not in boundaries.flags, (context, reply, boundaries.flags)
