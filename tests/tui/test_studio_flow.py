"""The studio driven as a facilitator uses it (App.run_test + Pilot): their folder, problems,
the map, play from a moment, and files saved while the studio is open."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from simulator.content.paths import scenarios_dir
from simulator.tui.app import make_app
from simulator.tui.screens.branch_map import MapScreen
from simulator.tui.screens.practice import PracticeScreen
from simulator.tui.screens.start import StartScreen
from simulator.tui.screens.studio import StudioScreen
from simulator.tui.widgets.conversation import Note, PeerLine
from tests.helpers import ROOT
from tests.tui.test_practice_flow import plain

SIZE = (100, 30)
WARM = "warm-up-long-week.yaml"
FIRST_LINE = "Honestly, this week just dragged."


def folder_with(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "my-scenarios"
    folder.mkdir()
    for name in names:
        source = scenarios_dir() / name
        if not source.exists():
            source = ROOT / "tests" / "data" / "studio" / name
        shutil.copy(source, folder / name)
    return folder


def save(path: Path, change: Callable[[str], str]) -> None:
    """Save the file as an editor would, with a later modification time."""
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


async def until(pilot, condition: Callable[[], bool], seconds: float = 10) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the studio did not get there in time")


def studio(app) -> StudioScreen:  # type: ignore[no-untyped-def]
    screen = app.screen
    assert isinstance(screen, StudioScreen)
    return screen


def side_text(app) -> str:  # type: ignore[no-untyped-def]
    screen = studio(app)
    moments = screen.query_one("#studio-moments", OptionList)
    rows = [str(moments.get_option_at_index(i).prompt) for i in range(moments.option_count)]
    return "\n".join(
        [
            plain(screen.query_one("#studio-status", Static)),
            plain(screen.query_one("#studio-problems", Static)),
            *rows,
        ]
    )


def files_text(app) -> str:  # type: ignore[no-untyped-def]
    files = studio(app).query_one("#studio-files", OptionList)
    return "\n".join(str(files.get_option_at_index(i).prompt) for i in range(files.option_count))


async def test_studio_lists_the_folder_with_problems_and_the_map(
    tmp_path: Path, private_data_dir: Path
) -> None:
    folder = folder_with(tmp_path, "mislabelled.yaml", WARM)
    app = make_app(folder, data_dir=private_data_dir, cursor_blink=False, studio=folder)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StudioScreen) and bool(studio(app).order))
        assert "✗ mislabelled.yaml\n  5 problem(s)" in files_text(app)
        assert f"✓ {WARM}\n  no problems" in files_text(app)
        text = side_text(app)
        assert "has problems; fix them to play it" in text
        assert "mislabelled.yaml:38:3: node 'aside' can never be reached from 'opening'" in text
        assert "aside  (UNREACHABLE)" in text  # the map shows the well-formed file anyway
        await pilot.press("down")
        await pilot.pause()
        text = side_text(app)
        assert "plays as saved" in text and "No problems." in text
        assert "if paraphrasing >=1 → money_worry" in text


async def test_enter_on_a_moment_plays_from_it(tmp_path: Path, private_data_dir: Path) -> None:
    folder = folder_with(tmp_path, WARM)
    app = make_app(folder, data_dir=private_data_dir, cursor_blink=False, studio=folder)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StudioScreen) and bool(studio(app).order))
        await pilot.press("enter")  # into the map of the highlighted file
        screen = studio(app)
        moments = screen.query_one("#studio-moments", OptionList)
        assert moments.has_focus
        for _ in range(40):  # down the map to the moment, as a person would
            at = moments.highlighted
            if at is not None and screen.moment_rows[at] == "money_worry":
                break
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.session.node_id == "money_worry"
        assert "And it's not just being tired" in plain(list(app.screen.query(PeerLine))[-1])


async def test_a_save_reloads_and_try_this_moment_again_uses_the_new_text(
    tmp_path: Path, private_data_dir: Path
) -> None:
    folder = folder_with(tmp_path, WARM)
    app = make_app(folder, data_dir=private_data_dir, cursor_blink=False, studio=folder)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StudioScreen) and bool(studio(app).order))
        await pilot.press("p")  # play from the start
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        practice = app.screen
        assert FIRST_LINE in plain(list(practice.query(PeerLine))[-1])
        save(folder / WARM, lambda t: t.replace(FIRST_LINE, "This week went on forever."))
        await until(pilot, lambda: "forever" in " ".join(practice.session.node.peer))
        await pilot.pause()
        notes = [plain(n) for n in practice.query(Note)]
        assert any("“Try this moment again” uses the new text" in n for n in notes)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Try this moment again")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is practice
        assert "This week went on forever." in plain(list(practice.query(PeerLine))[-1])
        # The studio behind shows the new text too.
        app.pop_screen()
        await pilot.pause()
        assert "This week went on forever." in side_text(app)


async def test_a_broken_save_shows_its_problems_and_keeps_the_last_good_version(
    tmp_path: Path, private_data_dir: Path
) -> None:
    folder = folder_with(tmp_path, WARM)
    app = make_app(folder, data_dir=private_data_dir, cursor_blink=False, studio=folder)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StudioScreen) and bool(studio(app).order))
        save(
            folder / WARM,
            lambda t: t.replace(FIRST_LINE, "Changed and broken.").replace(
                '{paraphrasing: ">=1"}', "{paraphrasing: >=1}", 1
            ),
        )
        await until(pilot, lambda: "problem(s)" in files_text(app))
        text = side_text(app)
        assert "has problems; the last good version stays playable" in text
        assert f"{WARM}:57:" in text and "put it in quotes: '>=1'" in text
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert FIRST_LINE in plain(list(app.screen.query(PeerLine))[-1])  # the last good text
        app.pop_screen()
        save(folder / WARM, lambda t: t.replace("{paraphrasing: >=1}", '{paraphrasing: ">=1"}'))
        await until(pilot, lambda: "no problems" in files_text(app))
        assert "Changed and broken." in side_text(app)


async def test_the_map_in_practice_highlights_the_current_moment(
    tmp_path: Path, private_data_dir: Path
) -> None:
    folder = folder_with(tmp_path, WARM)
    app = make_app(folder, data_dir=private_data_dir, cursor_blink=False, studio=folder)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StudioScreen) and bool(studio(app).order))
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Map of this scenario")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MapScreen)
        text = plain(app.screen.query_one("#map-text", Static))
        assert "▶ ● opening  (start)" in text
        assert "● shrug" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)


async def test_play_file_opens_that_file_in_the_app(tmp_path: Path, private_data_dir: Path) -> None:
    path = tmp_path / "mine.yaml"
    text = (scenarios_dir() / WARM).read_text(encoding="utf-8")
    path.write_text(
        text.replace("id: warm-up-long-week", "id: my-week").replace(FIRST_LINE, "My own words."),
        encoding="utf-8",
    )
    app = make_app(data_dir=private_data_dir, cursor_blink=False, start="my-week", file=path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StartScreen))
        await pilot.press("enter")
        await pilot.pause()
        if not isinstance(app.screen, PracticeScreen):  # a first run asks for a name first
            await until(pilot, lambda: isinstance(app.screen, StartScreen))
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert "My own words." in plain(list(app.screen.query(PeerLine))[-1])


async def test_map_of_the_highlighted_scenario_from_the_library(private_data_dir: Path) -> None:
    from simulator.store.database import Store
    from simulator.store.profiles import Profiles
    from simulator.tui.screens.home import HomeScreen

    Profiles(Store(private_data_dir)).add("River")
    app = make_app(data_dir=private_data_dir, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        highlighted = app.screen.highlighted
        assert highlighted is not None
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Map of this scenario")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MapScreen)
        text = plain(app.screen.query_one("#map-text", Static))
        assert f"({highlighted.id})" in text and "▶" not in text


async def test_a_save_keeps_your_place_in_the_map(tmp_path: Path, private_data_dir: Path) -> None:
    folder = folder_with(tmp_path, WARM)
    app = make_app(folder, data_dir=private_data_dir, cursor_blink=False, studio=folder)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StudioScreen) and bool(studio(app).order))
        await pilot.press("enter")
        screen = studio(app)
        moments = screen.query_one("#studio-moments", OptionList)
        while moments.highlighted is None or screen.moment_rows[moments.highlighted] != "wish":
            await pilot.press("down")
        save(folder / WARM, lambda t: t.replace(FIRST_LINE, "A new first line."))
        await until(pilot, lambda: "A new first line." in side_text(app))
        assert moments.highlighted is not None
        assert screen.moment_rows[moments.highlighted] == "wish"
        assert moments.has_focus


async def test_an_empty_folder_says_how_to_start_and_a_new_file_appears(
    tmp_path: Path, private_data_dir: Path
) -> None:
    from simulator.content.scaffold import new_scenario_text

    folder = tmp_path / "empty"
    folder.mkdir()
    app = make_app(folder, data_dir=private_data_dir, cursor_blink=False, studio=folder)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StudioScreen))
        await pilot.pause(0.3)
        assert "Start one: peer-practice new scenario ID" in side_text(app)
        target = folder / "rough-night.yaml"
        target.write_text(new_scenario_text("rough-night", target), encoding="utf-8")
        await until(pilot, lambda: "rough-night.yaml" in files_text(app))
        assert "Rough night · plays as saved" in side_text(app)
        target.unlink()
        await until(pilot, lambda: "rough-night.yaml" not in files_text(app))


async def test_t_shows_the_playtest_of_the_highlighted_file(
    tmp_path: Path, private_data_dir: Path
) -> None:
    from simulator.tui.screens.branch_map import PlaytestScreen

    folder = folder_with(tmp_path, "mislabelled.yaml")
    app = make_app(folder, data_dir=private_data_dir, cursor_blink=False, studio=folder)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StudioScreen) and bool(studio(app).order))
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, PlaytestScreen))
        text = plain(app.screen.query_one("#map-text", Static))
        assert "MISMATCH good example 2 (validation, boundaries)" in text
        assert "a poor reply still reaches the good ending ending_good" in text


async def test_a_slow_playtest_runs_in_the_background_and_keys_keep_working(
    tmp_path: Path, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The studio never waits on a playtest: the map opens and closes while it runs, a
    second t says it is still running, and the report opens when it is ready."""
    import threading

    import simulator.content.playtest as playtest_module
    from simulator.tui.screens.branch_map import PlaytestScreen

    release = threading.Event()
    real = playtest_module.playtest

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(playtest_module, "playtest", slow)
    folder = folder_with(tmp_path, "mislabelled.yaml")
    app = make_app(folder, data_dir=private_data_dir, cursor_blink=False, studio=folder)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StudioScreen) and bool(studio(app).order))
        await pilot.press("t")
        await pilot.pause(0.7)
        assert isinstance(app.screen, StudioScreen)  # not waiting, not there yet
        notes = [str(n.message) for n in app._notifications]
        assert any(m.startswith("Playtesting ") for m in notes), notes
        await pilot.press("t")
        await pilot.pause()
        assert any("Still playtesting" in str(n.message) for n in app._notifications)
        await pilot.press("m")  # the map opens while the playtest runs
        await until(pilot, lambda: isinstance(app.screen, MapScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, StudioScreen))
        release.set()
        await until(pilot, lambda: isinstance(app.screen, PlaytestScreen))
        assert "MISMATCH good example 2" in plain(app.screen.query_one("#map-text", Static))


async def test_the_library_and_back_to_the_studio(tmp_path: Path, private_data_dir: Path) -> None:
    from simulator.tui.screens.home import HomeScreen

    folder = folder_with(tmp_path, WARM)
    app = make_app(folder, data_dir=private_data_dir, cursor_blink=False, studio=folder)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, StudioScreen) and bool(studio(app).order))
        first = app.screen
        for command in ("Scenarios", "Studio"):
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*command)
            await pilot.pause(0.3)
            await pilot.press("enter")
            await pilot.pause()
            if command == "Scenarios":
                assert isinstance(app.screen, HomeScreen)
        assert app.screen is first and f"✓ {WARM}" in files_text(app)
