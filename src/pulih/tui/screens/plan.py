"""Rencana aman (safety plan), in the person's own words; crisis routes come from the directory."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from pulih.core.directory.resources import CrisisRoute
from pulih.core.mapplan.mapplan_text import from_map, route_line
from pulih.core.mapplan.safetyplan import PROFESSIONALS, SECTIONS, SafetyPlan
from pulih.core.mapplan.supportmap import SupportMap
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.tui.screens.supportmap import TextScreen
from pulih.tui.widgets import KeyBar

# Digits for the parts the person writes, in the order the plan shows them (5 is the person's
# own clinician, shown with the professionals and crisis routes of the directory).
EDITABLE = dict(enumerate(SECTIONS, 1))


class PlanScreen(Screen[SafetyPlan]):
    """Digits open a part to write; s saves (asks first), e exports, b goes back with the plan."""

    BINDINGS = [
        *[Binding(str(n), f"write({n})", show=False, id=f"pulih.plan_write{n}") for n in EDITABLE],
        Binding("s", "app.save_plan", "Save", id="pulih.plan_save"),
        Binding("e", "app.export_plan", "Export", id="pulih.plan_export"),
        Binding("b", "done", "Back", id="pulih.plan_back"),
        Binding("escape", "done", "Back", show=False, id="pulih.plan_back_escape"),
    ]

    def __init__(
        self, plan: SafetyPlan, routes: list[CrisisRoute], support_map: SupportMap, lang: Lang
    ) -> None:
        super().__init__()
        self.plan, self.routes, self.support_map, self.lang = plan, routes, support_map, lang

    def compose(self) -> ComposeResult:
        lang = self.lang
        with VerticalScroll(id="plan-body"):
            yield Static(t("plan.title", lang), classes="title")
            yield Static(t("plan.lead", lang), classes="muted")
            for number, name in EDITABLE.items():
                label = "professionals" if name == PROFESSIONALS else name
                yield Static(f"{number}. {t(f'plan.{label}', lang)}", classes="plan-part")
                yield Static(id=f"plan-{name}", classes="plan-answer")
                if name == PROFESSIONALS:
                    yield Static(id="plan-routes", classes="plan-answer")
            yield Static(t("plan.hope", lang), classes="plan-hope")
        hints = (
            (f"1–{len(EDITABLE)}", "plan.keys_edit"),
            ("s", "key.save"),
            ("e", "key.export"),
            ("b", "key.back"),
        )
        yield KeyBar(hints, self.lang)

    def on_mount(self) -> None:
        lang = self.lang
        lines = [t("plan.igd", lang), *(route_line(route, lang) for route in self.routes)]
        self.query_one("#plan-routes", Static).update("\n".join(lines))
        self._redraw()
        self.query_one("#plan-body").focus()

    def refresh_plan(self) -> None:
        """Show :attr:`plan` again (after a save combined parts from another window)."""
        if self.is_mounted:
            self._redraw()

    def _redraw(self) -> None:
        for number, name in EDITABLE.items():
            text = getattr(self.plan, name) or t("plan.empty", self.lang, n=number)
            if name == PROFESSIONALS:
                text = f"{t('plan.clinician', self.lang)}: {text}"
            hint = from_map(self.support_map, self.lang) if name == "people" else ""
            if hint:
                text += f"\n{hint}"
            self.query_one(f"#plan-{name}", Static).update(text)

    def action_write(self, number: int) -> None:
        name = EDITABLE[number]

        def written(text: str | None) -> None:
            if text is not None:
                self.plan = self.plan.with_section(name, text)
                self._redraw()

        prompt = t(f"plan.{name}", self.lang)
        current = getattr(self.plan, name)
        self.app.push_screen(TextScreen(self.lang, prompt, current), callback=written)

    def action_done(self) -> None:
        self.dismiss(self.plan)
