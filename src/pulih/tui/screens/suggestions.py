"""Suggestions: the referral panel on top, then matched help, each with why and how to reach it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.directory.matching import Suggestion
from pulih.core.i18n import Lang
from pulih.core.report import ResultView, suggestion_lines, suggestions_lead
from pulih.core.strings import t
from pulih.tui.screens.crisis import referral_panel
from pulih.tui.widgets import KeyBar


def suggestion_text(
    suggestion: Suggestion, number: int, lang: Lang, view: ResultView, mine: bool = False
) -> Text:
    first, reasons, *rest = suggestion_lines(suggestion, lang, view.today)
    text = Text()
    text.append(f"{number}. {first}\n", style="bold")
    if mine:
        text.append(f"  ✓ {t('suggest.mine', lang)}\n", style="bold reverse")
    text.append(f"  → {reasons.strip()}\n", style="italic")
    text.append("\n".join(rest))
    return text


class SuggestionsScreen(Screen[None]):
    """Matched help. ``n`` narrows by region, way of contact, cost and interests."""

    BINDINGS = [
        *[
            Binding(str(n), f"step({n})", show=False, id=f"pulih.next_step{n}")
            for n in range(1, 10)
        ],
        Binding("n", "app.narrow", "Narrow", id="pulih.narrow"),
        Binding("m", "app.map", "Support map", id="pulih.suggestions_map"),
        Binding("s", "app.save", "Save", id="pulih.suggestions_save"),
        Binding("e", "app.export", "Export", id="pulih.suggestions_export"),
        Binding("b", "close", "Back", id="pulih.suggestions_back"),
        Binding("left", "close", "Back", show=False, id="pulih.suggestions_back_arrow"),
        Binding("escape", "close", "Back", show=False, id="pulih.suggestions_back_escape"),
    ]

    def __init__(self, view: ResultView, steps: tuple[str, ...] = ()) -> None:
        """``steps`` are the ids the person chose as next steps (marked ✓)."""
        super().__init__()
        self.view = view
        self.steps = steps

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="suggestions-body"):
            yield from self._parts()
        hints = (
            ("1–9", "key.next_step"),
            ("n", "suggest.keys_narrow"),
            ("m", "key.map"),
            ("s", "key.save"),
            ("e", "key.export"),
            ("b", "key.back"),
        )
        yield KeyBar(hints, self.view.lang)

    def _parts(self) -> list[Static]:
        view, lang = self.view, self.view.lang
        parts = []
        panel = referral_panel(view)
        if panel is not None:
            parts.append(panel)
        parts.append(Static(t("suggest.title", lang), classes="title"))
        parts += [Static(line, classes="muted") for line in suggestions_lead(view)]
        if not view.suggestions:
            parts.append(Static(t("suggest.none", lang)))
        later = False
        for number, suggestion in enumerate(view.suggestions, 1):
            if suggestion.later and not later:
                later = True
                parts.append(Static(t("suggest.later", lang), classes="title"))
            mine = suggestion.resource.id in self.steps
            text = suggestion_text(suggestion, number, lang, view, mine)
            parts.append(Static(text, classes="suggestion"))
        if view.referral_level == "none":
            parts.append(Static(view.referral, classes="muted"))
        return parts

    def on_mount(self) -> None:
        self.query_one("#suggestions-body").focus()

    async def show_view(self, view: ResultView, steps: tuple[str, ...] | None = None) -> None:
        """Redraw with new suggestions (after narrowing) or new chosen steps."""
        self.view = view
        if steps is not None:
            self.steps = steps
        body = self.query_one("#suggestions-body", VerticalScroll)
        position = body.scroll_y
        await body.remove_children()
        await body.mount_all(self._parts())
        if steps is not None:
            body.scroll_to(y=position, animate=False)
        else:
            body.scroll_home(animate=False)

    async def action_step(self, number: int) -> None:
        """Mark (or unmark) a step: the mark shows on the entry, brought into view, and a
        one-line notice says what happened."""
        lang = self.view.lang
        if number > len(self.view.suggestions):
            self.notify(t("step.no_such", lang, number=number), timeout=4)
            return
        resource = self.view.suggestions[number - 1].resource
        await self.app.run_action(f"toggle_step('{resource.id}')")
        marked = resource.id in self.steps
        key = "step.marked" if marked else "step.unmarked"
        self.notify(t(key, lang, number=number), timeout=4)
        entries = list(self.query(".suggestion"))
        if number <= len(entries):
            self.query_one("#suggestions-body").scroll_to_widget(entries[number - 1], animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
