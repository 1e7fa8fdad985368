"""Belajar (learn): one page at a time, for a person or a workshop room."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.core.workshop.learn import Page
from pulih.tui.widgets import KeyBar


class LearnScreen(Screen[None]):
    BINDINGS = [
        Binding("right", "turn(1)", "Next", id="pulih.learn_next"),
        Binding("enter", "turn(1)", "Next", show=False, id="pulih.learn_next_enter"),
        Binding("n", "turn(1)", "Next", show=False, id="pulih.learn_next_n"),
        Binding("left", "turn(-1)", "Previous", id="pulih.learn_previous"),
        Binding("p", "turn(-1)", "Previous", show=False, id="pulih.learn_previous_p"),
        Binding("b", "close", "Back", id="pulih.learn_back"),
        Binding("escape", "close", "Back", show=False, id="pulih.learn_back_escape"),
    ]

    def __init__(self, pages: list[Page], lang: Lang, heading: str = "learn.title") -> None:
        super().__init__()
        self.pages = pages
        self.lang = lang
        self.page = 0
        self.heading = heading
        """The strings key of the pages' heading ("Belajar", or the facilitator's guide)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="learn-body"):
            yield Static(id="learn-title", classes="title")
            yield Static(id="learn-text")
        hints = (("→", "learn.next"), ("←", "learn.previous"), ("b", "key.back"))
        yield KeyBar(hints, self.lang)

    def on_mount(self) -> None:
        self._show()
        self.query_one("#learn-body").focus()

    def _show(self) -> None:
        title, body = self.pages[self.page].text(self.lang)
        count = t("question.progress", self.lang, n=self.page + 1, total=len(self.pages))
        self.query_one("#learn-title", Static).update(
            f"{t(self.heading, self.lang)} · {count} · {title}"
        )
        self.query_one("#learn-text", Static).update(body)
        self.query_one("#learn-body", VerticalScroll).scroll_home(animate=False)
        # only the ways that lead somewhere: no "← Previous" on the first page, no "→ Next"
        # on the last
        first, last = self.page == 0, self.page == len(self.pages) - 1
        hints = (
            *(() if last else (("→", "learn.next"),)),
            *(() if first else (("←", "learn.previous"),)),
            ("b", "key.back"),
        )
        self.query_one(KeyBar).set_hints(hints)

    def action_turn(self, step: int) -> None:
        self.page = max(0, min(len(self.pages) - 1, self.page + step))
        self._show()

    def action_close(self) -> None:
        self.dismiss(None)
