"""Peta dukungan: people by nickname in three circles, the support each gives, and the gaps."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from pulih.core.mapplan.mapdraw import draw_map, legend, marks
from pulih.core.mapplan.mapplan_text import gaps_line, grid_header, grid_row, name_width
from pulih.core.mapplan.supportmap import CIRCLES, SupportMap, Tie, clean_nickname
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.lists import JumpList
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


class MapCanvas(Widget):
    """The drawn map (core.mapplan.mapdraw) at whatever size the screen gives it; the chosen tie is
    reversed and bold, so it reads without colour."""

    DEFAULT_CSS = """
    MapCanvas {
        height: 1fr;
        min-height: 7;
    }
    """

    def __init__(self, support_map: SupportMap, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.support_map, self.lang = support_map, lang
        self.selected: int | None = None
        self.centre_label: str | None = None

    def show(self, support_map: SupportMap, selected: int | None) -> None:
        self.support_map, self.selected = support_map, selected
        self.refresh()

    def render(self) -> Text:
        width, height = self.content_size.width, self.content_size.height
        drawing = draw_map(
            self.support_map,
            self.lang,
            width,
            height,
            selected=self.selected,
            centre_label=self.centre_label,
        )
        text = Text("\n".join(drawing.lines), no_wrap=True, overflow="crop")
        chosen = None if self.selected is None else drawing.placed_index(self.selected)
        if chosen is not None:
            start = sum(len(line) + 1 for line in drawing.lines[: chosen.row]) + chosen.col
            text.stylize("bold reverse", start, start + len(chosen.text))
        return text


class MapScreen(Screen[SupportMap]):
    """Dismisses with the map as it is when the person is done (b or Enter on "done").

    The map is drawn as rings; ``g`` switches to the table (one row per tie, for screen
    readers), and back. Both pick and change the same tie."""

    BINDINGS = [
        Binding("a", "add", "Add", id="pulih.map_add"),
        Binding("left", "move(-1)", "Closer", id="pulih.map_closer"),
        Binding("right", "move(1)", "Further", id="pulih.map_further"),
        *[Binding(str(n), f"give({n})", show=False, id=f"pulih.map_type{n}") for n in range(1, 5)],
        Binding("t", "stressful", "Stressful", id="pulih.map_stressful"),
        Binding("delete", "remove", "Remove", id="pulih.map_remove"),
        Binding("minus", "remove", "Remove", show=False, id="pulih.map_remove_minus"),
        Binding("b", "done", "Done", id="pulih.map_done"),
        Binding("escape", "done", "Done", show=False, id="pulih.map_done_escape"),
        Binding("g", "grid", "Table", id="pulih.map_grid"),
        Binding("up", "pick(-1)", "Previous", show=False, id="pulih.map_previous"),
        Binding("down", "pick(1)", "Next", show=False, id="pulih.map_next"),
        Binding("enter", "rename", "Rename", show=False, id="pulih.map_rename"),
    ]
    HINTS = (
        ("a", "map.keys_add"),
        ("g", "map.keys_grid"),
        ("Enter", "map.keys_rename"),
        ("←→", "map.keys_circle"),
        ("1–4", "map.keys_types"),
        ("t", "map.keys_stress"),
        ("-", "map.keys_remove"),
        ("b", "map.keys_done"),
    )
    ON_A_TIE = frozenset({"move", "give", "stressful", "remove", "rename"})
    """Actions that change the picked person: nothing to do while the map is empty."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action not in self.ON_A_TIE or bool(
            getattr(self, "support_map", None) and self.support_map.ties
        )

    def __init__(
        self, support_map: SupportMap, lang: Lang, *, grid: bool = False, centre: str | None = None
    ) -> None:
        """``centre`` names the person in the middle (a demo persona); "Anda"/"You" otherwise."""
        super().__init__()
        self.centre = centre
        self.support_map = support_map
        self.lang = lang
        self._rows: list[str] = []
        self.grid = grid
        self.index: int | None = 0 if support_map.ties else None

    def compose(self) -> ComposeResult:
        with Vertical(id="map-body"):
            yield Static(t("map.title", self.lang), classes="title")
            yield MapCanvas(self.support_map, self.lang, id="map-drawing")
            yield Static(id="map-detail")
            yield Static(legend(self.lang), id="map-legend", classes="muted")
            yield Static(id="map-head", classes="muted")
            yield JumpList(id="map-people")
            yield Static(id="map-gaps", classes="emphasis")
        yield KeyBar(self.HINTS, self.lang)

    def on_mount(self) -> None:
        self.query_one(MapCanvas).centre_label = self.centre
        self._redraw()
        self._show_view()

    def on_resize(self) -> None:
        width = self.query_one("#map-body").content_size.width
        self.query_one("#map-legend", Static).update(legend(self.lang, width))

    def _show_view(self) -> None:
        """The drawing, or the table in its place (``g``)."""
        for selector in ("#map-drawing", "#map-detail", "#map-legend"):
            self.query_one(selector).display = not self.grid
        self.query_one("#map-head").display = self.grid and bool(self.support_map.ties)
        people = self.query_one(OptionList)
        people.display = self.grid
        if self.grid:
            people.focus()
        else:
            self.set_focus(None)

    def _hints(self) -> None:
        """With nobody on the map yet, only the keys that do something: add, table, done."""
        hints = (
            self.HINTS
            if self.support_map.ties
            else tuple(hint for hint in self.HINTS if hint[0] in ("a", "g", "b"))
        )
        self.query_one(KeyBar).set_hints(hints)
        self.refresh_bindings()

    def _redraw(self) -> None:
        """The drawing and the table show the same map; the table's rows are the ties to pick."""
        self._hints()
        lang, support_map = self.lang, self.support_map
        if support_map.ties:
            self.index = min(self.index or 0, len(support_map.ties) - 1)
        else:
            self.index = None
        self.query_one(MapCanvas).show(support_map, self.index)
        self.query_one("#map-detail", Static).update(self._detail())
        width = name_width(support_map, lang)
        head = self.query_one("#map-head", Static)
        head.update(f"  {grid_header(width, lang)}")
        head.display = self.grid and bool(support_map.ties)
        self.query_one("#map-gaps", Static).update(gaps_line(support_map, lang))
        people = self.query_one(OptionList)
        self._rows = [grid_row(tie, width) for tie in support_map.ties]
        people.set_options([Option(Text(row)) for row in self._rows])
        if self.index is not None:
            people.highlighted = self.index

    def _detail(self) -> str:
        """The chosen tie in words under the drawing (its whole nickname, circle and support)."""
        lang = self.lang
        if self.index is None:
            return f"{t('map.lead', lang)}\n{t('map.empty', lang)}"
        tie = self.support_map.ties[self.index]
        gives = ", ".join(t(f"type.{k}", lang) for k in SUPPORT_TYPES if k in tie.gives)
        parts = [
            f"› {tie.nickname}",
            t(f"circle.{tie.circle}", lang),
            f"{marks(tie, lang)} {gives}" if gives else t("map.gives_nothing", lang),
        ]
        if tie.stressful:
            parts.append(f"! {t('map.stressful', lang)}")
        return " · ".join(parts)

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index is not None and event.option_index != self.index:
            self.index = event.option_index
            self.query_one(MapCanvas).show(self.support_map, self.index)
            self.query_one("#map-detail", Static).update(self._detail())

    def action_grid(self) -> None:
        self.grid = not self.grid
        self._show_view()

    def action_pick(self, step: int) -> None:
        """Up and down choose the tie in the drawing (the table does this itself)."""
        if self.index is None:
            return
        self.index = max(0, min(len(self.support_map.ties) - 1, self.index + step))
        self._redraw()

    def action_rename(self) -> None:
        if self.index is not None:
            self._rename_at(self.index)

    def _selected(self) -> int | None:
        index = self.index
        return index if index is not None and index < len(self.support_map.ties) else None

    @on(OptionList.OptionSelected)
    def _rename(self, event: OptionList.OptionSelected) -> None:
        """Enter on a row: change the nickname (an empty one keeps the old)."""
        self._rename_at(event.option_index)

    def _rename_at(self, index: int) -> None:
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
                self.index = len(self.support_map.ties) - 1
                self._redraw()

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
