"""The results store keeps its promises: private, crash-safe, damage set aside, never lost."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pulih.core.content import Content
from pulih.core.files.ledger import LEDGER, Ledger
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.store.database import DB_NAME, SCHEMA_VERSION, Store
from pulih.core.store.errors import StoreDamaged, StoreUnusable
from pulih.core.store.forget import forget_everything, pulih_files
from pulih.core.store.record import SavedResult

WHEN = datetime(2026, 11, 22, 9, 30, tzinfo=timezone(timedelta(hours=7)))


@pytest.fixture
def saved(content: Content) -> SavedResult:
    answers = {
        "refleksi-dukungan": {"E1": 5, "E2": 4, "I1": 1, "I2": 2, "N1": 3, "N2": 3, "A1": 4},
        "cek-kondisi": {"C1": 2, "C2": 1, "D1": 1, "D2": 2, "K1": 1, "K3": 0, "K2": 0},
    }
    results = evaluate(content.reflection, content.check, answers)
    return SavedResult(
        WHEN,
        "id",
        {"refleksi-dukungan": "1.0", "cek-kondisi": "1.0"},
        results,
        next_steps=("puskesmas",),
    )


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_result_round_trips_exactly(tmp_path: Path, saved: SavedResult) -> None:
    with Store.open(tmp_path / "data") as store:
        result_id = store.save(saved)
    with Store.open(tmp_path / "data") as store:
        (back,) = store.results()
    assert back.id == result_id
    assert back.results == saved.results and back.created == WHEN
    assert back.next_steps == ("puskesmas",) and back.versions == saved.versions


def test_private_modes_even_under_umask_000(
    tmp_path: Path, saved: SavedResult, umask_000: None
) -> None:
    folder = tmp_path / "data"
    store = Store.open(folder)
    store.save(saved)
    files = [folder / DB_NAME, *(folder / (DB_NAME + s) for s in ("-wal", "-shm"))]
    assert mode(folder) == 0o700
    for path in files:
        assert path.exists() and mode(path) == 0o600, path  # checked by mode bits: CI runs as root
    store.close()


def test_a_looser_existing_store_file_is_tightened(tmp_path: Path, saved: SavedResult) -> None:
    folder = tmp_path / "data"
    Store.open(folder).close()
    os.chmod(folder / DB_NAME, 0o644)
    with Store.open(folder) as store:
        assert store.report.tightened == [folder / DB_NAME]
    assert mode(folder / DB_NAME) == 0o600


def test_an_existing_folder_is_never_re_moded_and_the_person_is_told(
    tmp_path: Path, saved: SavedResult
) -> None:
    """A shared 0775 folder named with PULIH_DATA_DIR stays 0775 (attack review, issue 22)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o775)
    with Store.open(folder) as store:
        store.save(saved)
        assert store.report.tightened == [] and store.report.open_to_others == folder
        (said,) = store.report.notices("id")
        assert "tidak mengubahnya" in said and str(folder) in said
        assert "did not change it" in store.report.notices("en")[0]
    assert mode(folder) == 0o775
    os.chmod(folder, 0o700)
    with Store.open(folder) as store:
        assert store.report.notices("en") == []


GARBAGE = b"this is not a database, just words" * 100


def test_a_store_of_pulihs_that_is_no_longer_a_database_is_moved_aside_never_deleted(
    tmp_path: Path, saved: SavedResult
) -> None:
    folder = tmp_path / "data"
    Store.open(folder).close()
    path = folder / DB_NAME
    path.write_bytes(GARBAGE)
    with Store.open(folder, now=WHEN) as store:
        (moved,) = store.report.moved_aside
        assert moved.name == f"{DB_NAME}.damaged-20261122T093000"
        assert moved.read_bytes() == GARBAGE  # kept exactly as it was
        store.save(saved)
        assert store.count() == 1


def test_a_corrupt_schema_that_fails_integrity_check_is_moved_aside(
    tmp_path: Path, saved: SavedResult
) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.save(saved)
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header stays, the schema page does not
    path.write_bytes(bytes(data))
    with Store.open(folder, now=WHEN) as store:
        assert [p.name for p in store.report.moved_aside] == [f"{DB_NAME}.damaged-20261122T093000"]
        assert store.count() == 0


def test_a_corrupt_page_found_later_is_reported_calmly_and_not_moved(
    tmp_path: Path, saved: SavedResult
) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        for _ in range(40):
            store.save(saved)
    path = folder / DB_NAME
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)  # a results page, not the schema
    path.write_bytes(bytes(data))
    with Store.open(folder, now=WHEN) as store, pytest.raises(StoreDamaged) as raised:
        store.results()
    assert "Tidak ada yang dihapus" in raised.value.message("id")
    assert sorted(p.name for p in folder.iterdir() if ".damaged-" in p.name) == []


@pytest.mark.parametrize("content", [GARBAGE, b""], ids=["garbage", "empty"])
def test_a_pulih_db_that_pulih_did_not_make_is_left_exactly_as_it_is(
    tmp_path: Path, content: bytes
) -> None:
    """Not moved aside, not re-moded, not made into a store: it is not pulih's (issue 22)."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / DB_NAME
    path.write_bytes(content)
    os.chmod(path, 0o644)
    with pytest.raises(StoreUnusable) as raised:
        Store.open(folder, now=WHEN)
    assert "bukan simpanan pulih" in raised.value.message("id")
    assert path.read_bytes() == content and mode(path) == 0o644
    assert sorted(p.name for p in folder.iterdir()) == [DB_NAME]


def test_an_empty_store_pulih_recorded_becomes_the_store_and_is_not_moved(
    tmp_path: Path, saved: SavedResult
) -> None:
    """A 0-byte file pulih recorded holds nothing to keep."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    Ledger(folder).record(DB_NAME)
    (folder / DB_NAME).write_bytes(b"")
    with Store.open(folder, now=WHEN) as store:
        assert store.report.moved_aside == []
        store.save(saved)
    assert sorted(p.name for p in folder.iterdir() if ".damaged-" in p.name) == []


def test_a_directory_named_pulih_db_is_refused_and_never_re_moded(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    (folder / DB_NAME).mkdir(parents=True)
    os.chmod(folder / DB_NAME, 0o755)
    with pytest.raises(StoreUnusable) as raised:
        Store.open(folder)
    assert "bukan file biasa" in raised.value.message("id")
    assert mode(folder / DB_NAME) == 0o755


@pytest.mark.parametrize("case", ["not pulih's", "newer schema"])
def test_a_healthy_database_that_is_not_ours_is_left_alone(tmp_path: Path, case: str) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / DB_NAME
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.execute("INSERT INTO notes VALUES ('keep me')")
    if case == "newer schema":
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(StoreUnusable) as raised:
        Store.open(folder, now=WHEN)
    assert "pulih" in raised.value.message("id") and "pulih" in raised.value.message("en")
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [DB_NAME]


def test_migrations_run_in_one_transaction(
    tmp_path: Path, saved: SavedResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pulih.core.store import database as store_module

    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.save(saved)
    current, new = SCHEMA_VERSION, SCHEMA_VERSION + 1
    broken = {
        **store_module.MIGRATIONS,
        new: ("ALTER TABLE results ADD COLUMN note TEXT", "NOT SQL"),
    }
    monkeypatch.setattr(store_module, "MIGRATIONS", broken)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", new)
    with pytest.raises(sqlite3.OperationalError):
        Store._prepare(sqlite3.connect(folder / DB_NAME, isolation_level=None))
    check = sqlite3.connect(folder / DB_NAME)
    assert check.execute("PRAGMA user_version").fetchone()[0] == current  # rolled back whole
    assert "note" not in [row[1] for row in check.execute("PRAGMA table_info(results)")]
    check.close()
    working = {**store_module.MIGRATIONS, new: ("ALTER TABLE results ADD COLUMN note TEXT",)}
    monkeypatch.setattr(store_module, "MIGRATIONS", working)
    with Store.open(folder) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == new
        assert store.count() == 1 and store.report.moved_aside == []


def test_a_version_1_store_is_migrated_and_keeps_its_results(tmp_path: Path) -> None:
    """A store written by the first release (schema 1) opens with everything in it."""
    from pulih.core.store import database as store_module

    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    connection = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    for statement in store_module.MIGRATIONS[1]:
        connection.execute(statement)
    connection.execute("PRAGMA user_version = 1")
    connection.execute(
        "INSERT INTO results (created, lang, versions, answers, results, preferences, next_steps)"
        " VALUES (?, 'id', '{}', '{}', ?, '{}', '[]')",
        (
            WHEN.isoformat(),
            '{"support": {"by_type": {}, "overall": {"id": "overall", "answered": 0,'
            ' "items": 12, "mean": null, "band": "insufficient"}, "to_strengthen": []},'
            ' "distress": null, "safety": {"endorsed": false, "right_now": false},'
            ' "check_taken": false, "referral": "none"}',
        ),
    )
    connection.close()
    with Store.open(folder) as store:
        (old,) = store.results()
        assert old.support_map.ties == () and old.results.referral == "none"
        assert store.safety_plan() is None


def test_two_writers_at_once_both_save(tmp_path: Path, saved: SavedResult) -> None:
    folder = tmp_path / "data"
    Store.open(folder).close()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with Store.open(folder) as store:
                for _ in range(25):
                    store.save(saved)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with Store.open(folder) as store:
        assert store.count() == 50


def test_forget_removes_only_pulih_files(tmp_path: Path, saved: SavedResult) -> None:
    from pulih.core.files.folders import ensure_private_dir

    data, cache = tmp_path / "data", tmp_path / "cache"
    with Store.open(data) as store:
        store.save(saved)
    (data / f"{DB_NAME}.damaged-20260101T000000").write_bytes(b"x")
    ensure_private_dir(cache)
    (cache / "directory-0123456789abcdef.cache").write_bytes(b"x")
    (data / "not-ours.txt").write_text("keep")
    done = forget_everything(data, cache)
    # the set-aside-looking file and the cache-looking file were put there by someone else
    assert {p.name for p in done.removed} - {f"{DB_NAME}-wal", f"{DB_NAME}-shm"} == {DB_NAME}
    assert done.left == sorted(
        [
            data / f"{DB_NAME}.damaged-20260101T000000",
            data / "not-ours.txt",
            cache / "directory-0123456789abcdef.cache",
        ]
    )
    assert (data / "not-ours.txt").exists() and cache.is_dir()
    assert not (data / LEDGER).exists()  # nothing of pulih's is left: not even its record
    assert pulih_files(data, cache) == []


def test_forget_never_removes_a_folder_pulih_did_not_make(
    tmp_path: Path, saved: SavedResult
) -> None:
    mine = tmp_path / "my-folder"
    mine.mkdir()
    with Store.open(mine) as store:
        store.save(saved)
    forget_everything(mine, tmp_path / "no-cache")
    assert mine.is_dir() and list(mine.iterdir()) == []
