"""Problems found in data files, reported as ``FILE:LINE: field: message``."""

from __future__ import annotations

from dataclasses import dataclass

from pulih.core.text.printable import printable

MESSAGE_MAX = 400
"""Characters of a problem's message shown; the rest is counted, so a line stays one line."""


@dataclass(frozen=True)
class Problem:
    """One problem in one data file. ``line`` is None when it cannot be known."""

    file: str
    line: int | None
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        name = self.file.replace("\n", "\\n").replace("\r", "\\r")  # one line, whatever the name
        where = f"{name}:{self.line}" if self.line else name
        kind = "warning: " if self.warning else ""
        message = self.message
        if len(message) > MESSAGE_MAX:  # a value quoted back (a 5 MB region name) stays short
            message = f"{message[:MESSAGE_MAX]}… ({len(message) - MESSAGE_MAX} more characters)"
        return printable(f"{where}: {self.field}: {kind}{message}")


class DataError(Exception):
    """A data file could not be used; ``problems`` says every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
