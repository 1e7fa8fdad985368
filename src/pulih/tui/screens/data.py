"""Your data: where pulih keeps things on this computer, and deleting all of it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.widgets import KeyBar


class DataScreen(Screen[None]):
    """Shows the folders and files; ``d`` asks to delete everything (the app does it)."""

    BINDINGS = [
        Binding("d", "app.forget", "Delete", id="pulih.forget"),
        Binding("b", "back", "Back", id="pulih.data_back"),
        Binding("left", "back", "Back", show=False, id="pulih.data_back_arrow"),
        Binding("escape", "back", "Back", show=False, id="pulih.data_back_escape"),
    ]

    def __init__(self, lang: Lang, places: list[tuple[str, list[str]]]) -> None:
        """``places``: (heading, lines) for the data, the cache and the exported notes
        (core.store.places)."""
        super().__init__()
        self.lang = lang
        self.places = places

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(id="data-body"):
            yield Static(t("where.title", lang), classes="title")
            yield Static(self._listing(), id="data-listing")
        yield KeyBar((("d", "key.forget"), ("b", "key.back")), lang)

    def _listing(self) -> str:
        lines = []
        for heading, entries in self.places:
            lines.append(heading)
            lines += [f"  {entry}" for entry in entries]
            lines.append("")
        return "\n".join(lines)

    def show_places(self, places: list[tuple[str, list[str]]]) -> None:
        self.places = places
        self.query_one("#data-listing", Static).update(self._listing())

    def action_back(self) -> None:
        self.dismiss(None)
