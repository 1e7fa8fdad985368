"""Why the store cannot be used, in the person's language: a locked, read-only, full, damaged
or unusable store, each a :class:`StoreError` with a calm message. Nothing is moved or deleted
when one is raised."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from pulih.core.files.paths import shown
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t


class StoreError(Exception):
    """The store cannot be used; :meth:`message` says why, calmly, in the person's language.

    Nothing is moved or deleted when one of these is raised.
    """

    key = "store.other"

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail or self.key}")
        self.path = path
        self.detail = detail

    def message(self, lang: Lang) -> str:
        return t(self.key, lang, path=shown(self.path), reason=self.detail or "?")


class StoreBusy(StoreError):
    """Another program held the store for longer than the busy timeout."""

    key = "store.busy"


class StoreReadOnly(StoreError):
    """The folder or file cannot be written (permissions, a read-only disk)."""

    key = "store.readonly"


class StoreFull(StoreError):
    """The disk (or quota) is full."""

    key = "store.full"


class StoreDamaged(StoreError):
    """SQLite reports the file as damaged (after opening; opening moves such a file aside)."""

    key = "store.damaged"


class StoreUnusable(StoreError):
    """A file at the store's place that this pulih leaves as it is: made by a newer pulih
    (``detail`` "newer"), not pulih's ("not_pulih"), a symbolic link ("symlink") or not a plain
    file ("not_a_file")."""

    key = "store.unusable"
    REASONS = ("newer", "not_pulih", "symlink", "not_a_file")

    def message(self, lang: Lang) -> str:
        key = f"store.unusable.{self.detail}" if self.detail in self.REASONS else self.key
        return t(key, lang, path=shown(self.path), reason=self.detail or "?")


class StoreForgotten(StoreError):
    """The store was deleted (``pulih forget`` in another window) after this pulih opened it:
    what it just wrote went with it."""

    key = "store.forgotten"


class StoreFailed(StoreError):
    """Not the disk: an unexpected error in pulih while saving (a bug). ``detail`` is only the
    error's type; the crash note (types and frames, never answers) says where."""

    key = "store.unexpected"


class StoreReadFailed(StoreFailed):
    """The same, while only reading: the words say reading, not saving."""

    key = "store.unexpected_read"


_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_READONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN}
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT}
_NO_WRITE = {errno.EACCES, errno.EPERM, errno.EROFS}


def _no_room(path: Path) -> bool:
    """Whether the disk holding ``path`` has (almost) no space left for this user."""
    for place in (path, *path.parents):
        try:
            info = os.statvfs(place)
        except OSError:
            continue
        return info.f_bavail * info.f_frsize < 64 * 1024
    return False


def store_error(error: BaseException, path: Path) -> StoreError:
    """The calm :class:`StoreError` for an SQLite or OS error."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, sqlite3.Error):
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        if code in _BUSY:
            return StoreBusy(path, str(error))
        if code in _READONLY:
            return StoreReadOnly(path, str(error))
        if code == sqlite3.SQLITE_FULL:
            return StoreFull(path, str(error))
        if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            return StoreDamaged(path, str(error))
        if code == sqlite3.SQLITE_IOERR and _no_room(path):
            # e.g. SQLITE_IOERR_SHMSIZE / _WRITE: SQLite does not always say "full".
            return StoreFull(path, str(error))
        return StoreError(path, str(error))
    if isinstance(error, OSError):
        detail = error.strerror or str(error)
        if error.errno in _NO_SPACE:
            return StoreFull(path, detail)
        if error.errno in _NO_WRITE:
            return StoreReadOnly(path, detail)
        return StoreError(path, detail)
    return StoreError(path, str(error))
