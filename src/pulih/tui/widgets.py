"""Small widgets shared by the screens."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import OptionList, Static

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

KeyHint = tuple[str, str]
"""(key as shown, strings key of what it does)."""

ALWAYS: tuple[KeyHint, ...] = (
    ("h", "key.help_now"),
    ("x", "key.quick_exit"),
    ("F1", "key.help"),
    ("q", "key.quit"),
)


def rows_allowed(height: int, banner: bool = False) -> int | None:
    """How many rows the key bar's keys may take on a terminal ``height`` rows high: as many
    as they need above 24 rows; three on a laptop's 80x24 (a demo's banner keeps its own row
    there); up to 20 rows (a projector) three, or two with the banner in the first of them;
    below 17 rows (down to the too-small limit, where the options need the room) one, or two
    with the banner."""
    if height > 24:
        return None
    if height > 20:
        return 3
    if height < 17:
        return 2 if banner else 1
    return 2 if banner else 3


def banner_inline(height: int) -> bool:
    """Whether a demo's banner shares the keys' first row (short), not a row of its own."""
    return height <= 20


# Crisis help (h, or F9 where letters are typed) and the list of every key are always shown.
ALWAYS_SHOWN = ("h", "F9", "F1")

# Shorter words for the two keys always shown, when even they do not fit at full length.
SHORT = {"key.help_now": "key.help_now_short", "key.help_all": "key.help_all_short"}


def typing(key: str) -> bool:
    """A hint that shows what is being typed ("/yo▏", a list's search): always shown."""
    return key.endswith("▏")


def label(key: str, name: str, *, all_keys: bool, short: bool) -> str:
    """The words shown after ``key``: F1 says "all keys" when some have no room."""
    if key == "F1" and all_keys:
        name = "key.help_all"
    return SHORT.get(name, name) if short else name


def rows_of(
    hints: tuple[KeyHint, ...], lang: Lang, width: int, start: int = 0, short: bool = False
) -> int:
    """How many rows ``hints`` take at ``width`` when the first row already holds ``start``
    cells (F1 counted with its "all keys" label)."""
    rows, used = 1, start
    for key, name in hints:
        words = t(label(key, name, all_keys=True, short=short), lang)
        size = cell_len(key) + 3 + cell_len(words)
        if used and used + 2 + size > width:
            rows, used = rows + 1, size
        else:
            used += size + (2 if used else 0)
    return rows


def fitting(
    hints: tuple[KeyHint, ...], lang: Lang, width: int, rows: int, start: int = 0
) -> tuple[tuple[KeyHint, ...], bool]:
    """The hints that fit in ``rows`` rows, shown in their order: ``h`` and ``F1`` always;
    then, while there is room, the screen's first key (what it is for: Enter to start, 1–5 to
    answer), "↓ more", the way back (``b``), and the others as the screen lists them; and
    whether the short words are used for ``h`` and ``F1``: when they do not fit otherwise, or
    when only then the screen's first key has room."""
    required = {key for key, _ in hints if key in ALWAYS_SHOWN or typing(key)}
    own = [key for key, _ in hints if key != "↓" and key not in required]
    first = [*own[:1], *(key for key, _ in hints if key == "↓" or key.startswith("b"))]
    order = [*first, *(key for key, _ in hints if key not in first)]

    def fill(short: bool) -> set[str]:
        kept = set(required)
        for key in order:
            if key in kept:
                continue
            trial = tuple(hint for hint in hints if hint[0] in kept or hint[0] == key)
            if rows_of(trial, lang, width, start, short) <= rows:
                kept.add(key)
        return kept

    must = tuple(hint for hint in hints if hint[0] in required)
    short = rows_of(must, lang, width, start) > rows
    kept = fill(short)
    if not short and own and own[0] not in kept:  # the shorter words make room for it
        tighter = fill(True)
        if own[0] in tighter:
            kept, short = tighter, True
    return tuple(hint for hint in hints if hint[0] in kept), short


class KeyBar(Static):
    """The keys of this screen in the person's language, always visible at the bottom.

    On a short terminal (a projector at 60×20) the bar keeps to :func:`rows_allowed` rows,
    a demo's banner included (shortened, at the start of the first row): the screen's own keys
    come first in the order the screen gives them, then ``h`` (crisis help) and ``F1`` always;
    what has no room is listed by F1, whose label then says so. :attr:`hints` stays the whole
    list (F1 reads it); :attr:`shown` is what the bar shows."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: auto;
        padding: 0 1;
        background: $panel;
        color: $foreground;
    }
    """

    def __init__(self, hints: tuple[KeyHint, ...], lang: Lang, *, always: bool = True) -> None:
        self.hints = hints + (ALWAYS if always else ())
        self._always = always  # set_hints keeps h, x, F1 and q where the bar began with them
        self.lang = lang
        self.banner: str | None = None
        self.short_banner: str | None = None
        self.more_below = False
        self._check_more: Callable[[], None] | None = None
        self.shown: tuple[KeyHint, ...] = self.hints
        super().__init__(self._render_hints(width=0))

    def on_mount(self) -> None:
        self.banner = getattr(self.app, "demo_banner", None)
        self.short_banner = getattr(self.app, "demo_banner_short", None)
        self.refresh_hints()
        self.call_after_refresh(self._watch_scrolling)

    def _watch_scrolling(self) -> None:
        """Say "↓ more below" while the screen's scrolling body has more below the fold."""
        bodies: list[Widget] = [
            body for body in self.screen.query(VerticalScroll) if body.parent is self.screen
        ]
        bodies += list(self.screen.query(OptionList))  # a screen that is mostly a list
        if not bodies:
            return
        body = bodies[0]

        def check(_: object = None) -> None:
            more = body.max_scroll_y - body.scroll_y >= 1
            if more != self.more_below:
                self.more_below = more
                # not in the middle of the layout that changed the size: its result would stand
                self.call_after_refresh(self.refresh_hints)

        self.watch(body, "scroll_y", check, init=False)
        self.watch(body, "virtual_size", check, init=False)
        self._check_more = check  # again after the bar's own height changes (the body's too)
        check()

    def on_resize(self) -> None:
        self.refresh_hints()

    def refresh_hints(self) -> None:
        """Lay the bar out again for the terminal's size (the app calls it on every resize)."""
        self.update(self._render_hints())
        # A change of rows made while the screen is being laid out (a body that starts to
        # scroll) can be lost: one more layout after this refresh settles the bar's height,
        # and then whether the body still has more below is looked at again.
        self.call_after_refresh(self._settle)

    def _settle(self) -> None:
        self.refresh(layout=True)
        if self._check_more is not None:
            self.call_after_refresh(self._check_more)

    def _render_hints(self, width: int | None = None) -> Text:
        """Key and label stay together; a line breaks only between hints."""
        if width is None:
            width = self.content_size.width
        rows, inline = None, False
        if width and self.is_attached:
            height = self.app.size.height
            inline = banner_inline(height)
            rows = rows_allowed(height, bool(self.banner) and inline)
        prefix = ""
        text = Text()
        if self.banner and not inline:
            text.append(f" {self.banner} \n", style="bold reverse")
        elif self.banner:
            prefix = f" {self.short_banner or self.banner} "
        hints = self.hints
        if self.more_below:  # one word on a projector, so a key has its place
            hints = (("↓", "key.more_short" if inline else "key.more_below"), *hints)
        short = False
        if rows is not None:
            hints, short = fitting(hints, self.lang, width, rows, cell_len(prefix))
        self.shown = hints
        dropped = len([h for h in hints if h[0] != "↓"]) < len(self.hints)
        used = 0
        if prefix:
            text.append(prefix, style="bold reverse")
            used = cell_len(prefix)
        for key, name in hints:
            words = f" {t(label(key, name, all_keys=dropped, short=short), self.lang)}"
            size = cell_len(key) + 2 + cell_len(words)
            if used and width and used + 2 + size > width:
                text.append("\n")
                used = 0
            elif used:
                text.append("  ")
                used += 2
            text.append(f" {key} ", style="reverse bold")
            text.append(words)
            used += size
        return text

    def set_hints(self, hints: tuple[KeyHint, ...], *, always: bool = True) -> None:
        """Change this screen's own keys (the always-available ones stay, unless ``always``
        is False: while letters are typed, h and x are letters and F9/F10 are named instead)."""
        hints = hints + (ALWAYS if always and self._always else ())
        if hints != self.hints:
            self.hints = hints
            self.refresh_hints()

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.update(self._render_hints())


def say_more_below(body: Widget, lang: Lang) -> None:
    """On a bordered dialog that scrolls, "↓ PgDn more below" in its bottom border while there
    is more below (call from the dialog's ``on_mount``)."""

    def check(_: object = None) -> None:
        more = body.max_scroll_y - body.scroll_y >= 1
        body.border_subtitle = f"↓ PgDn {t('key.more_below', lang)}" if more else ""

    body.watch(body, "scroll_y", check, init=False)
    body.watch(body, "virtual_size", check, init=False)
    body.watch(body, "size", check, init=False)
    body.call_after_refresh(check)
