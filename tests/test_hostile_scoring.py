"""Hostile replies and rubric patterns: scoring stays bounded and its evidence stays true.

Regression tests for issue 16 (a wall of blank lines froze the app; `(a+)+$` passed
`validate`) and for the reply repeated forty times that scored as if it said more. The
time itself is measured by `make bench-score`, not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.scoring import Scorer
from simulator.scoring.regex_safety import risks
from simulator.scoring.text import MAX_REPLY_CHARS, Squeezed
from tests.helpers import ROOT, run_cli

PEER = "My manager keeps cutting my shifts and I can't make rent this month."


def test_blank_line_wall_is_scored_like_the_words_in_it(scorer: Scorer) -> None:
    wall = "I hear you." + "\n" * 600 + "You're scared about rent."
    plain = "I hear you.\nYou're scared about rent."
    walled, short = scorer.score(PEER, wall), scorer.score(PEER, plain)
    for skill in short.skills:
        assert walled.skills[skill].level == short.skills[skill].level
    # The evidence quotes the reply as typed, at its own offsets.
    for skill in walled.skills.values():
        for ev in skill.evidence:
            if ev.source == "reply":
                assert wall[ev.start : ev.end] == ev.text
    names = [e for e in walled.skills["paraphrasing"].evidence if "scared" in e.text]
    assert names and names[0].start > 600


def test_squeezed_offsets_map_back_to_the_original() -> None:
    text = "So.     \n\n\n   you feel!!!!!!!!!! torn" + " " * 50 + "end"
    squeezed = Squeezed(text)
    assert "  " * 3 not in squeezed.text and "!!!!!!" not in squeezed.text
    for word in ("you feel", "torn", "end"):
        at = squeezed.text.index(word)
        start, end, quoted = squeezed.quote(at, at + len(word))
        assert quoted == word and text[start:end] == word
    assert "\n" in squeezed.text  # the line break still ends the sentence


def test_a_sentence_said_forty_times_counts_once(scorer: Scorer) -> None:
    for sentence in ("That is hard.", "You are worried about rent.", "I hear you, okay."):
        once = scorer.score(PEER, sentence)
        many = scorer.score(PEER, " ".join([sentence] * 40))
        assert {s: r.score for s, r in many.skills.items()} == {
            s: r.score for s, r in once.skills.items()
        }


def test_a_reply_over_the_limit_is_cut_not_scored_whole(scorer: Scorer) -> None:
    reply = "You feel torn. " + "x" * (3 * MAX_REPLY_CHARS) + " because you love him"
    result = scorer.score(PEER, reply)
    ends = [e.end for r in result.skills.values() for e in r.evidence if e.source == "reply"]
    assert ends and max(ends) <= MAX_REPLY_CHARS


@pytest.mark.parametrize(
    "pattern",
    [r"(a+)+$", r"(?:^|(?<=[.!?;\n]))\s*[\"'(]?\s*", r"\w+\w*x", r"(\w+\s?)+$"],
)
def test_catastrophic_shapes_are_found(pattern: str) -> None:
    assert risks(pattern)


@pytest.mark.parametrize(
    "pattern",
    [r"\byou\s+(?:\w+\s+){0,2}?feel\b", r"(?:^|(?<=[.!?;\n]))\s*+[\"'(]?+\s*+", r"(?>a+)+"],
)
def test_safe_shapes_pass(pattern: str) -> None:
    assert risks(pattern) == []


def _rubric_with(tmp_path: Path, pattern: str) -> Path:
    folder = tmp_path / "rubrics"
    folder.mkdir()
    for path in (ROOT / "rubrics").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "paraphrasing.yaml":
            text = text.replace(
                "      - '^\\s*for you,'\n", f"      - '^\\s*for you,'\n      - '{pattern}'\n"
            )
            assert pattern in text
        (folder / path.name).write_text(text, encoding="utf-8")
    return folder


def test_validate_refuses_a_catastrophic_rubric_pattern(
    tmp_path: Path, private_data_dir: Path
) -> None:
    folder = _rubric_with(tmp_path, "(a+)+$")
    result = run_cli(private_data_dir, "validate", str(folder / "paraphrasing.yaml"), timeout=60)
    assert result.returncode == 1
    line = next(
        n
        for n, text in enumerate((folder / "paraphrasing.yaml").read_text().splitlines(), 1)
        if "(a+)+$" in text
    )
    assert f"paraphrasing.yaml:{line}:" in result.stdout
    assert "'(a+)+$' could make scoring take minutes" in result.stdout
    assert "nested quantifiers" in result.stdout
    assert "Traceback" not in result.stderr


def test_rubric_check_times_each_pattern(tmp_path: Path, private_data_dir: Path) -> None:
    # Alternatives that can take the same letters inside a repeat: not found by shape, but
    # exponential; the timing catches it in a fraction of a second.
    folder = _rubric_with(tmp_path, "(?:a|a)*$")
    labelled = tmp_path / "mine.jsonl"
    labelled.write_text('{"response": "You feel torn.", "level": 1}\n', encoding="utf-8")
    result = run_cli(
        private_data_dir,
        "rubric",
        "check",
        str(folder / "paraphrasing.yaml"),
        "--labelled",
        str(labelled),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Pattern speed:" in result.stdout
    slow = [line for line in result.stdout.splitlines() if "(?:a|a)*$" in line]
    assert slow and "paraphrasing.yaml:" in slow[0] and "it backtracks" in slow[0]


def test_score_stops_a_line_that_runs_over_its_budget_and_goes_on(tmp_path: Path) -> None:
    import io
    import json

    from simulator.cli.score_input import score_stream
    from simulator.content.loading import require_rubrics
    from simulator.scoring.score_contract import Moments, answer

    # A facilitator's pattern that the static check cannot see (alternatives that overlap
    # inside a repeat): exponential on a run of a's.
    scorer = Scorer(require_rubrics(_rubric_with(tmp_path, "(?:a|a)*$")))
    lines = [
        {"id": "slow", "response": "a" * 60 + "!"},
        {"id": "fine", "context": "I feel alone.", "response": "You feel alone."},
    ]
    out = io.BytesIO()
    source = io.BytesIO("".join(json.dumps(line) + "\n" for line in lines).encode())
    moments = Moments(None, scorer.rubrics)
    score_stream(source, out, lambda n, item: answer(scorer, moments, n, item), budget=0.3)
    slow, fine = (json.loads(line) for line in out.getvalue().splitlines())
    assert slow["id"] == "slow" and slow["line"] == 1
    assert "took more than 0.3 s of CPU and was stopped" in slow["error"]
    assert fine["id"] == "fine" and "paraphrasing" in fine


def test_the_line_budget_is_cpu_time_so_a_busy_machine_does_not_stop_a_good_line() -> None:
    # On a loaded machine a line may wait for a core for longer than its budget without
    # doing any work: that must not turn it into an error (it did while the budget was the
    # clock's). A line that waits 0.5 s (here: sleeps, using no CPU) under a 0.2 s budget is
    # answered; one that works for longer than its budget is still stopped.
    import io
    import json
    import time

    from simulator.cli.score_input import score_stream

    def waits(number: int, item: dict[str, object]) -> dict[str, object]:
        time.sleep(0.5)
        return {"id": item.get("id"), "scored": True}

    def works(number: int, item: dict[str, object]) -> dict[str, object]:
        end = time.process_time() + 2.0
        while time.process_time() < end:
            pass
        return {"id": item.get("id"), "scored": True}

    for score_item, stopped in ((waits, False), (works, True)):
        out = io.BytesIO()
        source = io.BytesIO(b'{"id": "one", "response": "You feel alone."}\n')
        score_stream(source, out, score_item, budget=0.2)
        answer = json.loads(out.getvalue())
        assert ("error" in answer) is stopped, answer
        assert answer.get("scored") is (None if stopped else True)


def test_a_stop_lost_where_python_cannot_raise_is_repeated_until_the_line_ends() -> None:
    import io
    import json
    import re
    import time

    from simulator.cli.score_input import score_stream

    # If the first timer signal lands where the scoring code swallows the exception (a
    # finaliser, a broad except), the line must still be stopped, not run forever.
    def swallows_then_backtracks(number: int, item: dict[str, object]) -> dict[str, object]:
        end = time.process_time() + 1.0
        try:
            while time.process_time() < end:
                pass
        except Exception:
            pass  # the first stop is lost here
        # Tens of seconds of backtracking (not for ever: unstopped, the test fails, not hangs).
        re.search(r"(?:a|a)*$", "a" * 28 + "!")
        return {"id": item.get("id"), "scored": True}

    source = io.BytesIO(b'{"id": "x", "response": "hi"}\n')
    out = io.BytesIO()
    score_stream(source, out, swallows_then_backtracks, budget=0.2)
    (answer,) = (json.loads(line) for line in out.getvalue().splitlines())
    assert "scored" not in answer and "was stopped" in answer["error"], answer
