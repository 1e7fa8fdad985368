"""Narrowing suggestions: the choices offered and what ticking one does, for every front end.

The TUI's narrow screen and ``--plain`` offer the same groups in the same order (region, how,
cost, interests, for whom) and tick them the same way; the matching then re-runs on the new
:class:`~pulih.core.directory.preferences.Preferences` (kept in memory only).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pulih.core.directory.preferences import Preferences
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

MODES = ("online", "offline", "phone", "chat")
COSTS = ("free", "bpjs", "paid", "sliding")
GROUPS = ("modes", "cost", "interests", "audience")
"""The ticked groups, as named in :class:`Preferences`."""


@dataclass(frozen=True)
class Choice:
    """One tickable option: its group, its value, and its label in the person's language."""

    group: str
    value: str
    label: str


def choices(
    lang: Lang, interests: list[str], audiences: list[str]
) -> list[tuple[str, list[Choice]]]:
    """The groups with a heading each, in the order both front ends show them; interests and
    audiences only when the directory has them."""
    groups = [
        (t("narrow.modes", lang), [Choice("modes", m, t(f"mode.{m}", lang)) for m in MODES]),
        (t("narrow.cost", lang), [Choice("cost", c, t(f"cost.{c}", lang)) for c in COSTS]),
    ]
    from pulih.core.directory.taxonomy import taxonomy  # pydantic: only for interests or audiences

    if interests:
        said = taxonomy().interest_label
        heading = t("narrow.interests", lang)
        groups.append((heading, [Choice("interests", i, said(i, lang)) for i in interests]))
    if audiences:
        label = taxonomy().audience_label
        heading = t("narrow.audience", lang)
        groups.append((heading, [Choice("audience", a, label(a, lang)) for a in audiences]))
    return groups


def ticked(prefs: Preferences, group: str, value: str) -> bool:
    """Whether ``value`` of ``group`` is chosen."""
    chosen: tuple[str, ...] = getattr(prefs, group)
    return value in chosen


def toggled(prefs: Preferences, group: str, value: str) -> Preferences:
    """``prefs`` with ``value`` of ``group`` ticked if it was not, unticked if it was."""
    if group not in GROUPS:
        raise ValueError(f"unknown narrowing group: {group}")
    chosen: tuple[str, ...] = getattr(prefs, group)
    changed = tuple(v for v in chosen if v != value) if value in chosen else (*chosen, value)
    if group == "modes":
        return replace(prefs, modes=changed)
    if group == "cost":
        return replace(prefs, cost=changed)
    if group == "interests":
        return replace(prefs, interests=changed)
    return replace(prefs, audience=changed)
