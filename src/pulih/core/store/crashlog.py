"""What pulih says and keeps when it crashes: one calm line, and at most a private technical note.

A crash must never put a person's answers on the screen (a shared computer's scrollback) or on
disk. So the one line names no error, and the note (``crash.log``, 0600) holds only the
exception's type and where it happened (file, line, function) for each frame of the chain: no
message, no local variables, no argument values, since any of those can carry an answer. The
note is written only where saving is allowed and pulih's data folder already exists (the person
has let pulih keep something before); otherwise nothing is written.
"""

from __future__ import annotations

import contextlib
import os
import platform
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from pulih import __version__
from pulih.core.files.paths import data_dir, shown
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

EXIT_CRASH = 70
"""EX_SOFTWARE (sysexits.h): an internal error."""

CRASH_LOG = "crash.log"


def _frames(tb: TracebackType | None) -> list[str]:
    return [
        f"  {frame.filename}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(tb, limit=60)
    ]


def crash_report(error: BaseException) -> str:
    """The exception chain as types and frames only: never a message, a local or a value."""
    lines = [
        f"pulih {__version__} crashed at {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"python {platform.python_version()} on {platform.system()}",
    ]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(seen) < 10:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        lines.extend(_frames(current.__traceback__))
        wrapped = getattr(current, "error", None)  # Textual's WorkerFailed wraps the error
        current = (
            wrapped
            if isinstance(wrapped, BaseException)
            else current.__cause__
            or (None if current.__suppress_context__ else current.__context__)
        )
        if current is not None:
            lines.append("while handling, or caused by:")
    return "\n".join(lines) + "\n"


def write_crash_log(error: BaseException, folder: Path) -> Path | None:
    """Write the report to ``folder/crash.log`` (0600, replacing an older one of pulih's) when
    pulih has kept something in the folder before (its ledger says so); None when nothing could
    or may be written. A ``crash.log`` pulih did not write is left as it is."""
    from pulih.core.store.database import data_ledger  # sqlite3: only when a log is written

    if not folder.is_dir():
        return None
    ledger = data_ledger(folder)
    if not (ledger.exists() or ledger.files()):
        return None  # pulih has never kept anything here: not even a note now
    path = folder / CRASH_LOG
    if (path.exists() or path.is_symlink()) and not ledger.owns(CRASH_LOG):
        return None
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        ledger.record(CRASH_LOG)
        # a new file gets 0600 (the umask can only take bits away); an older note of pulih's
        # keeps the mode pulih gave it
        handle = os.open(path, flags, 0o600)
        try:
            os.write(handle, crash_report(error).encode("utf-8"))
        finally:
            os.close(handle)
    except OSError:
        with contextlib.suppress(OSError):
            if ledger.owns(CRASH_LOG):
                path.unlink()
        return None
    return path


def log_folder() -> Path | None:
    """The data folder, where a crash note may go; None when even that cannot be known."""
    try:
        return data_dir()
    except Exception:
        return None


def crash_line(
    error: BaseException, lang: Lang, *, log_folder: Path | None, saved: bool = False
) -> str:
    """The one calm line for a crash (writing the private note when ``log_folder`` is given)."""
    line = t("crash.saved" if saved else "crash.nothing_saved", lang)
    path = None
    if log_folder is not None:
        with contextlib.suppress(Exception):
            path = write_crash_log(error, log_folder)
    if path is not None:
        line += t("crash.log", lang, path=shown(path))
    return line
