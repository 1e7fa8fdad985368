"""The support map and the safety plan: kept in memory, saved only with consent."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from pulih.core.mapplan.safetyplan import SafetyPlan
from pulih.core.mapplan.supportmap import SupportMap
from pulih.core.text.strings import t

if TYPE_CHECKING:
    pass


class MapPlanActions:
    """Mixed into PulihApp (see DataActions for the attributes it relies on)."""

    support_map: SupportMap
    map_grid: bool = False
    plan: SafetyPlan | None
    plan_base: SafetyPlan | None = None
    """The plan as it was read or last saved: a save changes only what changed since."""
    map_base: SupportMap | None = None
    """The saved result's map as it was last saved here (None: as saved with the result)."""
    lang: Any
    save: bool
    screen: Any
    results: Any

    def action_map(self) -> None:
        from pulih.tui.screens.supportmap import MapScreen

        if isinstance(self.screen, MapScreen):
            return

        persona = getattr(self, "demo", None)
        centre = persona.name if persona is not None else None
        screen = MapScreen(self.support_map, self.lang, grid=self.map_grid, centre=centre)

        async def mapped(support_map: SupportMap | None) -> None:
            from pulih.tui.screens.suggestions import SuggestionsScreen

            self.map_grid = screen.grid  # the table stays chosen for next time (screen readers)
            if support_map is None or support_map == self.support_map:
                return
            self.support_map = support_map
            self._update_saved_map(support_map)
            if self.results is not None and isinstance(self.screen, SuggestionsScreen):
                await self.screen.show_view(self.result_view())  # type: ignore[attr-defined]

        self.push_screen(screen, callback=mapped)  # type: ignore[attr-defined]

    def _update_saved_map(self, support_map: SupportMap, base: SupportMap | None = None) -> None:
        """A result already saved (with consent) keeps the map as it is now: only the people
        changed here since it was saved; a person also changed in another window is asked."""
        from pulih.core.mapplan.merge import merge_map, resolve_map

        saved_id = self.saved_id  # type: ignore[attr-defined]
        if saved_id is None or not self.save:
            return
        start = base or self.map_base or SupportMap()
        keeper, lang = self._keeper(), self.lang  # type: ignore[attr-defined]

        def work() -> None:
            outcome, error = keeper.apply(
                lambda store: store.update_support_map(saved_id, support_map, start, lang)
            )
            self.call_from_thread(done, outcome, error)  # type: ignore[attr-defined]

        def done(outcome: Any, error: Any) -> None:
            if error is not None:
                self._say("save.not_saved", reason=error.message(lang))  # type: ignore[attr-defined]
                return
            if outcome.saved is not None:
                self.map_base = outcome.saved
                return
            _merged, conflicts, sides = merge_map(start, support_map, outcome.theirs, lang)

            def chosen(choices: dict[str, Any] | None) -> None:
                if choices is None:
                    self._say("merge.cancelled")  # type: ignore[attr-defined]
                    return
                resolved = resolve_map(_merged, sides, choices)
                self.support_map = resolved
                self._update_saved_map(resolved, outcome.theirs)

            self._choose_each(t("merge.map_changed", lang), conflicts, lambda c: c.part, chosen)

        self.run_worker(work, thread=True, group="store")  # type: ignore[attr-defined]

    def _choose_each(
        self, lead: str, conflicts: Any, label: Any, then: Any, chosen: Any = None
    ) -> None:
        """Ask about each conflict in turn (tui/screens/confirm.ChoiceScreen); ``then`` gets
        the choices by part, or None when the person cancelled (nothing is saved then)."""
        from pulih.tui.screens.confirm import ChoiceScreen

        chosen = dict(chosen or {})
        if not conflicts:
            then(chosen)
            return
        first, rest = conflicts[0], conflicts[1:]

        def answered(choice: str | None) -> None:
            if choice is None:
                then(None)
                return
            chosen[first.part] = choice
            self._choose_each(lead, rest, label, then, chosen)

        screen = ChoiceScreen(self.lang, lead, label(first), first.mine, first.theirs)
        self.push_screen(screen, callback=answered)  # type: ignore[attr-defined]

    async def action_plan(self) -> None:
        """Open the safety plan: the one in memory, else the saved one, else a new one."""
        from pulih.tui.screens.plan import PlanScreen

        if isinstance(self.screen, PlanScreen):
            return
        await self.content()  # type: ignore[attr-defined]
        if self.plan is None and self.save:
            self.plan = self.plan_base = await self._read_plan()
        plan = self.plan or SafetyPlan()

        def closed(new: SafetyPlan | None) -> None:
            if new is not None:
                self.plan = new

        screen = PlanScreen(plan, self.routes(), self.support_map, self.lang)  # type: ignore[attr-defined]
        self.push_screen(screen, callback=closed)  # type: ignore[attr-defined]

    async def _read_plan(self) -> SafetyPlan | None:
        keeper = self._keeper()  # type: ignore[attr-defined]
        worker = self.run_worker(  # type: ignore[attr-defined]
            lambda: keeper.read(lambda store: store.safety_plan()), thread=True, group="store"
        )
        plan, error = await worker.wait()
        if error is not None:  # say so: saving now would replace it unseen
            self._say("read.failed", reason=error.message(self.lang))  # type: ignore[attr-defined]
        return plan  # type: ignore[no-any-return]

    def _plan_on_screen(self) -> SafetyPlan:
        from pulih.tui.screens.plan import PlanScreen

        screen = self.screen
        if isinstance(screen, PlanScreen):
            self.plan = screen.plan
        return self.plan or SafetyPlan()

    def action_save_plan(self) -> None:
        from pulih.core.store.database import store_exists
        from pulih.tui.screens.confirm import save_question

        if self._refuse_when_not_saving():  # type: ignore[attr-defined]
            return
        plan = self._plan_on_screen()
        folder = self._data_folder()  # type: ignore[attr-defined]

        def answered(yes: bool | None) -> None:
            if yes:
                self._save_plan(plan, self.plan_base)

        consent = self._consent("plan")  # type: ignore[attr-defined]
        question = save_question(self.lang, store_exists(folder), consent, "plan.save_question")
        self.push_screen(question, callback=answered)  # type: ignore[attr-defined]

    def _save_plan(self, plan: SafetyPlan, base: SafetyPlan | None) -> None:
        """Save the plan as changed from ``base``: parts someone saved meanwhile stay, and a
        part changed in both places is shown both ways for the person to choose."""
        from pulih.core.mapplan.merge import merge_plan, resolve_plan

        keeper, lang = self._keeper(), self.lang  # type: ignore[attr-defined]
        when = datetime.now().astimezone()

        def work() -> None:
            outcome, error = keeper.apply(lambda store: store.save_safety_plan(plan, when, base))
            self.call_from_thread(done, outcome, error)  # type: ignore[attr-defined]

        def done(outcome: Any, error: Any) -> None:
            if error is not None:
                self._say("save.not_saved", reason=error.message(lang))  # type: ignore[attr-defined]
                return
            if outcome.saved is not None:
                self.plan = self.plan_base = outcome.saved
                self._show_plan(outcome.saved)
                self._say("plan.saved")  # type: ignore[attr-defined]
                return
            merged, conflicts = merge_plan(base or SafetyPlan(), plan, outcome.theirs)

            def chosen(choices: dict[str, Any] | None) -> None:
                if choices is None:
                    self._say("merge.cancelled")  # type: ignore[attr-defined]
                    return
                self._save_plan(resolve_plan(merged, conflicts, choices), outcome.theirs)

            label = lambda c: t(f"plan.{c.part}", lang)  # noqa: E731
            self._choose_each(t("merge.plan_changed", lang), conflicts, label, chosen)

        self.run_worker(work, thread=True, group="store")  # type: ignore[attr-defined]

    def _show_plan(self, plan: SafetyPlan) -> None:
        """The plan screen, if open, shows the plan as saved (with parts from elsewhere)."""
        from pulih.tui.screens.plan import PlanScreen

        for screen in self.screen_stack:  # type: ignore[attr-defined]
            if isinstance(screen, PlanScreen):
                screen.plan = plan
                screen.refresh_plan()

    def action_export_plan(self) -> None:
        from pathlib import Path

        from pulih.core.report.export import plan_html
        from pulih.core.store.database import store_exists
        from pulih.tui.screens.confirm import export_question

        if self._refuse_when_not_saving():  # type: ignore[attr-defined]
            return
        plan = self._plan_on_screen()
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        folder = (self.export_dir or Path.home()).absolute()  # type: ignore[attr-defined]
        stem = "pulih-rencana-aman" if self.lang == "id" else "pulih-safety-plan"
        path = folder / f"{stem}-{stamp}.html"
        text = plan_html(plan, self.routes(), self.support_map, self.lang)  # type: ignore[attr-defined]
        # Recorded (listed in Data Anda, removed by forget) only where the person has agreed
        # to keep things on this computer: when a store exists.
        tracked = store_exists(self._data_folder())  # type: ignore[attr-defined]

        question = export_question(self.lang, path, tracked)

        def answered(yes: bool | None) -> None:
            if yes:  # the person may have chosen another place (c)
                self.write_note(question.path, text, tracked)  # type: ignore[attr-defined]

        self.push_screen(question, callback=answered)  # type: ignore[attr-defined]
