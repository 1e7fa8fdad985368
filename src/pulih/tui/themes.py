"""pulih's themes. The only place with literal colours."""

from __future__ import annotations

from textual.theme import Theme

PULIH_DARK = Theme(
    name="pulih-dark",
    primary="#7FB8A4",
    secondary="#A7C4E5",
    accent="#F2C572",
    warning="#F2C572",
    error="#F28C82",
    success="#8FD18F",
    foreground="#E8E6E3",
    background="#161A1D",
    surface="#1E2428",
    panel="#263036",
    dark=True,
)

PULIH_LIGHT = Theme(
    name="pulih-light",
    primary="#2F6F5E",
    secondary="#34577F",
    accent="#8A5A00",
    warning="#8A5A00",
    error="#A3261B",
    success="#2E6B2E",
    foreground="#1B1F22",
    background="#FAF8F5",
    surface="#F0EEEA",
    panel="#E4E1DC",
    dark=False,
)

PULIH_HIGH_CONTRAST = Theme(
    name="pulih-high-contrast",
    primary="#FFD700",
    secondary="#FFFFFF",
    accent="#FFD700",
    warning="#FFD700",
    error="#FFD700",
    success="#FFFFFF",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#000000",
    boost="#FFFFFF",
    dark=True,
    text_alpha=1.0,
    variables={
        "border": "#FFFFFF",
        "border-blurred": "#FFFFFF",
        "block-cursor-background": "#FFD700",
        "block-cursor-foreground": "#000000",
        "block-cursor-text-style": "bold",
        "footer-key-foreground": "#FFD700",
    },
)

THEMES = (PULIH_DARK, PULIH_LIGHT, PULIH_HIGH_CONTRAST)
DEFAULT_THEME = PULIH_DARK.name
