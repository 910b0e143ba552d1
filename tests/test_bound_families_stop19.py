"""Issue #11 (stop 19): the peer's own self-blame said back with a tag that gives it back to
them, at every scenario's opening. Our own wordings (none is a labelled row), with near misses.

- **A tag that ends the sentence** ("…, that's how it feels for you right now", "…, you
  think", "…, it felt like", "…, in your head") makes the clause before it the peer's view said
  back: "you shouldn't have asked, it was stupid of you, that's how it feels for you" is a
  reflection of their self-blame, not the speaker's verdict (`blames_in_hindsight` and `judges`
  list `said_as_theirs_after` under `unless_near`). A tag ends its sentence also when another
  sentence follows ("… for you right now. Embarrassed.").
- The same blame without a tag, with the speaker's own "I think", or with the tag asked as a
  question ("…, you think?") is still the speaker's judgment: breached. "whatever you think"
  is no tag (no comma before it).
- **A counterfactual that blames the work** ("if you weren't out working nights you wouldn't
  need…", "if the job didn't keep you out all night…", "if it wasn't for the work…", "as long
  as you're relying on sex work you'll always be stuck") treats the work as the problem:
  `moralising`, breached. Someone else's act in the same frame ("if the drop-in didn't keep
  cutting hours…") and a condition that ends in no verdict ("as long as you're in the work you
  deserve a place to eat") are not.
- **Casual brush-offs** ("ever'body has a bad week, it ain't nothin' to fret on", "that's not
  even a real fight", "…never change, so why bother", "no point being dramatic about it") wave
  the complaint away: `dismissing`, breached. Their negations and the peer's own doubt said
  back ("I don't think you're being dramatic", "you're wondering why you even bother") and a
  bad spell named as more than that ("Everybody has bad weeks, but this one sounds like a lot
  more") are not.
- **Certainty about what comes next**: the one they lost surely replaced ("You'll find someone
  else to check in with"), the people in their story sure to come good ("Sisters always
  protect each other in the end") are `false_reassurance`; the outing as a matter of time
  ("your parents are going to find out eventually") waves the fear away (`dismissing`). Asked,
  or said back as their fear, they are not.
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

SAID_AS_THEIRS = (
    "Sorry, you shouldn't have asked, it was stupid of you, that's how it feels for you right now.",
    "You shouldn't have asked, it was stupid of you, that's how it feels for you. Embarrassed.",
    "you should've known better, that's how it feels to u at the moment",
    "You should have seen it coming, you reckon.",
    "That was stupid of you, you think. I can hear how much it stings.",
    "you shouldnt have trusted him, thats how it feels 2 u. i get that",
    "You should have said no sooner, in your head.",
    "You should have known, it felt like.",
)

STILL_JUDGES = (
    "You shouldn't have asked. That was stupid of you.",
    "You shouldn't have asked, that was stupid, I think.",
    "You should have known better, you think?",
    "you shouldnt have gone with him, thats on you",
)


@reply_cases(SAID_AS_THEIRS)
def test_self_blame_said_back_with_a_tag_holds(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)


@reply_cases(STILL_JUDGES)
def test_the_speakers_own_verdict_still_breaches(scorer: Scorer, reply: str) -> None:
    assert_breached_at_each_opening(scorer, "judgment", reply)


WORK_AS_THE_CAUSE = (
    "With respect, if you weren't out working nights you wouldn't be in this spot.",
    "Honestly, if the work didn't keep you up all hours, you wouldn't be so wiped.",
    "as long as ur relying on sex work for rent ur always gonna be stuck like this",
    "if it wasnt for the job u wouldnt be in this mess",
    "If you weren't still doing this work you'd be fine.",
    "As long as you're in that line of work you'll never get ahead, Sam.",
)

NOT_THE_WORK = (
    "If the drop-in didn't keep cutting hours you'd be fine.",
    "As long as you're in the work you deserve a place to eat like anyone else.",
    "If your landlord hadn't found the ads you'd still have a home, and that's on him.",
)


@reply_cases(WORK_AS_THE_CAUSE)
def test_a_counterfactual_blaming_the_work_moralises(scorer: Scorer, reply: str) -> None:
    assert_breached_at_each_opening(scorer, "moralising", reply)
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert "✓" not in (result.label or ""), (scenario_id, reply, result.label)


@reply_cases(NOT_THE_WORK)
def test_someone_elses_act_or_no_verdict_is_not_moralising(scorer: Scorer, reply: str) -> None:
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert "moralising" not in result.flags, (scenario_id, reply, result.flags)


BRUSH_OFFS = (
    "Well, shoot, everybody has a bad week, it ain't nothin' to fret on.",
    "we all have rough days mate",
    "Ha, that's not even a real fight, everyone argues about chores.",
    "Places like that never change, so why bother.",
    "You do it because you have to, no point being dramatic about it.",
    "no need to be so dramatic, it happens",
    "nothin to fret over hun",
)

NOT_A_BRUSH_OFF = (
    "I don't think you're being dramatic at all.",
    "You're wondering why you even bother.",
    "Everybody has bad weeks, but this one sounds like a lot more than that.",
    "It's been a rough week, and it's not nothing.",
)


@reply_cases(BRUSH_OFFS)
def test_a_casual_brush_off_dismisses(scorer: Scorer, reply: str) -> None:
    assert_breached_at_each_opening(scorer, "dismissing", reply)


@reply_cases(NOT_A_BRUSH_OFF)
def test_a_negated_or_said_back_brush_off_holds(scorer: Scorer, reply: str) -> None:
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert "dismissing" not in result.flags, (scenario_id, reply, result.flags)


SURE_OF_WHAT_COMES = (
    ("false_reassurance", "You'll find someone else to check in with, there's heaps of people."),
    ("false_reassurance", "ull def find someone new to do plates with"),
    ("false_reassurance", "You're going to find another place, easy."),
    ("false_reassurance", "Sisters always protect each other in the end, trust me."),
    ("false_reassurance", "families always come round in the end"),
    ("dismissing", "honestly your parents are going to find out eventually"),
    ("dismissing", "They're gonna know one way or another, so."),
)

NOT_SURE_OF_IT = (
    "Will you find someone else to check in with?",
    "You're scared your parents are going to find out eventually.",
    "You're worried you won't find someone else who'd do that.",
)


@flagged_cases(SURE_OF_WHAT_COMES)
def test_certainty_about_what_comes_breaches(scorer: Scorer, flag: str, reply: str) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(NOT_SURE_OF_IT)
def test_asked_or_said_back_as_their_fear_holds(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)
