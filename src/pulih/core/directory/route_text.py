"""A crisis route in words: how and when it was checked, and what travels with it
(for whom, its caveat) wherever it is shown: results, notes, the safety plan and
the worksheet.
"""

from __future__ import annotations

from pulih.core.directory.resources import CrisisRoute
from pulih.core.text.i18n import Lang, day_month_year, month_year
from pulih.core.text.strings import t


def route_checked(route: CrisisRoute, lang: Lang) -> str:
    """How and when a route was checked, honestly: "Dicek lewat sumber publik, Okt 2025"."""
    if route.resource.verified == "call":
        text = t("crisis.checked_call", lang, date=day_month_year(route.checked_on, lang))
    else:
        text = t("crisis.checked_desk", lang, month=month_year(route.checked_on, lang))
    return text + (f" · {t('crisis.stale', lang)}" if route.stale else "")


def route_notes(route: CrisisRoute, lang: Lang) -> list[str]:
    """What travels with a route wherever it is shown: for whom it is, and its caveat."""
    resource = route.resource
    notes = []
    if resource.audience and resource.eligibility_description is not None:
        notes.append(t("crisis.for", lang, who=resource.eligibility_description(lang)))
    if resource.caveat:
        notes.append(resource.caveat(lang))
    return notes
