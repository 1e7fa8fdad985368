"""``pulih check`` and ``pulih reflect``: the command-line front ends over the core."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Sequence
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
    from pulih.core.steps import StepOutcome
    from pulih.core.store import Store

EXIT_BAD_INPUT = 2
EXIT_IO = 1
"""A store or file that could not be used (busy, read-only, full): one line, exit 1."""


MAX_REPORTED = 200
"""A file with thousands of problems shows the first ones, then how many more: one fix often
clears many, and the terminal stays readable."""


def _report(problems: list[Problem]) -> None:
    for problem in problems[:MAX_REPORTED]:
        print(problem, file=sys.stderr)
    if len(problems) > MAX_REPORTED:
        more = len(problems) - MAX_REPORTED
        print(f"... and {more} more problem{'s' if more != 1 else ''}", file=sys.stderr)


def check(
    paths: list[Path], today: date, resources: Sequence[Path] = (), only: bool = False
) -> int:
    """Validate questionnaire and resource files; 0 when valid, 2 when not.

    A resource file other than the bundled one is a partner file: it is checked layered over
    the bundled directory (alone with ``only``), and the check says what it adds and replaces.
    """
    from pulih.core.data import questionnaire_dir, resources_file
    from pulih.core.loading import MAX_DIRECTORY_BYTES, read_toml
    from pulih.core.questionnaire import parse_questionnaire

    if not paths:
        from pulih.core.directory.taxonomy import taxonomy_file

        paths = [*sorted(questionnaire_dir().glob("*.toml")), taxonomy_file()]
        if not only:
            paths.append(resources_file())
    partners = [p for p in resources if p not in paths]
    bundled = resources_file().resolve()
    failed = False
    for path in [*paths, *partners]:
        if path.is_dir():
            print(
                f"{path}: file: is a folder; name the files (e.g. {path}/*.toml)", file=sys.stderr
            )
            failed = True
            continue
        try:
            data, text = read_toml(path, MAX_DIRECTORY_BYTES)  # the larger cap: kind unknown yet
            if "kinds" in data:
                from pulih.core.directory.taxonomy import load_taxonomy

                kinds = load_taxonomy(path)
                print(f"{path}: ok ({len(kinds.kinds)} kinds, {len(kinds.audiences)} audiences)")
            elif "resource" in data or "blocked_numbers" in data:
                if path.resolve() == bundled and not only:
                    failed |= not _check_directory(path, data, text, today)
                elif path not in partners:
                    partners.append(path)
            else:
                questionnaire = parse_questionnaire(path, data, text)
                print(
                    f"{path}: ok ({questionnaire.id} {questionnaire.version}, "
                    f"{len(questionnaire.items)} items)"
                )
        except DataError as error:
            _report(error.problems)
            failed = True
    if partners:
        failed |= not _check_layers(partners, today, only)
    elif only:
        print("--resources-only: file: name at least one partner directory file", file=sys.stderr)
        failed = True
    return EXIT_BAD_INPUT if failed else 0


def _check_directory(path: Path, data: dict[str, object], text: str, today: date) -> bool:
    """One directory file on its own; prints its problems and, when valid, a summary."""
    from pulih.core.directory.layers import check_file

    directory, problems = check_file(path, data, text, today)
    _report(problems)
    if directory is None:
        return False
    shown = len(directory.shown())
    print(f"{path}: ok ({len(directory.resources)} entries, {shown} shown)")
    return True


def _check_layers(partners: list[Path], today: date, only: bool) -> bool:
    """Partner files over the bundled directory (or alone): each file, then the merged view."""
    from pulih.core.data import resources_file
    from pulih.core.directory.layers import check_file, layer, too_few_routes
    from pulih.core.directory.resources import Directory
    from pulih.core.loading import read_toml

    files: list[tuple[Path, str, Directory]] = []
    for path in partners:
        try:
            data, text = read_toml(path)
        except DataError as error:
            _report(error.problems)
            return False
        directory, problems = check_file(path, data, text, today)
        _report(problems)
        if directory is None:
            return False
        shown = len(directory.shown())
        print(f"{path}: ok ({len(directory.resources)} entries, {shown} shown)")
        files.append((path, text, directory))
    if only:
        base_path, _, base = files[0]
        over = files[1:]
    else:
        base_path = resources_file()
        try:
            data, text = read_toml(base_path)
        except DataError as error:
            _report(error.problems)
            return False
        found, problems = check_file(base_path, data, text, today)
        if found is None:
            _report(problems)
            return False
        base, over = found, files
    layered = layer(base, over, strict=True)
    _report(layered.problems)
    ok = not layered.problems
    for step in layered.layers:
        added = ", ".join(step.added) or "-"
        replaced = ", ".join(step.replaced) or "-"
        print(
            f"{step.file}: adds {len(step.added)} ({added}); "
            f"replaces {len(step.replaced)} ({replaced})"
        )
    merged = layered.directory
    short = too_few_routes(partners[-1], merged, today) if only else None
    if short is not None:
        _report([short])
        ok = False
    if ok:
        shown = len(merged.shown())
        where = "partner files alone" if only else "over the bundled directory"
        print(f"merged ({where}): ok ({len(merged.resources)} entries, {shown} shown)")
    return ok


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
    from pulih.core.answers import load_answers
    from pulih.core.content import load_content
    from pulih.core.directory.matching import suggestions_json
    from pulih.core.paths import cache_dir
    from pulih.core.present import present
    from pulih.core.report import render_json, render_markdown, render_text, results_json
    from pulih.core.scoring import evaluate

    language: Lang = "id" if lang == "id" else "en"
    try:
        content = load_content(today, resources, cache_dir() if cache else None, only=only)
        answer_file = load_answers(answers_path, content.questionnaires)
    except DataError as error:
        _report(error.problems)
        return EXIT_BAD_INPUT
    _warn(content, language)
    unknown = [i for i in answer_file.next_steps if content.directory.find(i) is None]
    if unknown:
        from pulih.core.loading import located, read_toml

        _data, text = read_toml(answers_path)
        message = f"no directory entry {unknown[0]!r} (see pulih reflect --format json)"
        _report([located(answers_path, text, ("next_steps", "chosen"), message)])
        return EXIT_BAD_INPUT
    results = evaluate(content.reflection, content.check, answer_file.answers)
    prefs = answer_file.preferences
    view = present(results, content, prefs, language, today)
    # The results first, whatever happens to the save; then the save's outcome (exit 1 if not).
    if fmt == "json":
        data = results_json(
            results, view.routes, language, suggestions_json(view.suggestions, language)
        )
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


def _save(
    content: Content,
    results: Results,
    prefs: Preferences,
    lang: Lang,
    next_steps: tuple[str, ...] = (),
) -> tuple[str, bool]:
    """Save a result (asked for with ``--save``); what to tell the person, and whether saved."""
    from datetime import datetime

    from pulih.core.paths import data_dir
    from pulih.core.record import SavedResult
    from pulih.core.store import Store, StoreError
    from pulih.core.strings import t

    versions = {q.id: q.version for q in (content.reflection, content.check)}
    saved = SavedResult(datetime.now().astimezone(), lang, versions, results, prefs, next_steps)
    try:
        with Store.open(data_dir()) as store:
            notices = [t("save.damaged", lang, path=p) for p in store.report.moved_aside]
            store.save(saved)
    except StoreError as error:
        return t("save.not_saved", lang, reason=error.message(lang)), False
    return "\n".join([*notices, t("save.done", lang)]), True


def _warn(content: Content, lang: Lang) -> None:
    """One line per thing a partner file tried and was ignored."""
    from pulih.core.strings import t

    for problem in content.directory.warnings:
        print(f"pulih: {t('resources.ignored', lang, problem=problem)}", file=sys.stderr)


def _content_or_report(
    today: date, lang: Lang = "id", resources: Sequence[Path] = (), only: bool = False
) -> Content | None:
    from pulih.core.content import load_content

    try:
        content = load_content(today, resources, only=only)
    except DataError as error:
        _report(error.problems)
        return None
    _warn(content, lang)
    return content


def _from_store(lang: Lang, read: Callable[[Store], T], empty: T) -> T | None:
    """``read`` on the store (``empty`` when nothing is saved), or None (and one calm line)
    when the store cannot be used (busy, read-only, full: nothing is changed). A damaged file
    moved aside is reported."""
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
        print(f"pulih: {t('read.failed', lang, reason=error.message(lang))}", file=sys.stderr)
        return None


def _saved_results(lang: Lang) -> list[SavedResult] | None:
    """Every saved result, or None (and a message) when the store cannot be opened."""
    nothing: list[SavedResult] = []
    return _from_store(lang, lambda store: store.results(), nothing)


def _emit(text: str, output: Path | None, lang: Lang, *, record: bool = True) -> int:
    """``text`` to stdout, or to ``output`` as a private (0600) file. A note of something saved
    (``record``) is recorded in the store so ``forget`` can remove it; a worksheet is not."""
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
    except RuntimeError:  # Path.resolve on a symlink loop (Python 3.11, 3.12)
        print(f"pulih: {output}: {os.strerror(errno.ELOOP)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(t("export.written", lang, path=output.absolute()), file=sys.stderr)
    if record:
        _record_note(output, text, lang)
    return 0


def _record_note(output: Path, text: str, lang: Lang) -> None:
    """Record a note written from the store (so consent was given): Data Anda lists it and
    forget deletes it. Said either way, honestly."""
    from datetime import datetime

    from pulih.core.paths import data_dir
    from pulih.core.store import Store, StoreError, store_exists
    from pulih.core.strings import t

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


def history(
    fmt: str, lang: Lang, today: date, resources: Sequence[Path] = (), only: bool = False
) -> int:
    """Past reflections by date, then vs now per type (text), or one JSON object per result."""
    from pulih.core.directory.matching import suggestions_json
    from pulih.core.history import history_text
    from pulih.core.present import present
    from pulih.core.report import render_json, results_json
    from pulih.core.steps import check_in_for, step_views, steps_history_lines

    loaded = _saved_and_content(lang, today, resources, only)
    if isinstance(loaded, int):
        return loaded
    (saved, outcomes, kept), content = loaded
    views = {
        r.id: step_views(r.next_steps, outcomes.get(r.id, {}), content.directory)
        for r in saved
        if r.id is not None
    }
    if fmt == "json":
        entries = []
        for result in saved:
            when = check_in_for(result, kept.get(result.id or 0))
            view = present(result.results, content, result.preferences, lang, today)
            data = results_json(
                result.results, view.routes, lang, suggestions_json(view.suggestions, lang)
            )
            data["place_notice"] = view.notice
            entries.append(
                {
                    "id": result.id,
                    "date": result.created.isoformat(),
                    **data,
                    "next_steps": list(result.next_steps),
                    "steps": [v.to_json() for v in views.get(result.id or 0, [])],
                    "check_in": None if when is None else when.isoformat(),
                }
            )
        sys.stdout.write(render_json({"results": entries}))
        return 0
    sys.stdout.write(history_text(saved, content.reflection, content.check, lang))
    tried = steps_history_lines(saved, views, lang)
    if tried:
        sys.stdout.write("\n" + "\n".join(tried) + "\n")
    return 0


def export(
    fmt: str,
    output: Path | None,
    result_id: int | None,
    lang: Lang,
    today: date,
    with_map: bool = False,
    resources: Sequence[Path] = (),
    only: bool = False,
    with_steps: bool = False,
) -> int:
    """Write (or print) the one-page note of the latest saved result, or of ``--id``;
    ``with_steps`` adds how each chosen step went."""
    from pulih.core.export import note_html, note_markdown
    from pulih.core.present import note_for
    from pulih.core.strings import t

    loaded = _saved_and_content(lang, today, resources, only)
    if isinstance(loaded, int):
        return loaded
    (saved, outcomes, kept), content = loaded
    chosen = [r for r in saved if result_id is None or r.id == result_id]
    if not chosen:
        print(f"pulih: {t('history.none', lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    result = chosen[-1]
    number = result.id or 0
    note = note_for(
        result,
        content,
        today,
        include_map=with_map,
        check_in=kept.get(number),
        outcomes=outcomes.get(number) if with_steps else None,
    )
    return _emit(note_html(note) if fmt == "html" else note_markdown(note), output, note.lang)


def plan(
    fmt: str,
    output: Path | None,
    lang: Lang,
    today: date,
    resources: Sequence[Path] = (),
    only: bool = False,
    region: str | None = None,
) -> int:
    """Print (or write) the saved safety plan, with crisis routes from the directory.

    The regional crisis line follows ``region`` when given (``--region``), else the region saved
    with the latest result, if any.
    """
    from pulih.core.directory.regions import find_place, unknown_region
    from pulih.core.directory.resources import crisis_routes
    from pulih.core.export import plan_html, plan_markdown
    from pulih.core.mapplan_text import plan_lines
    from pulih.core.strings import t
    from pulih.core.supportmap import SupportMap

    if region is not None and find_place(region) is None:
        print(f"pulih: --region: {unknown_region(region)}", file=sys.stderr)
        return EXIT_BAD_INPUT

    def read(store: Store) -> tuple[SafetyPlan | None, SupportMap, str]:
        results = store.results()
        latest = results[-1] if results else None
        support_map = latest.support_map if latest else SupportMap()
        return store.safety_plan(), support_map, latest.preferences.region if latest else ""

    nothing: tuple[SafetyPlan | None, SupportMap, str] = (None, SupportMap(), "")
    found = _from_store(lang, read, nothing)
    content = _content_or_report(today, lang, resources, only)
    if content is None:
        return EXIT_BAD_INPUT
    if found is None:
        return EXIT_IO
    safety_plan, support_map, saved_region = found
    if safety_plan is None:
        print(f"pulih: {t('plan.none', lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    routes = crisis_routes(content.directory.crisis, today, lang, region or saved_region or None)
    if fmt == "html":
        text = plan_html(safety_plan, routes, support_map, lang)
    elif fmt == "markdown":
        text = plan_markdown(safety_plan, routes, support_map, lang)
    else:
        lines = plan_lines(safety_plan, routes, support_map, lang)
        text = "\n".join([t("plan.title", lang), "", *lines, ""])
    return _emit(text, output, lang)


def forget(yes: bool, lang: Lang) -> int:
    """Delete every file pulih saved, after confirmation (or ``--yes``); name each one.

    The exported notes pulih recorded go too (only while they are as pulih wrote them). If
    that list cannot be read (the store is busy), nothing is deleted: one line, exit 1.
    """
    from pulih.core.paths import cache_dir, data_dir, platform_places
    from pulih.core.store import (
        StoreBusy,
        StoreError,
        forget_everything,
        is_set_aside,
        known_notes,
        notes_on_disk,
        pulih_files,
    )
    from pulih.core.strings import t, t_count

    data, cache = data_dir(), cache_dir()
    notes: list[Path] = []
    changed: list[Path] = []
    try:
        notes, changed = notes_on_disk(known_notes(data))
    except StoreBusy as error:
        print(f"pulih: {t('forget.blocked', lang, reason=error.message(lang))}", file=sys.stderr)
        return EXIT_IO
    except StoreError as error:  # unreadable, not pulih's: its own files can still go
        print(t("where.notes_unknown", lang, reason=error.message(lang)), file=sys.stderr)
    files = [*notes, *pulih_files(data, cache)]

    def named(path: Path) -> str:
        return f"{path} {t('forget.set_aside', lang)}" if is_set_aside(path) else str(path)

    if not files:
        print(t("forget.nothing", lang))
        return 0
    if not yes:
        print(t("forget.question", lang))
        for path in files:
            print(f"  {named(path)}")
        if not sys.stdin.isatty():
            print("pulih forget: add --yes to delete without a terminal", file=sys.stderr)
            return EXIT_BAD_INPUT
        if input("[y/N] ").strip().lower() not in ("y", "ya", "yes"):
            return 0
    failed: list[tuple[Path, str]] = []
    removed = forget_everything(data, cache, notes, failed, tuple(platform_places()))
    for path in removed:
        print(f"  - {named(path)}")
    for path in changed:
        print(t("forget.changed_kept", lang, path=path))
    print(t_count("forget.done", lang, len(removed)))
    for path, reason in failed:
        print(
            f"pulih: {t('forget.failed', lang, path=named(path), reason=reason)}", file=sys.stderr
        )
    return EXIT_IO if failed else 0


def where(lang: Lang) -> int:
    """Where pulih keeps data, and what is there now (with the notes it exported)."""
    from pulih.core.places import places
    from pulih.core.strings import t

    print(t("where.title", lang))
    for heading, lines in places(lang):
        print(f"  {heading}")
        for line in lines:
            print(f"    {line}")
    return 0


def worksheet(
    fmt: str | None,
    output: Path | None,
    lang: Lang,
    resources: Sequence[Path],
    region: str | None,
    guide: bool,
    today: date,
    only: bool = False,
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
        content = load_content(today, resources, None, only=only)
    except DataError as error:
        _report(error.problems)
        return EXIT_BAD_INPUT
    if guide:
        pages = load_pages(GUIDE_FILE)
        routes = crisis_routes(content.directory.crisis, today, lang, place.name if place else None)
        render = {"html": sheet.guide_html, "markdown": sheet.guide_markdown}.get(
            fmt or "text", sheet.guide_text
        )
        return _emit(render(pages, routes, lang), output, lang, record=False)
    built = sheet.build_worksheet(content.reflection, content.directory, today, lang, place)
    markdown = fmt in ("markdown", "text")
    text = sheet.worksheet_markdown(built) if markdown else sheet.worksheet_html(built)
    return _emit(text, output, lang, record=False)


_WithSteps = tuple[
    "list[SavedResult]", "dict[int, dict[str, StepOutcome]]", "dict[int, date | None]"
]


def _steps_of(
    store: Store, saved: list[SavedResult]
) -> tuple[dict[int, dict[str, StepOutcome]], dict[int, date | None]]:
    """Outcomes and kept check-in dates of every saved result."""
    ids = [r.id for r in saved if r.id is not None]
    return {i: store.outcomes(i) for i in ids}, {i: store.check_in(i) for i in ids}


def _saved_with_steps(lang: Lang) -> _WithSteps | None:
    """Every saved result with its outcomes and kept check-in date (None: store unusable)."""

    def read(store: Store) -> _WithSteps:
        saved = store.results()
        return (saved, *_steps_of(store, saved))

    nothing: _WithSteps = ([], {}, {})
    return _from_store(lang, read, nothing)


def _saved_and_content(
    lang: Lang, today: date, resources: Sequence[Path], only: bool
) -> tuple[_WithSteps, Content] | int:
    """The saved results with their steps, and the content; or the exit status (one line said):
    2 when the data files are bad, 1 when the store cannot be used."""
    found = _saved_with_steps(lang)
    content = _content_or_report(today, lang, resources, only)
    if content is None:
        return EXIT_BAD_INPUT
    if found is None:
        return EXIT_IO
    return found, content


def _pick(saved: list[SavedResult], result_id: int | None, lang: Lang) -> SavedResult | None:
    """The latest saved result, or ``--id``; None (and one line) when there is none."""
    from pulih.core.strings import t

    chosen = [r for r in saved if result_id is None or r.id == result_id]
    if not chosen:
        print(
            f"pulih: {t('steps.no_result' if not saved else 'history.none', lang)}", file=sys.stderr
        )
        return None
    return chosen[-1]


def steps(
    result_id: int | None,
    fmt: str,
    lang: Lang,
    today: date,
    resources: Sequence[Path] = (),
    only: bool = False,
    ics: Path | None = None,
    check_in: date | None = None,
) -> int:
    """``pulih steps``: the chosen steps of a saved result, how they went, the check-in date
    and something else to try; ``--check-in`` keeps another date, ``--ics`` writes a reminder."""
    from pulih.core.directory.matching import suggestions_json
    from pulih.core.report import render_json
    from pulih.core.steps import adjust, check_in_for, step_views, steps_text
    from pulih.core.strings import t

    loaded = _saved_and_content(lang, today, resources, only)
    if isinstance(loaded, int):
        return loaded
    (saved, outcomes, kept), content = loaded
    if not saved:  # nothing saved: nothing to show, and nothing is created
        print(t("steps.no_result", lang))
        return 0
    result = _pick(saved, result_id, lang)
    if result is None or result.id is None:
        return EXIT_BAD_INPUT
    if check_in is not None:
        if not _write_store(lang, lambda store: store.set_check_in(result.id or 0, check_in)):
            return EXIT_IO
        kept[result.id] = check_in
    own = outcomes.get(result.id, {})
    when = check_in_for(result, kept.get(result.id))
    views = step_views(result.next_steps, own, content.directory)
    others = adjust(result, own, when, content, lang, today)
    if fmt == "json":
        data = {
            "id": result.id,
            "date": result.created.isoformat(),
            "check_in": None if when is None else when.isoformat(),
            "check_in_kept": kept.get(result.id) is not None,
            "steps": [v.to_json() for v in views],
            "another": [
                {**item, "instead_of": o.instead_of, "why": o.reason}
                for o, item in zip(
                    others, suggestions_json([o.suggestion for o in others], lang), strict=True
                )
            ],
        }
        sys.stdout.write(render_json(data))
    else:
        sys.stdout.write(
            steps_text(result, views, when, kept.get(result.id) is not None, others, lang)
        )
    if ics is not None:
        return _write_ics(ics, result, when, lang)
    return 0


def _write_ics(path: Path, result: SavedResult, when: date | None, lang: Lang) -> int:
    from datetime import datetime

    from pulih.core.calendar import check_in_event
    from pulih.core.export import write_private
    from pulih.core.strings import t

    if when is None:
        print(f"pulih: {t('steps.none_chosen', lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    key = f"{result.id}:{result.created.isoformat()}"
    text = check_in_event(when, key, lang, datetime.now().astimezone())
    try:
        write_private(path, text)
    except OSError as error:
        print(f"pulih: {path}: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(t("steps.ics.written", lang, path=path.absolute()), file=sys.stderr)
    _record_note(path, text, lang)  # like an exported note: Data Anda lists it, forget removes it
    return 0


def _write_store(lang: Lang, write: Callable[[Store], None]) -> bool:
    """``write`` on an existing store (never creating one): False and one calm line if not."""
    from pulih.core.paths import data_dir
    from pulih.core.store import Store, StoreError, store_exists
    from pulih.core.strings import t

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


def mark_step(
    step: str,
    outcome: str,
    note: str | None,
    result_id: int | None,
    lang: Lang,
    today: date,
    resources: Sequence[Path] = (),
    only: bool = False,
) -> int:
    """``pulih steps mark``: record how a chosen step of a saved result went. Only results the
    person already saved get outcomes; nothing is created otherwise."""
    from pulih.core.steps import (
        StepInputError,
        check_in_for,
        clean_note,
        outcome_label,
        parse_outcome,
    )
    from pulih.core.strings import t

    try:
        chosen_outcome = parse_outcome(outcome)
        words = clean_note(note)
    except StepInputError as error:
        print(f"pulih: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    found = _saved_with_steps(lang)
    if found is None:
        return EXIT_IO
    saved, _outcomes, kept = found
    result = _pick(saved, result_id, lang)
    if result is None or result.id is None:
        return EXIT_BAD_INPUT
    if step not in result.next_steps:
        choices = ", ".join(result.next_steps) or "–"
        print(
            f"pulih: {t('steps.not_chosen', lang, step=step, id=result.id, choices=choices)}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    number = result.id
    when = check_in_for(result, kept.get(number))

    def write(store: Store) -> None:
        store.set_outcome(number, step, chosen_outcome, words, today)
        if kept.get(number) is None and when is not None:
            store.set_check_in(number, when)  # the proposed date, kept from now on

    if not _write_store(lang, write):
        return EXIT_IO
    content = _content_or_report(today, lang, resources, only)
    resource = content.directory.find(step) if content is not None else None
    name = resource.name if resource is not None else step
    print(t("steps.marked", lang, name=name, outcome=outcome_label(chosen_outcome, lang)))
    return 0
