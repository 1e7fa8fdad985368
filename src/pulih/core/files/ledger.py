"""What pulih wrote in a folder, recorded as it writes it: the only things ``forget`` deletes.

Every folder pulih writes in holds a small ledger, ``.pulih-ledger``: one line per file pulih
created there (``F`` and its name), recorded *before* the file is made, and one line per folder
pulih created to reach it (``D`` and its absolute path, the folder itself included). A file that
merely matches pulih's names (``pulih.db.damaged-…`` put there by someone else) or a folder the
person named is in no ledger, so it is never changed, emptied or deleted.

Folders made by an earlier pulih (before ledgers) carry an empty ``.pulih-folder`` mark, or are
the platform's own folder named for pulih: their files matching the names that pulih wrote then
are adopted as pulih's, once, when the ledger is first written.

Standard library only: the directory cache uses it at start-up.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
from pathlib import Path

LEDGER = ".pulih-ledger"
LEGACY_MARK = ".pulih-folder"
"""An earlier pulih's mark in a folder it made (read, never written now)."""
HEADER = b"pulih ledger 1\n"
MAX_LEDGER_BYTES = 1 << 20
"""A ledger is a few lines; a bigger file is not pulih's and is read no further."""

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _binary() -> int:
    """O_BINARY where it exists (Windows: else the C runtime opens the file in text mode)."""
    return getattr(os, "O_BINARY", 0)


def _plain_name(name: str) -> bool:
    return bool(name) and name not in (".", "..") and not any(c in name for c in "/\\\t\n\r\0")


class Ledger:
    """The record of what pulih wrote in ``folder``.

    ``legacy``: the name patterns an earlier pulih wrote here, adopted when the folder is known
    to be pulih's (its old mark, or ``ours``: the platform's folder named for pulih).
    """

    def __init__(self, folder: Path, legacy: tuple[str, ...] = (), ours: bool = False) -> None:
        self.folder = Path(os.path.abspath(folder))
        self.path = self.folder / LEDGER
        self.legacy = legacy
        self.ours = ours

    # --- reading

    def _lines(self) -> list[tuple[str, str]] | None:
        """(kind, value) per line, or None when there is no ledger (or it is not pulih's)."""
        try:
            handle = os.open(self.path, os.O_RDONLY | _NOFOLLOW | _binary())
        except OSError:
            return None
        try:
            data = os.read(handle, MAX_LEDGER_BYTES + 1)
        except OSError:
            return None
        finally:
            os.close(handle)
        if not data.startswith(HEADER) or len(data) > MAX_LEDGER_BYTES:
            return None
        found = []
        for raw in data[len(HEADER) :].split(b"\n"):
            kind, _, value = raw.decode("utf-8", "replace").partition("\t")
            if kind in ("F", "D") and value:
                found.append((kind, value))
        return found

    def exists(self) -> bool:
        return self._lines() is not None

    def _is_legacy(self) -> bool:
        """No ledger yet, in a folder an earlier pulih made."""
        return self.ours or (self.folder / LEGACY_MARK).is_file()

    def _adopted(self) -> list[str]:
        """An earlier pulih's files here (only in a folder it made; none otherwise)."""
        if not self.legacy or not self._is_legacy():
            return []
        try:
            names = sorted(p.name for p in self.folder.iterdir())
        except OSError:
            return []
        return [n for n in names if any(fnmatch.fnmatchcase(n, p) for p in self.legacy)]

    def files(self) -> set[str]:
        """The names of the files pulih recorded writing here."""
        lines = self._lines()
        if lines is None:
            return set(self._adopted())
        return {v for k, v in lines if k == "F" and _plain_name(v)}

    def owns(self, name: str) -> bool:
        return name in self.files()

    def made(self) -> list[Path]:
        """The folders pulih recorded creating to reach this one (this one included), each an
        ancestor of this folder or this folder itself (a line naming anything else is ignored)."""
        lines = self._lines()
        if lines is None:
            return [self.folder] if self._is_legacy() else []
        made = []
        for kind, value in lines:
            if kind != "D":
                continue
            place = Path(value)
            if place.is_absolute() and (place == self.folder or place in self.folder.parents):
                made.append(place)
        return made

    # --- recording (before the file is written, so a crash in between leaves nothing unknown)

    def _append(self, lines: list[str]) -> None:
        new = not self.path.exists()
        payload = "".join(f"{line}\n" for line in lines).encode("utf-8")
        if new:
            adopted = [f"F\t{n}\n" for n in self._adopted()]
            if self._is_legacy() and (self.folder / LEGACY_MARK).is_file():
                adopted.append(f"D\t{self.folder}\n")
            payload = HEADER + "".join(adopted).encode("utf-8") + payload
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW | _binary()
        handle = os.open(self.path, flags, 0o600)
        try:
            if not new and os.fstat(handle).st_size == 0:
                payload = HEADER + payload  # another process made it empty a moment ago
            os.write(handle, payload)
        finally:
            os.close(handle)
        if new:  # the legacy mark's job is done by the ledger now
            with contextlib.suppress(OSError):
                (self.folder / LEGACY_MARK).unlink()

    def settle(self) -> None:
        """In a folder an earlier pulih made, write the ledger now (adopting its files), so a
        file that appears later with one of pulih's names is never taken for pulih's."""
        if self._lines() is None and self._is_legacy() and self.folder.is_dir():
            self._append([])

    def record(self, name: str) -> None:
        """Record that pulih is about to write the file ``name`` here."""
        if not _plain_name(name):
            raise ValueError(f"not a plain file name: {name!r}")
        if name not in self.files():
            self._append([f"F\t{name}"])

    def record_made(self, folders: list[Path]) -> None:
        """Record the folders pulih has just created to reach this one (outermost first)."""
        if folders:
            self._append([f"D\t{os.path.abspath(f)}" for f in folders])
