"""``forget``: exactly what pulih recorded writing, and deleting it.

pulih's files are those its folders' ledgers record (``files/ledger.py``): the store and its
side files, copies set aside as damaged, the crash note, the directory cache; the exported notes
are recorded in the store itself (with their sha256). Nothing else is touched: a file that merely
has one of pulih's names, a symbolic link, a ``pulih.db`` that is not a pulih store, or a folder
pulih did not make stays, and is listed as left. While another pulih holds the store (a save
under way), forget waits briefly, then deletes nothing and says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pulih.core.files import folders
from pulih.core.files.ledger import LEDGER, LEGACY_MARK, Ledger
from pulih.core.files.paths import platform_places
from pulih.core.store.database import (
    DB_NAME,
    LOCK_FILE,
    ExportedNote,
    Store,
    _connect,
    _folder_lock,
    data_ledger,
    is_pulih_store,
    owned,
    store_exists,
)
from pulih.core.store.errors import StoreBusy, StoreError
from pulih.core.text.i18n import Lang
from pulih.core.text.oserror import os_reason
from pulih.core.text.strings import t

CACHE_LEGACY = ("directory-*.cache", ".directory-*.tmp")
"""What an earlier pulih (before ledgers) wrote in its cache folder."""
FORGET_WAIT_MS = 3_000
"""How long forget waits for another pulih's save to finish before it says so."""


def cache_ledger(folder: Path) -> Ledger:
    """The ledger of the cache folder (an earlier pulih's caches adopted where it made it)."""
    ours = Path(os.path.abspath(folder)) in [Path(os.path.abspath(p)) for p in platform_places()]
    return Ledger(folder, CACHE_LEGACY, ours=ours)


def is_set_aside(path: Path) -> bool:
    """A store moved aside as damaged: it may hold older saved results."""
    return ".damaged-" in path.name


def _plain_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _ledgers(data: Path, cache: Path) -> list[tuple[Path, Ledger]]:
    return [(data, data_ledger(data)), (cache, cache_ledger(cache))]


def pulih_files(data: Path, cache: Path) -> list[Path]:
    """Every file pulih recorded writing in its folders that is still there (plain files only;
    not the ledgers nor the lock file, removed with them). The exported notes are listed apart (:func:`notes_on_disk`)."""
    found: set[Path] = set()
    for folder, ledger in _ledgers(data, cache):
        if not folder.is_dir():
            continue
        with contextlib.suppress(OSError):
            for entry in folder.iterdir():
                name = entry.name
                records = (LEDGER, LEGACY_MARK, LOCK_FILE)
                if name not in records and owned(ledger, name) and _plain_file(entry):
                    found.add(entry)
    return sorted(found)


def left_behind(data: Path, cache: Path) -> list[Path]:
    """What is in pulih's folders that pulih did not write: it stays, and is listed as left."""
    ours = set(pulih_files(data, cache))
    left: set[Path] = set()
    for folder in (data, cache):
        if not folder.is_dir():
            continue
        with contextlib.suppress(OSError):
            for entry in folder.iterdir():
                if entry.name not in (LEDGER, LEGACY_MARK) and entry not in ours:
                    left.add(entry)
    return sorted(left)


def notes_on_disk(notes: list[ExportedNote]) -> tuple[list[Path], list[Path]]:
    """The recorded notes still there: (as pulih wrote them, changed since). Only the first
    are pulih's to delete; a changed one (or a link, or another file at that path) is the
    person's."""
    same, changed = [], []
    for note in notes:
        if not _plain_file(note.path):
            if note.path.is_symlink():
                changed.append(note.path)
            continue  # gone: nothing to list or delete
        try:
            text = note.path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(text).hexdigest() == note.sha256:
            same.append(note.path)
        else:
            changed.append(note.path)
    return same, changed


def known_notes(data: Path) -> list[ExportedNote]:
    """The notes recorded in the store; [] when nothing is saved. May raise StoreError.
    Reads only: a read-only or full disk still gives the list."""
    if not store_exists(data):
        return []
    with Store.open_to_read(data) as store:
        return store.exports()


@dataclass
class Forgotten:
    """What forget did: files removed, those it could not remove (with the reason), what it
    left because it is not pulih's, and the folders it removed."""

    removed: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    left: list[Path] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)


@contextlib.contextmanager
def _holding_store(data: Path, ledger: Ledger) -> Iterator[sqlite3.Connection | None]:
    """Hold pulih's store so no other pulih is writing while it goes (the folder's open lock,
    and SQLite's write lock), waiting at most FORGET_WAIT_MS: then :class:`StoreBusy` and
    nothing has been deleted. None when there is no store of pulih's here."""
    path = data / DB_NAME
    if not (_plain_file(path) and owned(ledger, DB_NAME)):
        yield None
        return
    with _folder_lock(data):
        connection = None
        try:
            connection = _connect(path, FORGET_WAIT_MS)
            connection.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as error:
            code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
            if connection is not None:
                connection.close()
            if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise StoreBusy(path, str(error)) from None
            connection = None  # unreadable (read-only, damaged): deleting it still may work
        except sqlite3.DatabaseError:
            if connection is not None:
                connection.close()
            connection = None
        try:
            yield connection
        finally:
            if connection is not None:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("ROLLBACK")
                connection.close()


def _still_a_pulih_store(connection: sqlite3.Connection | None) -> bool:
    """A recorded ``pulih.db`` that is now some other program's database (replaced since) is
    not pulih's to delete; one SQLite cannot read at all is (a damaged store)."""
    if connection is None:
        return True
    try:
        return is_pulih_store(connection)
    except sqlite3.DatabaseError:
        return True


def forget_everything(
    data: Path, cache: Path, notes: list[Path] | None = None, lang: Lang = "id"
) -> Forgotten:
    """Delete what pulih recorded writing (the store and its side files, set-aside copies, the
    crash note, caches) and ``notes`` (exported notes still as pulih wrote them), then the
    folders pulih made, innermost first, when nothing else is in them.

    Raises :class:`StoreBusy` (nothing deleted) while another pulih holds the store.
    """
    done = Forgotten()
    ledgers = _ledgers(data, cache)
    made = [place for _folder, ledger in ledgers for place in ledger.made()]
    with _holding_store(data, ledgers[0][1]) as connection:
        keep = set() if _still_a_pulih_store(connection) else _store_names(data)
        if connection is not None and os.name == "nt":  # an open file cannot be deleted there
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            connection.close()
        for path in [*(notes or []), *pulih_files(data, cache)]:
            if path in keep:
                continue
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as error:
                done.failed.append((path, os_reason(error, lang)))
                continue
            done.removed.append(path)
    if not done.failed:  # every recorded file is gone: so may the records
        for folder, _ledger in ledgers:
            for name in (LOCK_FILE, LEDGER, LEGACY_MARK):
                place = folder / name
                if _plain_file(place):
                    with contextlib.suppress(OSError):
                        place.unlink()
        done.folders = folders.remove_made(made)
    done.left = left_behind(data, cache)
    return done


def _store_names(data: Path) -> set[Path]:
    return {data / f"{DB_NAME}{side}" for side in ("", "-wal", "-shm", "-journal")}


def notes_unknown(error: StoreError, lang: Lang) -> str:
    """Why forget cannot delete the exported notes: their list is in a store it cannot read
    (the store file itself still goes with the rest). Said by every front end, before asking."""
    return t("forget.notes_unknown", lang, detail=error.message(lang))
