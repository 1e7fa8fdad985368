"""What the app does with the person's data: save (with consent), history, export, forget.

Only the app touches storage; screens show and ask. Disk work runs in a thread worker so a
key press is never held up by an fsync. With ``save=False`` (``--no-save``, demo) nothing here
writes anything, anywhere.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from pulih.core.content import Content
    from pulih.core.record import SavedResult
    from pulih.core.store import Store


class DataActions:
    """Mixed into PulihApp; relies on its attributes (results, lang, save, ...)."""

    # The attributes below are PulihApp's; declared for type checkers.
    lang: Any
    save: bool
    results: Any
    preferences: Any
    saved_id: int | None
    next_steps: tuple[str, ...]
    export_dir: Path | None
    today: Any
    screen: Any

    # --- helpers

    def _data_folder(self) -> Path:
        from pulih.core.paths import data_dir

        return data_dir()

    def _say(self, key: str, **values: object) -> None:
        from pulih.core.strings import t

        self.notify(t(key, self.lang, **values), timeout=6)  # type: ignore[attr-defined]

    def _refuse_when_not_saving(self) -> bool:
        if not self.save:
            self._say("save.disabled")
            return True
        return False

    def _in_store(self, change: Callable[[Store], None], done: str | None = None) -> None:
        """Run ``change`` on the store in a thread worker; say ``done`` after, or why it failed."""
        folder = self._data_folder()

        def work() -> None:
            from pulih.core.store import Store, StoreError

            try:
                with Store.open(folder) as store:
                    change(store)
            except StoreError as error:
                self.call_from_thread(self._say, "save.failed", reason=str(error))  # type: ignore[attr-defined]
                return
            if done:
                self.call_from_thread(self._say, done)  # type: ignore[attr-defined]

        self.run_worker(work, thread=True, group="store")  # type: ignore[attr-defined]

    def _saved_result(self) -> SavedResult:
        from pulih.core.answers import Preferences
        from pulih.core.record import SavedResult

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

    # --- save

    def action_save(self) -> None:
        from pulih.core.store import store_exists
        from pulih.tui.screens.confirm import save_question

        if self._refuse_when_not_saving() or self.results is None:
            return
        if self.saved_id is not None:
            self._say("save.done")
            return
        saved_before = store_exists(self._data_folder())

        def answered(yes: bool | None) -> None:
            if yes:
                self.save_results()

        self.push_screen(save_question(self.lang, saved_before), callback=answered)  # type: ignore[attr-defined]

    def save_results(self, then_quit: bool = False) -> None:
        """Save the current result in a thread; tell the person; optionally quit after."""
        saved = self._saved_result()
        folder = self._data_folder()
        theme = str(self.theme)  # type: ignore[attr-defined]

        def work() -> None:
            from pulih.core.store import Store, StoreError

            try:
                with Store.open(folder) as store:
                    moved = list(store.report.moved_aside)
                    saved_id = store.save(saved)
                    store.set_setting("theme", theme)  # remembered only because they saved
            except StoreError as error:
                self.call_from_thread(self._say, "save.failed", reason=str(error))  # type: ignore[attr-defined]
                return
            self.call_from_thread(self._saved, saved_id, moved, then_quit)  # type: ignore[attr-defined]

        self.run_worker(work, thread=True, group="store")  # type: ignore[attr-defined]

    def _saved(self, saved_id: int, moved: list[Path], then_quit: bool) -> None:
        self.saved_id = saved_id
        from pulih.core.paths import shown

        for path in moved:
            self._say("save.damaged", path=shown(path))
        self._say("save.done")
        if then_quit:
            self.exit()  # type: ignore[attr-defined]

    # --- next steps chosen on the suggestions screen

    async def action_toggle_step(self, resource_id: str) -> None:
        from pulih.tui.screens.suggestions import SuggestionsScreen

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

    # --- export

    def action_export(self) -> None:
        from pulih.tui.screens.confirm import export_question
        from pulih.tui.screens.results import ResultsScreen

        if self._refuse_when_not_saving():
            return
        screen = self.screen
        past = isinstance(screen, ResultsScreen) and screen.saved is not None
        saved = screen.saved if past else (self._saved_result() if self.results else None)
        if saved is None:
            return
        stamp = saved.created.strftime("%Y-%m-%d-%H%M")
        path = (self.export_dir or Path.home()) / f"pulih-catatan-{stamp}.html"

        from pulih.core.paths import shown
        from pulih.core.strings import t
        from pulih.tui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None, include_map: bool = False) -> None:
            if yes:
                self._write_note(saved, path, include_map)

        def ask_path(include_map: bool | None) -> None:
            self.push_screen(  # type: ignore[attr-defined]
                export_question(self.lang, shown(path)),
                callback=lambda yes: answered(yes, bool(include_map)),
            )

        if saved.support_map.ties:
            question = ConfirmScreen(
                self.lang,
                t("export.include_map", self.lang),
                t("export.include_map_note", self.lang),
                t("export.include_yes", self.lang),
                t("export.include_no", self.lang),
            )
            self.push_screen(question, callback=ask_path)  # type: ignore[attr-defined]
        else:
            ask_path(False)

    def _write_note(self, saved: SavedResult, path: Path, include_map: bool = False) -> None:
        from pulih.core.export import note_html, write_private
        from pulih.core.paths import shown
        from pulih.core.present import note_for

        content = self._content  # type: ignore[attr-defined]
        text = note_html(note_for(saved, content, self.today, include_map))

        def work() -> None:
            try:
                write_private(path, text)
            except OSError as error:
                self.call_from_thread(self._say, "save.failed", reason=error.strerror or str(error))  # type: ignore[attr-defined]
                return
            self.call_from_thread(self._say, "export.written", path=shown(path))  # type: ignore[attr-defined]

        self.run_worker(work, thread=True, group="store")  # type: ignore[attr-defined]

    # --- history

    async def action_history(self) -> None:
        from pulih.core.store import store_exists
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
        self.push_screen(screen, callback=self._open_saved)  # type: ignore[attr-defined]

    async def _read_saved(self, folder: Path) -> list[SavedResult]:
        from pulih.core.store import Store, StoreError

        def read() -> list[SavedResult]:
            with Store.open(folder) as store:
                return store.results()

        worker = self.run_worker(read, thread=True, group="store", exit_on_error=False)  # type: ignore[attr-defined]
        await worker.wait()
        if isinstance(worker.error, StoreError):
            self._say("save.failed", reason=str(worker.error))
            return []
        return list(worker.result or [])

    def _open_saved(self, saved: SavedResult | None) -> None:
        from pulih.tui.screens.results import ResultsScreen

        if saved is None:
            return
        content = self._content  # type: ignore[attr-defined]
        view = self.result_view(saved.results, saved.preferences)  # type: ignore[attr-defined]
        when = saved.created.strftime("%Y-%m-%d %H:%M")
        screen = ResultsScreen(view, [content.reflection, content.check], saved_on=when)
        screen.saved = saved
        self.push_screen(screen)  # type: ignore[attr-defined]

    # --- where data lives, and forgetting it

    def _places(self) -> list[tuple[str, str, list[str]]]:
        from pulih.core.paths import cache_dir, shown
        from pulih.core.store import pulih_files

        data, cache = self._data_folder(), cache_dir()
        files = pulih_files(data, cache)
        return [
            ("where.data", shown(data), [p.name for p in files if p.parent == data]),
            ("where.cache", shown(cache), [p.name for p in files if p.parent == cache]),
        ]

    def action_data(self) -> None:
        from pulih.tui.screens.data import DataScreen

        if self._refuse_when_not_saving():  # a demo does not even look at the data folder
            return
        self.push_screen(DataScreen(self.lang, self._places()))  # type: ignore[attr-defined]

    def action_forget(self) -> None:
        from pulih.core.paths import cache_dir, shown
        from pulih.core.store import forget_everything, pulih_files
        from pulih.tui.screens.confirm import forget_question

        data, cache = self._data_folder(), cache_dir()
        files = pulih_files(data, cache)
        if not files:
            self._say("forget.nothing")
            return

        def answered(yes: bool | None) -> None:
            from pulih.tui.screens.data import DataScreen

            if not yes:
                return
            removed = forget_everything(data, cache)
            self.saved_id = None
            self._say("forget.done", count=len(removed))
            if isinstance(self.screen, DataScreen):
                self.screen.show_places(self._places())

        listing = [shown(p) for p in files]
        self.push_screen(forget_question(self.lang, listing), callback=answered)  # type: ignore[attr-defined]
