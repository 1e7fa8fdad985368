"""Langkah saya in the app: read every saved result's open steps, show them, store each
outcome and each suggestion taken as a step.

Only results the person already saved get outcomes; with ``save=False`` nothing is read or
written. Disk work runs in a thread worker, as in data_actions.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pulih.core.store.database import Store
    from pulih.core.store.followup import Followup
    from pulih.core.store.record import SavedResult
    from pulih.core.store.steps import Alternative, Outcome, StepOutcome


class StepsActions:
    """Mixed into PulihApp (after DataActions); relies on its attributes."""

    lang: Any
    remembered: Any
    save: bool
    saved_id: int | None
    screen: Any
    today: Any

    async def action_my_steps(self, result_id: int | None = None) -> None:
        """Langkah saya: every open step of every saved result (issue 25), whichever screen
        it is opened from."""
        from pulih.core.store.database import store_exists
        from pulih.core.store.followup import Followup

        if self._refuse_when_not_saving():  # type: ignore[attr-defined]
            return
        folder = self._data_folder()  # type: ignore[attr-defined]
        if not store_exists(folder):
            self._say("steps.save_first")  # type: ignore[attr-defined]
            return
        content = await self.content()  # type: ignore[attr-defined]
        if content is None:
            return
        follow = await self._read_store(Followup.read)
        if follow is None:
            return
        if not any(r.next_steps for r in follow.saved):
            self._say("steps.save_first")  # type: ignore[attr-defined]
            return
        self._show_steps(follow, content)

    def _remember_marks(self, follow: Followup) -> None:
        """What was marked not helpful, for suggestions shown later in this session."""
        from dataclasses import replace

        from pulih.core.store.followup import Remembered

        before = getattr(self, "remembered", None) or Remembered()
        self.remembered = replace(before, marks=follow.not_helpful())

    async def _read_store(self, read: Any) -> Any:
        """``read`` on the store in a thread worker (tui/keeper.py); says why when it fails."""
        keeper = self._keeper()  # type: ignore[attr-defined]
        worker = self.run_worker(lambda: keeper.read(read), thread=True, group="store")  # type: ignore[attr-defined]
        found, error = await worker.wait()
        if error is not None:
            self._say("read.failed", reason=error.message(self.lang))  # type: ignore[attr-defined]
        return found

    def _show_steps(self, follow: Followup, content: Any) -> None:
        from dataclasses import replace

        from pulih.core.store.followup import Followup
        from pulih.core.store.steps import StepView, check_in_words
        from pulih.core.text.strings import t
        from pulih.tui.screens.mysteps import MyStepsScreen, StepRow

        lang, today = self.lang, self.today
        saved = list(follow.saved)
        outcomes = {number: dict(found) for number, found in follow.outcomes.items()}
        kept = dict(follow.kept)

        def current() -> Followup:
            return Followup(saved, outcomes, kept)

        def row(result: SavedResult) -> StepRow:
            when = current().check_in(result)
            words = ""
            if when is not None:
                words = check_in_words(result, when, kept.get(result.id or 0) is not None, lang)
                if today >= when:
                    words += f" — {t('steps.overdue', lang)}"
            made = result.created.strftime("%Y-%m-%d")
            return StepRow(
                result.id or 0, t("steps.from_result", lang, id=result.id, date=made), words
            )

        open_ = follow.open_steps(content.directory, lang)
        views = [step.view for step in open_]
        rows = [row(step.result) for step in open_]
        soonest = min(
            (step for step in open_ if step.check_in is not None),
            key=lambda step: step.check_in or today,
            default=None,
        )
        check_in = ""
        if soonest is not None and soonest.check_in is not None:
            check_in = check_in_words(soonest.result, soonest.check_in, soonest.kept, lang)

        def others_for(now: dict[tuple[int, str], StepOutcome]) -> list[Alternative]:
            for (number, step), outcome in now.items():
                outcomes.setdefault(number, {})[step] = outcome
            return current().alternatives(content, lang, today)

        def on_mark(result_id: int, step: str, outcome: Outcome, note: str) -> None:
            result = next(r for r in saved if r.id == result_id)
            when = current().check_in(result)
            first = kept.get(result_id) is None and when is not None

            def change(store: Store) -> None:
                store.set_outcome(result_id, step, outcome, note, today)
                if first:
                    store.set_check_in(result_id, when)  # the proposed date, kept from now on

            if first:
                kept[result_id] = when
            self._in_store(change)  # type: ignore[attr-defined]
            self._remember_marks(current())

        def on_take(other: Alternative) -> tuple[StepView, StepRow] | None:
            index = next((i for i, r in enumerate(saved) if r.id == other.result_id), None)
            if index is None:
                return None
            result = saved[index]
            chosen = (*result.next_steps, other.suggestion.resource.id)
            saved[index] = replace(result, next_steps=chosen)
            number = other.result_id

            def change(store: Store) -> None:
                store.update_next_steps(number, chosen)

            self._in_store(change)  # type: ignore[attr-defined]
            resource = other.suggestion.resource
            return StepView(resource.id, resource.title(lang), None), row(saved[index])

        heading = t("steps.all_title", lang) if views else ""
        screen = MyStepsScreen(
            heading,
            views,
            check_in,
            current().alternatives(content, lang, today),
            lang,
            today,
            on_mark=on_mark,
            others_for=others_for,
            rows=rows,
            on_take=on_take,
        )
        self.push_screen(screen)  # type: ignore[attr-defined]
