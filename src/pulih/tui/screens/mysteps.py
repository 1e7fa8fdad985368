"""Langkah saya: each chosen step of a saved result, how it went, the check-in date, and
something else to try where a step did not help. Keys 1-4 record an outcome; n a short note.

The screen shows and asks; the app stores (``on_mark``) and re-matches (``others_for``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from pulih.core.store.steps import (
    NOTE_MAX,
    Alternative,
    Outcome,
    StepInputError,
    StepOutcome,
    StepView,
    clean_note,
    outcome_label,
)
from pulih.core.text.i18n import Lang
from pulih.core.text.printable import printable
from pulih.core.text.strings import t
from pulih.tui.lists import WHILE_TYPING, JumpList
from pulih.tui.widgets import ALWAYS, KeyBar

KEYS: tuple[tuple[str, Outcome], ...] = (
    ("1", "done"),
    ("2", "tried"),
    ("3", "not_yet"),
    ("4", "not_helpful"),
)


class MyStepsScreen(Screen[None]):
    """Dismisses with None; every outcome was handed to ``on_mark`` as it was recorded."""

    BINDINGS = [
        *(
            Binding(key, f"mark('{outcome}')", outcome, id=f"pulih.steps_{outcome}")
            for key, outcome in KEYS
        ),
        Binding("n", "note", "Note", id="pulih.steps_note"),
        Binding("b", "back", "Back", id="pulih.steps_back"),
        Binding("escape", "back", "Back", show=False, id="pulih.steps_back_escape"),
    ]

    def __init__(
        self,
        heading: str,
        views: list[StepView],
        check_in: str,
        others: list[Alternative],
        lang: Lang,
        today: date,
        on_mark: Callable[[str, Outcome, str], None] | None = None,
        others_for: Callable[[dict[str, StepOutcome]], list[Alternative]] | None = None,
    ) -> None:
        super().__init__()
        self.heading, self.views, self.check_in = heading, list(views), check_in
        self.others, self.lang, self.today = others, lang, today
        self.on_mark, self.others_for = on_mark, others_for

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(id="steps-body"):
            yield Static(t("steps.title", lang), classes="title")
            yield Static(self.heading, classes="muted")
            if self.check_in:
                yield Static(self.check_in, id="steps-check-in", classes="emphasis")
            if not self.views:
                yield Static(t("steps.none_chosen", lang))
            else:
                yield JumpList(*self._options(), id="steps-list")
                yield Input(
                    placeholder=t("steps.note_placeholder", lang),
                    max_length=NOTE_MAX,
                    id="steps-note",
                )
            yield Static(self._others_text(), id="steps-others")
        hints = (
            *((key, f"steps.outcome.{outcome}") for key, outcome in KEYS),
            ("n", "steps.key.note"),
            *((("/", "key.jump"),) if self.views else ()),
            ("b", "key.back"),
        )
        yield KeyBar(hints, lang)

    def _options(self) -> list[Option]:
        options = []
        for number, view in enumerate(self.views, 1):
            outcome = view.outcome
            said = outcome_label(None if outcome is None else outcome.outcome, self.lang)
            text = Text(printable(f"{number}. {view.name}"), style="bold")
            text.append(f"\n   {said}")
            if outcome is not None:
                text.append(f" · {t('steps.updated', self.lang, date=outcome.updated)}")
                if outcome.note:
                    text.append(printable(f'\n   "{outcome.note}"'), style="italic")
            options.append(Option(text, id=view.id))
        return options

    def _others_text(self) -> Text:
        text = Text()
        if not self.others:
            return text
        text.append(t("steps.another", self.lang) + "\n", style="bold")
        for other in self.others:
            text.append(f"• {other.suggestion.resource.name}\n", style="bold")
            text.append(f"  {other.reason}\n  {other.suggestion.reason_text()}\n")
        return text

    def on_mount(self) -> None:
        if self.views:
            self.query_one(OptionList).focus()
        self._hints = self.query_one(KeyBar).hints

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(OptionList).focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """While the note is typed, letters and digits are text: the key bar says how to
        finish and names F9/F10 for crisis help and quick exit (a review found h, 1 and b
        typed into the note under a bar that still offered them as keys)."""
        if isinstance(event.widget, Input):
            typing = (("Enter", "key.typing_done"), ("Esc", "key.typing_cancel"), *WHILE_TYPING)
            self.query_one(KeyBar).set_hints(typing, always=False)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if isinstance(event.widget, Input):
            self.query_one(KeyBar).set_hints(self._hints[: -len(ALWAYS)])

    def action_note(self) -> None:
        if self.views:
            self.query_one(Input).focus()

    def action_mark(self, outcome: Outcome) -> None:
        if not self.views:
            return
        steps = self.query_one(OptionList)
        index = steps.highlighted if steps.highlighted is not None else 0
        field = self.query_one(Input)
        try:
            note = clean_note(field.value)
        except StepInputError as error:
            self.notify(error.message(self.lang), severity="warning")
            return
        view = self.views[index]
        if not note and view.outcome is not None:
            note = view.outcome.note  # a new outcome keeps the note unless one is typed
        self.views[index] = replace(view, outcome=StepOutcome(view.id, outcome, note, self.today))
        field.value = ""
        if self.on_mark is not None:
            self.on_mark(view.id, outcome, note)
        steps.clear_options()
        steps.add_options(self._options())
        steps.highlighted = index
        if self.others_for is not None:
            outcomes = {v.id: v.outcome for v in self.views if v.outcome is not None}
            self.others = self.others_for(outcomes)
            self.query_one("#steps-others", Static).update(self._others_text())
        name = view.name
        self.notify(
            t("steps.marked", self.lang, name=name, outcome=outcome_label(outcome, self.lang))
        )

    def action_back(self) -> None:
        if isinstance(self.focused, Input):  # Esc while typing cancels the note ("Batal")
            self.focused.value = ""
            self.query_one(OptionList).focus()
            return
        self.dismiss(None)
