"""Standard output for the commands and the line mode: a write that fails (a full disk behind
``> /dev/full``, a reader that went away behind ``| head -c1``, a closed descriptor) becomes
``OutputFailed``, which the command line reports in one line with exit status 1."""

from __future__ import annotations

import codecs
import contextlib
import os
import sys
import unicodedata
from typing import Any, TextIO

from pulih.core.text.printable import printable


class OutputFailed(Exception):
    """Writing to standard output failed; ``reason`` says why in the system's words."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or type(error).__name__)
        self.reason = error.strerror or type(error).__name__
        self.reader_left = isinstance(error, BrokenPipeError)
        """The reader went away (``pulih history | head``): nothing to say, as other tools."""


class GuardedOutput:
    """A stand-in for ``sys.stdout`` whose failed writes raise ``OutputFailed``; on a terminal,
    control characters in what is written are shown as escapes, never obeyed."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        try:
            self._terminal = stream.isatty()
        except (OSError, ValueError):
            self._terminal = False

    def write(self, text: str) -> int:
        return self.write_raw(printable(text) if self._terminal else text)

    def write_raw(self, text: str) -> int:
        """Write ``text`` as it is (pulih's own terminal sequences: clearing the screen)."""
        try:
            return self._stream.write(text)
        except OSError as error:
            raise OutputFailed(error) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise OutputFailed(error) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def silence_stdout() -> None:
    """Point descriptor 1 at the null device, so the interpreter's last flush of what could not
    be written fails quietly instead of printing an 'Exception ignored' report."""
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)


def say_error(line: str) -> None:
    """One line to stderr, if there is a stderr to write to."""
    stream = sys.stderr
    if stream is None:
        return
    with contextlib.suppress(OSError, ValueError):
        stream.write(line + "\n")
        stream.flush()


FALLBACK = "pulih-fallback"
"""The error handler for a terminal whose encoding lacks a character pulih prints: a plain
look-alike (a bar becomes #, a dash -, an accented letter its letter), never a crash."""

_LOOK_ALIKES = {
    "█": "#", "▓": "#", "▒": "=", "░": "-", "▏": "|", "▌": "|", "■": "#", "□": "o",
    "─": "-", "━": "-", "│": "|", "┃": "|", "—": "-", "–": "-", "‑": "-", "·": "-", "•": "*",
    "…": "...", "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "→": "->", "←": "<-",
    "↑": "^", "↓": "v", "✓": "v", "✔": "v", "✗": "x", "×": "x", "≥": ">=", "≤": "<=",
    "⏎": "Enter", "⎋": "Esc", "⇥": "Tab",
}  # fmt: skip


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for char in error.object[error.start : error.end]:
        plain = _LOOK_ALIKES.get(char)
        if plain is None:
            decomposed = unicodedata.normalize("NFKD", char)
            plain = "".join(c for c in decomposed if ord(c) < 128) or "?"
        out.append(plain)
    return "".join(out), error.end


def readable_output(*streams: Any) -> None:
    """Make standard output and error safe on every platform (issue 24). Redirected to a file
    or a pipe, they write UTF-8, whatever the console code page (Windows' cp1252 cannot write a
    bar); on a terminal whose encoding lacks a character, a plain look-alike is written."""
    try:
        codecs.lookup_error(FALLBACK)
    except LookupError:
        codecs.register_error(FALLBACK, _fallback)
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (
            (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        )
        if reconfigure is None or encoding == "utf8":
            continue
        try:
            terminal = stream.isatty()
        except (OSError, ValueError):
            terminal = False
        with contextlib.suppress(OSError, ValueError, LookupError):
            if terminal:
                reconfigure(errors=FALLBACK)
            else:
                reconfigure(encoding="utf-8", errors="replace")
