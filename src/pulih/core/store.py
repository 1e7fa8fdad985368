"""The private results store: SQLite in the user's data folder, only ever with consent.

- The folder is 0700 and every file 0600, whatever the umask: the database file is created by
  pulih (O_EXCL, 0600) before SQLite opens it, and SQLite gives its -wal/-shm files the same mode.
- WAL with synchronous=FULL, one transaction per save, and a busy timeout, so a killed save never
  corrupts or loses an earlier result and two pulih windows can save at once.
- A damaged file (empty, not a database, no pulih schema, a newer schema) is moved aside with a
  timestamp, together with its -wal/-shm, never deleted or overwritten; the person is told.
  pulih never deletes -wal or -journal files while the store is in use.

Imports only the standard library (and pulih's plain dataclasses), so it is cheap to load.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pulih.core.record import (
    SavedResult,
    preferences_from_data,
    preferences_to_data,
    results_from_data,
    results_to_data,
)
from pulih.core.safetyplan import SafetyPlan, plan_from_data, plan_to_data
from pulih.core.supportmap import SupportMap, map_from_data, map_to_data

DB_NAME = "pulih.db"
SCHEMA_VERSION = 2
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
}
"""Schema version -> statements that bring the previous version to it, run in one transaction."""


class StoreError(Exception):
    """The store cannot be used (e.g. the folder is not writable); the message says why."""


@dataclass
class OpenReport:
    """What happened while opening: files moved aside, permissions tightened."""

    moved_aside: list[Path] = field(default_factory=list)
    tightened: list[Path] = field(default_factory=list)


def ensure_private_dir(folder: Path, report: OpenReport | None = None) -> None:
    """Create ``folder`` (and parents) as 0700; tighten it if it exists with a looser mode."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    mode = stat.S_IMODE(folder.stat().st_mode)
    if mode & 0o077:
        os.chmod(folder, 0o700)
        if report is not None:
            report.tightened.append(folder)


def _create_private_file(path: Path) -> None:
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        os.chmod(path, 0o600)


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%S")


def _move_aside(path: Path, now: datetime, report: OpenReport) -> None:
    """Rename the database and its side files to ``*.damaged-<time>``; never delete them."""
    base = path.with_name(f"{path.name}.damaged-{_stamp(now)}")
    suffix = 0
    while base.exists():
        suffix += 1
        base = path.with_name(f"{path.name}.damaged-{_stamp(now)}-{suffix}")
    os.replace(path, base)
    report.moved_aside.append(base)
    for side in SIDE_FILES:
        extra = path.with_name(path.name + side)
        if extra.exists():
            os.replace(extra, base.with_name(base.name + side))


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def _damage(connection: sqlite3.Connection, size: int) -> str | None:
    """Why this file cannot be used as pulih's store, or None when it can."""
    if size == 0:
        return "empty"
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        return f"not a database ({error})"
    if version > SCHEMA_VERSION:
        return f"made by a newer pulih (schema {version})"
    if version == 0 and tables:
        return "not a pulih database"
    if version >= 1 and "results" not in tables:
        return "no results table"
    return None


class Store:
    """Saved results. Open with :meth:`open`; use as a context manager to close."""

    def __init__(self, path: Path, connection: sqlite3.Connection, report: OpenReport) -> None:
        self.path = path
        self.connection = connection
        self.report = report

    @classmethod
    def open(cls, folder: Path, now: datetime | None = None) -> Store:
        """Open (creating if needed) the store in ``folder``; damaged files are moved aside."""
        now = now or datetime.now().astimezone()
        report = OpenReport()
        try:
            ensure_private_dir(folder, report)
            path = folder / DB_NAME
            for _attempt in range(3):
                existed = path.exists()
                size = path.stat().st_size if existed else 0
                if existed and size == 0:
                    _move_aside(path, now, report)
                    continue
                _create_private_file(path)
                connection = _connect(path)
                problem = _damage(connection, size) if existed else None
                if problem is None:
                    try:
                        cls._prepare(connection)
                    except sqlite3.DatabaseError:
                        problem = "cannot be read"
                if problem is None:
                    return cls(path, connection, report)
                connection.close()
                _move_aside(path, now, report)
            raise StoreError(f"{path}: could not open the store")
        except OSError as error:
            raise StoreError(f"{folder}: {error.strerror or error}") from None

    @staticmethod
    def _prepare(connection: sqlite3.Connection) -> None:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
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
            connection.execute("ROLLBACK")
            raise

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

    def update_next_steps(self, result_id: int, next_steps: tuple[str, ...]) -> None:
        with self._transaction():
            self.connection.execute(
                "UPDATE results SET next_steps = ? WHERE id = ?",
                (json.dumps(list(next_steps), ensure_ascii=False), result_id),
            )

    def update_support_map(self, result_id: int, support_map: SupportMap) -> None:
        """The map of a saved result, changed after it was saved (consent was given for it)."""
        with self._transaction():
            self.connection.execute(
                "UPDATE results SET support_map = ? WHERE id = ?",
                (json.dumps(map_to_data(support_map), ensure_ascii=False), result_id),
            )

    def results(self) -> list[SavedResult]:
        """Every saved result, oldest first."""
        rows = self.connection.execute(
            f"SELECT {COLUMNS} FROM results ORDER BY created, id"
        ).fetchall()
        return [self._saved(row) for row in rows]

    def get(self, result_id: int) -> SavedResult | None:
        row = self.connection.execute(
            f"SELECT {COLUMNS} FROM results WHERE id = ?",
            (result_id,),
        ).fetchone()
        return None if row is None else self._saved(row)

    def count(self) -> int:
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

    # --- the safety plan (one, updated in place)

    def safety_plan(self) -> SafetyPlan | None:
        row = self.connection.execute("SELECT plan FROM safety_plan WHERE id = 1").fetchone()
        return None if row is None else plan_from_data(json.loads(str(row[0])))

    def save_safety_plan(self, plan: SafetyPlan, now: datetime) -> None:
        with self._transaction():
            self.connection.execute(
                "INSERT INTO safety_plan (id, plan, updated) VALUES (1, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET plan = excluded.plan, updated = excluded.updated",
                (json.dumps(plan_to_data(plan), ensure_ascii=False), now.isoformat()),
            )

    # --- settings (e.g. the theme, remembered only when the person saves)

    def setting(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction():
            self.connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")


def store_exists(folder: Path) -> bool:
    """Whether results were ever saved here. Looks only; opens and creates nothing."""
    path = folder / DB_NAME
    return path.is_file() and path.stat().st_size > 0


DATA_PATTERNS = (DB_NAME, f"{DB_NAME}-*", f"{DB_NAME}.damaged-*", "crash.log")  # crashlog.py
CACHE_PATTERNS = ("directory-*.cache", ".directory-*.tmp")


def pulih_files(data: Path, cache: Path) -> list[Path]:
    """Every file pulih may have left on this computer, and nothing else."""
    found: list[Path] = []
    for folder, patterns in ((data, DATA_PATTERNS), (cache, CACHE_PATTERNS)):
        if folder.is_dir():
            for pattern in patterns:
                found += sorted(p for p in folder.glob(pattern) if p.is_file())
    return sorted(set(found))


def forget_everything(data: Path, cache: Path) -> list[Path]:
    """Delete the store, its -wal/-shm, moved-aside files and caches; return what was removed.

    Only pulih's own file names are touched; the folders are removed when left empty.
    """
    removed = []
    for path in pulih_files(data, cache):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    for folder in (data, cache):
        with contextlib.suppress(OSError):
            folder.rmdir()
    return removed
