"""The store work every collaborator of the App shares: the data folder, the consent words,
refusing when nothing may be kept, and running :class:`~pulih.tui.keeper.Keeper` in a thread
worker, telling the person on the event loop how it went.

With ``save=False`` (``--no-save``, a demo, the room view) nothing here writes anything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pulih.core.files import paths
from pulih.core.store.consent import consent_text
from pulih.core.text.strings import t, t_count
from pulih.tui.keeper import Keeper

if TYPE_CHECKING:
    from datetime import datetime

    from pulih.core.store.database import Store
    from pulih.tui.host import Host
    from pulih.tui.screens.confirm import ConfirmScreen

T = TypeVar("T")


class StoreWork:
    """Disk work for the App (through :class:`~pulih.tui.host.Host`), off the event loop."""

    def __init__(self, host: Host) -> None:
        self.host = host

    def data_folder(self) -> Path:
        return paths.data_dir()

    def keeper(self) -> Keeper:
        """The disk work, for the data folder as it is now (tui/keeper.py)."""
        return Keeper(self.data_folder())

    def refuse_when_not_saving(self) -> bool:
        """Say why nothing is kept, and True, when this run keeps nothing."""
        if not self.host.save:
            self.host.say("demo.nothing_kept" if self.host.demo is not None else "save.disabled")
            return True
        return False

    def rehearse(self, question: ConfirmScreen) -> None:
        """Demo: ask ``question`` as a person would see it, say it is a rehearsal, write
        nothing whatever the answer, and say so after."""
        question.badge = t("demo.rehearsal", self.host.lang)

        def answered(_answer: bool | None) -> None:
            self.host.say("demo.rehearsal_done")

        self.host.push_screen(question, callback=answered)

    def consent(self, what: str = "result") -> str:
        """What saving keeps and who else can open it (every save question shows this)."""
        host = self.host
        folder = paths.shown(self.data_folder())
        if what == "plan":
            return consent_text(host.lang, folder, "plan")
        people = len(host.support_map.ties)
        region = host.preferences.region if host.preferences is not None else ""
        return consent_text(
            host.lang, folder, map_people=people, steps=len(host.next_steps), region=region or ""
        )

    # --- in a thread worker

    def in_store(self, change: Callable[[Store], None], done: str | None = None) -> None:
        """Run ``change`` on the store in a thread worker; say ``done`` after, or why it failed."""
        keeper, host = self.keeper(), self.host

        def work() -> None:
            failed = keeper.change(change)
            if failed is not None:  # the app keeps running, whatever went wrong
                reason = failed.message(host.lang)
                host.call_from_thread(host.say, "save.not_saved", reason=reason)
            elif done:
                host.call_from_thread(host.say, done)

        host.run_worker(work, thread=True, group="store")

    async def read(self, read: Callable[[Store], T], *, count_unreadable: bool = False) -> T | None:
        """``read`` on the store in a thread worker (tui/keeper.py); says why when it fails,
        and, with ``count_unreadable``, how many saved results could not be read."""
        keeper, host = self.keeper(), self.host
        worker = host.run_worker(lambda: keeper.read(read), thread=True, group="store")
        found, error = await worker.wait()
        if error is not None:
            host.say("read.failed", reason=error.message(host.lang))
        elif count_unreadable and keeper.unreadable:
            host.notify(t_count("read.unreadable", host.lang, keeper.unreadable), timeout=8)
        return found

    async def off_the_screen(self, read: Callable[[], T]) -> tuple[T | None, BaseException | None]:
        """``read()`` in a thread worker (it may wait on a busy store): (result, error)."""
        worker = self.host.run_worker(read, thread=True, group="store", exit_on_error=False)
        await worker.wait()
        return worker.result, worker.error

    def write_note(self, path: Path, text: str, tracked: bool) -> None:
        """Write a note (0600) in a thread; record it in the store when ``tracked`` (a saved
        result or plan), else keep it to record if the person saves this result later."""
        keeper, host = self.keeper(), self.host

        def work() -> None:
            done = keeper.write_note(path, text, tracked, host.lang)
            if done.when is None:  # not written: an existing file, or the disk said no
                values = {"reason": done.reason} if done.reason else {"path": str(path)}
                host.call_from_thread(host.say, done.about, **values)
                return
            host.call_from_thread(self._note_written, path, text, done.when, done.about)

        host.run_worker(work, thread=True, group="store")

    def _note_written(self, path: Path, text: str, when: datetime, about: str) -> None:
        if about == "export.untracked":
            self.host.unrecorded_notes.append((path, text, when))
        self.host.say("export.written", path=f"{path}\n{t(about, self.host.lang)}")
