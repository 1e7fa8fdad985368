"""``pulih reflect``: an answers file in, results out (text, markdown, json), saved only
with ``--save``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pulih.commands.common import EXIT_BAD_INPUT, EXIT_IO, report_problems, warn_ignored
from pulih.core.answers import load_answers
from pulih.core.content import Content, load_content
from pulih.core.directory.matching import suggestions_json
from pulih.core.directory.regions import place_json
from pulih.core.files.paths import cache_dir
from pulih.core.questionnaire.loading import located, read_toml
from pulih.core.questionnaire.problems import DataError
from pulih.core.report.present import present
from pulih.core.report.view import render_json, render_markdown, render_text, results_json
from pulih.core.store.followup import Followup, Known
from pulih.core.store.record import SavedResult
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

if TYPE_CHECKING:
    from pulih.core.directory.preferences import Preferences
    from pulih.core.questionnaire.scoring import Results


def reflect(
    answers_path: Path,
    fmt: str,
    lang: str,
    resources: Path | Sequence[Path] | None,
    today: date,
    *,
    save: bool = False,
    cache: bool = True,
    only: bool = False,
) -> int:
    """Score an answers file and print the results as text, json or markdown.

    ``save`` stores the result (``--save``); ``cache`` allows the directory cache (not with
    ``--no-save``).
    """
    from pulih.core.questionnaire.scoring import evaluate  # late-bound: tests replace it

    language: Lang = "id" if lang == "id" else "en"
    try:
        content = load_content(today, resources, cache_dir() if cache else None, only=only)
        answer_file = load_answers(answers_path, content.questionnaires)
    except DataError as error:
        report_problems(error.problems)
        return EXIT_BAD_INPUT
    warn_ignored(content, language)
    unknown = [i for i in answer_file.next_steps if content.directory.find(i) is None]
    if unknown:
        _data, text = read_toml(answers_path)
        message = f"no directory entry {unknown[0]!r} (see pulih reflect --format json)"
        report_problems([located(answers_path, text, ("next_steps", "chosen"), message)])
        return EXIT_BAD_INPUT
    results = evaluate(content.reflection, content.check, answer_file.answers)
    prefs = answer_file.preferences
    marks = not_helpful_marks() if cache else None  # --no-save reads nothing kept
    view = present(results, content, prefs, language, today, marks=marks)
    # The results first, whatever happens to the save; then the save's outcome (exit 1 if not).
    if fmt == "json":
        data = results_json(
            results, view.routes, language, suggestions_json(view.suggestions, language)
        )

        data["place"] = place_json(prefs.region)
        data["place_notice"] = view.notice
        sys.stdout.write(render_json(data))
    else:
        sys.stdout.write(render_markdown(view) if fmt == "markdown" else render_text(view))
    sys.stdout.flush()
    if save:
        said, ok = _save(content, results, prefs, language, answer_file.next_steps)
        print(said, file=sys.stderr)
        return 0 if ok else EXIT_IO
    return 0


def not_helpful_marks() -> Known | None:
    """What the person marked not helpful in any saved result, and the steps still open
    (nothing saved, or a store that cannot be read now: None, said by the save if asked)."""
    from pulih.core.files.paths import data_dir  # late-bound: tests replace it
    from pulih.core.store.database import Store, store_exists  # sqlite3: for the store only
    from pulih.core.store.errors import StoreError  # sqlite3: for the store only

    if not store_exists(data_dir()):
        return None
    try:
        with Store.open_to_read(data_dir()) as store:
            return Followup.read(store).known()
    except StoreError:
        return None


def _save(
    content: Content,
    results: Results,
    prefs: Preferences,
    lang: Lang,
    next_steps: tuple[str, ...] = (),
) -> tuple[str, bool]:
    """Save a result (asked for with ``--save``); what to tell the person, and whether saved."""
    from pulih.core.files.paths import data_dir  # late-bound: tests replace it
    from pulih.core.store.database import Store  # sqlite3: for the store only
    from pulih.core.store.errors import StoreError  # sqlite3: for the store only

    versions = {q.id: q.version for q in (content.reflection, content.check)}
    saved = SavedResult(datetime.now().astimezone(), lang, versions, results, prefs, next_steps)
    try:
        with Store.open(data_dir()) as store:
            notices = store.report.notices(lang)
            store.save(saved)
    except StoreError as error:
        return t("save.not_saved", lang, reason=error.message(lang)), False
    return "\n".join([*notices, t("save.done", lang)]), True
