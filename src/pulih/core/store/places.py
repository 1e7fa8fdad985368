"""What pulih keeps on this computer, as the person reads it: ``pulih --where`` and Data Anda.

The data folder (the store, its side files, any file set aside as damaged), the directory
cache, and the exported notes pulih recorded (those of saved results), each by its full path.
"""

from __future__ import annotations

from pathlib import Path

from pulih.core.store.errors import StoreError
from pulih.core.store.forget import (
    is_set_aside,
    known_notes,
    left_behind,
    notes_on_disk,
    pulih_files,
)
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t


def places(
    lang: Lang, data: Path | None = None, cache: Path | None = None
) -> list[tuple[str, list[str]]]:
    """(heading, lines) for the data folder, the cache folder and the exported notes.

    Opens the store only when results were saved (to read the notes' list); may wait up to
    the busy timeout, so the TUI calls it in a worker.
    """
    from pulih.core.files.paths import cache_dir, data_dir, shown  # late-bound: tests replace it

    data = data or data_dir()
    cache = cache or cache_dir()
    files = pulih_files(data, cache)
    left = left_behind(data, cache)
    found = []
    for key, folder in (("where.data", data), ("where.cache", cache)):
        lines = [
            t("where.set_aside", lang, name=p.name) if is_set_aside(p) else p.name
            for p in files
            if p.parent == folder
        ]
        lines += [t("where.not_ours", lang, name=p.name) for p in left if p.parent == folder]
        found.append((t(key, lang, path=shown(folder)), lines or [t("where.empty", lang)]))
    try:
        same, changed = notes_on_disk(known_notes(data))
    except StoreError as error:
        notes = [t("where.notes_unknown", lang, reason=error.message(lang))]
    else:
        notes = [shown(p) for p in same]
        notes += [t("where.changed", lang, path=shown(p)) for p in changed]
    found.append((t("where.notes", lang), notes or [t("where.notes_none", lang)]))
    return found
