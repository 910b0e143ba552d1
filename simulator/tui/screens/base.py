"""What the app's own screens share: typed access to the app that holds the session state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

if TYPE_CHECKING:
    from simulator.tui.app import PeerPracticeApp


class AppScreen(Screen[None]):
    @property
    def pp(self) -> PeerPracticeApp:
        from simulator.tui.app import PeerPracticeApp

        assert isinstance(self.app, PeerPracticeApp)
        return self.app
