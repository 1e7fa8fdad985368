"""The disk work behind the TUI's save, note and store changes, as a small typed object.

Plain Python (no Textual): typed arguments in, an outcome out, never an exception, so each
front end decides what to say and a test needs no running App. The App runs these methods in a
thread worker and tells the person on the event loop.

The store, the export and the crash note are imported inside the methods that use them: the
first m or d (which make the App's collaborators, tui/store_work.py) loads none of them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from pulih.core.store.database import Store
    from pulih.core.store.errors import StoreError
    from pulih.core.store.record import SavedResult
    from pulih.core.text.i18n import Lang

T = TypeVar("T")

Note = tuple[Path, str, datetime]
"""A note written earlier for this result: where, its text, when."""


def unexpected(error: Exception, folder: Path, *, reading: bool = False) -> StoreError:
    """A store error as it is, or, for anything else (a bug in pulih, not the disk), a calm
    :class:`StoreFailed` naming only the error's type, with the crash note (types and frames,
    never answers) written to the data folder: a save that fails never closes the app. While
    ``reading``, the words say reading."""
    from pulih.core.store.errors import StoreError, StoreFailed, StoreReadFailed  # a failure

    if isinstance(error, StoreError):
        return error
    from pulih.core.store.crashlog import write_crash_log  # a bug only

    with contextlib.suppress(Exception):  # the note is a courtesy; the message still shows
        write_crash_log(error, folder)
    return (StoreReadFailed if reading else StoreFailed)(folder, type(error).__name__)


@dataclass
class SaveOutcome:
    """What a save did: its id (None when not saved), files set aside, and why it failed."""

    saved_id: int | None = None
    moved: list[Path] = field(default_factory=list)
    error: StoreError | None = None
    open_to_others: Path | None = None
    """The data folder existed and others can read it (said; pulih did not change it)."""


@dataclass
class NoteOutcome:
    """What writing a note did: ``about`` is the strings key to say (tracked, untracked, not
    recorded) or the failure's key (exists, failed) with ``reason``; ``when`` once written."""

    about: str
    when: datetime | None = None
    reason: str = ""


class Keeper:
    """Saves, notes and store changes in one data folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.unreadable = 0
        """Saved results the last :meth:`read` skipped because their rows could not be read."""

    def save(self, saved: SavedResult, theme: str, notes: list[Note]) -> SaveOutcome:
        """Save a result, remember the theme (only because they saved), and record the notes
        written for it before. A failure after the result was committed still returns its id:
        what is saved stays saved."""
        from pulih.core.store.database import Store  # the store: when first used

        outcome = SaveOutcome()
        try:
            with Store.open(self.folder) as store:
                outcome.moved = list(store.report.moved_aside)
                outcome.open_to_others = store.report.open_to_others
                outcome.saved_id = store.save(saved)
                store.set_setting("theme", theme)
                for path, text, when in notes:
                    store.record_export(path, text, when)
        except Exception as error:  # a bug is reported like a full disk, calmly
            failure = unexpected(error, self.folder)
            if outcome.saved_id is None:
                outcome.error = failure
        return outcome

    def read(self, read: Callable[[Store], T]) -> tuple[T | None, StoreError | None]:
        """``read`` on the store: (what it returned, None), or (None, why not). Nothing saved
        yet is (None, None): a read never creates, migrates or changes the store, and works on
        a read-only or full disk. Rows it had to skip are counted in :attr:`unreadable`."""
        from pulih.core.store.database import Store, store_exists  # as above

        self.unreadable = 0
        if not store_exists(self.folder):
            return None, None
        try:
            with Store.open_to_read(self.folder) as store:
                found = read(store)
                self.unreadable = store.unreadable
                return found, None
        except Exception as error:
            return None, unexpected(error, self.folder, reading=True)

    def change(self, change: Callable[[Store], None]) -> StoreError | None:
        """Run ``change`` on the store; None when it worked, else why not."""
        from pulih.core.store.database import Store  # the store: when first used

        try:
            with Store.open(self.folder) as store:
                change(store)
        except Exception as error:
            return unexpected(error, self.folder)
        return None

    def apply(self, change: Callable[[Store], T]) -> tuple[T | None, StoreError | None]:
        """Run ``change`` on the store and return what it gave: (value, None) or (None, why
        not)."""
        from pulih.core.store.database import Store  # the store: when first used

        try:
            with Store.open(self.folder) as store:
                return change(store), None
        except Exception as error:
            return None, unexpected(error, self.folder)

    def write_note(self, path: Path, text: str, tracked: bool, lang: Lang = "id") -> NoteOutcome:
        """Write a note (0600, never over an existing file); record it in the store when
        ``tracked`` (a saved result's or plan's notes, which forget then deletes)."""
        from pulih.core.report.export import write_private  # the first note

        try:
            write_private(path, text)
        except FileExistsError:  # the person's own file, or another note: never replaced
            return NoteOutcome("export.exists")
        except OSError as error:
            from pulih.core.text.oserror import os_reason  # a failure only

            return NoteOutcome("save.failed", reason=os_reason(error, lang))
        when = datetime.now().astimezone()
        if not tracked:
            return NoteOutcome("export.untracked", when)
        failed = self.change(lambda store: store.record_export(path, text, when))
        return NoteOutcome("export.not_recorded" if failed else "export.tracked", when)
