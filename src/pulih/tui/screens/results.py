"""Results: strengths first, a bar per type with its number and band word, then what could grow."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.i18n import Lang
from pulih.core.questionnaire import Questionnaire
from pulih.core.report import ResultView, TypeLine, bar
from pulih.core.strings import t
from pulih.tui.screens.crisis import routes_text
from pulih.tui.widgets import KeyBar


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
        Binding("enter", "app.suggestions", "Suggestions", id="pulih.suggestions"),
        Binding("s", "app.suggestions", "Suggestions", show=False, id="pulih.suggestions_s"),
        Binding("a", "about", "About", id="pulih.about"),
    ]

    def __init__(self, view: ResultView, questionnaires: list[Questionnaire]) -> None:
        super().__init__()
        self.view = view
        self.questionnaires = questionnaires

    def compose(self) -> ComposeResult:
        view, lang = self.view, self.view.lang
        with VerticalScroll(id="results-body"):
            yield Static(t("results.title", lang), classes="title")
            yield Static(t("results.not_diagnosis", lang), classes="emphasis")
            if view.referral_level != "none":
                panel = Text()
                panel.append(t("referral.title", lang) + "\n", style="bold")
                panel.append(view.referral)
                if view.crisis_first:
                    panel.append("\n\n")
                    panel.append_text(routes_text(view.routes, lang))
                    panel.append(t("crisis.busy", lang))
                yield Static(panel, id="referral", classes=f"referral -{view.referral_level}")
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
        yield KeyBar((("Enter", "results.see_suggestions"), ("a", "results.source")), lang)

    def on_mount(self) -> None:
        self.query_one("#results-body").focus()

    def action_about(self) -> None:
        from pulih.tui.screens.about import AboutScreen

        self.app.push_screen(AboutScreen(self.questionnaires, self.view.lang))
