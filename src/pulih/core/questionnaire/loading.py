"""Reading TOML data files and turning validation errors into located problems."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pulih.core.questionnaire.problems import DataError, Problem
from pulih.core.questionnaire.tomlpos import decode_error_line, locate

MAX_DATA_BYTES = 8 * 1024 * 1024
"""Answers files and questionnaires: a real one is a few kilobytes (the bundled check is under
10 KB), so 8 MiB is room to spare that still bounds memory (``--answers /dev/zero`` ends at once)."""

MAX_DIRECTORY_BYTES = 32 * 1024 * 1024
"""Resource directories: 10,000 entries take about 6 MB and ~135 MB of memory to check, so
32 MiB holds a national directory five times the size of Indonesia's ~10,000 Puskesmas while
keeping ``check`` within the memory of a modest laptop."""


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``, never reading more than ``max_bytes`` + 1 (a device, a pipe or a
    huge file is refused, not read to the end); DataError when unreadable or too large."""
    name = str(path)
    if not name:
        raise DataError([Problem("(empty path)", None, "file", "no file named")])
    try:
        if path.exists() and not path.is_file() and not path.is_dir():
            # a pipe or a device: reading could wait for ever, or never end
            raise DataError([Problem(name, None, "file", "not a regular file")])
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise DataError([Problem(name, None, "file", "file not found")]) from None
    except IsADirectoryError:
        raise DataError([Problem(name, None, "file", "is a folder, not a file")]) from None
    except OSError as error:
        raise DataError([Problem(name, None, "file", error.strerror or str(error))]) from None
    if len(data) > max_bytes:
        limit = f"{max_bytes // (1024 * 1024)} MiB"
        raise DataError(
            [Problem(name, None, "file", f"larger than {limit}; is it the right file?")]
        )
    return data


def read_toml(path: Path, max_bytes: int = MAX_DATA_BYTES) -> tuple[dict[str, Any], str]:
    """Read and parse a TOML file; any failure becomes a DataError naming the file and line."""
    name = str(path)
    data = read_capped(path, max_bytes)
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")  # Notepad's byte-order mark
    except UnicodeDecodeError as error:
        wrong = data[: error.start].count(b"\n") + 1  # the line with the first wrong byte
        message = f"not UTF-8 text ({error.reason}); save the file as UTF-8"
        raise DataError([Problem(name, wrong, "file", message)]) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as error:
        message = str(error).split(" (at line")[0]
        line = decode_error_line(str(error))
        if line is None and "(at end of document)" in message:  # the file's last line
            message = message.replace(" (at end of document)", " at the end of the file")
            line = text.count("\n") + (0 if text.endswith("\n") else 1) or 1
        raise DataError([Problem(name, line, "toml", message)]) from None
    except RecursionError:
        message = "nested too deeply (tables or lists inside each other)"
        raise DataError([Problem(name, _deepest_line(text), "toml", message)]) from None


def field_name(loc: Sequence[str | int]) -> str:
    """``("items", 3, "text")`` -> ``items[3].text``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(file)"


def _deepest_line(text: str) -> int:
    """The line where brackets nest deepest (where a file nested too deeply goes wrong)."""
    depth = deepest = 0
    line = at = 1
    for char in text:
        if char == "\n":
            line += 1
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest, at = depth, line
        elif char in "]}":
            depth -= 1
    return at


def located(path: Path, text: str, loc: Sequence[str | int], message: str) -> Problem:
    """A problem at ``loc`` in the file ``path`` whose text is ``text``."""
    return Problem(str(path), locate(text, loc), field_name(loc), message)


def validation_problems(path: Path, text: str, error: ValidationError) -> list[Problem]:
    """Every pydantic error as a located problem, in file order."""
    problems = []
    for item in error.errors():
        loc = [part for part in item["loc"] if not (isinstance(part, str) and "[" in part)]
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown field (check the spelling)"
        problems.append(located(path, text, loc, message))
    return sorted(problems, key=lambda p: (p.line or 0, p.field))
