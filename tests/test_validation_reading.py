"""Validation read from what the sentence does (issue #11, stop 6), in every scenario.

- A complex reflection counted as an acknowledgement (`reflects_what_it_means`) whatever it
  said back. One whose only news is what the peer wants, plans or doubts ("you want to warn
  them, but without the police", "you're not sure it's worth the trip") is a content
  reflection, validation 0 (tests/data/README.md); one that says how it feels or what it
  means to them still acknowledges.
- How hard it is, said as the predicate of any subject ("the waiting is hard", "that
  uncertainty is the hardest part"), a loss or a blow named ("that's a huge loss") and the
  speaker's guess at their feeling ("it must feel so senseless") acknowledge; someone else's
  state ("she must feel bad"), "hard to say" and a question do not.
- A verdict inside "whether…"/"if…" is wondered about, not said ("you're checking whether
  sending it is the right call" is no validation 2).
"""

from __future__ import annotations

import pytest

from simulator.content.scenario import Scenario
from simulator.scoring import Scorer
from tests.helpers import shipped_scenarios

SCENARIOS = {s.id: s for s in shipped_scenarios()}

#: (scenario, moment, reply): complex reflections of a want, a plan or a doubt only.
WANTS_AND_DOUBTS = (
    (
        "bad-date-next-steps",
        "anger",
        "You want to warn the others, but only if it can't come back to you.",
    ),
    (
        "stigma-at-the-clinic",
        "options",
        "There's a clinic the girls use, and you're not sure the trip is worth it.",
    ),
    ("tell-me-what-to-do", "options", "You want some ideas, but you want to pick for yourself."),
    (
        "warm-up-long-week",
        "wish",
        "You want a weekend where the phone stays off and it's just you and the cat.",
    ),
    ("angry-at-the-organisation", "voice", "You're not sure it's worth saying anything at all."),
    (
        "migrant-worker-status",
        "options",
        "you want the others warned but u dont want police anywhere near it",
    ),
    (
        "fear-of-being-outed",
        "choosing",
        "You want to get to her first, before it reaches your parents.",
    ),
    (
        "eviction-after-ads",
        "next_steps",
        "You're thinking about calling the tenants group but you're not sure it's the right move.",
    ),
    ("burnout-and-money", "torn", "You'd like to cut back, but only if the rent still gets paid."),
    ("tell-me-what-to-do", "opening", "You want someone else to make the call on the regulars."),
    (
        "asking-to-meet-outside",
        "disappointed",
        "You'd like to meet more people here, you're just not sure where to start.",
    ),
    (
        "stigma-at-the-clinic",
        "not_going_back",
        "You're weighing whether to go back at all, even though you want to keep testing.",
    ),
)

#: Complex reflections that say how it feels or what it means: still acknowledgements.
FEELS_OR_MEANS = (
    (
        "grief-toxic-supply",
        "about_tash",
        "She checked every plate for you, and now nobody will, that feels like losing her twice.",
    ),
    (
        "eviction-after-ads",
        "shame",
        "Four years of paying on time, and one look made it feel like none of that counted.",
    ),
    (
        "fear-of-being-outed",
        "sister",
        "Part of you hopes she'll stand by you and part of you is bracing for the worst.",
    ),
    (
        "angry-at-the-organisation",
        "not_listened",
        "It sounds like being left out of the decision hurt more than losing the meals.",
    ),
    (
        "migrant-worker-status",
        "home",
        "That money meant your mum's medicine, and now every new client feels like a risk.",
    ),
    (
        "crisis-suicidal-thoughts",
        "honest",
        "Losing the housing money seems to have taken away more than money, it's like it took your people too.",
    ),
    (
        "stigma-at-the-clinic",
        "curt",
        "It sounds like you're tired of bracing yourself every time you go in.",
    ),
    (
        "burnout-and-money",
        "snapping",
        "It sounds like the tiredness is coming out sideways at people you care about.",
    ),
    (
        "tell-me-what-to-do",
        "limits",
        "You want the money, but it sounds like it costs you feeling like you matter.",
    ),
    (
        "bad-date-next-steps",
        "anger",
        "You want to protect the others, and it feels risky to put your name anywhere near it.",
    ),
)

#: How hard it is, said in other ways: acknowledgements.
DIFFICULTY_SAID = (
    "The waiting is hard.",
    "that not knowing is the hardest part",
    "Everything landing at once has been exhausting.",
    "That's a huge loss.",
    "it was a real blow, honestly",
    "That must feel so senseless.",
    "You must have felt trapped in there.",
    "Carrying all of it on your own is brutal.",
    "what happened at the clinic was humiliating",
    "The silence from her is the worst part.",
    "this whole week sounds so draining",
    "thats such a betrayal",
)

#: Not the peer's difficulty: no acknowledgement from these.
NOT_THEIR_DIFFICULTY = (
    "It's hard to say what she'll do.",
    "She must feel bad about it too.",
    "maybe the price was unfair to him?",
    "Your sister must feel torn too.",
    "It's hard to tell with landlords.",
    "Is it hard to get there?",
    "He must have felt he was owed something.",
    "Was the trip hard?",
    "It'd be hard for her to keep it quiet.",
    "The form is hard to read, you could ask for help with it.",
)

#: Sympathy and difficulty in other everyday words: acknowledgements (1) or validation (2).
OTHER_WORDS = (
    ("ugh I hate that for you", 1),
    # (Stop 15: not "That's no way to live, working like that…": a verdict on the peer's
    # life is the judgment moralises_about_the_work reads, test_feedback_faults_stop15.)
    ("Working like that and still not getting ahead, that's brutal.", 1),
    ("Honestly, I'd be at the end of my rope too.", 2),
    ("Anyone would burn out after all that.", 2),
    ("I'm heartbroken for you.", 1),
    ("my condolences, honestly", 1),
    ("There are no words for something like this.", 1),
    ("It's all piling up at once.", 1),
    ("That's a violation, plain and simple.", 1),
    ("You deserved respect, not a speech.", 1),
    ("that is just disgraceful", 1),
    ("im so angry for u", 1),
    ("you got humiliated in there", 1),
    ("u got judged for just being there", 1),
)

#: Not sympathy: someone else's advice, the speaker's own plans.
NOT_SYMPATHY = (
    "Anyone would tell you to report it.",
    "I'm happy to help you make a plan.",
    "Most people would just call the police.",
    "I'd be careful too, if I were you, and skip the late bookings.",
    "I hate to say it but you should have seen it coming.",
    "Is it piling up?",
    "Nobody would blame the clinic for asking.",
    "I'm free on Tuesday for you.",
    "You deserve better than this work.",
    "Anybody would say the same: leave.",
)

#: Someone else's hard time, said to excuse them (siding): no acknowledgement of the peer.
SOMEONE_ELSES_HARD_TIME = (
    "Maybe she was having a hard day.",
    "Budgets are tight everywhere, it's a hard time for services.",
    "They were in a hard position with the council.",
    "They're having a tough year too, to be fair.",
    "It's a difficult position for landlords.",
    "she had a stressful shift, I bet",
    "Maybe they were in a tough spot with funding.",
    "it's a hard job for nurses, they see a lot",
    "It's a rough time for the whole sector.",
    "It's a stressful time for the clinic staff.",
)

#: The reaction called understandable in other constructions: validation 2.
SAID_TO_MAKE_SENSE = (
    "Your body's still on alert, which is completely expected.",
    "you're still on edge, which is totally understandable",
    "You keep going over it, which is a normal thing to do.",
    "There's no wrong way to grieve.",
    "theres no right way to feel right now",
    "Anyone in your position would still be shaking.",
    "most people would probably still be rattled",
    "Of course it all feels like too much right now.",
    "no wonder it hurts",
    "of course it still stings after four years",
    "Ofc it gets to you.",
    "You're exhausted, which makes complete sense.",
)

#: Not the peer's reaction in the same constructions: no validation 2.
NOT_THEIR_REACTION = (
    "He grabbed you and didn't pay, which is normal for some guys.",
    "They cut the hours, which is understandable with budgets.",
    "your sister's upset, which is understandable",
    "of course it can wait till tomorrow",
    "Of course it's your call what you do.",
    "The clinic has rules, which is fair enough.",
    "she told your parents, which is normal in families",
    "no wonder it got cancelled, the funding was cut",
    "Of course it matters what the landlord thinks.",
    "Anyone would tell you to report him.",
)

#: A verdict wondered about, not said: not validation 2.
WONDERED = (
    "So you've found the list, and you're checking whether sending it in is the right call.",
    "you're wondering if it's even normal to still be shaking",
    "You don't know whether wanting to go back makes sense.",
    "you're not sure if being this tired is normal",
    "You're asking yourself whether your reaction was fair.",
    "you keep wondering if that was an okay thing to feel",
    "Part of you is checking whether being upset is reasonable.",
    "You're unsure whether it's okay to feel nothing.",
    "You want to know if it's normal to be this angry.",
    "Youre trying to work out if ur fear is legit",
)


def _score(scorer: Scorer, scenario: Scenario, moment: str, reply: str) -> tuple[int, int]:
    node = scenario.nodes[moment]
    result = scorer.score(" ".join(node.peer), reply, node)
    return result.skills["paraphrasing"].level, result.skills["validation"].level


@pytest.mark.parametrize("where", WANTS_AND_DOUBTS, ids=lambda w: w[2][:40])
def test_a_reflection_of_a_want_or_doubt_is_not_an_acknowledgement(
    scorer: Scorer, where: tuple[str, str, str]
) -> None:
    scenario, moment, reply = where
    paraphrasing, validation = _score(scorer, SCENARIOS[scenario], moment, reply)
    assert paraphrasing >= 1, (scenario, reply)  # still a reflection
    assert validation == 0, (scenario, reply)


@pytest.mark.parametrize("where", FEELS_OR_MEANS, ids=lambda w: w[2][:40])
def test_a_reflection_of_how_it_feels_still_acknowledges(
    scorer: Scorer, where: tuple[str, str, str]
) -> None:
    scenario, moment, reply = where
    _, validation = _score(scorer, SCENARIOS[scenario], moment, reply)
    assert validation >= 1, (scenario, reply)


@pytest.mark.parametrize("reply", DIFFICULTY_SAID)
@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=lambda s: s.id)
def test_how_hard_it_is_said_in_other_ways_acknowledges(
    scorer: Scorer, scenario: Scenario, reply: str
) -> None:
    _, validation = _score(scorer, scenario, scenario.start_id, reply)
    assert validation >= 1, (scenario.id, reply)


@pytest.mark.parametrize("reply", NOT_THEIR_DIFFICULTY)
@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=lambda s: s.id)
def test_someone_elses_difficulty_or_a_question_is_not_acknowledgement(
    scorer: Scorer, scenario: Scenario, reply: str
) -> None:
    _, validation = _score(scorer, scenario, scenario.start_id, reply)
    assert validation == 0, (scenario.id, reply)


@pytest.mark.parametrize("reply", WONDERED)
@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=lambda s: s.id)
def test_a_verdict_wondered_about_is_not_validation(
    scorer: Scorer, scenario: Scenario, reply: str
) -> None:
    _, validation = _score(scorer, scenario, scenario.start_id, reply)
    assert validation < 2, (scenario.id, reply)


@pytest.mark.parametrize("reply,level", OTHER_WORDS)
@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=lambda s: s.id)
def test_sympathy_in_other_everyday_words(
    scorer: Scorer, scenario: Scenario, reply: str, level: int
) -> None:
    _, validation = _score(scorer, scenario, scenario.start_id, reply)
    assert validation >= level, (scenario.id, reply)


@pytest.mark.parametrize("reply", NOT_SYMPATHY)
@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=lambda s: s.id)
def test_advice_and_plans_in_the_same_words_are_not_sympathy(
    scorer: Scorer, scenario: Scenario, reply: str
) -> None:
    _, validation = _score(scorer, scenario, scenario.start_id, reply)
    assert validation == 0, (scenario.id, reply)


@pytest.mark.parametrize("reply", SOMEONE_ELSES_HARD_TIME)
@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=lambda s: s.id)
def test_someone_elses_hard_time_is_not_acknowledgement(
    scorer: Scorer, scenario: Scenario, reply: str
) -> None:
    _, validation = _score(scorer, scenario, scenario.start_id, reply)
    assert validation == 0, (scenario.id, reply)


@pytest.mark.parametrize("reply", SAID_TO_MAKE_SENSE)
@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=lambda s: s.id)
def test_the_reaction_said_to_make_sense_in_other_constructions(
    scorer: Scorer, scenario: Scenario, reply: str
) -> None:
    _, validation = _score(scorer, scenario, scenario.start_id, reply)
    assert validation == 2, (scenario.id, reply)


@pytest.mark.parametrize("reply", NOT_THEIR_REACTION)
@pytest.mark.parametrize("scenario", SCENARIOS.values(), ids=lambda s: s.id)
def test_someone_elses_act_in_the_same_constructions_is_not_validation(
    scorer: Scorer, scenario: Scenario, reply: str
) -> None:
    _, validation = _score(scorer, scenario, scenario.start_id, reply)
    assert validation < 2, (scenario.id, reply)
