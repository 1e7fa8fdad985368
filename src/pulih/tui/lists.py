"""The one list every screen uses: a › before the highlighted option (so the cursor reads with
NO_COLOR and on a monochrome projector), and find-as-you-type after ``/``.

Why ``/`` and not plain letters: on every screen with a list, letters are keys (b back, n note,
a add, q quit...). After ``/`` every letter typed goes to the search until Enter or Esc ("hobi"
and "HIV" can be found), so crisis help and quick exit are F9 and F10 meanwhile, as in a text
box; the key bar shows what was typed and names them. The place list (place.py) keeps its own text box, where letters always search.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from pulih.tui.widgets import ALWAYS, KeyBar

MARKER = "›"
WHILE_TYPING = (("F9", "key.help_now"), ("F10", "key.quick_exit"), ("F1", "key.help"))
"""While a search is typed, h and x are letters: crisis help and quick exit are F9 and F10."""
GUTTER = 2  # "› " or "  "


def label_of(option: Option) -> str:
    """An option's words for matching: its text without leading marks ("▸", "[x]", "1.")."""
    prompt = option.prompt
    plain = prompt.plain if isinstance(prompt, Text) else str(prompt)
    words = plain.split()
    while words and not any(ch.isalnum() for ch in words[0]):
        words = words[1:]
    if words and words[0].rstrip(".").isdigit() and words[0].endswith("."):
        words = words[1:]
    return " ".join(words).casefold()


def find_option(options: list[Option], typed: str) -> int | None:
    """The first enabled option whose label starts with ``typed``, else the first that
    contains it (case does not matter); None when none does."""
    key = typed.strip().casefold()
    if not key:
        return None
    labels = [(i, label_of(o)) for i, o in enumerate(options) if not o.disabled]
    for index, label in labels:
        if label.startswith(key) or any(word.startswith(key) for word in label.split()):
            return index
    return next((index for index, label in labels if key in label), None)


class JumpList(OptionList):
    """An OptionList with the › marker and ``/`` to find. ``typed`` is the search so far
    (None when not searching)."""

    BINDINGS = [Binding("slash", "find", "Find", show=False, id="pulih.list_find")]

    def __init__(self, *content: Option, id: str | None = None) -> None:
        super().__init__(*content, id=id)
        self.typed: str | None = None
        self._hints_before: tuple[tuple[str, str], ...] | None = None

    # --- the marker: a gutter of two cells, "› " on the highlighted option's first line

    def _get_left_gutter_width(self) -> int:
        return GUTTER

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """OptionList measures an auto height without the gutter it draws rows beside: a row
        that wrapped only in the two cells of "› " lost its last line (the walk: My steps at
        60x20, "Cek langkah: dalam 7 hari, paling lambat" and no date)."""
        return super().get_content_height(container, viewport, width - GUTTER)

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        line = self.scroll_offset.y + y
        index, offset = self._lines[line] if line < len(self._lines) else (None, 0)
        highlighted = index is not None and index == self.highlighted and offset == 0
        if highlighted:
            style = self.get_visual_style("option-list--option", "option-list--option-highlighted")
        else:
            style = self.get_visual_style("option-list--option")
        gutter = Segment(f"{MARKER} " if highlighted else " " * GUTTER, style.rich_style)
        return Strip.join([Strip([gutter], GUTTER), strip])

    # --- find: "/" then letters

    def action_find(self) -> None:
        self.typed = ""
        self._show_typed()

    async def _on_key(self, event: events.Key) -> None:
        if self.typed is None:
            return
        if event.key == "escape":
            self._stop_finding()
        elif event.key == "backspace":
            self.typed = self.typed[:-1]
            self._jump()
        elif event.character and event.is_printable and event.key != "slash":
            self.typed += event.character
            self._jump()
        else:
            self._stop_finding()  # Enter, arrows and the rest act as usual
            return
        event.stop()
        event.prevent_default()

    def _jump(self) -> None:
        found = find_option(list(self.options), self.typed or "")
        if found is not None:
            self.highlighted = found
        self._show_typed(found is not None or not self.typed)

    def _stop_finding(self) -> None:
        self.typed = None
        bar = self._key_bar()
        if bar is not None and self._hints_before is not None:
            bar.set_hints(self._hints_before)
        self._hints_before = None

    def on_mount(self) -> None:
        # Another screen over this one (help now, F1) ends the search: back here, letters
        # are keys again.
        self.app.screen_change_signal.subscribe(self, self._screen_changed)

    def _screen_changed(self, screen: object) -> None:
        if self.typed is not None and screen is not self.screen:
            self._stop_finding()

    def on_blur(self) -> None:
        if self.typed is not None:
            self._stop_finding()

    def _key_bar(self) -> KeyBar | None:
        bars = list(self.screen.query(KeyBar))
        if not bars:
            return None
        bar = bars[0]
        if self._hints_before is None:
            hints = bar.hints
            self._hints_before = hints[: -len(ALWAYS)] if hints[-len(ALWAYS) :] == ALWAYS else hints
        return bar

    def _show_typed(self, found: bool = True) -> None:
        """The key bar says what was typed and how to finish."""
        bar = self._key_bar()
        if bar is not None:
            label = "key.jump_typing" if found else "key.jump_none"
            typing = ((f"/{self.typed}▏", label), *WHILE_TYPING)
            bar.set_hints(typing, always=False)
