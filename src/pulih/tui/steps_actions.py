"""Langkah saya in the app: read every saved result's open steps, show them, store each
outcome and each suggestion taken as a step.

Only results the person already saved get outcomes; with ``save=False`` nothing is read or
written. Disk work runs in a thread worker (tui/store_work.py).

The App imports this module on first use, after the first frame (l, from any screen): what
it imports below is what l needs to read the steps.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from pulih.core.store.database import store_exists
from pulih.core.store.followup import Followup, Remembered
from pulih.core.store.steps import StepView, check_in_after_taking, check_in_words
from pulih.core.text.strings import t

if TYPE_CHECKING:
    from pulih.core.content import Content
    from pulih.core.store.database import Store
    from pulih.core.store.record import SavedResult
    from pulih.core.store.steps import Alternative, Outcome, StepOutcome
    from pulih.tui.host import Host
    from pulih.tui.store_work import StoreWork


class StepsActions:
    """Langkah saya, for the App (``app.steps``)."""

    def __init__(self, host: Host, store: StoreWork) -> None:
        self.host = host
        self.store = store

    async def my_steps(self) -> None:
        """Langkah saya: every open step of every saved result (issue 25), whichever screen
        it is opened from."""
        host = self.host
        if self.store.refuse_when_not_saving():
            return
        if not store_exists(self.store.data_folder()):
            host.say("steps.save_first")
            return
        content = await host.content()
        if content is None:
            return
        follow = await self.store.read(Followup.read)
        if follow is None:
            return
        if not any(r.next_steps for r in follow.saved):
            host.say("steps.save_first")
            return
        self._show_steps(follow, content)

    def _remember_marks(self, follow: Followup) -> None:
        """What was marked not helpful, for suggestions shown later in this session."""
        before = self.host.remembered or Remembered()
        self.host.remembered = replace(before, marks=follow.known())

    def _show_steps(self, follow: Followup, content: Content) -> None:
        from pulih.tui.screens.mysteps import MyStepsScreen, StepRow  # once there are steps

        host = self.host
        lang, today = host.lang, host.today
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
            # the first outcome of a result keeps its proposed check-in date from now on
            first: date | None = when if kept.get(result_id) is None else None

            def change(store: Store) -> None:
                store.set_outcome(result_id, step, outcome, note, today)
                if first is not None:
                    store.set_check_in(result_id, first)

            if first is not None:
                kept[result_id] = first
            self.store.in_store(change)
            self._remember_marks(current())

        def on_take(other: Alternative) -> tuple[StepView, StepRow] | None:
            index = next((i for i, r in enumerate(saved) if r.id == other.result_id), None)
            if index is None:
                return None
            result = saved[index]
            chosen = (*result.next_steps, other.suggestion.resource.id)
            saved[index] = replace(result, next_steps=chosen)
            number = other.result_id
            # the new step gets its own time, counted from today (not the result's old date)
            when = check_in_after_taking(result, today)
            later = max(when, kept.get(number) or when)
            kept[number] = later

            def change(store: Store) -> None:
                store.update_next_steps(number, chosen)
                store.set_check_in(number, later)

            self.store.in_store(change)
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
        host.push_screen(screen)
