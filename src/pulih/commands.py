"""``pulih check`` and ``pulih reflect``: the command-line front ends over the core."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pulih.core.i18n import Lang
from pulih.core.problems import DataError, Problem

T = TypeVar("T")

if TYPE_CHECKING:
    from pulih.core.answers import Preferences
    from pulih.core.content import Content
    from pulih.core.record import SavedResult
    from pulih.core.safetyplan import SafetyPlan
    from pulih.core.scoring import Results
    from pulih.core.store import Store

EXIT_BAD_INPUT = 2


def _report(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def check(paths: list[Path], today: date) -> int:
    """Validate questionnaire and resource files; 0 when valid, 2 when not."""
    from pulih.core.data import questionnaire_dir, resources_file
    from pulih.core.directory.resources import check_directory
    from pulih.core.loading import read_toml
    from pulih.core.questionnaire import parse_questionnaire

    if not paths:
        paths = [*sorted(questionnaire_dir().glob("*.toml")), resources_file()]
    failed = False
    for path in paths:
        if path.is_dir():
            print(
                f"{path}: file: is a folder; name the files (e.g. {path}/*.toml)", file=sys.stderr
            )
            failed = True
            continue
        try:
            data, text = read_toml(path)
            if "resource" in data:
                directory, problems = check_directory(path, data, text, today)
                _report(problems)
                if directory is None:
                    failed = True
                    continue
                shown = len(directory.shown())
                print(f"{path}: ok ({len(directory.resources)} entries, {shown} shown)")
            else:
                questionnaire = parse_questionnaire(path, data, text)
                print(
                    f"{path}: ok ({questionnaire.id} {questionnaire.version}, "
                    f"{len(questionnaire.items)} items)"
                )
        except DataError as error:
            _report(error.problems)
            failed = True
    return EXIT_BAD_INPUT if failed else 0


def reflect(
    answers_path: Path,
    fmt: str,
    lang: str,
    resources: Path | None,
    today: date,
    *,
    save: bool = False,
    cache: bool = True,
) -> int:
    """Score an answers file and print the results as text, json or markdown.

    ``save`` stores the result (``--save``); ``cache`` allows the directory cache (not with
    ``--no-save``).
    """
    from pulih.core.answers import load_answers
    from pulih.core.content import load_content
    from pulih.core.directory.matching import suggestions_json
    from pulih.core.paths import cache_dir
    from pulih.core.present import present
    from pulih.core.report import render_json, render_markdown, render_text, results_json
    from pulih.core.scoring import evaluate

    language: Lang = "id" if lang == "id" else "en"
    try:
        content = load_content(today, resources, cache_dir() if cache else None)
        answer_file = load_answers(answers_path, content.questionnaires)
    except DataError as error:
        _report(error.problems)
        return EXIT_BAD_INPUT
    results = evaluate(content.reflection, content.check, answer_file.answers)
    prefs = answer_file.preferences
    view = present(results, content, prefs, language, today)
    if save:
        saved = _save(content, results, prefs, language)
        if saved is not None:
            print(saved, file=sys.stderr)
    if fmt == "json":
        data = results_json(results, view.routes, language, suggestions_json(view.suggestions))
        sys.stdout.write(render_json(data))
        return 0
    sys.stdout.write(render_markdown(view) if fmt == "markdown" else render_text(view))
    return 0


def _save(content: Content, results: Results, prefs: Preferences, lang: Lang) -> str | None:
    """Save a result (asked for with ``--save``); returns what to tell the person."""
    from datetime import datetime

    from pulih.core.paths import data_dir
    from pulih.core.record import SavedResult
    from pulih.core.store import Store, StoreError
    from pulih.core.strings import t

    versions = {q.id: q.version for q in (content.reflection, content.check)}
    saved = SavedResult(datetime.now().astimezone(), lang, versions, results, prefs)
    try:
        with Store.open(data_dir()) as store:
            store.save(saved)
            notices = [t("save.damaged", lang, path=p) for p in store.report.moved_aside]
    except StoreError as error:
        return t("save.failed", lang, reason=str(error))
    return "\n".join([*notices, t("save.done", lang)])


def _content_or_report(today: date) -> Content | None:
    from pulih.core.content import load_content

    try:
        return load_content(today)
    except DataError as error:
        _report(error.problems)
        return None


def _from_store(lang: Lang, read: Callable[[Store], T], empty: T) -> T | None:
    """``read`` on the store (``empty`` when nothing is saved), or None (and a message) when
    the store cannot be opened. A damaged file moved aside is reported."""
    from pulih.core.paths import data_dir
    from pulih.core.store import Store, StoreError, store_exists
    from pulih.core.strings import t

    folder = data_dir()
    if not store_exists(folder):
        return empty
    try:
        with Store.open(folder) as store:
            for path in store.report.moved_aside:
                print(t("save.damaged", lang, path=path), file=sys.stderr)
            return read(store)
    except StoreError as error:
        print(f"pulih: {error}", file=sys.stderr)
        return None


def _saved_results(lang: Lang) -> list[SavedResult] | None:
    """Every saved result, or None (and a message) when the store cannot be opened."""
    nothing: list[SavedResult] = []
    return _from_store(lang, lambda store: store.results(), nothing)


def _emit(text: str, output: Path | None, lang: Lang) -> int:
    """``text`` to stdout, or to ``output`` as a private (0600) file."""
    from pulih.core.export import write_private
    from pulih.core.strings import t

    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_private(output, text)
    except OSError as error:
        print(f"pulih: {output}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(t("export.written", lang, path=output), file=sys.stderr)
    return 0


def history(fmt: str, lang: Lang, today: date) -> int:
    """Past reflections by date, then vs now per type (text), or one JSON object per result."""
    from pulih.core.directory.matching import suggestions_json
    from pulih.core.history import history_text
    from pulih.core.present import present
    from pulih.core.report import render_json, results_json

    saved = _saved_results(lang)
    content = _content_or_report(today)
    if saved is None or content is None:
        return EXIT_BAD_INPUT
    if fmt == "json":
        entries = []
        for result in saved:
            view = present(result.results, content, result.preferences, lang, today)
            data = results_json(
                result.results, view.routes, lang, suggestions_json(view.suggestions)
            )
            entries.append(
                {
                    "id": result.id,
                    "date": result.created.isoformat(),
                    **data,
                    "next_steps": list(result.next_steps),
                }
            )
        sys.stdout.write(render_json({"results": entries}))
        return 0
    sys.stdout.write(history_text(saved, content.reflection, content.check, lang))
    return 0


def export(
    fmt: str,
    output: Path | None,
    result_id: int | None,
    lang: Lang,
    today: date,
    with_map: bool = False,
) -> int:
    """Write (or print) the one-page note of the latest saved result, or of ``--id``."""
    from pulih.core.export import note_html, note_markdown
    from pulih.core.present import note_for
    from pulih.core.strings import t

    saved = _saved_results(lang)
    content = _content_or_report(today)
    if saved is None or content is None:
        return EXIT_BAD_INPUT
    chosen = [r for r in saved if result_id is None or r.id == result_id]
    if not chosen:
        print(f"pulih: {t('history.none', lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    note = note_for(chosen[-1], content, today, include_map=with_map)
    return _emit(note_html(note) if fmt == "html" else note_markdown(note), output, note.lang)


def plan(fmt: str, output: Path | None, lang: Lang, today: date) -> int:
    """Print (or write) the saved safety plan, with crisis routes from the directory."""
    from pulih.core.directory.resources import crisis_routes
    from pulih.core.export import plan_html, plan_markdown
    from pulih.core.mapplan_text import plan_lines
    from pulih.core.strings import t
    from pulih.core.supportmap import SupportMap

    def read(store: Store) -> tuple[SafetyPlan | None, SupportMap]:
        results = store.results()
        return store.safety_plan(), results[-1].support_map if results else SupportMap()

    nothing: tuple[SafetyPlan | None, SupportMap] = (None, SupportMap())
    found = _from_store(lang, read, nothing)
    content = _content_or_report(today)
    if found is None or content is None:
        return EXIT_BAD_INPUT
    safety_plan, support_map = found
    if safety_plan is None:
        print(f"pulih: {t('plan.none', lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    routes = crisis_routes(content.directory.crisis, today, lang)
    if fmt == "html":
        text = plan_html(safety_plan, routes, support_map, lang)
    elif fmt == "markdown":
        text = plan_markdown(safety_plan, routes, support_map, lang)
    else:
        lines = plan_lines(safety_plan, routes, support_map, lang)
        text = "\n".join([t("plan.title", lang), "", *lines, ""])
    return _emit(text, output, lang)


def forget(yes: bool, lang: Lang) -> int:
    """Delete every file pulih saved, after confirmation (or ``--yes``); list what went."""
    from pulih.core.paths import cache_dir, data_dir
    from pulih.core.store import forget_everything, pulih_files
    from pulih.core.strings import t

    files = pulih_files(data_dir(), cache_dir())
    if not files:
        print(t("forget.nothing", lang))
        return 0
    if not yes:
        print(t("forget.question", lang))
        for path in files:
            print(f"  {path}")
        if not sys.stdin.isatty():
            print("pulih forget: add --yes to delete without a terminal", file=sys.stderr)
            return EXIT_BAD_INPUT
        if input("[y/N] ").strip().lower() not in ("y", "ya", "yes"):
            return 0
    removed = forget_everything(data_dir(), cache_dir())
    for path in removed:
        print(f"  - {path}")
    print(t("forget.done", lang, count=len(removed)))
    return 0


def where(lang: Lang) -> int:
    """Where pulih keeps data, and what is there now."""
    from pulih.core.paths import cache_dir, data_dir, shown
    from pulih.core.store import pulih_files
    from pulih.core.strings import t

    print(t("where.title", lang))
    data, cache = data_dir(), cache_dir()
    files = pulih_files(data, cache)
    for key, folder in (("where.data", data), ("where.cache", cache)):
        here = [p for p in files if p.parent == folder]
        count = t("where.files", lang, count=len(here)) if here else t("where.empty", lang)
        print(f"  {t(key, lang, path=shown(folder))}  {count}")
    return 0


def worksheet(
    fmt: str | None,
    output: Path | None,
    lang: Lang,
    resources: Path | None,
    region: str | None,
    guide: bool,
    today: date,
) -> int:
    """The printable workshop handout (html by default), or the facilitator's guide (text by
    default); to stdout, or to ``output`` as a private (0600) file. Reads and writes nothing
    of the person's: no store, no cache."""
    from pulih.core import worksheet as sheet
    from pulih.core.content import load_content
    from pulih.core.directory.regions import did_you_mean, find_place
    from pulih.core.directory.resources import crisis_routes
    from pulih.core.learn import GUIDE_FILE, load_pages
    from pulih.core.strings import t

    place = None
    if region is not None and region.strip():
        place = find_place(region)
        if place is None:
            close = did_you_mean(region)
            hint = t("sheet.did_you_mean", lang, names=", ".join(close)) if close else ""
            print(
                f"pulih: {t('sheet.unknown_region', lang, name=region, hint=hint)}", file=sys.stderr
            )
            return EXIT_BAD_INPUT
    try:
        content = load_content(today, resources, None)
    except DataError as error:
        _report(error.problems)
        return EXIT_BAD_INPUT
    if guide:
        pages = load_pages(GUIDE_FILE)
        routes = crisis_routes(content.directory.crisis, today, lang, place.name if place else None)
        render = {"html": sheet.guide_html, "markdown": sheet.guide_markdown}.get(
            fmt or "text", sheet.guide_text
        )
        return _emit(render(pages, routes, lang), output, lang)
    built = sheet.build_worksheet(content.reflection, content.directory, today, lang, place)
    markdown = fmt in ("markdown", "text")
    text = sheet.worksheet_markdown(built) if markdown else sheet.worksheet_html(built)
    return _emit(text, output, lang)
