"""Textual's Footer, rebuilt only when the keys it shows have changed, at most once a refresh.

Textual's Footer rebuilds itself (a new FooterKey per binding, each one restyled) whenever
the bindings *might* have changed: every focus change, every screen change, every binding
refresh, and one rebuild is queued per signal. Sending the reply that ends a scenario (the
reply box disabled, the "See how it went" button mounted and focused) queued six rebuilds,
60-80 ms of the UI thread in front of the feedback card on the shared machine (`make
bench-ui`). This one waits for the refresh, rebuilds once, and not at all when the keys it
would show are the ones it shows; and its first build doesn't hold back the screen's first
frame.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.compose import compose
from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rebuild_pending = False
        self._shown: Hashable = None

    def shown_keys(self) -> Hashable:
        """Everything a rebuild would show: each binding (key, label, group), how its key is
        shown, whether it is enabled, and its tooltip."""
        app = self.app
        return (
            self.compact,
            self.show_command_palette,
            tuple(
                (binding, app.get_key_display(binding), enabled, tooltip)
                for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
                if binding.show
            ),
        )

    def compose(self) -> ComposeResult:
        self._shown = self.shown_keys() if self._bindings_ready else None
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild_if_changed)

    async def recompose(self) -> None:
        """Textual recomposes inside a batch, which holds back every frame of the app until
        it is done. The first build (keys into an empty footer, just after the screen is
        mounted) has nothing to replace, so it needs no batch, and the screen's first frame
        is not held back for it (it was: `make bench-ui`)."""
        if self.children or not self.is_attached or self._pruning:
            await super().recompose()
        else:
            await self.mount_all(compose(self))

    async def _rebuild_if_changed(self) -> None:
        self._rebuild_pending = False
        if self.is_attached and self.shown_keys() != self._shown:
            await self.recompose()
