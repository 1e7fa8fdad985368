"""Small dialogs: quit with confirmation, and help (F1)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.widgets import say_more_below


class QuitScreen(ModalScreen[str]):
    """Asks before quitting: y quits, n (or Escape) goes back; with an unsaved result,
    s saves first. Dismisses with "quit", "save" or "stay"."""

    BINDINGS = [
        Binding("y", "answer('quit')", "Yes", id="pulih.quit_yes"),
        Binding("n", "answer('stay')", "No", id="pulih.quit_no"),
        Binding("escape", "answer('stay')", "No", show=False, id="pulih.quit_escape"),
        Binding("q", "answer('quit')", "Yes", show=False, id="pulih.quit_again"),
        Binding("s", "answer('save')", "Save", show=False, id="pulih.quit_save"),
    ]

    def __init__(
        self, lang: Lang, offer_save: bool = False, saved: bool = False, consent: str = ""
    ) -> None:
        """``consent``: what saving keeps and who can open it, shown with the save choice."""
        super().__init__()
        self.lang = lang
        self.offer_save = offer_save
        self.saved = saved
        self.consent = consent

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(classes="dialog"):
            yield Static(t("quit.question", lang), classes="title")
            note = "quit.save_question" if self.offer_save else "quit.note"
            yield Static(t("quit.saved_note" if self.saved else note, lang))
            choices = [t("quit.yes", lang), t("quit.no", lang)]
            if self.offer_save:
                choices.insert(1, t("quit.save_and_quit", lang))
            yield Static("    ".join(choices))
            if self.offer_save and self.consent:
                yield Static(self.consent, classes="muted")

    def action_answer(self, answer: str) -> None:
        if answer == "save" and not self.offer_save:
            return
        self.dismiss(answer)


class HelpScreen(ModalScreen[None]):
    """The keys of the screen it was opened on (``keys`` and ``notes``, from tui/help_keys.py)
    and what pulih does with answers. Any of Enter, Escape, b or F1 closes it."""

    # here rather than in pulih.tcss, which another part of issue 15 reshapes
    DEFAULT_CSS = """
    HelpScreen #help-keys, HelpScreen .help-note { margin-top: 1; }
    """

    BINDINGS = [
        Binding("enter", "close", "Close", id="pulih.help_close"),
        Binding("escape", "close", "Close", show=False, id="pulih.help_escape"),
        Binding("b", "close", "Close", show=False, id="pulih.help_back"),
        Binding("f1", "close", "Close", show=False, id="pulih.help_f1"),
    ]

    def __init__(
        self,
        lang: Lang,
        keys: list[tuple[str, str]] | None = None,
        notes: list[str] | None = None,
    ) -> None:
        """``keys``: (key, what it does) in the person's language; without them, the general
        help text."""
        super().__init__()
        self.lang = lang
        self.keys = keys
        self.notes = notes or []

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Static(t("help.title", self.lang), classes="title")
            if self.keys is None:
                yield Static(t("help.body", self.lang), id="help-body")
            else:
                from pulih.tui.help_keys import help_table  # F1's only (not the quit question)

                yield Static(t("help.lead", self.lang))
                yield Static(help_table(self.keys), id="help-keys")
                for note in [*self.notes, t("help.privacy", self.lang)]:
                    yield Static(note, classes="help-note")
            yield Static(f"Enter: {t('key.close', self.lang)}", classes="muted")

    def on_mount(self) -> None:
        body = self.query_one(VerticalScroll)
        body.focus()  # so ↓ and PgDn scroll it
        say_more_below(body, self.lang)

    def action_close(self) -> None:
        self.dismiss(None)
