"""Validation that wave 8's registers and feeling questions carry (issue #11, stop 14).

Wave 8's dev half missed acknowledgements that tests/data/README.md (wave 8) labels
validation 1, in two families the rubric had no mechanism for. Each table is in our own
wordings (not the wave's rows), scored at the opening of all 12 shipped scenarios, with the
peer's line only and in the moment:

- **Sympathy words of wave 8's registers**: Italian ("poverina", "mamma mia", "che peccato"),
  German ("oh je", "das tut mir leid"), Turkish ("geçmiş olsun", "yazık", "çok üzüldüm"),
  Vietnamese ("trời ơi", "thương quá", "tội nghiệp"), Hindi/Urdu ("uff", "Hey Bhagwan") and
  US Southern ("bless your heart", "Lord have mercy"): "I'm sorry". An English interjection
  of dismay as the whole reply now also counts with "Ouch"/"Eek" and with the peer's name
  after it ("Ugh, Jo.").
- **A question that names the feeling to measure or place it**: "How nervous do you feel…?",
  "Which part feels the most overwhelming…?", "What's the angriest part for you?", "What is
  the biggest fear…?", "Does the numbness come and go?" notice the feeling as "are you scared
  he'll come back?" does (names_their_feeling_asked).

- **What telling cost them**: "thanks for coming straight here and telling me", "I know it took
  a lot to bring this to me", "that took guts to say", "you did the brave thing by telling me"
  thank them for telling (thanks_them).

Near misses stay 0: fillers and endearments ("allora", "genau", "yaar", "honey"), "mai pen
rai" (never mind), "ach so" (oh, I see), an interjection before a dismissal ("ugh, whatever"),
"how do you feel?", "how are you feeling?", "which part is the plan?", "what's the plan?",
"how much do you charge?", "thanks for coming", "it took a lot to get the deposit back",
"be brave and tell him".
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import levels_both_ways, reply_cases

WAVE8_SYMPATHY = [
    "poverina, all of that in one go",
    "Mamma mia, what a stretch you've had",
    "Oh je, that on top of everything",
    "Das tut mir so leid, all of it",
    "geçmiş olsun, really",
    "Yazık, all that at once",
    "çok üzüldüm, honestly",
    "Trời ơi, em.",
    "thương quá, all of it together",
    "tội nghiệp, with everything else too",
    "Uff. All in one go.",
    "Hey Bhagwan, all of this",
    "Bless your heart, sugar.",
    "Lord have mercy, child",
    "Ouch.",
    "Eek.",
    "Ugh, Jo.",
    "Oof, Jo",
]

NOT_SYMPATHY = [
    "Allora, what's the plan?",
    "Genau. Next question.",
    "Yaar, Jo",
    "Honey, Jo.",
    "Mai pen rai, Jo.",
    "Ach so, okay then.",
    "Ugh, whatever.",
    "Ugh, fine.",
]

FEELING_QUESTIONS = [
    "How nervous do you feel, thinking about it now?",
    "How scared are you feeling about all of it?",
    "Which part feels the most overwhelming right now?",
    "Which bit of it feels scariest to you?",
    "What's the angriest part for you?",
    "What is the biggest fear for you, when you picture it?",
    "Does the numbness come and go, or is it there all the time?",
    "How anxious do you get, thinking about Friday?",
]

WHAT_TELLING_COST = [
    "Thanks for coming straight to me and telling me all this.",
    "Thank you for coming here to talk about it.",
    "I know it took a lot to bring this to me.",
    "That must have taken real courage to say.",
    "You did a brave thing, telling me this.",
]

NOT_WHAT_TELLING_COST = [
    "Thanks for coming.",
    "Thanks for coming in, see you next week.",
    "It took a lot to get the deposit back.",
    "Be brave and ring the landlord.",
]

NOT_FEELING_QUESTIONS = [
    "How do you feel about it?",
    "How are you feeling?",
    "Which part is the plan?",
    "What's the plan for next week?",
    "How much do you charge?",
]


@reply_cases(WAVE8_SYMPATHY, FEELING_QUESTIONS, WHAT_TELLING_COST)
def test_acknowledges_at_each_opening(scorer: Scorer, reply: str) -> None:
    for scenario_id, way, level in levels_both_ways(scorer, "validation", reply):
        assert level >= 1, (scenario_id, way, reply)


@reply_cases(NOT_SYMPATHY, NOT_FEELING_QUESTIONS, NOT_WHAT_TELLING_COST)
def test_near_misses_notice_nothing(scorer: Scorer, reply: str) -> None:
    for scenario_id, way, level in levels_both_ways(scorer, "validation", reply):
        assert level == 0, (scenario_id, way, reply)


@pytest.mark.parametrize("reply", ["Ugh, Jo.", "Ouch."])
def test_an_interjection_alone_is_not_a_reflection(scorer: Scorer, reply: str) -> None:
    for scenario_id, way, level in levels_both_ways(scorer, "paraphrasing", reply):
        assert level == 0, (scenario_id, way, reply)
