"""Suggestions: the referral panel on top, then matched help, each with why and how to reach it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.i18n import Lang
from pulih.core.matching import Suggestion
from pulih.core.report import ResultView, suggestion_lines
from pulih.core.strings import t
from pulih.tui.screens.crisis import routes_text
from pulih.tui.widgets import KeyBar


def suggestion_text(suggestion: Suggestion, number: int, lang: Lang, view: ResultView) -> Text:
    first, reasons, *rest = suggestion_lines(suggestion, lang, view.today)
    text = Text()
    text.append(f"{number}. {first}\n", style="bold")
    text.append(f"  → {reasons.strip()}\n", style="italic")
    text.append("\n".join(rest))
    return text


class SuggestionsScreen(Screen[None]):
    """Matched help. ``n`` narrows by region, way of contact, cost and interests."""

    BINDINGS = [
        Binding("n", "app.narrow", "Narrow", id="pulih.narrow"),
        Binding("b", "close", "Back", id="pulih.suggestions_back"),
        Binding("left", "close", "Back", show=False, id="pulih.suggestions_back_arrow"),
    ]

    def __init__(self, view: ResultView) -> None:
        super().__init__()
        self.view = view

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="suggestions-body"):
            yield from self._parts()
        yield KeyBar((("n", "suggest.keys_narrow"), ("b", "key.back")), self.view.lang)

    def _parts(self) -> list[Static]:
        view, lang = self.view, self.view.lang
        parts = []
        if view.referral_level != "none":
            panel = Text()
            panel.append(t("referral.title", lang) + "\n", style="bold")
            panel.append(view.referral)
            if view.crisis_first:
                panel.append("\n\n")
                panel.append_text(routes_text(view.routes, lang))
            parts.append(Static(panel, classes=f"referral -{view.referral_level}"))
        parts.append(Static(t("suggest.title", lang), classes="title"))
        if not view.suggestions:
            parts.append(Static(t("suggest.none", lang)))
        for number, suggestion in enumerate(view.suggestions, 1):
            parts.append(
                Static(suggestion_text(suggestion, number, lang, view), classes="suggestion")
            )
        if view.referral_level == "none":
            parts.append(Static(view.referral, classes="muted"))
        return parts

    def on_mount(self) -> None:
        self.query_one("#suggestions-body").focus()

    async def show_view(self, view: ResultView) -> None:
        """Redraw with new suggestions (after narrowing)."""
        self.view = view
        body = self.query_one("#suggestions-body", VerticalScroll)
        await body.remove_children()
        await body.mount_all(self._parts())
        body.scroll_home(animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
