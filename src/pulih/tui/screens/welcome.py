"""Welcome: what pulih is and is not, privacy, the keys, and the language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t, t_count
from pulih.tui.widgets import KeyBar

if TYPE_CHECKING:
    from pulih.core.workshop.demo import Persona


class WelcomeScreen(Screen[None]):
    """The first screen. Enter starts the reflection; ``l`` switches the language."""

    BINDINGS = [
        Binding("enter", "app.start", "Start", id="pulih.start"),
        Binding("l", "app.switch_language", "Language", id="pulih.language"),
        Binding("i", "app.learn", "Learn", id="pulih.learn"),
        Binding("m", "app.map", "Support map", id="pulih.map"),
        Binding("r", "app.history", "History", id="pulih.history"),
        Binding("d", "app.data", "Your data", id="pulih.data"),
        # Workshop tools, in a demo only (the app's check_action enables them).
        Binding("k", "app.room", "Room view", id="pulih.room"),
        Binding("g", "app.guide", "Facilitator's guide", id="pulih.guide"),
        # said by the line "1 langkah menunggu dicek. Tekan c …" when steps are due
        Binding("c", "app.my_steps", "My steps", show=False, id="pulih.welcome_steps"),
    ]

    def __init__(self, lang: Lang, demo: Persona | None = None) -> None:
        super().__init__()
        self.lang = lang
        self.demo = demo
        self.due = 0
        """Steps waiting for a check-in (said only when the person said yes to it)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="welcome-body"):
            yield Static(id="welcome-title")
            if self.demo is not None:
                yield Static(id="welcome-demo", classes="emphasis")
                yield Static(id="welcome-workshop", classes="call-to-action")
            yield Static(id="welcome-due", classes="call-to-action")
            yield Static(id="welcome-what")
            yield Static(id="welcome-not", classes="emphasis")
            yield Static(id="welcome-privacy")
            yield Static(id="welcome-start", classes="call-to-action")
            yield Static(id="welcome-language", classes="muted")
            yield Static(id="welcome-keys", classes="muted")
        hints: tuple[tuple[str, str], ...] = (
            ("Enter", "key.start"),
            ("m", "key.map"),
            ("l", "key.language"),
            ("r", "key.history"),
            ("d", "data.title"),
        )
        if self.demo is not None:  # a demo keeps no history or data: r and d would only say so
            hints = tuple(hint for hint in hints if hint[0] not in ("r", "d"))
        yield KeyBar(hints, self.lang)

    def on_mount(self) -> None:
        self.set_lang(self.lang)

    def show_due(self, count: int) -> None:
        """ "2 langkah menunggu dicek. Tekan c untuk Langkah saya." (issue 25)."""
        self.due = count
        self._due_text()

    def _due_text(self) -> None:
        line = self.query_one("#welcome-due", Static)
        line.display = bool(self.due)
        if self.due:
            due = t_count("steps.due", self.lang, self.due)
            line.update(f"{due} {t('steps.due_key', self.lang)}")

    def set_lang(self, lang: Lang) -> None:
        """Redraw every text in ``lang``."""
        self.lang = lang
        self.query_one("#welcome-title", Static).update(f"pulih · {t('app.tagline', lang)}")
        for name in ("what", "not", "privacy", "start", "language", "keys"):
            self.query_one(f"#welcome-{name}", Static).update(t(f"welcome.{name}", lang))
        self.query_one(KeyBar).set_lang(lang)
        self._due_text()
        if self.demo is not None:
            persona = t("demo.persona", lang, text=self.demo.describe(lang))
            announce = self.demo.announce.get(lang, "")
            self.query_one("#welcome-demo", Static).update(
                persona + (f"\n\n{announce}" if announce else "")
            )
            self.query_one("#welcome-workshop", Static).update(t("welcome.workshop", lang))
