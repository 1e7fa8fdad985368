"""pulih on Windows, simulated on Linux (issue 24): the command-line journey with Windows'
behaviour, and the redirected output of a cp1252 console.

What is simulated: text-mode files that turn each ``\\n`` into ``\\r\\n`` (``open``/``fdopen``
with ``newline=None``), a C runtime that opens a descriptor in text mode unless ``O_BINARY`` is
given, no ``os.fchmod``, no ``fcntl`` (a byte lock through a stand-in ``msvcrt``), no
``SIGHUP``, a console code page of cp1252 and a UI language that no locale variable names.
What is not: NTFS itself, its ACLs, a file that cannot be deleted while open, the real console.
"""

from __future__ import annotations

import builtins
import errno
import hashlib
import io
import os
import signal
import subprocess
import sys
import tempfile
import types
from pathlib import Path
from typing import Any

import pytest

from pulih.cli import main
from pulih.core.files.paths import cache_dir, data_dir
from pulih.core.text import i18n
from tests.test_steps_cli import ANSWERS  # the same answers and chosen steps

FAKE_BINARY = 1 << 30
"""os.O_BINARY as the simulation has it (no flag of Linux's): stripped before the real open."""
WRITING = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC


class Windows:
    """What the simulation saw: descriptors opened for writing in text mode."""

    def __init__(self) -> None:
        self.text_mode: list[str] = []


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Windows:
    seen = Windows()
    real_io_open = io.open
    real_os_open = os.open

    def text_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        # io.open(file, mode, buffering, encoding, errors, newline, closefd, opener)
        writing = "b" not in mode and any(c in mode for c in "wax+")
        if writing and len(args) < 4 and kwargs.get("newline") is None:
            kwargs["newline"] = "\r\n"  # what newline=None means on Windows
        return real_io_open(file, mode, *args, **kwargs)

    def crt_open(path: Any, flags: int, mode: int = 0o777, *, dir_fd: Any = None) -> int:
        if flags & WRITING and not flags & FAKE_BINARY:
            seen.text_mode.append(str(path))
        return real_os_open(path, flags & ~FAKE_BINARY, mode, dir_fd=dir_fd)

    import fcntl

    def locking(handle: int, mode: int, count: int) -> None:
        try:
            if mode == 0:
                fcntl.lockf(handle, fcntl.LOCK_UN, count)
            else:
                fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB, count)
        except BlockingIOError:
            raise OSError(errno.EACCES, "locked") from None

    msvcrt = types.ModuleType("msvcrt")
    msvcrt.locking = locking  # type: ignore[attr-defined]
    msvcrt.LK_NBLCK = 2  # type: ignore[attr-defined]
    msvcrt.LK_UNLCK = 0  # type: ignore[attr-defined]

    monkeypatch.setattr(io, "open", text_open)
    monkeypatch.setattr(builtins, "open", text_open)
    monkeypatch.setattr(os, "open", crt_open)
    monkeypatch.setattr(os, "O_BINARY", FAKE_BINARY, raising=False)
    monkeypatch.setattr(tempfile, "_bin_openflags", tempfile._bin_openflags | FAKE_BINARY)  # type: ignore[attr-defined]
    monkeypatch.delattr(os, "fchmod", raising=False)
    monkeypatch.delattr(signal, "SIGHUP", raising=False)
    monkeypatch.setitem(sys.modules, "fcntl", None)  # import fcntl: ImportError
    monkeypatch.setitem(sys.modules, "msvcrt", msvcrt)
    return seen


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    place = tmp_path / "jawaban.toml"
    place.write_bytes(ANSWERS.encode("utf-8"))
    return place


def test_the_journey_keeps_its_bytes_and_forget_leaves_nothing(
    windows: Windows, answers: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reflect", "--answers", str(answers), "--save"]) == 0
    assert main(["steps", "mark", "kelompok-keagamaan", "done", "--note", "ikut"]) == 0
    note = tmp_path / "catatan.md"
    page = tmp_path / "catatan.html"
    calendar = tmp_path / "cek.ics"
    assert main(["export", "--format", "markdown", "--with-steps", "-o", str(note)]) == 0
    assert main(["export", "--format", "html", "-o", str(page)]) == 0
    assert main(["steps", "--ics", str(calendar)]) == 0
    capsys.readouterr()

    for written in (note, page):
        data = written.read_bytes()
        assert b"\r\n" not in data, f"{written.name}: newlines were translated"
    ics = calendar.read_bytes()
    assert b"\r\r\n" not in ics and ics.count(b"\r\n") == ics.count(b"\n")
    assert windows.text_mode == [], "opened for writing without O_BINARY"

    assert main(["history", "--format", "json"]) == 0
    assert main(["forget", "--yes"]) == 0
    capsys.readouterr()
    assert not note.exists() and not page.exists() and not calendar.exists()
    for folder in (data_dir(), cache_dir()):
        assert not folder.exists() or list(folder.iterdir()) == []


def test_the_note_matches_the_fingerprint_pulih_records(
    windows: Windows, answers: Path, tmp_path: Path
) -> None:
    from pulih.core.store.database import Store

    assert main(["reflect", "--answers", str(answers), "--save"]) == 0
    note = tmp_path / "catatan.md"
    assert main(["export", "-o", str(note)]) == 0
    with Store.open_to_read(data_dir()) as store:
        (recorded,) = store.exports()
    assert recorded.sha256 == hashlib.sha256(note.read_bytes()).hexdigest()


def test_two_openings_wait_for_each_other_through_the_byte_lock(windows: Windows) -> None:
    from pulih.core.store.database import LOCK_FILE, _folder_lock

    folder = data_dir()
    folder.mkdir(parents=True)
    with _folder_lock(folder) as held:
        assert held is True
        assert (folder / LOCK_FILE).exists()
        # a second process: another descriptor on the same byte (lockf is per process, so
        # ask a child to try)
        code = (
            "import fcntl, os, sys\n"
            f"h = os.open({str(folder / LOCK_FILE)!r}, os.O_RDWR)\n"
            "try:\n    fcntl.lockf(h, fcntl.LOCK_EX | fcntl.LOCK_NB, 1)\n"
            "except OSError:\n    sys.exit(3)\n"
        )
        child = subprocess.run([sys.executable, "-c", code], check=False)
        assert child.returncode == 3


def test_redirected_output_of_a_cp1252_console_is_utf8(answers: Path, tmp_path: Path) -> None:
    out = tmp_path / "hasil.txt"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    with out.open("wb") as handle:
        done = subprocess.run(
            [sys.executable, "-m", "pulih", "reflect", "--answers", str(answers)],
            stdout=handle,
            stderr=subprocess.PIPE,
            env=env,
            check=False,
        )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = out.read_bytes().decode("utf-8")
    assert "█" in text and "Dukungan emosional" in text


def test_a_terminal_without_the_characters_gets_look_alikes() -> None:
    from pulih.output import FALLBACK, readable_output

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    stream.isatty = lambda: True  # type: ignore[method-assign]
    readable_output(stream)
    assert stream.errors == FALLBACK
    stream.write("██░░ 83 · Kuat → cek “lagi” é\n")
    stream.flush()
    assert (
        raw.getvalue().decode("cp1252") == "##-- 83 · Kuat -> cek “lagi” é\n"
    )  # cp1252 has · “ ” é


@pytest.mark.parametrize(("ui", "want"), [(0x0421, "id"), (0x0409, "en"), (0x0413, "en")])
def test_the_language_comes_from_windows_where_no_variable_says_it(
    monkeypatch: pytest.MonkeyPatch, ui: int, want: str
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(i18n, "_windows_ui_language", lambda: ui)
    assert i18n.detect_language({}) == want
    assert i18n.detect_language({"LANG": "id_ID.UTF-8"}) == "id"  # a variable still decides


def test_the_language_comes_from_macos_preferences(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import plistlib

    preferences = tmp_path / "Library" / "Preferences"
    preferences.mkdir(parents=True)
    with (preferences / ".GlobalPreferences.plist").open("wb") as handle:
        plistlib.dump({"AppleLanguages": ["en-GB", "id-ID"]}, handle)
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    assert i18n.detect_language({}) == "en"
    assert i18n.detect_language({"LANG": "C"}) == "en"  # no locale: the system's
