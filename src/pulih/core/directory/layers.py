"""Partner directories layered over the national one, and the rules every directory file meets.

The bundled directory is the base. Each partner file adds entries over it, in order: an entry
with a new id is added; one with the id of a non-crisis entry replaces it. A partner can never
replace, hide or block a crisis route of the base: ``pulih check`` reports that as an error and
a run ignores it with a one-line warning. With ``only`` (``--resources-only``) the partner files
are used alone, the first as the base, and then at least three crisis routes are required.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pulih.core.directory.resources import (
    BlockedNumber,
    Directory,
    Resource,
    _normalise,
    blocked_reasons,
    check_directory,
    crisis_routes,
)
from pulih.core.directory.taxonomy import Taxonomy, taxonomy
from pulih.core.questionnaire.loading import MAX_DIRECTORY_BYTES, located, read_toml
from pulih.core.questionnaire.problems import DataError, Problem

MIN_CRISIS_ROUTES = 3


def has_contact(resource: Resource) -> bool:
    return resource.has_contact()


def entry_problems(
    path: Path, text: str, directory: Directory, kinds: Taxonomy | None = None
) -> list[Problem]:
    """Rules of the taxonomy and of generic entries, for one file."""
    kinds = kinds or taxonomy()
    problems: list[Problem] = []
    for index, resource in enumerate(directory.resources):
        at: tuple[str | int, ...] = ("resource", index)
        if not resource.support_types and not kinds.meets(resource.kind):
            message = (
                f"list the support types it gives (kind {resource.kind!r} meets none by default)"
            )
            problems.append(located(path, text, (*at, "support_types"), message))
        for number, name in enumerate(resource.audience):
            if name.lower() not in kinds.audiences:
                message = f"{name!r} has no label in taxonomy.toml [audiences]; shown as written"
                problem = located(path, text, (*at, "audience", number), message)
                problems.append(
                    Problem(problem.file, problem.line, problem.field, problem.message, True)
                )
        shown = resource.visible and resource.confidence != "low"
        if not shown or resource.crisis or has_contact(resource):
            continue
        for name, what in (
            ("how_to_find", "how a person finds one near them"),
            ("ask", "one sentence the person could say or ask there"),
        ):
            if getattr(resource, name) is None:
                message = (
                    f"an entry with no contact needs {name} = {{ id = ..., en = ... }}: {what}"
                )
                problems.append(located(path, text, (*at, name), message))
    return problems


def check_file(
    path: Path, data: dict[str, object], text: str, today: date
) -> tuple[Directory | None, list[Problem]]:
    """Validate one directory file; the directory is None when it has errors."""
    directory, problems = check_directory(path, data, text, today)
    if directory is not None:
        problems = [*problems, *entry_problems(path, text, directory)]
        if any(not p.warning for p in problems):
            directory = None
    return directory, problems


@dataclass
class Layer:
    """What one partner file changed."""

    file: str
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)


@dataclass
class Layered:
    directory: Directory
    problems: list[Problem]
    """With ``strict``: errors; otherwise warnings (what was ignored)."""
    layers: list[Layer]


def _with_types(resource: Resource, kinds: Taxonomy) -> Resource:
    if resource.support_types:
        return resource
    return resource.model_copy(update={"support_types": kinds.meets(resource.kind)})


def layer(
    base: Directory,
    partners: Sequence[tuple[Path, str, Directory]],
    *,
    strict: bool = False,
) -> Layered:
    """The base directory with each partner file over it (module docstring)."""
    kinds = taxonomy()
    entries: dict[str, Resource] = {r.id: r for r in base.resources}
    protected = {r.id: r for r in base.resources if r.crisis}
    protected_numbers = {_normalise(p.number): r.id for r in protected.values() for p in r.phones}
    route_phones = {
        _normalise(p.number) + "#" + (p.extension or ""): (r.id, r.organization or r.id)
        for r in protected.values()
        for p in r.phones
    }
    """A crisis route's number and extension: whose it is (no partner entry may reuse it)."""
    blocked: list[BlockedNumber] = list(base.blocked)
    base_blocked = blocked_reasons(base)  # pulih's own list, and what the base adds
    problems: list[Problem] = []
    layers: list[Layer] = []

    def add(path: Path, text: str, at: tuple[str | int, ...], message: str) -> None:
        problem = located(path, text, at, message)
        problems.append(
            Problem(problem.file, problem.line, problem.field, problem.message, not strict)
        )

    for path, text, partner in partners:
        report = Layer(str(path))
        for index, resource in enumerate(partner.resources):
            at: tuple[str | int, ...] = ("resource", index)
            if resource.id in protected:
                if resource == protected[resource.id]:
                    continue  # the same entry again changes nothing
                add(
                    path,
                    text,
                    (*at, "id"),
                    f"{resource.id!r} is a national crisis route: a partner file cannot "
                    "replace or hide it (give a regional line its own id)",
                )
                report.ignored.append(resource.id)
                continue
            wrong = [p.number for p in resource.phones if _normalise(p.number) in base_blocked]
            if wrong:
                reason = base_blocked[_normalise(wrong[0])]
                add(
                    path, text, (*at, "phones"), f"number {wrong[0]} must never be listed: {reason}"
                )
                report.ignored.append(resource.id)
                continue
            own = resource.organization or resource.id
            reused = [
                (p.number, route_phones[key][0])
                for p in resource.phones
                if (key := _normalise(p.number) + "#" + (p.extension or "")) in route_phones
                and route_phones[key][1] != own
            ]
            if reused:
                shared, route = reused[0]
                add(
                    path,
                    text,
                    (*at, "phones"),
                    f"number {shared} belongs to the national crisis route {route!r} of another "
                    "organisation; a partner entry cannot list it as its own",
                )
                report.ignored.append(resource.id)
                continue
            if resource.id in entries:
                if entries[resource.id] != resource:
                    report.replaced.append(resource.id)
            else:
                report.added.append(resource.id)
            entries[resource.id] = resource
        for number_index, number in enumerate(partner.blocked):
            owner = protected_numbers.get(_normalise(number.number))
            if owner is not None:
                add(
                    path,
                    text,
                    ("blocked_numbers", number_index),
                    f"number {number.number} belongs to the national crisis route {owner!r}; "
                    "a partner file cannot block it",
                )
                continue
            blocked.append(number)
        layers.append(report)
    resources = [_with_types(r, kinds) for r in entries.values()]
    merged = Directory(resources=resources, blocked=blocked)
    return Layered(merged, problems, layers)


def crisis_route_count(directory: Directory | list[Resource], today: date) -> int:
    """Crisis routes for everyone shown to a person whose region is unknown
    (resources.crisis_routes): a line only for students of one campus does not count."""
    entries = directory.resources if isinstance(directory, Directory) else directory
    return len([route for route in crisis_routes(entries, today) if route.for_everyone])


def too_few_routes(
    path: Path, directory: Directory | list[Resource], today: date
) -> Problem | None:
    count = crisis_route_count(directory, today)
    if count >= MIN_CRISIS_ROUTES:
        return None
    return Problem(
        str(path),
        1,
        "resource",
        f"with --resources-only the directory needs at least {MIN_CRISIS_ROUTES} crisis routes "
        f"for everyone (crisis = true, a verified contact, checked within 18 months); it has "
        f"{count}",
    )


def read_directory(path: Path, today: date) -> tuple[str, Directory]:
    """One directory file, validated; DataError lists every error."""
    data, text = read_toml(path, MAX_DIRECTORY_BYTES)
    directory, problems = check_file(path, data, text, today)
    if directory is None:
        raise DataError([p for p in problems if not p.warning])
    return text, directory


def load_layers(files: Sequence[Path], today: date, *, only: bool = False) -> Layered:
    """``files[0]`` as the base and the rest over it; warnings say what was ignored.

    With ``only`` the files are partner files used alone: fewer than three crisis routes is an
    error.
    """
    if not files:
        raise DataError([Problem("--resources-only", None, "file", "name at least one file")])
    _, base = read_directory(files[0], today)
    partners = []
    unreadable: list[Problem] = []
    for path in files[1:]:
        try:
            text, directory = read_directory(path, today)
        except DataError as error:
            # A partner file with a mistake is left out whole, with its problems as warnings:
            # a person at a partner's site still gets the national directory and its routes.
            first = error.problems[0]
            more = len(error.problems) - 1
            also = f" (and {more} more; pulih check {path} lists them)" if more else ""
            message = f"{first.message}{also}; the whole file is left out"
            unreadable.append(Problem(first.file, first.line, first.field, message, warning=True))
            continue
        partners.append((path, text, directory))
    layered = layer(base, partners)
    layered.problems[:0] = unreadable
    if only:
        short = too_few_routes(files[-1], layered.directory, today)
        if short is not None:
            raise DataError([short])
    return layered
