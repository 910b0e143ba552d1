"""Themes beyond Textual's own: a high-contrast one for low vision and bright rooms."""

from __future__ import annotations

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

THEMES = (CALM, HIGH_CONTRAST)
