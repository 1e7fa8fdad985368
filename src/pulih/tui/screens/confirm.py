"""Yes/no questions: saving, exporting, deleting everything. Keyboard only, Enter = the default."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from pulih.core.files.paths import shown
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.hanging import HangingText
from pulih.tui.widgets import say_more_below

if TYPE_CHECKING:
    from pulih.core.mapplan.merge import Choice  # a Literal: merge itself is not loaded


class ConfirmScreen(ModalScreen[bool]):
    """A question with y (yes) and n (no). Enter gives ``default``; Escape and b mean no."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="pulih.confirm_yes"),
        Binding("n", "answer(False)", "No", id="pulih.confirm_no"),
        Binding("b", "answer(False)", "No", show=False, id="pulih.confirm_back"),
        Binding("escape", "answer(False)", "No", show=False, id="pulih.confirm_escape"),
        Binding("enter", "default", "Default", show=False, id="pulih.confirm_default"),
        # q quits from here too (the app's own q does not reach a dialog): it asks first
        Binding("q", "app.request_quit", "Quit", show=False, id="pulih.confirm_quit"),
    ]

    def __init__(
        self,
        lang: Lang,
        question: str,
        details: str,
        yes: str,
        no: str,
        *,
        default: bool = False,
    ) -> None:
        super().__init__()
        self.lang = lang
        self.question, self.details = question, details
        self.yes, self.no = yes, no
        self.default = default
        self.lead = ""  # above the question: what the person should know first
        self.badge = ""  # in the top border: a demo's "rehearsal, nothing is written"

    def compose(self) -> ComposeResult:
        chosen = self.yes if self.default else self.no
        with VerticalScroll(classes="dialog") as dialog:
            dialog.border_title = self.badge
            if self.lead:
                yield Static(self.lead, id="confirm-lead", classes="emphasis")
            yield Static(self.question, classes="title")
            if self.details:
                yield HangingText(self.details, id="confirm-details")
            yield Static(f"{self.yes}    {self.no}", classes="emphasis")
            enter = t("save.default", self.lang, choice=chosen.split(":", 1)[-1].strip())
            yield Static(f"{enter} · {t('dialog.help_now', self.lang)}", classes="muted")

    def on_mount(self) -> None:
        say_more_below(self.query_one(VerticalScroll), self.lang)
        # a question is read whole: older notices (saved, recorded...) do not sit over it
        self.app.clear_notifications()

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    def action_default(self) -> None:
        self.dismiss(self.default)


def save_question(
    lang: Lang, saved_before: bool, consent: str, what: str = "save.question"
) -> ConfirmScreen:
    """Consent to save (a result, or with ``what`` the safety plan); ``consent`` says what is
    kept and who can open it (core.store.consent). The first time, Enter means no."""
    return ConfirmScreen(
        lang,
        t(what, lang),
        consent,
        t("save.yes", lang),
        t("save.no", lang),
        default=saved_before,
    )


def forget_question(lang: Lang, files: list[str]) -> ConfirmScreen:
    listing = "\n".join(f"  {name}" for name in files)
    return ConfirmScreen(
        lang,
        t("forget.title", lang),
        f"{t('forget.question', lang)}\n{listing}",
        t("forget.yes", lang),
        t("forget.no", lang),
    )


class ExportQuestion(ConfirmScreen):
    """Write a note to :attr:`path` (shown in full)? ``c`` lets the person choose another
    folder or file name; y/Enter writes, n/Escape does not. Says who can open the note and
    whether ``forget`` will know it (only a saved result's notes are recorded)."""

    BINDINGS = [
        *ConfirmScreen.BINDINGS,
        Binding("c", "choose", "Choose where", id="pulih.export_choose"),
    ]

    def __init__(self, lang: Lang, path: Path, tracked: bool = False) -> None:
        self.path = path
        self.tracked = tracked
        super().__init__(
            lang,
            t("export.question", lang),
            self._details(lang),
            t("save.yes", lang),
            t("save.no", lang),
            default=True,
        )

    def _details(self, lang: Lang) -> str:
        about = t("export.tracked" if self.tracked else "export.untracked", lang)
        return "\n".join(
            [
                shown(self.path),
                t("export.change", lang),
                "",
                f"{t('export.private', lang)} {about}",
            ]
        )

    def action_choose(self) -> None:
        from pulih.tui.screens.supportmap import TextScreen  # only when c is pressed

        def chosen(value: str | None) -> None:
            from pulih.core.report.export import chosen_place  # as above

            place = chosen_place(value or "", self.path)
            if place is None:
                return
            self.path = place
            self.details = self._details(self.lang)
            self.query_one("#confirm-details", HangingText).update(self.details)

        prompt = t("export.where_prompt", self.lang)
        self.app.push_screen(TextScreen(self.lang, prompt, str(self.path)), callback=chosen)


def export_question(lang: Lang, path: Path, tracked: bool = False) -> ExportQuestion:
    return ExportQuestion(lang, path, tracked)


class ChoiceScreen(ModalScreen["Choice"]):
    """One part changed here and in another window, differently: both versions, then 1 (keep
    this one), 2 (keep the saved one) or 3 (keep both). Escape and b cancel: nothing is saved."""

    BINDINGS = [
        Binding("1", "choose('mine')", "Keep this one", id="pulih.choice_mine"),
        Binding("2", "choose('theirs')", "Keep the saved one", id="pulih.choice_theirs"),
        Binding("3", "choose('both')", "Keep both", id="pulih.choice_both"),
        Binding("b", "cancel", "Cancel", show=False, id="pulih.choice_back"),
        Binding("escape", "cancel", "Cancel", show=False, id="pulih.choice_escape"),
        Binding("q", "app.request_quit", "Quit", show=False, id="pulih.choice_quit"),
    ]

    def __init__(self, lang: Lang, lead: str, part: str, mine: str, theirs: str) -> None:
        super().__init__()
        self.lang, self.lead, self.part = lang, lead, part
        self.mine, self.theirs = mine, theirs

    def compose(self) -> ComposeResult:
        lang = self.lang
        empty = t("merge.removed", lang)
        with VerticalScroll(classes="dialog"):
            yield Static(self.lead, id="choice-lead", classes="emphasis")
            yield Static(self.part, classes="title")
            yield HangingText(
                "\n".join(
                    [
                        f"{t('merge.mine', lang)}: {self.mine or empty}",
                        f"{t('merge.theirs', lang)}: {self.theirs or empty}",
                    ]
                ),
                id="choice-versions",
            )
            yield Static(
                "    ".join(
                    [
                        f"1: {t('merge.keep_mine', lang)}",
                        f"2: {t('merge.keep_theirs', lang)}",
                        f"3: {t('merge.keep_both', lang)}",
                    ]
                ),
                classes="emphasis",
            )
            yield Static(
                f"Esc: {t('merge.cancel_key', lang)} · {t('dialog.help_now', lang)}",
                classes="muted",
            )

    def on_mount(self) -> None:
        say_more_below(self.query_one(VerticalScroll), self.lang)
        self.app.clear_notifications()

    def action_choose(self, choice: Choice) -> None:
        self.dismiss(choice)

    def action_cancel(self) -> None:
        self.dismiss(None)
