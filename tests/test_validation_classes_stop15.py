"""Classes of validating move read whatever the wording (issue #11, stop 15).

Phrase additions for the rows a wave showed did not carry to the next blind wave; word classes
and structures did. Each table here is one *class* of move, in our own wordings and registers
the open sets do not have (other first languages' English, very short, very formal, texting),
scored at the opening of all 12 shipped scenarios, with the peer's line only and in the moment:

- **A degree word of any register** before how hard it is or how they feel ("dead scary",
  "mega stressful", "wicked hard", "well grim, that", "sooo exhausting"): one lexicon,
  `degree_words`, read by the fragment criteria and, as openers, by the clause reader, so
  "perfectly natural to feel that way" (no subject, only a degree) validates (2).
- **Effort and endurance seen** ("you kept going through all of it", "u been holding it down",
  "you're still standing", "you have shown considerable resilience"): the lexicon
  `carrying_on`, read by `affirms` (1: affirming what they did).
- **Their feeling explored in a question, pointed at or named in a "when you say…" clause**
  ("How long has that heavy feeling been there?", "When you say wiped, what's that like in your
  body?", "How are you feeling now, still shaky?"): the feeling is noticed (1, the convention
  in tests/data/README.md: a feeling word inside a question notices it).
- **Their reaction called normal with a negated complement or no subject** ("it's completely
  normal not to want to go back", "Is normal not to know what you feel" (pro-drop English),
  "very natural, not wanting to go back", "it's only natural", "Anyone would."): 2.

Near misses stay 0: a degree word before a plan or an easy fix ("dead simple: call them"),
the event called normal ("pretty normal for bookings to cancel"), an action called normal
("perfectly normal to call the clinic first"), carrying on as an order, a condition, a
warning or going back ("you need to keep going", "if you keep going like this…", "you kept
going back to him"), "anyone would tell you to…", a question with no feeling named ("how
are you feeling?"), "feeling" as a verb or a hunch ("what leaves you feeling like that?", "a
good feeling about the clinic"), and a feeling used for advice ("when you feel scared, how
about calling the police?").
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, reply_cases

DEGREE_FRAGMENTS = [
    "Dead scary.",
    "mega stressful",
    "hella draining",
    "sooo exhausting",
    "bare stressful innit",
    "Wicked hard.",
    "Well grim, that.",
    "Ay, so tiring.",
    "Awfully hard, this.",
    "soooo tired, babe",
    "Terribly lonely, that.",
    "the cat, the cancellations, the rent, dead exhausting",
]

DEGREE_VERDICTS = [
    "Perfectly natural to feel that way.",
    "Entirely understandable to feel wary.",
    "Quite normal to feel flat after that.",
    "Utterly understandable to be this tired.",
]

EFFORT_SEEN = [
    "You've been carrying so much and you still showed up.",
    "You kept going through all of it.",
    "You've held it together all week.",
    "You're still standing after all that.",
    "u been holding it down all week fr",
    "You have shown considerable resilience this week.",
    "You keep turning up for everyone, even now.",
    "Even so tired, you keep going.",
    "You've kept everything afloat on your own.",
    "Honestly you've been soldiering on for weeks.",
    "You got through a whole week of that.",
]

FEELING_EXPLORED = [
    "What does that feeling feel like for you?",
    "How long does that feeling hang around after?",
    "That heavy feeling, when does it come?",
    "When you say wiped, what's that like in your body?",
    "What's that feeling like, if you had to name it?",
    "The numb feeling, is it there all the time?",
    "How are you feeling now, still shaky?",
    "This feeling after bookings, since when?",
    "When you get that sick feeling after, what helps?",
    "When you feel lonely at night, what's that like?",
]

NORMAL_SAID = [
    "Is completely normal not to want to go back.",
    "It's completely normal not to want to go back there.",
    "Totally normal not to feel anything yet.",
    "It is entirely natural not to want to see her.",
    "Very natural, not wanting to go back.",
    "Is normal not to know what you feel.",
    "It's only natural.",
    "Anyone would.",
]

NOT_VALIDATING = [
    "Dead simple: call them tomorrow.",
    "mega easy fix, just block him",
    "Proper plan this time, yeah?",
    "Pretty normal for bookings to cancel.",
    "Quite normal for landlords to do that, sadly.",
    "Perfectly normal to call the clinic first.",
    "Totally normal to report it to the police.",
    "Entirely reasonable to ask for a refund, do it.",
    "Wicked idea, go for it.",
    "You need to keep going.",
    "Keep going, you'll get there.",
    "You have to hold it together for the cat.",
    "You should push through this week.",
    "You can't keep going like this, cut back.",
    "If you keep going like this you'll burn out.",
    "Why do you keep going back to him?",
    "You kept going back to that client even after he hit you.",
    "Just show up tomorrow and see.",
    "At least you kept going.",
    "It's normal for bookings to cancel, don't stress.",
    "Is normal, bookings cancel all the time.",
    "It's normal not to get paid sometimes in this work.",
    "It's perfectly normal to call the police.",
    "Not normal to yell at your roommate.",
    "Anyone would tell you to leave that work.",
    "You're still going out with that client?",
    "How are you feeling?",
    "How do you feel about calling the clinic?",
    "What does that look like in practice?",
    "What would feel like a good next step?",
    "Do you feel like going out this weekend?",
    "When you're tired, why don't you take a night off?",
    "When you feel scared, how about calling the police?",
    "Do you have a good feeling about the new clinic?",
    "What happens in those bookings that leaves you feeling like that?",
]


@reply_cases(DEGREE_FRAGMENTS, EFFORT_SEEN, FEELING_EXPLORED)
def test_acknowledges_at_each_opening(scorer: Scorer, reply: str) -> None:
    for scenario_id, way, level in levels_both_ways(scorer, "validation", reply):
        assert level >= 1, (scenario_id, way, reply)


@reply_cases(DEGREE_VERDICTS, NORMAL_SAID)
def test_validates_at_each_opening(scorer: Scorer, reply: str) -> None:
    for scenario_id, way, level in levels_both_ways(scorer, "validation", reply):
        assert level == 2, (scenario_id, way, reply)


@reply_cases(NOT_VALIDATING)
def test_near_misses_stay_at_zero(scorer: Scorer, reply: str) -> None:
    for scenario_id, way, level in levels_both_ways(scorer, "validation", reply):
        assert level == 0, (scenario_id, way, reply)
