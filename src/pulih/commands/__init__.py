"""The command line's front ends over the core, one module per domain:

- ``check``: ``pulih check``, the data files with every problem on one line;
- ``reflect``: ``pulih reflect``, an answers file in and results out;
- ``saved``: what the person kept: ``history``, ``export``, ``plan``, ``forget``, ``--where``;
- ``steps``: ``pulih steps``, ``steps mark`` and ``steps take``, and the check-in reminder;
- ``workshop``: ``pulih worksheet`` and the facilitator's guide;
- ``common``: what they share: exit statuses, the content or one line, the store or one line,
  output to a file or standard output.
"""

from __future__ import annotations

from pulih.commands.check import check
from pulih.commands.reflect import reflect
from pulih.commands.saved import export, forget, history, plan, where
from pulih.commands.steps import mark_step, steps, take_step
from pulih.commands.workshop import worksheet

__all__ = [
    "check",
    "reflect",
    "history",
    "export",
    "plan",
    "forget",
    "where",
    "steps",
    "mark_step",
    "take_step",
    "worksheet",
]
