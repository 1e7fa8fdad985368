"""The resource directory (resources.toml): models, loading, validation and crisis routes.

Field names follow Open Referral HSDS where they fit (design.md §4).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pulih.core.i18n import Lang
from pulih.core.loading import located, read_toml, validation_problems
from pulih.core.problems import DataError, Problem
from pulih.core.questionnaire import Text
from pulih.core.support_types import SUPPORT_TYPES

Kind = Literal[
    "crisis_line",
    "emergency",
    "puskesmas",
    "hospital",
    "psychologist",
    "psychiatrist",
    "counselling",
    "psychosocial",
    "peer_support",
    "support_group",
    "volunteer_listener",
    "social_activity",
    "screening",
    "directory",
    "education",
]
Mode = Literal["online", "offline", "phone", "chat"]
Cost = Literal["free", "bpjs", "paid", "sliding"]
Confidence = Literal["high", "medium", "low"]
Provider = Literal["government", "community", "volunteer", "paid"]

_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
STALE_WARN_MONTHS = 6
STALE_DEMOTE_MONTHS = 12
STALE_HIDE_MONTHS = 18
STALE_ENTRY_MONTHS = 12  # other entries with contacts; generic categories do not age


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Model):
    """Where a fact came from, and the date of that source (YYYY-MM-DD or YYYY-MM)."""

    url: str = Field(min_length=8)
    date: str | None = None
    note: str = ""

    @field_validator("date")
    @classmethod
    def _dated(cls, value: str | None) -> str | None:
        if value is not None and not _DATE.match(value):
            raise ValueError("a source date is YYYY-MM-DD or YYYY-MM")
        return value


class Phone(_Model):
    number: str = Field(min_length=3)
    extension: str | None = None
    whatsapp: bool = False
    unverified: bool = False
    """An unverified contact is kept for partners to check, and never shown."""


class Resource(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9\-]*$")
    name: str = Field(min_length=2)
    description: Text
    organization: str = ""
    url: str | None = None
    email: str | None = None
    phones: list[Phone] = Field(default_factory=list)
    service_area: str = ""
    languages: list[str] = Field(default_factory=lambda: ["id"])
    fees_description: Text | None = None
    eligibility_description: Text | None = None
    schedule: Text | None = None
    assured_date: date
    support_types: list[str] = Field(default_factory=list)
    """The support types the entry gives; when empty, those its kind meets (taxonomy.toml)."""
    kind: Kind
    modes: list[Mode] = Field(min_length=1)
    regions: list[str] = Field(min_length=1)
    cost: Cost
    interests: list[str] = Field(default_factory=list)
    audience: list[str] = Field(default_factory=list)
    crisis: bool = False
    provider: Provider
    confidence: Confidence
    sources: list[Source] = Field(min_length=1)
    caveat: Text | None = None
    how_to_find: Text | None = None
    """For an entry with no contact (a kind of group, not one group): how to find one nearby."""
    ask: Text | None = None
    """One sentence the person could say or ask when they get there."""
    visible: bool = True
    """False keeps an entry for a partner organisation to verify; it is never shown."""
    note: str = ""

    @field_validator("support_types")
    @classmethod
    def _types(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in SUPPORT_TYPES]
        if unknown:
            raise ValueError(f"unknown support type {unknown[0]!r}; use {', '.join(SUPPORT_TYPES)}")
        return value

    @property
    def nationwide(self) -> bool:
        return any(r.lower() in ("nasional", "national", "indonesia") for r in self.regions)

    def shown_phones(self) -> list[Phone]:
        return [p for p in self.phones if not p.unverified]


class BlockedNumber(_Model):
    """A number that must never be listed (closed, misattributed), and why."""

    number: str = Field(min_length=3)
    reason: str = Field(min_length=3)


class Directory(_Model):
    resources: list[Resource] = Field(alias="resource", default_factory=list)
    blocked: list[BlockedNumber] = Field(alias="blocked_numbers", default_factory=list)
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def shown(self) -> list[Resource]:
        """Entries that may be shown: visible and not of low confidence."""
        return [r for r in self.resources if r.visible and r.confidence != "low"]


def months_between(earlier: date, later: date) -> int:
    return (
        (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)
    )


def is_stale(resource: Resource, today: date) -> bool:
    """Whether to warn that an entry's details may have changed."""
    age = months_between(resource.assured_date, today)
    if resource.crisis:
        return age > STALE_WARN_MONTHS
    has_contact = bool(resource.url or resource.email or resource.shown_phones())
    return has_contact and age > STALE_ENTRY_MONTHS


def format_phone(phone: Phone, lang: Lang) -> str:
    text = phone.number
    if phone.extension:
        text += f" ({'ekstensi' if lang == 'id' else 'extension'} {phone.extension})"
    if phone.whatsapp:
        text = f"WhatsApp {text}"
    return text


@dataclass(frozen=True)
class CrisisRoute:
    """A crisis entry as shown: contacts already filtered by verification and age."""

    resource: Resource
    contact: str
    age_months: int
    stale: bool
    number_hidden: bool


def contact_line(resource: Resource, lang: Lang, *, hide_numbers: bool = False) -> str:
    """How to reach an entry, verified contacts only."""
    parts = [] if hide_numbers else [format_phone(p, lang) for p in resource.shown_phones()]
    if resource.url:
        parts.append(resource.url)
    if resource.email and not hide_numbers:
        parts.append(resource.email)
    return " · ".join(parts)


def crisis_routes(
    entries: Iterable[Resource], today: date, lang: Lang = "id", region: str | None = None
) -> list[CrisisRoute]:
    """Crisis routes in the order to show them (content-guidelines §3).

    File order, with a regional line first when the person's region is known. Entries not
    checked for 12 months go below fresher ones; after 18 months the number is hidden and the
    website shown instead. Regional lines are left out when the region is unknown.
    """
    wanted = region.strip().lower() if region else ""
    routes: list[tuple[int, int, CrisisRoute]] = []
    for position, resource in enumerate(entries):
        if not resource.crisis or not resource.visible or resource.confidence == "low":
            continue
        regional = not resource.nationwide
        matches = bool(wanted) and any(
            wanted in r.lower() or r.lower() in wanted for r in resource.regions
        )
        if regional and not matches:
            continue
        age = months_between(resource.assured_date, today)
        hidden = age > STALE_HIDE_MONTHS
        contact = contact_line(resource, lang, hide_numbers=hidden)
        if not contact:
            continue
        route = CrisisRoute(resource, contact, age, age > STALE_WARN_MONTHS, hidden)
        rank = 0 if matches else (2 if age > STALE_DEMOTE_MONTHS else 1)
        routes.append((rank, position, route))
    routes.sort(key=lambda entry: (entry[0], entry[1]))
    return [route for _, _, route in routes]


def _normalise(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    return "0" + digits[2:] if digits.startswith("62") else digits


def _rule_problems(path: Path, text: str, directory: Directory, today: date) -> list[Problem]:
    problems: list[Problem] = []

    def add(loc: Sequence[str | int], message: str, warning: bool = False) -> None:
        problem = located(path, text, loc, message)
        problems.append(
            Problem(problem.file, problem.line, problem.field, problem.message, warning)
        )

    seen: dict[str, int] = {}
    numbers: dict[str, tuple[str, str]] = {}
    blocked = {_normalise(b.number): b.reason for b in directory.blocked}
    for index, resource in enumerate(directory.resources):
        at: tuple[str | int, ...] = ("resource", index)
        if resource.id in seen:
            add(
                (*at, "id"),
                f"duplicate id {resource.id!r} (first at entry {seen[resource.id] + 1})",
            )
        seen.setdefault(resource.id, index)
        if resource.assured_date > today:
            add((*at, "assured_date"), "is in the future")
        for phone in resource.phones:
            digits = _normalise(phone.number)
            if digits in blocked:
                add(
                    (*at, "phones"),
                    f"number {phone.number} must never be listed: {blocked[digits]}",
                )
            if re.sub(r"[^\d+]", "", phone.number).startswith(("+", "00")) and not (
                re.sub(r"\D", "", phone.number).startswith("62")
            ):
                add((*at, "phones"), f"number {phone.number} is not an Indonesian number")
            if phone.unverified:
                continue
            key = _normalise(phone.number) + "#" + (phone.extension or "")
            owner = resource.organization or resource.id
            if key in numbers and numbers[key][1] != owner:
                add(
                    (*at, "phones"),
                    f"number {phone.number} is also given for {numbers[key][0]!r}, "
                    "another organisation",
                )
            numbers.setdefault(key, (resource.id, owner))
        if not resource.crisis or not resource.visible:
            continue
        if resource.confidence == "low":
            add((*at, "confidence"), "a crisis entry must have medium or high confidence")
        if not any(source.date for source in resource.sources):
            add((*at, "sources"), "a crisis entry needs at least one dated source")
        if not contact_line(resource, "id"):
            add((*at, "phones"), "a crisis entry needs a verified phone number or a url")
        age = months_between(resource.assured_date, today)
        if age > STALE_HIDE_MONTHS:
            add((*at, "assured_date"), f"checked {age} months ago: the number is hidden", True)
        elif age > STALE_WARN_MONTHS:
            add((*at, "assured_date"), f"checked {age} months ago: please check it again", True)
    return problems


def parse_directory(path: Path, data: dict[str, object], text: str, today: date) -> Directory:
    """Validate parsed TOML as a directory; DataError lists every error (warnings excluded)."""
    directory, problems = check_directory(path, data, text, today)
    errors = [p for p in problems if not p.warning]
    if errors or directory is None:
        raise DataError(errors)
    return directory


def check_directory(
    path: Path, data: dict[str, object], text: str, today: date
) -> tuple[Directory | None, list[Problem]]:
    """Validate a directory; return it (None when invalid) and every problem and warning."""
    try:
        directory = Directory.model_validate(data)
    except ValidationError as error:
        return None, validation_problems(path, text, error)
    problems = _rule_problems(path, text, directory, today)
    return (None if any(not p.warning for p in problems) else directory), problems


def load_directory(path: Path, today: date) -> Directory:
    """Load and validate a resource directory file."""
    data, text = read_toml(path)
    return parse_directory(path, data, text, today)
