"""Suggestions: the referral panel on top, then matched help, each with why and how to reach it.

After a crisis (a safety item endorsed, or a strong or urgent referral) the person has seen the
full crisis panel already, so here the routes shrink to one line and ``h`` opens them again: the
suggestions themselves start on the first screen, even at 60x20."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from pulih.core.directory.matching import Suggestion
from pulih.core.report.view import ResultView, crisis_one_line, suggestion_lines, suggestions_lead
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.hanging import SuggestionEntry
from pulih.tui.screens.crisis import referral_panel
from pulih.tui.widgets import KeyBar, KeyHint

if TYPE_CHECKING:
    from pulih.core.store.record import SavedResult


def suggestion_text(
    suggestion: Suggestion, number: int, lang: Lang, view: ResultView, mine: bool = False
) -> Text:
    first, reasons, *rest = suggestion_lines(suggestion, lang, view.today)
    text = Text()
    text.append(f"{number}. {first}\n", style="bold")
    if mine:  # right under the step's name, with how to take the mark back
        text.append(f"  ✓ {t('suggest.mine', lang)}", style="bold reverse")
        text.append(f" · {t('suggest.unmark', lang, number=number)}\n", style="bold")
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
        Binding("p", "app.plan", "Safety plan", id="pulih.suggestions_plan"),
        Binding("i", "app.learn", "Learn", id="pulih.suggestions_learn"),
        Binding("r", "app.history", "History", id="pulih.suggestions_history"),
        Binding("d", "app.data", "Your data", id="pulih.suggestions_data"),
        Binding("w", "app.start_over", "Start over", id="pulih.suggestions_start_over"),
        Binding("l", "app.my_steps", "My steps", id="pulih.suggestions_my_steps"),
        Binding("b", "close", "Back", id="pulih.suggestions_back"),
        Binding("left", "close", "Back", show=False, id="pulih.suggestions_back_arrow"),
        Binding("escape", "close", "Back", show=False, id="pulih.suggestions_back_escape"),
    ]

    def __init__(
        self, view: ResultView, steps: tuple[str, ...] = (), saved: SavedResult | None = None
    ) -> None:
        """``steps`` are the ids the person chose as next steps (marked ✓); ``saved``: the
        saved result these suggestions belong to, when opened from the history (a step marked
        here is kept with that result)."""
        super().__init__()
        self.view = view
        self.steps = steps
        self.saved = saved

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="suggestions-body"):
            yield from self._parts()
        yield KeyBar(self._hints(), self.view.lang)

    def _hints(self) -> tuple[KeyHint, ...]:
        """Once a step is marked, the first hint says the same digit takes the mark back."""
        return (
            ("1–9", "key.step_toggle" if self.steps else "key.next_step"),
            ("n", "suggest.keys_narrow"),
            ("m", "key.map"),
            ("p", "key.plan"),
            ("s", "key.save"),
            ("e", "key.export"),
            ("i", "key.learn"),
            ("r", "key.history"),
            ("d", "data.title"),
            ("w", "key.start_over"),
            ("b", "key.back"),
        )

    def _referral(self) -> Static | None:
        """The referral panel; after a crisis, its crisis routes in one line (``h``: all)."""
        view, lang = self.view, self.view.lang
        after_crisis = view.crisis_first or view.referral_level in ("strong", "urgent")
        if view.referral_level == "none" or not after_crisis:
            return referral_panel(view)
        panel = Text()
        panel.append(t("referral.title", lang) + "\n", style="bold")
        panel.append(view.referral + "\n")
        panel.append(crisis_one_line(view.routes, lang), style="bold")
        return Static(panel, id="suggestions-crisis", classes=f"referral -{view.referral_level}")

    def _parts(self) -> list[Widget]:
        view, lang = self.view, self.view.lang
        parts: list[Widget] = []
        panel = self._referral()
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
            parts.append(SuggestionEntry(text, classes="suggestion"))
        if view.referral_level == "none":
            parts.append(Static(view.referral, classes="muted"))
        return parts

    def on_mount(self) -> None:
        self.query_one("#suggestions-body").focus()

    async def show_view(self, view: ResultView, steps: tuple[str, ...] | None = None) -> None:
        """Redraw with new suggestions (after narrowing) or new chosen steps. A new choice of
        steps changes only the entries' marks, in place, so nothing moves."""
        if steps is not None and view is self.view:
            self.steps = steps
            self.query_one(KeyBar).set_hints(self._hints())
            entries = list(self.query(SuggestionEntry))
            for number, (entry, suggestion) in enumerate(
                zip(entries, view.suggestions, strict=False), 1
            ):
                mine = suggestion.resource.id in steps
                entry.update(suggestion_text(suggestion, number, view.lang, view, mine))
            return
        self.view = view
        if steps is not None:
            self.steps = steps
            self.query_one(KeyBar).set_hints(self._hints())
        body = self.query_one("#suggestions-body", VerticalScroll)
        await body.remove_children()
        await body.mount_all(self._parts())
        body.scroll_home(animate=False)

    async def action_step(self, number: int) -> None:
        """Mark (or unmark) a step: the mark shows on the entry at once, the entry is brought
        into view, and a one-line notice says what happened."""
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
            body = self.query_one("#suggestions-body")
            body.scroll_to_widget(entries[number - 1], animate=False, immediate=True)

    def action_close(self) -> None:
        self.dismiss(None)
