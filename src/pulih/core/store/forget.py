"""``forget``: every file pulih wrote, and deleting them (the store and its side files, the
set-aside copies, the caches and the exported notes still as pulih wrote them)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pulih.core.files import folders
from pulih.core.store.database import (
    DB_NAME,
    NEW_PREFIX,
    ExportedNote,
    Store,
    store_exists,
)
from pulih.core.store.errors import StoreError
from pulih.core.text.i18n import Lang

DATA_PATTERNS = (
    DB_NAME,
    f"{DB_NAME}-*",
    f"{DB_NAME}.damaged-*",
    f"{NEW_PREFIX}*",
    "crash.log",  # crashlog.py
)
CACHE_PATTERNS = ("directory-*.cache", ".directory-*.tmp")


def is_set_aside(path: Path) -> bool:
    """A store moved aside as damaged: it may hold older saved results."""
    return ".damaged-" in path.name


def pulih_files(data: Path, cache: Path) -> list[Path]:
    """Every file pulih may have left in its folders, and nothing else (not the folder marks)."""
    found: list[Path] = []
    for folder, patterns in ((data, DATA_PATTERNS), (cache, CACHE_PATTERNS)):
        if folder.is_dir():
            for pattern in patterns:
                found += sorted(p for p in folder.glob(pattern) if p.is_file())
    return sorted(set(found))


def notes_on_disk(notes: list[ExportedNote]) -> tuple[list[Path], list[Path]]:
    """The recorded notes still there: (as pulih wrote them, changed since). Only the first
    are pulih's to delete; a changed one (or another file at that path) is the person's."""
    same, changed = [], []
    for note in notes:
        try:
            text = note.path.read_bytes()
        except OSError:
            continue  # gone (or unreadable): nothing to list or delete
        if hashlib.sha256(text).hexdigest() == note.sha256:
            same.append(note.path)
        else:
            changed.append(note.path)
    return same, changed


def known_notes(data: Path) -> list[ExportedNote]:
    """The notes recorded in the store; [] when nothing is saved. May raise StoreError."""
    if not store_exists(data):
        return []
    with Store.open(data) as store:
        return store.exports()


def forget_everything(
    data: Path,
    cache: Path,
    notes: list[Path] | None = None,
    failed: list[tuple[Path, str]] | None = None,
    ours: tuple[Path, ...] = (),
) -> list[Path]:
    """Delete the store, its -wal/-shm, moved-aside files, caches and ``notes`` (the exported
    notes still as pulih wrote them); return every file removed, for the caller to list.
    Files that could not be deleted (a read-only disk) go to ``failed`` with the reason.

    Only pulih's own file names are touched, and a folder only when pulih made it (its mark,
    or one of ``ours``: the platform's folders named for pulih) and it is left empty.
    """
    removed = []
    for path in [*(notes or []), *pulih_files(data, cache)]:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            if failed is not None:
                failed.append((path, error.strerror or str(error)))
            continue
        removed.append(path)
    for folder in (data, cache):
        folders.remove_if_empty(folder, ours=folder in ours)
    return removed


def notes_unknown(error: StoreError, lang: Lang) -> str:
    """Why forget cannot delete the exported notes: their list is in a store it cannot read
    (the store file itself still goes with the rest). Said by every front end, before asking."""
    from pulih.core.store.paths import shown
    from pulih.core.text.strings import t

    detail = error.detail or t(error.key, lang, path=shown(error.path), reason="?")
    return t("forget.notes_unknown", lang, path=shown(error.path), detail=detail)
