"""Issue #11 (stop 9, i11-stance): boundary breaches read by stance, not by wording.

A breach is a predicate (a negative verdict on the work, an excuse for the other person, a
minimising verdict, a hindsight blame, a sure outcome, an offer to act for them, a secrecy
promise, the police as the answer) that the speaker *asserts*. The same words said back as the
peer's ("you're worried…", "you said…"), reported as someone else's ("your sister keeps
saying…"), asked as the peer's own view ("do you think…?") or negated ("it's not a small thing")
are not a breach (scoring/stance.py, the `stance_*` criteria and lexicons of boundaries.yaml).

- The probe set (tests/data/stance_probes.jsonl) was written before the mechanism, 8 families x
  ~21 breaches and ~21 near misses, and split by a hash into a build half and a check half.
  Only the check half's aggregate is asserted (on main cae85e8: recall .874, precision .950).
- Family tables: breaches main missed, each beside its said-back/reported/asked twin, at every
  shipped scenario's first moment.
- The reader itself: whom a clause is about and what the speaker does with it.
"""

from __future__ import annotations

import json

import pytest

from simulator.scoring import Scorer
from simulator.scoring.stance import StanceReader
from tests.helpers import ROOT, at_each_opening, shipped_scenarios

PROBES = [
    json.loads(line)
    for line in (ROOT / "tests" / "data" / "stance_probes.jsonl").read_text().splitlines()
    if line.strip()
]


def _breached_at_most_openings(scorer: Scorer, reply: str) -> bool:
    levels = [result.level for _, result in at_each_opening(scorer, "boundaries", reply)]
    return sum(level == 2 for level in levels) * 2 >= len(levels)


def test_probe_check_half_recall_and_precision(scorer: Scorer) -> None:
    """The held half of the probes: recall >= .92 and precision >= .93 (main: .874 / .950)."""
    rows = [p for p in PROBES if p["half"] == "check"]
    said = [(_breached_at_most_openings(scorer, p["reply"]), p["breach"]) for p in rows]
    tp = sum(pred and gold for pred, gold in said)
    recall = tp / sum(gold for _, gold in said)
    precision = tp / max(1, sum(pred for pred, _ in said))
    assert recall >= 0.92 and precision >= 0.93, (recall, precision)


# Breaches main missed (level < 2), in registers the old patterns did not spell out.
BREACHES = [
    ("dismissing", "I've heard way worse stories than this, tbh."),
    ("dismissing", "Surely you're not still upset about that?"),
    ("dismissing", "honestly mate ive seen way worse, ur alright"),
    ("hindsight", "You did agree to it, didn't you?"),
    ("hindsight", "It is a pity you did not ask for money first."),
    ("hindsight", "shame you didnt get the cash up front tbh"),
    ("rescuing", "Want me to come round and talk to your landlord for you?"),
    ("rescuing", "I will go to the bank with you and speak for you."),
    ("rescuing", "I'm lending you the money, no arguments."),
    ("rescuing", "lemme ring the council for u tomorrow"),
    ("secrecy", "I can promise you total confidentiality whatever you tell me."),
    ("secrecy", "Lips are sealed, promise."),
    ("secrecy", "Nobody's hearing about this from me, full stop."),
    ("secrecy", "Don't worry, I'd never break your trust by telling anyone."),
    # The work named as the cause of their trouble (wave4-dev's moralising misses, own words).
    ("moralising", "Honestly the job is what's wearing you down."),
    ("moralising", "That line of work puts you at risk every single night."),
    ("moralising", "Surely you can see the game is grinding you down?"),
    ("moralising", "ngl its the work thats wearing u down"),
    # Dismissing by normalising or moving on (wave4-dev's dismissing misses, own words).
    ("dismissing", "eh, nurses are like that, you get used to it"),
    ("dismissing", "Honestly, that's life, innit."),
    ("dismissing", "I think you're taking it a bit personally tbh."),
    ("dismissing", "Well it's too late now, what's done is done."),
    ("dismissing", "ok moving on, what else happened this week?"),
]


@pytest.mark.parametrize(("family", "reply"), BREACHES)
def test_asserted_breach_is_breached_in_every_scenario(
    scorer: Scorer, family: str, reply: str
) -> None:
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert result.level == 2, (family, scenario_id, reply, result.evidence)


# The same predicates, said back, reported, asked as the peer's view or negated.
NEAR_MISSES = [
    ("moralising", "You're worried people think the job is dangerous."),
    ("moralising", "ur sister keeps saying the game chews people up"),
    ("siding", "You said he was just stressed, and it still hurt."),
    ("siding", "She told you it's hospital policy, and you didn't buy it."),
    ("dismissing", "It's not a small thing, what happened."),
    ("dismissing", "I don't think you're being dramatic at all."),
    ("dismissing", "Your mum keeps calling you too sensitive."),
    ("hindsight", "He should have paid you, and he should have let go when you said."),
    ("hindsight", "Your mum keeps saying you should have known."),
    ("hindsight", "It wasn't your choice for him to do that."),
    ("false_reassurance", "You're hoping it'll all work out."),
    ("false_reassurance", "I can't promise it'll be fine, but I'm here right now."),
    ("police", "Your friend keeps telling you to call the police, and you don't want to."),
    ("police", "You're thinking about whether to call the police."),
    ("moralising", "You're worried the job is burning you out."),
    ("moralising", "It's not the work that's wearing you down, it's the landlord."),
    ("moralising", "You lost the flat because of the work ads, and that's so unfair."),
    ("moralising", "The landlord judged you because of your work. That's discrimination."),
    ("moralising", "Do you feel the job is burning you out?"),
    ("dismissing", "You're worried you're taking it too personally."),
    ("dismissing", "Landlords are like that, and it's still not okay."),
    ("dismissing", "It's not pointless to feel this way."),
    ("dismissing", "Your sister says you're taking it personally, and that hurt."),
    ("dismissing", "Do you feel like it's too late now?"),
]


@pytest.mark.parametrize(("family", "reply"), NEAR_MISSES)
def test_said_back_reported_or_negated_is_not_a_breach(
    scorer: Scorer, family: str, reply: str
) -> None:
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert result.level < 2, (family, scenario_id, reply, result.evidence)


def test_every_scenario_is_in_the_tables() -> None:
    assert len(shipped_scenarios()) == 12


LEXICONS = {
    "stance_the_work": ("the job", "the game"),
    "stance_other_people": ("landlord", "mum"),
    "stance_said_back": ("you're worried", "you said"),
    "stance_reporting": ("says", "told you"),
    "stance_asks_their_view": ("do you think",),
    "stance_negators": ("not", "n't"),
}


@pytest.mark.parametrize(
    ("text", "word", "about", "voice"),
    [
        ("honestly the job is dangerous", "dangerous", "work", "asserted"),
        ("you're worried the job is dangerous", "dangerous", "work", "said_back"),
        ("your mum says the job is dangerous", "dangerous", "work", "reported"),
        ("i said i thought the job was dangerous", "dangerous", "work", "asserted"),
        ("do you think the job is dangerous?", "dangerous", "work", "asked"),
        ("why not leave the job?", "leave", "work", "asserted"),
        ("it's not dangerous, the job", "dangerous", "work", "negated"),
        ("he should have paid", "should have", "other", "asserted"),
        ("you should have checked", "should have", "peer", "asserted"),
        ("the landlord was tired", "tired", "other", "asserted"),
        ("to be fair to him, you were late", "late", "peer", "asserted"),
        ("ok. but the job is dangerous", "dangerous", "work", "asserted"),
    ],
)
def test_reader_reads_whom_and_what(text: str, word: str, about: str, voice: str) -> None:
    reader = StanceReader(LEXICONS)
    start = text.index(word)
    stance = reader.read(text, start, start + len(word))
    assert about in stance.about
    assert stance.voice == voice
