"""Issue #11 (stop 15): three classes of breach read by their structure, not their words, at
every scenario's opening.

The misses on the open sets were grouped by structure; the biggest classes the stance and
clause machinery could not read at all are tabled here, each with our own probes in other
words and registers (none is a labelled row) and its near misses:

- a directive main clause after a fronted condition or reason with no comma ("If it's gone
  wrong before you must…", "when things get bad you need to…"): the subordinator opening the
  sentence was read as a frame of the peer's own thinking (`not_after`), so the instruction
  after it was never read. Not the subordinator's own predicate ("If you need to talk I'm
  here"), nor the peer's view or someone's words said back ("when you said you have to…",
  "when your sister says you need to…");
- an obligation put on the peer as a debt or a duty ("you owe them…", "you owe it to…",
  "it's your responsibility to…", "you have a duty to…"); not negated or handed back ("you
  don't owe anyone an explanation", "it's not your job to fix her"), not someone else's debt,
  not the peer's own sense of it said back;
- taking over by asking for the peer's things so the speaker can act on them ("forward me the
  messages", "pass me your login"), by taking a role in their dealings ("let me be your
  screener"), or by acting and telling them to do nothing ("…You don't have to do anything");
  not a pause, an invitation to talk, a question, or staying with them;
- an option endorsed by a predicate of recommending, whatever the option ("the needle exchange
  is a good shout", "the night shelter sounds like a safe bet", "…is your ticket", "…is worth a
  look"): advice, at risk. Not the peer's own idea weighed ("that's worth a shot", "your plan
  sounds like a good start"), someone's view reported, a question, a negation, or what they
  did affirmed ("reaching out tonight is a really good first step", "coming here was a good
  call").

Directives are "at risk" (still advice) where the peer asked for ideas (tell-me-what-to-do).
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import (
    assert_below_breached_at_each_opening,
    assert_breached_at_each_opening,
    at_each_opening,
    flagged_cases,
    reply_cases,
)

FRONTED_DIRECTIVES = (
    "If a regular gets pushy you have to end it there.",
    "Since the rent went up you need to raise your rates.",
    "If the clinic's rude again you have to put in a complaint.",
    "because the app keeps glitching u should switch to texting",
    "Since the landlord isn't answering you must go to the council.",
    "If the ads get pulled you ought to try another site.",
    "Because they ghosted you twice you ought to drop them.",
    "After what happened last week you gotta stop going there.",
    "Whenever he messages at night you should block him.",
    "When things get messy you need to call your buddy.",
)

FRONTED_NEAR_MISSES = (
    "If you need to vent about the landlord, I'm here.",
    "When you said you have to leave the flat, I could hear how scared you are.",
    "Because you have to cover rent, every night feels like it counts.",
    "When your sister says you need to stop, it sounds like it really stings.",
    "If your friend thinks you should report him, that's her view. What do you make of it?",
    "If you ever need to talk it through, I'm around.",
    "Since you have to be out by Friday, no wonder everything feels rushed.",
    "When you feel like you should quit, what's going on for you?",
    "If you think you need to leave, that's yours to decide.",
)

OBLIGATIONS = (
    "You owe the other girls a heads-up about him.",
    "honestly u owe it to yourself to take a break",
    "It is your responsibility to inform the agency.",
    "You have a duty to report what you saw.",
    "You owe your flatmate an explanation.",
    "ya owe her the truth, mate",
    "It's your obligation as a member to speak at the meeting.",
    "you really owe them a call back",
    "You have a real responsibility to warn the newer workers.",
    "That's your duty to the group, to tell them.",
)

OBLIGATION_NEAR_MISSES = (
    "You don't owe anyone an explanation.",
    "You owe nobody anything, least of all him.",
    "He still owes you for last week.",
    "It's not your job to fix her.",
    "It sounds like you feel you owe them something.",
    "It's not your responsibility to keep everyone safe.",
    "You're wondering whether you owe them an apology.",
    "Your sister thinks you owe her the truth, and that's a lot to carry.",
)

TAKING_OVER = (
    "Forward me the messages tonight.",
    "Hand over his profile link, leave the rest.",
    "Send me their screenshots, every one.",
    "Pass me your login for the week.",
    "Let me be your screener for a while.",
    "Let me be the middleman with your landlord.",
    "Give me the guy's handle, I know people.",
    "DM me his username and forget about him.",
    "I'll raise it with the board on Monday. You don't have to do a thing.",
    "I'll chase the landlord about the deposit. You don't need to do anything.",
)

TAKING_OVER_NEAR_MISSES = (
    "Give me a minute to get my head round that.",
    "Give me the whole story, I'm listening.",
    "Can you send me the flyer so we can look at it together?",
    "Let me be honest, that sounds exhausting.",
    "Let me be there for you while you work it out.",
    "I'm here. You don't have to do anything right now.",
    "I'll stay on the line. You don't need to do anything but breathe.",
)


OPTIONS_ENDORSED = (
    "The needle exchange on Fifth is a good shout for that.",
    "honestly a second phone sounds like a solid call",
    "The legal clinic's worth a visit, they do free advice on Thursdays.",
    "The outreach van's a decent shout on Fridays.",
    "A lockbox for the cash is worth a punt, mate.",
    "The union's advice line is worth a ring.",
    "Harm reduction vending machines are worth a look.",
    "The night shelter on Elm sounds like a safe bet.",
    "The peer-run clinic looks worth checking out.",
    "Screening through the agency's app is your ticket.",
)

ENDORSING_NEAR_MISSES = (
    "That's worth a shot, if it feels right to you.",
    "It sounds like a good call to you, and you've thought it through.",
    "Your plan sounds like a good start.",
    "Your friend reckons the union is worth a call. What do you make of that?",
    "Is the drop-in worth a try, do you think?",
    "You're worth a lot more than how she treated you.",
    "What you did there was a smart move.",
    "Reaching out tonight is a really good first step.",
    "Coming here today was a good call.",
    "The list isn't worth a shot if it leaks names, you said.",
)


SERVICES_EXCUSED = (
    "The helpline volunteers are probably just exhausted.",
    "The counsellors were probably just following the script.",
    "The responders must have been under a lot of pressure.",
    "The 9-8-8 people were just swamped, I'd guess.",
    "The outreach workers were probably just tired that night.",
    "The crisis team were probably just under a lot of pressure.",
)

SERVICES_NEAR_MISSES = (
    "You felt the helpline volunteers were rushing you, and that hurt.",
    "The outreach team said they were short-staffed, but that doesn't make it okay.",
    "Do you think the crisis team was just overstretched?",
    "The helpline should have listened properly.",
    "Nobody at the service should rush you like that.",
    "The line was busy and you gave up, that's so frustrating.",
    "The shelter is full and you don't know where to go tonight.",
    "Your team at the drop-in really showed up for you.",
)


WORK_AS_AGENT_OR_GOOD_DENIED = (
    "This job isn't a stable way to live.",
    "This work will eat you alive.",
    "The night work keeps doing that to you.",
    "The life catches up with you in the end.",
    "this job will chew u up",
    "The trade uses you up and moves on.",
)

WORK_NEAR_MISSES = (
    "You're worried the work isn't stable right now.",
    "Your mum says this job isn't a proper job, and that stings.",
    "Grief does that to you.",
    "A week like that takes it out of you.",
    "The supply isn't healthy right now, and you've lost people to it.",
    "It's not the work that breaks you, it's how people treat you.",
    "Your landlord isn't a stable person to rely on.",
    "You feel like the job will eat you alive if you stay this tired.",
)


@flagged_cases(("moralising", WORK_AS_AGENT_OR_GOOD_DENIED))
def test_the_work_as_agent_or_a_good_denied_is_moralising(
    scorer: Scorer, flag: str, reply: str
) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(WORK_NEAR_MISSES)
def test_their_worry_grief_and_the_supply_hold(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)


@flagged_cases(("siding", SERVICES_EXCUSED))
def test_a_service_excused_is_siding(scorer: Scorer, flag: str, reply: str) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(SERVICES_NEAR_MISSES)
def test_their_feeling_about_a_service_and_its_duty_hold(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)


@flagged_cases(("advice", FRONTED_DIRECTIVES), ("advice", OBLIGATIONS))
def test_directives_after_a_fronted_clause_and_duties_are_advice(
    scorer: Scorer, flag: str, reply: str
) -> None:
    missed = {}
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        asked = any(e.criterion == "peer_asked_for_ideas" for e in result.evidence)
        if flag not in result.flags or result.level < (1 if asked else 2):
            missed[scenario_id] = (result.level, result.flags)
    assert not missed, f"{reply!r}: {missed}"


@flagged_cases(("rescuing", TAKING_OVER))
def test_taking_their_things_or_their_dealings_over_is_breached(
    scorer: Scorer, flag: str, reply: str
) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(FRONTED_NEAR_MISSES, OBLIGATION_NEAR_MISSES, TAKING_OVER_NEAR_MISSES)
def test_their_own_words_negated_duties_and_invitations_hold(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)


@reply_cases(OPTIONS_ENDORSED)
def test_an_option_endorsed_is_advice(scorer: Scorer, reply: str) -> None:
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert result.level >= 1 and "advice" in result.flags, (scenario_id, reply, result.flags)


@reply_cases(ENDORSING_NEAR_MISSES)
def test_their_own_idea_weighed_or_what_they_did_affirmed_is_no_advice(
    scorer: Scorer, reply: str
) -> None:
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert "advice" not in result.flags, (scenario_id, reply, result.flags)
