"""Results: strengths first, a bar per type with its number and band word, then what could grow."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Digits, Static

from pulih.core.questionnaire.model import Questionnaire
from pulih.core.report.charts import glance_lines
from pulih.core.report.view import ResultView, TypeLine, bar
from pulih.core.store.record import SavedResult
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.screens.about import AboutScreen
from pulih.tui.screens.crisis import referral_panel
from pulih.tui.widgets import KeyBar, KeyHint


def type_block(line: TypeLine, *, step: bool, lang: Lang) -> Text:
    """One support type: name, then bar, number and band word, then the plain sentence."""
    text = Text()
    text.append(line.name + "\n", style="bold")
    number = "  –" if line.score is None else f"{line.score:>3}"
    text.append(f"{bar(line.score)} {number}  ")
    text.append(line.band_label + "\n", style="bold")
    text.append(line.statement)
    if step and line.next_step:
        text.append("\n→ " + t("results.next_step", lang, step=line.next_step))
    return text


class ResultsScreen(Screen[None]):
    """The results of this reflection. Nothing here is saved."""

    BINDINGS = [
        Binding("enter", "suggestions", "Suggestions", id="pulih.suggestions"),
        Binding("s", "app.save", "Save", id="pulih.save"),
        Binding("e", "app.export", "Export", id="pulih.export"),
        Binding("a", "about", "About", id="pulih.about"),
        Binding("i", "app.learn", "Learn", id="pulih.results_learn"),
        Binding("m", "app.map", "Support map", id="pulih.results_map"),
        Binding("l", "app.my_steps", "My steps", id="pulih.results_steps"),
        Binding("r", "app.history", "History", id="pulih.results_history"),
        Binding("d", "app.data", "Your data", id="pulih.results_data"),
        Binding("w", "app.start_over", "Start over", id="pulih.results_start_over"),
        Binding("b", "back", "Back", show=False, id="pulih.results_back"),
        Binding("escape", "back", "Back", show=False, id="pulih.results_back_escape"),
    ]

    def __init__(
        self,
        view: ResultView,
        questionnaires: list[Questionnaire],
        saved_on: str | None = None,
    ) -> None:
        """``saved_on`` is the date of a past result opened from the history (read only)."""
        super().__init__()
        self.view = view
        self.questionnaires = questionnaires
        self.saved_on = saved_on
        self.saved: SavedResult | None = None  # set when opened from the history
        self.check_in: str = ""  # "Cek langkah: ..." of a saved result with chosen steps

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (self.saved_on is not None and action == "save")

    def compose(self) -> ComposeResult:
        view, lang = self.view, self.view.lang
        with VerticalScroll(id="results-body"):
            yield Static(t("results.title", lang), classes="title")
            if self.saved_on:
                yield Static(t("history.saved_on", lang, date=self.saved_on), classes="muted")
            if self.check_in:
                yield Static(self.check_in, id="results-check-in", classes="muted")
            yield Static(t("results.not_diagnosis", lang), classes="emphasis")
            panel = referral_panel(view)
            urgent = view.referral_level in ("strong", "urgent")
            if panel is not None and urgent:  # safety before scores
                panel.id = "referral"
                yield panel
            # all four types at a glance, above the fold even at 60x20; big digits when wide
            yield Static(self._glance(60), id="glance")
            yield from self._big_scores()
            yield Static(t("results.not_validated", lang), id="not-validated", classes="muted")
            if panel is not None and not urgent:
                panel.id = "referral"
                yield panel
            yield Static(t("results.strengths", lang), classes="section")
            if not view.strengths:
                yield Static(t("results.no_strengths", lang))
            for line in view.strengths:
                yield Static(type_block(line, step=False, lang=lang), classes="type-block")
            if view.to_strengthen:
                yield Static(t("results.strengthen", lang), classes="section")
                for line in view.to_strengthen:
                    yield Static(type_block(line, step=True, lang=lang), classes="type-block")
            yield Static(view.overall, classes="section")
            if view.distress:
                yield Static(view.distress)
            if view.referral_level == "none":
                yield Static(view.referral)
            yield Static(t("results.recheck", lang), classes="muted")
        hints: tuple[KeyHint, ...]
        if self.saved_on:
            hints = (
                ("b", "key.back"),
                ("e", "key.export"),
                ("r", "key.history"),
                ("d", "data.title"),
                ("w", "key.start_over"),
                ("a", "key.about"),
            )
            if self.check_in:
                hints = (*hints, ("l", "steps.key.open"))
        else:
            hints = (
                ("Enter", "results.see_suggestions"),
                ("s", "key.save"),
                ("e", "key.export"),
                ("m", "key.map"),
                ("i", "key.learn"),
                ("r", "key.history"),
                ("d", "data.title"),
                ("w", "key.start_over"),
                ("a", "key.about"),
            )
        yield KeyBar(hints, lang)

    def _big_scores(self) -> ComposeResult:
        """On wide terminals (projectors), each type's score in big digits, with its band word."""
        lines = self.view.strengths + self.view.to_strengthen
        with Horizontal(id="big-scores"):
            for line in lines:  # strengths first, as below
                with Vertical(classes="big-score"):
                    yield Static(line.name, classes="emphasis")
                    yield Digits("–" if line.score is None else str(line.score))
                    yield Static(line.band_label)

    def _glance(self, width: int) -> str:
        lines = self.view.strengths + self.view.to_strengthen
        return "\n".join(glance_lines(lines, self.view.lang, width))

    def on_resize(self) -> None:
        width = self.query_one("#results-body").content_size.width
        if width:
            self.query_one("#glance", Static).update(self._glance(width))

    def on_mount(self) -> None:
        self.query_one("#results-body").focus()

    async def action_suggestions(self) -> None:
        await self.app.run_action("suggestions")

    async def action_back(self) -> None:
        """A past result goes back to the history; this run's result back to the start
        (the app asks first when the result is not saved)."""
        if self.saved_on is not None:
            self.dismiss(None)
        else:
            await self.app.run_action("start_over")

    def action_about(self) -> None:
        self.app.push_screen(AboutScreen(self.questionnaires, self.view.lang))
