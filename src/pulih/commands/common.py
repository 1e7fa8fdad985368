"""What every command shares: exit statuses, problems reported as one line each, the
content or one line, the store or one line, and output to a file or standard output."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pulih.core.questionnaire.problems import DataError, Problem
from pulih.core.text.i18n import Lang
from pulih.core.text.oserror import os_reason
from pulih.core.text.strings import t, t_count

if TYPE_CHECKING:
    from pulih.core.content import Content
    from pulih.core.store.database import Store
    from pulih.core.store.followup import Followup
    from pulih.core.store.record import SavedResult


T = TypeVar("T")


EXIT_BAD_INPUT = 2


EXIT_IO = 1
"""A store or file that could not be used (busy, read-only, full): one line, exit 1."""


MAX_REPORTED = 200
"""A file with thousands of problems shows the first ones, then how many more: one fix often
clears many, and the terminal stays readable."""


def report_problems(problems: list[Problem]) -> None:
    for problem in problems[:MAX_REPORTED]:
        print(problem, file=sys.stderr)
    if len(problems) > MAX_REPORTED:
        more = len(problems) - MAX_REPORTED
        print(f"... and {more} more problem{'s' if more != 1 else ''}", file=sys.stderr)


def warn_ignored(content: Content, lang: Lang) -> None:
    """One line per thing a partner file tried and was ignored."""
    for problem in content.directory.warnings:
        print(f"pulih: {t('resources.ignored', lang, problem=problem)}", file=sys.stderr)


def content_or_report(
    today: date, lang: Lang = "id", resources: Sequence[Path] = (), only: bool = False
) -> Content | None:
    from pulih.core.content import load_content  # late-bound: tests replace it

    try:
        content = load_content(today, resources, only=only)
    except DataError as error:
        report_problems(error.problems)
        return None
    warn_ignored(content, lang)
    return content


def from_store(lang: Lang, read: Callable[[Store], T], empty: T) -> T | None:
    """``read`` on the store (``empty`` when nothing is saved), or None (and one calm line)
    when the store cannot be read (busy, damaged, not pulih's: nothing is changed). Reading
    never needs write access; a saved row that cannot be read is skipped, and said."""
    from pulih.core.files.paths import data_dir  # late-bound: tests replace it
    from pulih.core.store.database import Store, store_exists  # sqlite3: for the store only
    from pulih.core.store.errors import StoreError  # sqlite3: for the store only

    folder = data_dir()
    if not store_exists(folder):
        return empty
    try:
        with Store.open_to_read(folder) as store:
            found = read(store)
            skipped = store.unreadable
    except StoreError as error:
        print(f"pulih: {t('read.failed', lang, reason=error.message(lang))}", file=sys.stderr)
        return None
    if skipped:
        print(f"pulih: {t_count('read.unreadable', lang, skipped)}", file=sys.stderr)
    return found


def saved_results(lang: Lang) -> list[SavedResult] | None:
    """Every saved result, or None (and a message) when the store cannot be opened."""
    nothing: list[SavedResult] = []
    return from_store(lang, lambda store: store.results(), nothing)


def emit(
    text: str, output: Path | None, lang: Lang, *, record: bool = True, said: str = "export.written"
) -> int:
    """``text`` to stdout, or to ``output`` as a private (0600) file. A note of something saved
    (``record``) is recorded in the store so ``forget`` can remove it; a worksheet is not. ``said``
    is the string that names what was written ("Catatan disimpan", "Lembar kerja ditulis")."""
    from pulih.core.report.export import write_private  # heavy: not every command writes

    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_private(output, text)
    except OSError as error:
        print(f"pulih: {output}: {os_reason(error, lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except RuntimeError:  # Path.resolve on a symlink loop (Python 3.11, 3.12)
        loop = OSError(errno.ELOOP, os.strerror(errno.ELOOP))
        print(f"pulih: {output}: {os_reason(loop, lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(t(said, lang, path=output.absolute()), file=sys.stderr)
    if record:
        record_note(output, text, lang)
    return 0


def record_note(output: Path, text: str, lang: Lang) -> None:
    """Record a note written from the store (so consent was given): Data Anda lists it and
    forget deletes it. Said either way, honestly."""
    from pulih.core.files.paths import data_dir  # late-bound: tests replace it
    from pulih.core.store.database import Store, store_exists  # sqlite3: for the store only
    from pulih.core.store.errors import StoreError  # sqlite3: for the store only

    if not store_exists(data_dir()):  # nothing saved, so no consent to keep anything
        return
    try:
        with Store.open(data_dir()) as store:
            store.record_export(output, text, datetime.now().astimezone())
    except StoreError as error:
        print(error.message(lang), file=sys.stderr)
        print(t("export.not_recorded", lang), file=sys.stderr)
        return
    print(t("export.tracked", lang), file=sys.stderr)


def saved_with_steps(lang: Lang) -> Followup | None:
    """Every saved result with its outcomes and check-in dates (None: store unusable)."""
    from pulih.core.store.followup import Followup  # the steps' words: only steps commands

    return from_store(lang, Followup.read, Followup([], {}, {}))


def saved_and_content(
    lang: Lang, today: date, resources: Sequence[Path], only: bool
) -> tuple[Followup, Content] | int:
    """The saved results with their steps, and the content; or the exit status (one line said):
    2 when the data files are bad, 1 when the store cannot be used."""
    found = saved_with_steps(lang)
    content = content_or_report(today, lang, resources, only)
    if content is None:
        return EXIT_BAD_INPUT
    if found is None:
        return EXIT_IO
    return found, content


def pick_result(saved: list[SavedResult], result_id: int | None, lang: Lang) -> SavedResult | None:
    """The latest saved result, or ``--id``; None (and one line) when there is none."""
    chosen = [r for r in saved if result_id is None or r.id == result_id]
    if not chosen:
        print(
            f"pulih: {t('steps.no_result' if not saved else 'history.none', lang)}", file=sys.stderr
        )
        return None
    return chosen[-1]


def write_store(lang: Lang, write: Callable[[Store], None]) -> bool:
    """``write`` on an existing store (never creating one): False and one calm line if not."""
    from pulih.core.files.paths import data_dir  # late-bound: tests replace it
    from pulih.core.store.database import Store, store_exists  # sqlite3: for the store only
    from pulih.core.store.errors import StoreError  # sqlite3: for the store only

    if not store_exists(data_dir()):
        print(f"pulih: {t('steps.no_result', lang)}", file=sys.stderr)
        return False
    try:
        with Store.open(data_dir()) as store:
            write(store)
    except StoreError as error:
        print(f"pulih: {t('read.failed', lang, reason=error.message(lang))}", file=sys.stderr)
        return False
    return True
