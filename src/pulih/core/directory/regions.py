"""Indonesia's regions: provinces and kabupaten/kota, and how near a directory entry is.

This module is the one place that knows region names. The interface below is what the rest of
pulih uses (matching, validation, the place question); the data behind it (``regions-id.csv``,
38 provinces and 514 kabupaten/kota with their Kemendagri codes; its header names the source
and licence) is read on the first call, so nothing of it is on the first frame's import path.

INTERFACE (stable; the implementation may grow):
- ``Place``: one province or kabupaten/kota, with its official code and its province.
- ``resolve_place(text)``: a name -> ``Resolution``: the one place it means, or the places it may
  mean (then the person is asked: pulih never guesses), or nothing.
- ``find_place(text)``: the one place a name means, or None (unknown or ambiguous). Names match
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
- A bare name several places share is asked, never guessed: "Bandung" may be Kota Bandung,
  Kabupaten Bandung or Kabupaten Bandung Barat (places whose name begins with it are offered
  too); "Jambi" the province or its city. A first word several places share ("Sumba", "Lombok")
  offers them all. "Kota Bandung" or "Provinsi Jambi" is one place.
- Short forms and the names people use are aliases: official short forms (DKI, DIY, Jabar, NTT)
  in regions-id.csv, everyday names with why (Solo, Jaksel, Tangsel, Ujung Pandang, Wamena...)
  in region-aliases.toml; an alias for several places (Jogja, Irian Jaya) is asked.
- "Place, Province" ("Sleman, DI Yogyakarta") is read as the place, when it is in that province.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from typing import TYPE_CHECKING

from pulih.core.files.data import data_path
from pulih.core.text.strings import t

if TYPE_CHECKING:
    from pulih.core.text.i18n import Lang

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
class Resolution:
    """What a name means: ``place`` when one place, else ``candidates`` (several places it may
    mean, to ask about; empty when it means none)."""

    place: Place | None
    candidates: tuple[Place, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.place is None and len(self.candidates) > 1


@dataclass(frozen=True)
class _Regions:
    places: tuple[Place, ...]
    by_code: dict[str, Place]
    by_kind: dict[tuple[str, str], list[Place]]
    """(kind, squashed bare name or alias) -> the places of that kind so called."""
    exact: dict[str, list[Place]]
    """Squashed bare name or alias -> every place so called, of any kind."""
    words: list[tuple[Place, tuple[str, ...]]]
    """Each place with the words of each of its spellings (for "a first word they share")."""
    official: dict[str, Place]
    """The words of each official name ("jambi", "kota jambi") -> its place."""
    suggest: dict[str, str]
    """Squashed name or alias -> the official name to suggest."""
    spellings: dict[str, tuple[str, ...]]
    """Code -> the name as shown and its aliases."""


def _bare(name: str, kind: str) -> list[str]:
    words = _words(name)
    if kind != PROVINCE and words[0] in _PREFIX:
        words = words[1:]
    return words


def _aliases() -> list[tuple[str, list[str]]]:
    """(alias, codes) from region-aliases.toml (read with the regions; tomllib only)."""
    import tomllib  # only when the table is first read

    with data_path("region-aliases.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return [(str(a["name"]), [str(c) for c in a["places"]]) for a in data.get("alias", [])]


@cache
def _regions() -> _Regions:
    text = data_path("regions-id.csv").read_text(encoding="utf-8")
    rows = [line.split(",") for line in text.splitlines() if line and not line.startswith("#")]
    provinces: dict[str, str] = {}
    places: list[Place] = []
    names: dict[str, list[str]] = {}
    for code, name, aliases in rows[1:]:
        if "." in code:
            province = code.split(".")[0]
            kind = CITY if name.startswith("Kota ") else REGENCY
            place = Place(code, name, kind, province, provinces[province])
        else:
            provinces[code] = name
            place = Place(code, name, PROVINCE, code, name)
        places.append(place)
        names[code] = [name, *(a for a in aliases.split("|") if a)]
    for alias, codes in _aliases():
        for code in codes:
            names[code].append(alias)
    by_code = {place.code: place for place in places}
    by_kind: dict[tuple[str, str], list[Place]] = {}
    exact: dict[str, list[Place]] = {}
    words: list[tuple[Place, tuple[str, ...]]] = []
    suggest: dict[str, str] = {}
    for place in places:
        for spelling in names[place.code]:
            bare = _bare(spelling, place.kind)
            key = "".join(bare)
            for found in (by_kind.setdefault((place.kind, key), []), exact.setdefault(key, [])):
                if place not in found:
                    found.append(place)
            words.append((place, tuple(bare)))
            suggest.setdefault(key, place.name)
            suggest.setdefault("".join(_words(place.name)), place.name)
    spelled = {code: tuple(dict.fromkeys(spelling)) for code, spelling in names.items()}
    official = {" ".join(_words(place.name)): place for place in places}
    return _Regions(tuple(places), by_code, by_kind, exact, words, official, suggest, spelled)


def is_national(name: str) -> bool:
    return " ".join(_words(name)) in NATIONAL


_ASK_ORDER = {CITY: 0, REGENCY: 1, PROVINCE: 2}


def _asked(exact: list[Place], longer: list[Place]) -> tuple[Place, ...]:
    """The places to ask about: those called exactly so (a kota, a kabupaten, then the
    province), then those whose name begins with it, in code order."""
    first = sorted(exact, key=lambda p: (_ASK_ORDER[p.kind], p.code))
    rest = sorted((p for p in longer if p not in exact), key=lambda p: p.code)
    return tuple(dict.fromkeys([*first, *rest]))


def _begins(words: list[str]) -> list[Place]:
    """Places with a spelling whose words begin with ``words`` and go on ("Sumba" -> Sumba
    Timur, Sumba Barat...; never Sumbawa, a different word)."""
    size = len(words)
    typed = tuple(words)
    found: list[Place] = []
    for place, spelled in _regions().words:
        if len(spelled) > size and spelled[:size] == typed and place not in found:
            found.append(place)
    return found


def _resolve(words: list[str]) -> Resolution:
    regions = _regions()
    if not words:
        return Resolution(None)
    kind, key = _split(words)
    if kind is not None:
        named = regions.by_kind.get((kind, key), [])
        if len(named) == 1:
            return Resolution(named[0])
        if named:
            return Resolution(None, _asked(named, []))
        if kind != CITY:  # "Kabupaten X" when there is none: not another kind of X
            return Resolution(None)
    exact = regions.exact.get("".join(words), [])
    longer = [p for p in _begins(words) if p not in exact]
    if len(exact) == 1 and (exact[0].is_province or not longer):
        return Resolution(exact[0])  # "Aceh" is the province, not every Aceh regency
    if exact:  # "Nias" is Kabupaten Nias, but also Nias Selatan, Nias Utara...: asked
        return Resolution(None, _asked(exact, longer))
    longer += [p for p in _within(words) if p not in longer]  # "Toraja": Tana Toraja too
    if len(longer) == 1:
        return Resolution(longer[0])
    return Resolution(None, _asked([], longer))


def _within(words: list[str]) -> list[Place]:
    """Kabupaten/kota whose name has ``words`` after its first word ("Toraja" -> Tana Toraja):
    a name several places share in any position is asked, never guessed."""
    size = len(words)
    typed = tuple(words)
    found: list[Place] = []
    for place, spelled in _regions().words:
        if place.is_province or place in found:
            continue
        if any(spelled[i : i + size] == typed for i in range(1, len(spelled) - size + 1)):
            found.append(place)
    return found


def resolve_place(text: str) -> Resolution:
    """The place a name means, or the places it may mean (to ask), or none (module docstring).
    National names are not places."""
    if len(text) > MAX_NAME:
        return Resolution(None)
    if "," in text:
        first, _, rest = text.partition(",")
        after = _resolve(_words(rest))  # after a comma, a province ("Jambi" is not the city)
        named = [after.place] if after.place is not None else list(after.candidates)
        provinces_named = [p for p in named if p.is_province]
        within = provinces_named[0] if len(provinces_named) == 1 else None
        if within is not None:
            found = _resolve(_words(first))
            options = [found.place] if found.place is not None else list(found.candidates)
            inside = [p for p in options if p.province_code == within.code]
            if len(inside) == 1:
                return Resolution(inside[0])
            return Resolution(None, tuple(inside))
    return _resolve(_words(text))


def find_place(text: str) -> Place | None:
    """The place a name in pulih's data means (a directory entry's region, a saved result's
    place): an official name as regions-id.csv writes it is that place ("Jambi" the province,
    "Kota Jambi" the city); any other name the one place it means; None when unknown, national
    or several places. A person's typed name is read with :func:`resolve_place` instead, which
    asks about every name several places share."""
    official = _regions().official.get(" ".join(_words(text))) if len(text) <= MAX_NAME else None
    return official or resolve_place(text).place


def place_json(region: str) -> dict[str, str] | None:
    """The JSON of a person's place: {"code", "name", "province"} (None when none is given)."""
    place = find_place(region) if region.strip() else None
    if place is None:
        return None
    return {"code": place.code, "name": place.name, "province": place.province}


def place_by_code(code: str) -> Place | None:
    """A province or kabupaten/kota by its Kemendagri code ("73.71")."""
    return _regions().by_code.get(code)


def candidates_text(candidates: tuple[Place, ...] | list[Place], word: str = "or") -> str:
    """ "Kota Bandung, Kabupaten Bandung or Kabupaten Bandung Barat" (``word``: the language's
    "or"). A kabupaten/kota outside the first one's province carries its province."""
    home = candidates[0].province_code if candidates else ""
    names = [
        f"Provinsi {p.name}"
        if p.is_province
        else (p.name if p.province_code == home else p.label())
        for p in candidates
    ]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {word} " + names[-1]


def did_you_mean(text: str) -> list[str]:
    """Up to three official names close to ``text``."""
    if len(text) > MAX_NAME:
        return []
    import difflib  # only for a name not found

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


def region_problem(text: str, lang: Lang) -> str:
    """Why ``text`` is no one place, in the person's language: the places it may mean (a
    command asks for one of them), or unknown with a did-you-mean."""
    found = resolve_place(text)
    if found.ambiguous:
        places = candidates_text(found.candidates, t("place.or", lang))
        first = candidates_text(found.candidates[:1])
        return t("place.ambiguous_cli", lang, text=text, places=places, first=first)
    close = did_you_mean(text)
    hint = t("sheet.did_you_mean", lang, names=", ".join(close)) if close else ""
    return t("sheet.unknown_region", lang, name=text, hint=hint)


def unknown_region(text: str, *, national: bool = False) -> str:
    """The message for a name that is no one region: the places it may mean (it is never
    guessed), or a did-you-mean when one is close.

    ``national``: "nasional" is allowed where this name was written (a directory entry)."""
    found = resolve_place(text)
    if found.ambiguous:
        listed = candidates_text(found.candidates)
        return f"{text!r} may mean {listed}; write the one you mean"
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
