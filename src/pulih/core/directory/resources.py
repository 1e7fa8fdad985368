"""The resource directory (resources.toml): models, loading, validation and crisis routes.

Field names follow Open Referral HSDS where they fit (design.md §4).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from pulih.core.directory.regions import Nearness, find_place, is_national, nearness, unknown_region
from pulih.core.files.data import data_path
from pulih.core.questionnaire.loading import (
    MAX_DIRECTORY_BYTES,
    located,
    read_toml,
    validation_problems,
)
from pulih.core.questionnaire.model import Text
from pulih.core.questionnaire.problems import DataError, Problem
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.questionnaire.validate import (
    NAME_MAX,
    TEXT_MAX,
    check_email,
    check_phone,
    check_url,
    one_line_text,
    strict_bool,
)
from pulih.core.text.i18n import Lang

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
    "community_mental_health",
    "protection",
    "social_service",
    "legal_aid",
]
Mode = Literal["online", "offline", "phone", "chat"]
Cost = Literal["free", "bpjs", "paid", "sliding"]
Confidence = Literal["high", "medium", "low"]
Provider = Literal["government", "community", "volunteer", "paid"]

Verified = Literal["call", "desk"]

_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
STALE_WARN_MONTHS = 12  # a crisis route checked longer ago than this is marked and warned about
STALE_HIDE_MONTHS = 18  # ... and longer ago than this is not shown at all (check fails it)
ENTRY_WARN_MONTHS = 24
"""Any other entry whose newest source is older: "may have changed, check before you go", and it
never leads the suggestions (content-guidelines §3)."""
ENTRY_HIDE_MONTHS = 36
"""... older than this (or undated): not shown at all, and ``pulih check`` says so."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*")
    @classmethod
    def _one_line(cls, value: object, info: ValidationInfo) -> object:
        """Every text of a directory file is one line, without control characters, and of a
        bounded length: a name, organisation or region 200 characters, any other text 2000
        (README: "Directory files")."""
        short = info.field_name in (
            "name",
            "name_en",
            "organization",
            "regions",
            "service_area",
            "number",
        )
        return one_line_text(value, NAME_MAX if short else TEXT_MAX)


class Source(_Model):
    """Where a fact came from, and the date of that source (YYYY-MM-DD or YYYY-MM)."""

    url: str = Field(min_length=8)
    date: str | None = None
    note: str = ""
    confirms_contact: bool = True
    """False for a source that names the service but not the contact details shown: it does
    not date the contact (a crisis route ages by its newest source that confirms it)."""
    general: bool = False
    """A source for a rule every entry of its kind follows (the JKN referral route), not about
    this entry: it dates nothing."""
    about_service: bool = True
    """False for a source about the place but not the service the entry is listed for (a 2025
    article on a general hospital's building works, for its psychiatric clinic): kept as
    provenance, it dates nothing (an entry ages by its newest source about its service)."""

    @field_validator("date")
    @classmethod
    def _dated(cls, value: str | None) -> str | None:
        if value is not None and not _DATE.match(value):
            raise ValueError("a source date is YYYY-MM-DD or YYYY-MM")
        if value is not None:
            try:
                source_day(value)
            except ValueError:
                raise ValueError(f"{value!r} is not a real date") from None
        return value

    _web_address = field_validator("url")(check_url)
    _booleans = field_validator("about_service", mode="before")(strict_bool)

    @property
    def dates_entry(self) -> bool:
        """Whether this source dates its entry: dated, about the entry (not a general rule's
        source) and about the service it is listed for."""
        return bool(self.date) and not self.general and self.about_service


def source_day(value: str) -> date:
    """A source's date as a day; a month alone counts as its first day (the older reading)."""
    return date.fromisoformat(value if len(value) == 10 else value + "-01")


class Phone(_Model):
    number: str = Field(min_length=3)
    extension: str | None = None
    whatsapp: bool = False
    unverified: bool = False
    """An unverified contact is kept for partners to check, and never shown."""

    _indonesian = field_validator("number")(check_phone)
    _booleans = field_validator("whatsapp", "unverified", mode="before")(strict_bool)


class Resource(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9\-]*$", max_length=80)
    name: str = Field(min_length=2)
    name_en: str = ""
    """The name in English, for an entry whose name describes what it is ("Kelompok
    keagamaan": "Faith groups"); a proper name (an organisation, a hospital) has none and is
    shown as it is written in both languages (:meth:`title`)."""
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
    """A TOML date (2026-11-22, no quotes): a quoted string is refused, so a typo is seen."""
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
    verified: Verified = "desk"
    """How ``assured_date`` was established: ``call`` (someone called or messaged and it
    answered, on that date) or ``desk`` (public sources only: the entry ages by its newest
    source that confirms the contact)."""
    how_to_find: Text | None = None
    """For an entry with no contact (a kind of group, not one group): how to find one nearby."""
    ask: Text | None = None
    """One sentence the person could say or ask when they get there."""
    visible: bool = True
    """False keeps an entry for a partner organisation to verify; it is never shown."""
    note: str = ""
    address: str = ""
    """The street address, only where a source that was read confirms it (that source lists
    "address" in its note)."""
    kode_rs: str = Field(default="", pattern=r"^(\d{7})?$")
    """A hospital's code in the Kemenkes registry (RS Online / SIRS): a stable id."""
    igd_24h: bool | None = None
    """A 24-hour emergency department (IGD): True or False only where a source says so."""
    access: Text | None = None
    """How to get there through the system the person is in (the JKN referral route)."""
    nearest_for: list[str] = Field(default_factory=list)
    """Provinces that have no such service of their own listed: this one is the nearest, and is
    suggested there named as such (in another province)."""
    urban: bool = False
    """Found in cities only (Car Free Day, RPTRA): labelled so, and never offered as near to a
    person in a kabupaten."""

    @field_validator("support_types")
    @classmethod
    def _types(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in SUPPORT_TYPES]
        if unknown:
            raise ValueError(f"unknown support type {unknown[0]!r}; use {', '.join(SUPPORT_TYPES)}")
        return value

    _web_address = field_validator("url")(check_url)
    _email_address = field_validator("email")(check_email)
    _booleans = field_validator("crisis", "visible", "urban", mode="before")(strict_bool)

    @field_validator("igd_24h", mode="before")
    @classmethod
    def _igd(cls, value: object) -> object:
        return value if value is None else strict_bool(value)

    @field_validator("assured_date", mode="before")
    @classmethod
    def _a_real_date(cls, value: object, info: ValidationInfo) -> object:
        """A directory file writes a date as a TOML date; a string there is refused (pulih's
        own cache, which stores ISO text, says so with ``context={"cached": True}``)."""
        if isinstance(value, str) and not (info.context or {}).get("cached"):
            raise ValueError("write the date without quotes, as a TOML date: 2026-11-22")
        return value

    @property
    def nationwide(self) -> bool:
        return any(r.lower() in ("nasional", "national", "indonesia") for r in self.regions)

    def title(self, lang: Lang) -> str:
        """The name a person sees: ``name_en`` in English where there is one, else ``name``."""
        return self.name_en if lang == "en" and self.name_en else self.name

    def has_contact(self) -> bool:
        """A way to reach this one place: a number, a web or e-mail address, or where it is."""
        return bool(self.url or self.email or self.address or self.shown_phones())

    @property
    def newest_source(self) -> date | None:
        """The newest dated source about this entry's service (not a general rule's source, nor
        one that shows only that the place exists: ``about_service = false``)."""
        days = [source_day(s.date) for s in self.sources if s.date and s.dates_entry]
        return max(days, default=None)

    @property
    def newer_elsewhere(self) -> date | None:
        """The newest dated source that does not confirm the service, when it is newer than
        :attr:`newest_source` (None otherwise): the place is known to exist more recently than
        the service is."""
        days = [
            source_day(s.date)
            for s in self.sources
            if s.date and not s.general and not s.about_service
        ]
        newest, service = max(days, default=None), self.newest_source
        return newest if newest is not None and (service is None or newest > service) else None

    def dated_on(self) -> date | None:
        """When this entry was last known to hold: the call, else its newest dated source about
        its service (:attr:`newest_source`). (A crisis route ages more strictly, by its newest
        source that confirms its contact: :attr:`checked_on`.) None: never dated."""
        if self.verified == "call":
            return self.assured_date
        return self.newest_source

    def shown_phones(self) -> list[Phone]:
        """The numbers that may be shown: verified, and never one on pulih's blocked list (a
        file that names one is refused by its check; this holds even for one that was not)."""
        return [p for p in self.phones if not p.unverified and not is_blocked(p.number)]

    @property
    def source_date(self) -> date | None:
        """The newest dated source that confirms the contact details, or None."""
        days = [source_day(s.date) for s in self.sources if s.date and s.confirms_contact]
        return max(days, default=None)

    @property
    def checked_on(self) -> date | None:
        """The date the details are known to hold: the call, or the newest confirming source."""
        return self.assured_date if self.verified == "call" else self.source_date


class BlockedNumber(_Model):
    """A number that must never be listed (closed, misattributed), and why."""

    number: str = Field(min_length=3, max_length=40)
    reason: str = Field(min_length=3, max_length=400)
    source: str = Field(default="", max_length=400)


class BlockedList(_Model):
    """pulih's own list of numbers never to show (blocked-numbers.toml)."""

    blocked: list[BlockedNumber] = Field(min_length=1)


def blocked_file() -> Path:
    return data_path("blocked-numbers.toml")


def load_blocked(path: Path) -> tuple[BlockedNumber, ...]:
    """Read and validate pulih's blocked list; DataError names each problem's line."""
    data, text = read_toml(path)
    try:
        return tuple(BlockedList.model_validate(data).blocked)
    except ValidationError as error:
        raise DataError(validation_problems(path, text, error)) from None


@cache
def builtin_blocked() -> tuple[BlockedNumber, ...]:
    """The numbers pulih never shows, whatever a directory file says (read once)."""
    return load_blocked(blocked_file())


@cache
def _builtin_digits() -> frozenset[str]:
    return frozenset(_normalise(b.number) for b in builtin_blocked())


def blocked_reasons(directory: Directory | None = None) -> dict[str, str]:
    """Normalised number -> why it is never shown: pulih's own list, and what ``directory``
    adds (a file can add numbers, never remove one)."""
    reasons = {_normalise(b.number): b.reason for b in (directory.blocked if directory else [])}
    reasons.update({_normalise(b.number): b.reason for b in builtin_blocked()})
    return reasons


def is_blocked(number: str) -> bool:
    """Whether pulih's own list forbids showing ``number``."""
    return _normalise(number) in _builtin_digits()


class Directory(_Model):
    resources: list[Resource] = Field(alias="resource", default_factory=list)
    blocked: list[BlockedNumber] = Field(alias="blocked_numbers", default_factory=list)
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def shown(self, today: date | None = None) -> list[Resource]:
        """Entries that may be shown: visible, not of low confidence, and (with ``today``) an
        entry other than a crisis route dated within ENTRY_HIDE_MONTHS (crisis routes age by
        their own rule, in :func:`crisis_routes`)."""
        return [
            r
            for r in self.resources
            if r.visible
            and r.confidence != "low"
            and (today is None or r.crisis or entry_age(r, today) is not None)
        ]


def months_between(earlier: date, later: date) -> int:
    return (
        (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)
    )


def route_age(resource: Resource, today: date) -> int | None:
    """Months since a crisis route's details were known to hold (None: never dated)."""
    checked = resource.checked_on
    return None if checked is None else months_between(checked, today)


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` on (the last day of a shorter month when it has no such day)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def hidden_from(resource: Resource, today: date) -> date | None:
    """The first day an entry is no longer shown for its age (None: undated): a crisis route
    after STALE_HIDE_MONTHS since it was last confirmed, any other after ENTRY_HIDE_MONTHS
    since its newest source."""
    dated = resource.checked_on if resource.crisis else resource.dated_on()
    if dated is None:
        return None
    limit = STALE_HIDE_MONTHS if resource.crisis else ENTRY_HIDE_MONTHS
    day = add_months(dated, limit + 1)
    while months_between(dated, day) <= limit:  # a day the month lacks (31 Jan + 1 month)
        day += timedelta(days=1)
    while months_between(dated, day - timedelta(days=1)) > limit:
        day -= timedelta(days=1)
    return day


def routes_left(resources: Sequence[Resource], today: date) -> int:
    """How many crisis routes for everyone (no region, no audience) would be shown today."""
    shown = crisis_routes(list(resources), today, "id", None)
    return sum(1 for route in shown if not route.resource.audience)


def entry_age(resource: Resource, today: date) -> int | None:
    """Months since an entry (not a crisis route) was last known to hold; None when it may not
    be shown at all: undated, dated in the future, or older than ENTRY_HIDE_MONTHS."""
    dated = resource.dated_on()
    if dated is None:
        return None
    age = months_between(dated, today)
    return None if age < 0 or age > ENTRY_HIDE_MONTHS else age


def is_stale(resource: Resource, today: date) -> bool:
    """Whether to warn that an entry's details may have changed (and, for an entry other than
    a crisis route, that it must not lead): older than 12 months for a crisis route, 24 for
    anything else."""
    if resource.crisis:
        age = route_age(resource, today)
        return age is None or age > STALE_WARN_MONTHS
    age = entry_age(resource, today)
    return age is None or age > ENTRY_WARN_MONTHS


def format_phone(phone: Phone, lang: Lang) -> str:
    text = phone.number
    if phone.extension:
        text += f" ({'ekstensi' if lang == 'id' else 'extension'} {phone.extension})"
    if phone.whatsapp:
        text = f"WhatsApp {text}"
    return text


@dataclass(frozen=True)
class CrisisRoute:
    """A crisis entry as shown: verified contacts only, never older than 18 months."""

    resource: Resource
    contact: str
    age_months: int
    stale: bool

    @property
    def checked_on(self) -> date:
        checked = self.resource.checked_on
        assert checked is not None  # undated routes are never shown
        return checked

    @property
    def for_everyone(self) -> bool:
        return not self.resource.audience


def contact_line(resource: Resource, lang: Lang, *, hide_numbers: bool = False) -> str:
    """How to reach an entry, verified contacts only."""
    parts = [] if hide_numbers else [format_phone(p, lang) for p in resource.shown_phones()]
    if resource.url:
        parts.append(resource.url)
    if resource.email and not hide_numbers:
        parts.append(resource.email)
    return " · ".join(parts)


def serves_region(resource: Resource, region: str | None) -> bool:
    """Whether a regional entry serves the person's region: the same province or nearer (False
    when the region is unknown or the entry is nationwide)."""
    person = find_place(region) if region else None
    return (
        person is not None
        and not resource.nationwide
        and nearness(person, resource.regions) >= Nearness.SAME_PROVINCE
    )


def crisis_routes(
    entries: Iterable[Resource], today: date, lang: Lang = "id", region: str | None = None
) -> list[CrisisRoute]:
    """Crisis routes in the order to show them (content-guidelines §3).

    A regional line for the person's region first; then routes for everyone in file order
    (those checked more than 12 months ago are marked, not moved: the file's order is the
    partner's choice, and 119 stays first); then routes for a particular group (labelled with
    it wherever shown). A route whose newest confirming source (or call)
    is older than 18 months, or undated, is not shown at all. Regional lines are left out when
    the region is unknown.
    """
    routes: list[tuple[int, int, CrisisRoute]] = []
    for position, resource in enumerate(entries):
        if not resource.crisis or not resource.visible or resource.confidence == "low":
            continue
        matches = serves_region(resource, region)
        if not resource.nationwide and not matches:
            continue
        age = route_age(resource, today)
        if age is None or age < 0 or age > STALE_HIDE_MONTHS:  # never dated, or not honestly
            continue
        contact = contact_line(resource, lang)
        if not contact:
            continue
        route = CrisisRoute(resource, contact, age, age > STALE_WARN_MONTHS)
        rank = 2 if resource.audience else (0 if matches else 1)
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
    blocked = blocked_reasons(directory)
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
        for number, source in enumerate(resource.sources):
            if source.date and source_day(source.date) > today:
                add((*at, "sources", number, "date"), f"{source.date} is in the future")
        listed: set[str] = set()
        for phone in resource.phones:
            digits = _normalise(phone.number)
            if digits + "#" + (phone.extension or "") in listed:
                add((*at, "phones"), f"number {phone.number} is listed twice in this entry")
            listed.add(digits + "#" + (phone.extension or ""))
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
        if resource.visible and not resource.crisis:
            problems += _age_problems(path, text, index, resource, today)
        if not resource.crisis or not resource.visible:
            continue
        if resource.confidence == "low":
            add((*at, "confidence"), "a crisis entry must have medium or high confidence")
        if not contact_line(resource, "id"):
            add((*at, "phones"), "a crisis entry needs a verified phone number or a url")
        if resource.audience and resource.eligibility_description is None:
            add(
                (*at, "eligibility_description"),
                "a crisis route for a particular group says for whom it is (it is shown with it)",
            )
        age = route_age(resource, today)
        how = "called" if resource.verified == "call" else "newest source confirming it"
        if age is None:
            add((*at, "sources"), "a crisis entry needs a dated source that confirms its contact")
        elif age > STALE_HIDE_MONTHS:
            # pulih hides it by itself: a warning, so a calendar date alone never fails a
            # check; too few routes left is the failure (routes_left, issue 24)
            add(
                (*at, "sources" if resource.verified == "desk" else "assured_date"),
                f"{how} {age} months ago (more than {STALE_HIDE_MONTHS}): not shown since "
                f"{hidden_from(resource, today)}; confirm it by a call or a newer source, or "
                "set visible = false",
                True,
            )
        elif age > STALE_WARN_MONTHS:
            add(
                (*at, "sources" if resource.verified == "desk" else "assured_date"),
                f"{how} {age} months ago: please check it again; hidden from "
                f"{hidden_from(resource, today)}",
                True,
            )
    return problems


def _age_problems(
    path: Path, text: str, index: int, resource: Resource, today: date
) -> list[Problem]:
    """An entry other than a crisis route ages by its newest source about its service
    (content-guidelines §3): older than 24 months a warning (it shows as "may have changed" and
    never leads), older than 36, or undated, a warning that it is not shown at all. A newer source
    that does not confirm the service (``about_service = false``) is named: it dates nothing."""
    dated = resource.dated_on()
    at = ("resource", index, "sources")
    elsewhere = resource.newer_elsewhere if resource.verified == "desk" else None
    newest = "newest source" if elsewhere is None else "newest source about the service"
    aside = (
        ""
        if elsewhere is None
        else f" (a newer source, {elsewhere:%Y-%m}, has about_service = false: it dates nothing)"
    )
    if dated is None:
        message = (
            f"no dated source{' about the service' if elsewhere else ''}: it is not shown (add "
            f"a source with its date, or set visible = false){aside}"
        )
    else:
        age = months_between(dated, today)
        if age > ENTRY_HIDE_MONTHS:
            message = (
                f"{newest} {age} months ago (more than {ENTRY_HIDE_MONTHS}): it is not "
                f"shown; find a newer source, or set visible = false{aside}"
            )
        elif age > ENTRY_WARN_MONTHS:
            message = (
                f"{newest} {age} months ago (more than {ENTRY_WARN_MONTHS}): shown as 'may "
                "have changed, check before you go', never first; find a newer source; hidden "
                f"from {hidden_from(resource, today)}{aside}"
            )
        else:
            return []
    problem = located(path, text, at, message)
    return [Problem(problem.file, problem.line, problem.field, problem.message, True)]


def _region_problems(path: Path, text: str, directory: Directory) -> list[Problem]:
    """Every region an entry names must be a province, a kabupaten/kota or "nasional"."""
    problems = []
    suggested: dict[str, str] = {}  # one search per distinct unknown name keeps this linear
    for index, resource in enumerate(directory.resources):
        for position, region in enumerate(resource.regions):
            if is_national(region) or find_place(region) is not None:
                continue
            if region not in suggested and len(suggested) < 50:
                suggested[region] = unknown_region(region, national=True)
            message = suggested.get(region, f"unknown region {region!r}")
            loc = ("resource", index, "regions", position)
            problems.append(located(path, text, loc, message))
        for position, region in enumerate(resource.nearest_for):
            place = find_place(region)
            if place is None or not place.is_province:
                loc = ("resource", index, "nearest_for", position)
                message = f"{region!r} is not a province (nearest_for names provinces)"
                problems.append(located(path, text, loc, message))
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
    problems += _region_problems(path, text, directory)
    return (None if any(not p.warning for p in problems) else directory), problems


def load_directory(path: Path, today: date) -> Directory:
    """Load and validate a resource directory file."""
    data, text = read_toml(path, MAX_DIRECTORY_BYTES)
    return parse_directory(path, data, text, today)
