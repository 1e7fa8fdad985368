"""About the questions: each questionnaire's source, licence and validation status."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.questionnaire.model import Questionnaire
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.widgets import KeyBar


class AboutScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "close", "Close", id="pulih.about_close"),
        Binding("b", "close", "Close", show=False, id="pulih.about_back"),
        Binding("escape", "close", "Close", show=False, id="pulih.about_escape"),
    ]

    def __init__(self, questionnaires: list[Questionnaire], lang: Lang) -> None:
        super().__init__()
        self.questionnaires = questionnaires
        self.lang = lang

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(id="about-body"):
            yield Static(t("results.source", lang), classes="title")
            for q in self.questionnaires:
                yield Static(
                    f"{q.title(lang)} ({t('about.version', lang, version=q.version)})",
                    classes="section",
                )
                yield Static(q.validation_note(lang), classes="emphasis")
                source, licence, credit = q.about(lang)
                yield Static(source)
                yield Static(licence, classes="muted")
                if credit:
                    yield Static(credit, classes="muted")
        yield KeyBar((("Enter", "key.close"),), lang)

    def on_mount(self) -> None:
        self.query_one("#about-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)
