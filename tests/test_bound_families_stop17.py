"""Issue #11 (stop 17): boundaries families from wave 9's dev errors, at every scenario's opening.

Each table is one family in our own wordings (none is a labelled row), with its near misses:

- **"Is that it?"** brushes the complaint aside only as the reply's opening question ("Is that
  it? That's all?"); after a reflection it is a check tag, labelled as the statement before it
  (tests/data/README.md, "Check tags"): no breach.
- **Time offered** ("take whatever time you need", "take a second with that", "go on when
  you're ready") is a permission, not a command: no `advice`, nothing breached. An instruction
  that only starts with the same words ("take a minute to call the clinic") still directs.
- **Dismissals**: "(it) could be worse" in the present and "it doesn't mean anything" closing
  its clause are `dismissing`, breached; a fear of worse to come, worse weighed in hindsight, and
  "it doesn't mean anything's wrong with you" are not.
- **False reassurance about the peer's worry** ("rent always works out somehow, trust me",
  "things always look up after a week like that") is `false_reassurance`, breached.
- **Rescuing with the speaker's money** ("let me send your mum the money", "lemme cover the
  rent") is `rescuing`, breached; "let me send you the link" is not.
- **A meeting agreed with no meeting word** ("Okay, Saturday at 2.", "my shout", "coffee sounds
  great") is `dual_relationship`, breached; a refusal after it or the peer's wish said back is not.
- **Fragments are no orders**: options named ("Rest or rent, that's the choice") and
  "never"/"always" with a gerund ("Never setting foot in there again, that's where your head's
  at") carry no `advice`; "Never go back there" still does.
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

IS_THAT_IT_OPENING = (
    "Is that it? That's all?",
    "is that it?? thats all u got",
    "What, is that all?",
    "Oh. Is that it?",
    "so is that all that happened?",
)

CHECK_TAGS = (
    "So you're worn out, is that it?",
    "You're worn out and you want out, is that it?",
    "you feel let down by her - is that it?",
    "sounds like u just want a break from it all, is that all?",
    "You feel like nobody asked you — is that it?",
    "You're worn out. Is that it?",
)

TIME_OFFERED = (
    "Take whatever time you need.",
    "Take a second with that.",
    "Go on when you're ready.",
    "Go on whenever you feel ready.",
    "That's a lot to carry, so take a moment with it.",
    "It's heavy, and take as long as you need.",
    "take a sec, no rush x",
    "Carry on in your own time.",
    "Take all the time in the world, I'm here.",
    "Take a moment if you need it.",
)

STILL_DIRECTS = (
    "Take a minute to call the clinic.",
    "take a sec and text her back",
    "Take a second to think about leaving him.",
    "Take some time off work.",
    "Take a moment, then call your sister.",
    "Never go back there.",
    "Stay or leave him.",
)

DISMISSALS = (
    "Could be worse.",
    "Just a bad week, okay. Could be worse, right?",
    "eh it could b worse tbh",
    "Things could always be worse, babe.",
    "Everyone thinks that sometimes, it doesn't mean anything.",
    "it doesnt mean anything babe",
    "Oh that? That doesn't really mean much.",
)

DISMISSAL_NEAR_MISSES = (
    "You're scared it could be worse next time.",
    "It could be worse if he comes back, and that's frightening.",
    "could have been a lot worse though, you made it home",
    "Feeling numb doesn't mean anything's wrong with you.",
    "You're scared it doesn't mean anything to them.",
    "You feel like it doesn't mean anything.",
)

FALSE_REASSURANCE = (
    "Rent always works out somehow, trust me.",
    "Hakuna matata! Things always look up after a week like that.",
    "bills always sort themselves out babe",
    "It always works out, trust me.",
)

RESCUING_MONEY = (
    "Let me send your mum the money this month, I insist.",
    "lemme cover the rent this month x",
    "Let me pay the difference, honestly.",
)

MEETING_AGREED = (
    "Okay, Saturday at 2.",
    "It sounds like this would mean a lot to you. Okay, Saturday at 2.",
    "Okay, Saturday at the café on Main, my shout.",
    "Coffee sounds great, I know a place near the station.",
    "sure, tomorrow then x",
)

MEETING_NEAR_MISSES = (
    "Coffee would be lovely, but I can't meet outside the program.",
    "So a coffee sounds great to you.",
    "Okay, Saturday is a long way off, how are you feeling now?",
    "Let me send you the link.",
)

FRAGMENTS = (
    "Rest or rent, that's the choice.",
    "Rest or rent. It's like every door costs you something, did I get that?",
    "stay or go, both cost you",
    "Never setting foot in there again, that's where your head's at.",
    "Always being the one who copes, that's tiring.",
)


@reply_cases(IS_THAT_IT_OPENING)
def test_is_that_it_as_the_opening_question_dismisses(scorer: Scorer, reply: str) -> None:
    assert_breached_at_each_opening(scorer, "dismissing", reply)


@reply_cases(CHECK_TAGS, DISMISSAL_NEAR_MISSES, MEETING_NEAR_MISSES)
def test_check_tags_fears_and_refusals_hold(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)


@reply_cases(CHECK_TAGS)
def test_a_check_tag_is_not_dismissing(scorer: Scorer, reply: str) -> None:
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert "dismissing" not in result.flags, (scenario_id, reply, result.flags)


@reply_cases(TIME_OFFERED, FRAGMENTS)
def test_time_offered_and_fragments_are_no_command(scorer: Scorer, reply: str) -> None:
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        assert result.level < 2, (scenario_id, reply, result.flags)
        assert "advice" not in result.flags, (scenario_id, reply, result.flags)
        assert "✓" not in (result.label or ""), (scenario_id, reply, result.label)


@reply_cases(STILL_DIRECTS)
def test_instructions_after_the_same_words_still_direct(scorer: Scorer, reply: str) -> None:
    for scenario_id, result in at_each_opening(scorer, "boundaries", reply):
        asked = any(e.criterion == "peer_asked_for_ideas" for e in result.evidence)
        assert "advice" in result.flags, (scenario_id, reply, result.flags)
        assert result.level >= (1 if asked else 2), (scenario_id, reply, result.level)


@flagged_cases(
    ("dismissing", DISMISSALS),
    ("false_reassurance", FALSE_REASSURANCE),
    ("rescuing", RESCUING_MONEY),
    ("dual_relationship", MEETING_AGREED),
)
def test_each_breach_family_keeps_its_flag(scorer: Scorer, flag: str, reply: str) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)
