"""Validation read in more registers (issue #11, stop 8): families found by writing our own
wordings per family of acknowledgement and of non-validation that looks like it.

Acknowledgement families that scored 0 in registers the rubric had not been written to:

- A reply that is only an interjection of dismay ("oof", "bloody hell", "omg no").
- The wrong done to them named in slang, British or AAVE words ("that's messed up fr",
  "he was well out of order", "nah that ain't right"), and "sorry" as texted ("so sry").
- Sympathy in other forms ("sending you so much love", "I hate that this happened to you",
  "that should never have happened", "I'm ever so sorry", "you poor love").
- Intensifiers of other registers ("that's properly awful", "pure scary", "thats actually
  horrible"), hearing them ("I can tell how shaken you are"), thanks ("it means a lot that
  you told me"), what they did called right ("you trusted your gut", "that was the right
  call"), who they are affirmed ("your friends are lucky to have you"), numbness named as
  feeling nothing, "doing your head in", "those weeks are the worst", glad states ("ur so
  stoked"), "you feel rubbish about snapping", "…, and sick of not being listened to".
- Shame and blame lifted in other words ("no shame in that", "that's on him, not you",
  "you ain't stupid", "any reasonable person would share it"): validation, 2.
- An acknowledgement in a sentence of its own before a silver lining still counts (the
  convention in tests/data/README.md: "an acknowledgement before a breach still counts").

Near misses stay 0: the speaker's own gladness or apology ("I'm glad to help", "I'm sorry to
ask, but…"), politeness ("thanks for coming in today"), a feeling used as a reason ("since
you're scared, you should report him") or as what to stop ("don't let the landlord get to
you"), "you deserve a break" as a reason for advice, "it's risky to…" as a warning, and a
want said back after "sounds like" or "part of you" ("sounds like part of you wants…"), a
content reflection (tests/data/README.md), and a feeling asked about ("how long has the fear
been there?"), not noticed.

Our own wordings over all 12 scenarios, scored with the peer's line and in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import scored_two_ways, shipped_scenarios

SCENARIOS = shipped_scenarios()


ACKNOWLEDGED = [
    # whole-reply interjections
    "oof",
    "bloody hell",
    "omg no",
    "oh babe x",
    "Christ.",
    # the wrong named, slang / British / AAVE / texting
    "thats messed up fr",
    "that's well out of order what he did",
    "nah that ain't right",
    "that's some bs",
    "thats so fucked up",
    "so sry",
    "sry that happened to u",
    # sympathy in other forms
    "sending you so much love",
    "I hate that this happened to you",
    "I wish that hadn't happened",
    "that should never have happened to you",
    "Please accept my sympathy.",
    "you poor love",
    "I'm that sorry, darlin.",
    "aww no, poor you",
    # intensifiers of other registers
    "that's properly awful",
    "thats actually horrible",
    "that's pure scary, hen",
    "the waiting is agony",
    "it's doing ur head in",
    "those nights are the worst",
    "this is very bad thing he did",
    # what was done to them, in everyday words; thanks as said in Britain and Australia
    "you got shafted",
    "u were hung out to dry",
    "that's a kick in the guts",
    "gutted for you all",
    "it's disgraceful how they handled it",
    "cheers for telling me about it",
    # grief met in other words
    "my condolence",
    "RIP Tash, she sounds like she was a real one",
    "thinking of you x",
    "she deserved so much better",
    "her life mattered",
    "you must miss her",
    "it's shit that nobody said her name",
    "honestly that's pretty bad",
    # hearing, thanks, affirming
    "I can tell how shaken you are",
    "I see you.",
    "it means a lot that u trusted me with this",
    "you trusted your gut",
    "you handled that so well",
    "you made the right call walking out",
    "you looked after yourself",
    "your friends are lucky to have you",
    "you know your own body best",
    "you're absolutely right",
    # their state named in other words
    "you just feel nothing about any of it",
    "the whole thing is making you anxious",
    "you're still in shock",
    "you're shivering just thinking about it",
    "ur so stoked about the weekend",
    "you feel rubbish about snapping at her",
    "you're not sure it's worth it, and sick of not being listened to",
    "you know him better than anyone",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(ACKNOWLEDGED)))
def test_acknowledgement_in_other_registers(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


VALIDATED = [
    "no shame in that",
    "there's nothing to feel stupid about",
    "that's on him, not you",
    "he's the one in the wrong",
    "you ain't stupid",
    "any reasonable person would share it",
    "feel however you need to feel",
    "mate, I'd be fuming",
    "and rightly so",
    "that's a fair whinge",
    "That is an entirely legitimate grievance.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(VALIDATED)))
def test_shame_and_blame_lifted_in_other_words_validates(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 2, reply


APART = [
    "You sound completely drained. Look on the bright side, the week's nearly over.",
    "ur gutted. at least u still have a few regulars tho",
    "That's so much to carry. Could've been worse though.",
    "You're scared. Everything happens for a reason.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(APART)))
def test_acknowledgement_before_a_silver_lining_still_counts(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 1, reply


NOT_ACKNOWLEDGED = [
    # the silver lining is the whole reply, or the acknowledgement is inside it
    "at least you still have regulars, that's the main thing",
    # the speaker's own gladness, apology or politeness
    "I'm glad to help you make a plan",
    "I'm sorry to ask, but what's your budget?",
    "thanks for coming in today",
    # a feeling used as a reason or named as what to stop
    "since you're scared, you should report it",
    "Don't let the landlord get to you, just ignore him",
    "Treat yourself to a takeaway, you deserve it",
    "It's risky to skip a payment, you should call them",
    # a want said back ("sounds like", "part of you" before only a want): content, 0
    "There is a worker at the drop-in who seems to get it, and it sounds like part of you wants to let her help.",
    "You've been thinking it over, and it sounds like you want a break from all of it.",
    "Part of you wants to go back and part of you wants to stay away.",
    # politeness and someone else's call
    "Thank you for the update, what time does the bus go?",
    "that was the right call by the council, they had no money",
    # (A feeling named inside a question notices it, validation 1, by the convention in
    # tests/data/README.md since wave 3: tests/test_feeling_named_in_a_question.py, stop 13.)
    "that's a really bad idea",
    "that fee is a rip-off, ask for it back",
    "I was thinking of you for the peer worker job, want to apply?",
    "I'd be scared to go back there on my own",
    "cheers for the info",
    # no wrong named: the weather, a list
    "it was cold last night",
    "that's not on the list",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(NOT_ACKNOWLEDGED)))
def test_near_misses_are_not_acknowledgement(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 0, reply
