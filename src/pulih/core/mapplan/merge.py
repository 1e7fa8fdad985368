"""Saving the safety plan or the support map never loses a part someone else saved meanwhile.

A save carries the version it started from (``base``). Against what is saved now (``theirs``),
each part (a plan section, a person on the map) takes the side that changed it: a part changed
only here is saved, a part changed only there is kept, and a part changed in both, differently,
is a :class:`Conflict` the person resolves by choosing: this window's words, the saved ones, or
both. Until they choose, nothing is written. Plain Python: every front end uses it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from pulih.core.mapplan.mapplan_text import tie_line
from pulih.core.mapplan.safetyplan import SECTIONS, SafetyPlan, plan_from_data, plan_to_data
from pulih.core.mapplan.supportmap import SupportMap, Tie
from pulih.core.text.i18n import Lang

Choice = Literal["mine", "theirs", "both"]
CHOICES: tuple[Choice, ...] = ("mine", "theirs", "both")


@dataclass(frozen=True)
class Conflict:
    """A part changed here and there, differently: ``part`` names it (a plan section, or a
    person's nickname on the map); ``mine`` and ``theirs`` are the two versions as the person
    reads them ("" for a part removed on that side)."""

    part: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class PlanMerge:
    """A plan save's outcome: ``saved`` (what is now stored) or, when ``conflicts``, nothing
    saved yet and ``theirs`` (the stored plan) to choose against."""

    saved: SafetyPlan | None
    theirs: SafetyPlan
    conflicts: tuple[Conflict, ...] = ()


@dataclass(frozen=True)
class MapMerge:
    """A support map save's outcome, as :class:`PlanMerge`."""

    saved: SupportMap | None
    theirs: SupportMap
    conflicts: tuple[Conflict, ...] = ()


def merge_plan(
    base: SafetyPlan, mine: SafetyPlan, theirs: SafetyPlan
) -> tuple[SafetyPlan, tuple[Conflict, ...]]:
    """Three-way, section by section: the merged plan (a conflicting section keeps the saved
    words for now) and the conflicts."""
    merged: dict[str, str] = {}
    conflicts = []
    for name in SECTIONS:
        b, m, th = (getattr(p, name) for p in (base, mine, theirs))
        if m in (b, th):
            merged[name] = th
        elif th == b:
            merged[name] = m
        else:
            merged[name] = th
            conflicts.append(Conflict(name, m, th))
    return plan_from_data(plan_to_data(theirs) | merged), tuple(conflicts)


def both(mine: str, theirs: str) -> str:
    """Both versions of a section kept: the saved words, then this window's."""
    return " / ".join(text for text in (theirs.strip(), mine.strip()) if text)


def resolve_plan(
    merged: SafetyPlan, conflicts: tuple[Conflict, ...], choices: Mapping[str, Choice]
) -> SafetyPlan:
    """The merged plan with each conflicting section as the person chose (saved words when
    they did not choose)."""
    for conflict in conflicts:
        choice = choices.get(conflict.part, "theirs")
        if choice == "mine":
            merged = merged.with_section(conflict.part, conflict.mine)
        elif choice == "both":
            merged = merged.with_section(conflict.part, both(conflict.mine, conflict.theirs))
    return merged


# --- the support map: people by nickname


def _keyed(support_map: SupportMap) -> dict[str, Tie]:
    """Ties by nickname (case-insensitive); a repeated nickname is told apart by its count."""
    keyed: dict[str, Tie] = {}
    for tie in support_map.ties:
        key, n = tie.nickname.casefold(), 1
        while key in keyed:
            n += 1
            key = f"{tie.nickname.casefold()}#{n}"
        keyed[key] = tie
    return keyed


def merge_map(
    base: SupportMap, mine: SupportMap, theirs: SupportMap, lang: Lang = "id"
) -> tuple[SupportMap, tuple[Conflict, ...], dict[str, tuple[Tie | None, Tie | None]]]:
    """Three-way, person by person: the merged map (a conflicting person as saved, for now),
    the conflicts, and each conflict's two ties (mine, theirs) by part name."""
    b, m, th = _keyed(base), _keyed(mine), _keyed(theirs)
    order = [*th, *(k for k in m if k not in th)]
    ties: list[Tie] = []
    conflicts: list[Conflict] = []
    sides: dict[str, tuple[Tie | None, Tie | None]] = {}
    for key in order:
        was, here, there = b.get(key), m.get(key), th.get(key)
        if here in (was, there):
            chosen = there
        elif there == was:
            chosen = here
        else:
            chosen = there
            part = (here or there or was or Tie(key)).nickname
            conflicts.append(Conflict(part, tie_line(here, lang), tie_line(there, lang)))
            sides[part] = (here, there)
        if chosen is not None:
            ties.append(chosen)
    return SupportMap(tuple(ties)), tuple(conflicts), sides


def resolve_map(
    merged: SupportMap,
    sides: Mapping[str, tuple[Tie | None, Tie | None]],
    choices: Mapping[str, Choice],
) -> SupportMap:
    """The merged map with each conflicting person as the person chose ("both" keeps both)."""
    ties = list(merged.ties)
    for part, (here, there) in sides.items():
        choice = choices.get(part, "theirs")
        if choice == "theirs":
            continue
        place = next((i for i, tie in enumerate(ties) if tie is there), None)
        wanted = [here] if choice == "mine" else [there, here]
        new = [tie for tie in wanted if tie is not None]
        if place is None:
            ties.extend(tie for tie in new if tie is not there)
        else:
            ties[place : place + 1] = new
    return SupportMap(tuple(ties))
