"""The words pulih itself says, one catalogue file per language (content-guidelines §4).

The words live in ``catalogue/<lang>.toml`` (``id.toml``, ``en.toml``), the files a translator
edits: one ``"key" = "text"`` line per string, the same keys in every file
(docs/en/development.md, "Translating"). Questionnaire wording, bands and per-type sentences live
in questionnaires/; this is only the app's own voice.

Kept free of pydantic so the welcome screen can use it before anything loads: only the language
asked for is read, on the first ``t`` for it, and kept. The files are TOML, but the first frame
does not pay for ``tomllib``: a catalogue in the files' own simple shape (the lines above,
``\"\"\"`` for text over several lines, ``\\"`` and ``\\\\`` the only escapes) is read by a
small reader, which gives up on anything else; then ``tomllib`` reads the file (slower, same
result). ``PULIH_CATALOGUE_DIR`` names a folder to read a language's file from first (a
translator trying a copy); a language not there comes from pulih's own folder.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from pulih.core.text.i18n import LANGS, Lang

CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogue"
"""pulih's own catalogue files, shipped inside the package."""

CATALOGUE_ENV = "PULIH_CATALOGUE_DIR"

# One entry: comment and blank lines, then "key" = "text" or "key" = """(newline)text""" (a
# character class each, with \\ and \" the only escapes; no control character but a tab, and in
# the long form a line break). The classes are unrolled (c*(?:\\.c*)*) to keep the reader fast.
_CHAR = r'[^"\\\x00-\x08\x0a-\x1f\x7f]'
_LONG_CHAR = r'[^"\\\x00-\x08\x0b-\x1f\x7f]'
_SKIP = r"(?:(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?\n)*"
_ENTRY = re.compile(
    _SKIP
    + r'"([A-Za-z0-9_.-]+)" = '
    + rf'(?:"({_CHAR}*(?:\\[\\"]{_CHAR}*)*)"'
    + rf'|"""\n({_LONG_CHAR}*(?:\\[\\"]{_LONG_CHAR}*)*)""")\n'
)
_END = re.compile(_SKIP)
_ESCAPE = re.compile(r"\\(.)")


def catalogue_file(lang: Lang) -> Path:
    """The file ``lang``'s words are read from."""
    override = os.environ.get(CATALOGUE_ENV)
    if override:
        candidate = Path(override) / f"{lang}.toml"
        if candidate.is_file():
            return candidate
    return CATALOGUE_DIR / f"{lang}.toml"


@cache
def catalogue(lang: Lang) -> dict[str, str]:
    """Every string of ``lang``, by key: read on first use and kept."""
    path = catalogue_file(lang)
    text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")  # Notepad's byte-order mark
    simple = read_simple(text)
    if simple is not None:
        return simple
    import tomllib  # not on the first frame: the simple reader mostly suffices

    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        error.add_note(f"in {path}")
        raise
    bad = sorted(key for key, value in table.items() if not isinstance(value, str))
    if bad:
        raise ValueError(f"{path}: not text: {', '.join(bad)}")
    return table


def read_simple(text: str) -> dict[str, str] | None:
    """A catalogue in its simple shape (module docstring), as TOML reads it; None for anything
    else, including a key given twice, for ``tomllib`` to read or explain."""
    text = text.replace("\r\n", "\n") + "\n"
    table: dict[str, str] = {}
    at = 0
    entry = _ENTRY.match
    while found := entry(text, at):
        key, one_line, lines = found.groups()
        raw = one_line if one_line is not None else lines
        if key in table:
            return None
        table[key] = _ESCAPE.sub(r"\1", raw) if "\\" in raw else raw
        at = found.end()
    rest = _END.match(text, at)
    return table if rest is not None and rest.end() == len(text) else None


def t(key: str, lang: Lang, **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{names}`` filled in."""
    text = catalogue(lang if lang in LANGS else "en")[key]
    return text.format(**values) if values else text


def t_count(key: str, lang: Lang, count: int, **values: object) -> str:
    """Like ``t`` with a ``{count}``: for exactly one, ``key + "_one"`` when there is one
    ("1 file", not "1 files"; Indonesian does not change)."""
    if count == 1 and f"{key}_one" in catalogue(lang if lang in LANGS else "en"):
        key = f"{key}_one"
    return t(key, lang, count=count, **values)
