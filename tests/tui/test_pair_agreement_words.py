"""Pair and room results say how often the observer and the automatic scores agreed in words a
person would use: "agreed on the one rated reply", "agreed on 3 of 4 rated replies", never
"agreed on 100% of 1 rated replies". Checked on the app's results screen (Pilot, 80×24 and
110×34) and in a plain room's results."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest

from simulator.content.scenario import Scenario
from simulator.plain.room import PlainRoom
from simulator.practice.pair import PairSession, Roles
from simulator.scoring import Scorer
from simulator.tui.app import make_app
from simulator.tui.screens.pair import PairResultsScreen
from tests.tui.test_practice_flow import plain


class ResultsOnly(PlainRoom):
    """A plain room's results for a pair session, without a room around it."""

    def __init__(self, pair: PairSession, out: StringIO) -> None:
        self._pair, self.out = pair, out

    @property
    def pair(self) -> PairSession:
        return self._pair


REPLY = "It sounds like he really scared you, and you're still shaking."


def rated(
    library: dict[str, Scenario], scorer: Scorer, agree: list[tuple[bool, bool, bool]]
) -> PairSession:
    """A pair session with one rated reply per entry: the observer agrees with the automatic
    level of paraphrasing, validation and boundaries where the entry says True."""
    pair = PairSession(library["bad-date-next-steps"], scorer, Roles("Ash", "River", "Kim"))
    for same in agree:
        if pair.round_over:
            pair.swap()
        pair.peer_says(" ".join(pair.prompt()))
        pair.counsellor_replies(REPLY)
        auto = pair.exchanges[-1].auto.levels
        pair.observe(
            {
                skill: auto[skill] if keep else (1 if auto[skill] == 0 else 0)
                for skill, keep in zip(
                    ("paraphrasing", "validation", "boundaries"), same, strict=True
                )
            }
        )
    return pair


CASES = [
    (
        [(True, False, True)],
        [
            "Paraphrasing: agreed on the one rated reply",
            "Validation: did not agree on the one rated reply",
            "Boundaries: agreed on the one rated reply",
        ],
    ),
    (
        [(True, True, False), (False, True, False)],
        [
            "Paraphrasing: agreed on 1 of 2 rated replies",
            "Validation: agreed on 2 of 2 rated replies",
            "Boundaries: agreed on 0 of 2 rated replies",
        ],
    ),
    (
        [(True, True, True)] * 5 + [(False, True, True)],
        [
            "Paraphrasing: agreed on 5 of 6 rated replies (83%)",
            "Validation: agreed on 6 of 6 rated replies (100%)",
        ],
    ),
]


@pytest.mark.parametrize("size", [(80, 24), (110, 34)])
@pytest.mark.parametrize(("agree", "lines"), CASES)
async def test_the_results_screen_counts_agreement_in_words(
    private_data_dir: Path,
    library: dict[str, Scenario],
    scorer: Scorer,
    size: tuple[int, int],
    agree: list[tuple[bool, bool, bool]],
    lines: list[str],
) -> None:
    pair = rated(library, scorer, agree)
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await app.push_screen(PairResultsScreen(pair))
        await pilot.pause()
        summary = plain(app.screen.query_one("#pair-agreement"))
    for line in lines:
        assert line in summary
    assert "1 rated replies" not in summary and "% of" not in summary


@pytest.mark.parametrize(("agree", "lines"), CASES)
def test_a_plain_room_counts_agreement_in_words(
    library: dict[str, Scenario],
    scorer: Scorer,
    agree: list[tuple[bool, bool, bool]],
    lines: list[str],
) -> None:
    pair = rated(library, scorer, agree)
    out = StringIO()
    ResultsOnly(pair, out).results()
    for line in lines:
        assert f"  {line}\n" in out.getvalue()
