"""Make a large, valid directory: the bundled one plus generated Puskesmas-like entries."""

from __future__ import annotations

import random

from pulih.core.directory.regions import PROVINCES, find_place, places_in
from pulih.core.files.data import resources_file

KINDS = ("puskesmas", "support_group", "social_activity", "peer_support", "counselling")
TYPES = ("emotional", "instrumental", "informational", "appraisal")
MODES = ("online", "offline", "phone", "chat")
COSTS = ("free", "bpjs", "paid", "sliding")
INTERESTS = ("seni", "musik", "olahraga", "berkebun", "memasak", "membaca", "relawan", "hobi")


PUSKESMAS = """
[[resource]]
id = "puskesmas-{i:05d}"
name = "Puskesmas {i} {province}"
description = {{ id = "Puskesmas kecamatan; tanyakan layanan psikolog.", en = "District health centre; ask about its psychologist." }}
phones = [{{ number = "{number}" }}]
assured_date = 2026-10-01
support_types = ["emotional", "informational", "instrumental"]
kind = "puskesmas"
modes = ["offline", "phone"]
regions = ["{province}", "{city}"]
cost = "bpjs"
provider = "government"
confidence = "high"
sources = [{{ url = "https://example.org/puskesmas/{i}", date = "2026-10-01" }}]
"""


def _kabupaten_kota(province: str, n: int) -> str:
    """A real kabupaten/kota of ``province`` (entries' regions are checked against the map)."""
    place = find_place(province)
    assert place is not None
    places = places_in(place)
    return places[n % len(places)].name


def phone_number(i: int, rnd: random.Random) -> str:
    """A well-formed Indonesian landline number, different for each of 500,000 entries."""
    return f"0{21 + i // 10_000 % 50}-{rnd.randint(100, 999)}-{i % 10_000:04d}"


def directory_text(entries: int, seed: int = 1, community_share: float = 0.1) -> str:
    """The bundled resources.toml followed by ``entries`` generated, non-crisis entries.

    Like a national directory: mostly Puskesmas (one per district health centre), and a
    ``community_share`` of varied community entries (kinds, types, modes, costs, interests).
    """
    rnd = random.Random(seed)
    parts = [resources_file().read_text(encoding="utf-8")]
    for i in range(entries):
        if rnd.random() >= community_share:
            number = phone_number(i, rnd)
            province = rnd.choice(PROVINCES)
            city = _kabupaten_kota(province, rnd.randint(1, 514))
            parts.append(PUSKESMAS.format(i=i, province=province, city=city, number=number))
            continue
        province = rnd.choice(PROVINCES)
        kind = rnd.choice(KINDS)
        types = sorted(rnd.sample(TYPES, rnd.randint(1, 3)))
        modes = sorted(rnd.sample(MODES, rnd.randint(1, 2)))
        interests = sorted(rnd.sample(INTERESTS, rnd.randint(0, 2)))
        number = phone_number(i, rnd)
        parts.append(
            f"""
[[resource]]
id = "gen-{i:05d}"
name = "Layanan {province} {i}"
description = {{ id = "Layanan contoh nomor {i} di {province}.", en = "Sample service {i} in {province}." }}
phones = [{{ number = "{number}" }}]
assured_date = 2026-10-01
support_types = {types!r}
kind = "{kind}"
modes = {modes!r}
regions = ["{province}", "{_kabupaten_kota(province, i)}"]
cost = "{rnd.choice(COSTS)}"
interests = {interests!r}
provider = "community"
confidence = "high"
sources = [{{ url = "https://example.org/layanan/{i}", date = "2026-10-01" }}]
""".replace("'", '"')
        )
    return "".join(parts)
