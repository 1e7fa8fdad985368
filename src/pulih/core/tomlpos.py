"""Find the line of a field in TOML text, so problems can say ``FILE:LINE``.

tomllib gives no positions, so this walks the text: table headers, ``[[array]]`` counts and
``key =`` lines. It is deliberately simple; when it cannot tell, it returns None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\" ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*[=.]")
_DECODE_LINE = re.compile(r"at line (\d+)")


def decode_error_line(message: str) -> int | None:
    """The line number tomllib puts in a TOMLDecodeError message."""
    found = _DECODE_LINE.search(message)
    return int(found.group(1)) if found else None


def locate(text: str, loc: Sequence[str | int]) -> int | None:
    """Return the 1-based line where the value at ``loc`` is written, or None.

    ``loc`` is a path such as ``("items", 3, "text", "en")``: list indexes count
    ``[[items]]`` tables. Keys are found in the section the path leads to.
    """
    lines = text.splitlines()
    sections = _sections(lines)  # (path, first line index, end line index)
    path = list(loc)
    best: tuple[int, int, int] | None = None  # (consumed, start, end)
    for section_path, start, end in sections:
        n = len(section_path)
        if n <= len(path) and tuple(path[:n]) == section_path and (best is None or n > best[0]):
            best = (n, start, end)
    if best is None:
        return None
    consumed, start, end = best
    rest = [p for p in path[consumed:] if isinstance(p, str)]
    if not rest:
        return start + 1 if consumed else None
    key = rest[0]
    after = path[consumed:]
    position = after[after.index(key) + 1] if after.index(key) + 1 < len(after) else None
    for index in range(start, end):
        found = _KEY.match(lines[index])
        if found and found.group(1).strip('"') == key:
            if isinstance(position, int) and lines[index].rstrip().endswith("["):
                return _element_line(lines, index, end, position)
            return index + 1
    return start + 1 if consumed else None


def _element_line(lines: list[str], key_index: int, end: int, position: int) -> int:
    """The line of element ``position`` of a multi-line array, one element a line."""
    seen = -1
    for index in range(key_index + 1, end):
        stripped = lines[index].strip()
        if stripped.startswith("]"):
            break
        if stripped and not stripped.startswith("#"):
            seen += 1
            if seen == position:
                return index + 1
    return key_index + 1


def _sections(lines: list[str]) -> list[tuple[tuple[str | int, ...], int, int]]:
    counts: dict[tuple[str, ...], int] = {}
    found: list[tuple[tuple[str | int, ...], int]] = [((), -1)]
    for index, line in enumerate(lines):
        match = _HEADER.match(line)
        if not match:
            continue
        names = tuple(part.strip().strip('"') for part in match.group(2).split("."))
        if match.group(1) == "[[":
            counts[names] = counts.get(names, -1) + 1
            # A new element of an array restarts the count of its own sub-arrays.
            for key in [k for k in counts if len(k) > len(names) and k[: len(names)] == names]:
                del counts[key]
        path: tuple[str | int, ...] = ()
        for depth in range(1, len(names) + 1):
            path = (*path, names[depth - 1])
            if names[:depth] in counts:
                path = (*path, counts[names[:depth]])
        found.append((path, index))
    result = []
    for position, (path, index) in enumerate(found):
        end = found[position + 1][1] if position + 1 < len(found) else len(lines)
        result.append((path, index if index >= 0 else 0, end))
    # The top level starts at line 0 but its key search must stop at the first header.
    top_path, _, top_end = result[0]
    result[0] = (top_path, 0, top_end)
    return result
