"""The support map and the safety plan: kept in memory, saved only with consent.

The App imports this module on first use, after the first frame. An import inside a method
is what only that action needs (its screen, the merge, the export): the first m loads the
map's screen and no more.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pulih.core.mapplan.safetyplan import SafetyPlan
from pulih.core.mapplan.supportmap import SupportMap
from pulih.core.text.strings import t
from pulih.tui.screens.supportmap import MapScreen

if TYPE_CHECKING:
    from pulih.core.mapplan.merge import Choice, Conflict, MapMerge, PlanMerge
    from pulih.core.store.errors import StoreError
    from pulih.tui.host import Host
    from pulih.tui.store_work import StoreWork

Choices = dict[str, "Choice"]
"""The person's choice for each conflicting part, by part."""


class MapPlanActions:
    """The support map and the safety plan, for the App (``app.map_plan``)."""

    def __init__(self, host: Host, store: StoreWork) -> None:
        self.host = host
        self.store = store
        self.map_grid = False
        """The map shown as a table (screen readers): chosen once, kept for next time."""

    # --- the support map

    def open_map(self) -> None:
        host = self.host
        if isinstance(host.screen, MapScreen):
            return
        centre = host.demo.name if host.demo is not None else None
        screen = MapScreen(host.support_map, host.lang, grid=self.map_grid, centre=centre)

        async def mapped(support_map: SupportMap | None) -> None:
            from pulih.tui.screens.suggestions import SuggestionsScreen  # once the map closes

            self.map_grid = screen.grid  # the table stays chosen for next time (screen readers)
            if support_map is None or support_map == host.support_map:
                return
            host.support_map = support_map
            self._update_saved_map(support_map)
            if host.results is not None and isinstance(host.screen, SuggestionsScreen):
                await host.screen.show_view(host.result_view())

        host.push_screen(screen, callback=mapped)

    def _update_saved_map(self, support_map: SupportMap, base: SupportMap | None = None) -> None:
        """A result already saved (with consent) keeps the map as it is now: only the people
        changed here since it was saved; a person also changed in another window is asked."""
        from pulih.core.mapplan.merge import merge_map, resolve_map  # a saved result's map only

        host = self.host
        saved_id = host.saved_id
        if saved_id is None or not host.save:
            return
        start = base or host.map_base or SupportMap()
        keeper, lang = self.store.keeper(), host.lang

        def work() -> None:
            outcome, error = keeper.apply(
                lambda store: store.update_support_map(saved_id, support_map, start, lang)
            )
            host.call_from_thread(done, outcome, error)

        def done(outcome: MapMerge | None, error: StoreError | None) -> None:
            if error is not None:
                host.say("save.not_saved", reason=error.message(lang))
                return
            assert outcome is not None
            if outcome.saved is not None:
                host.map_base = outcome.saved
                return
            merged, conflicts, sides = merge_map(start, support_map, outcome.theirs, lang)

            def chosen(choices: Choices | None) -> None:
                if choices is None:
                    host.say("merge.cancelled")
                    return
                resolved = resolve_map(merged, sides, choices)
                host.support_map = resolved
                self._update_saved_map(resolved, outcome.theirs)

            self._choose_each(t("merge.map_changed", lang), conflicts, _part, chosen)

        host.run_worker(work, thread=True, group="store")

    def _choose_each(
        self,
        lead: str,
        conflicts: tuple[Conflict, ...],
        label: Callable[[Conflict], str],
        then: Callable[[Choices | None], None],
        chosen: Choices | None = None,
    ) -> None:
        """Ask about each conflict in turn (tui/screens/confirm.ChoiceScreen); ``then`` gets
        the choices by part, or None when the person cancelled (nothing is saved then)."""
        from pulih.tui.screens.confirm import ChoiceScreen  # only when both windows changed

        chosen = dict(chosen or {})
        if not conflicts:
            then(chosen)
            return
        first, rest = conflicts[0], conflicts[1:]

        def answered(choice: Choice | None) -> None:
            if choice is None:
                then(None)
                return
            chosen[first.part] = choice
            self._choose_each(lead, rest, label, then, chosen)

        screen = ChoiceScreen(self.host.lang, lead, label(first), first.mine, first.theirs)
        self.host.push_screen(screen, callback=answered)

    # --- the safety plan

    async def open_plan(self) -> None:
        """Open the safety plan: the one in memory, else the saved one, else a new one."""
        from pulih.tui.screens.plan import PlanScreen  # p's own screen

        host = self.host
        if isinstance(host.screen, PlanScreen):
            return
        await host.content()
        if host.plan is None and host.save:
            host.plan = host.plan_base = await self._read_plan()
        plan = host.plan or SafetyPlan()

        def closed(new: SafetyPlan | None) -> None:
            if new is not None:
                host.plan = new

        screen = PlanScreen(plan, host.routes(), host.support_map, host.lang)
        host.push_screen(screen, callback=closed)

    async def _read_plan(self) -> SafetyPlan | None:
        # a failed read is said: saving now would replace the saved plan unseen
        return await self.store.read(lambda store: store.safety_plan())

    def _plan_on_screen(self) -> SafetyPlan:
        from pulih.tui.screens.plan import PlanScreen  # loaded: the plan asks for this

        host = self.host
        screen = host.screen
        if isinstance(screen, PlanScreen):
            host.plan = screen.plan
        return host.plan or SafetyPlan()

    def save_plan(self) -> None:
        # the plan's s: the store and its question
        from pulih.core.store.database import store_exists
        from pulih.tui.screens.confirm import save_question

        if self.store.refuse_when_not_saving():
            return
        host = self.host
        plan = self._plan_on_screen()
        folder = self.store.data_folder()

        def answered(yes: bool | None) -> None:
            if yes:
                self._save_plan(plan, host.plan_base)

        consent = self.store.consent("plan")
        question = save_question(host.lang, store_exists(folder), consent, "plan.save_question")
        host.push_screen(question, callback=answered)

    def _save_plan(self, plan: SafetyPlan, base: SafetyPlan | None) -> None:
        """Save the plan as changed from ``base``: parts someone saved meanwhile stay, and a
        part changed in both places is shown both ways for the person to choose."""
        from pulih.core.mapplan.merge import merge_plan, resolve_plan  # once the person said yes

        host = self.host
        keeper, lang = self.store.keeper(), host.lang
        when = datetime.now().astimezone()

        def work() -> None:
            outcome, error = keeper.apply(lambda store: store.save_safety_plan(plan, when, base))
            host.call_from_thread(done, outcome, error)

        def done(outcome: PlanMerge | None, error: StoreError | None) -> None:
            if error is not None:
                host.say("save.not_saved", reason=error.message(lang))
                return
            assert outcome is not None
            if outcome.saved is not None:
                host.plan = host.plan_base = outcome.saved
                self._show_plan(outcome.saved)
                host.say("plan.saved")
                return
            merged, conflicts = merge_plan(base or SafetyPlan(), plan, outcome.theirs)

            def chosen(choices: Choices | None) -> None:
                if choices is None:
                    host.say("merge.cancelled")
                    return
                self._save_plan(resolve_plan(merged, conflicts, choices), outcome.theirs)

            def label(conflict: Conflict) -> str:
                return t(f"plan.{conflict.part}", lang)

            self._choose_each(t("merge.plan_changed", lang), conflicts, label, chosen)

        host.run_worker(work, thread=True, group="store")

    def _show_plan(self, plan: SafetyPlan) -> None:
        """The plan screen, if open, shows the plan as saved (with parts from elsewhere)."""
        from pulih.tui.screens.plan import PlanScreen  # loaded: the plan was saved from it

        for screen in self.host.screen_stack:
            if isinstance(screen, PlanScreen):
                screen.plan = plan
                screen.refresh_plan()

    def export_plan(self) -> None:
        # the plan's e: the export, the store and its question
        from pulih.core.report.export import plan_html
        from pulih.core.store.database import store_exists
        from pulih.tui.screens.confirm import export_question

        if self.store.refuse_when_not_saving():
            return
        host = self.host
        plan = self._plan_on_screen()
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        folder = (host.export_dir or Path.home()).absolute()
        stem = "pulih-rencana-aman" if host.lang == "id" else "pulih-safety-plan"
        path = folder / f"{stem}-{stamp}.html"
        text = plan_html(plan, host.routes(), host.support_map, host.lang)
        # Recorded (listed in Data Anda, removed by forget) only where the person has agreed
        # to keep things on this computer: when a store exists.
        tracked = store_exists(self.store.data_folder())

        question = export_question(host.lang, path, tracked)

        def answered(yes: bool | None) -> None:
            if yes:  # the person may have chosen another place (c)
                self.store.write_note(question.path, text, tracked)

        host.push_screen(question, callback=answered)


def _part(conflict: Conflict) -> str:
    """A person on the map is named by their nickname."""
    return conflict.part
