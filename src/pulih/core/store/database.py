"""The private results store: SQLite in the user's data folder, only ever with consent.

- A folder pulih makes is 0700 and every file it makes 0600, whatever the umask: the database
  file is created by pulih (O_EXCL, 0600) before SQLite opens it, and SQLite gives its -wal/-shm
  files the same mode. Each file is recorded in the folder's ledger (``files/ledger.py``) before
  it is made; an existing folder is never re-moded (``OpenReport.open_to_others`` says when
  others can read it), and a ``pulih.db`` that pulih did not make is never changed: one that is a
  pulih store (made by an earlier pulih) is adopted, anything else is left as it is.
- WAL with synchronous=FULL, one transaction per save, and a busy timeout, so a killed save never
  corrupts or loses an earlier result and two pulih windows can save at once.
- Opening is serialised between pulih processes by a lock on the data folder (flock, bounded by
  the busy timeout), and a new store is built under a temporary name with its whole schema and
  only then linked into place, so no process ever sees a half-made ``pulih.db``.
- Only a store pulih made that SQLite itself calls not a database (SQLITE_NOTADB), or a corrupt
  one that fails ``integrity_check``, is moved aside with a timestamp (with its -wal/-shm, never
  deleted, recorded in the ledger); the person is told. A locked, read-only or full store, one made by a newer pulih and a 0-byte file
  are never moved: a locked/read-only/full store raises a :class:`StoreError` subclass with a calm
  message, and a 0-byte file simply becomes the store. pulih never deletes -wal or -journal files.

- Reading (:meth:`Store.open_to_read`) never needs write access: it opens read-only, creates,
  migrates and moves nothing, and a saved row that cannot be read is skipped and counted
  (``Store.unreadable``), never a reason to show nothing.

Imports only the standard library (and pulih's plain dataclasses), so it is cheap to load.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pulih.core.files import folders
from pulih.core.files.ledger import Ledger
from pulih.core.files.paths import platform_places, shown
from pulih.core.mapplan.safetyplan import SafetyPlan, plan_from_data, plan_to_data
from pulih.core.mapplan.supportmap import SupportMap, map_from_data, map_to_data
from pulih.core.store.errors import (
    StoreBusy,
    StoreDamaged,
    StoreForgotten,
    StoreUnusable,
    store_error,
)
from pulih.core.store.record import (
    SavedResult,
    preferences_from_data,
    preferences_to_data,
    results_from_data,
    results_to_data,
)
from pulih.core.store.steps import OUTCOMES, StepOutcome
from pulih.core.text.strings import t

if TYPE_CHECKING:
    from pulih.core.mapplan.merge import MapMerge, PlanMerge
    from pulih.core.text.i18n import Lang

DB_NAME = "pulih.db"
SCHEMA_VERSION = 6
APPLICATION_ID = 0x70756C68
"""SQLite's header field for the program that owns a file (``PRAGMA application_id``): "pulh"."""
BUSY_TIMEOUT_MS = 10_000
COLUMNS = "id, created, lang, versions, answers, results, preferences, next_steps, support_map"
SIDE_FILES = ("-wal", "-shm", "-journal")

MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE results (
            id INTEGER PRIMARY KEY,
            created TEXT NOT NULL,
            lang TEXT NOT NULL,
            versions TEXT NOT NULL,
            answers TEXT NOT NULL,
            results TEXT NOT NULL,
            preferences TEXT NOT NULL,
            next_steps TEXT NOT NULL
        )""",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    2: (
        "ALTER TABLE results ADD COLUMN support_map TEXT NOT NULL DEFAULT '[]'",
        """CREATE TABLE safety_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            plan TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
    ),
    3: (
        """CREATE TABLE exports (
            path TEXT PRIMARY KEY,
            written TEXT NOT NULL,
            sha256 TEXT NOT NULL
        )""",
    ),
    4: (
        # After the next step (issue 16): how each chosen step went, and when to check in.
        "ALTER TABLE results ADD COLUMN check_in TEXT",
        """CREATE TABLE step_outcomes (
            result_id INTEGER NOT NULL REFERENCES results(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            outcome TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            updated TEXT NOT NULL,
            PRIMARY KEY (result_id, step)
        )""",
    ),
    5: (
        # The file says it is pulih's, so a store is known as pulih's by what it is, not its name.
        f"PRAGMA application_id = {APPLICATION_ID}",
    ),
    6: (
        # A step taken later (from "Coba juga") has a check-in date of its own (issue 25): it
        # no longer moves the date the person kept for the result's other steps.
        """CREATE TABLE step_check_ins (
            result_id INTEGER NOT NULL REFERENCES results(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            check_in TEXT NOT NULL,
            PRIMARY KEY (result_id, step)
        )""",
    ),
}
"""Schema version -> statements that bring the previous version to it, run in one transaction."""


class _Damaged(Exception):
    """Internal: the file is not a database or fails integrity_check; move it aside."""


@dataclass
class OpenReport:
    """What happened while opening: files moved aside, permissions tightened."""

    moved_aside: list[Path] = field(default_factory=list)
    tightened: list[Path] = field(default_factory=list)
    open_to_others: Path | None = None
    """An existing data folder that others can read: said, never changed."""

    def notices(self, lang: Lang) -> list[str]:
        """What the person is told after opening: each file set aside, and a data folder
        others can read (left as it is)."""
        said = [t("save.damaged", lang, path=shown(p)) for p in self.moved_aside]
        if self.open_to_others is not None:
            said.append(t("store.open_to_others", lang, path=shown(self.open_to_others)))
        return said


@dataclass(frozen=True)
class ExportedNote:
    """A note pulih wrote for the person (recorded only for results they chose to save)."""

    path: Path
    written: str
    sha256: str


def digest(text: str) -> str:
    """The sha256 of a note as written (UTF-8): forget deletes a note only while it matches."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


LEGACY_NAMES = (DB_NAME, f"{DB_NAME}-*", f"{DB_NAME}.damaged-*", ".pulih.db.new-*", "crash.log")
"""What an earlier pulih (before ledgers) wrote in its data folder."""


def data_ledger(folder: Path) -> Ledger:
    """The ledger of the data folder (an earlier pulih's files adopted where it made the folder,
    or where it is the platform's folder named for pulih)."""
    ours = Path(os.path.abspath(folder)) in [Path(os.path.abspath(p)) for p in platform_places()]
    return Ledger(folder, LEGACY_NAMES, ours=ours)


def owned(ledger: Ledger, name: str) -> bool:
    """Whether the file ``name`` is pulih's: recorded, or a side file (-wal, -shm, -journal) of
    a database file that is."""
    files = ledger.files()
    if name in files:
        return True
    return any(name.endswith(side) and name[: -len(side)] in files for side in SIDE_FILES)


def ensure_private_dir(folder: Path, report: OpenReport | None = None) -> list[Path]:
    """Create ``folder`` (and parents) as 0700 whatever the umask, recorded as pulih's; an
    existing folder is never changed (``report.open_to_others`` says when others can read it).

    Returns the folders made.
    """
    private = folders.ensure_private_dir(folder, data_ledger(folder))
    if private.open_to_others and report is not None:
        report.open_to_others = folder
    return private.made


def _regular_or_refuse(place: Path) -> os.stat_result | None:
    """The file's lstat, or None when it is not there. A symbolic link or anything that is not
    a plain file is refused (:class:`StoreUnusable`, nothing changed): pulih never made one, and
    following it would change what is not pulih's."""
    try:
        info = place.lstat()
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        raise StoreUnusable(place, "symlink")
    if not stat.S_ISREG(info.st_mode):
        raise StoreUnusable(place, "not_a_file")
    return info


def _tighten(path: Path, report: OpenReport) -> None:
    """A store file of pulih's readable by others (an old copy) becomes 0600."""
    for name in ("", *SIDE_FILES):
        place = Path(f"{path}{name}")
        info = _regular_or_refuse(place)
        if info is not None and stat.S_IMODE(info.st_mode) & 0o077 and os.name != "nt":
            os.chmod(place, 0o600)
            report.tightened.append(place)


def is_pulih_store(connection: sqlite3.Connection) -> bool:
    """Whether an SQLite file is a pulih store: its header says so, or (an earlier pulih's)
    its schema is pulih's. Raises sqlite3.DatabaseError when it is not a database at all."""
    if connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
        return True
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    return 1 <= version < 5 and {"results", "settings"} <= tables


def _claim(path: Path, ledger: Ledger) -> None:
    """Make sure the existing ``pulih.db`` is pulih's before anything touches it: recorded in
    the ledger, or a pulih store an earlier pulih made (then adopted). Anything else is left as
    it is (:class:`StoreUnusable`): never re-moded, moved or deleted."""
    info = _regular_or_refuse(path)
    if info is None or owned(ledger, path.name):
        return
    if info.st_size == 0:
        raise StoreUnusable(path, "not_pulih")
    try:
        connection = _connect_read(path)
    except sqlite3.Error as error:
        raise StoreUnusable(path, "not_pulih") from error
    try:
        ours = is_pulih_store(connection)
    except sqlite3.DatabaseError as error:
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            raise StoreUnusable(path, "not_pulih") from None
        raise store_error(error, path) from None
    finally:
        connection.close()
    if not ours:
        raise StoreUnusable(path, "not_pulih")
    ledger.record(path.name)


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%S")


def _move_aside(path: Path, now: datetime, report: OpenReport, ledger: Ledger) -> None:
    """Rename the database and its side files to ``*.damaged-<time>`` (recorded first, so
    ``forget`` knows them); never delete them."""
    base = path.with_name(f"{path.name}.damaged-{_stamp(now)}")
    suffix = 0
    while base.exists() or base.is_symlink():
        suffix += 1
        base = path.with_name(f"{path.name}.damaged-{_stamp(now)}-{suffix}")
    ledger.record(base.name)
    os.replace(path, base)
    report.moved_aside.append(base)
    for side in SIDE_FILES:
        extra = path.with_name(path.name + side)
        if extra.exists():
            os.replace(extra, base.with_name(base.name + side))


def _connect(path: Path, timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=timeout_ms / 1000, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout = {timeout_ms}")
    return connection


def _connect_read(path: Path) -> sqlite3.Connection:
    """A connection that only reads (``query_only``): it never creates the file, and it works
    where the folder or disk cannot be written (a read-only medium, a full disk).

    Read-write first (never creating: ``mode=rw``), so SQLite tidies its -wal/-shm on close as
    usual; where that is refused, read-only; and where even that cannot start (a WAL store on a
    medium nobody can write, so no -shm can be made), as an immutable file, which nothing can
    change while pulih reads it."""
    base = path.absolute().as_uri()
    last: sqlite3.Error | None = None
    for mode in ("mode=rw", "mode=ro", "immutable=1"):
        connection = sqlite3.connect(
            f"{base}?{mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA query_only = 1")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as error:
            connection.close()
            code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
            if code not in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
                raise
            last = error
            continue
        except BaseException:
            connection.close()
            raise
        return connection
    assert last is not None
    raise last


LOCK_FILE = ".pulih-lock"
"""Where there is no flock (Windows), the file whose first byte is locked instead; recorded in
the ledger before it is made, and removed by ``forget`` after the lock is let go."""


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[bool]:
    """Hold an exclusive lock on ``folder`` while a store is opened there (True), waiting at
    most the busy timeout (then :class:`StoreBusy`): flock on the folder on POSIX, a byte
    lock on :data:`LOCK_FILE` on Windows (NTFS has no flock and a folder cannot be opened).
    False only where neither exists.

    Only pulih takes this lock, and only while opening, so a saved result never waits on it.
    """
    try:
        import fcntl  # POSIX only (tests stand in for Windows)
    except ImportError:
        with _byte_lock(folder) as held:
            yield held
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        _wait_for(folder, lambda: fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB))
        yield True
    finally:
        os.close(handle)  # releases the lock


def _wait_for(folder: Path, take: Callable[[], object]) -> None:
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            take()
            return
        except (BlockingIOError, PermissionError):
            if time.monotonic() >= deadline:
                raise StoreBusy(folder) from None
            time.sleep(0.005)
        except OSError as error:  # msvcrt.locking says EDEADLOCK / EACCES when held
            if error.errno not in (errno.EACCES, errno.EAGAIN, getattr(errno, "EDEADLOCK", -1)):
                raise
            if time.monotonic() >= deadline:
                raise StoreBusy(folder) from None
            time.sleep(0.005)


@contextlib.contextmanager
def _byte_lock(folder: Path) -> Iterator[bool]:
    try:
        import msvcrt  # Windows only
    except ImportError:  # pragma: no cover - neither POSIX nor Windows
        yield False
        return
    data_ledger(folder).record(LOCK_FILE)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    handle = os.open(folder / LOCK_FILE, flags, 0o600)
    try:
        locking = msvcrt.locking  # type: ignore[attr-defined,unused-ignore]
        _wait_for(folder, lambda: locking(handle, msvcrt.LK_NBLCK, 1))  # type: ignore[attr-defined,unused-ignore]
        try:
            yield True
        finally:
            with contextlib.suppress(OSError):
                os.lseek(handle, 0, os.SEEK_SET)
                locking(handle, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]
    finally:
        os.close(handle)


NEW_PREFIX = f".{DB_NAME}.new-"
"""A store being built; renamed into place when whole. Leftovers (a killed pulih) are removed,
only those the ledger records."""


def _remove_leftovers(folder: Path, ledger: Ledger) -> None:
    for name in ledger.files():
        if not name.startswith(NEW_PREFIX):
            continue
        for side in ("", *SIDE_FILES):
            place = folder / f"{name}{side}"
            with contextlib.suppress(OSError):
                if place.is_file() and not place.is_symlink():
                    place.unlink()


def _migrate(connection: sqlite3.Connection) -> None:
    """Bring the schema to SCHEMA_VERSION in one transaction (nothing when it is there)."""
    if connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        # Another pulih may have migrated while we waited for the lock.
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {target}")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def _fsync(path: Path) -> None:
    """Flush a file to the disk. Opened for writing (Windows' FlushFileBuffers refuses a
    read-only handle); a folder cannot be opened at all there, and is skipped."""
    if path.is_dir():
        if os.name == "nt":
            return
        handle = os.open(path, os.O_RDONLY)
    else:
        handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _create(path: Path, ledger: Ledger) -> None:
    """Build a whole new store under a temporary name, then link it into place (both names
    recorded in the ledger first).

    ``os.link`` never replaces a file, so if ``pulih.db`` appeared meanwhile it wins.
    """
    temporary = path.with_name(f"{NEW_PREFIX}{os.getpid()}-{secrets.token_hex(4)}")
    ledger.record(temporary.name)
    ledger.record(path.name)
    handle = os.open(
        temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600
    )
    os.close(handle)
    try:
        os.chmod(temporary, 0o600)  # whatever the umask
        connection = _connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            _migrate(connection)
        finally:
            connection.close()
        _fsync(temporary)
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass
        except OSError:  # pragma: no cover - a file system without hard links
            if not path.exists():
                os.rename(temporary, path)
        with contextlib.suppress(OSError):
            _fsync(path.parent)
    finally:
        for name in ("", *SIDE_FILES):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{temporary}{name}")


def _intact(connection: sqlite3.Connection) -> bool:
    """Whether SQLite's integrity_check passes (False when it cannot even run)."""
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def _check(connection: sqlite3.Connection, path: Path) -> None:
    """Ready the store for use, or raise: _Damaged (move aside) or a StoreError (leave it)."""
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if version > SCHEMA_VERSION:
            raise StoreUnusable(path, "newer")
        if (version == 0 and tables) or (version >= 1 and "results" not in tables):
            raise StoreUnusable(path, "not_pulih")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        _migrate(connection)
    except sqlite3.DatabaseError as error:
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        if code == sqlite3.SQLITE_NOTADB:
            raise _Damaged from None
        if code == sqlite3.SQLITE_CORRUPT and not _intact(connection):
            raise _Damaged from None
        raise store_error(error, path) from None


class Store:
    """Saved results. Open with :meth:`open`; use as a context manager to close."""

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        report: OpenReport,
        *,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.connection = connection
        self.report = report
        self.read_only = read_only
        self.unreadable = 0
        """Saved results skipped by the last :meth:`results` because a row could not be read."""
        self._inode = _inode(path)

    @classmethod
    def open(cls, folder: Path, now: datetime | None = None) -> Store:
        """Open (creating if needed) the store in ``folder``.

        Raises a :class:`StoreError` subclass (busy, read-only, full, unusable) and then has
        changed nothing; only a file SQLite reports as damaged is moved aside (and reported).
        """
        now = now or datetime.now().astimezone()
        report = OpenReport()
        path = folder / DB_NAME
        try:
            ensure_private_dir(folder, report)
            ledger = data_ledger(folder)
            ledger.settle()
            with _folder_lock(folder) as locked:
                if locked:
                    _remove_leftovers(folder, ledger)
                for _attempt in range(3):
                    if not (path.exists() or path.is_symlink()):
                        _create(path, ledger)
                    _claim(path, ledger)
                    _tighten(path, report)
                    connection = _connect(path)
                    try:
                        _check(connection, path)
                    except _Damaged:
                        connection.close()
                        _move_aside(path, now, report, ledger)
                        continue
                    except BaseException:
                        connection.close()
                        raise
                    return cls(path, connection, report)
                raise StoreDamaged(path, "could not open the store")
        except (OSError, sqlite3.Error) as error:
            raise store_error(error, folder if isinstance(error, OSError) else path) from None

    @classmethod
    def open_to_read(cls, folder: Path) -> Store:
        """Open the existing store only to read it: nothing is created, migrated, re-moded or
        moved, and a read-only folder or a full disk reads as well as any other. Raises a
        :class:`StoreError` (busy, unusable, damaged) when it cannot be read."""
        path = folder / DB_NAME
        try:
            if _regular_or_refuse(path) is None:
                raise FileNotFoundError(2, "No such file or directory", str(path))
            connection = _connect_read(path)
            try:
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
                if version > SCHEMA_VERSION:
                    raise StoreUnusable(path, "newer")
                if "results" not in tables:
                    raise StoreUnusable(path, "not_pulih")
            except BaseException:
                connection.close()
                raise
        except (OSError, sqlite3.Error) as error:
            raise store_error(error, path) from None
        return cls(path, connection, OpenReport(), read_only=True)

    def _columns(self, table: str) -> set[str]:
        """The columns a table has (an older store read without migrating lacks some)."""
        return {str(row[1]) for row in self.connection.execute(f"PRAGMA table_info({table})")}

    @staticmethod
    def _prepare(connection: sqlite3.Connection) -> None:
        """WAL, synchronous=FULL and the current schema (kept for tests and tools)."""
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        _migrate(connection)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- results

    def save(self, saved: SavedResult) -> int:
        """Save one result in one durable transaction; returns its id."""
        results = saved.results
        row = (
            saved.created.isoformat(timespec="seconds"),
            saved.lang,
            json.dumps(saved.versions, ensure_ascii=False),
            json.dumps(results.answers, ensure_ascii=False),
            json.dumps(results_to_data(results), ensure_ascii=False),
            json.dumps(preferences_to_data(saved.preferences), ensure_ascii=False),
            json.dumps(list(saved.next_steps), ensure_ascii=False),
            json.dumps(map_to_data(saved.support_map), ensure_ascii=False),
        )
        with self._transaction():
            cursor = self.connection.execute(
                "INSERT INTO results (created, lang, versions, answers, results, preferences,"
                " next_steps, support_map) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
        return int(cursor.lastrowid or 0)

    def set_step(self, result_id: int, step: str, chosen: bool) -> None:
        """Mark or unmark one step of a saved result on the steps the store holds now (another
        window, or My steps, may have added one since this one read them). A step with a
        recorded outcome is never unmarked: what the person recorded stays in view."""
        with self._transaction():
            self._set_step(result_id, step, chosen)

    def take_step(self, result_id: int, step: str, check_in: date) -> None:
        """A step taken later (from "Coba juga"), added to the steps the store holds now (not
        to a list read earlier: another window may have taken one since), with a check-in date
        of its own (the result's other steps keep theirs)."""
        with self._transaction():
            if self._set_step(result_id, step, True):
                self.connection.execute(
                    "INSERT INTO step_check_ins (result_id, step, check_in) VALUES (?, ?, ?)"
                    " ON CONFLICT(result_id, step) DO UPDATE SET check_in = excluded.check_in",
                    (result_id, step, check_in.isoformat()),
                )

    def _set_step(self, result_id: int, step: str, chosen: bool) -> bool:
        """set_step's change, inside a transaction that is already open; False when there is
        no such result."""
        row = self.connection.execute(
            "SELECT next_steps FROM results WHERE id = ?", (result_id,)
        ).fetchone()
        if row is None:
            return False
        steps = [str(s) for s in json.loads(str(row[0] or "[]"))]
        if chosen and step not in steps:
            steps.append(step)
        elif not chosen and step in steps and step not in self.outcomes(result_id):
            steps.remove(step)
        self.connection.execute(
            "UPDATE results SET next_steps = ? WHERE id = ?",
            (json.dumps(steps, ensure_ascii=False), result_id),
        )
        return True

    def step_check_ins(self) -> dict[tuple[int, str], date]:
        """(result id, step) -> the check-in date of a step taken later (readable rows only)."""
        if not self._has_table("step_check_ins"):
            return {}
        with self._guard():
            rows = self.connection.execute(
                "SELECT result_id, step, check_in FROM step_check_ins"
            ).fetchall()
        found: dict[tuple[int, str], date] = {}
        for result_id, step, when in rows:
            day = _date_or_none(when)
            if day is not None and isinstance(result_id, int):
                found[(result_id, str(step))] = day
        return found

    def update_support_map(
        self, result_id: int, support_map: SupportMap, base: SupportMap, lang: Lang = "id"
    ) -> MapMerge:
        """The map of a saved result, changed after it was saved (consent was given for it),
        merged with what was saved since ``base`` (another window): a person changed only
        here is saved, one changed only there kept; when both changed the same person
        differently nothing is written and the conflicts come back to be chosen."""
        from pulih.core.mapplan.merge import MapMerge, merge_map  # heavy: the directory's models

        with self._transaction():
            row = self.connection.execute(
                "SELECT support_map FROM results WHERE id = ?", (result_id,)
            ).fetchone()
            theirs = SupportMap() if row is None else map_from_data(json.loads(str(row[0])))
            merged, conflicts, _sides = merge_map(base, support_map, theirs, lang)
            if conflicts:
                return MapMerge(None, theirs, conflicts)
            self.connection.execute(
                "UPDATE results SET support_map = ? WHERE id = ?",
                (json.dumps(map_to_data(merged), ensure_ascii=False), result_id),
            )
        return MapMerge(merged, theirs)

    def _select(self) -> str:
        """The columns to read, with defaults for those an older store lacks."""
        have = self._columns("results")
        return ", ".join(
            name if name in have else "'[]'" for name in (c.strip() for c in COLUMNS.split(","))
        )

    def results(self) -> list[SavedResult]:
        """Every saved result that can be read, oldest first; a row that cannot (a damaged
        field) is skipped and counted in :attr:`unreadable`, so the others still show."""
        with self._guard():
            rows = self.connection.execute(
                f"SELECT {self._select()} FROM results ORDER BY created, id"
            ).fetchall()
        found = []
        self.unreadable = 0
        for row in rows:
            saved = self._readable(row)
            if saved is None:
                self.unreadable += 1
            else:
                found.append(saved)
        return found

    def get(self, result_id: int) -> SavedResult | None:
        """One saved result, or None (not there, or its row cannot be read)."""
        with self._guard():
            row = self.connection.execute(
                f"SELECT {self._select()} FROM results WHERE id = ?",
                (result_id,),
            ).fetchone()
        return None if row is None else self._readable(row)

    @classmethod
    def _readable(cls, row: tuple[object, ...]) -> SavedResult | None:
        try:
            return cls._saved(row)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError):
            return None  # json.JSONDecodeError is a ValueError

    def count(self) -> int:
        with self._guard():
            return int(self.connection.execute("SELECT count(*) FROM results").fetchone()[0])

    @staticmethod
    def _saved(row: tuple[object, ...]) -> SavedResult:
        result_id, created, lang, versions, answers, results, preferences, next_steps, ties = row
        answer_data = json.loads(str(answers))
        return SavedResult(
            datetime.fromisoformat(str(created)),
            str(lang),
            json.loads(str(versions)),
            results_from_data(json.loads(str(results)), answer_data),
            preferences_from_data(json.loads(str(preferences))),
            tuple(json.loads(str(next_steps))),
            int(str(result_id)),
            map_from_data(json.loads(str(ties))),
        )

    # --- after the next step: outcomes of chosen steps and the check-in date (issue 16)

    def set_outcome(
        self, result_id: int, step: str, outcome: str, note: str, updated: date
    ) -> None:
        """Record how a chosen step of a saved result went (replacing an earlier outcome)."""
        with self._transaction():
            self.connection.execute(
                "INSERT INTO step_outcomes (result_id, step, outcome, note, updated)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(result_id, step) DO UPDATE SET"
                " outcome = excluded.outcome, note = excluded.note, updated = excluded.updated",
                (result_id, step, outcome, note, updated.isoformat()),
            )

    def outcomes(self, result_id: int) -> dict[str, StepOutcome]:
        """step id -> its outcome, for one saved result."""
        if not self._has_table("step_outcomes"):
            return {}
        with self._guard():
            rows = self.connection.execute(
                "SELECT step, outcome, note, updated FROM step_outcomes WHERE result_id = ?",
                (result_id,),
            ).fetchall()
        found: dict[str, StepOutcome] = {}
        for step, outcome, note, updated in rows:
            if outcome not in OUTCOMES:
                continue
            try:
                when = date.fromisoformat(str(updated))
            except ValueError:
                continue  # a damaged row: skipped, the others stay
            found[str(step)] = StepOutcome(str(step), outcome, str(note), when)
        return found

    def _has_table(self, name: str) -> bool:
        with self._guard():
            return (
                self.connection.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
                ).fetchone()
                is not None
            )

    def set_check_in(self, result_id: int, when: date | None, every_step: bool = False) -> None:
        """The result's check-in date; ``every_step``: also for the steps taken later (the
        person set one date for all of them)."""
        with self._transaction():
            self.connection.execute(
                "UPDATE results SET check_in = ? WHERE id = ?",
                (None if when is None else when.isoformat(), result_id),
            )
            if every_step:
                self.connection.execute(
                    "DELETE FROM step_check_ins WHERE result_id = ?", (result_id,)
                )

    def check_in(self, result_id: int) -> date | None:
        """The check-in date the person kept or chose, or None (then one is proposed)."""
        if "check_in" not in self._columns("results"):
            return None
        with self._guard():
            row = self.connection.execute(
                "SELECT check_in FROM results WHERE id = ?", (result_id,)
            ).fetchone()
        return None if row is None else _date_or_none(row[0])

    # --- the safety plan (one, updated in place)

    def safety_plan(self) -> SafetyPlan | None:
        if not self._has_table("safety_plan"):
            return None
        with self._guard():
            row = self.connection.execute("SELECT plan FROM safety_plan WHERE id = 1").fetchone()
        if row is None:
            return None
        try:
            return plan_from_data(json.loads(str(row[0])))
        except (ValueError, TypeError, AttributeError):
            raise StoreDamaged(self.path, "safety_plan") from None

    def save_safety_plan(
        self, plan: SafetyPlan, now: datetime, base: SafetyPlan | None = None
    ) -> PlanMerge:
        """Save the plan as changed from ``base`` (the plan as it was opened; None: nothing
        was saved when it was opened), merged with what was saved meanwhile: a part changed
        only here is saved, a part changed only there kept. When a part was changed in both,
        differently, nothing is written and the conflicts come back for the person to choose
        (never a silent loss)."""
        from pulih.core.mapplan.merge import PlanMerge, merge_plan  # heavy: the directory's models

        with self._transaction():
            row = self.connection.execute("SELECT plan FROM safety_plan WHERE id = 1").fetchone()
            theirs = SafetyPlan() if row is None else plan_from_data(json.loads(str(row[0])))
            merged, conflicts = merge_plan(base or SafetyPlan(), plan, theirs)
            if conflicts:
                return PlanMerge(None, theirs, conflicts)
            self.connection.execute(
                "INSERT INTO safety_plan (id, plan, updated) VALUES (1, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET plan = excluded.plan, updated = excluded.updated",
                (json.dumps(plan_to_data(merged), ensure_ascii=False), now.isoformat()),
            )
        return PlanMerge(merged, theirs)

    # --- settings (e.g. the theme, remembered only when the person saves)

    def setting(self, key: str) -> str | None:
        with self._guard():
            row = self.connection.execute(
                "SELECT value FROM settings WHERE key = ?", (key,)
            ).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction():
            self.connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # --- notes pulih wrote for the person (only for results they chose to save)

    def record_export(self, path: Path, text: str, now: datetime) -> None:
        """Remember a note written to ``path`` (absolute), so Data Anda and forget know it."""
        with self._transaction():
            self.connection.execute(
                "INSERT INTO exports (path, written, sha256) VALUES (?, ?, ?)"
                " ON CONFLICT(path) DO UPDATE SET written = excluded.written,"
                " sha256 = excluded.sha256",
                (str(Path(os.path.abspath(path))), now.isoformat(timespec="seconds"), digest(text)),
            )

    def exports(self) -> list[ExportedNote]:
        """Every note recorded, oldest first (whether or not the file is still there)."""
        if not self._has_table("exports"):
            return []
        with self._guard():
            rows = self.connection.execute(
                "SELECT path, written, sha256 FROM exports ORDER BY written, path"
            ).fetchall()
        return [ExportedNote(Path(str(p)), str(w), str(h)) for p, w, h in rows]

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """SQLite and OS errors become calm StoreErrors (busy, read-only, full, damaged)."""
        try:
            yield
        except (sqlite3.Error, OSError) as error:
            raise store_error(error, self.path) from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._guard():
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.connection.execute("COMMIT")
                if _inode(self.path) != self._inode:
                    # pulih forget in another window deleted this store after it was opened:
                    # what was just written went with it, and the person is told so
                    raise StoreForgotten(self.path)
                _WROTE.add(self.path)
            except BaseException:
                if self.connection.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self.connection.execute("ROLLBACK")
                raise


def _date_or_none(value: object) -> date | None:
    """A date column as the store holds it (an ISO date), or None when empty or unreadable."""
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _inode(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` is now (device, inode); None when it is gone. Windows reports no
    stable inode through every API, so there it is not compared."""
    if os.name == "nt":
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


_WROTE: set[Path] = set()
"""Stores this process has committed to: a crash or an early end then says that what was
saved stays saved (and how to remove it), not that nothing was saved."""


def wrote_in_this_process() -> bool:
    """Whether this process saved anything (a result, a plan, an outcome, a note's record)."""
    return bool(_WROTE)


def store_exists(folder: Path) -> bool:
    """Whether results were ever saved here. Looks only; opens and creates nothing."""
    path = folder / DB_NAME
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False
