"""Small widgets shared by the screens."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget
from textual.widgets import Static

from pulih.core.i18n import Lang
from pulih.core.strings import t

KeyHint = tuple[str, str]
"""(key as shown, strings key of what it does)."""

ALWAYS: tuple[KeyHint, ...] = (
    ("h", "key.help_now"),
    ("x", "key.quick_exit"),
    ("F1", "key.help"),
    ("q", "key.quit"),
)


class KeyBar(Static):
    """The keys of this screen in the person's language, always visible at the bottom."""

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
        self.lang = lang
        self.banner: str | None = None
        super().__init__(self._render_hints(width=0))

    def on_mount(self) -> None:
        self.banner = getattr(self.app, "demo_banner", None)
        self.more_below = False
        if self.banner:
            self.update(self._render_hints())
        self.call_after_refresh(self._watch_scrolling)

    def _watch_scrolling(self) -> None:
        """Say "↓ more below" while the screen's scrolling body has more below the fold."""
        from textual.containers import VerticalScroll

        bodies = [body for body in self.screen.query(VerticalScroll) if body.parent is self.screen]
        if not bodies:
            return
        body = bodies[0]

        def check(_: object = None) -> None:
            more = body.max_scroll_y - body.scroll_y >= 1
            if more != self.more_below:
                self.more_below = more
                self.update(self._render_hints())

        self.watch(body, "scroll_y", check, init=False)
        self.watch(body, "virtual_size", check, init=False)
        self.watch(body, "size", check, init=False)
        check()

    def on_resize(self) -> None:
        self.update(self._render_hints())

    def _render_hints(self, width: int | None = None) -> Text:
        """Key and label stay together; a line breaks only between hints."""
        if width is None:
            width = self.content_size.width
        text = Text()
        if self.banner:
            text.append(f" {self.banner} \n", style="bold reverse")
        used = 0
        hints = self.hints
        if getattr(self, "more_below", False):
            hints = (("↓", "key.more_below"), *hints)
        for key, name in hints:
            label = f" {t(name, self.lang)}"
            size = cell_len(key) + 2 + cell_len(label)
            if used and width and used + 2 + size > width:
                text.append("\n")
                used = 0
            elif used:
                text.append("  ")
                used += 2
            text.append(f" {key} ", style="reverse bold")
            text.append(label)
            used += size
        return text

    def set_hints(self, hints: tuple[KeyHint, ...]) -> None:
        """Change this screen's own keys (the always-available ones stay)."""
        hints = hints + (ALWAYS if self.hints[-len(ALWAYS) :] == ALWAYS else ())
        if hints != self.hints:
            self.hints = hints
            self.update(self._render_hints())

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
