"""Issue #11 (stop 11, the lead): the harm called "part of the job" is a verdict only when the
counsellor asserts it.

Found by i11-bounds6 on main: "It shouldn't be part of the job to fight about that" and "What
part of the job do you find hardest?" were *breached (moralising)*, and "Nobody should have to
accept that", "You've got bills too" and "The staff weren't doing their job" were breached as
dismissing or siding — a trainee on the peer's side told they had judged them. The phrases
that make the harm something to expect from the work ("part of the job", "occupational
hazard", "the risk you take") are now read by the stance reader (`stance_calls_it_part_of_the_job`,
lexicon `stance_harm_expected`), which knows a negated, asked, said-back or reported clause;
the negators lexicon gains the contractions the generic "n't" could not reach inside a word
("weren't", "shouldn't", "haven't"); `dismisses` leaves "nobody should have to…" alone; and
"…got bills too" is siding only when it is not "you've" or "we".

Every reply is our own probe, checked at the opening of all 12 scenarios.
"""

from __future__ import annotations

from simulator.scoring import Scorer
from tests.helpers import (
    assert_below_breached_at_each_opening,
    assert_breached_at_each_opening,
    flagged_cases,
    reply_cases,
)

ASSERTED = (
    ("moralising", "Sadly that's part of the job for a lot of us."),
    ("moralising", "Occupational hazard, unfortunately."),
    ("moralising", "It's part and parcel of doing this work, I'm afraid."),
    ("moralising", "well thats the risk u take innit"),
    ("moralising", "That is just part of the job, love."),
    ("siding", "He's got bills too, you know."),
    ("siding", "They weren't wrong to ask, they were just doing their job."),
)

ON_THEIR_SIDE = (
    "It shouldn't be part of the job to fight about that.",
    "That is not part of the job, nobody signs up for that.",
    "What part of the job do you find hardest right now?",
    "Is it really part of the job to deal with guys like that?",
    "Your sister says it's just part of the job, and that stung.",
    "Nobody should have to accept that as part of the work.",
    "No one should have to put up with being treated like that.",
    "You've got bills too, and nobody's thinking about that.",
    "The staff weren't doing their job, that's on them.",
    "The landlord hasn't done his job properly at all.",
)


@flagged_cases(ASSERTED)
def test_the_harm_called_part_of_the_job_is_a_breach_everywhere(
    scorer: Scorer, flag: str, reply: str
) -> None:
    assert_breached_at_each_opening(scorer, flag, reply)


@reply_cases(ON_THEIR_SIDE)
def test_the_same_words_on_the_peers_side_are_no_breach(scorer: Scorer, reply: str) -> None:
    assert_below_breached_at_each_opening(scorer, reply)
