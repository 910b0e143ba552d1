"""Validation read from the sentence: whose reaction a verdict is said of, and which way.

Issue #11: last stop's validation phrases didn't carry to new wordings (fresh waves caught
60-80% on arrival). `scoring/verdicts.py` reads the clause instead: a verdict word the rubric
lists ("fair", "makes sense", "normal", "overreacting"…), its subject (the peer's reaction, an
empty "it"/"that" with the reaction as complement, someone else, an event), negation before it
and a contrast after it. These tables are our own replies (texting, no apostrophes, typos,
formal), over all 12 scenarios, each scored with the peer's line and in its moment. Levels
are the rubric's descriptors: 0 none, minimising or judging; 1 notices; 2 the reaction makes
sense.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.content.loading import require_rubrics
from simulator.scoring import Scorer
from simulator.scoring.verdicts import VerdictReader, VerdictWords
from tests.helpers import ROOT, opening, run_cli, shipped_scenarios

SCENARIOS = {s.id: s for s in shipped_scenarios()}


def validation_levels(scorer: Scorer, scenario: str, reply: str) -> set[int]:
    """The validation level at the scenario's first moment, with the peer's line alone and
    in the moment (a set: one level when both agree)."""
    context, node = opening(SCENARIOS[scenario])
    return {
        scorer.score(context, reply).skills["validation"].level,
        scorer.score(context, reply, node).skills["validation"].level,
    }


#: The peer's reaction, feeling or choice as the subject; the verdict as its predicate.
REACTION_AS_SUBJECT = [
    (
        "warm-up-long-week",
        "ngl being this wiped after two cancellations and a sick cat is completely fair",
    ),
    ("warm-up-long-week", "being knackered after a week like that is fair"),
    ("warm-up-long-week", "Feeling flat after two cancellations seems completely reasonable."),
    ("angry-at-the-organisation", "ur frustration is so legit here"),
    ("angry-at-the-organisation", "Being annoyed that nobody asked you is entirely fair."),
    ("burnout-and-money", "snapping at ppl when ur that burnt out is human tbh"),
    ("burnout-and-money", "Needing a break after every night of work is completely normal."),
    (
        "tell-me-what-to-do",
        "wanting someone else to make the call is super common when both options hurt",
    ),
    ("tell-me-what-to-do", "Hesitating over this is a sensible response, there is a lot at stake."),
    ("fear-of-being-outed", "that panic is a totally natural response"),
    (
        "fear-of-being-outed",
        "being frightened of what your parents do is completely understandable",
    ),
    (
        "eviction-after-ads",
        "not being able to think straight is totally expected after news like that",
    ),
    (
        "eviction-after-ads",
        "Feeling lost right now is a very normal reaction to being told to leave.",
    ),
    ("stigma-at-the-clinic", "not wanting to go back there is a really reasonable response"),
    ("stigma-at-the-clinic", "Your anger about that speech is completely warranted."),
    (
        "bad-date-next-steps",
        "still shaking the next day is one of the most normal reactions there is",
    ),
    ("bad-date-next-steps", "being rattled after that is 100% valid"),
    ("asking-to-meet-outside", "wanting more connection after moving is so understandable"),
    ("migrant-worker-status", "Being afraid of immigration is very reasonable."),
    ("crisis-suicidal-thoughts", "feeling this worn down after losing the money makes total sense"),
    ("grief-toxic-supply", "going numb is a really common way grief hits"),
    ("grief-toxic-supply", "Feeling nothing at all is a really normal part of grief."),
]

#: An empty subject ("it", "that", nothing): the reaction follows as the complement.
REACTION_AS_COMPLEMENT = [
    ("warm-up-long-week", "fair enough that ur wiped"),
    ("angry-at-the-organisation", "totally valid to be pissed off about this"),
    ("burnout-and-money", "It is only natural that you are snapping when you are this tired."),
    ("tell-me-what-to-do", "its ok to not know what you want yet"),
    ("fear-of-being-outed", "It is reasonable that you keep checking, the waiting is awful."),
    ("eviction-after-ads", "It's completely understandable that you can't think straight."),
    ("stigma-at-the-clinic", "its fair to feel like u dont want to bother anymore"),
    ("bad-date-next-steps", "It makes sense to play it down when it keeps happening."),
    ("asking-to-meet-outside", "It was a normal thing to ask."),
    ("crisis-suicidal-thoughts", "It's okay to feel like this, and I'm glad you told me."),
    ("grief-toxic-supply", "it makes so much sense that it hasnt sunk in yet"),
    ("migrant-worker-status", "Understandable that you are scared of the police coming."),
]

#: Someone else's reaction, or the event, called understandable: not the peer's reaction.
NOT_THEIR_REACTION = [
    ("bad-date-next-steps", "you got out and guys like that are common"),
    ("stigma-at-the-clinic", "the nurse's reaction is understandable, she sees a lot"),
    ("stigma-at-the-clinic", "Her concern is completely valid from a medical point of view."),
    ("eviction-after-ads", "his decision is fair enough if its in the lease"),
    ("eviction-after-ads", "Him being uncomfortable is natural, its his house."),
    ("fear-of-being-outed", "your sister's shock is completely normal"),
    ("angry-at-the-organisation", "cutting the hours was probably a reasonable call on their end"),
    ("angry-at-the-organisation", "That sounds fair enough from their side."),
    ("warm-up-long-week", "Cancelling last minute is pretty common in this work."),
    ("bad-date-next-steps", "Guys getting rough is normal unfortunately."),
    ("asking-to-meet-outside", "Moving is common, lots of people go through it."),
]

#: A verdict that the reaction is wrong: negated legitimising, or an invalidating verdict.
THEIR_REACTION_IS_WRONG = [
    ("warm-up-long-week", "being this tired over two cancellations isnt reasonable"),
    ("angry-at-the-organisation", "Being this angry about food hours doesn't make much sense."),
    ("angry-at-the-organisation", "ur overreacting a bit, its only the evening hours"),
    ("burnout-and-money", "Snapping at your roommate over dishes is not a normal reaction."),
    ("tell-me-what-to-do", "Honestly feeling that way about regulars is a bit dramatic."),
    ("fear-of-being-outed", "checking every minute is kind of irrational tbh"),
    ("eviction-after-ads", "I don't think feeling dirty is a fair reaction, he's just a landlord."),
    ("stigma-at-the-clinic", "you're being too sensitive about one comment"),
    ("bad-date-next-steps", "Getting this worked up is over the top."),
    ("grief-toxic-supply", "Being this angry isn't healthy, you know."),
    ("crisis-suicidal-thoughts", "i dont get why you're so down, it's just money"),
]

#: Said, then taken back: the contrast judges or dismisses the reaction itself.
TAKEN_BACK = [
    ("burnout-and-money", "its understandable but u cant take it out on ur roommate"),
    ("burnout-and-money", "It makes sense, but you can't keep snapping at people."),
    ("grief-toxic-supply", "i get why youre angry but getting angry wont bring her back"),
    ("angry-at-the-organisation", "Being annoyed is fair, but you need to calm down."),
    ("warm-up-long-week", "feeling tired makes sense, tho try not to dwell on it"),
    ("bad-date-next-steps", "Being shaken is understandable, but you cant let it get to you."),
    (
        "tell-me-what-to-do",
        "Fair enough that you want an answer, but you cant expect me to decide for you.",
    ),
]

#: A breach about something else after it (siding, blaming what they did) leaves the
#: validation standing, as tests/data/README.md labels it ("an acknowledgement before a breach
#: still counts"); the boundaries rubric names the breach.
BREACH_AFTER_IT = [
    ("stigma-at-the-clinic", "your upset makes sense, but she was only doing her job"),
    (
        "eviction-after-ads",
        "Its normal to be upset. But you shouldn't have put your address on the ads.",
    ),
    (
        "fear-of-being-outed",
        "I get why you are scared, but you should have been more careful online.",
    ),
]

#: A contrast that doesn't take it back: it adds to the validation.
NOT_TAKEN_BACK = [
    ("bad-date-next-steps", "it makes sense to play it down, but it still wasn't ok what he did"),
    ("eviction-after-ads", "Feeling hurt is completely understandable, but you did nothing wrong."),
    ("grief-toxic-supply", "being numb is normal, though it can feel so strange"),
    (
        "crisis-suicidal-thoughts",
        "It makes sense it's been heavier lately, but I'm really glad you told me.",
    ),
    (
        "stigma-at-the-clinic",
        "its fair to be fed up, but ur health still matters to you and thats why you go",
    ),
    (
        "burnout-and-money",
        "Being torn makes total sense, but it sounds like something has to give.",
    ),
    (
        "migrant-worker-status",
        "Being scared is very understandable, but you were right to tell me.",
    ),
    (
        "fear-of-being-outed",
        "Wanting to reach her first is so reasonable, though I know the waiting is hard.",
    ),
    (
        "angry-at-the-organisation",
        "Your anger is valid, but it also sounds like you're tired of not being heard.",
    ),
    ("warm-up-long-week", "being wiped is fair, but i hear you want a proper break too"),
]

#: Advice said as "it makes sense to…": an action to take, not their reaction.
ADVICE_NOT_REACTION = [
    ("eviction-after-ads", "It makes sense to call the tenants group tomorrow."),
    ("bad-date-next-steps", "its reasonable to report him to the list tonight"),
    ("stigma-at-the-clinic", "It would be sensible to try the east side clinic."),
    ("burnout-and-money", "It's normal to drop a night or two when you're this tired, just do it."),
    ("fear-of-being-outed", "makes sense to text her first before she says anything"),
    ("migrant-worker-status", "It is fair to ask your friend to come with you."),
    ("tell-me-what-to-do", "it makes total sense to drop the worst regular"),
    ("warm-up-long-week", "Honestly it's okay to switch off the phone, do it this weekend."),
    ("grief-toxic-supply", "It makes sense to go to the memorial on Friday."),
    ("angry-at-the-organisation", "it's reasonable to write to the board about it"),
]

#: Saying it is not easy, small or okay notices the difficulty (litotes).
NOT_EASY = [
    ("warm-up-long-week", "that doesnt sound easy at all"),
    ("eviction-after-ads", "None of this is easy, thirty days is nothing."),
    ("burnout-and-money", "there's nothing easy about working every night and still being short"),
    ("grief-toxic-supply", "Theres no easy way through losing someone like Tash."),
    ("fear-of-being-outed", "this cant be easy for you"),
    ("stigma-at-the-clinic", "that wasn't okay, what she did"),
    ("migrant-worker-status", "What he did was not okay."),
    ("tell-me-what-to-do", "That is not a simple choice at all."),
    ("crisis-suicidal-thoughts", "That's not a small thing to carry alone."),
    ("bad-date-next-steps", "what he did was so not ok"),
    ("angry-at-the-organisation", "one weeks notice is not acceptable"),
    ("asking-to-meet-outside", "Moving somewhere new is never easy."),
    ("bad-date-next-steps", "it's not okay that he grabbed you like that"),
]

#: Saying it is not that hard or bad brushes the difficulty aside.
NOT_THAT_HARD = [
    ("warm-up-long-week", "that doesnt sound too bad tbh"),
    ("eviction-after-ads", "It's not that hard to find a new place, honestly."),
    ("stigma-at-the-clinic", "A speech isn't the worst thing that could happen."),
    ("fear-of-being-outed", "The waiting isn't that scary really, she'll text."),
    ("angry-at-the-organisation", "its not that big a deal, its only the evening hours"),
    ("bad-date-next-steps", "it doesnt sound that serious if its happened before"),
    ("migrant-worker-status", "Working double is not so hard, lots of people do it."),
    ("burnout-and-money", "honestly working nights isnt that tough"),
    ("grief-toxic-supply", "its not the end of the world, you'll find other friends"),
    ("tell-me-what-to-do", "Dropping a regular is not a big deal."),
    ("crisis-suicidal-thoughts", "losing the housing money isnt that bad in the scheme of things"),
    ("asking-to-meet-outside", "Being new in town isn't so hard once you get out there."),
]

#: Not their fault, in other words: a negated verdict of blame on the peer.
NOT_THEIR_FAULT = [
    ("bad-date-next-steps", "none of this is on you"),
    ("eviction-after-ads", "you're not to blame for how he looked at you"),
    ("migrant-worker-status", "this isnt ur fault at all"),
    ("asking-to-meet-outside", "asking wasnt a mistake"),
    ("stigma-at-the-clinic", "You did nothing to deserve that speech."),
    ("burnout-and-money", "That doesn't make you a bad person."),
    ("fear-of-being-outed", "None of this is your doing."),
    ("crisis-suicidal-thoughts", "Losing the housing money was not your fault."),
    ("grief-toxic-supply", "i dont think any of this is on you"),
    ("tell-me-what-to-do", "Needing the money is nothing to be ashamed of, and it's not on you."),
]

#: Someone else not to blame sides with them; a question asks; "not a mistake to…" advises.
NOT_ABSOLVING = [
    ("stigma-at-the-clinic", "it's not the nurse's fault, she was busy"),
    ("eviction-after-ads", "its not his fault he saw the ads"),
    ("angry-at-the-organisation", "It isn't their fault, funding got cut."),
    ("eviction-after-ads", "it wouldnt be a mistake to call them"),
    ("bad-date-next-steps", "is it your fault though?"),
]

#: Stop 13: "on you" after something someone does (or doesn't do) is not a verdict of blame,
#: so nothing here earns "You told them it isn't their fault" (the first was praised that way).
NOBODY_DOING_IT = [
    ("grief-toxic-supply", "She looked out for you, and now there's no one checking on you."),
    ("fear-of-being-outed", "There's nobody keeping an eye on you at home right now."),
    ("warm-up-long-week", "there's no one picking up the slack on you this week"),
]

#: A negative question asks for agreement: it asserts the verdict.
ASKED_FOR_AGREEMENT = [
    ("warm-up-long-week", "isnt it totally normal to be tired after a week like that?"),
    ("angry-at-the-organisation", "Isn't it fair to be angry when nobody asked you?"),
    ("fear-of-being-outed", "Honestly, how could you not be scared right now?"),
    ("grief-toxic-supply", "doesnt it make sense that you feel numb, it was so sudden?"),
    ("stigma-at-the-clinic", "Wouldn't it be understandable to not want to go back?"),
]

#: A plain question about a verdict asks; it asserts nothing.
ONLY_ASKED = [
    ("eviction-after-ads", "is that normal for landlords to do?"),
    ("stigma-at-the-clinic", "does that make sense to you?"),
    ("burnout-and-money", "Is it reasonable to work every night though?"),
    ("bad-date-next-steps", "would it be fair to report him?"),
]

#: A verdict on an action or a plan, not on what happened to them or how they feel.
VERDICT_ON_AN_ACTION = [
    ("tell-me-what-to-do", "its not okay to keep seeing them"),
    ("fear-of-being-outed", "That sounds reasonable, text her first."),
    ("eviction-after-ads", "fair enough, have you looked at listings yet?"),
    ("stigma-at-the-clinic", "Trying the east side place sounds sensible."),
]

#: What many people go through, or would do, normalises the event, not the reaction.
MANY_PEOPLE_DO_IT = [
    ("warm-up-long-week", "a lot of people get cancellations, its part of it"),
    ("eviction-after-ads", "Many people get evicted and they find somewhere."),
    ("burnout-and-money", "so many people work every night, you'll adjust"),
    ("stigma-at-the-clinic", "a lot of people would just find another clinic"),
    ("angry-at-the-organisation", "many people think the hours were too long anyway"),
    ("grief-toxic-supply", "so many people lose friends to the supply, sadly"),
    ("tell-me-what-to-do", "anyone's guess really, do what you want"),
    ("bad-date-next-steps", "most people would just block him and move on"),
    ("migrant-worker-status", "Anyone would tell you to go to the police."),
    ("asking-to-meet-outside", "Many people move cities every year."),
]

#: What many people would feel: the reaction shared.
MANY_PEOPLE_FEEL_IT = [
    ("fear-of-being-outed", "a lot of people would be terrified in your position"),
    ("crisis-suicidal-thoughts", "so many people worry about being a burden"),
    ("asking-to-meet-outside", "many people feel lonely after a move"),
    ("angry-at-the-organisation", "Fair enough, that would get on anyone's nerves."),
    ("stigma-at-the-clinic", "Anyone would think twice about going back after that."),
    ("grief-toxic-supply", "Most people in your shoes would feel completely lost."),
]

#: Not a verdict on how hard it is for them: someone else's, an imperative, their reaction.
NOT_A_DIFFICULTY_VERDICT = [
    (
        "asking-to-meet-outside",
        "It was a really normal thing to ask, please dont be hard on yourself.",
    ),
    (
        "grief-toxic-supply",
        "Being numb isn't bad, it's how a lot of people get through the first days.",
    ),
    ("eviction-after-ads", "Feeling shaken isn't wrong, it makes sense after that."),
]


@pytest.mark.parametrize(("scenario", "reply"), MANY_PEOPLE_DO_IT)
def test_what_many_people_do_is_not_validation(scorer: Scorer, scenario: str, reply: str) -> None:
    assert 2 not in validation_levels(scorer, scenario, reply)


@pytest.mark.parametrize(("scenario", "reply"), MANY_PEOPLE_FEEL_IT)
def test_what_many_people_would_feel_validates(scorer: Scorer, scenario: str, reply: str) -> None:
    assert validation_levels(scorer, scenario, reply) == {2}


@pytest.mark.parametrize(("scenario", "reply"), NOT_THEIR_FAULT)
def test_saying_it_is_not_their_fault_validates(scorer: Scorer, scenario: str, reply: str) -> None:
    assert validation_levels(scorer, scenario, reply) == {2}


@pytest.mark.parametrize(("scenario", "reply"), NOT_ABSOLVING)
def test_someone_else_not_to_blame_or_a_question_does_not_validate(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert 2 not in validation_levels(scorer, scenario, reply)


@pytest.mark.parametrize(("scenario", "reply"), NOBODY_DOING_IT)
def test_nobody_doing_something_on_you_is_not_absolving(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    context, node = opening(SCENARIOS[scenario])
    validation = scorer.score(context, reply, node).skills["validation"]
    assert "says_it_is_not_their_fault" not in {e.criterion for e in validation.evidence}


@pytest.mark.parametrize(("scenario", "reply"), ASKED_FOR_AGREEMENT)
def test_a_negative_question_validates(scorer: Scorer, scenario: str, reply: str) -> None:
    assert validation_levels(scorer, scenario, reply) == {2}


@pytest.mark.parametrize(("scenario", "reply"), ONLY_ASKED)
def test_a_plain_question_about_a_verdict_does_not_validate(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert 2 not in validation_levels(scorer, scenario, reply)


@pytest.mark.parametrize(("scenario", "reply"), VERDICT_ON_AN_ACTION)
def test_a_verdict_on_an_action_or_a_plan_is_none(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert validation_levels(scorer, scenario, reply) == {0}


@pytest.mark.parametrize(("scenario", "reply"), NOT_EASY)
def test_saying_it_is_not_easy_acknowledges(scorer: Scorer, scenario: str, reply: str) -> None:
    assert validation_levels(scorer, scenario, reply) == {1}


@pytest.mark.parametrize(("scenario", "reply"), NOT_THAT_HARD)
def test_saying_it_is_not_that_hard_is_none(scorer: Scorer, scenario: str, reply: str) -> None:
    assert validation_levels(scorer, scenario, reply) == {0}


@pytest.mark.parametrize(("scenario", "reply"), NOT_A_DIFFICULTY_VERDICT)
def test_an_imperative_or_their_reaction_is_not_a_difficulty_verdict(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert validation_levels(scorer, scenario, reply) == {2}


@pytest.mark.parametrize(("scenario", "reply"), REACTION_AS_SUBJECT + REACTION_AS_COMPLEMENT)
def test_a_verdict_on_their_reaction_validates(scorer: Scorer, scenario: str, reply: str) -> None:
    assert validation_levels(scorer, scenario, reply) == {2}


@pytest.mark.parametrize(("scenario", "reply"), NOT_THEIR_REACTION + ADVICE_NOT_REACTION)
def test_a_verdict_on_someone_else_the_event_or_a_plan_does_not_validate(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert 2 not in validation_levels(scorer, scenario, reply)


@pytest.mark.parametrize(("scenario", "reply"), THEIR_REACTION_IS_WRONG + TAKEN_BACK)
def test_saying_their_reaction_is_wrong_or_taking_it_back_is_none(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert validation_levels(scorer, scenario, reply) == {0}


@pytest.mark.parametrize(("scenario", "reply"), NOT_TAKEN_BACK + BREACH_AFTER_IT)
def test_a_contrast_that_adds_to_it_keeps_the_validation(
    scorer: Scorer, scenario: str, reply: str
) -> None:
    assert validation_levels(scorer, scenario, reply) == {2}


def test_the_strength_names_the_verdict_and_quotes_the_clause(scorer: Scorer) -> None:
    context, node = opening(SCENARIOS["warm-up-long-week"])
    result = scorer.score(context, "ngl being this drained after that week is fair", node)
    assert result.feedback.strength.startswith("You told them their reaction makes sense")
    assert "being this drained after that week is fair" in result.feedback.strength


def test_taking_it_back_names_its_own_next_step(scorer: Scorer) -> None:
    context, node = opening(SCENARIOS["burnout-and-money"])
    result = scorer.score(context, "its understandable but u cant take it out on people", node)
    assert "leave out the" in result.skills["validation"].next_step


def test_the_reader_names_whose_reaction_it_is() -> None:
    reader = VerdictReader(VerdictWords(require_rubrics().lexicons))
    cases = {
        "being angry is fair": ("peer", True),
        "her anger is fair": ("other", True),
        "it makes sense that you're scared": ("peer", True),
        "that's understandable": ("said", True),
        "being angry doesn't make sense": ("peer", False),
        "you're not overreacting": ("peer", True),
        "you're overreacting": ("peer", False),
    }
    for text, (whose, legitimises) in cases.items():
        (verdict,) = reader.read(text)
        assert (verdict.subject, verdict.legitimises) == (whose, legitimises), text
    assert reader.read("does that make sense?") == []
    assert reader.read("cancellations are common") == []


def test_a_missing_verdict_lexicon_is_a_located_message(tmp_path: Path) -> None:
    """A facilitator who deletes a word class the reader needs gets file:line and a fix."""
    rubrics = tmp_path / "rubrics"
    shutil.copytree(ROOT / "rubrics", rubrics)
    path = rubrics / "validation.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  verdict_modals: [", "  verdict_modal: ["),
        encoding="utf-8",
    )
    done = run_cli(tmp_path / "data", "validate", str(rubrics))
    assert done.returncode != 0
    assert "Traceback" not in done.stdout + done.stderr
    # Every rubric whose criteria read it is named (boundaries reads the verdicts too).
    lines = [line for line in (done.stdout + done.stderr).splitlines() if "verdict_modals" in line]
    first = next(line for line in lines if line.startswith(f"{path}:"))
    assert "'reaction_verdict' reads lexicons no rubric defines: verdict_modals" in first
    assert any(line.startswith(f"{rubrics / 'boundaries.yaml'}:") for line in lines)
