"""Langkah saya: every open step of every saved result (issue 25), how it went, its check-in
date, and something else to try where a step did not help. Keys 1-4 record an outcome; n a short
note; Enter on a "Coba juga" suggestion takes it as a step.

The screen shows and asks; the app stores (``on_mark``, ``on_take``) and re-matches
(``others_for``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from rich.console import Group
from rich.padding import Padding
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


@dataclass(frozen=True)
class StepRow:
    """One step on the screen: which saved result it belongs to, and its check-in words."""

    result_id: int
    origin: str
    """"dari hasil #2 (2026-11-20)"."""
    check_in: str
    """"Cek langkah: dalam 7 hari, paling lambat …" (+ "sudah waktunya dicek" when due)."""


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
        on_mark: Callable[[int, str, Outcome, str], None] | None = None,
        others_for: Callable[[dict[tuple[int, str], StepOutcome]], list[Alternative]] | None = None,
        rows: list[StepRow] | None = None,
        on_take: Callable[[Alternative], tuple[StepView, StepRow] | None] | None = None,
    ) -> None:
        super().__init__()
        self.heading, self.views, self.check_in = heading, list(views), check_in
        self.rows = list(rows) if rows is not None else [StepRow(0, "", "") for _ in views]
        self.others, self.lang, self.today = others, lang, today
        self.on_mark, self.others_for, self.on_take = on_mark, others_for, on_take

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(id="steps-body"):
            yield Static(t("steps.title", lang), classes="title")
            yield Static(self.heading, classes="muted")
            if self.check_in and not any(row.check_in for row in self.rows):
                yield Static(self.check_in, id="steps-check-in", classes="emphasis")
            if not self.views:
                yield Static(t("steps.none_open", lang), id="steps-none")
            if self.views or self.others:
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
            *((("Enter", "steps.key.take"),) if self.others else ()),
            *((("/", "key.jump"),) if self.views else ()),
            ("b", "key.back"),
        )
        yield KeyBar(hints, lang)

    def _options(self) -> list[Option]:
        options = []
        for number, (view, row) in enumerate(zip(self.views, self.rows, strict=True), 1):
            outcome = view.outcome
            said = outcome_label(None if outcome is None else outcome.outcome, self.lang)
            body = Text(said)
            if outcome is not None:
                body.append(f" · {t('steps.updated', self.lang, date=outcome.updated)}")
            if row.origin:
                body.append(f" · {row.origin}")
            if row.check_in:
                body.append(f"\n{row.check_in}")
            if outcome is not None and outcome.note:
                body.append(printable(f'\n"{outcome.note}"'), style="italic")
            entry = _entry(f"{number}. {view.name}", body)
            options.append(Option(entry, id=f"step:{number - 1}"))
        for index, other in enumerate(self.others):
            body = Text(printable(other.reason))
            body.append(printable(f"\n{other.suggestion.reason_text()}"), style="italic")
            entry = _entry(f"+ {other.suggestion.resource.title(self.lang)}", body)
            options.append(Option(entry, id=f"take:{index}"))
        return options

    def _others_text(self) -> Text:
        """The heading of the suggestions in the list: what they are and how to take one."""
        text = Text()
        if not self.others:
            return text
        text.append(t("steps.another", self.lang), style="bold")
        text.append(" (+): " + t("steps.take_how", self.lang))
        return text

    def on_mount(self) -> None:
        if self.views or self.others:
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

    def _highlighted(self) -> tuple[str, int]:
        """("step", i) or ("take", i) for the highlighted option."""
        steps = self.query_one(OptionList)
        at = steps.highlighted if steps.highlighted is not None else 0
        option = steps.get_option_at_index(at) if steps.option_count else None
        if option is None or option.id is None:
            return ("", 0)
        kind, _, number = option.id.partition(":")
        return (kind, int(number))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_take()

    def action_take(self) -> None:
        """Enter on a "Coba juga" suggestion: it becomes a step of the result it replaces."""
        if isinstance(self.focused, Input) or not (self.views or self.others):
            return
        kind, index = self._highlighted()
        if kind != "take":
            if self.others:
                self.notify(t("steps.take_which", self.lang))
            return
        other = self.others[index]
        taken = self.on_take(other) if self.on_take is not None else None
        if taken is None:
            return
        view, row = taken
        self.views.append(view)
        self.rows.append(row)
        for said in self.query("#steps-none"):  # "no open steps" is no longer true
            said.remove()
        self.others = [o for o in self.others if o is not other]
        self._refresh_list(len(self.views) - 1)
        self.notify(t("steps.taken", self.lang, id=row.result_id, name=view.name))

    def _refresh_list(self, highlight: int) -> None:
        steps = self.query_one(OptionList)
        steps.clear_options()
        steps.add_options(self._options())
        if steps.option_count:
            steps.highlighted = min(highlight, steps.option_count - 1)
        self.query_one("#steps-others", Static).update(self._others_text())

    def action_mark(self, outcome: Outcome) -> None:
        if not self.views:
            return
        kind, index = self._highlighted()
        if kind != "step":
            self.notify(t("steps.mark_which", self.lang))
            return
        field = self.query_one(Input)
        try:
            note = clean_note(field.value)
        except StepInputError as error:
            self.notify(error.message(self.lang), severity="warning")
            return
        view, row = self.views[index], self.rows[index]
        if not note and view.outcome is not None:
            note = view.outcome.note  # a new outcome keeps the note unless one is typed
        self.views[index] = replace(view, outcome=StepOutcome(view.id, outcome, note, self.today))
        field.value = ""
        if self.on_mark is not None:
            self.on_mark(row.result_id, view.id, outcome, note)
        if self.others_for is not None:
            outcomes = {
                (r.result_id, v.id): v.outcome
                for v, r in zip(self.views, self.rows, strict=True)
                if v.outcome is not None
            }
            self.others = self.others_for(outcomes)
        self._refresh_list(index)
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


def _entry(head: str, body: Text) -> Group:
    """One row of the list: its name in bold, then what is said about it indented under it,
    wrapped lines too (a plain "\n   " lost the indent when a line wrapped at 60 columns)."""
    return Group(Text(printable(head), style="bold"), Padding(body, (0, 0, 0, 3)))
