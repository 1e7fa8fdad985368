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


class TomlIndex:
    """Where sections and keys are in one TOML text, built once so that locating every
    problem of a file costs time linear in the file and the number of problems."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.sections: dict[tuple[str | int, ...], tuple[int, int]] = {}
        for path, start, end in _sections(self.lines):
            self.sections.setdefault(path, (start, end))  # the first one wins, as TOML reads
        self._keys: dict[tuple[int, int], dict[str, int]] = {}

    def _keys_of(self, start: int, end: int) -> dict[str, int]:
        """The first line of each ``key =`` in lines ``start..end`` (built when first asked)."""
        keys = self._keys.get((start, end))
        if keys is None:
            keys = {}
            for index in range(start, end):
                found = _KEY.match(self.lines[index])
                if found:
                    keys.setdefault(found.group(1).strip('"'), index)
            self._keys[(start, end)] = keys
        return keys

    def line(self, loc: Sequence[str | int]) -> int | None:
        """The 1-based line where the value at ``loc`` is written, or None.

        ``loc`` is a path such as ``("items", 3, "text", "en")``: list indexes count
        ``[[items]]`` tables. Keys are found in the section the path leads to.
        """
        path = tuple(loc)
        for consumed in range(len(path), -1, -1):
            span = self.sections.get(path[:consumed])
            if span is not None:
                break
        else:
            return None
        start, end = span
        after = path[consumed:]
        rest = [p for p in after if isinstance(p, str)]
        if not rest:
            return start + 1 if consumed else None
        key = rest[0]
        next_at = after.index(key) + 1
        position = after[next_at] if next_at < len(after) else None
        index = self._keys_of(start, end).get(key)
        if index is None:
            return start + 1 if consumed else None
        if isinstance(position, int) and self.lines[index].rstrip().endswith("["):
            return _element_line(self.lines, index, end, position)
        return index + 1


_last: tuple[str, TomlIndex] | None = None


def locate(text: str, loc: Sequence[str | int]) -> int | None:
    """Return the 1-based line where the value at ``loc`` is written in ``text``, or None.

    The index of the last text asked about is kept, so the many problems of one file share
    one scan of it (``text`` is compared by identity first, so a repeat costs nothing).
    """
    global _last
    if _last is None or not (_last[0] is text or _last[0] == text):
        _last = (text, TomlIndex(text))
    return _last[1].line(loc)


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
