"""Advice precision, stop 19 (issue #11): families the dev halves of waves 8 to 10 showed, in
our own wordings, at the openings of all 12 shipped scenarios, with the peer's line only and in
the moment.

- **A reflexive instruction opening a sentence** ("Treat yourself to a takeaway", "spoil
  urself with a nice meal", "Book yourself a massage", "Pace yourself this week") pushes an
  action on the peer (boundaries `commands`), so an earned rest said in the same sentence ("…,
  you deserve it") is part of the push and earns no validation (`said_in_the_push`), as with
  any other instruction. "You deserve a rest" on its own still affirms (validation 1). Not how
  to regard themselves ("Treat yourself kindly today", "Give yourself some credit": care, as
  "be gentle with yourself" is), not a question ("Blame yourself?"), not a state said back
  ("You pushed yourself so hard this week").
- **The peer asked to keep the counsellor's own secret** ("just keep it between us", "keep it
  to yourself", "don't tell anyone I said this", "just don't mention it to anyone at the
  drop-in", "don't tell the coordinator") is a secret kept with them (`secrecy`, breached),
  not advice: every wave labels it so. Their own secrets stay advice ("Don't tell your sister
  anything yet", "don't tell them what you do"), and so does "Go on, text her now" ("go on
  then" alone gives in; it orders nothing).
- **"Let's…" that only carries another breach** (a meeting outside, "let's do coffee"; a
  secret, "let's keep it between us") is that breach, not advice; "Let's look at your
  options" still directs.
- **Time as the cure** ("give it a few months and poof", "Give it a week and you'll feel much
  better") is a platitude: false reassurance, breached, no advice. "Give it a week before you
  reply" and "Give it a few days and let yourself cry" still direct.
- **Not orders**: "Look," as a marker, "Mark my words", "Be as angry as you need to be"
  (permission), "you should know that." (what the speaker will do), "You made the right
  decision" (an affirmation), "you can only have one" (a limit), a load said back ("You have
  to deal with so much", "you've got to put up with a lot") and a relative clause with its
  preposition left at the end ("a place you have to armour up for").
- **Advice said without a verb of advice**: a thing to get or do as what could help ("A
  rainy-day pot could take some of that pressure off", "Home testing kits could help", "Drug
  checking services can really cut the risk"), "the answer is cutting back", and an order after
  "yep" or "then" ("Yep, fire it off this minute", "Then bin them off").
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import reply_cases, scored_two_ways

#: A treat or an action pressed on them with "yourself", with or without an earned rest.
REFLEXIVE_PUSH = [
    "Treat yourself to a takeaway, you deserve it",
    "Go spoil urself with a nice meal, u deserve it",
    "treat urself to smth nice tonight, u earned it",
    "Spoil yourself a bit this week, you deserve a break",
    "Get yourself a proper lie-in tomorrow, you deserve it hun",
    "Book yourself a massage, you've earned a rest.",
    "Honestly, treat yourself to something nice, you deserve it.",
    "Pace yourself this week, no rush.",
    "Take yourself out for a walk after, clear your head.",
]

#: The earned rest said with nothing pushed: an affirmation (validation 1), no advice.
EARNED_REST_ALONE = [
    "You deserve a rest",
    "You deserve a rest, honestly.",
    "You've earned a bit of peace.",
    "You pushed yourself so hard this week, you deserve a rest.",
    "You're hard on yourself, and you've earned a rest.",
]

#: "Yourself" in what is not an instruction to act.
REFLEXIVE_NOT_ADVICE = [
    "Treat yourself kindly today.",
    "Treat yourself with kindness this week.",
    "Give yourself some credit.",
    "Blame yourself for it?",
    "Kicking yourself over it, and you deserve a break from that.",
    "You keep telling yourself you don't deserve a rest.",
    "Proud of yourself, and you deserve to be.",
]


#: The counsellor's secret pressed on the peer: secrecy, breached, no advice.
KEEPS_OUR_SECRET = [
    "Don't tell anyone I said this, but I've yelled at my flatmate too.",
    "I can't officially, but I'll message you some weekends, just keep it to yourself.",
    "Amazing! Just don't mention it to anyone at the drop-in, okay?",
    "here's my number, just don't tell the office",
    "Keep this between us, yeah? I'm not meant to.",
    "Go on then, one coffee, just don't tell my supervisor.",
    "ok saturday works, dont tell anyone here lol",
]

#: Secrets of their own life, and instructions beside "go on": still advice.
STILL_ADVICE = [
    "Don't tell your sister anything yet.",
    "Go to the east side one and don't tell them what you do.",
    "Don't tell anyone about the ads.",
    "ok just between us? drop them.",
    "Go on, text her now.",
    "go on then, block him",
    "You're ready for a change. Let's look at your options.",
    "ok so let's make a plan: text her tonight.",
]

#: "Let's" carrying a meeting or a secret: that breach, no advice.
LETS_CARRIES_ANOTHER_BREACH = [
    "Yeah, let's do coffee, here's my number.",
    "Okay, but let's keep it between us, the program doesn't need to know.",
    "sure, let's grab a coffee saturday, here's my number",
]


#: Time promised as the cure: false reassurance, no advice.
TIME_AS_THE_CURE = [
    "Ah, every newcomer goes through that, give it a few months and poof.",
    "Give it a week and you'll feel much better.",
    "give it time hun, it gets easier",
    "Honestly just give it a couple of months, it'll settle.",
    "give it a while and you'll forget all about it",
]

#: Steps with "give it" or after a marker, and advice said without a verb of advice.
ADVICE_ALL_THE_SAME = [
    "Give it a week before you reply to her.",
    "Give it a few days and then call her.",
    "Look, just call her tonight.",
    "Look at your contract again.",
    "You have to deal with the landlord today.",
    "You have to handle this yourself.",
    "You've got to call them today.",
    "Leaving him is the best decision.",
    "it sounds like they have good advice you should listen to.",
    "A rainy-day pot for slow weeks could take some of that pressure off.",
    "A group letter from the night workers could help though.",
    "Drug checking services can really cut the risk.",
    "Home testing kits could help.",
    "Turning notifications off for a bit could help with the checking.",
    "Maybe the answer is cutting back for a while.",
    "Yep, fire it off this minute.",
    "Feel like that? Then bin them off.",
]

#: Markers, permission, affirmation, a limit, a load said back: no advice.
NOT_AN_ORDER = [
    "Look, I know I said no before.",
    "Mark my words, something'll come along.",
    "I'm here. Be as angry as you need to be.",
    "be as loud as u want, I'm listening",
    "I'll have to write it down, you should know that.",
    "You made the right decision coming here.",
    "Leaving was the right choice for you.",
    "Right now it feels like you can only have one.",
    "You can only do so much.",
    "You have to deal with so much.",
    "you have to put up with a lot, don't you",
    "And you have to carry all of that on your own.",
    "you've got to deal with so much",
    "Like the clinic's become a place you have to armour up for, is that it?",
    "the people you have to answer to, they never listen",
    "Nothing could help with that.",
    "You're hoping a new place could help.",
    "The waiting could make it worse.",
    "Yeah, mad the way they treat you.",
]


@reply_cases(TIME_AS_THE_CURE)
def test_time_as_the_cure_is_false_reassurance(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert boundaries.level == 2, (index, reply, boundaries.level)
            assert "false_reassurance" in boundaries.flags, (index, reply, boundaries.flags)
            assert "advice" not in boundaries.flags, (index, reply, boundaries.flags)


@reply_cases(ADVICE_ALL_THE_SAME)
def test_steps_said_other_ways_are_advice(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert "advice" in boundaries.flags, (index, reply, boundaries.flags)
            assert boundaries.level >= 1, (index, reply, boundaries.level)


@reply_cases(NOT_AN_ORDER)
def test_what_orders_nothing_is_not_advice(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert "advice" not in boundaries.flags, (index, reply, boundaries.flags)


@reply_cases(KEEPS_OUR_SECRET)
def test_the_counsellors_secret_is_secrecy_not_advice(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert boundaries.level == 2, (index, reply, boundaries.level)
            assert "secrecy" in boundaries.flags, (index, reply, boundaries.flags)
            assert "advice" not in boundaries.flags, (index, reply, boundaries.flags)
            assert not result.feedback.earned, (index, reply, result.feedback.strength)


@reply_cases(STILL_ADVICE)
def test_their_own_secrets_and_steps_stay_advice(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert "advice" in boundaries.flags, (index, reply, boundaries.flags)
            assert boundaries.level >= 1, (index, reply, boundaries.level)


@reply_cases(LETS_CARRIES_ANOTHER_BREACH)
def test_lets_that_carries_another_breach_is_not_advice(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert boundaries.level == 2, (index, reply, boundaries.level)
            assert "advice" not in boundaries.flags, (index, reply, boundaries.flags)


@reply_cases(REFLEXIVE_PUSH)
def test_a_reflexive_instruction_is_advice_and_its_praise_no_validation(
    scorer: Scorer, reply: str
) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert "advice" in boundaries.flags, (index, reply, boundaries.flags)
            assert boundaries.level >= 1, (index, reply, boundaries.level)
            assert result.skills["validation"].level == 0, (index, reply)
            if boundaries.level == 2:
                assert not result.feedback.earned, (index, reply, result.feedback.strength)


@reply_cases(EARNED_REST_ALONE)
def test_an_earned_rest_alone_still_affirms(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            assert "advice" not in result.skills["boundaries"].flags, (index, reply)
            assert result.skills["validation"].level >= 1, (index, reply)


@reply_cases(REFLEXIVE_NOT_ADVICE)
def test_yourself_outside_an_instruction_is_not_advice(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert "advice" not in boundaries.flags, (index, reply, boundaries.flags)
