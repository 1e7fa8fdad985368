"""Reading TOML data files and turning validation errors into located problems."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pulih.core.problems import DataError, Problem
from pulih.core.tomlpos import decode_error_line, locate


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Read and parse a TOML file; any failure becomes a DataError naming the file and line."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError([Problem(name, None, "file", "file not found")]) from None
    except UnicodeDecodeError as error:
        raise DataError([Problem(name, None, "file", f"not UTF-8 text ({error.reason})")]) from None
    except OSError as error:
        raise DataError([Problem(name, None, "file", error.strerror or str(error))]) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as error:
        message = str(error).split(" (at line")[0]
        line = decode_error_line(str(error))
        raise DataError([Problem(name, line, "toml", message)]) from None


def field_name(loc: Sequence[str | int]) -> str:
    """``("items", 3, "text")`` -> ``items[3].text``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(file)"


def located(path: Path, text: str, loc: Sequence[str | int], message: str) -> Problem:
    """A problem at ``loc`` in the file ``path`` whose text is ``text``."""
    return Problem(str(path), locate(text, loc), field_name(loc), message)


def validation_problems(path: Path, text: str, error: ValidationError) -> list[Problem]:
    """Every pydantic error as a located problem, in file order."""
    problems = []
    for item in error.errors():
        loc = [part for part in item["loc"] if not (isinstance(part, str) and "[" in part)]
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown field (check the spelling)"
        problems.append(located(path, text, loc, message))
    return sorted(problems, key=lambda p: (p.line or 0, p.field))
