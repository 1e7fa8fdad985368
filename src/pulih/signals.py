"""Stopping calmly: SIGTERM, SIGHUP and SIGINT end pulih with one calm line in every mode.

A signal's default action kills the process where it stands: a TUI leaves the alternate screen
and mouse tracking on (the safety panel stays on the terminal), a command or ``--plain`` ends
without a word. pulih turns each into :class:`Stopped`, a KeyboardInterrupt, so every mode's
Ctrl+C path runs: what is being written rolls back, the terminal is restored, and one line says
what stays saved. The TUI's event loop takes the same signals itself (``tui.app``).
"""

from __future__ import annotations

import signal
import sys
from types import FrameType
from typing import TYPE_CHECKING

from pulih.core.text.strings import t

if TYPE_CHECKING:
    from pulih.core.text.i18n import Lang

STOPPING = ("SIGTERM", "SIGHUP", "SIGINT")
"""The signals that stop pulih calmly (where the platform has them: Windows has no SIGHUP).
SIGINT keeps Python's own handler (it raises KeyboardInterrupt, the Ctrl+C path) outside the
TUI, whose raw terminal turns Ctrl+C into a key and whose event loop takes all three."""


class Stopped(KeyboardInterrupt):
    """The process was asked to stop by ``signum``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def exit_status(error: KeyboardInterrupt) -> int:
    """128 + the signal's number, as a shell reports it (130 for Ctrl+C)."""
    return 128 + (error.signum if isinstance(error, Stopped) else int(signal.SIGINT))


def _stop(signum: int, _frame: FrameType | None) -> None:
    raise Stopped(signum)


def stop_calmly() -> None:
    """Make SIGTERM and SIGHUP raise :class:`Stopped` in the main thread, as Ctrl+C raises
    KeyboardInterrupt."""
    for name in STOPPING[:2]:
        number = getattr(signal, name, None)
        if number is not None:
            try:
                signal.signal(number, _stop)
            except (OSError, ValueError):  # not the main thread, or not allowed here
                continue


def signals() -> list[int]:
    """The stopping signals this platform has."""
    return [int(getattr(signal, name)) for name in STOPPING if hasattr(signal, name)]


def stopped_line(lang: Lang) -> str:
    """The one line after a stop: what this run saved stays saved, or nothing was saved."""
    saved = False
    if "pulih.core.store.database" in sys.modules:
        from pulih.core.store.database import wrote_in_this_process  # loaded already, so free

        saved = wrote_in_this_process()
    return t("stopped.line_saved" if saved else "stopped.line", lang)
