"""`score` builds its scorer with the cyclic collector held off (~100,000 long-lived objects
that each pass walked again while they were made), moves them out of its way (`gc.freeze`),
and switches it back on afterwards: left off, a long batch's cyclic garbage would never be
collected."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from click.testing import CliRunner

import simulator.scoring as scoring
from simulator.cli import main


def test_score_builds_the_scorer_without_the_collector_and_switches_it_back_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[bool] = []
    real = scoring.Scorer

    class Recording(real):  # type: ignore[misc, valid-type]
        def __init__(self, rubrics: object) -> None:
            seen.append(gc.isenabled())
            super().__init__(rubrics)

    monkeypatch.setattr(scoring, "Scorer", Recording)
    source = tmp_path / "one.jsonl"
    source.write_text(
        '{"id": "1", "context": "I am so tired of it all.", "response": "You sound worn out."}\n'
    )
    assert gc.isenabled()
    gc.unfreeze()
    try:
        result = CliRunner().invoke(main, ["score", "--jobs", "1", str(source)])
        assert result.exit_code == 0, result.output
        assert '"paraphrasing"' in result.output
        assert seen == [False]  # built with the collector off
        assert gc.get_freeze_count() > 10_000  # what it built is out of the collector's way
        assert gc.isenabled()  # and the collector on again for the replies
    finally:
        gc.unfreeze()
