"""What the app does with the person's data: save (with consent), history, export, forget.

Only the app touches storage; screens show and ask. The disk work of saves, notes and store
changes is a small collaborator (tui/keeper.py: typed, no Textual, tested without an App); it
runs in a thread worker so a key press is never held up by an fsync. With ``save=False`` (``--no-save``, demo) nothing here
writes anything, anywhere.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pulih.core.text.strings import t
from pulih.tui.keeper import Keeper

if TYPE_CHECKING:
    from collections.abc import Callable

    from pulih.core.content import Content
    from pulih.core.store.database import Store
    from pulih.core.store.record import SavedResult
    from pulih.tui.screens.confirm import ConfirmScreen
    from pulih.tui.screens.suggestions import SuggestionsScreen


class DataActions:
    """Mixed into PulihApp; relies on its attributes (results, lang, save, ...)."""

    # The attributes below are PulihApp's; declared for type checkers.
    lang: Any
    save: bool
    demo: Any
    remembered: Any
    results: Any
    preferences: Any
    saved_id: int | None
    next_steps: tuple[str, ...]
    export_dir: Path | None
    today: Any
    screen: Any
    _unrecorded_notes: list[tuple[Path, str, datetime]]
    """Notes of the current, unsaved result: recorded in the store if it is saved later."""

    # --- helpers

    def _data_folder(self) -> Path:
        from pulih.core.files.paths import data_dir

        return data_dir()

    def _keeper(self) -> Keeper:
        """The disk work, for the data folder as it is now (tui/keeper.py)."""
        return Keeper(self._data_folder())

    def _say(self, key: str, **values: object) -> None:
        from pulih.core.text.strings import t

        self.notify(t(key, self.lang, **values), timeout=6)  # type: ignore[attr-defined]

    def _refuse_when_not_saving(self) -> bool:
        if not self.save:
            self._say("demo.nothing_kept" if self.demo is not None else "save.disabled")
            return True
        return False

    def _rehearse(self, question: ConfirmScreen) -> None:
        """Demo: ask ``question`` as a person would see it, say it is a rehearsal, write
        nothing whatever the answer, and say so after."""
        from pulih.core.text.strings import t

        question.badge = t("demo.rehearsal", self.lang)
        self.push_screen(question, callback=lambda _answer: self._say("demo.rehearsal_done"))  # type: ignore[attr-defined]

    def _in_store(self, change: Callable[[Store], None], done: str | None = None) -> None:
        """Run ``change`` on the store in a thread worker; say ``done`` after, or why it failed."""
        keeper = self._keeper()

        def work() -> None:
            failed = keeper.change(change)
            if failed is not None:  # the app keeps running, whatever went wrong
                reason = failed.message(self.lang)
                self.call_from_thread(self._say, "save.not_saved", reason=reason)  # type: ignore[attr-defined]
            elif done:
                self.call_from_thread(self._say, done)  # type: ignore[attr-defined]

        self.run_worker(work, thread=True, group="store")  # type: ignore[attr-defined]

    def _saved_result(self) -> SavedResult:
        from pulih.core.directory.preferences import Preferences
        from pulih.core.store.record import SavedResult

        content: Content = self._content  # type: ignore[attr-defined]
        versions = {q.id: q.version for q in (content.reflection, content.check)}
        return SavedResult(
            datetime.now().astimezone(),
            self.lang,
            versions,
            self.results,
            self.preferences or Preferences(),
            self.next_steps,
            support_map=self.support_map,  # type: ignore[attr-defined]
        )

    def _consent(self, what: str = "result") -> str:
        """What saving keeps and who else can open it (every save question shows this)."""
        from pulih.core.files.paths import shown
        from pulih.core.store.consent import consent_text

        folder = shown(self._data_folder())
        if what == "plan":
            return consent_text(self.lang, folder, "plan")
        people = len(self.support_map.ties)  # type: ignore[attr-defined]
        region = self.preferences.region if self.preferences is not None else ""
        return consent_text(
            self.lang, folder, map_people=people, steps=len(self.next_steps), region=region or ""
        )

    # --- save

    def action_save(self) -> None:
        from pulih.core.store.database import store_exists
        from pulih.tui.screens.confirm import save_question

        if self.demo is not None and self.results is not None:
            self._rehearse(save_question(self.lang, False, self._consent()))
            return
        if self._refuse_when_not_saving() or self.results is None:
            return
        if self.saved_id is not None:
            self._say("save.done")
            return
        saved_before = store_exists(self._data_folder())

        def answered(yes: bool | None) -> None:
            if yes:
                self.save_results()

        question = save_question(self.lang, saved_before, self._consent())
        self.push_screen(question, callback=answered)  # type: ignore[attr-defined]

    def save_results(self, then_quit: bool = False) -> None:
        """Save the current result in a thread; tell the person; optionally quit after."""
        saved = self._saved_result()
        self.map_base = saved.support_map  # type: ignore[attr-defined]
        keeper = self._keeper()
        theme = str(self.theme)  # type: ignore[attr-defined]
        notes = list(self._unrecorded_notes)

        def work() -> None:
            done = keeper.save(saved, theme, notes)  # never raises: the result stays on screen
            if done.open_to_others is not None:
                self.call_from_thread(self._open_to_others, done.open_to_others)  # type: ignore[attr-defined]
            if done.saved_id is None:
                self.call_from_thread(self._not_saved, done.error, done.moved)  # type: ignore[attr-defined]
            else:
                self.call_from_thread(self._saved, done.saved_id, done.moved, then_quit)  # type: ignore[attr-defined]

        self.run_worker(work, thread=True, group="store")  # type: ignore[attr-defined]

    def _open_to_others(self, folder: Path) -> None:
        from pulih.core.files.paths import shown

        self._say("store.open_to_others", path=shown(folder))

    def _not_saved(self, error: Exception, moved: list[Path]) -> None:
        """Say why, calmly; the result stays on screen (s tries again, e exports it)."""
        from pulih.core.files.paths import shown
        from pulih.core.store.errors import StoreError

        for path in moved:
            self._say("save.damaged", path=shown(path))
        reason = error.message(self.lang) if isinstance(error, StoreError) else type(error).__name__
        self._say("save.not_saved_tui", reason=reason)

    def _saved(self, saved_id: int, moved: list[Path], then_quit: bool) -> None:
        self.saved_id = saved_id
        self._unrecorded_notes = []
        from pulih.core.files.paths import shown

        for path in moved:
            self._say("save.damaged", path=shown(path))
        self._say("save.done")
        if self.next_steps:  # the proposed check-in date, and where to find the steps again
            from pulih.core.store.steps import check_in_for, check_in_words

            saved = self._saved_result()
            when = check_in_for(saved, None)
            if when is not None:
                self._say(
                    "steps.saved_check_in", words=check_in_words(saved, when, False, self.lang)
                )
        if then_quit:
            self.exit()  # type: ignore[attr-defined]
            return
        if self.next_steps and (self.remembered is None or self.remembered.remind is None):
            self._ask_remind()

    def _ask_remind(self) -> None:
        """Once, after the first save with steps: may the welcome screen say when steps are
        due? Off unless the person says yes (a shared computer shows it to anyone)."""
        from dataclasses import replace

        from pulih.core.store.followup import REMIND_SETTING, Remembered
        from pulih.core.text.strings import t
        from pulih.tui.screens.confirm import ConfirmScreen

        lang = self.lang
        question = ConfirmScreen(
            lang,
            t("steps.remind_title", lang),
            t("steps.remind_question", lang),
            t("steps.remind_yes", lang),
            t("steps.remind_no", lang),
        )

        def answered(yes: bool | None) -> None:
            value = "yes" if yes else "no"
            self.remembered = replace(self.remembered or Remembered(), remind=value)

            def change(store: Store) -> None:
                store.set_setting(REMIND_SETTING, value)

            self._in_store(change, "steps.remind_on" if yes else "steps.remind_off")

        self.push_screen(question, callback=answered)  # type: ignore[attr-defined]

    # --- next steps chosen on the suggestions screen

    async def action_toggle_step(self, resource_id: str) -> None:
        from pulih.tui.screens.suggestions import SuggestionsScreen

        screen = self.screen
        if isinstance(screen, SuggestionsScreen) and screen.saved is not None:
            await self._toggle_saved_step(screen, resource_id)
            return
        steps = list(self.next_steps)
        if resource_id in steps:
            steps.remove(resource_id)
        else:
            steps.append(resource_id)
        self.next_steps = tuple(steps)
        screen = self.screen
        if isinstance(screen, SuggestionsScreen):
            await screen.show_view(screen.view, self.next_steps)
        if self.saved_id is not None and self.save:
            saved_id, chosen = self.saved_id, self.next_steps
            self._in_store(lambda store: store.update_next_steps(saved_id, chosen))

    async def _toggle_saved_step(self, screen: SuggestionsScreen, resource_id: str) -> None:
        """A step marked on the suggestions of a saved result (opened from the history) is
        kept with that result, and the result's screen below shows it too."""
        from dataclasses import replace

        from pulih.tui.screens.results import ResultsScreen

        saved = screen.saved
        if saved is None or saved.id is None or self._refuse_when_not_saving():
            return
        steps = [s for s in saved.next_steps if s != resource_id]
        if len(steps) == len(saved.next_steps):
            steps.append(resource_id)
        chosen, number = tuple(steps), saved.id
        screen.saved = replace(saved, next_steps=chosen)
        for below in self.screen_stack:  # type: ignore[attr-defined]
            if isinstance(below, ResultsScreen) and getattr(below.saved, "id", None) == number:
                below.saved = screen.saved
        await screen.show_view(screen.view, chosen)
        self._in_store(lambda store: store.update_next_steps(number, chosen))

    # --- export

    def action_export(self) -> None:
        from pulih.core.report.export import free_path, note_path
        from pulih.tui.screens.confirm import export_question
        from pulih.tui.screens.results import ResultsScreen

        rehearsal = self.demo is not None
        if not rehearsal and self._refuse_when_not_saving():
            return
        screen = self.screen
        past = isinstance(screen, ResultsScreen) and screen.saved is not None
        saved = screen.saved if past else (self._saved_result() if self.results else None)
        if saved is None:
            return
        # a note made in the same minute as another keeps both (-2, -3, ...)
        path = free_path(note_path(self.export_dir or Path.home(), saved.created, self.lang))
        # A saved result's notes are recorded (Data Anda lists them, forget deletes them);
        # an unsaved one's are not, unless the person saves it later in this session.
        tracked = past or self.saved_id is not None

        from pulih.core.text.strings import t
        from pulih.tui.screens.confirm import ConfirmScreen

        chosen = {"map": False, "clinician": False}

        def ask_path() -> None:
            question = export_question(self.lang, path, tracked)
            if rehearsal:
                self._rehearse(question)
                return

            def write() -> None:
                self._write_note(saved, question.path, chosen["map"], tracked, chosen["clinician"])

            def answered(yes: bool | None) -> None:
                if yes:  # the person may have chosen another place (c)
                    ask_clinician(write)

            self.push_screen(question, callback=answered)  # type: ignore[attr-defined]

        def then(key: str, after: Callable[[], None]) -> Callable[[bool | None], None]:
            def answered(yes: bool | None) -> None:
                chosen[key] = bool(yes)
                after()

            return answered

        def ask_clinician(write: Callable[[], None]) -> None:
            """Once the note is wanted, off by default: a line for the clinician saying the
            safety questions were answered yes, and when (only asked when they were)."""
            if not saved.results.safety.crisis:
                write()
                return
            question = ConfirmScreen(
                self.lang,
                t("export.include_clinician", self.lang),
                t("export.include_clinician_note", self.lang),
                t("export.include_yes", self.lang),
                t("export.include_no", self.lang),
            )
            if rehearsal:
                question.badge = t("demo.rehearsal", self.lang)
            self.push_screen(question, callback=then("clinician", write))  # type: ignore[attr-defined]

        if saved.support_map.ties:
            question = ConfirmScreen(
                self.lang,
                t("export.include_map", self.lang),
                t("export.include_map_note", self.lang),
                t("export.include_yes", self.lang),
                t("export.include_no", self.lang),
            )
            if rehearsal:
                question.badge = t("demo.rehearsal", self.lang)
            self.push_screen(question, callback=then("map", ask_path))  # type: ignore[attr-defined]
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
        from pulih.core.report.export import note_html
        from pulih.core.report.present import note_for

        content = self._content  # type: ignore[attr-defined]
        marks = self.remembered.marks if self.remembered is not None else None
        note = note_for(saved, content, self.today, include_map, marks=marks, clinician=clinician)
        self.write_note(path, note_html(note), tracked)

    def write_note(self, path: Path, text: str, tracked: bool) -> None:
        """Write a note (0600) in a thread; record it in the store when ``tracked`` (a saved
        result or plan), else keep it to record if the person saves this result later."""
        keeper = self._keeper()

        def work() -> None:
            done = keeper.write_note(path, text, tracked, self.lang)
            if done.when is None:  # not written: an existing file, or the disk said no
                values = {"reason": done.reason} if done.reason else {"path": str(path)}
                self.call_from_thread(self._say, done.about, **values)  # type: ignore[attr-defined]
                return
            self.call_from_thread(self._note_written, path, text, done.when, done.about)  # type: ignore[attr-defined]

        self.run_worker(work, thread=True, group="store")  # type: ignore[attr-defined]

    def _note_written(self, path: Path, text: str, when: datetime, about: str) -> None:
        from pulih.core.text.strings import t

        if about == "export.untracked":
            self._unrecorded_notes.append((path, text, when))
        self._say("export.written", path=f"{path}\n{t(about, self.lang)}")

    # --- history

    async def action_history(self) -> None:
        from pulih.core.store.database import store_exists
        from pulih.tui.screens.history import HistoryScreen

        if self._refuse_when_not_saving():
            return
        content = await self.content()  # type: ignore[attr-defined]
        if content is None:
            return
        folder = self._data_folder()
        saved: list[SavedResult] = []
        if store_exists(folder):
            saved = await self._read_saved(folder)
        screen = HistoryScreen(saved, content.reflection, content.check, self.lang)
        # From a past result (opened in the history), r goes back to the history: the past
        # result gives way, so b then leads where it led before, not through a growing stack.
        from pulih.tui.screens.results import ResultsScreen

        while isinstance(self.screen, ResultsScreen) and self.screen.saved_on is not None:
            self.pop_screen()  # type: ignore[attr-defined]
        self.push_screen(screen, callback=self._open_saved)  # type: ignore[attr-defined]

    async def _read_saved(self, folder: Path) -> list[SavedResult]:
        def read(store: Store) -> list[SavedResult]:
            found = store.results()
            self._check_ins = {r.id: store.check_in(r.id) for r in found if r.id}
            return found

        keeper = Keeper(folder)
        worker = self.run_worker(lambda: keeper.read(read), thread=True, group="store")  # type: ignore[attr-defined]
        found, error = await worker.wait()
        if error is not None:
            self._say("read.failed", reason=error.message(self.lang))
        elif keeper.unreadable:
            from pulih.core.text.strings import t_count

            self.notify(t_count("read.unreadable", self.lang, keeper.unreadable), timeout=8)  # type: ignore[attr-defined]
        return list(found or [])

    def _open_saved(self, saved: SavedResult | None) -> None:
        from pulih.tui.screens.results import ResultsScreen

        if saved is None:
            return
        content = self._content  # type: ignore[attr-defined]
        view = self.result_view(saved.results, saved.preferences)  # type: ignore[attr-defined]
        when = saved.created.strftime("%Y-%m-%d %H:%M")
        screen = ResultsScreen(view, [content.reflection, content.check], saved_on=when)
        screen.saved = saved
        from pulih.core.store.steps import check_in_for

        kept = getattr(self, "_check_ins", {}).get(saved.id)
        check_in = check_in_for(saved, kept)
        if check_in is not None:
            from pulih.core.store.steps import check_in_words

            screen.check_in = check_in_words(saved, check_in, kept is not None, self.lang)
        self.push_screen(screen)  # type: ignore[attr-defined]

    # --- where data lives, and forgetting it

    async def _off_the_screen(self, read: Callable[[], Any]) -> tuple[Any, Exception | None]:
        """``read()`` in a thread worker (it may wait on a busy store): (result, error)."""
        worker = self.run_worker(read, thread=True, group="store", exit_on_error=False)  # type: ignore[attr-defined]
        await worker.wait()
        return worker.result, worker.error

    async def _places(self) -> list[tuple[str, list[str]]]:
        from pulih.core.files.paths import cache_dir
        from pulih.core.store.places import places

        data, cache, lang = self._data_folder(), cache_dir(), self.lang
        found, error = await self._off_the_screen(lambda: places(lang, data, cache))
        if error is not None:
            from pulih.core.store.errors import StoreError

            reason = error.message(lang) if isinstance(error, StoreError) else type(error).__name__
            return [(t("where.title", lang), [t("read.failed", lang, reason=reason)])]
        return list(found)

    async def action_data(self) -> None:
        from pulih.tui.screens.data import DataScreen

        if self.demo is not None:
            self._rehearse_forget()  # a demo does not even look at the data folder
            return
        if self._refuse_when_not_saving():
            return
        self.push_screen(DataScreen(self.lang, await self._places()))  # type: ignore[attr-defined]

    def _rehearse_forget(self) -> None:
        """Demo: the forget question with what it would name (folders, not their files: a
        demo reads nothing of anyone's data)."""
        from pulih.core.files.paths import cache_dir, shown
        from pulih.core.text.strings import t
        from pulih.tui.screens.confirm import forget_question

        listing = [
            f"{shown(self._data_folder())}  ({t('demo.forget_data', self.lang)})",
            f"{shown(cache_dir())}  ({t('demo.forget_cache', self.lang)})",
            t("demo.forget_notes", self.lang),
        ]
        self._rehearse(forget_question(self.lang, listing))

    async def action_forget(self) -> None:
        """List every file (set-aside ones marked, exported notes by full path), ask, delete.

        When the list of exported notes cannot be read (busy store), nothing is deleted."""
        from pulih.core.files.paths import cache_dir, shown
        from pulih.core.store.errors import StoreBusy, StoreError
        from pulih.core.store.forget import (
            forget_everything,
            is_set_aside,
            known_notes,
            notes_on_disk,
            notes_unknown,
            pulih_files,
        )
        from pulih.tui.screens.confirm import forget_question

        data, cache = self._data_folder(), cache_dir()
        found, error = await self._off_the_screen(lambda: notes_on_disk(known_notes(data)))
        if isinstance(error, StoreBusy):
            self._say("forget.blocked", reason=error.message(self.lang))
            return
        notes: list[Path] = found[0] if found else []
        files = [*notes, *pulih_files(data, cache)]
        if not files:
            self._say("forget.nothing")
            return

        async def answered(yes: bool | None) -> None:
            from pulih.tui.screens.data import DataScreen

            if not yes:
                return
            done, failure = await self._off_the_screen(
                lambda: forget_everything(data, cache, notes, self.lang)
            )
            if isinstance(failure, StoreBusy):
                self._say("forget.busy")
                return
            if failure is not None:
                raise failure
            removed, failed = done.removed, done.failed
            self.saved_id = None
            self.map_base = None  # type: ignore[attr-defined]
            self.plan_base = None  # type: ignore[attr-defined]
            self._unrecorded_notes = []
            from pulih.core.text.strings import t_count

            on_screen = self.results is not None or self.plan is not None  # type: ignore[attr-defined]
            cleared = on_screen or bool(self.support_map.ties)  # type: ignore[attr-defined]
            if cleared:
                # a shared computer: what was deleted from the disk leaves the screen too,
                # older notices ("Saved", "Recorded: ...") included
                self.plan = None  # type: ignore[attr-defined]
                self.action_reset()  # type: ignore[attr-defined]
                self.clear_notifications()  # type: ignore[attr-defined]
            self.notify(t_count("forget.done", self.lang, len(removed)), timeout=6)  # type: ignore[attr-defined]
            for path, reason in failed:
                self._say("forget.failed", path=shown(path), reason=reason)
            if done.left:
                self._say("forget.left", path=", ".join(shown(p) for p in done.left))
            if cleared:
                self._say("forget.screen_cleared")
            elif isinstance(self.screen, DataScreen):
                self.screen.show_places(await self._places())

        aside = t("forget.set_aside", self.lang)
        listing = [f"{shown(p)} {aside}" if is_set_aside(p) else shown(p) for p in files]
        question = forget_question(self.lang, listing)
        if isinstance(error, StoreError):  # unreadable, not pulih's: the notes stay, and it says so
            question.lead = notes_unknown(error, self.lang)
        self.push_screen(question, callback=answered)  # type: ignore[attr-defined]
