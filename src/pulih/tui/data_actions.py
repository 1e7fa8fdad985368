"""What the app does with the person's data: save (with consent), history, export, forget.

Only the App's collaborators touch storage; screens show and ask. The disk work of saves,
notes and store changes is tui/keeper.py (typed, no Textual, tested without an App), run in a
thread worker (tui/store_work.py) so a key press is never held up by an fsync. With
``save=False`` (``--no-save``, demo) nothing here writes anything, anywhere.

The App imports this module on first use, after the first frame. An import inside a method
is what only that action needs (its screen, the store, the export): the first key of each
action loads no more than that action needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pulih.core.directory.preferences import Preferences
from pulih.core.files import paths
from pulih.core.text.strings import t, t_count

if TYPE_CHECKING:
    from pulih.core.store.database import Store
    from pulih.core.store.record import SavedResult
    from pulih.tui.host import Host
    from pulih.tui.screens.suggestions import SuggestionsScreen
    from pulih.tui.store_work import StoreWork


class DataActions:
    """Save, export, history, the data screen and forgetting, for the App (``app.data``)."""

    def __init__(self, host: Host, store: StoreWork) -> None:
        self.host = host
        self.store = store
        self.check_ins: dict[int, date | None] = {}
        """Check-in dates kept in the store, by saved result, as the history last read them."""

    # --- save

    def saved_result(self) -> SavedResult:
        """The current result as it would be saved now."""
        from pulih.core.store.record import SavedResult  # with the store, when first saved

        host = self.host
        assert host.results is not None
        content = host.loaded()
        versions = {q.id: q.version for q in (content.reflection, content.check)}
        return SavedResult(
            datetime.now().astimezone(),
            host.lang,
            versions,
            host.results,
            host.preferences or Preferences(),
            host.next_steps,
            support_map=host.support_map,
        )

    def save(self) -> None:
        # s's own: the store and its question
        from pulih.core.store.database import store_exists
        from pulih.tui.screens.confirm import save_question

        host = self.host
        if host.demo is not None and host.results is not None:
            self.store.rehearse(save_question(host.lang, False, self.store.consent()))
            return
        if self.store.refuse_when_not_saving() or host.results is None:
            return
        if host.saved_id is not None:
            host.say("save.done")
            return
        saved_before = store_exists(self.store.data_folder())

        def answered(yes: bool | None) -> None:
            if yes:
                self.save_results()

        question = save_question(host.lang, saved_before, self.store.consent())
        host.push_screen(question, callback=answered)

    def save_results(self, then_quit: bool = False) -> None:
        """Save the current result in a thread; tell the person; optionally quit after."""
        host = self.host
        saved = self.saved_result()
        host.map_base = saved.support_map
        keeper = self.store.keeper()
        theme = str(host.theme)
        notes = list(host.unrecorded_notes)

        def work() -> None:
            done = keeper.save(saved, theme, notes)  # never raises: the result stays on screen
            if done.open_to_others is not None:
                host.call_from_thread(self._open_to_others, done.open_to_others)
            if done.saved_id is None:
                host.call_from_thread(self._not_saved, done.error, done.moved)
            else:
                host.call_from_thread(self._saved, done.saved_id, done.moved, then_quit)

        host.run_worker(work, thread=True, group="store")

    def _open_to_others(self, folder: Path) -> None:
        self.host.say("store.open_to_others", path=paths.shown(folder))

    def _not_saved(self, error: Exception | None, moved: list[Path]) -> None:
        """Say why, calmly; the result stays on screen (s tries again, e exports it)."""
        from pulih.core.store.errors import StoreError  # loaded by the failed save

        for path in moved:
            self.host.say("save.damaged", path=paths.shown(path))
        lang = self.host.lang
        reason = error.message(lang) if isinstance(error, StoreError) else type(error).__name__
        self.host.say("save.not_saved_tui", reason=reason)

    def _saved(self, saved_id: int, moved: list[Path], then_quit: bool) -> None:
        from pulih.core.store.steps import check_in_for, check_in_words  # after a save only

        host = self.host
        host.saved_id = saved_id
        host.unrecorded_notes = []
        for path in moved:
            host.say("save.damaged", path=paths.shown(path))
        host.say("save.done")
        words = ""
        if host.next_steps:  # the proposed check-in date, and where to find the steps again
            saved = self.saved_result()
            when = check_in_for(saved, None)
            if when is not None:
                words = check_in_words(saved, when, False, host.lang)
        ask = host.next_steps and (host.remembered is None or host.remembered.remind is None)
        if words and (then_quit or not ask):
            host.say("steps.saved_check_in", words=words)
        if then_quit:
            host.exit()
            return
        if ask:  # the check-in sentence is said in the question (a toast would cover it)
            self._ask_remind(words)

    def _ask_remind(self, words: str = "") -> None:
        """Once, after the first save with steps: may the welcome screen say when steps are
        due? Off unless the person says yes (a shared computer shows it to anyone)."""
        # after a first save with steps only
        from pulih.core.store.followup import REMIND_SETTING, Remembered
        from pulih.tui.screens.confirm import ConfirmScreen

        host, lang = self.host, self.host.lang
        question = ConfirmScreen(
            lang,
            t("steps.remind_title", lang),
            t("steps.remind_question", lang),
            t("steps.remind_yes", lang),
            t("steps.remind_no", lang),
        )
        if words:
            question.lead = t("steps.saved_check_in", lang, words=words)

        def answered(yes: bool | None) -> None:
            value = "yes" if yes else "no"
            host.remembered = replace(host.remembered or Remembered(), remind=value)

            def change(store: Store) -> None:
                store.set_setting(REMIND_SETTING, value)

            self.store.in_store(change, "steps.remind_on" if yes else "steps.remind_off")

        host.push_screen(question, callback=answered)

    # --- next steps chosen on the suggestions screen

    async def toggle_step(self, resource_id: str) -> None:
        from pulih.tui.screens.suggestions import SuggestionsScreen  # loaded: it asks for this

        host = self.host
        screen = host.screen
        if isinstance(screen, SuggestionsScreen) and screen.saved is not None:
            await self._toggle_saved_step(screen, resource_id)
            return
        steps = list(host.next_steps)
        chosen = resource_id not in steps
        saved_id = host.saved_id if host.save else None
        if not chosen and saved_id is not None and await self._recorded(saved_id, resource_id):
            return
        if chosen:
            steps.append(resource_id)
        else:
            steps.remove(resource_id)
        host.next_steps = tuple(steps)
        screen = host.screen
        if isinstance(screen, SuggestionsScreen):
            await screen.show_view(screen.view, host.next_steps)
        if saved_id is not None:  # on what the store holds now (My steps may have added one)
            number = saved_id
            self.store.in_store(lambda store: store.set_step(number, resource_id, chosen))

    async def _recorded(self, result_id: int, step: str) -> bool:
        """Whether the person recorded how ``step`` went (then it is not unmarked: it would
        vanish from the result and from My steps, with its note); said when so."""
        from pulih.core.store.steps import outcome_label  # after a save only

        outcomes = await self.store.read(lambda store: store.outcomes(result_id))
        outcome = (outcomes or {}).get(step)
        if outcome is None:
            return outcomes is None  # unreadable: change nothing
        said = outcome_label(outcome.outcome, self.host.lang)
        self.host.say("steps.recorded_stays", outcome=said)
        return True

    async def _toggle_saved_step(self, screen: SuggestionsScreen, resource_id: str) -> None:
        """A step marked on the suggestions of a saved result (opened from the history) is
        kept with that result, and the result's screen below shows it too."""
        from pulih.tui.screens.results import ResultsScreen  # loaded: the history opened it

        saved = screen.saved
        if saved is None or saved.id is None or self.store.refuse_when_not_saving():
            return
        number = saved.id
        marking = resource_id not in saved.next_steps
        if not marking and await self._recorded(number, resource_id):
            return
        steps = [s for s in saved.next_steps if s != resource_id]
        if marking:
            steps.append(resource_id)
        chosen = tuple(steps)
        screen.saved = replace(saved, next_steps=chosen)
        for below in self.host.screen_stack:
            if isinstance(below, ResultsScreen) and getattr(below.saved, "id", None) == number:
                below.saved = screen.saved
        await screen.show_view(screen.view, chosen)
        self.store.in_store(lambda store: store.set_step(number, resource_id, marking))

    # --- export

    def export(self) -> None:
        # e's own: the note, its questions, the screen it is asked from
        from pulih.core.report.export import free_path, note_path
        from pulih.tui.screens.confirm import ConfirmScreen, export_question
        from pulih.tui.screens.results import ResultsScreen

        host, lang = self.host, self.host.lang
        rehearsal = host.demo is not None
        if not rehearsal and self.store.refuse_when_not_saving():
            return
        screen = host.screen
        past = isinstance(screen, ResultsScreen) and screen.saved is not None
        if isinstance(screen, ResultsScreen) and screen.saved is not None:
            result = screen.saved  # a past result, opened from the history
        elif host.results:
            result = self.saved_result()
        else:
            return
        # a note made in the same minute as another keeps both (-2, -3, ...)
        path = free_path(note_path(host.export_dir or Path.home(), result.created, lang))
        # A saved result's notes are recorded (Data Anda lists them, forget deletes them);
        # an unsaved one's are not, unless the person saves it later in this session.
        tracked = past or host.saved_id is not None
        chosen = {"map": False, "clinician": False}

        def ask_path() -> None:
            question = export_question(lang, path, tracked)
            if rehearsal:
                self.store.rehearse(question)
                return

            def write() -> None:
                self._write_note(result, question.path, chosen["map"], tracked, chosen["clinician"])

            def answered(yes: bool | None) -> None:
                if yes:  # the person may have chosen another place (c)
                    ask_clinician(write)

            host.push_screen(question, callback=answered)

        def then(key: str, after: Callable[[], None]) -> Callable[[bool | None], None]:
            def answered(yes: bool | None) -> None:
                chosen[key] = bool(yes)
                after()

            return answered

        def ask_clinician(write: Callable[[], None]) -> None:
            """Once the note is wanted, off by default: a line for the clinician saying the
            safety questions were answered yes, and when (only asked when they were)."""
            if not result.results.safety.crisis:
                write()
                return
            question = ConfirmScreen(
                lang,
                t("export.include_clinician", lang),
                t("export.include_clinician_note", lang),
                t("export.clinician_yes", lang),
                t("export.clinician_no", lang),
            )
            if rehearsal:
                question.badge = t("demo.rehearsal", lang)
            host.push_screen(question, callback=then("clinician", write))

        if result.support_map.ties:
            question = ConfirmScreen(
                lang,
                t("export.include_map", lang),
                t("export.include_map_note", lang),
                t("export.include_yes", lang),
                t("export.include_no", lang),
            )
            if rehearsal:
                question.badge = t("demo.rehearsal", lang)
            host.push_screen(question, callback=then("map", ask_path))
        else:
            ask_path()

    def _write_note(
        self,
        saved: SavedResult,
        path: Path,
        include_map: bool = False,
        tracked: bool = False,
        clinician: bool = False,
    ) -> None:
        # the note's words, once the person said yes
        from pulih.core.report.export import note_html
        from pulih.core.report.present import note_for

        host = self.host
        marks = host.remembered.marks if host.remembered is not None else None
        note = note_for(
            saved, host.loaded(), host.today, include_map, marks=marks, clinician=clinician
        )
        self.store.write_note(path, note_html(note), tracked)

    # --- history

    async def open_history(self) -> None:
        # r's own: the store, the history and the past results it opens
        from pulih.core.store.database import store_exists
        from pulih.tui.screens.history import HistoryScreen
        from pulih.tui.screens.results import ResultsScreen

        host = self.host
        if self.store.refuse_when_not_saving():
            return
        content = await host.content()
        if content is None:
            return
        saved: list[SavedResult] = []
        if store_exists(self.store.data_folder()):
            saved = await self._read_saved()
        screen = HistoryScreen(saved, content.reflection, content.check, host.lang)
        # From a past result (opened in the history), r goes back to the history: the past
        # result gives way, so b then leads where it led before, not through a growing stack.
        while isinstance(host.screen, ResultsScreen) and host.screen.saved_on is not None:
            host.pop_screen()
        host.push_screen(screen, callback=self._open_saved)

    async def _read_saved(self) -> list[SavedResult]:
        def read(store: Store) -> list[SavedResult]:
            found = store.results()
            self.check_ins = {r.id: store.check_in(r.id) for r in found if r.id}
            return found

        found = await self.store.read(read, count_unreadable=True)
        return list(found or [])

    def _open_saved(self, saved: SavedResult | None) -> None:
        if saved is None:
            return
        # loaded by the history that gave it
        from pulih.core.store.steps import check_in_for, check_in_words
        from pulih.tui.screens.results import ResultsScreen

        host = self.host
        content = host.loaded()
        view = host.result_view(saved.results, saved.preferences)
        when = saved.created.strftime("%Y-%m-%d %H:%M")
        screen = ResultsScreen(view, [content.reflection, content.check], saved_on=when)
        screen.saved = saved
        kept = self.check_ins.get(saved.id) if saved.id is not None else None
        check_in = check_in_for(saved, kept)
        if check_in is not None:
            screen.check_in = check_in_words(saved, check_in, kept is not None, host.lang)
        host.push_screen(screen)

    # --- where data lives, and forgetting it

    async def _places(self) -> list[tuple[str, list[str]]]:
        # d's own: where pulih keeps things
        from pulih.core.store.errors import StoreError
        from pulih.core.store.places import places

        data, cache, lang = self.store.data_folder(), paths.cache_dir(), self.host.lang
        found, error = await self.store.off_the_screen(lambda: places(lang, data, cache))
        if error is not None:
            reason = error.message(lang) if isinstance(error, StoreError) else type(error).__name__
            return [(t("where.title", lang), [t("read.failed", lang, reason=reason)])]
        return list(found or [])

    async def open_data(self) -> None:
        from pulih.tui.screens.data import DataScreen  # d's own screen

        host = self.host
        if host.demo is not None:
            self._rehearse_forget()  # a demo does not even look at the data folder
            return
        if self.store.refuse_when_not_saving():
            return
        host.push_screen(DataScreen(host.lang, await self._places()))

    def _rehearse_forget(self) -> None:
        """Demo: the forget question with what it would name (folders, not their files: a
        demo reads nothing of anyone's data)."""
        from pulih.tui.screens.confirm import forget_question  # a demo's d only

        lang = self.host.lang
        listing = [
            f"{paths.shown(self.store.data_folder())}  ({t('demo.forget_data', lang)})",
            f"{paths.shown(paths.cache_dir())}  ({t('demo.forget_cache', lang)})",
            t("demo.forget_notes", lang),
        ]
        self.store.rehearse(forget_question(lang, listing))

    async def forget(self) -> None:
        """List every file (set-aside ones marked, exported notes by full path), ask, delete.

        When the list of exported notes cannot be read (busy store), nothing is deleted."""
        # forget's own (a module, not its names: a test replaces forget_everything)
        from pulih.core.store import forget as deleting
        from pulih.core.store.errors import StoreBusy, StoreError
        from pulih.tui.screens.confirm import forget_question
        from pulih.tui.screens.data import DataScreen

        host, lang = self.host, self.host.lang
        data, cache = self.store.data_folder(), paths.cache_dir()
        found, error = await self.store.off_the_screen(
            lambda: deleting.notes_on_disk(deleting.known_notes(data))
        )
        if isinstance(error, StoreBusy):
            host.say("forget.blocked", reason=error.message(lang))
            return
        notes: list[Path] = found[0] if found else []
        files = [*notes, *deleting.pulih_files(data, cache)]
        if not files:
            host.say("forget.nothing")
            return

        async def answered(yes: bool | None) -> None:
            if not yes:
                return
            done, failure = await self.store.off_the_screen(
                lambda: deleting.forget_everything(data, cache, notes, lang)
            )
            if isinstance(failure, StoreBusy):
                host.say("forget.busy")
                return
            if failure is not None:
                raise failure
            assert done is not None
            removed, failed = done.removed, done.failed
            host.saved_id = None
            host.map_base = None
            host.plan_base = None
            host.unrecorded_notes = []
            on_screen = host.results is not None or host.plan is not None
            cleared = on_screen or bool(host.support_map.ties)
            if cleared:
                # a shared computer: what was deleted from the disk leaves the screen too,
                # older notices ("Saved", "Recorded: ...") included
                host.plan = None
                host.action_reset()
                host.clear_notifications()
            host.notify(t_count("forget.done", lang, len(removed)), timeout=6)
            for path, reason in failed:
                host.say("forget.failed", path=paths.shown(path), reason=reason)
            if done.left:
                host.say("forget.left", path=", ".join(paths.shown(p) for p in done.left))
            if cleared:
                host.say("forget.screen_cleared")
            elif isinstance(host.screen, DataScreen):
                host.screen.show_places(await self._places())

        aside = t("forget.set_aside", lang)
        listing = [
            f"{paths.shown(p)} {aside}" if deleting.is_set_aside(p) else paths.shown(p)
            for p in files
        ]
        question = forget_question(lang, listing)
        if isinstance(error, StoreError):  # unreadable, not pulih's: the notes stay, and it says so
            question.lead = deleting.notes_unknown(error, lang)
        host.push_screen(question, callback=answered)
