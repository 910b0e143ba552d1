"""Validation, stop 22 (i22-valid): structural families from the dev halves (A), in our own
wordings.

- **Their self-judgment denied about what they did** (rubrics/validation.yaml, the verdict
  reader): "It wasn't stupid to ask", "asking wasn't dumb", "reaching out wasn't wrong". A
  verdict in the past tense on a done act is about what they did, not advice; an invalidating
  word ("stupid", "wrong") denied about it stands up for them. The reader used to read
  "wasn't" as "isn't" and lose the tense. Near misses: the same word said of the act
  ("It was stupid to ask"), a present-tense "it's not stupid to call them" read as advice
  elsewhere, their own account said back ("calling the line was okay before").
- **A sane response**: "sane" is a legitimising verdict word like "reasonable" ("Overwhelmed is
  the only sane response to all that"); not said of someone else ("the landlord isn't sane").
- **Validation inside a rescue** (`validates_inside_the_breach`): "let me ring your
  landlord for you, I'll tell him you're scared" names the feeling as the rescue's reason, not
  to let it stand (0). Said in a sentence of its own, or said first in the sentence ahead of the
  rescue, it still counts ("You're scared, and that makes sense. Let me ring him for you.").
"""

from __future__ import annotations

import pytest

from simulator.scoring import Scorer

SELF_JUDGED = "Sorry, I shouldn't have asked you that. That was so stupid of me."

#: Their self-judgment denied about the act they did: validation 2.
DENIED_FAULT = [
    "It wasn't stupid to ask.",
    "Asking wasn't stupid at all, Robin.",
    "Reaching out wasn't dumb, not one bit.",
    "honestly it wasnt wrong to ask me",
    "Putting the question to me was not silly.",
]

#: Near misses: the fault said, or an account said back: no validation from the verdict.
NOT_DENIED = [
    "It was stupid to ask.",
    "Asking was dumb, yeah.",
]


def _validation(scorer: Scorer, context: str, reply: str) -> int:
    return scorer.score(context, reply).skills["validation"].level


@pytest.mark.parametrize("reply", DENIED_FAULT)
def test_denying_their_self_judgment_about_the_act_validates(scorer: Scorer, reply: str) -> None:
    assert _validation(scorer, SELF_JUDGED, reply) == 2, reply


@pytest.mark.parametrize("reply", NOT_DENIED)
def test_saying_the_fault_is_not_validation(scorer: Scorer, reply: str) -> None:
    assert _validation(scorer, SELF_JUDGED, reply) == 0, reply


def test_their_own_account_said_back_is_not_a_verdict(scorer: Scorer) -> None:
    context = "I don't want to bother anyone. I rang the crisis line once, it was okay I guess."
    reply = "you don't want to bother anyone, and ringing the line was okay before"
    result = scorer.score(context, reply).skills["validation"]
    assert "says_their_reaction_makes_sense" not in {e.criterion for e in result.evidence}


PILED_UP = "The gas bill, the landlord, my brother again. It's all too much this week."


@pytest.mark.parametrize(
    "reply",
    [
        "Overwhelmed is the only sane response to that pile.",
        "Feeling buried under all that is a sane reaction.",
    ],
)
def test_a_sane_response_validates(scorer: Scorer, reply: str) -> None:
    assert _validation(scorer, PILED_UP, reply) == 2, reply


@pytest.mark.parametrize("reply", ["That landlord is not sane.", "Is he even sane?"])
def test_sane_said_of_someone_else_is_not_validation(scorer: Scorer, reply: str) -> None:
    assert _validation(scorer, PILED_UP, reply) == 0, reply


SCARED = "My landlord wants me out by Friday and I'm too scared to even talk to him."


@pytest.mark.parametrize(
    "reply",
    [
        "Let me ring your landlord for you, I'll tell him you're scared so he backs off.",
        "Give me his number and I'll sort him out, I'll say how frightened you are.",
    ],
)
def test_a_feeling_named_as_the_rescue_reason_is_not_validation(scorer: Scorer, reply: str) -> None:
    result = scorer.score(SCARED, reply)
    assert "rescuing" in result.skills["boundaries"].flags, reply
    assert result.skills["validation"].level == 0, reply


@pytest.mark.parametrize(
    "reply",
    [
        "You're scared, and that makes sense. Let me ring him for you.",
        "Being scared of him makes total sense, so let me ring him for you.",
    ],
)
def test_validation_said_before_the_rescue_still_counts(scorer: Scorer, reply: str) -> None:
    assert _validation(scorer, SCARED, reply) >= 1, reply
