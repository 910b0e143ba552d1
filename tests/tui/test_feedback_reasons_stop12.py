"""The reasons beside a skill's level say what the reply did, in words (stop 12).

Playing at 160×48 and in plain mode, a question-only or advising reply got "Paraphrasing ○○
No reflection — 7 words of your own; 14 words": beside a level of 0 the card listed what the
reply met without raising the level, and in the words of a measurement. Of the reason lines
on 453 open replies' cards, 330 beside a level 0 were such (“Says enough to add something”,
“Asks a question”, "N of the peer's words taken up"). Beside level 0 a reason now names what
held the reply down, and a reason is the criterion's description, not a count ("14 words")
or an internal reading ("peer: experience"). Driven in the app (Pilot, full card) and in
plain mode (a subprocess); the score contract is unchanged.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from rich.console import Console

from simulator.content.loading import RubricSet
from simulator.tui.widgets.feedback import FeedbackPanel
from tests.helpers import run_cli
from tests.tui.test_practice_flow import BAD_DATE, app_with_profile, begin, type_reply

#: Replies a trainee writes that earn no reflection, in several registers.
REPLIES = [
    "what did he look like? did you get his number?",  # questions only
    "u should block him and tell the girls tbh",  # texting, advice
    "Don't worry, you're safe now, it's over.",  # reassurance
    "Have you considered that perhaps this line of work is not so safe for you?",  # formal
]

#: A reason in the words of a measurement or an internal reading.
MEASURED = re.compile(r"\b\d+ (?:words|of the peer's)|% the same|\b(?:peer|speaker|third): ")


def against(rubrics: RubricSet, skill: str) -> set[str]:
    """The descriptions of the criteria that hold a skill's level down."""
    return {c.description for c in rubrics.rubrics[skill].criteria if c.weight < 0}


def card_text(panel: FeedbackPanel) -> str:
    console = Console(width=200, file=io.StringIO(), color_system=None)
    console.print(panel.content)
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("reply", REPLIES)
async def test_reasons_beside_a_level_of_0_say_what_held_it_down(
    private_data_dir: Path, rubrics: RubricSet, reply: str
) -> None:
    app = app_with_profile(private_data_dir)
    async with app.run_test(size=(120, 40)) as pilot:  # tall enough for the full card
        await pilot.pause()
        await begin(pilot, BAD_DATE)
        await type_reply(pilot, reply)
        card = card_text(app.screen.query(FeedbackPanel).last())
    assert not MEASURED.search(card), card
    zero = [
        ln
        for ln in card.splitlines()
        if "○○" in ln and ln.split()[0] in {"Paraphrasing", "Validation"}
    ]
    assert zero, card  # the reply earned no reflection
    for line in zero:
        skill = line.split()[0].lower()
        said = line.partition(" — ")[2]
        for reason in filter(None, said.split("; ")):
            assert reason in against(rubrics, skill), (reply, line)


@pytest.mark.parametrize("reply", REPLIES)
def test_plain_mode_gives_the_same_reasons(
    private_data_dir: Path, rubrics: RubricSet, reply: str
) -> None:
    result = run_cli(
        private_data_dir, "play", BAD_DATE, "--plain", input=f"{reply}\n/leave\n", timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert not MEASURED.search(out), out
    assert "(level 0)" in out
    skill = ""
    for line in out.splitlines():
        if line.startswith("  ") and not line.startswith("    "):
            head = line.strip()
            skill = head.split(":")[0].lower() if "(level 0)" in head else ""
        elif skill in {"paraphrasing", "validation"} and line.startswith("    "):
            assert line.rpartition(" — ")[2] in against(rubrics, skill), (reply, line)


async def test_a_resumed_conversation_gives_the_same_reasons(
    private_data_dir: Path, rubrics: RubricSet
) -> None:
    """Cards drawn again from the saved practice (after the terminal was closed) list the
    same reasons as when the reply was sent."""
    from simulator.practice.recorder import Recorder
    from simulator.practice.session import Session
    from simulator.tui.app import make_app
    from simulator.tui.screens.resume import ResumeScreen

    first = app_with_profile(private_data_dir)
    scenario = first.library.get(BAD_DATE)
    assert scenario is not None
    session = Session(scenario, first.scorer, trainee="River")
    recorder = Recorder(first.store)
    recorder.started(session)
    recorder.turn_taken(session, session.reply(REPLIES[0]))  # then the terminal is closed
    first.store.close()

    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResumeScreen)
        await pilot.press("enter")
        await pilot.pause()
        card = card_text(app.screen.query(FeedbackPanel).first())
    line = next(ln for ln in card.splitlines() if ln.startswith("Paraphrasing"))
    assert "○○" in line and " — " in line, card
    for reason in line.partition(" — ")[2].split("; "):
        assert reason in against(rubrics, "paraphrasing"), line
