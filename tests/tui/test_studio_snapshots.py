"""SVG snapshots of the studio and of the map in the app (100x30, cursor blink frozen).

Update after an intended change with
`pytest tests/tui/test_studio_snapshots.py --snapshot-update` and look at the SVGs first.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from simulator.content.scaffold import new_scenario_text
from simulator.tui.app import make_app
from simulator.tui.screens.studio import StudioScreen
from tests.helpers import ROOT

SIZE = (100, 30)


def studio_app(tmp_path: Path, data_dir: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "my-scenarios"
    folder.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "studio" / "mislabelled.yaml", folder)
    # The starting file `new scenario` writes: owned here, so shipped edits don't move it.
    target = folder / "rough-night.yaml"
    target.write_text(new_scenario_text("rough-night", target), encoding="utf-8")
    return make_app(folder, data_dir=data_dir, cursor_blink=False, studio=folder)


async def _loaded(pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(200):
        screen = pilot.app.screen
        if isinstance(screen, StudioScreen) and screen.order:
            break
        await pilot.pause(0.05)
    await pilot.pause()


def test_studio(snap_compare, tmp_path: Path, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        studio_app(tmp_path, private_data_dir), terminal_size=SIZE, run_before=_loaded
    )


def test_map_during_practice(snap_compare, tmp_path: Path, private_data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _loaded(pilot)
        await pilot.press("down", "p")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Map of this scenario")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(
        studio_app(tmp_path, private_data_dir), terminal_size=SIZE, run_before=run_before
    )
