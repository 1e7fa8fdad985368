"""Check pulih's word catalogues (``src/pulih/core/text/catalogue/<lang>.toml``) after an edit.

    python tools/catalogue.py                  # from the repository top: pulih's own files
    python tools/catalogue.py path/to/folder   # a folder of catalogue files (a translation)

Reads every ``*.toml`` in the folder and says, one line each, what a translator must fix: a file
that is not valid TOML (with its line), a value that is not text, a key missing from a file or
not in Indonesian (``id.toml``, the reference, or pulih's own when the folder has none), a
``{placeholder}`` or ``%(name)s`` that differs from the Indonesian, braces str.format cannot
read, and a language file pulih does not list (``LANGS`` in ``src/pulih/core/text/i18n.py``).
A file outside the catalogue's simple shape (one ``"key" = "text"`` line per string, ``\"\"\"``
for text over several lines) is still read, only more slowly at start-up: that is said too.
Exit status 1 when there is anything to fix, else 0. tests/test_string_catalogue.py runs it.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from string import Formatter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pulih.core.text.i18n import LANGS  # noqa: E402
from pulih.core.text.strings import CATALOGUE_DIR, read_simple  # noqa: E402

REFERENCE = "id"
OPTIONAL = {"suggest.ask_in_id": {"{meaning}"}}
"""Fields a language may use or leave out, by key; ``t`` is given them either way. The words to
say are Indonesian: ``id`` shows them alone, ``en`` adds what they mean (view.py)."""
PERCENT = re.compile(r"%\([A-Za-z_]+\)[a-z]|%%")  # argparse's own fields, in the --help words


def placeholders(text: str) -> set[str]:
    """The fields ``t`` fills (``{name}``, ``{count!r:>3}``) and argparse's (``%(prog)s``);
    ValueError for braces str.format cannot read."""
    fields = {
        "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        for _, name, spec, conversion in Formatter().parse(text)
        if name is not None
    }
    return fields | set(PERCENT.findall(text))


def read(path: Path) -> tuple[dict[str, str] | None, list[str]]:
    """A catalogue file's strings and what is wrong with the file itself."""
    text = path.read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff")
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return None, [f"{path.name}: not valid TOML: {error}"]
    problems = [
        f"{path.name}: {key}: not text (write it between quotation marks)"
        for key, value in table.items()
        if not isinstance(value, str)
    ]
    if not problems and read_simple(text) is None:
        problems.append(
            f'{path.name}: valid, but not one "key" = "text" line per string (or """ for text '
            "over several lines): pulih reads it more slowly at start-up"
        )
    return {k: v for k, v in table.items() if isinstance(v, str)}, problems


def problems(folder: Path, listed: tuple[str, ...] = LANGS) -> list[str]:
    """Everything a translator must fix in ``folder``'s catalogue files (empty: nothing)."""
    found: list[str] = []
    files = sorted(folder.glob("*.toml"))
    tables: dict[str, dict[str, str]] = {}
    for path in files:
        table, wrong = read(path)
        found += wrong
        if table is not None:
            tables[path.stem] = table
    names = {path.stem for path in files}
    if folder.resolve() == CATALOGUE_DIR.resolve():  # a translator's folder may hold only one
        found += [
            f"{lang}.toml: missing (LANGS lists {lang!r})" for lang in listed if lang not in names
        ]
    found += [
        f"{name}.toml: pulih does not list {name!r} (LANGS in src/pulih/core/text/i18n.py)"
        for name in sorted(names - set(listed))
    ]
    reference = tables.get(REFERENCE) or read(CATALOGUE_DIR / f"{REFERENCE}.toml")[0] or {}
    for lang, table in tables.items():
        found += [f"{lang}.toml: {key}: missing" for key in reference if key not in table]
        found += [
            f"{lang}.toml: {key}: not in {REFERENCE}.toml" for key in table if key not in reference
        ]
        for key, text in table.items():
            if key not in reference:
                continue
            try:
                mine = placeholders(text)
            except ValueError as error:
                found.append(f"{lang}.toml: {key}: braces str.format cannot read ({error})")
                continue
            optional = OPTIONAL.get(key, set())
            theirs = placeholders(reference[key])
            if mine - optional != theirs - optional:
                found.append(
                    f"{lang}.toml: {key}: placeholders {' '.join(sorted(mine)) or 'none'}, "
                    f"but {REFERENCE}.toml has {' '.join(sorted(theirs)) or 'none'}"
                )
    return found


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else CATALOGUE_DIR
    found = problems(folder)
    for line in found:
        print(line)
    if not found:
        print(f"{folder}: every catalogue is complete and in step with {REFERENCE}.toml")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
