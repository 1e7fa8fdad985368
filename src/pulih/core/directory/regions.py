"""Indonesia's regions: provinces and kabupaten/kota, and how near a directory entry is.

This module is the one place that knows region names. The interface below is what the rest of
pulih uses (matching, validation, the place question); the data behind it (``regions-id.csv``,
38 provinces and 514 kabupaten/kota with their Kemendagri codes; its header names the source
and licence) is read on the first call, so nothing of it is on the first frame's import path.

INTERFACE (stable; the implementation may grow):
- ``Place``: one province or kabupaten/kota, with its official code and its province.
- ``find_place(text)``: a person's or an entry's region name -> ``Place`` or None. Names match
  case-insensitively, with or without "Kabupaten"/"Kab."/"Kota"/"Provinsi".
- ``did_you_mean(text)``: up to three close official names, for error messages.
- ``provinces()`` / ``places_in(province)``: for choosing without typing.
- ``is_national(name)``: "nasional" / "national" / "indonesia".
- ``nearness(person, entry_regions)``: how near an entry is to a person (``Nearness``).

HOW NAMES ARE READ (deterministic, documented in the README):
- Case, punctuation and spacing do not matter: "Kab. Gunung Kidul" = "kabupaten gunungkidul".
  "Kab." means Kabupaten, "Kep." Kepulauan, "Prov." Provinsi, "Kotamadya"/"Kodya" Kota; the
  word "Administrasi" (Jakarta's kota and Kepulauan Seribu) may be left out.
- "Provinsi X" is only a province, "Kabupaten X" only a kabupaten, "Kota X" only a kota (when
  there is no kota X, the whole text is read as a name: "Kota Baru" is Kabupaten Kotabaru).
- A bare name shared by several places means, in this order: the province ("Bengkulu",
  "Gorontalo", "Jambi", "Yogyakarta"), else the kabupaten ("Bogor", "Malang", "Banjar"), as in
  BPS tables, where a kabupaten carries no prefix and a city is always "Kota X". Write
  "Kota Bogor" for the city.
- Common short forms are aliases in the data file: DKI, Jakarta, DIY, Jogja, Jabar, NTT, ...
- "Place, Province" ("Sleman, DI Yogyakarta") is read as the place, when it is in that province.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from functools import cache

NATIONAL = frozenset({"nasional", "national", "indonesia"})
PROVINCE, REGENCY, CITY = "province", "regency", "city"
_RANK = {PROVINCE: 0, REGENCY: 1, CITY: 2}
_WORDS = re.compile(r"[^\W_]+")
_ABBREVIATIONS = {
    "kab": "kabupaten",
    "kep": "kepulauan",
    "prov": "provinsi",
    "propinsi": "provinsi",
    "kotamadya": "kota",
    "kodya": "kota",
    "kotamadia": "kota",
}
_PREFIX = {"provinsi": PROVINCE, "kabupaten": REGENCY, "kota": CITY}
MAX_NAME = 80
"""Longer texts are not region names; they are refused without a search."""


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
        return self.kind == PROVINCE

    def label(self) -> str:
        """The name with its province: "Kabupaten Gunungkidul, DI Yogyakarta"."""
        return self.name if self.is_province else f"{self.name}, {self.province}"


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


def _words(text: str) -> list[str]:
    """Lower-case words, abbreviations written out: "Kab. Gunung-Kidul" -> kabupaten gunung kidul."""
    words = [_ABBREVIATIONS.get(w, w) for w in _WORDS.findall(text.lower())]
    if len(words) > 1 and words[0] in ("kabupaten", "kota") and words[1] == "administrasi":
        del words[1]
    return words


def _split(words: list[str]) -> tuple[str | None, str]:
    """(the kind a prefix asks for, or None; the rest squashed): spacing never matters."""
    if len(words) > 1 and words[0] in _PREFIX:
        return _PREFIX[words[0]], "".join(words[1:])
    return None, "".join(words)


@dataclass(frozen=True)
class _Regions:
    places: tuple[Place, ...]
    by_kind: dict[tuple[str, str], Place]
    """(kind, squashed bare name or alias) -> place."""
    bare: dict[str, Place]
    """Squashed bare name or alias -> the place it means (province, else kabupaten, else kota)."""
    suggest: dict[str, str]
    """Squashed name or alias -> the official name to suggest."""
    spellings: dict[str, tuple[str, ...]]
    """Code -> the name as shown and its aliases."""


def _bare(name: str, kind: str) -> list[str]:
    words = _words(name)
    if kind != PROVINCE and words[0] in _PREFIX:
        words = words[1:]
    return words


@cache
def _regions() -> _Regions:
    from pulih.core.files.data import data_path

    text = data_path("regions-id.csv").read_text(encoding="utf-8")
    rows = [line.split(",") for line in text.splitlines() if line and not line.startswith("#")]
    provinces: dict[str, str] = {}
    places: list[Place] = []
    names: list[tuple[Place, list[str]]] = []
    for code, name, aliases in rows[1:]:
        if "." in code:
            province = code.split(".")[0]
            kind = CITY if name.startswith("Kota ") else REGENCY
            place = Place(code, name, kind, province, provinces[province])
        else:
            provinces[code] = name
            place = Place(code, name, PROVINCE, code, name)
        places.append(place)
        names.append((place, [name, *(a for a in aliases.split("|") if a)]))
    by_kind: dict[tuple[str, str], Place] = {}
    bare: dict[str, Place] = {}
    suggest: dict[str, str] = {}
    for place, spellings in names:
        for spelling in spellings:
            key = "".join(_bare(spelling, place.kind))
            by_kind.setdefault((place.kind, key), place)
            known = bare.get(key)
            if known is None or _RANK[place.kind] < _RANK[known.kind]:
                bare[key] = place
            suggest.setdefault(key, place.name)
            suggest.setdefault("".join(_words(place.name)), place.name)
    spelled = {place.code: tuple(spellings) for place, spellings in names}
    return _Regions(tuple(places), by_kind, bare, suggest, spelled)


def is_national(name: str) -> bool:
    return " ".join(_words(name)) in NATIONAL


def _find(words: list[str]) -> Place | None:
    regions = _regions()
    kind, key = _split(words)
    if kind is not None:
        found = regions.by_kind.get((kind, key))
        if found is not None or kind != CITY:
            return found
    return regions.bare.get("".join(words))


def find_place(text: str) -> Place | None:
    """The place a name means, or None (national names are not places)."""
    if len(text) > MAX_NAME:
        return None
    if "," in text:
        first, _, rest = text.partition(",")
        place, within = _find(_words(first)), _find(_words(rest))
        if place is not None and within is not None and within.is_province:
            return place if place.province_code == within.code else None
    return _find(_words(text))


def did_you_mean(text: str) -> list[str]:
    """Up to three official names close to ``text``."""
    if len(text) > MAX_NAME:
        return []
    import difflib

    suggest = _regions().suggest
    _, key = _split(_words(text))
    matcher = difflib.SequenceMatcher(b=key, autojunk=False)
    scored = []
    for candidate in suggest:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75:
            score = matcher.ratio()
            if score >= 0.75:
                scored.append((-score, candidate))
    scored.sort()
    # Only names about as close as the closest one: "Jogjakrta" suggests DI Yogyakarta alone.
    best = -scored[0][0] if scored else 0.0
    close = [suggest[c] for s, c in scored if -s >= best - 0.08]
    return list(dict.fromkeys(close))[:3]


def unknown_region(text: str, *, national: bool = False) -> str:
    """The message for a name that is no region: with a did-you-mean when one is close.

    ``national``: "nasional" is allowed where this name was written (a directory entry)."""
    message = f"unknown region {text!r}"
    names = [f"'{name}'" for name in did_you_mean(text)]
    if names:
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        message += f"; did you mean {listed}?"
    else:
        message += "; use a province or kabupaten/kota name"
        message += ', or "nasional"' if national else ""
    return message


def spellings(place: Place) -> tuple[str, ...]:
    """The name as shown, then its aliases ("DI Yogyakarta", "Daerah Istimewa Yogyakarta", "DIY",
    "Jogja", ...): for choosing by typing."""
    return _regions().spellings.get(place.code, (place.name,))


def jump_key(text: str) -> str:
    """What typing is compared with: lower case, letters and digits only ("Kab. Gunung" ->
    "kabgunung")."""
    return "".join(_words(text))


def all_places() -> tuple[Place, ...]:
    """Every province, then every kabupaten/kota, in code order."""
    return _regions().places


def provinces() -> list[Place]:
    """The 38 provinces in code order (Aceh first)."""
    return [place for place in _regions().places if place.is_province]


def places_in(province: Place) -> list[Place]:
    """The kabupaten/kota of a province, in code order (kabupaten first, then kota)."""
    code = province.province_code
    return [p for p in _regions().places if p.province_code == code and not p.is_province]


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


def __getattr__(name: str) -> tuple[str, ...]:
    """``PROVINCES``: the 38 province names in code order, read on first use."""
    if name == "PROVINCES":
        return tuple(place.name for place in provinces())
    raise AttributeError(name)
