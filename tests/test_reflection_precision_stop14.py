"""Issue #11 (stop 14, i14-pair): reflection families found on wave 7's dev half and PAIR.

Third-person restatements. "He took all your money, and going to police feels too risky
because of immigration" says back what happened to the peer with someone else as the
subject. The rubric reads such a clause as a reflection unless it guesses at that person's
reasons, predicts, or excuses them ("he was probably drunk", "she'll come round", "…too").
Those guard words were looked for in the whole sentence, so a "too" or a "going to" in the
*next* clause ("going to police feels too risky") cancelled the reflection before it. They
are now read in the clause that says what the person did. Near misses, where the guard
word belongs to the same clause as the person ("He didn't mean to hurt you, he was probably
just drunk too"), stay 0.

A summary offered back with a question mark. "So having said it out loud, you're
wondering if it will come back on you?" opens as a summary and goes on as a statement (the
subject first); the question mark checks the reflection with the peer (wave 7 labels five
such replies 1). It was read as "only a question" (0). It is now a simple reflection
(`sums_up_as_a_question`). Near misses stay 0: a real question after "So" ("So is it…?",
"So what…?", "So, do you…?") and a suggestion asked ("So maybe you could…?", "So why
not…?"). PAIR files replies like "So you'd rather die than…?" in its question column (0):
one PAIR open row goes the other way (see /work/notes/s14/i14-pair.md).

A possibility that is the suggestion itself. "If calling 9-8-8 feels like a burden, you
could call the police instead", "You could maybe ask the vet about a payment plan, if…": the
clause reader reads "you could…" as imagining with them (`imagines_with_them`, a reflection),
but when advice or an instruction was found the possibility is the option put forward. Every
open row where both fired is labelled 0 (nine, in waves 3 to 7 and PAIR). Imagining what would
change for them ("If you could find a way to rest, you might feel more like yourself") with no
advice beside it stays a reflection.

"You know…" that says nothing of theirs. "You know you can tell me more if you want" is an
offer, "you know what to do" / "you know the rules" / "you knew the risks" the speaker's
confidence or verdict; they were read as their experience said back. What they know said
back ("You know testing matters, and you also don't want to walk back into that") still is.

Praise in other registers. Beside praise, a bare statement about them is praise too
(`instructs_or_praises_on_a_bare_statement`, as "You've found a lead. Good job." already
read); "Fair play to you, Jade. You kept your head when it counted" (wave 7, 0) was missed
because "fair play" was not in `clause_praise`. British, Irish and texting praise words join it.

An emphatic tag ("…, you really have", "…, you always have been") only repeats the claim
before it, and "you've earned…" is praise as "you deserve…" is: neither says back anything
of theirs ("You've earned a rest, Sam, you really have", wave 7, 0). A reflection with the
tag ("You're exhausted and still short on rent, you really are") still is one, and so is a
relative clause ending "…the only income you have, and…".

Each reply is scored at the opening of all 12 shipped scenarios, in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import at_each_opening

THIRD_PERSON_THEN_A_GUARD_WORD = (
    "He took all your money, and going to police feels too risky because of immigration.",
    "He grabbed your wrist and wouldn't let go, and going back there feels too dangerous now.",
    "She has seen your profile, and telling your parents could be next.",
    "The client took every penny off you, and the police feel like too big a gamble for you.",
)
GUESSES_AT_THEIR_REASONS = (
    "He didn't mean to hurt you, he was probably just drunk too.",
    "She saw your profile, she's probably just worried about you too.",
    "The landlord has every right to ask you to go, it's his property too.",
)

SUMMARY_OFFERED_AS_A_QUESTION = (
    "So, after four years of paying on time, one look at your ads and he's showing you the door?",
    "So part of you wants me to just decide, because deciding yourself feels like too much now?",
    "Right, so the waiting is the worst bit, more than what she might actually say?",
    "so u feel like ur on ur own with all of it?",
    "So, it's the not knowing that gets to you most?",
)
A_QUESTION_OR_A_SUGGESTION_AFTER_SO = (
    "So is it the stress about rent that's heavier than the tiredness?",
    "So what would a night off look like?",
    "So, do you want to talk about the money side?",
    "So maybe you could take one night off a week?",
    "So why not raise your rates?",
)

A_POSSIBILITY_THAT_IS_THE_SUGGESTION = (
    "You could maybe ring the landlord about paying in two halves, if rent keeps coming up short.",
    "If talking to 9-8-8 feels like too much, you could text them instead.",
    "u could maybe ask the cat place about a payment plan if the bills are stacking up",
)
IMAGINING_WITH_THEM = (
    "If you could find a way to rest, you might feel more like yourself.",
    "If the money weren't so tight, you'd be taking a night off in a heartbeat.",
)

YOU_KNOW_THAT_SAYS_NOTHING_OF_THEIRS = (
    "You know you can talk to me about anything, whenever you need to.",
    "u know u can always text me if it gets bad tonight",
    "Well, you know the rules on that one, love.",
    "Honestly, you know what to do here.",
)
WHAT_THEY_KNOW_SAID_BACK = (
    "You know testing matters, and you also don't want to walk back into that.",
    "You know what being short again does to you, and you're scared of it.",
)

PRAISE_BESIDE_A_BARE_STATEMENT = (
    "Nice one. You've already got the tenants' group lined up.",
    "You put your rates up last month, kudos for that.",
    "You got his plate and got out. Smashed it, honestly.",
)
A_FEELING_SAID_BACK_BESIDE_PRAISE = (
    "You got out and you're still shaking. Fair play for telling me.",
)

PRAISE_WITH_AN_EMPHATIC_TAG = (
    "You've earned a proper break, you honestly have.",
    "You've earned this weekend, love, you really have.",
    "You're a grafter, you always have been.",
)
SAID_BACK_WITH_A_TAG_OR_YOU_HAVE = (
    "You're exhausted and still short on rent, you really are.",
    "It's the only income you have, and it's not enough.",
)


def _levels(scorer: Scorer, reply: str) -> dict[str, int]:
    return {sid: r.level for sid, r in at_each_opening(scorer, "paraphrasing", reply)}


@pytest.mark.parametrize("reply", THIRD_PERSON_THEN_A_GUARD_WORD, ids=lambda v: v[:40])
def test_what_someone_did_to_them_said_back_is_a_reflection(scorer: Scorer, reply: str) -> None:
    lost = [sid for sid, level in _levels(scorer, reply).items() if level < 1]
    assert not lost, (reply, lost)


@pytest.mark.parametrize("reply", GUESSES_AT_THEIR_REASONS, ids=lambda v: v[:40])
def test_a_guess_at_their_reasons_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [sid for sid, level in _levels(scorer, reply).items() if level != 0]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", SUMMARY_OFFERED_AS_A_QUESTION, ids=lambda v: v[:40])
def test_a_summary_offered_with_a_question_mark_is_a_reflection(scorer: Scorer, reply: str) -> None:
    lost = [sid for sid, level in _levels(scorer, reply).items() if level < 1]
    assert not lost, (reply, lost)


@pytest.mark.parametrize("reply", A_QUESTION_OR_A_SUGGESTION_AFTER_SO, ids=lambda v: v[:40])
def test_a_question_or_a_suggestion_after_so_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [sid for sid, level in _levels(scorer, reply).items() if level != 0]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", A_POSSIBILITY_THAT_IS_THE_SUGGESTION, ids=lambda v: v[:40])
def test_a_possibility_that_is_the_suggestion_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [sid for sid, level in _levels(scorer, reply).items() if level != 0]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", IMAGINING_WITH_THEM, ids=lambda v: v[:40])
def test_imagining_with_them_is_still_a_reflection(scorer: Scorer, reply: str) -> None:
    lost = [sid for sid, level in _levels(scorer, reply).items() if level < 1]
    assert not lost, (reply, lost)


@pytest.mark.parametrize("reply", YOU_KNOW_THAT_SAYS_NOTHING_OF_THEIRS, ids=lambda v: v[:40])
def test_you_know_that_says_nothing_of_theirs_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [sid for sid, level in _levels(scorer, reply).items() if level != 0]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", WHAT_THEY_KNOW_SAID_BACK, ids=lambda v: v[:40])
def test_what_they_know_said_back_is_a_reflection(scorer: Scorer, reply: str) -> None:
    lost = [sid for sid, level in _levels(scorer, reply).items() if level < 1]
    assert not lost, (reply, lost)


@pytest.mark.parametrize("reply", PRAISE_BESIDE_A_BARE_STATEMENT, ids=lambda v: v[:40])
def test_praise_in_other_registers_beside_a_bare_statement_is_no_reflection(
    scorer: Scorer, reply: str
) -> None:
    wrong = [sid for sid, level in _levels(scorer, reply).items() if level != 0]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", A_FEELING_SAID_BACK_BESIDE_PRAISE, ids=lambda v: v[:40])
def test_a_feeling_said_back_beside_praise_is_still_a_reflection(
    scorer: Scorer, reply: str
) -> None:
    lost = [sid for sid, level in _levels(scorer, reply).items() if level < 1]
    assert not lost, (reply, lost)


@pytest.mark.parametrize("reply", PRAISE_WITH_AN_EMPHATIC_TAG, ids=lambda v: v[:40])
def test_praise_with_an_emphatic_tag_is_no_reflection(scorer: Scorer, reply: str) -> None:
    wrong = [sid for sid, level in _levels(scorer, reply).items() if level != 0]
    assert not wrong, (reply, wrong)


@pytest.mark.parametrize("reply", SAID_BACK_WITH_A_TAG_OR_YOU_HAVE, ids=lambda v: v[:40])
def test_said_back_with_a_tag_or_you_have_is_a_reflection(scorer: Scorer, reply: str) -> None:
    lost = [sid for sid, level in _levels(scorer, reply).items() if level < 1]
    assert not lost, (reply, lost)
