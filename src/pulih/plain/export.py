"""``--plain``: the note to bring along, asked with the TUI's words (its export question, the
place, who can open it, whether ``forget`` will know it), written 0600 as the TUI writes it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pulih.core.files.paths import data_dir, shown
from pulih.core.report.export import chosen_place, free_path, note_html, note_path, write_private
from pulih.core.report.present import note_for
from pulih.core.store.record import SavedResult
from pulih.core.text.oserror import os_reason
from pulih.core.text.strings import t
from pulih.plain.io import PlainIO

EXPORT_DEFAULT = True
"""Enter writes the note of a saved result, as in the TUI's export question."""
EXPORT_DEFAULT_UNSAVED = False
"""Enter writes nothing when the person did not save: a note left in the home folder is
something kept, and ``forget`` would not know it."""
INCLUDE_MAP_DEFAULT = False
"""Enter leaves the support map out of the note, as in the TUI."""


def offer_export(session: PlainIO, saved: SavedResult, tracked: bool) -> Path | None:
    """Ask, then write the note of ``saved``; record it in the store when ``tracked`` (the
    result is saved), so ``forget`` deletes it. The path written, or None."""
    lang = session.lang
    include_map = False
    if saved.support_map.ties:
        session.say("", t("export.include_map", lang), t("export.include_map_note", lang))
        include_map = session.yes(t("plain.yes_no", lang), default=INCLUDE_MAP_DEFAULT)
    path = free_path(note_path(Path.home(), saved.created, lang))
    about = t("export.tracked" if tracked else "export.untracked", lang)
    default = EXPORT_DEFAULT if tracked else EXPORT_DEFAULT_UNSAVED
    while True:
        session.say(
            "",
            t("export.question", lang),
            shown(path),
            t("export.change", lang),
            "",
            f"{t('export.private', lang)} {about}",
        )
        word = t("plain.yes" if default else "plain.no", lang)
        prompt = f"{t('plain.export_ask', lang)} ({t('save.default', lang, choice=word)})"
        answer = session.ask(prompt)
        if answer == "c":
            path = chosen_place(session.ask_text(t("export.where_prompt", lang)), path) or path
            if path.exists():
                session.say(t("plain.file_exists", lang, path=shown(path)))
                path = free_path(path)
            continue
        if answer in ("y", "ya", "yes") or (answer == "" and default):
            break
        if answer in ("n", "t", "tidak", "no") or answer == "":
            session.say(t("plain.export_skipped", lang))
            return None
    clinician = False
    if saved.results.safety.crisis:  # asked once the note is wanted; off unless yes
        lines = (t("export.include_clinician", lang), t("export.include_clinician_note", lang))
        session.say("", *lines)
        clinician = session.yes(t("plain.yes_no", lang), default=False)
    marks = getattr(getattr(session, "remembered", None), "marks", None)
    note = note_for(
        saved, session.content, session.today, include_map, marks=marks, clinician=clinician
    )
    text = note_html(note)
    try:
        write_private(path, text)
    except FileExistsError:  # appeared since it was offered
        session.say(t("plain.file_exists", lang, path=shown(path)))
        return None
    except OSError as error:
        session.say(t("save.failed", lang, reason=os_reason(error, lang)))
        return None
    said = "export.untracked"
    if tracked:
        from pulih.core.store.database import Store  # sqlite3: for the store only
        from pulih.core.store.errors import StoreError  # sqlite3: for the store only

        try:
            with Store.open(data_dir()) as store:
                store.record_export(path, text, datetime.now().astimezone())
            said = "export.tracked"
        except StoreError:
            said = "export.not_recorded"
    session.say(t("export.written", lang, path=shown(path)), t(said, lang))
    return path
