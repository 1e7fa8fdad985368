"""``pulih steps`` and ``pulih steps mark``: how chosen steps went, and the check-in reminder."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date, datetime
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
from pulih.core.report.calendar import check_in_event
from pulih.core.store.followup import (
    REMIND_SETTING,
    Followup,
    marking,
    open_steps_text,
    taking,
)
from pulih.core.store.steps import (
    Alternative,
    StepInputError,
    check_in_for,
    check_in_words,
    clean_note,
    outcome_label,
    parse_outcome,
    step_views,
    steps_text,
)
from pulih.core.text.i18n import Lang
from pulih.core.text.oserror import os_reason
from pulih.core.text.strings import t

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
    remind: str | None = None,
) -> int:
    """``pulih steps``: every open step of every saved result (``--id N``: one result with all
    its chosen steps), how they went, the check-in dates and something else to try;
    ``--check-in`` keeps another date, ``--ics`` writes a reminder, ``--remind on|off`` says
    (or stops saying) on the opening screen when steps are due."""
    from pulih.core.report.view import render_json  # heavy: not for steps mark

    loaded = saved_and_content(lang, today, resources, only)
    if isinstance(loaded, int):
        return loaded
    follow, content = loaded
    saved, outcomes, kept = list(follow.saved), follow.outcomes, dict(follow.kept)
    if not saved:  # nothing saved: nothing to show, and nothing is created
        print(t("steps.no_result", lang))
        return 0
    if remind is not None:
        if not _set_remind(remind == "on", lang):
            return EXIT_IO
        if result_id is None and check_in is None and ics is None and fmt != "json":
            return 0  # a setting changed: the steps themselves were not asked for
    result = pick_result(saved, result_id, lang)
    if result is None or result.id is None:
        return EXIT_BAD_INPUT
    if check_in is not None:
        # --id N: that result; else every result with an open step (My steps is one list)
        numbers = [result.id]
        if result_id is None:
            numbers = sorted({step.result_id for step in follow.open_steps()}) or numbers

        def keep(store: Store) -> None:
            for number in numbers:
                store.set_check_in(number, check_in, every_step=True)

        if not write_store(lang, keep):
            return EXIT_IO
        kept.update(dict.fromkeys(numbers, check_in))
        own = {key: day for key, day in follow.own.items() if key[0] not in numbers}
        follow = Followup(saved, outcomes, kept, own)

    def one(result: SavedResult) -> tuple[dict[str, object], str]:
        own = outcomes.get(result.id or 0, {})
        when = check_in_for(result, kept.get(result.id or 0))
        views = step_views(result.next_steps, own, content.directory, lang)
        others = follow.for_result(result, content, lang, today)
        data: dict[str, object] = {
            "id": result.id,
            "date": result.created.isoformat(),
            "check_in": None if when is None else when.isoformat(),
            "check_in_kept": kept.get(result.id or 0) is not None,
            "steps": [v.to_json() for v in views],
            "another": _another_json(others, lang),
        }
        text = steps_text(result, views, when, kept.get(result.id or 0) is not None, others, lang)
        return data, text

    data: dict[str, object]
    if result_id is not None:
        data, text = one(result)
    else:
        open_ = follow.open_steps(content.directory, lang)
        others = follow.alternatives(content, lang, today)
        data = {
            "open": [step.to_json(today) for step in open_],
            "another": _another_json(others, lang),
            "results": [one(r)[0] for r in follow.newest_first()],
        }
        text = open_steps_text(follow, open_, others, lang, today)
    sys.stdout.write(render_json(data) if fmt == "json" else text)
    if ics is not None:
        when = check_in_for(result, kept.get(result.id or 0))
        set_ = kept.get(result.id or 0) is not None
        if result_id is None:  # the soonest check-in of the open steps, if any is open
            dated = [s for s in follow.open_steps() if s.check_in is not None]
            if dated:
                soonest = min(dated, key=lambda s: s.check_in or today)
                result, when, set_ = soonest.result, soonest.check_in, soonest.kept
        return _write_ics(ics, result, when, set_, lang)
    return 0


def _another_json(others: list[Alternative], lang: Lang) -> list[dict[str, object]]:
    from pulih.core.directory.matching import suggestions_json  # heavy: not for steps mark

    return [
        {**item, "instead_of": o.instead_of, "why": o.reason, "result_id": o.result_id}
        for o, item in zip(
            others, suggestions_json([o.suggestion for o in others], lang), strict=True
        )
    ]


def _set_remind(on: bool, lang: Lang) -> bool:
    done = write_store(lang, lambda store: store.set_setting(REMIND_SETTING, "yes" if on else "no"))
    if done:
        print(t("steps.remind_on" if on else "steps.remind_off", lang), file=sys.stderr)
    return done


def _write_ics(path: Path, result: SavedResult, when: date | None, kept: bool, lang: Lang) -> int:
    from pulih.core.report.export import write_private  # heavy: not for steps mark

    if when is None:
        print(f"pulih: {t('steps.none_chosen', lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    key = f"{result.id}:{result.created.isoformat()}"
    words = check_in_words(result, when, kept, lang)
    text = check_in_event(when, key, lang, datetime.now().astimezone(), words)
    try:
        write_private(path, text)
    except OSError as error:
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
    try:
        chosen_outcome = parse_outcome(outcome)
        words = clean_note(note)
    except StepInputError as error:
        print(f"pulih: {error.message(lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    found = saved_with_steps(lang)
    if found is None:
        return EXIT_IO
    picked = _step_and_result(step, result_id, found, lang)
    if picked is None:
        return EXIT_BAD_INPUT
    step, result = picked
    change = marking(found, result.id or 0, step, chosen_outcome, words, today)
    if not write_store(lang, change.write):
        return EXIT_IO
    content = content_or_report(today, lang, resources, only)
    resource = content.directory.find(step) if content is not None else None
    name = resource.title(lang) if resource is not None else step
    print(t("steps.marked", lang, name=name, outcome=outcome_label(chosen_outcome, lang)))
    return 0


def _step_and_result(
    step: str, result_id: int | None, follow: Followup, lang: Lang
) -> tuple[str, SavedResult] | None:
    """The step a person names, and the saved result it belongs to. Without ``--id`` a number
    is the one ``pulih steps`` shows before an open step, and an id is found in the newest
    result that chose it; with ``--id`` both refer to that result, as before."""
    saved = list(follow.saved)
    if result_id is None and saved:
        open_ = follow.open_steps()
        if step.isascii() and step.isdigit() and 1 <= int(step) <= len(open_):
            chosen = open_[int(step) - 1]
            return chosen.view.id, chosen.result
        newest = follow.newest_with(step)
        if newest is not None:
            return step, newest
    result = pick_result(saved, result_id, lang)
    if result is None or result.id is None:
        return None
    if step.isascii() and step.isdigit() and 1 <= int(step) <= len(result.next_steps):
        step = result.next_steps[int(step) - 1]  # the number pulih steps --id shows before it
    if step not in result.next_steps:
        choices = ", ".join(result.next_steps) or "–"
        print(
            f"pulih: {t('steps.not_chosen', lang, step=step, id=result.id, choices=choices)}",
            file=sys.stderr,
        )
        return None
    return step, result


def take_step(
    suggestion: str,
    result_id: int | None,
    lang: Lang,
    today: date,
    resources: Sequence[Path] = (),
    only: bool = False,
) -> int:
    """``pulih steps take ID``: a "Coba juga" suggestion becomes a step of the result whose step
    it replaces (``--id N``: of that result). Only an offered suggestion can be taken."""
    loaded = saved_and_content(lang, today, resources, only)
    if isinstance(loaded, int):
        return loaded
    follow, content = loaded
    saved = list(follow.saved)
    if not saved:
        print(f"pulih: {t('steps.no_result', lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    offered = follow.alternatives(content, lang, today)
    if result_id is not None:
        result = pick_result(saved, result_id, lang)
        if result is None:
            return EXIT_BAD_INPUT
        offered = follow.for_result(result, content, lang, today)
    pick = next((o for o in offered if o.suggestion.resource.id == suggestion), None)
    if pick is None:
        choices = ", ".join(o.suggestion.resource.id for o in offered) or "–"
        print(
            f"pulih: {t('steps.not_offered_id', lang, id=suggestion, choices=choices)}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if not write_store(lang, taking(follow, pick, today).write):
        return EXIT_IO
    name = pick.suggestion.resource.title(lang)
    print(t("steps.taken", lang, id=pick.result_id, name=name))
    return 0
