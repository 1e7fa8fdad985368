"""History: past reflections by date, then vs now per type, the check over time."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from pulih.core.questionnaire.model import Questionnaire
from pulih.core.report.history import (
    distress_labels,
    map_drawings,
    map_then_now,
    safety_over_time,
    score_chart,
)
from pulih.core.store.record import SavedResult
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.lists import JumpList
from pulih.tui.widgets import KeyBar, KeyHint


class ThenNow(Widget):
    """The pictures of the history, drawn for the width this widget has."""

    DEFAULT_CSS = """
    ThenNow {
        height: auto;
    }
    """

    def __init__(self, build: Callable[[int], Text], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.build = build

    def render(self) -> Text:
        return self.build(self.content_size.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.build(width).wrap(self.app.console, width))


class HistoryScreen(Screen[SavedResult | None]):
    """Dismisses with the result to open, or None to go back."""

    BINDINGS = [
        Binding("b", "back", "Back", id="pulih.history_back"),
        Binding("left", "back", "Back", show=False, id="pulih.history_back_arrow"),
        Binding("l", "steps", "My steps", id="pulih.history_steps"),
        Binding("escape", "back", "Back", show=False, id="pulih.history_back_escape"),
    ]

    def __init__(
        self,
        saved: list[SavedResult],
        reflection: Questionnaire,
        check: Questionnaire,
        lang: Lang,
    ) -> None:
        super().__init__()
        self.saved = saved
        self.reflection, self.check = reflection, check
        self.lang = lang

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(id="history-body"):
            yield Static(t("history.title", lang), classes="title")
            if not self.saved:
                yield Static(t("history.none", lang))
            else:
                yield ThenNow(self._then_now, id="history-trends")
                yield JumpList(*self._options(), id="history-list")
        hints: tuple[KeyHint, ...] = (("b", "key.back"),)  # nothing saved: nothing to open
        if self.saved:
            hints = (
                ("Enter", "history.open"),
                ("/", "key.jump"),
                ("l", "steps.key.open"),
                ("b", "key.back"),
            )
        yield KeyBar(hints, lang)

    def _then_now(self, width: int) -> Text:
        """Scores over time as a chart with dates; the check; the maps then and now."""
        lang = self.lang
        text = Text()
        text.append(t("history.chart", lang) + "\n", style="bold")
        text.append("\n".join(score_chart(self.saved, self.reflection, lang, width)) + "\n")
        labels = distress_labels(self.saved, self.check, lang)
        text.append(f"{t('history.distress', lang)}: " + " → ".join(labels[-4:]))
        safety = safety_over_time(self.saved, lang)
        if safety:
            text.append(f"\n{safety}")
        changes = map_then_now(self.saved, lang)
        if changes:
            text.append(f"\n{t('history.map', lang)}: " + " · ".join(changes))
        drawings = map_drawings(self.saved, lang, width)
        if drawings:
            text.append("\n\n" + "\n".join(drawings))
        return text

    def _options(self) -> list[Option]:
        names = {s.id: t(f"type.{s.id}", self.lang) for s in self.reflection.subscales}
        options = []
        for result in reversed(self.saved):
            scores = " · ".join(
                f"{names.get(k, k)} {'–' if v.score is None else v.score}"
                for k, v in result.results.support.by_type.items()
            )
            when = result.created.strftime("%Y-%m-%d %H:%M")
            options.append(Option(Text(f"{when}  {scores}"), id=str(result.id)))
        return options

    def on_mount(self) -> None:
        if self.saved:
            self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        chosen = next((r for r in self.saved if str(r.id) == event.option.id), None)
        self.dismiss(chosen)

    async def action_steps(self) -> None:
        """Langkah saya of the highlighted result (the app reads and shows them)."""
        if not self.saved:
            return
        listing = self.query_one(OptionList)
        index = listing.highlighted if listing.highlighted is not None else 0
        await self.app.run_action(f"my_steps({listing.get_option_at_index(index).id})")

    def action_back(self) -> None:
        self.dismiss(None)
