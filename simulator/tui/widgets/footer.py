"""Textual's Footer, rebuilt only when the keys it shows have changed, at most once a refresh.

Textual's Footer rebuilds itself (a new FooterKey per binding, each one restyled) whenever
the bindings *might* have changed: every focus change, every screen change, every binding
refresh, and one rebuild is queued per signal. Sending the reply that ends a scenario (the
reply box disabled, the "See how it went" button mounted and focused) queued six rebuilds,
60-80 ms of the UI thread in front of the feedback card on the shared machine (`make
bench-ui`). This one waits for the refresh, rebuilds once, and not at all when the keys it
would show are the ones it shows; and its first build doesn't hold back the screen's first
frame.

It also fits the key hints to the terminal's width. Textual's footer lets the ones that don't
fit run under the command palette's key, so at 80×24 (a common default) the library's
"f3 Support" was cut to "f…" and the pair screen hid both Pause and Support. Here, when the
hints don't fit, they are first shown compact (two columns fewer each), then without the
palette's key (Ctrl+P still opens it), then without the focused widget's own hints, then
without the screen's, last shown first. The app's own keys, Pause and Support, are never
left out: a trainee must always see how to pause and where support is.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from rich.cells import cell_len
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.compose import compose
from textual.screen import Screen
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

#: Columns the command palette's key takes at the right ("▏^p palette ").
PALETTE_WIDTH = 12


def hint_width(key: str, description: str, *, compact: bool) -> int:
    """Columns one key hint takes in the footer, with the space after it (Textual's
    FooterKey: "key description", padded by one column each side, or by one between them
    and one after when compact)."""
    words = cell_len(key) + (1 + cell_len(description) if description else 0)
    return words + (1 if compact else 2)


def fitted(
    hints: Iterable[tuple[int, str, str, str]], width: int
) -> tuple[bool, bool, frozenset[str]]:
    """How hints `(rank, action, key, description)` fit in `width` columns: (compact, palette
    shown, actions left out). Rank 0 is never left out (the app's own keys), then rank 1
    (the screen's), then rank 2 (the focused widget's) go first, each from its last hint."""
    shown = list(hints)
    for compact, palette in ((False, True), (True, True), (True, False)):
        room = width - (PALETTE_WIDTH if palette else 0)
        if sum(hint_width(k, d, compact=compact) for _, _, k, d in shown) <= room:
            return compact, palette, frozenset()
    room, dropped = width, set()
    while sum(hint_width(k, d, compact=True) for _, _, k, d in shown) > room:
        rank = max(r for r, *_ in shown)
        if rank == 0:
            break
        last = max(i for i, (r, *_) in enumerate(shown) if r == rank)
        dropped.add(shown.pop(last)[1])
    return True, False, frozenset(dropped)


class Footer(TextualFooter):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rebuild_pending = False
        self._shown: Hashable = None

    def shown_keys(self) -> Hashable:
        return self._keys()

    def _keys(self) -> tuple[tuple[bool, bool, frozenset[str]], tuple[object, ...]]:
        """Everything a rebuild would show: how the hints fit the width (`fitted`), and each
        binding (key, label, group), how its key is shown, whether it is enabled, and its
        tooltip."""
        app = self.app
        bindings = [
            (node, binding, app.get_key_display(binding), enabled, tooltip)
            for (node, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        ] + [(app, binding, app.get_key_display(binding), True, "") for binding in self._app_keys()]
        hints: dict[str, tuple[int, str, str, str]] = {}
        for node, binding, key, _, _ in bindings:
            rank = 0 if isinstance(node, App) else 1 if isinstance(node, Screen) else 2
            hints.setdefault(binding.action, (rank, binding.action, key, binding.description))
        fit = fitted(hints.values(), self.size.width or app.size.width)
        return fit, tuple(b[1:] for b in bindings)

    def compose(self) -> ComposeResult:
        self._shown = None
        hidden: frozenset[str] = frozenset()
        if self._bindings_ready:
            self._shown = fit, _ = self._keys()
            compact, palette, hidden = fit
            self.set_reactive(TextualFooter.compact, compact)
            self.set_class(compact, "-compact", update=False)
            self.set_reactive(TextualFooter.show_command_palette, palette)
        for widget in super().compose():
            if isinstance(widget, FooterKey) and widget.action in hidden:
                continue
            yield widget
        for binding in self._app_keys():
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                tooltip=binding.tooltip,
            ).data_bind(compact=TextualFooter.compact)

    def _app_keys(self) -> list[Binding]:
        """The app's own keys shown under a modal window (a check-in, the content notes,
        the support card): Textual leaves them out of a modal's bindings, although Pause and
        Support, being priority keys, work there too."""
        if not self.screen.is_modal:
            return []
        shown = {b.action for _, b, _, _ in self.screen.active_bindings.values()}
        # A window that is itself what an app key opens lists it as doing nothing there
        # (the pause window: "^g Pause" under it pauses nothing).
        shown |= getattr(self.screen, "APP_KEYS_NOT_HERE", frozenset())
        keys: dict[str, Binding] = {}  # one per action ("ctrl+g,f2" is two bindings)
        for bindings in self.app._bindings.key_to_bindings.values():
            for binding in bindings:
                if binding.show and binding.priority and binding.action not in shown:
                    keys.setdefault(binding.action, binding)
        return list(keys.values())

    def on_resize(self, event: events.Resize) -> None:
        if self.is_attached and self._bindings_ready and not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild_if_changed)

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
