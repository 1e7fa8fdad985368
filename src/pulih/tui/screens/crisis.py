"""Crisis panels: the urgent panel, the safety panel, and help now. Contacts come first."""

from __future__ import annotations

from typing import Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.directory.resources import CrisisRoute
from pulih.core.report.view import ResultView, crisis_panel, route_lines
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.hanging import HangingText
from pulih.tui.widgets import KeyBar

PanelKind = Literal["urgent", "safety", "help"]


def routes_text(routes: list[CrisisRoute], lang: Lang) -> Text:
    """The routes as text: the name bold, then how to reach it and when it was checked."""
    text = Text()
    if not routes:
        text.append(t("crisis.none", lang), style="bold")
        return text
    for route in routes:
        name, *rest = route_lines(route, lang)
        text.append(name + "\n", style="bold")
        text.append("\n".join(rest) + "\n")
    return text


def referral_panel(view: ResultView) -> Static | None:
    """The referral panel at the top of results and suggestions (crisis routes included when a
    safety item was endorsed), or None when the ladder says none."""
    lang = view.lang
    if view.referral_level == "none":
        return None
    panel = Text()
    panel.append(t("referral.title", lang) + "\n", style="bold")
    panel.append(view.referral)
    if view.crisis_first:
        panel.append("\n\n")
        panel.append_text(routes_text(view.routes, lang))
        panel.append(t("crisis.busy", lang))
    return HangingText(panel, classes=f"referral -{view.referral_level}")


class CrisisScreen(Screen[None]):
    """Crisis contacts, shown at once. Enter or b returns to where the person was."""

    BINDINGS = [
        Binding("enter", "close", "Continue", id="pulih.crisis_continue"),
        Binding("b", "close", "Back", show=False, id="pulih.crisis_back"),
        Binding("escape", "close", "Back", show=False, id="pulih.crisis_escape"),
        Binding("p", "app.plan", "Safety plan", id="pulih.crisis_plan_p"),
        # r was the key here once; p is the plan's key on every screen (r is history elsewhere)
        Binding("r", "app.plan", "Safety plan", show=False, id="pulih.crisis_plan"),
    ]

    def __init__(
        self, kind: PanelKind, routes: list[CrisisRoute], lang: Lang, *, skipped: bool = False
    ) -> None:
        super().__init__(classes=f"crisis -{kind}")
        self.kind = kind
        self.routes = routes
        self.lang = lang
        self.skipped = skipped
        """The urgent panel followed a question left unanswered (no thanks for honesty)."""

    def compose(self) -> ComposeResult:
        lang, kind = self.lang, self.kind
        panel = crisis_panel(kind, lang, skipped=self.skipped)
        with VerticalScroll(id="crisis-body"):
            yield Static(panel.title, classes="title")
            if panel.lead:
                yield Static(panel.lead)
            yield Static(panel.steps, classes="emphasis")
            yield HangingText(routes_text(self.routes, lang), id="crisis-routes")
            yield Static(t("crisis.busy", lang), classes="muted")
            if panel.prompt:
                yield Static(panel.prompt, classes="emphasis")
            offer = "plan.open" if kind == "help" else "plan.offer"
            yield Static(t(offer, lang), classes="call-to-action")
        yield KeyBar((("Enter", "key.continue"), ("p", "key.plan")), lang)

    def on_mount(self) -> None:
        self.query_one("#crisis-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)
