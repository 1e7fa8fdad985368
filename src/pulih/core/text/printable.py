"""Text on its way to a terminal: control characters shown as escapes, never obeyed.

Data files refuse control characters (``pulih.core.questionnaire.validate``); this is the
second line of defence for whatever still reaches the screen (a file name, a value quoted in a
message). Standard library only, so any front end may use it without loading pydantic.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
"""C0 and C1 controls (not tab or newline), DEL, zero-width and bidirectional controls: none has a
place in a name or a sentence, and some rewrite what a terminal shows (ESC starts a sequence)."""


def control_problem(text: str) -> str | None:
    """Why ``text`` may not be used as data, or None."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    return f"contains a control character (U+{ord(found.group()):04X} at position {found.start()})"


def printable(text: str) -> str:
    """``text`` safe to write to a terminal: control characters shown as escapes, not obeyed."""
    return _CONTROL.sub(lambda m: ascii(m.group())[1:-1], text)


def without_controls(text: str) -> str:
    """``text`` with control characters removed (for words a person types in line mode)."""
    return _CONTROL.sub("", text)
