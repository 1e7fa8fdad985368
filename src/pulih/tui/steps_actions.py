"""Langkah saya in the app: read a saved result's steps, show them, store each outcome.

Only results the person already saved get outcomes; with ``save=False`` nothing is read or
written. Disk work runs in a thread worker, as in data_actions.py.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pulih.core.store.database import Store
    from pulih.core.store.record import SavedResult
    from pulih.core.store.steps import Alternative, Outcome, StepOutcome


class StepsActions:
    """Mixed into PulihApp (after DataActions); relies on its attributes."""

    lang: Any
    save: bool
    saved_id: int | None
    screen: Any
    today: Any

    async def action_my_steps(self, result_id: int | None = None) -> None:
        from pulih.core.store.database import store_exists

        if self._refuse_when_not_saving():  # type: ignore[attr-defined]
            return
        shown = getattr(getattr(self.screen, "saved", None), "id", None)
        wanted = result_id or shown or self.saved_id
        folder = self._data_folder()  # type: ignore[attr-defined]
        if wanted is None or not store_exists(folder):
            self._say("steps.save_first")  # type: ignore[attr-defined]
            return
        content = await self.content()  # type: ignore[attr-defined]
        if content is None:
            return

        def read(store: Store) -> tuple[SavedResult | None, dict[str, StepOutcome], date | None]:
            return store.get(wanted), store.outcomes(wanted), store.check_in(wanted)

        found = await self._read_store(read)
        if found is None or found[0] is None:
            return
        self._show_steps(found[0], found[1], found[2], content)

    async def _read_store(self, read: Any) -> Any:
        """``read`` on the store in a thread worker (tui/keeper.py); says why when it fails."""
        keeper = self._keeper()  # type: ignore[attr-defined]
        worker = self.run_worker(lambda: keeper.read(read), thread=True, group="store")  # type: ignore[attr-defined]
        found, error = await worker.wait()
        if error is not None:
            self._say("read.failed", reason=error.message(self.lang))  # type: ignore[attr-defined]
        return found

    def _show_steps(
        self,
        saved: SavedResult,
        outcomes: dict[str, StepOutcome],
        kept: date | None,
        content: Any,
    ) -> None:
        from pulih.core.store.steps import adjust, check_in_for, step_views
        from pulih.core.text.strings import t
        from pulih.tui.screens.mysteps import MyStepsScreen

        lang, today = self.lang, self.today
        when = check_in_for(saved, kept)
        views = step_views(saved.next_steps, outcomes, content.directory)
        result_id = saved.id or 0
        check_in = ""
        if when is not None:
            key = "steps.check_in" if kept is not None else "steps.check_in_proposed"
            check_in = t(key, lang, date=when.isoformat())
        heading = t("steps.of_result", lang, id=result_id, date=saved.created.strftime("%Y-%m-%d"))

        def others_for(now: dict[str, StepOutcome]) -> list[Alternative]:
            return adjust(saved, now, when, content, lang, today)

        def on_mark(step: str, outcome: Outcome, note: str) -> None:
            def change(store: Store) -> None:
                store.set_outcome(result_id, step, outcome, note, today)
                if kept is None and when is not None:
                    store.set_check_in(result_id, when)  # the proposed date, kept from now on

            self._in_store(change)  # type: ignore[attr-defined]

        screen = MyStepsScreen(
            heading,
            views,
            check_in,
            others_for(outcomes),
            lang,
            today,
            on_mark=on_mark,
            others_for=others_for,
        )
        self.push_screen(screen)  # type: ignore[attr-defined]
