"""pulih touches only what it made and recorded (issue 22, item 1).

An attack review found pulih re-moding folders it was only told to use (a shared 0775 folder,
a symlinked folder's target, ``/`` itself as root), re-moding a *directory* named ``pulih.db``,
and ``forget`` deleting files that merely had pulih's names, a foreign SQLite ``pulih.db``, a
``pulih.db`` symlink, and the store while another process was writing to it, while leaving the
parent folders pulih made and its mark. Each test here plants such things and checks that they
are exactly as they were afterwards, and the last one runs the whole fault suite at once.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pulih.cli import main
from pulih.core.content import Content
from pulih.core.files.ledger import LEDGER, Ledger
from pulih.core.questionnaire.scoring import Results, evaluate
from pulih.core.store import database as store_module
from pulih.core.store.crashlog import write_crash_log
from pulih.core.store.database import DB_NAME, Store
from pulih.core.store.errors import StoreBusy, StoreForgotten, StoreUnusable
from pulih.core.store.forget import forget_everything, left_behind, pulih_files
from pulih.core.store.record import SavedResult

ANSWERS = "[refleksi-dukungan]\nE1 = 5\nE2 = 4\nI1 = 1\nN1 = 2\nA1 = 3\n"


def data() -> Path:
    return Path(os.environ["PULIH_DATA_DIR"])


def cache() -> Path:
    return Path(os.environ["PULIH_CACHE_DIR"])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def results(content: Content) -> Results:
    return evaluate(content.reflection, content.check, {"refleksi-dukungan": {"E1": 3, "I1": 2}})


def one(results: Results) -> SavedResult:
    return SavedResult(datetime.now(UTC), "id", {}, results)


@dataclass(frozen=True)
class Seen:
    """What a foreign thing was: its kind, mode, and content (or link target)."""

    kind: str
    mode: int
    content: str


def seen(path: Path) -> Seen:
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        return Seen("link", 0, os.readlink(path))
    if stat.S_ISDIR(info.st_mode):
        return Seen("folder", stat.S_IMODE(info.st_mode), ",".join(sorted(os.listdir(path))))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return Seen("file", stat.S_IMODE(info.st_mode), digest)


def foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('mine, not pulih''s')")
    connection.close()


# --- modes: only on what pulih made


def test_a_shared_folder_named_as_the_data_folder_keeps_its_mode_through_save_and_forget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o775)
    (shared / "team-notes.txt").write_text("ours", encoding="utf-8")
    monkeypatch.setenv("PULIH_DATA_DIR", str(shared))
    answers = tmp_path / "answers.toml"
    answers.write_text(ANSWERS, encoding="utf-8")
    assert main(["reflect", "--answers", str(answers), "--save", "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "other accounts on this computer can open it" in err and "did not change it" in err
    assert mode(shared) == 0o775
    assert main(["forget", "--yes", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"Left as it is (not made by pulih): {shared / 'team-notes.txt'}" in out
    assert mode(shared) == 0o775 and sorted(os.listdir(shared)) == ["team-notes.txt"]


def test_a_symlinked_data_folder_leaves_its_target_as_it_was(
    tmp_path: Path, results: Results
) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir()
    os.chmod(target, 0o755)
    link = tmp_path / "link"
    link.symlink_to(target)
    with Store.open(link) as store:
        store.save(one(results))
    assert mode(target) == 0o755
    done = forget_everything(link, tmp_path / "no-cache")
    assert {p.name for p in done.removed} >= {DB_NAME}
    assert target.is_dir() and mode(target) == 0o755 and link.is_symlink()


def test_an_existing_cache_folder_is_never_re_moded(tmp_path: Path) -> None:
    from pulih.core.directory import catalogue

    folder = tmp_path / "cache"
    folder.mkdir()
    os.chmod(folder, 0o755)
    catalogue._write_private(folder, folder / "directory-0123.cache", b"x")
    assert mode(folder) == 0o755 and mode(folder / "directory-0123.cache") == 0o600
    assert Ledger(folder).owns("directory-0123.cache")


def test_a_cache_file_pulih_did_not_write_is_never_replaced_or_removed(tmp_path: Path) -> None:
    from pulih.core.directory import catalogue

    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "directory-deadbeef.cache").write_bytes(b"someone's")
    (folder / "directory-0123.cache").write_bytes(b"someone else's, same name as pulih's")
    catalogue._write_private(folder, folder / "directory-0123.cache", b"x")
    assert (folder / "directory-deadbeef.cache").read_bytes() == b"someone's"
    assert (folder / "directory-0123.cache").read_bytes() == b"someone else's, same name as pulih's"


# --- forget: exactly what pulih recorded


def test_forget_leaves_files_that_only_look_like_pulihs_and_lists_them(
    results: Results, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(data()) as store:
        store.save(one(results))
    planted = [
        data() / f"{DB_NAME}.damaged-19990101T000000",
        data() / "crash.log",
        data() / ".pulih.db.new-1-abcd",
    ]
    for path in planted:
        path.write_bytes(b"not pulih's")
    cache().mkdir(parents=True)
    (cache() / "directory-deadbeef.cache").write_bytes(b"not pulih's")
    before = {p: seen(p) for p in [*planted, cache() / "directory-deadbeef.cache"]}
    assert main(["forget", "--yes", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    for path, was in before.items():
        assert seen(path) == was, path
        assert f"Left as it is (not made by pulih): {path}" in out
    assert not (data() / DB_NAME).exists() and not (data() / LEDGER).exists()


def test_forget_leaves_a_foreign_sqlite_pulih_db_that_pulih_would_not_open(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data().mkdir(parents=True)
    foreign_sqlite(data() / DB_NAME)
    before = seen(data() / DB_NAME)
    assert main(["history", "--lang", "en"]) == 1
    assert "is not a pulih store, so pulih left it as it is" in capsys.readouterr().err
    assert main(["forget", "--yes", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert seen(data() / DB_NAME) == before and "Left as it is" in out


def test_a_recorded_store_replaced_by_another_programs_database_is_left(
    results: Results,
) -> None:
    with Store.open(data()) as store:
        store.save(one(results))
    (data() / DB_NAME).unlink()
    foreign_sqlite(data() / DB_NAME)
    before = seen(data() / DB_NAME)
    done = forget_everything(data(), cache())
    assert seen(data() / DB_NAME) == before and data() / DB_NAME in done.left


def test_forget_never_follows_or_deletes_a_pulih_db_symlink(tmp_path: Path) -> None:
    elsewhere = tmp_path / "precious.db"
    foreign_sqlite(elsewhere)
    before = seen(elsewhere)
    data().mkdir(parents=True)
    Ledger(data()).record(DB_NAME)  # even a recorded name: a link is never pulih's file
    (data() / DB_NAME).symlink_to(elsewhere)
    with pytest.raises(StoreUnusable):
        Store.open(data())
    assert pulih_files(data(), cache()) == []
    done = forget_everything(data(), cache())
    assert (data() / DB_NAME).is_symlink() and seen(elsewhere) == before
    assert done.left == [data() / DB_NAME]


def test_forget_removes_the_folders_pulih_made_innermost_first_and_its_ledger(
    tmp_path: Path, results: Results
) -> None:
    base = tmp_path / "base"
    base.mkdir()
    folder = base / "a" / "b" / "pulih"
    cache_folder = base / "a" / "c" / "pulih"
    with Store.open(folder) as store:
        store.save(one(results))
    from pulih.core.directory import catalogue

    catalogue._write_private(cache_folder, cache_folder / "directory-1.cache", b"x")
    done = forget_everything(folder, cache_folder)
    assert not (base / "a").exists() and base.is_dir()
    assert done.folders[-1] == base / "a" and done.left == []


def test_forget_waits_for_another_pulih_that_is_saving_then_deletes_nothing(
    results: Results, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The attack: a process in a write transaction; forget deleted the store under it."""
    from pulih.core.store import forget as forget_module

    monkeypatch.setattr(forget_module, "FORGET_WAIT_MS", 300)
    with Store.open(data()) as store:
        store.save(one(results))
    holder = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data() / DB_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "writing"
        before = sorted(os.listdir(data()))
        assert main(["forget", "--yes", "--lang", "en"]) == 1
        assert "Nothing was deleted: another pulih is saving" in capsys.readouterr().err
        assert sorted(os.listdir(data())) == before
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)
    with Store.open(data()) as store:
        assert store.count() == 2  # the other pulih's save went through, nothing lost
    assert main(["forget", "--yes", "--lang", "en"]) == 0


WRITER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute(
    "INSERT INTO results (created, lang, versions, answers, results, preferences, next_steps)"
    " SELECT created, lang, versions, answers, results, preferences, next_steps FROM results"
)
print("writing", flush=True)
sys.stdin.read()
connection.execute("COMMIT")
"""


def test_a_save_into_a_store_forget_deleted_meanwhile_says_so(results: Results) -> None:
    with Store.open(data()) as store:
        store.save(one(results))
    store = Store.open(data())
    try:
        forget_everything(data(), cache())
        with pytest.raises(StoreForgotten) as raised:
            store.save(one(results))
        assert "went with it" in raised.value.message("en")
        assert "ikut terhapus" in raised.value.message("id")
    finally:
        store.close()


def test_a_crash_note_never_replaces_a_crash_log_pulih_did_not_write(results: Results) -> None:
    with Store.open(data()) as store:
        store.save(one(results))
    (data() / "crash.log").write_text("someone's own log", encoding="utf-8")
    assert write_crash_log(RuntimeError("x"), data()) is None
    assert (data() / "crash.log").read_text(encoding="utf-8") == "someone's own log"


def test_no_crash_note_in_a_folder_pulih_never_kept_anything_in(tmp_path: Path) -> None:
    folder = tmp_path / "someone's folder"
    folder.mkdir()
    assert write_crash_log(RuntimeError("x"), folder) is None
    assert os.listdir(folder) == []


# --- the fault suite: every foreign thing as it was, whatever pulih went through


@pytest.fixture
def planted(tmp_path: Path) -> Iterator[dict[Path, Seen]]:
    """Foreign things in the data and cache folders, each as a person or another program
    might leave them, and one elsewhere that a link points to."""
    data().mkdir(parents=True)
    os.chmod(data(), 0o750)
    cache().mkdir(parents=True)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("a file outside", encoding="utf-8")
    things = {
        data() / f"{DB_NAME}.damaged-19990101T000000": b"planted",
        data() / "crash.log.old": b"planted",
        data() / ".pulih.db.new-42-dead": b"planted",
        data() / "diary.txt": b"mine",
        cache() / "directory-deadbeef.cache": b"planted",
        cache() / ".directory-x.tmp": b"planted",
    }
    for path, content in things.items():
        path.write_bytes(content)
        os.chmod(path, 0o644)
    (data() / "photos").mkdir()
    (data() / "link-out").symlink_to(elsewhere)
    watched = [*things, data(), cache(), data() / "photos", data() / "link-out", elsewhere]
    yield {p: seen(p) for p in watched}


def test_the_fault_suite_changes_or_deletes_no_foreign_file(
    planted: dict[Path, Seen],
    results: Results,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 300)
    answers = tmp_path / "answers.toml"
    answers.write_text(ANSWERS, encoding="utf-8")
    # saves, a note, a damaged store set aside, a crash note, a busy store, forget
    assert main(["reflect", "--answers", str(answers), "--save"]) == 0
    (data() / DB_NAME).write_bytes(b"damaged now" * 100)
    with Store.open(data()) as store:
        assert len(store.report.moved_aside) == 1
        store.save(one(results))
    assert main(["export", "-o", str(tmp_path / "note.md")]) == 0
    assert write_crash_log(RuntimeError("x"), data()) is not None
    with Store.open(data()) as store:
        store.connection.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreBusy), Store.open(data()) as other:
            other.save(one(results))
        store.connection.execute("ROLLBACK")
    from pulih.core.directory import catalogue

    catalogue._write_private(cache(), cache() / "directory-0001.cache", b"x")
    catalogue._write_private(cache(), cache() / "directory-0002.cache", b"y")
    assert main(["forget", "--yes", "--lang", "en"]) == 0
    capsys.readouterr()
    changed = [p for p, was in planted.items() if not os.path.lexists(p) or seen(p) != was]
    assert changed == []  # 0 foreign files changed or deleted
    assert pulih_files(data(), cache()) == []
    assert sorted(left_behind(data(), cache())) == sorted(
        p for p in planted if p.parent in (data(), cache())
    )
    assert not (tmp_path / "note.md").exists()
