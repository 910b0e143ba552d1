"""What the feedback panel tells a trainee (issue 11): a ✓ only for an earned strength, a
kind neutral line after a breach, and the moment's own good example under the next step."""

from __future__ import annotations

from pathlib import Path

from simulator.tui.widgets.feedback import FeedbackPanel
from tests.tui.test_practice_flow import BAD_DATE, SIZE, app_with_profile, begin, plain, type_reply


async def _first_feedback(data_dir: Path, reply: str) -> str:
    app = app_with_profile(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, reply)
        # A breach here ends the conversation: the end screen sits over the practice screen.
        panels = [p for screen in app.screen_stack for p in screen.query(FeedbackPanel)]
        assert len(panels) == 1
        return plain(panels[0])


async def test_a_breach_gets_no_tick_and_no_quote_only_a_kind_line(private_data_dir: Path) -> None:
    reply = "That sounds so scary. You need to report him to the police today."
    text = await _first_feedback(private_data_dir, reply)
    assert "✓" not in text
    assert "worth a second look" in text
    first_line = text.splitlines()[0]
    assert "scary" not in first_line and '"' not in first_line
    assert "Next step:" in text and "Jade" in text  # the moment's own pitfall, named
    assert "For example:" in text


async def test_a_reflection_earns_a_tick_and_an_example_from_the_moment(
    private_data_dir: Path,
) -> None:
    text = await _first_feedback(private_data_dir, "He grabbed you and wouldn't pay.")
    assert text.lstrip().startswith("✓")
    assert "For example:" in text
    assert "You're still shaking" in text or "you're still shaking" in text
