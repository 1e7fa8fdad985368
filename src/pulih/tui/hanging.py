"""Wrapped lines that stay under their words: "  → because ..." goes on under "because", a
crisis route's "    For: women and children ..." under "For", not at the left edge."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.visual import VisualType

_HANG = re.compile(r"\d+\. |→ |✓ |- |• ")


def hanging(text: Text, width: int, console: Console) -> Text:
    """``text`` wrapped to ``width`` with each line's continuation indented under its words
    ("  → because ..." goes on under "because", not at the left edge)."""
    if width <= 0:
        return text
    out = Text()
    for number, line in enumerate(text.split("\n")):
        plain = line.plain
        indent = len(plain) - len(plain.lstrip(" "))
        mark = _HANG.match(plain, indent)
        hang = indent + (len(mark.group()) if mark else 0)
        if number:
            out.append("\n")
        if hang > width // 2:
            out.append_text(line)
            continue
        rows = line[hang:].wrap(console, width - hang)
        for row_number, row in enumerate(rows):
            if row_number:
                out.append("\n" + " " * hang)
            else:
                out.append_text(line[:hang])
            out.append_text(row)
    return out


class HangingText(Static):
    """Text whose wrapped lines stay indented under their first words (a suggestion, a crisis
    route's details, a listed file): a Static, so it reads like the rest of the screen."""

    DEFAULT_CSS = """
    HangingText {
        height: auto;
    }
    """

    def __init__(
        self, text: Text | str, *, id: str | None = None, classes: str | None = None
    ) -> None:
        text = Text(text) if isinstance(text, str) else text
        super().__init__(text, id=id, classes=classes)
        self.text = text

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        """New text (a ``Text`` or a ``str``: what pulih gives it)."""
        self.text = content if isinstance(content, Text) else Text(str(content))
        super().update(self.text, layout=layout)

    def render(self) -> Text:
        return hanging(self.text, self.content_size.width, self.app.console)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(hanging(self.text, width, self.app.console).split("\n"))


SuggestionEntry = HangingText
