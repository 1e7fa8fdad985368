"""How well the directory covers each province: ``pulih check --coverage``.

Per province, the named entries a person there would be shown (visible, dated within 36 months,
for that province or one of its kabupaten/kota, not a nationwide category): how many are
specialised (RSJ, RSUD poli jiwa), focused (Puskesmas, psychologists, counselling) and
community (peer, community, activity, basic), and the oldest newest-source among them. A
province with no specialised service of its own counts as covered when the nearest listed one is
named for it (``nearest_for``), and the table says so. A province whose every specialised entry
already "may have changed" (older than 24 months) is named with the day it will have none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from pulih.core.directory.regions import Place, find_place, provinces
from pulih.core.directory.resources import Resource, entry_age, hidden_from, is_stale
from pulih.core.directory.taxonomy import COMMUNITY_LAYERS, taxonomy

GROUPS = ("specialised", "focused", "community")


@dataclass
class ProvinceCoverage:
    province: Place
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GROUPS, 0))
    nearest: list[Resource] = field(default_factory=list)
    """Specialised services in another province named as the nearest for this one."""
    oldest: date | None = None
    """The oldest newest-source among the entries counted."""
    fresh_specialised: bool = False
    """Whether a specialised entry counted here is not yet "may have changed"."""
    specialised_until: date | None = None
    """The last day on which one of the specialised entries counted here is still shown."""

    @property
    def ending(self) -> date | None:
        """The first day this province has no specialised entry of its own shown, when every one
        it has already "may have changed" (None: one is fresh, or it has none)."""
        if self.fresh_specialised or self.specialised_until is None:
            return None
        return self.specialised_until

    @property
    def covered(self) -> bool:
        return bool(self.counts["specialised"] or self.nearest)


def _group(resource: Resource) -> str | None:
    layer = taxonomy().layer(resource.kind)
    if layer in ("specialised", "focused"):
        return layer
    if layer in COMMUNITY_LAYERS or layer == "basic":
        return "community"
    return None


def coverage(entries: Iterable[Resource], today: date) -> list[ProvinceCoverage]:
    """Each of the 38 provinces, in code order, with what the directory names there."""
    table = {p.code: ProvinceCoverage(p) for p in provinces()}
    for resource in entries:
        if resource.crisis or resource.nationwide or not resource.visible:
            continue
        if resource.confidence == "low" or entry_age(resource, today) is None:
            continue
        group = _group(resource)
        if group is None:
            continue
        codes = {
            place.province_code
            for place in (find_place(name) for name in resource.regions)
            if place is not None
        }
        shown_until = hidden_from(resource, today) if group == "specialised" else None
        for code in codes:
            row = table[code]
            row.counts[group] += 1
            if group == "specialised":
                row.fresh_specialised |= not is_stale(resource, today)
                if shown_until is not None and (
                    row.specialised_until is None or shown_until > row.specialised_until
                ):
                    row.specialised_until = shown_until
            dated = resource.dated_on()
            if dated is not None and (row.oldest is None or dated < row.oldest):
                row.oldest = dated
        if group == "specialised":
            for name in resource.nearest_for:
                place = find_place(name)
                if place is not None and place.province_code not in codes:
                    table[place.province_code].nearest.append(resource)
    return list(table.values())


def coverage_lines(rows: list[ProvinceCoverage]) -> list[str]:
    """The table as text (English, for partners and CI), then the total."""
    width = max(len(r.province.name) for r in rows)
    head = f"{'province':<{width}}  specialised  focused  community  oldest newest source"
    lines = [head, "-" * len(head)]
    for row in rows:
        counts = row.counts
        oldest = row.oldest.strftime("%Y-%m") if row.oldest else "-"
        line = (
            f"{row.province.name:<{width}}  {counts['specialised']:>11}  {counts['focused']:>7}"
            f"  {counts['community']:>9}  {oldest}"
        )
        if not counts["specialised"] and row.nearest:
            where = "; ".join(f"{r.name} ({r.regions[-1]})" for r in row.nearest)
            line += f"  (nearest: {where})"
        elif not counts["specialised"]:
            line += "  (no specialised care named)"
        elif row.ending is not None:
            line += f"  (all may have changed: none named from {row.ending.isoformat()})"
        lines.append(line)
    covered = sum(r.covered for r in rows)
    nearest = sum(1 for r in rows if r.covered and not r.counts["specialised"])
    lines.append(
        f"{covered}/{len(rows)} provinces name specialised care"
        + (f" ({nearest} through the nearest listed in another province)" if nearest else "")
    )
    return lines
