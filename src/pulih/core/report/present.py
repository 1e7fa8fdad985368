"""Putting results into words with their suggestions: one path for the TUI, reflect, history
and export."""

from __future__ import annotations

from datetime import date

from pulih.core.content import Content
from pulih.core.directory.matching import MatchIndex, Need, match_resources, place_notice
from pulih.core.directory.preferences import Preferences
from pulih.core.directory.resources import crisis_routes
from pulih.core.directory.taxonomy import taxonomy
from pulih.core.questionnaire.scoring import Results
from pulih.core.report.export import Note
from pulih.core.report.view import ResultView, describe
from pulih.core.store.followup import Known, mark_not_helpful
from pulih.core.store.record import SavedResult
from pulih.core.store.steps import StepOutcome, check_in_for
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t


def narrowing_text(prefs: Preferences, lang: Lang) -> str:
    """The active narrowing in words: "Wilayah: DI Yogyakarta · daring · gratis" ("" if none)."""
    kinds = taxonomy()
    items = [t(f"mode.{m}", lang) for m in prefs.modes]
    items += [t(f"cost.{c}", lang) for c in prefs.cost]
    items += [kinds.interest_label(i, lang) for i in prefs.interests]
    items += [kinds.audience_label(a, lang) for a in prefs.audience]
    if prefs.region:
        return " · ".join([t("narrow.region", lang, region=prefs.region), *items])
    return t("narrow.active", lang, items=" · ".join(items)) if items else ""


def present(
    results: Results,
    content: Content,
    prefs: Preferences,
    lang: Lang,
    today: date,
    index: MatchIndex | None = None,
    gaps: tuple[str, ...] = (),
    marks: Known | None = None,
) -> ResultView:
    """Results, crisis routes (regional first when known) and matched suggestions, in words.

    ``gaps`` are the support types nobody on the person's map gives: matched like thin ones.
    ``marks``: what the person marked not helpful in a saved result, said so and moved after
    the others, and what is still open as a step, said so (core/store/followup.py).
    """
    routes = crisis_routes(content.directory.crisis, today, lang, prefs.region or None)
    need = Need.from_support(results.support, results.referral, gaps)
    index = index or MatchIndex(content.directory)
    suggestions = match_resources(index, need, prefs, lang)
    if marks:
        suggestions = mark_not_helpful(suggestions, marks, need.referral, lang)
    return describe(
        results,
        content.reflection,
        content.check,
        routes,
        lang,
        suggestions,
        today,
        notice=place_notice(index, prefs, lang, need),
        narrowing=narrowing_text(prefs, lang),
    )


def note_for(
    saved: SavedResult,
    content: Content,
    today: date,
    include_map: bool = False,
    check_in: date | None = None,
    outcomes: dict[str, StepOutcome] | None = None,
    marks: Known | None = None,
    clinician: bool = False,
) -> Note:
    """The export note of a saved result, in the language it was taken in; ``check_in`` (the
    kept date, else the proposed one) and ``outcomes`` (only when the person chose);
    ``marks``: what was marked not helpful in any saved result; ``clinician``: the opt-in line
    saying the safety questions were answered yes, and when."""
    lang: Lang = "en" if saved.lang == "en" else "id"
    gaps = saved.support_map.gaps()
    view = present(saved.results, content, saved.preferences, lang, today, gaps=gaps, marks=marks)
    steps = [r for r in (content.directory.find(i) for i in saved.next_steps) if r is not None]
    when = check_in_for(saved, check_in)
    return Note(
        view,
        saved,
        steps,
        include_map,
        when,
        dict(outcomes or {}),
        check_in_kept=check_in is not None,
        clinician=clinician,
    )
