"""SIGKILL during saves: the store always opens, stays intact, and never loses a result."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from pulih.core.content import Content
from pulih.core.files.ledger import LEDGER
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.store.database import DB_NAME, Store
from pulih.core.store.record import SavedResult
from tests.test_store import WHEN

KILLS = 150
OURS = {DB_NAME, LEDGER}  # the database, and the ledger of what pulih wrote there


def saving_child(folder: Path, saved: SavedResult) -> None:
    """Runs in a forked child: save as fast as possible until killed."""
    try:
        with Store.open(folder) as store:
            while True:
                store.save(saved)
    finally:
        os._exit(0)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_kill_during_save_never_corrupts_or_loses(tmp_path: Path, content: Content) -> None:
    answers = {"refleksi-dukungan": {i: 3 for i in content.reflection.item_by_id}}
    saved = SavedResult(
        WHEN,
        "id",
        {"refleksi-dukungan": "1.0"},
        evaluate(content.reflection, content.check, answers),
    )
    folder = tmp_path / "data"
    Store.open(folder).close()
    rnd = random.Random(2026)
    counts = [0]
    killed_mid_run = 0
    for kill in range(KILLS):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            saving_child(folder, saved)
        time.sleep(rnd.uniform(0.002, 0.04))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        killed_mid_run += os.WIFSIGNALED(status)
        with Store.open(folder) as store:
            assert store.report.moved_aside == []
            assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            count = store.count()
            assert count >= counts[-1]
            counts.append(count)
            if kill % 50 == 49:
                assert len(store.results()) == count  # every record still reads back
        leftovers = sorted(p.name for p in folder.iterdir() if p.name not in OURS)
        assert leftovers == [], leftovers  # a clean open and close leaves only the database
    assert killed_mid_run == KILLS
    assert counts[-1] > KILLS  # the children really were saving when killed
    print(f"{KILLS} kills, {counts[-1]} results saved, none lost")


def test_the_wal_of_a_killed_writer_is_never_deleted_by_pulih(
    tmp_path: Path, content: Content
) -> None:
    """A hot -wal beside the database is recovered by SQLite, not removed by pulih."""
    answers = {"refleksi-dukungan": {i: 4 for i in content.reflection.item_by_id}}
    saved = SavedResult(WHEN, "en", {}, evaluate(content.reflection, content.check, answers))
    folder = tmp_path / "data"
    store = Store.open(folder)
    store.save(saved)
    # Simulate a crash: copy the database and its hot WAL while the writer still holds them.
    copy = tmp_path / "copy"
    copy.mkdir(mode=0o700)
    for name in (DB_NAME, DB_NAME + "-wal"):
        (copy / name).write_bytes((folder / name).read_bytes())
    store.close()
    with Store.open(copy) as recovered:
        assert recovered.count() == 1
    assert (
        sqlite3.connect(copy / DB_NAME).execute("SELECT count(*) FROM results").fetchone()[0] == 1
    )
