"""The clause reader (scoring/clauses.py) and the rubric's `clause:` conditions (issue 11).

What the reader says of a clause is what a trainee's feedback turns on: "thank you for
telling me" thanks, "you've got this" praises, "you're exhausted" says back how they are.
The tables are our own wordings in several registers (texting, no apostrophes, formal).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.content.loading import RubricSet
from simulator.scoring.clauses import Clause, ClauseReader, reader_for
from tests.helpers import ROOT, run_cli

PEER = "My landlord put the rent up again and I already can't cover it. I'm so tired."


@pytest.fixture(scope="module")
def reader(rubrics: RubricSet) -> ClauseReader:
    return reader_for(rubrics.lexicons)


def _read(reader: ClauseReader, reply: str) -> list[tuple[str, str]]:
    return [(c.subject, c.predicate) for c in reader.read(reply, reader.peer_stems(PEER))]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        # what they feel, want, believe or went through
        ("you're exhausted", [("peer", "experience")]),
        ("ur scared he comes back", [("peer", "experience")]),
        ("You want a break from all of it.", [("peer", "experience")]),
        ("you dont think anyone would understand", [("peer", "experience")]),
        ("Part of you wants to leave.", [("peer", "experience")]),
        ("He walked out on you.", [("third", "experience")]),
        ("that sounds exhausting", [("third", "experience")]),
        ("Your sister hung up on you.", [("theirs", "experience")]),
        ("You won't let them treat you like that again.", [("peer", "experience")]),
        ("u might be feeling a bit lost", [("peer", "experience")]),
        # the speaker's acts
        ("Thank you for telling me.", [("speaker", "thanks")]),
        ("thx for sharing", [("speaker", "thanks")]),
        ("I'm so sorry.", [("speaker", "apology")]),
        ("I'll be here for you.", [("speaker", "promise")]),
        ("i promise i wont tell anyone", [("speaker", "promise")]),
        ("I can help you find a place.", [("speaker", "offer")]),
        ("I've been there myself.", [("speaker", "own_story")]),
        # the speaker praising them (the lexicon `clause_speaker_praise`), not describing
        # themself: "I'm good at this" is no praise of the peer
        ("I'm so proud.", [("speaker", "praise")]),
        ("im really proud of what u did", [("speaker", "praise")]),
        ("I really admire the way you stood up to him.", [("speaker", "praise")]),
        ("I'm doing great today.", [("speaker", "other")]),
        ("i am good at this kind of thing", [("speaker", "other")]),
        ("we are well", [("speaker", "other")]),
        # said about them, but not what they told you
        ("You're so brave.", [("peer", "praise")]),
        ("youve got this", [("peer", "praise")]),
        ("You'll be fine.", [("peer", "reassurance")]),
        ("You're safe now.", [("peer", "reassurance")]),
        ("It'll all work out.", [("third", "reassurance")]),
        ("Your feelings are valid.", [("theirs", "verdict")]),
        ("You should talk to him.", [("peer", "instruction")]),
        ("Try to get some sleep.", [("none", "instruction")]),
        ("dont worry about it", [("none", "instruction")]),
        ("Write down what you spend each week.", [("none", "instruction")]),
        # a subject after an opening word keeps its modal: advice, not what they went through
        ("Maybe you could ring the drop-in tomorrow.", [("peer", "instruction")]),
        ("tbh u should just block him", [("peer", "instruction")]),
        ("Perhaps you can ask the coordinator for a later slot.", [("peer", "instruction")]),
        ("Lately you've been carrying all of it.", [("peer", "experience")]),
        # "helps you" is the object: no late subject there
        ("Talking to her really helps you get through the week.", [("third", "experience")]),
        # a tag asking for assent is no clause; "you know that he…" is one
        ("Everyone makes mistakes, you know.", [("third", "other")]),
        ("He hurt you, you know that.", [("third", "experience")]),
        # a summary's fragment is no command: "never late", "slow weeks"
        ("Four years, never late.", [("none", "other"), ("none", "other")]),
        ("slow weeks and you're doing the maths", [("none", "other"), ("peer", "experience")]),
        ("Never give up.", [("none", "instruction")]),
        ("Are you safe right now?", [("peer", "question")]),
        ("r u ok", [("peer", "question")]),
        (
            "If you could rest, you might think more clearly.",
            [("peer", "instruction"), ("peer", "hypothetical")],
        ),
    ],
)
def test_each_clause_gets_its_subject_and_predicate(
    reader: ClauseReader, reply: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(reader, reply) == expected


def test_a_reply_splits_at_commas_and_before_a_new_subject(reader: ClauseReader) -> None:
    reply = "So the rent's going up again and you don't know how you'll cover it."
    clauses = reader.read(reply, reader.peer_stems(PEER))
    assert [reply[c.start : c.end].strip() for c in clauses] == [
        "the rent's going up again",
        "you don't know how you'll cover it",
    ]
    assert all(c.main for c in clauses)
    assert clauses[0].restates  # "rent" is the peer's word


def test_clauses_after_when_if_or_that_are_not_main(reader: ClauseReader) -> None:
    (promise, need) = reader.read("I'll be around whenever you need me.")
    assert (promise.predicate, promise.main) == ("promise", True)
    assert (need.subject, need.main) == ("peer", False)


def test_a_frame_marks_what_follows_as_theirs(reader: ClauseReader) -> None:
    (clause,) = reader.read("It sounds like you're worn out.")
    assert (clause.subject, clause.predicate, clause.framed) == ("peer", "experience", True)
    (clause,) = reader.read("I'd guess that it's left you raw.")
    assert (clause.predicate, clause.framed, clause.main) == ("experience", True, True)


def test_an_opener_or_an_opinion_lets_what_follows_be_read_unframed(reader: ClauseReader) -> None:
    """ "It makes sense that…" normalises and "I think…" gives an opinion: the clause after
    them is read (a main clause), but it is not checked understanding."""
    (clause,) = reader.read("It makes sense that the excuses make you angry.")
    assert (clause.predicate, clause.framed, clause.main) == ("experience", False, True)
    (clause,) = reader.read("I think you should tell her.")
    assert (clause.subject, clause.predicate, clause.framed) == ("peer", "instruction", False)


@pytest.mark.parametrize(
    ("reply", "general"),
    [
        # a norm, a law or a fact about the world (`clause_general_marks`)
        ("Your tenancy is protected by law.", [True]),
        ("That's what's supposed to happen.", [True]),
        ("ur results r confidential by law tho", [True]),
        ("Your nurse is obliged to follow the clinic's guidelines.", [True]),
        # people or things in general as the subject
        ("Most people get tested every three months.", [True]),
        ("Landlords can't do that without a court order.", [True]),
        ("There are lots of ways you can cut your hours.", [True]),
        # an argument's or a counter-claim's opener, alone or before a statement
        ("Thing is, regulars are the steady money.", [True, True]),
        ("Actually the drop-in has rules about hours.", [True]),
        # "No," alone disagrees, and what follows it in the sentence argues; a fragment with
        # no verb goes with the clause before it
        ("No, that's not how it works.", [True, True]),
        ("Landlords can't evict over ads, and their agents neither.", [True, True]),
        ("There are lots of shifts you can do that don't leave you feeling wrecked.", [True]),
        ("No, you've been carrying all of it.", [True, False]),
        ("Four years, never late.", [False, False]),
        # the peer's own experience in the same words stays theirs
        ("Your landlord found the ads.", [False]),
        ("The org changed the policy without asking you.", [False]),
        ("People keep telling you what to do.", [False]),
        ("It's supposed to be a safe place for you.", [False]),
        ("Most nights you're working till dawn.", [False]),
        ("That's why you're so wiped out.", [False]),
        ("The thing is, you've been doing this for years.", [True, False]),
        ("It's normal to feel scared after that.", [False, False]),
        ("Staying away from him is a decision you made for your safety.", [False]),
        ("You can't get your meds anywhere right now.", [False]),
        ("The legal side of it scares you.", [False]),
    ],
)
def test_a_general_statement_is_told_from_their_experience(
    reader: ClauseReader, reply: str, general: list[bool]
) -> None:
    """`general`: a clause that states a fact, a norm or an argument, not what the peer feels,
    wants or went through (a reflection says the latter; issue 11, stop 9)."""
    assert [c.general for c in reader.read(reply, reader.peer_stems(PEER))] == general


def test_restates_needs_the_peers_content_words(reader: ClauseReader) -> None:
    stems = reader.peer_stems(PEER)
    (said_back,) = reader.read("the landlord keeps raising the rent", stems)
    (own,) = reader.read("the weather has been strange", stems)
    assert said_back.restates and not own.restates
    assert not reader.read("the landlord keeps raising the rent")[0].restates  # no peer line


def test_offsets_point_into_the_reply_as_typed(reader: ClauseReader) -> None:
    reply = "Thanks ,  ur  SO tired"
    clauses: tuple[Clause, ...] = reader.read(reply)
    assert [reply[c.start : c.end] for c in clauses] == ["Thanks", "ur  SO tired"]


def test_a_long_reply_is_read_quickly_enough_to_finish(reader: ClauseReader) -> None:
    """Hostile input: many clauses, blanks and punctuation still read without stalling."""
    reply = ("you, and you, but i " * 150 + "?!" * 200)[:4000]
    assert len(reader.read(reply)) > 100


def test_validate_names_a_wrong_clause_class_with_file_and_line(
    tmp_path: Path, private_data_dir: Path
) -> None:
    text = (ROOT / "rubrics" / "paraphrasing.yaml").read_text(encoding="utf-8")
    broken = text.replace(
        "      - {predicate: [experience, hypothetical], main: true, general: false}",
        "      - {predicate: [experience, feelings], main: true, general: false}",
    )
    assert broken != text
    folder = tmp_path / "rubrics"
    folder.mkdir()
    (folder / "paraphrasing.yaml").write_text(broken, encoding="utf-8")
    wrong = "      - {predicate: [experience, feelings], main: true, general: false}"
    line = broken.splitlines().index(wrong) + 1
    result = run_cli(private_data_dir, "validate", str(folder / "paraphrasing.yaml"))
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert f"paraphrasing.yaml:{line}" in out, out
    assert "feelings" in out and "experience" in out, out
    assert "Traceback" not in out
