"""``pulih check``: the bundled data and partner files, every problem as
``FILE:LINE: field: message``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pulih.commands.common import EXIT_BAD_INPUT, report_problems
from pulih.core.directory.layers import (
    MIN_CRISIS_ROUTES,
    check_file,
    layer,
    load_layers,
    too_few_routes,
)
from pulih.core.directory.resources import Directory, blocked_file, load_blocked, routes_left
from pulih.core.directory.taxonomy import load_taxonomy, taxonomy_file
from pulih.core.files.data import bundled_layers, questionnaire_dir, resources_file
from pulih.core.questionnaire.loading import MAX_DIRECTORY_BYTES
from pulih.core.questionnaire.model import parse_questionnaire
from pulih.core.questionnaire.problems import DataError


def check(
    paths: list[Path], today: date, resources: Sequence[Path] = (), only: bool = False
) -> int:
    """Validate questionnaire and resource files; 0 when valid, 2 when not.

    A resource file other than the bundled one is a partner file: it is checked layered over
    the bundled directory (alone with ``only``), and the check says what it adds and replaces.
    The bundled layers (directory/*.toml) are checked over resources.toml the same way.
    """
    from pulih.core.questionnaire.loading import read_toml  # late-bound: tests replace it

    if not paths:
        paths = [*sorted(questionnaire_dir().glob("*.toml")), taxonomy_file(), blocked_file()]
        if not only:
            paths += [resources_file(), *bundled_layers()]
    partners = [p for p in resources if p not in paths]
    bundled = resources_file().resolve()
    failed = False
    for path in [*paths, *partners]:
        if path.is_dir():
            print(
                f"{path}: file: is a folder; name the files (e.g. {path}/*.toml)", file=sys.stderr
            )
            failed = True
            continue
        try:
            data, text = read_toml(path, MAX_DIRECTORY_BYTES)  # the larger cap: kind unknown yet
            if "kinds" in data:
                kinds = load_taxonomy(path)
                counts = f"{len(kinds.kinds)} kinds, {len(kinds.audiences)} audiences"
                print(f"{path}: ok ({counts}, {len(kinds.interests)} interests)")
            elif "blocked" in data and "resource" not in data:
                numbers = load_blocked(path)
                print(f"{path}: ok ({len(numbers)} numbers never shown, in every directory)")
            elif "resource" in data or "blocked_numbers" in data:
                if path.resolve() == bundled and not only:
                    found = _check_directory(path, data, text, today)
                    failed |= found is None or not _enough_routes_today(path, found, today)
                elif path not in partners:
                    partners.append(path)
            else:
                questionnaire = parse_questionnaire(path, data, text)
                print(
                    f"{path}: ok ({questionnaire.id} {questionnaire.version}, "
                    f"{len(questionnaire.items)} items)"
                )
        except DataError as error:
            report_problems(error.problems)
            failed = True
    if partners:
        failed |= not _check_layers(partners, today, only)
    elif only:
        print("--resources-only: file: name at least one partner directory file", file=sys.stderr)
        failed = True
    return EXIT_BAD_INPUT if failed else 0


def _resolved(paths: Sequence[Path]) -> set[Path]:
    return {p.resolve() for p in paths}


def entries(count: int, shown: int) -> str:
    """ "1 entry, 1 shown" / "3 entries, 2 shown"."""
    return f"{count} {'entry' if count == 1 else 'entries'}, {shown} shown"


def _check_directory(
    path: Path, data: dict[str, object], text: str, today: date, partner: bool = False
) -> Directory | None:
    """One directory file on its own; prints its problems and, when valid, a summary (for a
    partner file, that it is valid on its own: the layering is checked next)."""
    directory, problems = check_file(path, data, text, today)
    report_problems(problems)
    if directory is not None:
        alone = " on its own" if partner else ""
        print(f"{path}: ok{alone} ({entries(len(directory.resources), len(directory.shown()))})")
    return directory


def _enough_routes_today(path: Path, directory: Directory, today: date) -> bool:
    """A route past its age is hidden by pulih itself and only warned about, so the calendar
    alone never fails a check; what fails is fewer routes for everyone than content-guidelines
    §3 requires (issue 24)."""
    left = routes_left(directory.resources, today)
    if left >= MIN_CRISIS_ROUTES:
        return True
    print(
        f"{path}: resource: only {left} crisis routes for everyone can be shown today (at least "
        f"{MIN_CRISIS_ROUTES} are needed): confirm the stale ones by a call or a newer source",
        file=sys.stderr,
    )
    return False


def _check_layers(partners: list[Path], today: date, only: bool) -> bool:
    """Partner files over the bundled directory (or alone): each file, then the merged view."""
    from pulih.core.questionnaire.loading import read_toml  # late-bound: tests replace it

    named = _resolved(partners)
    layers = [] if only else [p for p in bundled_layers() if p.resolve() not in named]
    files: list[tuple[Path, str, Directory]] = []
    for path in [*layers, *partners]:
        try:
            data, text = read_toml(path, MAX_DIRECTORY_BYTES)
        except DataError as error:
            report_problems(error.problems)
            return False
        if path in layers:  # part of the bundled directory, not what is being checked: quiet
            directory, problems = check_file(path, data, text, today)
            if directory is None:
                report_problems([p for p in problems if not p.warning])
                return False
        else:
            directory = _check_directory(path, data, text, today, partner=True)
            if directory is None:
                return False
        files.append((path, text, directory))
    if only:
        base_path, _, base = files[0]
        over = files[1:]
    else:
        base_path = resources_file()
        try:
            data, text = read_toml(base_path, MAX_DIRECTORY_BYTES)
        except DataError as error:
            report_problems(error.problems)
            return False
        found, problems = check_file(base_path, data, text, today)
        if found is None:
            report_problems(problems)
            return False
        base, over = found, files
    layered = layer(base, over, strict=True)
    report_problems(layered.problems)
    ok = not layered.problems
    for step in layered.layers:
        if Path(step.file) in layers:
            continue
        added = ", ".join(step.added) or "-"
        replaced = ", ".join(step.replaced) or "-"
        print(
            f"{step.file}: adds {len(step.added)} ({added}); "
            f"replaces {len(step.replaced)} ({replaced})"
        )
    merged = layered.directory
    short = too_few_routes(partners[-1], merged, today) if only else None
    if short is not None:
        report_problems([short])
        ok = False
    if ok:
        where = "partner files alone" if only else "over the bundled directory"
        print(f"merged ({where}): ok ({entries(len(merged.resources), len(merged.shown()))})")
    return ok


def coverage(today: date, resources: Sequence[Path] = (), only: bool = False) -> int:
    """``pulih check --coverage``: per province, the named entries the loaded directory gives
    (core.directory.coverage); 0 when every province names specialised care, else 1."""
    from pulih.core.content import directory_files  # --coverage only
    from pulih.core.directory.coverage import coverage as covered  # --coverage only
    from pulih.core.directory.coverage import coverage_lines  # --coverage only

    try:
        layered = load_layers(directory_files(list(resources), only), today, only=only)
    except DataError as error:
        report_problems(error.problems)
        return EXIT_BAD_INPUT
    rows = covered(layered.directory.resources, today)
    for line in coverage_lines(rows):
        print(line)
    return 0 if all(row.covered for row in rows) else 1
