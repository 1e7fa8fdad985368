"""Small dialogs: quit with confirmation, and help (F1)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from pulih.core.i18n import Lang
from pulih.core.strings import t


class QuitScreen(ModalScreen[bool]):
    """Asks before quitting: y quits, n (or Escape) goes back."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="pulih.quit_yes"),
        Binding("n", "answer(False)", "No", id="pulih.quit_no"),
        Binding("escape", "answer(False)", "No", show=False, id="pulih.quit_escape"),
        Binding("q", "answer(True)", "Yes", show=False, id="pulih.quit_again"),
    ]

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("quit.question", self.lang), classes="title")
            yield Static(t("quit.note", self.lang))
            yield Static(f"{t('quit.yes', self.lang)}    {t('quit.no', self.lang)}")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class HelpScreen(ModalScreen[None]):
    """The keys and what pulih does with answers. Any of Enter, Escape, b or F1 closes it."""

    BINDINGS = [
        Binding("enter", "close", "Close", id="pulih.help_close"),
        Binding("escape", "close", "Close", show=False, id="pulih.help_escape"),
        Binding("b", "close", "Close", show=False, id="pulih.help_back"),
        Binding("f1", "close", "Close", show=False, id="pulih.help_f1"),
    ]

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(t("help.title", self.lang), classes="title")
            yield Static(t("help.body", self.lang))
            yield Static(f"Enter: {t('key.close', self.lang)}", classes="muted")

    def action_close(self) -> None:
        self.dismiss(None)
