"""The support map and the safety plan as plain lines: shared by the TUI, --plain and exports."""

from __future__ import annotations

from pulih.core.directory.resources import CrisisRoute
from pulih.core.directory.route_text import route_checked, route_notes
from pulih.core.mapplan.safetyplan import PROFESSIONALS, SECTIONS, SafetyPlan
from pulih.core.mapplan.supportmap import CIRCLES, MapChange, SupportMap, Tie
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

RINGS = {"inner": "◉", "middle": "◎", "outer": "○"}
STRESS = "(!)"


def circle_lines(support_map: SupportMap, lang: Lang) -> list[str]:
    """The three circles with the people in them, innermost first."""
    lines = []
    for circle in CIRCLES:
        names = [
            t.nickname + (f" {STRESS}" if t.stressful else "")
            for t in support_map.in_circle(circle)
        ]
        shown = " · ".join(names) if names else t("map.nobody", lang)
        lines.append(f"{RINGS[circle]} {t(f'circle.{circle}', lang)}: {shown}")
    if any(tie.stressful for tie in support_map.ties):
        lines.append(f"{STRESS} = {t('map.stressful', lang)}")
    return lines


NAME_COLUMN = 16
"""At most this many characters of a nickname in the grid, so a row fits 60 columns."""


def name_width(support_map: SupportMap, lang: Lang) -> int:
    names = [len(t("map.who", lang)), *(len(tie.nickname) for tie in support_map.ties)]
    return min(max(names), NAME_COLUMN) + 2


def grid_header(width: int, lang: Lang) -> str:
    heads = [t(f"col.{k}", lang) for k in SUPPORT_TYPES]
    return t("map.who", lang).ljust(width) + " ".join(h.center(7) for h in heads).rstrip()


def grid_row(tie: Tie, width: int) -> str:
    """One tie: its nickname (shortened with … past 16), then ✓ or · per type."""
    name = (
        tie.nickname if len(tie.nickname) <= NAME_COLUMN else tie.nickname[: NAME_COLUMN - 1] + "…"
    )
    marks = " ".join(("✓" if k in tie.gives else "·").center(7) for k in SUPPORT_TYPES)
    return (name.ljust(width) + marks).rstrip()


def gaps_line(support_map: SupportMap, lang: Lang) -> str:
    gaps = support_map.gaps()
    if gaps:
        return t("map.gaps", lang, types=", ".join(t(f"type.{k}", lang) for k in gaps))
    return t("map.no_gaps", lang) if support_map.ties else ""


def grid_lines(support_map: SupportMap, lang: Lang) -> list[str]:
    """Who gives which type: ✓ or ·, readable without colour; then the gaps."""
    width = name_width(support_map, lang)
    lines = [grid_header(width, lang), *(grid_row(tie, width) for tie in support_map.ties)]
    gaps = gaps_line(support_map, lang)
    return [*lines, gaps] if gaps else lines


def map_lines(support_map: SupportMap, lang: Lang) -> list[str]:
    if not support_map.ties:
        return [t("map.empty", lang)]
    return [*circle_lines(support_map, lang), "", *grid_lines(support_map, lang)]


def change_lines(change: MapChange, lang: Lang) -> list[str]:
    """Then vs now of two maps, one line per kind of change."""
    lines = []
    for key, names in (
        ("history.closer", change.closer),
        ("history.further", change.further),
        ("history.joined", change.joined),
        ("history.left", change.left),
    ):
        if names:
            lines.append(t(key, lang, names=", ".join(names)))
    if change.gaps_closed:
        types = ", ".join(t(f"type.{k}", lang) for k in change.gaps_closed)
        lines.append(t("history.gaps_closed", lang, types=types))
    return lines


def tie_line(tie: Tie | None, lang: Lang) -> str:
    """One person on the map in words: nickname, circle, the types they give, (!) if also
    stressful; "" for nobody (removed)."""
    if tie is None:
        return ""
    types = ", ".join(t(f"type.{k}", lang) for k in SUPPORT_TYPES if k in tie.gives)
    parts = [tie.nickname, t(f"circle.{tie.circle}", lang), *([types] if types else [])]
    return " · ".join(parts) + (f" {STRESS}" if tie.stressful else "")


def from_map(support_map: SupportMap, lang: Lang) -> str:
    """The inner circle of the map, offered as people to ask for help ("" if nobody)."""
    inner = [tie.nickname for tie in support_map.in_circle("inner")]
    return t("plan.from_map", lang, names=", ".join(inner)) if inner else ""


def route_line(route: CrisisRoute, lang: Lang) -> str:
    """A crisis route on one line: for whom, its caveat, and how and when it was checked."""
    name = route.resource.name
    shown = name if route.contact == name else f"{name} · {route.contact}"
    notes = "".join(f" · {note}" for note in route_notes(route, lang))
    return f"{shown}{notes} ({route_checked(route, lang)})"


def plan_lines(
    plan: SafetyPlan, routes: list[CrisisRoute], support_map: SupportMap, lang: Lang
) -> list[str]:
    """The plan in order: the person's words, then professionals and crisis routes."""
    lines: list[str] = []
    for number, name in enumerate(SECTIONS, 1):
        written = getattr(plan, name) or "…"
        if name == PROFESSIONALS:
            lines += [f"{number}. {t('plan.professionals', lang)}"]
            lines += [f"   {t('plan.clinician', lang)}: {written}", f"   {t('plan.igd', lang)}"]
            lines += [f"   {route_line(route, lang)}" for route in routes]
            continue
        lines += [f"{number}. {t(f'plan.{name}', lang)}", f"   {written}"]
        hint = from_map(support_map, lang) if name == "people" else ""
        if hint:
            lines.append(f"   {hint}")
    lines += ["", t("plan.hope", lang)]
    return lines
