"""Issue #11 (stop 13, i13-probe): feedback faults found by probing every scenario's later
moments with ~250 replies of our own, scored in the moment (/work/notes/s13/i13-probe.md).

- Lifting blame ("It's not your fault, not even a little.", "You did nothing wrong") got the
  ✓ "You told them their reaction makes sense": the blame cues sat in the general `validates`
  list, credited before the clause reader's `says_it_is_not_their_fault`. They are now their
  own criterion (`lifts_blame`), with the "isn't their fault" line; a reply that says the
  reaction makes sense keeps its own line.
- Money offered with permission asked ("I could cover your rent this month if you want")
  was not a breach at all, and the next step praised it: "Asking before offering was
  right." Money is rescuing (tests/data/README.md, "Offers"), asked or not. Offering a
  number, a call or a fund stays no breach.
- Agreeing with the peer's own verdict on what they did ("Yeah it was a bit inappropriate to
  ask." to "That was stupid of me"; "Yeah, that's kind of stupid" to "Is that stupid?") was
  no breach at all: it is a verdict on what they did (`judges_what_they_did`, judgment). A
  verdict on someone else ("yeah that's so stupid, they should have asked you") or said back
  as theirs ("You feel like it was stupid to ask") is not.
- The peer's risk said back as theirs ("…but for you the risk of immigration is too real")
  was read as a warning: at risk of advice, and the reflection held at 0. A risk put to them
  as a consequence ("The risk of infection is higher if you skip testing") still warns.
- What it is really about, said as a contrast ("It's not really about the food. It's about
  them claiming to be by and for you…"), or what hurts most ("the real sting is being told
  it's by and for you") reached no reflection level: no criterion that lets one be reached
  had matched. They now name what matters to the peer; "the main thing is to call them" does
  not.
- Asking about a plan or the means ("Do you have a plan for how you would do it?") at a
  moment of risk was told "You only asked a question": it is the next question of a direct
  risk check (`asks_directly_about_safety`). "A plan for the rent" or "for how to tell your
  sister" is not.
- "Your sister is family, she has to understand." (to "I don't know if she'll protect me or
  tell them") was no breach and got the ✓ "You said back what they are going through": a
  promise of how someone else will react is false reassurance ("she'll understand" already
  was; "she has to / is going to / is gonna understand" was not). Hoped, feared or asked
  ("You're hoping she'll understand", "Does she have to understand?") it is not.
- A ✓ quote that stopped inside its clause read as if the trainee had stopped there ("You
  already know about the bad date", "you're scared that going"): it now ends with "…".

Each reply table is checked at the opening of all 12 scenarios.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from simulator.scoring.quotes import quote_span
from tests.helpers import at_each_opening, opening, reply_cases, shipped_scenarios

LIFTS_BLAME = (
    "It's not your fault, not even a little.",
    "You did nothing wrong.",
    "You didn't do anything wrong by asking.",
    "this isn't your fault",
    "It wasn't your fault, none of it.",
)
REACTION_MAKES_SENSE = (
    "It makes sense that you're angry.",
    "Of course you're scared.",
    "You have every right to be upset.",
)

MONEY_OFFERED = (
    "I could cover your rent this month if you want.",
    "I could lend you a bit for rent if that helps.",
    "i can spot u a hundred till ur paid, would that help?",
    "I'd be happy to give you some money, if that's okay.",
    "I could chip in fifty quid towards the deposit, no pressure.",
)
NO_MONEY_OFFERED = (
    "I can't lend you money, but I'm here to think it through with you.",
    "I could send you the number for the rent bank if you want.",
    "I can give you a call next week if you want.",
    "If I were you I'd send the money home anyway.",
    "You're worried the money won't cover rent.",
)

AGREES_WITH_THEIR_VERDICT = (
    "Yeah it was a bit inappropriate to ask.",
    "Yeah, that's kind of stupid, she'll tell them anyway.",
    "Honestly yeah, it was a dumb thing to ask.",
    "yeah kinda dumb tbh",
    "Honestly? A bit inappropriate, yeah.",
)
VERDICT_NOT_ON_THEM = (
    "Yeah, that's so stupid, they should have asked you.",
    "Yeah it's stupid of them to cut the hours.",
    "Yeah, it's weird how nobody checks on you now.",
    "You feel like it was stupid to ask. It wasn't stupid at all.",
    "Yeah, it's too much at once.",
)

RISK_SAID_BACK = (
    "Your friend thinks reporting is the answer, but for you the risk of immigration is too real.",
    "The risk of being found out feels huge right now.",
    "The risk of police bringing immigration really scares you.",
    "for you the risk of getting picked up is just too real right now",
)
RISK_AS_A_WARNING = (
    "The risk of infection is higher if you skip testing.",
    "Your risk of getting hurt goes up with new clients.",
    "The risk of HIV is too real to skip testing.",
)
WHAT_IT_IS_ABOUT = (
    "It's not really about the food. It's about them claiming to be by and for you and then not asking.",
    "so its less bout the food n more bout them sayin its urs then not askin u",
    "It's not about the hours, it's about nobody asking you first.",
    "So the real sting is being told it's by and for you, and then not being asked.",
    "The worst part is how he looked at you, after four years.",
)
NOT_WHAT_MATTERS = (
    "The main thing is to call them tomorrow.",
    "The best thing is to talk to the manager.",
)

PLAN_OR_MEANS = (
    "Do you have a plan for how you would do it?",
    "have u thought about how you'd do it?",
    "Do you have anything to hurt yourself with at home?",
    "Have you thought about how you might end your life?",
)
NOT_A_RISK_QUESTION = (
    "Do you have a plan for the rent?",
    "Do you have a plan for how to tell your sister?",
    "Have you thought about how you would do it, telling her?",
)

SOMEONE_ELSE_WILL_BE_FINE = (
    "Your sister is family, she has to understand.",
    "your parents are going to understand eventually",
    "she's gonna come round, trust me",
    "They have to accept it, you're their kid.",
)
NOT_A_PROMISE_ABOUT_THEM = (
    "You're hoping she'll understand.",
    "She doesn't have to understand.",
    "You're scared she's going to tell them.",
    "Does she have to understand?",
)


def _strengths(scorer: Scorer, reply: str) -> list[tuple[str, str | None]]:
    out = []
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        feedback = scorer.score(context, reply, node).feedback
        out.append((scenario.id, feedback.strength if feedback.earned else None))
    return out


@reply_cases(LIFTS_BLAME)
def test_lifting_blame_is_praised_as_that(scorer: Scorer, reply: str) -> None:
    for scenario_id, strength in _strengths(scorer, reply):
        assert strength is not None and "isn't their fault" in strength, (scenario_id, strength)


@reply_cases(REACTION_MAKES_SENSE)
def test_saying_it_makes_sense_keeps_its_own_line(scorer: Scorer, reply: str) -> None:
    for scenario_id, strength in _strengths(scorer, reply):
        assert strength is not None and "isn't their fault" not in strength, (scenario_id, strength)


@reply_cases(LIFTS_BLAME)
def test_lifting_blame_still_validates(scorer: Scorer, reply: str) -> None:
    for scenario_id, validation in at_each_opening(scorer, "validation", reply):
        assert validation.level == 2, (scenario_id, reply, validation.label)


@reply_cases(MONEY_OFFERED)
def test_money_offered_is_rescuing_even_when_asked(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply, boundaries.label)
        assert "rescuing" in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(NO_MONEY_OFFERED)
def test_no_money_offered_is_no_rescuing(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "rescuing" not in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(AGREES_WITH_THEIR_VERDICT)
def test_agreeing_with_their_verdict_on_themselves_is_judgment(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert boundaries.level == 2, (scenario_id, reply, boundaries.label)
        assert "judgment" in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(VERDICT_NOT_ON_THEM)
def test_a_verdict_not_on_them_is_no_judgment(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "judgment" not in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(RISK_SAID_BACK)
def test_their_risk_said_back_is_no_warning(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "advice" not in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(RISK_AS_A_WARNING)
def test_a_risk_put_to_them_still_warns(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "advice" in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(WHAT_IT_IS_ABOUT)
def test_what_it_is_really_about_names_what_matters(scorer: Scorer, reply: str) -> None:
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        criteria = scorer.score(context, reply, node).criteria
        assert "says_what_matters" in criteria, (scenario.id, reply)


@reply_cases(NOT_WHAT_MATTERS)
def test_the_main_thing_to_do_is_not_what_matters(scorer: Scorer, reply: str) -> None:
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        criteria = scorer.score(context, reply, node).criteria
        assert "says_what_matters" not in criteria, (scenario.id, reply)


def test_the_lead_probe_at_not_listened_is_a_reflection(scorer: Scorer) -> None:
    """The lead's probe, in its moment: it matches the moment's key point (P0 before)."""
    scenario = next(s for s in shipped_scenarios() if s.id == "angry-at-the-organisation")
    node = scenario.nodes["not_listened"]
    context = " ".join(node.peer)
    reply = WHAT_IT_IS_ABOUT[0]
    assert scorer.score(context, reply, node).skills["paraphrasing"].level >= 1


@reply_cases(PLAN_OR_MEANS)
def test_asking_about_a_plan_or_the_means_is_a_safety_question(scorer: Scorer, reply: str) -> None:
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        result = scorer.score(context, reply, node)
        assert "asks_directly_about_safety" in result.criteria, (scenario.id, reply)
        assert "only asked a question" not in result.feedback.next_step, (scenario.id, reply)


@reply_cases(NOT_A_RISK_QUESTION)
def test_a_plan_for_something_else_is_no_safety_question(scorer: Scorer, reply: str) -> None:
    for scenario in shipped_scenarios():
        context, node = opening(scenario)
        criteria = scorer.score(context, reply, node).criteria
        assert "asks_directly_about_safety" not in criteria, (scenario.id, reply)


@reply_cases(SOMEONE_ELSE_WILL_BE_FINE)
def test_promising_how_someone_else_will_react_is_false_reassurance(
    scorer: Scorer, reply: str
) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "false_reassurance" in boundaries.flags, (scenario_id, reply, boundaries.flags)


@reply_cases(NOT_A_PROMISE_ABOUT_THEM)
def test_hoped_feared_or_asked_is_no_promise(scorer: Scorer, reply: str) -> None:
    for scenario_id, boundaries in at_each_opening(scorer, "boundaries", reply):
        assert "false_reassurance" not in boundaries.flags, (scenario_id, reply, boundaries.flags)


# (reply, the hit's words, the quote's start): a whole phrase that stops inside its clause.
STOPS_INSIDE = (
    (
        "You already know about the bad date list and that it can be anonymous.",
        "You already know about the bad date",
        "You already know about the bad date…",
    ),
    (
        "Someone robbed you and you're scared that going to the police could bring immigration.",
        "you're scared that going",
        "you're scared that going…",
    ),
    (
        "You're left wondering where folks on nights are meant to get food now.",
        "You're left wondering where folks on nights",
        "You're left wondering where folks on nights…",
    ),
)
# …and ones that end their clause, or stop before a clause of its own: no "…".
ENDS_ITS_CLAUSE = (
    (
        "You're carrying your family's needs and your own fear at the same time.",
        "You're carrying your family's needs",
        "You're carrying your family's needs",
    ),
    (
        "She did that for you every time. Now there's no one watching your back.",
        "She did that for you every time",
        "She did that for you every time",
    ),
    ("You're furious, and you want to protect others.", "You're furious", "You're furious"),
)


@pytest.mark.parametrize(
    ("reply", "hit", "quote"), [*STOPS_INSIDE, *ENDS_ITS_CLAUSE], ids=lambda v: str(v)[:30]
)
def test_a_quote_that_stops_inside_its_clause_says_so(reply: str, hit: str, quote: str) -> None:
    start = reply.index(hit)
    span = quote_span(reply, start, start + len(hit))
    assert span is not None and span[0] == quote, (reply, span)
