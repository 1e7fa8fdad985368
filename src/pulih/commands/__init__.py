"""The command line's front ends over the core, one module per domain:

- ``check``: ``pulih check``, the data files with every problem on one line;
- ``reflect``: ``pulih reflect``, an answers file in and results out;
- ``saved``: what the person kept: ``history``, ``export``, ``plan``, ``forget``, ``--where``;
- ``steps``: ``pulih steps``, ``steps mark`` and ``steps take``, and the check-in reminder;
- ``workshop``: ``pulih worksheet`` and the facilitator's guide;
- ``common``: what they share: exit statuses, the content or one line, the store or one line,
  output to a file or standard output;
- ``entry``: what argparse hands each subcommand to (``set_defaults(run=…)`` in cli.py).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "check": "check",
    "reflect": "reflect",
    "history": "saved",
    "export": "saved",
    "plan": "saved",
    "forget": "saved",
    "where": "saved",
    "steps": "steps",
    "mark_step": "steps",
    "take_step": "steps",
    "worksheet": "workshop",
}
"""Each command's module: imported when first asked for, so parsing the command line (which
imports ``pulih.commands.entry``) stays off the TUI's start-up path."""

__all__ = list(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'pulih.commands' has no attribute {name!r}")
    return getattr(import_module(f"pulih.commands.{_WHERE[name]}"), name)
