"""Rubric `fragments`: a piece of regular expression many patterns share is written once
(paraphrasing's "no question mark later in this clause" look-ahead was 33 copies), and the
scorer sees it written into every pattern that names it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simulator.content.loading import load_rubric_files
from simulator.scoring import default_scorer
from tests.helpers import ROOT

RUBRIC = """\
skill: validation
title: Fragments
description: A fragment shared by two patterns.
scale: higher_is_better
levels:
  - level: 0
    name: none
    label: None
    descriptor: Nothing.
    feedback: Nothing yet.
  - level: 1
    name: some
    label: Some
    descriptor: Some.
    feedback: Some.
    min_score: 1
criteria:
  - id: says_sad
    description: Says sad, not as a question
    weight: 1
    patterns: ['\\bsad\\b{not_asked}', '\\blow\\b{not_asked}']
fragments:
  not_asked: '(?![^.?]*\\?)'
"""


def test_a_fragment_is_written_into_each_pattern_that_names_it(tmp_path: Path) -> None:
    path = tmp_path / "fragments.yaml"
    path.write_text(RUBRIC, encoding="utf-8")
    rubric_set, problems = load_rubric_files([path], lint=False)
    assert [p for p in problems if p.severity.name == "ERROR"] == []
    patterns = rubric_set.rubrics["validation"].criteria[0].patterns
    assert all("{not_asked}" not in p for p in patterns)
    compiled = [re.compile(p) for p in patterns]
    assert compiled[0].search("you sound sad today")
    assert not compiled[0].search("are you sad today?")
    assert compiled[1].search("feeling low. is that it?")


def test_the_shipped_rubrics_name_the_look_ahead_once() -> None:
    text = (ROOT / "rubrics" / "paraphrasing.yaml").read_text(encoding="utf-8")
    assert text.count("{no_question_later}") >= 30
    assert text.count("*+\\?)") == 1  # the look-ahead itself, in `fragments:`
    rubric_set, _ = load_rubric_files(sorted((ROOT / "rubrics").glob("*.yaml")), lint=False)
    for rubric in rubric_set.rubrics.values():
        for crit in rubric.criteria:
            assert not any("{no_question_later}" in p for p in crit.patterns), crit.id


@pytest.mark.parametrize(
    ("reply", "reflects"),
    [
        ("You feel like nobody listens to you anymore.", True),
        ("You feel like nobody listens to you anymore — is that right?", True),
        ("You feel like nobody listens to you anymore - yeah?", True),
        ("You feel like nobody listens to you anymore?", False),
    ],
)
def test_a_said_back_statement_is_not_a_question(reply: str, reflects: bool) -> None:
    context = "Nobody listens to me anymore. I talk and it's like I'm not there."
    level = default_scorer().score(context, reply).skills["paraphrasing"].level
    assert (level >= 1) is reflects, level
