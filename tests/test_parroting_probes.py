"""Parroting: the peer's words said back nearly word for word, however they are typed.

Our own probe replies, table-driven over the shipped scenarios' moments. A trainee who
parrots says the peer's line as the peer said it ("I don't know where I'm going"), turned
round ("you don't know…"), or as they text ("im", "dont", "u"), and sometimes a short line
whole ("Just a bad week."). Each is a repeat: a simple reflection at most (never complex),
not praised, and the next step says so. Replies in the trainee's own words that share the
peer's content, and the trainee's own "I" sentences, are not repeats.
"""

from __future__ import annotations

import pytest

from simulator.content.loading import load_library, require_rubrics
from simulator.content.paths import scenarios_dir
from simulator.scoring import Scorer

SCENARIOS = {s.id: s for s in load_library(scenarios_dir(), require_rubrics()).scenarios}
NAMED = "you repeated their words; try your own"

#: (scenario, moment, reply): a repeat of one of the peer's sentences in that moment.
PARROTS = [
    # First person, as the peer said it, lower-cased and unpunctuated.
    (
        "warm-up-long-week",
        "opening",
        "two bookings cancelled last minute and my cat was sick the whole time",
    ),
    # Texted, no apostrophes, first person.
    (
        "burnout-and-money",
        "opening",
        "im so burnt out, im working every single night and i still cant make rent",
    ),
    # Turned round, the peer's words otherwise.
    ("tell-me-what-to-do", "limits", "Like you don't count. But the rent is the rent."),
    # Texted "u", turned round.
    ("fear-of-being-outed", "sister", "u dont know if shell protect u or tell them"),
    ("eviction-after-ads", "shame", "The worst part is how he looked at you. Like you were dirty."),
    ("stigma-at-the-clinic", "options", "I don't know if it's worth the trip."),
    ("bad-date-next-steps", "anger", "ur so angry. hes going to do it to someone else"),
    ("asking-to-meet-outside", "disappointed", "You don't really have anyone here."),
    ("migrant-worker-status", "opening", "Your friend says report it. But you are scared."),
    ("grief-toxic-supply", "about_tash", "nobodys going to do that for you now"),
    ("angry-at-the-organisation", "not_listened", "its not even about the food"),
    ("crisis-suicidal-thoughts", "testing", "Just a bad week."),
    ("warm-up-long-week", "shrug", "just one of those weeks i guess"),
    ("grief-toxic-supply", "anger", "And nobody cares. It's just another one of us."),
    # "I'm", "I've" as the peer said them, and short lines said back whole.
    ("eviction-after-ads", "shame", "Ive lived there four years."),
    ("burnout-and-money", "snapping", "I'm snapping at everyone."),
    ("grief-toxic-supply", "anger", "im so angry i cant even think"),
    ("crisis-suicidal-thoughts", "honest", "Yeah. I've thought about it."),
    ("asking-to-meet-outside", "disappointed", "it's been lonely"),
    ("warm-up-long-week", "opening", "I'm so tired."),
]

#: (scenario, moment, reply): the peer's content in the trainee's own words, or the
#: trainee's own "I" sentence beside the peer's words. Not repeats.
OWN_WORDS = [
    (
        "burnout-and-money",
        "opening",
        "You're worn down from working every night and it still doesn't cover the rent.",
    ),
    ("eviction-after-ads", "opening", "I don't know what to say, I'm so sorry."),
    (
        "eviction-after-ads",
        "opening",
        "Thirty days is no time at all, and you've got nowhere lined up.",
    ),
    ("grief-toxic-supply", "numb", "Feeling nothing right now makes sense after losing her."),
    ("stigma-at-the-clinic", "curt", "You're tired of bracing yourself every time you go."),
    (
        "bad-date-next-steps",
        "opening",
        "He hurt you and wouldnt pay, and ur body is still shaking from it.",
    ),
    (
        "fear-of-being-outed",
        "checking_phone",
        "The waiting is unbearable, every minute feels like an hour.",
    ),
    (
        "migrant-worker-status",
        "home",
        "Your mum's medicine depends on you, so now you're "
        "working twice as hard while feeling less safe.",
    ),
    ("warm-up-long-week", "opening", "I'm so sorry, that sounds like a draining week."),
    (
        "tell-me-what-to-do",
        "limits",
        "Those regulars leave you feeling like you don't matter, and you still need the money.",
    ),
    (
        "crisis-suicidal-thoughts",
        "honest",
        "Losing the housing money left you on your own, and the thoughts have been close lately.",
    ),
]


def _score(scorer: Scorer, scenario: str, moment: str, reply: str) -> tuple[int, list[str], str]:
    node = SCENARIOS[scenario].nodes[moment]
    result = scorer.score(" ".join(node.peer), reply, node)
    paraphrasing = result.skills["paraphrasing"]
    fired = [e.criterion for e in paraphrasing.evidence]
    return paraphrasing.level, fired, result.feedback.next_step.lower()


@pytest.mark.parametrize(("scenario", "moment", "reply"), PARROTS)
def test_a_repeat_of_their_words_is_a_named_simple_reflection(
    scorer: Scorer, scenario: str, moment: str, reply: str
) -> None:
    level, fired, step = _score(scorer, scenario, moment, reply)
    assert "repeats_their_words" in fired, (reply, fired)
    assert level == 1, (reply, level, fired)  # a simple reflection, never complex
    assert NAMED in step, (reply, step)


@pytest.mark.parametrize(("scenario", "moment", "reply"), OWN_WORDS)
def test_their_content_in_your_own_words_is_not_a_repeat(
    scorer: Scorer, scenario: str, moment: str, reply: str
) -> None:
    _, fired, step = _score(scorer, scenario, moment, reply)
    assert "repeats_their_words" not in fired, (reply, fired)
    assert NAMED not in step, (reply, step)


def test_probes_name_real_moments() -> None:
    for scenario, moment, _ in PARROTS + OWN_WORDS:
        assert not SCENARIOS[scenario].nodes[moment].is_ending, (scenario, moment)
