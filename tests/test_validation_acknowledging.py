"""Acknowledgements that are not verdicts, and feelings named without "you" (issue #11).

Three failures, each read by the validation descriptors (tests/data/README.md):

- "I hear you" / "I get it" / "I understand" acknowledge (level 1) but earned "You
  acknowledged how hard this is", which they don't say; they now earn their own line.
- "That took courage" affirms what the peer did (level 1) but counted as "their reaction
  makes sense" (level 2) with that strength line.
- A feeling said back without a subject ("so burnt out", "exhausted, huh", "ugh, tired of
  all of it") names their feeling, as "you're burnt out" does: level 1 (the convention
  settled in tests/data/README.md), where it scored 0.

Our own replies over all 12 scenarios, scored with the peer's line and in the moment.
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer
from tests.helpers import scored_two_ways, shipped_scenarios

SCENARIOS = shipped_scenarios()


HEARS = [
    "I hear you.",
    "i hear u",
    "I get it.",
    "yeah i get it",
    "I understand.",
    "I can understand that.",
    "I feel you",
    "honestly i get that",
    "I hear that.",
    "Okay. I hear you.",
    "i feel u on that",
    "I can hear that.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(HEARS)))
def test_hearing_them_is_acknowledged_as_hearing(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        validation = result.skills["validation"]
        assert validation.level == 1, reply
        assert "hears_them" in {e.criterion for e in validation.evidence}, reply
        assert "how hard this is" not in result.feedback.strength, reply


COURAGE = [
    "That took courage.",
    "Thanks for telling me, that took courage.",
    "It took courage to tell me that.",
    "that took a lot of courage to say",
    "It takes courage to talk about this.",
    "Saying that out loud took real courage.",
    "took guts to tell me tbh",
    "It takes guts to come here and say it.",
    "That took a lot of guts.",
    "Telling me this took a lot of courage, thank you.",
    "it takes a lot of courage to even bring it up",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(COURAGE)))
def test_courage_is_affirmed_not_called_a_reaction_that_makes_sense(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        validation = result.skills["validation"]
        assert validation.level == 1, reply
        assert "reaction makes sense" not in result.feedback.strength, reply


FEELING_ALONE = [
    "so burnt out and still short on rent",
    "Burnt out, every single night, and still can't make rent.",
    "exhausted, huh",
    "ugh, so tired of all of it",
    "Completely drained after a week like that.",
    "Scared of what she'll do next.",
    "totally overwhelmed rn",
    "Angry, and nobody even asked.",
    "Honestly? Numb, and not sure what's underneath.",
    "Still shaken from last night.",
    "so lonely since the move",
    "Really worried about what your parents will say.",
    "so angry you can't even think",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(FEELING_ALONE)))
def test_a_feeling_said_back_without_a_subject_names_it(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


NOT_THEIR_FEELING = [
    "Happy to help with that.",
    "Glad you told me.",  # thanks, level 1 of its own, but not a feeling named
    "Proud of you for saying it.",
    "Calm down, it's not that deep.",
    "Scared people make rash choices.",
    "Used to happen to me all the time.",
    "Down the line you might want a plan.",
    "Lost your phone again?",
    "Stressed is a strong word for it.",
    "Tired is just part of the job.",
    "Grateful you told me.",
]


#: The feeling named as what to stop: not noticed, used (tests/data/README.md).
DISMISSED_FEELING = [
    "being angry wont bring her back tho",
    "Feeling guilty doesn't change anything.",
    "being scared won't help you",
    "Being stressed never helps anyone.",
    "feeling hopeless isnt going to fix it",
    "Being upset won't change what happened.",
    "being this anxious doesnt solve anything",
    "Feeling ashamed will not undo it.",
    "being so worried wont make her text back",
    "feeling numb doesn't help anyone",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(DISMISSED_FEELING)))
def test_a_feeling_named_as_what_to_stop_is_not_noticed(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level == 0, reply


@pytest.mark.parametrize(("index", "reply"), list(enumerate(NOT_THEIR_FEELING)))
def test_not_their_feeling_said_back(scorer: Scorer, index: int, reply: str) -> None:
    """The speaker's own feeling, an instruction, a general remark or a verdict on it: the
    subjectless-feeling reading does not fire (other criteria may still score them)."""
    for result in scored_two_ways(scorer, index, reply):
        fired = {e.criterion for e in result.skills["validation"].evidence}
        assert "names_their_feeling_alone" not in fired, reply


#: Idioms that affirm what the peer did: level 1.
AFFIRMING_IDIOMS = [
    "good on you for reaching out to her first",
    "Good on u for going back at all.",
    "Fair play to you for asking them straight.",
    "fair play for texting her before anyone else did",
    "Props to you for getting out of there.",
    "props for saying it out loud",
    "Kudos to you for calling them last time.",
    "Well done for telling someone.",
    "well done you, that was a lot to say",
    "Good for you for speaking up at the meeting.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(AFFIRMING_IDIOMS)))
def test_affirming_idioms_acknowledge(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


#: "must be / must feel" with a hard word, whatever the subject: level 1.
MUST_BE_HARD = [
    "the not knowing must be awful",
    "Waiting on her must feel horrible.",
    "Losing her like that must have felt brutal.",
    "a speech like that at the clinic must be humiliating",
    "Doing the rent maths every night must be exhausting.",
    "being cut off with a week's notice must be infuriating",
    "Thirty days to pack up a whole life must feel terrible.",
    "Nights like that must be so lonely.",
    "the silence from the news must be painful",
    "his hands on you like that must have been terrifying",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(MUST_BE_HARD)))
def test_must_be_hard_whatever_the_subject_acknowledges(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


def test_must_be_hard_for_someone_else_is_not_theirs(scorer: Scorer) -> None:
    for index, reply in enumerate(
        ["it must be hard for her too", "That must be awful for your sister as well."]
    ):
        for result in scored_two_ways(scorer, index, reply):
            fired = {e.criterion for e in result.skills["validation"].evidence}
            assert "acknowledges" not in fired, reply


#: Understanding someone else's side is not hearing the peer (it sides with the other person).
SOMEONE_ELSES_SIDE = [
    "I understand why the nurse said it, it's her job.",
    "i get that she has to ask those questions",
    "I understand the clinic has policies.",
    "I get why your landlord panicked about the ads.",
    "i understand why they cut the hours, money's tight",
    "I can see why your sister would be upset too.",
    "I understand people have opinions about the work.",
    "i get that the organisation had to make cuts",
    "I can understand why he wouldn't pay after that.",
    "I get why the others didn't want to get involved.",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(SOMEONE_ELSES_SIDE)))
def test_understanding_someone_elses_side_is_not_hearing_them(
    scorer: Scorer, index: int, reply: str
) -> None:
    for result in scored_two_ways(scorer, index, reply):
        validation = result.skills["validation"]
        fired = {e.criterion for e in validation.evidence}
        assert not fired & {"hears_them", "acknowledges", "validates"}, reply
        assert validation.level == 0, reply


#: A hard word said alone as the whole clause notices the difficulty: level 1.
DIFFICULTY_ALONE = [
    "Brutal.",
    "ugh, nightmare",
    "Awful week.",
    "so unfair, all of it",
    "honestly terrible",
    "Scary, all of it at once.",
    "oof. horrible.",
    "What a stressful stretch.",
    "Exhausting, every single night.",
    "God, heartbreaking.",
    "such a rough time",
]


@pytest.mark.parametrize(("index", "reply"), list(enumerate(DIFFICULTY_ALONE)))
def test_a_hard_word_alone_acknowledges(scorer: Scorer, index: int, reply: str) -> None:
    for result in scored_two_ways(scorer, index, reply):
        assert result.skills["validation"].level >= 1, reply


@pytest.mark.parametrize("reply", ["Hard to say.", "tough luck i guess", "Tough to tell."])
def test_a_hard_word_that_is_not_about_them(scorer: Scorer, reply: str) -> None:
    for result in scored_two_ways(scorer, 0, reply):
        fired = {e.criterion for e in result.skills["validation"].evidence}
        assert "names_the_difficulty_alone" not in fired, reply


def test_the_hard_word_alone_is_quoted_alone(scorer: Scorer) -> None:
    """The strength quotes the word, not the next sentence after it."""
    result = scorer.score("He gave me thirty days to get out.", "Rough. Thirty days is nothing.")
    assert result.feedback.strength == 'You acknowledged how hard this is: "Rough".'
