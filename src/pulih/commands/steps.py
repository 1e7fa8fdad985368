"""``pulih steps`` and ``pulih steps mark``: how chosen steps went, and the check-in reminder."""

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
    pick_result,
    record_note,
    saved_and_content,
    saved_with_steps,
    write_store,
)
from pulih.core.text.i18n import Lang

if TYPE_CHECKING:
    from pulih.core.store.database import Store
    from pulih.core.store.record import SavedResult


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
    from pulih.core.report.view import render_json
    from pulih.core.store.steps import adjust, check_in_for, step_views, steps_text
    from pulih.core.text.strings import t

    loaded = saved_and_content(lang, today, resources, only)
    if isinstance(loaded, int):
        return loaded
    (saved, outcomes, kept), content = loaded
    if not saved:  # nothing saved: nothing to show, and nothing is created
        print(t("steps.no_result", lang))
        return 0
    result = pick_result(saved, result_id, lang)
    if result is None or result.id is None:
        return EXIT_BAD_INPUT
    if check_in is not None:
        if not write_store(lang, lambda store: store.set_check_in(result.id or 0, check_in)):
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

    from pulih.core.report.calendar import check_in_event
    from pulih.core.report.export import write_private
    from pulih.core.text.strings import t

    if when is None:
        print(f"pulih: {t('steps.none_chosen', lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    key = f"{result.id}:{result.created.isoformat()}"
    text = check_in_event(when, key, lang, datetime.now().astimezone())
    try:
        write_private(path, text)
    except OSError as error:
        from pulih.core.text.oserror import os_reason

        print(f"pulih: {path}: {os_reason(error, lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(t("steps.ics.written", lang, path=path.absolute()), file=sys.stderr)
    record_note(path, text, lang)  # like an exported note: Data Anda lists it, forget removes it
    return 0


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
    from pulih.core.store.steps import (
        StepInputError,
        check_in_for,
        clean_note,
        outcome_label,
        parse_outcome,
    )
    from pulih.core.text.strings import t

    try:
        chosen_outcome = parse_outcome(outcome)
        words = clean_note(note)
    except StepInputError as error:
        print(f"pulih: {error.message(lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    found = saved_with_steps(lang)
    if found is None:
        return EXIT_IO
    saved, _outcomes, kept = found
    result = pick_result(saved, result_id, lang)
    if result is None or result.id is None:
        return EXIT_BAD_INPUT
    if step.isascii() and step.isdigit() and 1 <= int(step) <= len(result.next_steps):
        step = result.next_steps[int(step) - 1]  # the number pulih steps shows before it
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

    if not write_store(lang, write):
        return EXIT_IO
    content = content_or_report(today, lang, resources, only)
    resource = content.directory.find(step) if content is not None else None
    name = resource.name if resource is not None else step
    print(t("steps.marked", lang, name=name, outcome=outcome_label(chosen_outcome, lang)))
    return 0
