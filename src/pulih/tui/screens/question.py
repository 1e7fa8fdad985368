"""One statement at a time: progress, the support type, the options, and the chosen answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.visual import visualize
from textual.widgets import Static

from pulih.core.questionnaire.model import Item, Option, Questionnaire
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.widgets import KeyBar

if TYPE_CHECKING:
    from textual.css.styles import RulesMap

Sequence = Callable[[dict[str, int]], list[Item]]
"""Which items to ask given the answers so far (the check adds the "right now" question)."""
Interrupt = Callable[[Item, int | None, dict[str, int]], Screen[None] | None]
"""A screen to show at once after an answer (the safety panels), or None."""


# Parts with a fixed height in pulih.tcss: updating them needs no new layout.
FIXED_HEIGHT = frozenset({"#question-progress", "#question-statement", "#question-options"})


class QuestionScreen(Screen[dict[str, int] | None]):
    """Asks a questionnaire. Dismisses with the answers, or None when the person backs out."""

    BINDINGS = [
        *[Binding(str(n), f"answer({n})", show=False, id=f"pulih.answer{n}") for n in range(1, 10)],
        Binding("0", "skip", "Skip", id="pulih.skip"),
        Binding("b", "back", "Back", id="pulih.back"),
        Binding("escape", "back", "Back", show=False, id="pulih.back_escape"),
        Binding("left", "back", "Back", show=False, id="pulih.back_arrow"),
        Binding("up", "move(-1)", show=False, id="pulih.up"),
        Binding("down", "move(1)", show=False, id="pulih.down"),
        Binding("enter", "choose", show=False, id="pulih.choose"),
    ]

    def __init__(
        self,
        questionnaire: Questionnaire,
        lang: Lang,
        answers: dict[str, int] | None = None,
        *,
        sequence: Sequence | None = None,
        interrupt: Interrupt | None = None,
        start_at_end: bool = False,
        suggested: dict[str, int] | None = None,
        persona: str = "",
    ) -> None:
        """``suggested`` (demo) are a persona's answers: the cursor starts on them and a line
        says so, while the presenter still presses the keys."""
        super().__init__()
        self.questionnaire = questionnaire
        self.lang = lang
        self.answers: dict[str, int] = dict(answers or {})
        self._sequence = sequence or (lambda _answers: list(questionnaire.items))
        self._interrupt = interrupt
        self.index = max(len(self.items) - 1, 0) if start_at_end else 0
        self.cursor: int | None = None
        self._shown: dict[str, str | Text] = {}
        self.suggested = suggested
        self.persona = persona
        self._parts: dict[str, Static] = {}
        self._keybar: KeyBar | None = None
        self._hints_for = -1

    @property
    def items(self) -> list[Item]:
        return self._sequence(self.answers)

    @property
    def item(self) -> Item:
        return self.items[self.index]

    def compose(self) -> ComposeResult:
        # scrolls only on the smallest terminals, where the options are kept in view (show())
        with VerticalScroll(id="question-body", can_focus=False):
            yield Static(id="question-progress")
            yield Static(id="question-type", classes="muted")
            yield Static(id="question-prompt", classes="muted")
            yield Static(id="question-statement")
            yield Static(id="question-options")
            if self.suggested is not None:
                yield Static(id="question-demo", classes="muted")
        yield KeyBar((), self.lang)

    def on_mount(self) -> None:
        # looked up once: a DOM query per part and key is a tenth of a statement's key-to-paint
        self._parts = {f"#{w.id}": w for w in self.query(Static) if w.id}
        self._keybar = self.query_one(KeyBar)
        self.show()

    def _options(self) -> list[Option]:
        return self.questionnaire.options_for(self.item)

    def show(self) -> None:
        """Draw the current statement, touching only what changed (key-to-paint stays fast)."""
        q, lang = self.questionnaire, self.lang
        items = self.items
        item = items[self.index]
        options = q.options_for(item)
        if self.suggested is not None:
            self._suggest(item)
        width = 20
        filled = round((self.index + 1) / len(items) * width)  # full on the last statement
        progress = Text()
        if self.app.size.width >= 52:  # narrower, the bar and the count keep their one row
            progress.append(f"{q.title(lang)}  ", style="bold")
        progress.append("█" * filled + "░" * (width - filled))
        progress.append("  " + t("question.progress", lang, n=self.index + 1, total=len(items)))
        subscale = q.subscale_by_id[item.subscale]
        prompt = q.prompt(lang) if q.prompt and item.options is None else ""
        self._set("#question-progress", progress)
        self._set("#question-type", f"{subscale.name(lang)}: {subscale.description(lang)}")
        self._set("#question-prompt", prompt)
        self._set("#question-statement", item.text(lang))
        self._set("#question-options", self._options_text(item, options))
        if self.has_class("-tiny"):  # no room for everything: the options and statement win
            self.call_after_refresh(self._options_in_view)
        if len(options) != self._hints_for and self._keybar is not None:
            self._hints_for = len(options)
            self._keybar.set_hints(
                ((f"1–{len(options)}", "key.answer"), ("0", "key.skip"), ("b", "key.back"))
            )

    def on_resize(self) -> None:
        if self.has_class("-tiny"):
            self.call_after_refresh(self._options_in_view)

    def _options_in_view(self) -> None:
        body = self.query_one("#question-body", VerticalScroll)
        body.scroll_to_widget(self._parts["#question-options"], animate=False, top=False)

    def _suggest(self, item: Item) -> None:
        """Demo: put the cursor on the persona's answer and say what they choose."""
        assert self.suggested is not None
        options = self._options()
        value = self.suggested.get(item.id)
        values = [o.value for o in options]
        self.cursor = values.index(value) if value in values else len(options)
        if value in values:
            label = options[values.index(value)].label(self.lang)
            hint = t("demo.suggest", self.lang, name=self.persona, label=label)
        else:
            hint = t("demo.suggest_skip", self.lang, name=self.persona)
        self.query_one("#question-demo", Static).update(hint)

    def _set(self, selector: str, content: str | Text) -> None:
        """Update one part if its content changed; re-layout only when its height changes (a
        full layout is most of a key's cost: 3 ms of 4 when the support type's line changed)."""
        if self._shown.get(selector) == content:
            return
        before = self._shown.get(selector)
        self._shown[selector] = content
        widget = self._parts.get(selector) or self.query_one(selector, Static)
        lines = content.plain.count("\n") if isinstance(content, Text) else 0
        old_lines = before.plain.count("\n") if isinstance(before, Text) else 0
        fixed = selector in FIXED_HEIGHT and before is not None and lines == old_lines
        fixed = fixed and not self.has_class("-tiny")  # there the statement's height is auto
        widget.update(content, layout=not (fixed or self._same_height(widget, content)))

    @staticmethod
    def _same_height(widget: Static, content: str | Text) -> bool:
        """Whether ``content`` takes as many rows as the widget has now, measured the way
        Textual measures it (so a longer line from a partner's file still gets its rows)."""
        if not widget.display:  # hidden (the smallest terminals): shown again, it is laid out
            return True
        width, height = widget.content_size
        if not width:
            return False
        minimum = widget.styles.min_height  # the type's line keeps two rows (pulih.tcss)
        floor = int(minimum.value) if minimum is not None and minimum.is_cells else 0
        # the styles are the rules Textual measures with (as Widget.get_content_height passes
        # them), though its annotation names a plain mapping
        rules = cast("RulesMap", widget.styles)
        return max(visualize(widget, content).get_height(rules, width), floor) == height

    def _options_text(self, item: Item | None = None, options: list[Option] | None = None) -> Text:
        item = item or self.item
        options = options if options is not None else self.questionnaire.options_for(item)
        chosen = self.answers.get(item.id)
        text = Text()
        rows: list[tuple[str, str, int | None]] = [
            (str(n), o.label(self.lang), o.value) for n, o in enumerate(options, 1)
        ]
        rows.append(("0", self.questionnaire.skip_label(self.lang), None))
        for position, (key, label, value) in enumerate(rows):
            is_chosen = value is not None and value == chosen
            is_cursor = position == self.cursor
            marker = "▶" if is_chosen else ("›" if is_cursor else " ")
            style = "bold" if is_chosen else ""
            if is_cursor:
                style += " reverse"
            line = f" {marker} {key}  {label}"
            if is_chosen:
                line += f"   ← {t('question.chosen', self.lang)}"
            text.append(line + "\n", style=style.strip())
        return text

    def action_answer(self, number: int) -> None:
        options = self._options()
        if 1 <= number <= len(options):
            self._record(options[number - 1].value)

    def action_skip(self) -> None:
        self._record(None)

    def action_move(self, step: int) -> None:
        options = self._options()
        count = len(options) + 1
        if self.cursor is None:
            chosen = self.answers.get(self.item.id)
            values = [o.value for o in options]
            start = values.index(chosen) if chosen in values else (-1 if step > 0 else count)
            self.cursor = (start + step) % count
        else:
            self.cursor = (self.cursor + step) % count
        self._set("#question-options", self._options_text())

    def action_choose(self) -> None:
        if self.cursor is None:
            return
        options = self._options()
        self._record(options[self.cursor].value if self.cursor < len(options) else None)

    def action_back(self) -> None:
        if self.index == 0:
            self.dismiss(None)
            return
        self.index -= 1
        self.cursor = None
        self.show()

    def _record(self, value: int | None) -> None:
        item = self.item
        if value is None:
            self.answers.pop(item.id, None)
        else:
            self.answers[item.id] = value
        panel = self._interrupt(item, value, self.answers) if self._interrupt else None
        if panel is not None:
            self.app.push_screen(panel, callback=lambda _result: self._advance())
        else:
            self._advance()

    def _advance(self) -> None:
        self.cursor = None
        if self.index + 1 >= len(self.items):
            self.dismiss(dict(self.answers))
            return
        self.index += 1
        self.show()
