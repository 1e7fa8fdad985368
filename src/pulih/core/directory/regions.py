"""Indonesia's regions: provinces and kabupaten/kota, and how near a directory entry is.

This module is the one place that knows region names. The interface below is what the rest of
pulih uses (matching, validation, the place question); the data behind it is loaded lazily so
nothing of it is on the first frame's import path.

INTERFACE (stable; the implementation may grow):
- ``Place``: one province or kabupaten/kota, with its official code and its province.
- ``find_place(text)``: a person's or an entry's region name -> ``Place`` or None. Names match
  case-insensitively, with or without "Kabupaten"/"Kab."/"Kota"/"Provinsi".
- ``did_you_mean(text)``: up to three close official names, for error messages.
- ``provinces()`` / ``places_in(province)``: for choosing without typing.
- ``is_national(name)``: "nasional" / "national" / "indonesia".
- ``nearness(person, entry_regions)``: how near an entry is to a person (``Nearness``).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import IntEnum
from functools import cache

PROVINCES: tuple[str, ...] = (
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Kepulauan Riau",
    "Jambi",
    "Bengkulu",
    "Sumatera Selatan",
    "Kepulauan Bangka Belitung",
    "Lampung",
    "Banten",
    "DKI Jakarta",
    "Jawa Barat",
    "Jawa Tengah",
    "DI Yogyakarta",
    "Jawa Timur",
    "Bali",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
    "Sulawesi Utara",
    "Gorontalo",
    "Sulawesi Tengah",
    "Sulawesi Barat",
    "Sulawesi Selatan",
    "Sulawesi Tenggara",
    "Maluku",
    "Maluku Utara",
    "Papua",
    "Papua Barat",
    "Papua Barat Daya",
    "Papua Tengah",
    "Papua Pegunungan",
    "Papua Selatan",
)
NATIONAL = frozenset({"nasional", "national", "indonesia"})


@dataclass(frozen=True)
class Place:
    """A province (``kind == "province"``) or a kabupaten/kota (``"regency"`` / ``"city"``)."""

    code: str
    """The Kemendagri code: "34" for a province, "34.03" for a kabupaten/kota."""
    name: str
    """The official name as shown: "DI Yogyakarta", "Kabupaten Gunungkidul", "Kota Yogyakarta"."""
    kind: str
    province_code: str
    province: str

    @property
    def is_province(self) -> bool:
        return self.kind == "province"


class Nearness(IntEnum):
    """How near an entry is to a person; higher is nearer."""

    ELSEWHERE = 0
    """Only for places in another province."""
    NATIONAL = 1
    """For everyone (``nasional``), or the person gave no place."""
    SAME_PROVINCE = 2
    """For the person's province, or a kabupaten/kota in it."""
    SAME_PLACE = 3
    """For the person's own kabupaten/kota."""


def _key(text: str) -> str:
    return " ".join(text.lower().replace(".", " ").split())


@cache
def _index() -> dict[str, Place]:
    places = {}
    for number, name in enumerate(PROVINCES, 1):
        code = f"{number:02d}"  # placeholder codes until the full dataset lands
        places[_key(name)] = Place(code, name, "province", code, name)
    return places


def is_national(name: str) -> bool:
    return _key(name) in NATIONAL


def find_place(text: str) -> Place | None:
    """The place a name means, or None (national names are not places)."""
    return _index().get(_key(text))


def did_you_mean(text: str) -> list[str]:
    """Up to three official names close to ``text``."""
    names = {place.name for place in _index().values()}
    return difflib.get_close_matches(text, sorted(names), n=3, cutoff=0.6)


def provinces() -> list[Place]:
    return [place for place in _index().values() if place.is_province]


def places_in(province: Place) -> list[Place]:
    """The kabupaten/kota of a province, in code order."""
    return [p for p in _index().values() if p.province_code == province.code and not p.is_province]


def nearness(person: Place | None, entry_regions: list[str] | tuple[str, ...]) -> Nearness:
    """How near an entry for ``entry_regions`` is to ``person`` (None: no place given)."""
    if person is None or not entry_regions or any(is_national(r) for r in entry_regions):
        return Nearness.NATIONAL
    best = Nearness.ELSEWHERE
    for name in entry_regions:
        place = find_place(name)
        if place is None:
            continue
        if not person.is_province and place.code == person.code:
            return Nearness.SAME_PLACE
        if place.province_code == person.province_code:
            best = max(best, Nearness.SAME_PROVINCE)
    return best
