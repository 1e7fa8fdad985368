"""Screens laid over everything: the terminal is too small, and the presenter's blank screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

MIN_WIDTH, MIN_HEIGHT = 40, 12


class TooSmallScreen(Screen[None]):
    """One clear line instead of a broken layout; it goes away when the terminal grows."""

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Static(t("size.too_small", self.lang), id="too-small")


class BlankScreen(Screen[None]):
    """A blank screen for the presenter; z again (it toggles), Enter, Esc, b or . brings the
    app back (the facilitator's guide says z and Enter)."""

    BINDINGS = [
        Binding("enter", "close", "Back", id="pulih.unblank"),
        Binding("z", "close", "Back", show=False, id="pulih.unblank_z"),
        Binding("escape", "close", "Back", show=False, id="pulih.unblank_escape"),
        Binding("b", "close", "Back", show=False, id="pulih.unblank_b"),
        Binding("period", "close", "Back", show=False, id="pulih.unblank_period"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("", id="blank")

    def action_close(self) -> None:
        self.dismiss(None)
