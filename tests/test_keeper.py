"""The TUI's disk work without a running App (tui/keeper.py): outcomes, never exceptions."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pulih.core.content import Content
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.store.database import Store
from pulih.core.store.errors import StoreFailed
from pulih.core.store.forget import known_notes
from pulih.core.store.record import SavedResult
from pulih.tui.keeper import Keeper
from tests.helpers import SUPPORT_KEYS


def one(content: Content) -> SavedResult:
    items = [item.id for item in content.reflection.items]
    answers = {"refleksi-dukungan": dict(zip(items, map(int, SUPPORT_KEYS), strict=True))}
    results = evaluate(content.reflection, content.check, answers)
    return SavedResult(datetime(2026, 11, 1, tzinfo=UTC), "id", {}, results)


def test_a_save_returns_its_id_and_records_earlier_notes(content: Content, tmp_path: Path) -> None:
    keeper = Keeper(tmp_path / "data")
    note = tmp_path / "note.html"
    note.write_text("<p>note</p>", encoding="utf-8")
    done = keeper.save(one(content), "pulih-dark", [(note, "<p>note</p>", datetime.now(UTC))])
    assert done.saved_id is not None and done.error is None
    with Store.open(tmp_path / "data") as store:
        assert store.count() == 1 and store.setting("theme") == "pulih-dark"
    assert [n.path for n in known_notes(tmp_path / "data")] == [note]


def test_a_bug_in_the_save_is_an_outcome_with_a_private_note(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Store, saved: SavedResult) -> int:
        raise RuntimeError(f"with answers {saved.results!r}")

    monkeypatch.setattr(Store, "save", broken)
    done = Keeper(tmp_path / "data").save(one(content), "pulih-dark", [])
    assert done.saved_id is None and isinstance(done.error, StoreFailed)
    assert done.error.detail == "RuntimeError"
    log = tmp_path / "data" / "crash.log"
    assert "with answers" not in log.read_text(encoding="utf-8")


def test_a_failure_after_the_commit_still_reports_the_saved_id(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What is saved stays saved: a later step failing must not make s save it twice."""

    def broken(self: Store, key: str, value: str) -> None:
        raise RuntimeError("theme")

    monkeypatch.setattr(Store, "set_setting", broken)
    done = Keeper(tmp_path / "data").save(one(content), "pulih-dark", [])
    assert done.saved_id is not None and done.error is None


def test_a_note_never_replaces_a_file_and_is_private(tmp_path: Path) -> None:
    keeper = Keeper(tmp_path / "data")
    mine = tmp_path / "mine.html"
    mine.write_text("my words", encoding="utf-8")
    assert keeper.write_note(mine, "<p>note</p>", tracked=False).about == "export.exists"
    assert mine.read_text(encoding="utf-8") == "my words"
    fresh = tmp_path / "fresh.html"
    done = keeper.write_note(fresh, "<p>note</p>", tracked=False)
    assert done.about == "export.untracked" and done.when is not None
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert not (tmp_path / "data").exists()  # an untracked note opens no store


def test_a_tracked_note_is_recorded_for_forget(tmp_path: Path) -> None:
    keeper = Keeper(tmp_path / "data")
    note = tmp_path / "tracked.html"
    assert keeper.write_note(note, "<p>note</p>", tracked=True).about == "export.tracked"
    assert [n.path for n in known_notes(tmp_path / "data")] == [note]


def test_a_change_that_fails_is_returned_not_raised(tmp_path: Path) -> None:
    def broken(store: Store) -> None:
        raise ValueError("bug")

    failed = Keeper(tmp_path / "data").change(broken)
    assert isinstance(failed, StoreFailed) and failed.detail == "ValueError"


def test_a_read_never_creates_the_store_and_returns_its_failure(
    content: Content, tmp_path: Path
) -> None:
    keeper = Keeper(tmp_path / "data")
    assert keeper.read(lambda store: store.count()) == (None, None)
    assert not (tmp_path / "data").exists()
    keeper.save(one(content), "pulih-dark", [])
    assert keeper.read(lambda store: store.count()) == (1, None)

    def broken(store: Store) -> int:
        raise KeyError("bug")

    found, failed = keeper.read(broken)
    assert found is None and isinstance(failed, StoreFailed)
