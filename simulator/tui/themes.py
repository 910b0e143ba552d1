"""The app's themes: a short curated set (calm dark, calm light, high contrast) rather than
Textual's whole catalogue. High contrast is really high: muted text is full white too, so no
descriptor or hint is dim grey on black."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="high-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffffff",
    warning="#ffaf00",
    error="#ff5f5f",
    success="#5fff5f",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1c1c1c",
    dark=True,
    variables={
        "text-muted": "#ffffff",
        "text-disabled": "#ffffff",
        "foreground-muted": "#ffffff",
        "footer-description-foreground": "#ffffff",
        "footer-key-foreground": "#ffff00",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#ffff00",
    },
)

CALM = Theme(
    name="calm",
    primary="#7aa2a8",
    secondary="#a89a7a",
    accent="#c9b79c",
    foreground="#e6e1da",
    background="#1f2326",
    surface="#262b2f",
    panel="#2e3438",
    dark=True,
)

CALM_LIGHT = Theme(
    name="calm-light",
    primary="#2f6a73",
    secondary="#6b5a35",
    accent="#7a5c2e",
    foreground="#1f2326",
    background="#f5f1ea",
    surface="#ebe5dc",
    panel="#e0d9cd",
    dark=False,
)

THEMES = (CALM, CALM_LIGHT, HIGH_CONTRAST)
#: What the theme picker shows, in this order.
THEME_LABELS = {
    "calm": "Calm (dark)",
    "calm-light": "Calm light",
    "high-contrast": "High contrast",
}


class ThemeChoices(Provider):
    """The command palette's theme picker, limited to the curated themes."""

    @property
    def choices(self) -> list[tuple[str, Callable[[], None]]]:
        def use(name: str) -> None:
            self.app.theme = name

        return [(label, partial(use, name)) for name, label in THEME_LABELS.items()]

    async def discover(self) -> Hits:
        for label, callback in self.choices:
            yield DiscoveryHit(label, callback)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, callback in self.choices:
            if (match := matcher.match(label)) > 0:
                yield Hit(match, matcher.highlight(label), callback)
