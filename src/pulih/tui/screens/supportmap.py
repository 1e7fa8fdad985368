"""Peta dukungan: people by nickname in three circles, the support each gives, and the gaps."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from pulih.core.i18n import Lang
from pulih.core.mapplan_text import circle_lines, gaps_line, grid_header, grid_row, name_width
from pulih.core.strings import t
from pulih.core.support_types import SUPPORT_TYPES
from pulih.core.supportmap import CIRCLES, SupportMap, Tie, clean_nickname
from pulih.tui.widgets import KeyBar


class TextScreen(ModalScreen[str | None]):
    """One line of text (a nickname, a part of the safety plan). Enter keeps it; F2 too."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", show=False, id="pulih.text_cancel"),
        Binding("f2", "keep", "Keep", id="pulih.text_keep"),
    ]

    def __init__(self, lang: Lang, prompt: str, value: str = "", max_length: int = 0) -> None:
        super().__init__()
        self.lang, self.prompt, self.value = lang, prompt, value
        self.max_length = max_length

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.prompt, classes="title")
            yield Input(self.value, max_length=self.max_length, id="text-input")
            yield Static(t("text.keys", self.lang), classes="muted")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_keep()

    def action_keep(self) -> None:
        self.dismiss(self.query_one(Input).value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class MapScreen(Screen[SupportMap]):
    """Dismisses with the map as it is when the person is done (b or Enter on "done")."""

    BINDINGS = [
        Binding("a", "add", "Add", id="pulih.map_add"),
        Binding("left", "move(-1)", "Closer", id="pulih.map_closer"),
        Binding("right", "move(1)", "Further", id="pulih.map_further"),
        *[Binding(str(n), f"give({n})", show=False, id=f"pulih.map_type{n}") for n in range(1, 5)],
        Binding("t", "stressful", "Stressful", id="pulih.map_stressful"),
        Binding("delete", "remove", "Remove", id="pulih.map_remove"),
        Binding("minus", "remove", "Remove", show=False, id="pulih.map_remove_minus"),
        Binding("b", "done", "Done", id="pulih.map_done"),
    ]

    def __init__(self, support_map: SupportMap, lang: Lang) -> None:
        super().__init__()
        self.support_map = support_map
        self.lang = lang
        self._rows: list[str] = []
        self._marked: int | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="map-body"):
            yield Static(t("map.title", self.lang), classes="title")
            yield Static(id="map-drawing")
            yield Static(id="map-head", classes="muted")
            yield OptionList(id="map-people")
            yield Static(id="map-gaps", classes="emphasis")
        hints = (
            ("a", "map.keys_add"),
            ("Enter", "map.keys_rename"),
            ("←→", "map.keys_circle"),
            ("1–4", "map.keys_types"),
            ("t", "map.keys_stress"),
            ("-", "map.keys_remove"),
            ("b", "map.keys_done"),
        )
        yield KeyBar(hints, self.lang)

    def on_mount(self) -> None:
        self._redraw()
        self.query_one(OptionList).focus()

    def _redraw(self) -> None:
        """Circles on top; below them the grid, whose rows are the people to pick and change."""
        lang, support_map = self.lang, self.support_map
        if support_map.ties:
            drawing = "\n".join(circle_lines(support_map, lang))
        else:
            drawing = f"{t('map.lead', lang)}\n\n{t('map.empty', lang)}"
        self.query_one("#map-drawing", Static).update(drawing)
        width = name_width(support_map, lang)
        head = self.query_one("#map-head", Static)
        head.update(f"  {grid_header(width, lang)}")
        head.display = bool(support_map.ties)
        self.query_one("#map-gaps", Static).update(gaps_line(support_map, lang))
        people = self.query_one(OptionList)
        highlighted = people.highlighted
        self._rows = [grid_row(tie, width) for tie in support_map.ties]
        people.set_options([Option(Text(f"  {row}")) for row in self._rows])
        self._marked = None
        if support_map.ties:
            people.highlighted = min(highlighted or 0, len(support_map.ties) - 1)
            self._mark(people.highlighted)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._mark(event.option_index)

    def _mark(self, index: int | None) -> None:
        """A › before the chosen row, so it reads without colour too."""
        people = self.query_one(OptionList)
        if self._marked is not None and self._marked < len(self._rows):
            people.replace_option_prompt_at_index(
                self._marked, Text(f"  {self._rows[self._marked]}")
            )
        if index is not None and index < len(self._rows):
            people.replace_option_prompt_at_index(index, Text(f"› {self._rows[index]}"))
        self._marked = index

    def _selected(self) -> int | None:
        index = self.query_one(OptionList).highlighted
        return index if index is not None and index < len(self.support_map.ties) else None

    @on(OptionList.OptionSelected)
    def _rename(self, event: OptionList.OptionSelected) -> None:
        """Enter on a row: change the nickname (an empty one keeps the old)."""
        index = event.option_index
        tie = self.support_map.ties[index]

        def named(name: str | None) -> None:
            nickname = clean_nickname(name or "")
            if nickname and nickname != tie.nickname:
                changed = Tie(nickname, tie.circle, tie.gives, tie.stressful)
                self.support_map = self.support_map.replaced(index, changed)
                self._redraw()

        prompt = t("map.ask_name", self.lang)
        screen = TextScreen(self.lang, prompt, tie.nickname, max_length=24)
        self.app.push_screen(screen, callback=named)

    def action_add(self) -> None:
        def named(name: str | None) -> None:
            nickname = clean_nickname(name or "")
            if nickname:
                self.support_map = self.support_map.added(Tie(nickname))
                self._redraw()
                self.query_one(OptionList).highlighted = len(self.support_map.ties) - 1

        prompt = t("map.ask_name", self.lang)
        self.app.push_screen(TextScreen(self.lang, prompt, max_length=24), callback=named)

    def _change(self, change: str, value: int = 0) -> None:
        index = self._selected()
        if index is None:
            return
        tie = self.support_map.ties[index]
        if change == "move":
            position = max(0, min(2, CIRCLES.index(tie.circle) + value))
            tie = Tie(tie.nickname, CIRCLES[position], tie.gives, tie.stressful)
        elif change == "give":
            tie = tie.with_type(SUPPORT_TYPES[value - 1])
        else:
            tie = Tie(tie.nickname, tie.circle, tie.gives, not tie.stressful)
        self.support_map = self.support_map.replaced(index, tie)
        self._redraw()

    def action_move(self, step: int) -> None:
        self._change("move", step)

    def action_give(self, number: int) -> None:
        self._change("give", number)

    def action_stressful(self) -> None:
        self._change("stressful")

    def action_remove(self) -> None:
        index = self._selected()
        if index is not None:
            self.support_map = self.support_map.removed(index)
            self._redraw()

    def action_done(self) -> None:
        self.dismiss(self.support_map)
