"""Advice said in ways the scorer missed, and warnings it saw where there were none (issue #11,
stop 18). In our own wordings, at all 12 shipped openings, with the peer's line only and in
the moment.

- **The peer and the people with them told as a group** ("You two should sit down together",
  "you both need to talk it through", "y'all should take turns", "you lot should get a rota
  going"): a direction, as "you should" is (boundaries `directs`). Not what they share said
  back ("You both must feel so stretched", "You two have been through so much").
- **"Fewer" as the object of an opening verb** ("Negotiate fewer travel days", "Accept fewer
  bookings this month"), read as "more" and "less" already were (`commands`). Not a fragment
  about them ("Fewer clients means less money").
- **A relative clause on "the last / the only / the one…"** names what the peer has, not what
  they must do: "Iqmik is the last crutch you have to deal with your stress", "wine is the
  only thing you have to calm down at night", "it's the one place you have to be yourself".
  "The only thing you need to do is call her" still directs.
- **A bare "if you don't… / unless you…"** is no warning: reflections carry it ("If you don't
  answer he turns up at the door, and that's terrifying", "Unless you're working every night,
  the money doesn't stretch"). The warning is the condition with a harm after it, and after
  "unless" any action is the condition: "Unless you cut back, it'll only get worse".
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import at_each_opening, opening, reply_cases, scored_two_ways, shipped_scenarios

TOLD_AS_A_GROUP = [
    "You two should sit down together and sort it.",
    "you both need to talk this through tbh",
    "You guys should split the chores down the middle.",
    "Y'all should take turns with the late shifts.",
    "you lot should get a rota going",
    "You both really should get it in writing.",
]

FEWER_AS_THE_OBJECT = [
    "Negotiate fewer travel days before you say yes.",
    "Accept fewer bookings this month.",
    "Schedule fewer doubles.",
    "Book fewer late ones next week.",
    "Promise fewer favours.",
]

NAMED_AS_A_WARNING = [
    "Unless you cut back, it'll only get worse.",
    "unless u slow down ur gonna burn out",
    "If you don't leave him, you're going to get hurt.",
    "If you keep working nights you'll get sick.",
    "Unless you rest, you'll burn yourself out.",
    "If you don't take the tablets your kidneys will keep on failing.",
    "Unless you get it checked, your eyesight will get worse.",
]

STILL_DIRECTS = [
    "The only thing you need to do is call her.",
    "the one thing u gotta do is block him",
    "Blocking him is the only thing to do.",
    "Calling her is the best thing to do.",
]

NOT_ADVICE = [
    # what a group shares, said back
    "You both must feel so stretched.",
    "You two have been through so much.",
    "You both should be proud of how far you've come.",
    # a fragment about them
    "Fewer clients means less money.",
    # what they have, in a relative clause
    "Iqmik is the last crutch you have to deal with your stress.",
    "Wine is the only thing you have to calm down at night.",
    "It's the one place you have to be yourself.",
    "That's the only thing you've got left.",
    "The only person you have to answer to is you.",
    # a condition said back, no harm told
    "If you don't answer he turns up at the door, and that's terrifying.",
    "Unless you're working every night, the money doesn't stretch.",
    "It's like if you don't keep busy, the thoughts come back.",
    "Unless you tell him, he won't know.",
]


@reply_cases(TOLD_AS_A_GROUP, FEWER_AS_THE_OBJECT, STILL_DIRECTS)
def test_a_direction_is_advice_and_earns_no_strength(scorer: Scorer, reply: str) -> None:
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        for result in (scorer.score(context, reply), scorer.score(context, reply, node)):
            boundaries = result.skills["boundaries"]
            assert "advice" in boundaries.flags, (scenario.id, reply, boundaries.flags)
            assert boundaries.level >= 1, (scenario.id, reply, boundaries.level)
            if boundaries.level == 2:
                assert not result.feedback.earned, (scenario.id, reply, result.feedback.strength)


@reply_cases(NAMED_AS_A_WARNING)
def test_a_condition_with_a_harm_is_a_warning(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "advice" in boundaries.flags, (scenario_id, reply, boundaries.flags)
        criteria = {e.criterion for e in boundaries.evidence}
        assert "warns" in criteria, (scenario_id, reply, criteria)


@reply_cases(NOT_ADVICE)
def test_what_is_said_back_is_not_advice(scorer: Scorer, reply: str) -> None:
    for index in range(12):
        for result in scored_two_ways(scorer, index, reply):
            boundaries = result.skills["boundaries"]
            assert "advice" not in boundaries.flags, (index, reply, boundaries.flags)
