"""Langkah saya in the app: read every saved result's open steps, show them, store each
outcome and each suggestion taken as a step.

Only results the person already saved get outcomes; with ``save=False`` nothing is read or
written. Disk work runs in a thread worker (tui/store_work.py).

The App imports this module on first use, after the first frame (l, from any screen): what
it imports below is what l needs to read the steps.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pulih.core.store.database import store_exists
from pulih.core.store.followup import Followup, Remembered, marking, taking
from pulih.core.store.steps import StepView, check_in_words
from pulih.core.text.strings import t

if TYPE_CHECKING:
    from pulih.core.content import Content
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
        due = follow.due(self.host.today) if before.remind == "yes" else 0
        self.host.remembered = replace(before, marks=follow.known(), due_count=due)
        if due != before.due_count:  # the welcome's "1 langkah menunggu dicek" was stale
            self.host.say_due()

    def _show_steps(self, follow: Followup, content: Content) -> None:
        from pulih.tui.screens.mysteps import MyStepsScreen, StepRow  # once there are steps

        host = self.host
        lang, today = host.lang, host.today
        now = [follow]  # the follow-up as marks and taken steps change it (core: marking/taking)

        def row(result: SavedResult, step: str) -> StepRow:
            when, kept = now[0].step_check_in(result, step)
            words = ""
            if when is not None:
                words = check_in_words(result, when, kept, lang)
                if today >= when:
                    words += f" — {t('steps.overdue', lang)}"
            made = result.created.strftime("%Y-%m-%d")
            return StepRow(
                result.id or 0, t("steps.from_result", lang, id=result.id, date=made), words
            )

        open_ = follow.open_steps(content.directory, lang)
        views = [step.view for step in open_]
        rows = [row(step.result, step.view.id) for step in open_]
        soonest = min(
            (step for step in open_ if step.check_in is not None),
            key=lambda step: step.check_in or today,
            default=None,
        )
        check_in = ""
        if soonest is not None and soonest.check_in is not None:
            check_in = check_in_words(soonest.result, soonest.check_in, soonest.kept, lang)

        def others_for(marks: dict[tuple[int, str], StepOutcome]) -> list[Alternative]:
            current = now[0]
            outcomes = {number: dict(found) for number, found in current.outcomes.items()}
            for (number, step), outcome in marks.items():
                outcomes.setdefault(number, {})[step] = outcome
            now[0] = Followup(current.saved, outcomes, current.kept, current.own)
            return now[0].alternatives(content, lang, today)

        def on_mark(result_id: int, step: str, outcome: Outcome, note: str) -> None:
            change = marking(now[0], result_id, step, outcome, note, today)
            now[0] = change.after
            self.store.in_store(change.write)
            self._remember_marks(now[0])

        def on_take(other: Alternative) -> tuple[StepView, StepRow] | None:
            if not any(r.id == other.result_id for r in now[0].saved):
                return None
            change = taking(now[0], other, today)
            now[0] = change.after
            self.store.in_store(change.write)
            self._remember_marks(now[0])
            result = next(r for r in now[0].saved if r.id == other.result_id)
            resource = other.suggestion.resource
            return StepView(resource.id, resource.title(lang), None), row(result, resource.id)

        heading = t("steps.all_title", lang) if views else ""
        screen = MyStepsScreen(
            heading,
            views,
            check_in,
            now[0].alternatives(content, lang, today),
            lang,
            today,
            on_mark=on_mark,
            others_for=others_for,
            rows=rows,
            on_take=on_take,
        )
        host.push_screen(screen)
