"""Standard output for the commands and the line mode: a write that fails (a full disk behind
``> /dev/full``, a reader that went away behind ``| head -c1``, a closed descriptor) becomes
``OutputFailed``, which the command line reports in one line with exit status 1."""

from __future__ import annotations

import contextlib
import os
import sys
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
