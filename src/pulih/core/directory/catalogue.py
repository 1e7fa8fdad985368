"""The directory as pulih uses it at run time: compact rows for ranking, full entries on demand.

Validating a national directory (~10,000 entries) takes seconds, so the validated result can be
cached in the user's cache folder, keyed by the file's content. A warm start reads the cache
(marshal: plain tuples and strings) instead of parsing TOML. With ``cache_dir=None`` (demo,
--no-save) nothing is written anywhere and everything stays in memory.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import marshal
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from pulih import __version__
from pulih.core.directory.layers import load_layers, too_few_routes
from pulih.core.directory.resources import Directory, Resource, blocked_file, is_stale
from pulih.core.files.data import bundled_layers, resources_file
from pulih.core.files.folders import ensure_private_dir
from pulih.core.files.ledger import Ledger
from pulih.core.files.paths import platform_places
from pulih.core.questionnaire.loading import MAX_DIRECTORY_BYTES, read_capped
from pulih.core.questionnaire.problems import DataError, Problem

CACHE_FORMAT = 7  # 7: a source may say about_service = false (it dates nothing)
CACHE_MIN_BYTES = 256 * 1024
"""Smaller directories (the bundled one is ~50 KB) load fast enough: no cache, nothing written."""

Row = tuple[
    str,  # id
    str,  # kind
    frozenset[str],  # support types
    frozenset[str],  # modes
    tuple[str, ...],  # regions, lower case
    bool,  # nationwide
    frozenset[str],  # interests, lower case
    frozenset[str],  # audience, lower case
    str,  # cost
    frozenset[int],  # regions as positions in Catalogue.region_names
    int,  # profile: position in Catalogue.profiles
    bool,  # stale: its newest source is older than 24 months (never leads)
    bool,  # urban: found in cities only (never near a person in a kabupaten)
    frozenset[int],  # nearest_for: provinces it is the nearest listed service for
]
"""One shown, non-crisis entry, reduced to what ranking needs."""

Profile = tuple[str, frozenset[str], frozenset[str], str, frozenset[str], frozenset[str]]
"""What ranking sees of an entry apart from its region: kind, types, modes, cost, interests,
audience. A national directory of Puskesmas has few profiles, so a query scores each profile
once and each entry with a single multiplication."""


def _row(
    resource: Resource,
    region_ids: dict[str, int],
    profiles: dict[Profile, int],
    today: date | None,
) -> Row:
    regions = tuple(r.lower() for r in resource.regions)
    nearest = [r.lower() for r in resource.nearest_for]
    types = frozenset(resource.support_types)
    modes = frozenset(resource.modes)
    interests = frozenset(i.lower() for i in resource.interests)
    audience = frozenset(a.lower() for a in resource.audience)
    profile = (resource.kind, types, modes, resource.cost, interests, audience)
    return (
        resource.id,
        resource.kind,
        types,
        modes,
        regions,
        resource.nationwide,
        interests,
        audience,
        resource.cost,
        frozenset(region_ids.setdefault(r, len(region_ids)) for r in regions),
        profiles.setdefault(profile, len(profiles)),
        today is not None and is_stale(resource, today),
        resource.urban,
        frozenset(region_ids.setdefault(r, len(region_ids)) for r in nearest),
    )


@dataclass
class Catalogue:
    """Shown entries: crisis routes as full entries, the rest as rows plus their raw data."""

    crisis: list[Resource]
    rows: list[Row]
    raw: list[str]
    interest_names: list[str]
    region_names: list[str]
    profiles: list[Profile]
    warnings: list[Problem] = field(default_factory=list)
    """What a partner file tried and was ignored (a crisis route replaced, say): one line each."""

    def __post_init__(self) -> None:
        self._resources: dict[int, Resource] = {}

    @property
    def audience_names(self) -> list[str]:
        """The audiences of shown entries, sorted."""
        return sorted({a for profile in self.profiles for a in profile[5]})

    @classmethod
    def from_directory(cls, directory: Directory, today: date | None = None) -> Catalogue:
        """The entries that may be shown ``today`` (an entry other than a crisis route aged
        more than 36 months, or undated, is not: content-guidelines §3). Without ``today``
        (tests of ranking alone) no entry ages."""
        shown = directory.shown(today)
        others = [r for r in shown if not r.crisis]
        interests = sorted({i for r in shown for i in r.interests})
        region_ids: dict[str, int] = {}
        profiles: dict[Profile, int] = {}
        catalogue = cls(
            [r for r in shown if r.crisis],
            [_row(r, region_ids, profiles, today) for r in others],
            [r.model_dump_json(by_alias=True, exclude_defaults=True) for r in others],
            interests,
            list(region_ids),
            list(profiles),
        )
        catalogue._resources = dict(enumerate(others))
        return catalogue

    def resource(self, position: int) -> Resource:
        """The full entry of ``rows[position]``, validated when first needed."""
        found = self._resources.get(position)
        if found is None:
            found = Resource.model_validate(
                json.loads(self.raw[position]), context={"cached": True}
            )
            self._resources[position] = found
        return found

    def find(self, resource_id: str) -> Resource | None:
        """An entry by id (crisis or not); None when it is not shown."""
        for resource in self.crisis:
            if resource.id == resource_id:
                return resource
        position = self._positions.get(resource_id)
        return None if position is None else self.resource(position)

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {row[0]: position for position, row in enumerate(self.rows)}

    def __len__(self) -> int:
        return len(self.crisis) + len(self.rows)

    # --- the cache

    def _dump(self, key: str) -> bytes:
        crisis = [r.model_dump_json(by_alias=True) for r in self.crisis]
        rows = [tuple(row) for row in self.rows]
        warnings = [(p.file, p.line, p.field, p.message) for p in self.warnings]
        parts = (crisis, rows, self.raw, self.interest_names, self.region_names, self.profiles)
        body = marshal.dumps((CACHE_FORMAT, key, *parts, warnings))
        return hashlib.sha256(body).digest() + body  # a changed byte is a miss, not a crash

    @classmethod
    def _load(cls, data: bytes, key: str) -> Catalogue | None:
        """The cached catalogue, or None for anything else: another format or key, a file
        cut short or changed by even a byte (its checksum), or contents of the wrong shape.
        A cache is never a reason not to start: the directory is then read again."""
        digest, body = data[:32], data[32:]
        if hashlib.sha256(body).digest() != digest:
            return None
        gc.disable()  # millions of small objects: collecting midway only costs time
        try:
            loaded = marshal.loads(body)
            form, found_key, crisis, rows, raw, interests, regions, profiles, warned = loaded
            if form != CACHE_FORMAT or found_key != key:
                return None
            resources = [
                Resource.model_validate(json.loads(r), context={"cached": True}) for r in crisis
            ]
            problems = [Problem(f, line, name, message, True) for f, line, name, message in warned]
            return cls(resources, rows, raw, interests, regions, profiles, problems)
        except Exception:  # whatever is wrong with a cache, it is only a cache
            return None
        finally:
            gc.enable()


def cache_key(content: bytes | Sequence[bytes], today: date | None = None) -> str:
    """Changes with every file of the merged directory, pulih's version, the cache format and
    the day (an entry may come of age, or be too old to show, from one day to the next)."""
    parts = [content] if isinstance(content, bytes) else list(content)
    day = today.isoformat() if today else ""
    digest = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}/{len(parts)}/{day}".encode())
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def _enough_routes(path: Path, catalogue: Catalogue, today: date) -> None:
    """With --resources-only, a cached directory still needs three crisis routes."""
    short = too_few_routes(path, catalogue.crisis, today)
    if short is not None:
        raise DataError([short])


def _build(files: Sequence[Path], today: date, only: bool) -> Catalogue:
    layered = load_layers(files, today, only=only)
    catalogue = Catalogue.from_directory(layered.directory, today)
    catalogue.warnings = layered.problems
    return catalogue


def load_catalogue(
    files: Path | Sequence[Path],
    today: date,
    cache_dir: Path | None = None,
    *,
    only: bool = False,
) -> Catalogue:
    """Load a directory (``files[0]``, with the rest layered over it: layers.py), from the cache
    when it holds these exact files; DataError when invalid.

    Only a large directory is cached, only when valid, in ``cache_dir`` (0700), as a 0600 file
    written atomically, keyed by the content of every file; a damaged cache file is ignored and
    replaced.
    """
    paths = [files] if isinstance(files, Path) else list(files)
    try:
        # pulih's own files never make a cache: only a large partner directory does (with the
        # bundled directory alone, nothing is written: README, privacy)
        size = sum(path.stat().st_size for path in paths if not _bundled(path))
    except OSError:
        size = 0  # reading will say which file is missing
    if cache_dir is None or size < CACHE_MIN_BYTES:
        return _build(paths, today, only)
    try:
        # pulih's own blocked list is part of every directory: a change to it is a new key
        contents = [read_capped(p, MAX_DIRECTORY_BYTES) for p in [*paths, blocked_file()]]
        key = cache_key(contents, today)
    except (OSError, DataError):
        return _build(paths, today, only)
    cache_file = cache_dir / f"directory-{key[:16]}.cache"
    with contextlib.suppress(OSError):
        cached = Catalogue._load(cache_file.read_bytes(), key)
        if cached is not None:
            if only:
                _enough_routes(paths[-1], cached, today)
            return cached
    catalogue = _build(paths, today, only)
    with contextlib.suppress(OSError):
        _write_private(cache_dir, cache_file, catalogue._dump(key))
    return catalogue


def _write_private(folder: Path, target: Path, data: bytes) -> None:
    """Write the cache file atomically as 0600, in a folder made 0700 if missing; every name
    is recorded in the folder's ledger before it is made, and only recorded caches are
    replaced (a file that merely looks like one is left alone)."""
    ledger = Ledger(folder, ("directory-*.cache", ".directory-*.tmp"), ours=_platform(folder))
    ensure_private_dir(folder, ledger)  # 0700, parents too, whatever the umask; recorded
    recorded = ledger.files()
    for name in recorded:
        old = folder / name
        if old != target and name.startswith("directory-") and name.endswith(".cache"):
            with contextlib.suppress(OSError):
                if old.is_file() and not old.is_symlink():
                    old.unlink()
    if (target.exists() or target.is_symlink()) and target.name not in recorded:
        return  # someone else's file has this name: it stays, and nothing is cached
    temporary = folder / f".directory-{os.getpid()}-{secrets.token_hex(6)}.tmp"
    ledger.record(temporary.name)
    ledger.record(target.name)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    handle = os.open(temporary, flags, 0o600)
    try:
        try:
            os.write(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _bundled(path: Path) -> bool:
    return path.resolve() in {p.resolve() for p in (resources_file(), *bundled_layers())}


def _platform(folder: Path) -> bool:
    """Whether ``folder`` is the platform's cache folder named for pulih (an earlier pulih's
    caches there are adopted by the ledger)."""
    here = os.path.abspath(folder)
    return any(os.path.abspath(p) == here for p in platform_places())
