"""What the person kept: ``pulih history``, ``export``, ``plan``, ``forget`` and ``--where``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pulih.commands.common import (
    EXIT_BAD_INPUT,
    EXIT_IO,
    content_or_report,
    emit,
    from_store,
    saved_and_content,
)
from pulih.core.directory.regions import place_json, region_problem, resolve_place
from pulih.core.mapplan.supportmap import SupportMap
from pulih.core.store.errors import StoreBusy, StoreError
from pulih.core.store.forget import (
    forget_everything,
    is_set_aside,
    known_notes,
    left_behind,
    notes_on_disk,
    notes_unknown,
)
from pulih.core.store.places import places
from pulih.core.store.steps import check_in_for, step_views, steps_history_lines
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t, t_count

if TYPE_CHECKING:
    from pulih.core.mapplan.safetyplan import SafetyPlan
    from pulih.core.store.database import Store


def history(
    fmt: str, lang: Lang, today: date, resources: Sequence[Path] = (), only: bool = False
) -> int:
    """Past reflections by date, then vs now per type (text), or one JSON object per result."""
    from pulih.core.directory.matching import suggestions_json  # heavy: not for forget, --where
    from pulih.core.report.history import history_text  # heavy: not for forget, --where
    from pulih.core.report.present import present  # heavy: not for forget, --where
    from pulih.core.report.view import render_json, results_json  # heavy: not for forget, --where

    loaded = saved_and_content(lang, today, resources, only)
    if isinstance(loaded, int):
        return loaded
    follow, content = loaded
    saved, outcomes, kept = list(follow.saved), follow.outcomes, follow.kept
    views = {
        r.id: step_views(r.next_steps, outcomes.get(r.id, {}), content.directory, lang)
        for r in saved
        if r.id is not None
    }
    if fmt == "json":
        marks = follow.known()
        entries = []
        for result in saved:
            when = check_in_for(result, kept.get(result.id or 0))
            view = present(result.results, content, result.preferences, lang, today, marks=marks)
            data = results_json(
                result.results, view.routes, lang, suggestions_json(view.suggestions, lang)
            )

            data["place"] = place_json(result.preferences.region)
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
    clinician: bool = False,
) -> int:
    """Write (or print) the note of the latest saved result, or of ``--id``; ``with_steps``
    adds how each chosen step went; ``clinician`` the line saying the safety questions were
    answered yes, and when (only when they were)."""
    from pulih.core.report.export import note_html, note_markdown  # heavy: not for forget, --where
    from pulih.core.report.present import note_for  # heavy: not for forget, --where

    loaded = saved_and_content(lang, today, resources, only)
    if isinstance(loaded, int):
        return loaded
    follow, content = loaded
    saved, outcomes, kept = list(follow.saved), follow.outcomes, follow.kept
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
        marks=follow.known(),
        clinician=clinician,
    )
    return emit(note_html(note) if fmt == "html" else note_markdown(note), output, note.lang)


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
    from pulih.core.directory.resources import crisis_routes  # heavy: not for forget, --where
    from pulih.core.mapplan.mapplan_text import plan_lines  # heavy: not for forget, --where
    from pulih.core.report.export import plan_html, plan_markdown  # heavy: not for forget, --where

    if region is not None:
        chosen = resolve_place(region).place
        if chosen is None:  # unknown, or several places: named, never guessed
            print(f"pulih: --region: {region_problem(region, lang)}", file=sys.stderr)
            return EXIT_BAD_INPUT
        region = chosen.name

    def read(store: Store) -> tuple[SafetyPlan | None, SupportMap, str]:
        results = store.results()
        latest = results[-1] if results else None
        support_map = latest.support_map if latest else SupportMap()
        return store.safety_plan(), support_map, latest.preferences.region if latest else ""

    nothing: tuple[SafetyPlan | None, SupportMap, str] = (None, SupportMap(), "")
    found = from_store(lang, read, nothing)
    content = content_or_report(today, lang, resources, only)
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
    return emit(text, output, lang)


def forget(yes: bool, lang: Lang) -> int:
    """Delete every file pulih recorded writing, after confirmation (or ``--yes``); name each
    one, and each thing left because it is not pulih's.

    The exported notes pulih recorded go too (only while they are as pulih wrote them). If
    that list cannot be read (the store is busy), or another pulih is saving, nothing is
    deleted: one line, exit 1.
    """
    from pulih.core.files.paths import cache_dir, data_dir  # late-bound: tests replace it
    from pulih.core.store.forget import pulih_files  # late-bound: tests replace it

    data, cache = data_dir(), cache_dir()
    notes: list[Path] = []
    changed: list[Path] = []
    try:
        notes, changed = notes_on_disk(known_notes(data))
    except StoreBusy as error:
        print(f"pulih: {t('forget.blocked', lang, reason=error.message(lang))}", file=sys.stderr)
        return EXIT_IO
    except StoreError as error:  # unreadable, not pulih's: its own files can still go
        print(f"pulih: {notes_unknown(error, lang)}", file=sys.stderr)
    files = [*notes, *pulih_files(data, cache)]

    def named(path: Path) -> str:
        return f"{path} {t('forget.set_aside', lang)}" if is_set_aside(path) else str(path)

    if not files:
        print(t("forget.nothing", lang))
        for path in left_behind(data, cache):
            print(t("forget.left", lang, path=path))
        return 0
    if not yes:
        print(t("forget.question", lang))
        for path in files:
            print(f"  {named(path)}")
        if not sys.stdin.isatty():
            print(t("cli.forget_needs_yes", lang), file=sys.stderr)
            return EXIT_BAD_INPUT
        if input("[y/N] ").strip().lower() not in ("y", "ya", "yes"):
            return 0
    try:
        done = forget_everything(data, cache, notes, lang)
    except StoreBusy:
        print(f"pulih: {t('forget.busy', lang)}", file=sys.stderr)
        return EXIT_IO
    for path in done.removed:
        print(f"  - {named(path)}")
    for path in changed:
        print(t("forget.changed_kept", lang, path=path))
    print(t_count("forget.done", lang, len(done.removed)))
    for path in done.left:
        print(t("forget.left", lang, path=path))
    for path, reason in done.failed:
        print(
            f"pulih: {t('forget.failed', lang, path=named(path), reason=reason)}", file=sys.stderr
        )
    return EXIT_IO if done.failed else 0


def where(lang: Lang) -> int:
    """Where pulih keeps data, and what is there now (with the notes it exported)."""
    print(t("where.title", lang))
    for heading, lines in places(lang):
        print(f"  {heading}")
        for line in lines:
            print(f"    {line}")
    return 0
