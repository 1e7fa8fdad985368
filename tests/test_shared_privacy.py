"""Shared-computer privacy: the save question tells the truth, exported notes are known and
forgotten, set-aside files are named before they go, and folders are 0700 under any umask."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pulih.cli import main
from pulih.core.content import Content
from pulih.core.files.folders import ensure_private_dir
from pulih.core.files.ledger import LEDGER, LEGACY_MARK, Ledger
from pulih.core.mapplan.supportmap import SupportMap, Tie
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.store.consent import consent_text
from pulih.core.store.database import DB_NAME, Store
from pulih.core.store.forget import known_notes
from pulih.core.store.record import SavedResult
from pulih.tui.screens.confirm import ConfirmScreen
from tests.conftest import TODAY
from tests.helpers import SUPPORT_KEYS, make_app, press

ANSWERS = "[refleksi-dukungan]\nE1 = 5\nE2 = 4\nI1 = 1\nN1 = 2\nA1 = 3\n"


def data() -> Path:
    return Path(os.environ["PULIH_DATA_DIR"])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


# --- the save question


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_consent_text_tells_the_truth_and_names_everything_kept(lang: str) -> None:
    text = consent_text(lang, "~/.local/share/pulih", map_people=3, steps=1)  # type: ignore[arg-type]
    if lang == "id":
        assert "orang lain yang memakai akun ini juga bisa" in text
        assert "nama panggilan di peta dukungan Anda (3 orang)" in text
        assert "jawaban dan hasil Anda" in text and "langkah yang Anda pilih" in text
    else:
        assert "others who use this account can too" in text
        assert "the nicknames in your support map (3 people)" in text
        assert "your answers with their results" in text and "the next steps you chose" in text
    assert "~/.local/share/pulih" in text
    plan = consent_text(lang, "~/x", "plan")  # type: ignore[arg-type]
    assert ("rencana aman" in plan) if lang == "id" else ("safety plan" in plan)


async def test_the_tui_save_question_says_who_else_can_open_it(content: Content) -> None:
    app = make_app(content)
    async with app.run_test() as pilot:
        app.support_map = SupportMap((Tie("Ibu", "family", frozenset({"emotional"})),))
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "s")
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        assert "orang lain yang memakai akun ini juga bisa" in dialog.details
        assert "peta dukungan Anda (1 orang)" in dialog.details
        await press(pilot, "n", "q")
        quit_dialog = app.screen
        assert "orang lain yang memakai akun ini juga bisa" in getattr(quit_dialog, "consent", "")


def test_plain_mode_tells_the_same_truth_before_asking(content: Content) -> None:
    from pulih.plain.session import PlainSession

    # no place, no check, no map, Enter at the narrowing offer, then n to saving
    keys = ["3"] * len(content.reflection.items) + ["", "n", "n", "", "n"]
    out = io.StringIO()
    session = PlainSession(content, "en", io.StringIO("\n".join(keys) + "\n"), out, TODAY, True)
    session.run()
    text = out.getvalue()
    assert "others who use this account can too" in text
    assert text.index("others who use this account") < text.index("Save this result")
    assert not (data() / DB_NAME).exists()  # n: nothing saved


# --- exported notes: written 0600, recorded only with consent, listed, forgotten


def save_one(content: Content, folder: Path | None = None) -> None:
    results = evaluate(content.reflection, content.check, {"refleksi-dukungan": {"E1": 3}})
    with Store.open(folder or data()) as store:
        store.save(SavedResult(datetime(2026, 11, 1, tzinfo=UTC), "id", {}, results))


def test_an_export_of_a_saved_result_is_recorded_listed_and_forgotten(
    content: Content, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save_one(content)
    note = tmp_path / "notes" / "catatan.md"
    note.parent.mkdir()
    assert main(["export", "-o", str(note), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert str(note) in err and "pulih forget akan menghapusnya" in err  # the note's language
    assert mode(note) == 0o600
    assert [n.path for n in known_notes(data())] == [note]
    Ledger(data()).record(f"{DB_NAME}.damaged-20260101T000000")  # as opening records it
    (data() / f"{DB_NAME}.damaged-20260101T000000").write_bytes(b"old results")
    assert main(["--where", "--lang", "en"]) == 0
    where = capsys.readouterr().out
    assert str(note) in where and "an old file set aside" in where
    assert main(["forget", "--yes", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"- {note}" in out
    assert f"{DB_NAME}.damaged-20260101T000000 (an old file set aside)" in out
    assert not note.exists() and note.parent.is_dir()  # the person's folder stays
    assert not data().exists()  # pulih made it, and it is empty now


def test_forget_leaves_a_note_the_person_changed(
    content: Content, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save_one(content)
    note = tmp_path / "catatan.md"
    assert main(["export", "-o", str(note)]) == 0
    note.write_text("my own words now", encoding="utf-8")
    assert main(["forget", "--yes", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert f"Left in place (changed since pulih wrote it): {note}" in out
    assert note.read_text(encoding="utf-8") == "my own words now"


def test_forget_on_a_store_it_cannot_read_says_the_notes_stay(
    content: Content, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An attack review: with a store made by a newer pulih, forget said it 'left it as it
    is', then deleted it, and the note recorded in it stayed without a word."""
    import sqlite3

    save_one(content)
    note = tmp_path / "catatan.md"
    assert main(["export", "-o", str(note)]) == 0
    with sqlite3.connect(data() / DB_NAME) as connection:
        connection.execute("PRAGMA user_version = 99")
    capsys.readouterr()
    assert main(["forget", "--yes", "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert "left it as it is" not in captured.out + captured.err
    assert "notes exported earlier are not deleted" in captured.err
    assert "pulih-note-*.html" in captured.err and "pulih-catatan-*.html" in captured.err
    assert f"- {data() / DB_NAME}" in captured.out  # the store itself is deleted, and named
    assert note.exists()


async def test_a_tui_export_of_an_unsaved_result_says_forget_will_not_know_it(
    content: Content, tmp_path: Path
) -> None:
    app = make_app(content, lang="en")
    app.export_dir = tmp_path
    said: list[str] = []
    app.notify = lambda message, **_: said.append(str(message))  # type: ignore[method-assign]
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "e")
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        assert str(tmp_path) in dialog.details and "will not delete it" in dialog.details
        await press(pilot, "enter")
        await app.workers.wait_for_complete()
        await press(pilot)
        (note,) = tmp_path.glob("pulih-note-*.html")
        assert mode(note) == 0o600
        assert any(str(note) in m and "will not delete it" in m for m in said)
        assert not (data() / DB_NAME).exists()  # no consent, no record
        await press(pilot, "s", "y")  # saving later records the note written before
        await app.workers.wait_for_complete()
        await press(pilot)
    assert [n.path for n in known_notes(data())] == [note]


async def test_the_data_screen_lists_exported_notes_and_forget_removes_them(
    content: Content, tmp_path: Path
) -> None:
    from pulih.tui.screens.data import DataScreen

    save_one(content)
    note = tmp_path / "catatan.html"
    assert main(["export", "--format", "html", "-o", str(note)]) == 0
    app = make_app(content, lang="en")
    async with app.run_test() as pilot:
        await press(pilot, "d")
        await app.workers.wait_for_complete()
        await press(pilot)
        screen = app.screen
        assert isinstance(screen, DataScreen)
        assert any(str(note) in line for _, lines in screen.places for line in lines)
        await press(pilot, "d")
        await app.workers.wait_for_complete()
        await press(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen) and str(note) in dialog.details
        await press(pilot, "y")
        await app.workers.wait_for_complete()
        await press(pilot)
    assert not note.exists() and not (data() / DB_NAME).exists()


# --- folders 0700 under any umask, parents included; forget removes only pulih's


def test_every_folder_pulih_makes_is_0700_under_umask_000(tmp_path: Path, umask_000: None) -> None:
    deep = tmp_path / "home" / "new" / "share" / "pulih"
    Store.open(deep).close()
    for folder in (tmp_path / "home" / "new", tmp_path / "home" / "new" / "share", deep):
        assert mode(folder) == 0o700, folder
    assert Ledger(deep).made() == [
        tmp_path / "home" / "new",
        tmp_path / "home" / "new" / "share",
        deep,
    ]
    assert not (tmp_path / "home" / "new" / LEDGER).exists()


def test_an_existing_parent_is_left_as_it_was(tmp_path: Path, umask_000: None) -> None:
    parent = tmp_path / "shared"
    parent.mkdir()
    os.chmod(parent, 0o755)
    made = ensure_private_dir(parent / "pulih").made
    assert made == [parent / "pulih"] and mode(parent) == 0o755
    assert mode(parent / "pulih") == 0o700


def test_the_directory_cache_folder_is_0700_with_its_parents(
    tmp_path: Path, umask_000: None
) -> None:
    from pulih.core.directory import catalogue

    folder = tmp_path / "c1" / "c2" / "pulih"
    catalogue._write_private(folder, folder / "directory-0.cache", b"x")
    assert mode(tmp_path / "c1") == 0o700 and mode(tmp_path / "c1" / "c2") == 0o700
    assert mode(folder) == 0o700 and mode(folder / "directory-0.cache") == 0o600


async def test_the_person_can_choose_where_a_note_goes(content: Content, tmp_path: Path) -> None:
    from textual.widgets import Input

    from pulih.tui.screens.confirm import ExportQuestion

    chosen = tmp_path / "usb"
    chosen.mkdir()
    app = make_app(content, lang="en")
    app.export_dir = tmp_path / "home-default"
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "e", "c")
        app.screen.query_one(Input).value = str(chosen)
        await press(pilot, "enter")
        question = app.screen
        assert isinstance(question, ExportQuestion) and question.path.parent == chosen
        assert str(chosen) in question.details
        await press(pilot, "y")
        await app.workers.wait_for_complete()
        await press(pilot)
    (note,) = chosen.glob("pulih-note-*.html")
    assert mode(note) == 0o600 and not (tmp_path / "home-default").exists()


def test_forget_removes_the_platform_folder_named_for_pulih_even_without_a_mark(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder made by an earlier pulih (before marks) at the platform's place is pulih's."""
    monkeypatch.delenv("PULIH_DATA_DIR")
    monkeypatch.delenv("PULIH_CACHE_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    from pulih.core.files.paths import data_dir

    legacy = data_dir()
    assert legacy == tmp_path / "xdg-data" / "pulih"
    legacy.mkdir(parents=True)
    save_one(content, legacy)
    (legacy / LEDGER).unlink()  # as an earlier pulih left it: no ledger, no mark
    assert not (legacy / LEGACY_MARK).exists()
    assert main(["forget", "--yes"]) == 0
    assert not legacy.exists() and (tmp_path / "xdg-data").is_dir()
