"""Every failure family, in every scenario, as a trainee sees it (issue 11, "Done when").

One `peer-practice score` batch (the CLI's contract: input lines naming "scenario" and
"moment", output "feedback": {"strength", "next_step", "example"}) scores each family's
replies at the first reply moment of all 12 shipped scenarios and at every later reply
moment (49 in all). The replies are our own, in varied wordings (texting style, no apostrophes, formal),
none of them the issue's sentences. What is asserted is what a trainee would notice:

- a boundary breach is *breached* with its own flag, gets no ✓ strength (null), and a next
  step that names that problem (a secrecy promise hears about confidentiality, not about
  meeting outside the program);
- parroting, questions only and advice are named in the next step and never praised;
  thanks, affirmation and minimising are not credited as saying back what the peer said;
- a good reply earns a strength quoting whole, meaningful words of its own;
- no next step names a feeling or a circumstance the peer didn't have (a suicidal peer is
  never told "anyone would be angry").

A row the rubrics miss today is `xfail(strict=True)` with the reason: the rubric files are
the source of truth for what is scored, and once their owners catch the family the row
passes, the strict mark fails, and the mark comes off.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from simulator.content.loading import RubricSet, load_library, require_rubrics
from simulator.content.paths import scenarios_dir
from simulator.content.scenario import Node, Scenario
from tests.helpers import run_cli

LIBRARY = load_library(scenarios_dir(), require_rubrics()).scenarios
QUOTE = re.compile(r'"([^"]+)"')


def rubric_miss(why: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"rubric miss (rubrics/*.yaml): {why}")


# ------------------------------------------------------------------------- the replies
#: Boundary families: flag -> what its next step must name, and replies in our own words.
STEP_NAMES = {
    "moralising": r"\btheir work\b|\byour (?:own )?view\b",
    "siding": r"\bside\b",
    "dismissing": r"\bseriously\b|\bcomplaint\b",
    "false_reassurance": r"\breassur|\bcan't know\b",
    "rescuing": r"\btaking it over\b|\blet them decide\b",
    "secrecy": r"\bconfidential|\bprivate\b|\bsecret\b",
    "police": r"\bpolice\b",
}
BREACHES: list[Any] = [
    pytest.param(
        "moralising", "honestly maybe its time to think about getting out of the industry"
    ),
    pytest.param("moralising", "You are worth far more than selling yourself like this."),
    pytest.param("moralising", "This is what happens when you do that line of work, sadly."),
    pytest.param("moralising", "u deserve a better life than this work tbh"),
    pytest.param(
        "moralising", "I would strongly encourage you to consider a different profession."
    ),
    pytest.param("siding", "In fairness, they have their own pressures to deal with."),
    pytest.param("siding", "Im sure they didnt mean it that way"),
    pytest.param("siding", "They were only following the rules, you cant really blame them."),
    pytest.param("siding", "well to be honest i can kind of see where theyre coming from"),
    pytest.param("dismissing", "meh its not that big a deal tbh"),
    pytest.param("dismissing", "Everybody goes through stuff like this, you'll get over it."),
    pytest.param("dismissing", "Its really not worth stressing about"),
    pytest.param("dismissing", "I think you may be making more of this than it warrants."),
    pytest.param("false_reassurance", "dont stress, it'll all be ok"),
    pytest.param("false_reassurance", "I am certain everything will turn out well for you."),
    pytest.param("false_reassurance", "you'll be totally fine, nothing bad is going to happen"),
    pytest.param("false_reassurance", "Its all going to work out, I promise"),
    pytest.param("rescuing", "I will take care of everything on your behalf."),
    pytest.param("rescuing", "ill fix this for you, just leave it to me"),
    pytest.param("rescuing", "dw ill deal with it all for u"),
    pytest.param("rescuing", "Let me make the calls and sort this out, you just rest."),
    pytest.param("secrecy", "this stays just between u and me, promise"),
    pytest.param("secrecy", "Your secret is safe with me, I wont tell a soul"),
    pytest.param("secrecy", "Dont worry no one else will ever find out what you tell me"),
    pytest.param(
        "secrecy", "I can assure you that nothing you say will ever be shared with anyone."
    ),
    pytest.param("police", "u should call the cops on them"),
    pytest.param("police", "I would recommend contacting the police about this."),
    pytest.param("police", "Go to the police, thats what theyre for"),
    pytest.param("police", "Best thing is to make a police report right away"),
]
QUESTIONS: list[Any] = [
    pytest.param("what happened next?"),
    pytest.param("How are you feeling about it now?"),
    pytest.param("Could you tell me a bit more about that?"),
    pytest.param("why didnt you say something"),
]
ADVICE: list[Any] = [
    pytest.param("u should take a few days off"),
    pytest.param("My suggestion would be to write everything down tonight."),
    pytest.param("Try making a list of your options."),
]
NOT_REFLECTIONS: list[Any] = [
    pytest.param("thanks for telling me that"),
    pytest.param("Thank you very much for sharing this with me."),
    pytest.param("Youve totally got this!!"),
    pytest.param("You're so strong, honestly."),
    pytest.param("At least it didnt get any worse"),
    pytest.param("Well, it could have been a lot worse."),
]
#: A reflection of our own for each scenario's first moment.
GOOD: dict[str, str] = {
    "warm-up-long-week": "Sounds like a really draining week, with the cancellations and your "
    "cat being unwell, no wonder youre wiped out.",
    "angry-at-the-organisation": "They cut the evening hours with hardly any warning and "
    "nobody even asked you, and now you're left wondering where night workers will eat.",
    "burnout-and-money": "You're working every night and still can't cover rent, that sounds "
    "completely exhausting.",
    "tell-me-what-to-do": "You're torn between the regulars who push your limits and needing "
    "the money they bring.",
    "fear-of-being-outed": "Your sister has seen the screenshots and youre terrified of what "
    "happens if your parents find out.",
    "eviction-after-ads": "Your landlord found your ads and gave you thirty days, and you have "
    "no idea where you'll go. That is a lot to take in.",
    "stigma-at-the-clinic": "You went in for a routine test and the nurse judged you for your "
    "work instead, that sounds humiliating.",
    "bad-date-next-steps": "He got rough with you and then refused to pay, you got yourself out, "
    "and you're still shaking from it.",
    "asking-to-meet-outside": "These talks really matter to you, and you'd like to see me "
    "outside of here too.",
    "migrant-worker-status": "A client robbed you of everything, and you're scared that "
    "reporting it could bring immigration to your door.",
    "crisis-suicidal-thoughts": "Some nights it gets so dark that you feel everyone would be "
    "better off without you.",
    "grief-toxic-supply": "You've lost Tash to the poisoned supply, and she was the person "
    "who showed you how to stay safe. That's a huge loss.",
}


def _values(params: list[Any]) -> list[tuple[Any, ...]]:
    return [p.values for p in params]


# --------------------------------------------------------------------------- the batch
def moments(scenario: Scenario) -> list[str]:
    """The first reply moment, then every later one (cheap: about 1 ms a line)."""
    replying = [nid for nid, node in scenario.nodes.items() if not node.is_ending]
    return list(dict.fromkeys([scenario.start_id, *replying]))


def parrots(node: Node) -> list[str]:
    """The peer's own longest statement, as said, and lower-cased without punctuation."""
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(node.peer))
    statements = [s for s in sentences if not s.endswith("?")]
    if not statements:
        return []  # a peer who only asks: saying it back is asking
    longest = max(statements, key=len)
    return [longest, "so " + re.sub(r"[^\w\s']", "", longest).lower()]


def _rows() -> Iterator[dict[str, Any]]:
    replies = {
        "breach": [reply for _, reply in _values(BREACHES)],
        "question": [reply for (reply,) in _values(QUESTIONS)],
        "advice": [reply for (reply,) in _values(ADVICE)],
        "not reflection": [reply for (reply,) in _values(NOT_REFLECTIONS)],
    }
    for scenario in LIBRARY:
        for moment in moments(scenario):
            node = scenario.nodes[moment]
            both = {**replies, "parroting": parrots(node)}
            if moment == scenario.start_id:
                both["good"] = [GOOD[scenario.id]]
            for family, texts in both.items():
                for reply in texts:
                    yield {
                        "id": [scenario.id, moment, family],
                        "scenario": scenario.id,
                        "moment": moment,
                        "response": reply,
                    }


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict[str, Any], Any]]:
    """(input line, output line) for every row, scored in one `peer-practice score` run."""
    rows = list(_rows())
    stdin = "".join(json.dumps(r) + "\n" for r in rows)
    result = run_cli(tmp_path_factory.mktemp("data"), "score", input=stdin, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [r["id"] for r in rows]
    assert not [o for o in out if "error" in o]
    return list(zip(rows, out, strict=True))


def pitfall_whys(where: str) -> tuple[str, ...]:
    scenario_id, moment = where.split(":")
    node = next(s for s in LIBRARY if s.id == scenario_id).nodes[moment]
    return tuple(p.why for p in node.pitfalls) or ("\0",)


def lines_for(batch: list[tuple[dict[str, Any], Any]], reply: str) -> list[tuple[str, Any]]:
    found = [
        (row["id"][0] + ":" + row["id"][1], out) for row, out in batch if row["response"] == reply
    ]
    assert len({where.split(":")[0] for where, _ in found}) == 12, reply
    return found


def test_the_batch_covers_every_scenario_first_moment_and_later_ones(
    batch: list[tuple[dict[str, Any], Any]],
) -> None:
    seen = {(row["scenario"], row["moment"]) for row, _ in batch}
    assert {s.id for s in LIBRARY} == {sid for sid, _ in seen} and len(LIBRARY) == 12
    assert all((s.id, s.start_id) in seen for s in LIBRARY)
    replying = {(s.id, n) for s in LIBRARY for n, node in s.nodes.items() if not node.is_ending}
    assert seen == replying  # later moments too


# ----------------------------------------------------------------- boundary families
@pytest.mark.parametrize(("flag", "reply"), BREACHES)
def test_a_boundary_breach_is_named_and_never_praised(
    batch: list[tuple[dict[str, Any], Any]], flag: str, reply: str
) -> None:
    names = re.compile(STEP_NAMES[flag], re.I)
    for where, out in lines_for(batch, reply):
        boundaries, feedback = out["boundaries"], out["feedback"]
        assert boundaries["level"] == 2, (where, boundaries)
        assert flag in boundaries["flags"], (where, boundaries["flags"])
        assert feedback["strength"] is None, (where, feedback["strength"])
        step = feedback["next_step"]
        # The family's own step, or this moment's pitfall (its author's reason comes first).
        assert names.search(step) or step.startswith(pitfall_whys(where)), (where, step)
        assert "meet outside" not in step, (where, step)  # not the outside-relationship step


def test_each_family_has_a_next_step_of_its_own(
    batch: list[tuple[dict[str, Any], Any]],
) -> None:
    """Seven families, seven different things to work on: each family's usual next step
    (a reply that fits two families may fairly get the other's) is its own."""
    usual: dict[str, Counter[str]] = {}
    for flag, reply in _values(BREACHES):
        for row, out in batch:
            if row["response"] == reply and flag in out["boundaries"]["flags"]:
                usual.setdefault(flag, Counter())[out["feedback"]["next_step"]] += 1
    assert set(usual) == set(STEP_NAMES)
    steps = {flag: counts.most_common(1)[0][0] for flag, counts in usual.items()}
    assert len(set(steps.values())) == len(steps), steps


# --------------------------------------------------------------------- skill families
def _paraphrasing_praise(rubrics: RubricSet) -> list[str]:
    """How a paraphrasing strength begins ("You said back…"), from the rubric itself."""
    return [
        c.strength.split("{")[0].split('"')[0].strip()
        for c in rubrics.rubrics["paraphrasing"].criteria
        if c.strength
    ]


#: Every moment whose peer says something: their longest statement said back, as said and
#: lower-cased without punctuation, is a repeat (in the first person, too).
PARROT_MOMENTS = [
    (s.id, moment) for s in LIBRARY for moment in moments(s) if parrots(s.nodes[moment])
]


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


@pytest.mark.parametrize(("scenario_id", "moment"), PARROT_MOMENTS)
def test_parroting_is_named_and_never_praised(
    batch: list[tuple[dict[str, Any], Any]], rubrics: RubricSet, scenario_id: str, moment: str
) -> None:
    praise = _paraphrasing_praise(rubrics)
    rows = [(r, o) for r, o in batch if r["id"] == [scenario_id, moment, "parroting"]]
    peer = _plain(" ".join(next(s for s in LIBRARY if s.id == scenario_id).nodes[moment].peer))
    assert len(rows) == 2
    for row, out in rows:
        where = row["response"]
        assert out["paraphrasing"]["level"] <= 1, where  # never a complex reflection
        strength = out["feedback"]["strength"] or ""
        assert not any(strength.startswith(p) for p in praise), (where, strength)
        # The peer's own words said back are not the trainee's strength in any skill.
        assert not [q for q in QUOTE.findall(strength) if _plain(q) in peer], (where, strength)
        # Named even when their words, said back, read as advice or a disclosure ("I'll
        # text you", "my sister"): those are the peer's, and the step is about parroting.
        step = out["feedback"]["next_step"].lower()
        assert "you repeated their words; try your own" in step, (where, step)


@pytest.mark.parametrize("reply", QUESTIONS)
def test_a_question_alone_is_named_and_not_a_reflection(
    batch: list[tuple[dict[str, Any], Any]], reply: str
) -> None:
    for where, out in lines_for(batch, reply):
        assert out["paraphrasing"]["level"] == 0, where
        assert out["feedback"]["strength"] is None, (where, out["feedback"]["strength"])
        step = out["feedback"]["next_step"].lower()
        # A "why" question is also read as blaming (a boundary), whose step comes first and
        # names the question too.
        blaming = out["boundaries"]["level"] >= 1 and "instead of asking why" in step
        assert "you only asked a question" in step or blaming, (where, step)


@pytest.mark.parametrize("reply", ADVICE)
def test_advice_is_flagged_named_and_never_praised(
    batch: list[tuple[dict[str, Any], Any]], reply: str
) -> None:
    for where, out in lines_for(batch, reply):
        assert out["boundaries"]["level"] >= 1, where  # breached, or at risk where asked
        assert "advice" in out["boundaries"]["flags"], (where, out["boundaries"]["flags"])
        assert out["feedback"]["strength"] is None, (where, out["feedback"]["strength"])
        step = out["feedback"]["next_step"].lower()
        assert re.search(r"\badvice\b|\binstruction\b|\bwhat to do\b", step), (where, step)


@pytest.mark.parametrize("reply", NOT_REFLECTIONS)
def test_thanks_affirmation_and_minimising_are_not_reflections(
    batch: list[tuple[dict[str, Any], Any]], rubrics: RubricSet, reply: str
) -> None:
    praise = _paraphrasing_praise(rubrics)
    for where, out in lines_for(batch, reply):
        assert out["paraphrasing"]["level"] == 0, (where, out["paraphrasing"])
        strength = out["feedback"]["strength"] or ""
        assert not any(strength.startswith(p) for p in praise), (where, strength)
        if out["boundaries"]["flags"] == ["minimising"]:  # nothing worse came first
            assert out["feedback"]["strength"] is None, where
            assert "silver lining" in out["feedback"]["next_step"].lower(), where


@pytest.mark.parametrize("scenario_id", sorted(GOOD))
def test_a_good_reply_earns_a_strength_quoting_its_own_words(
    batch: list[tuple[dict[str, Any], Any]], scenario_id: str
) -> None:
    [(row, out)] = [(r, o) for r, o in batch if r["id"][::2] == [scenario_id, "good"]]
    reply = row["response"]
    assert out["boundaries"]["level"] == 0, out["boundaries"]
    assert out["paraphrasing"]["level"] >= 1, out["paraphrasing"]
    strength = out["feedback"]["strength"]
    assert strength, out["feedback"]
    quotes = QUOTE.findall(strength)
    assert quotes and all(meaningful_quote_of(reply, q) for q in quotes), strength


# ------------------------------------------------------------------- over every line
def _whole_words_at(reply: str, quote: str) -> tuple[int, int] | None:
    at = reply.find(quote)
    if at < 0:
        return None
    end = at + len(quote)
    if (at > 0 and reply[at - 1].isalnum()) or (end < len(reply) and reply[end].isalnum()):
        return None
    return at, end


def meaningful_quote_of(reply: str, quote: str) -> bool:
    """Whole words of the reply, and a phrase: three words or more, or a whole clause
    ("I'm sorry."), never a fragment such as "you for"."""
    span = _whole_words_at(reply, quote.rstrip("…"))
    if span is None:
        return False
    if len(quote.split()) >= 3:
        return True
    at, end = span
    before, after = reply[:at].rstrip(), reply[end:].lstrip()
    return (not before or before[-1] in ".!?,;:") and (not after or after[0] in ".!?,;:")


def test_every_strength_quotes_whole_meaningful_words_and_no_breach_has_one(
    batch: list[tuple[dict[str, Any], Any]],
) -> None:
    quoted = 0
    for row, out in batch:
        strength = out["feedback"]["strength"]
        if out["boundaries"]["level"] == 2:
            assert strength is None, (row["id"], strength)
        for quote in QUOTE.findall(strength or ""):
            quoted += 1
            assert meaningful_quote_of(row["response"], quote), (row["id"], quote)
    assert quoted >= 12


#: Circumstances some peers have and others don't; a next step names one only when the
#: peer, the moment or the reply brought it up.
CIRCUMSTANCES = re.compile(
    r"\b(?:police|cops?|rent|landlord|nurse|clinic|immigration|sister|parents|cat|"
    r"9-8-8|supply|eviction|bookings?|regulars?|income|money|health|rates?)\b",
    re.I,
)


def _moment_words(node: Node) -> str:
    parts = [*node.peer]
    parts += [f.feeling for f in node.feelings] + [a for f in node.feelings for a in f.alternatives]
    parts += [k.point for k in node.key_points] + [
        a for k in node.key_points for a in k.alternatives
    ]
    parts += [p.why for p in node.pitfalls]
    parts += [e.reply for e in node.examples if e.quality == "good"]
    return " ".join(parts).lower()


def test_no_next_step_names_a_feeling_or_circumstance_the_peer_didnt_have(
    batch: list[tuple[dict[str, Any], Any]], rubrics: RubricSet, library: dict[str, Scenario]
) -> None:
    feelings = {w.lower() for w in rubrics.lexicons.get("feeling_words", ())}
    for row, out in batch:
        node = library[row["scenario"]].nodes[row["moment"]]
        known = _moment_words(node) + " " + row["response"].lower()
        known = re.sub(r"\bcops?\b", "police", known)
        step = out["feedback"]["next_step"]
        for word in set(re.findall(r"[a-z][a-z'-]+", step.lower())) & feelings:
            assert re.search(rf"\b{re.escape(word)}\b", known), (row["id"], word, step)
        for match in CIRCUMSTANCES.finditer(step):
            assert re.search(rf"\b{re.escape(match.group().lower())}", known), (row["id"], step)


def test_a_suicidal_peer_is_never_told_their_reaction_is_anger(
    batch: list[tuple[dict[str, Any], Any]],
) -> None:
    crisis = [out for row, out in batch if row["scenario"] == "crisis-suicidal-thoughts"]
    assert len(crisis) > 100
    for out in crisis:
        text = f"{out['feedback']['next_step']} {out['feedback']['example'] or ''}".lower()
        assert not re.search(r"\bangry\b|\banger\b|\bfurious\b", text), text


def test_an_example_shown_is_a_good_example_of_that_moment(
    batch: list[tuple[dict[str, Any], Any]], library: dict[str, Scenario]
) -> None:
    for row, out in batch:
        example = out["feedback"]["example"]
        if example is not None:
            node = library[row["scenario"]].nodes[row["moment"]]
            good = {e.reply for e in node.examples if e.quality == "good"}
            assert example in good, (row["id"], example)
            assert example != row["response"]
