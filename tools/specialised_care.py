"""Build ``directory/specialised-care.toml``: named specialised mental-health care in every province.

The input is research, not code: ``tools/sources/specialised-care/*.toml`` lists each mental
hospital (RSJ) and each general hospital with a psychiatric service (RSUD poli jiwa) found for a
group of provinces, every field with the sources that confirm it (their own date, a quote), and
``layer.toml`` holds the words each entry carries, the JKN route with its sources, and the
decisions of a review (an entry to hide and why, a source to add, the nearest service for a
province that has none of its own). This script turns them into a directory layer that pulih
bundles over resources.toml, with every entry's provenance in its sources, so a refresh is a
re-run plus review:

    python tools/specialised_care.py                       # from the repository top
    python tools/specialised_care.py --registry rs.js      # cross-check kode_rs (optional)
    python tools/specialised_care.py --sirs rs.json        # landlines from the SIRS registry

``--sirs`` takes the Kemenkes SIRS hospital list as copied in the public repository
fajriyan/open-data (layanan-publik/rumah-sakit-nasional.json, "source": "kemkes.go.id", with its
own ``updated_at``; no licence stated, so only the row of each listed hospital is quoted, as a
source, never the file). It rewrites ``sirs-phones.toml`` here: for each service whose kode_rs
is in the list, in the same province and under a name that shares a distinctive word with the
research's, its registry landline becomes a source (``confirms = ["phones"]``, quoting the row)
and the number is listed; a mobile number is left out (the registry's contact may be a staff
member's own phone), so is one that is not a single valid Indonesian number. Each row left out
says why. The build then reads that file like any research, so ``--check`` needs no copy.
    pulih check && pulih check --coverage

``--registry`` takes a copy of the Kemenkes hospital registry (RS Online) as the JavaScript
array ``dataRumahSakit = [...]`` found in the public repository clumsyyyy/Milestone02_K01
(data/dataRumahSakit.js, commit 6b5f81e, 2021-08-10; no licence stated, so it is read, never
copied into pulih): each kode_rs must exist there, in the same province.

Rules (pulih's: never fill a field from memory or likelihood):
- A field is written only when a source's ``confirms`` names it; a phone number only when it
  is in that source's quote, digit for digit.
- An entry whose newest dated source is older than 36 months at the research date, or that has
  no dated source, is written with ``visible = false`` and says why (it could not be shown
  honestly); so is one the review hides.
- An entry ages by its sources about the service it is listed for (``about_service``): for a
  general hospital's psychiatric clinic (rsud_poli_jiwa) a source whose ``confirms`` has
  ``poli_jiwa`` or ``kind`` (listed only where the quote establishes the psychiatric service);
  one that shows only that the hospital operates is written with ``about_service = false`` and
  dates nothing. For a mental hospital (rsj, rsko) the whole hospital is the service.
- A phone number that is already a crisis route's (a hospital's own crisis line, listed as a
  route) is left to the route. One whose only source is the SIRS registry says so in the note.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tools" / "sources" / "specialised-care"
OUTPUT = ROOT / "directory" / "specialised-care.toml"
SIRS_OUTPUT = SOURCES / "sirs-phones.toml"
SIRS_COPY = (
    "https://github.com/fajriyan/open-data/blob/604635b4f39009f8826148d3f765c680f8e28cf7/"
    "layanan-publik/rumah-sakit-nasional.json"
)
"""The copy of the SIRS list read on 2026-12-07 (its commit); --sirs-url names another."""
GENERIC_WORDS = frozenset(
    [
        "rs",
        "rsj",
        "rsu",
        "rsud",
        "rskd",
        "rsjd",
        "rskj",
        "rsk",
        "rsdk",
        "rsko",
        "rsjko",
        "upt",
        "uptd",
        "rumah",
        "sakit",
        "jiwa",
        "umum",
        "daerah",
        "khusus",
        "provinsi",
        "prov",
        "kota",
        "kabupaten",
        "kab",
        "dr",
        "prof",
        "h",
        "hj",
        "m",
        "dan",
        "ketergantungan",
        "obat",
        "pusat",
        "kesehatan",
        "nasional",
        "regional",
        "di",
    ]
)
"""Words every hospital name shares: a registry row must share another word with the research."""
HIDE_MONTHS = 36
SPLIT_2022 = {
    "Papua Selatan": "Papua",
    "Papua Tengah": "Papua",
    "Papua Pegunungan": "Papua",
    "Papua Barat Daya": "Papua Barat",
}
"""The provinces formed in 2022, and the province each was part of in the 2021 registry."""
GOVERNMENT = (
    "pemerintah",
    "kementerian",
    "kemenkes",
    "pemprov",
    "pemkab",
    "pemkot",
    "tni",
    "polri",
)
PRIVATE = ("swasta", "pt ")
SERVICE_CONFIRMS = {"rsud_poli_jiwa": frozenset({"poli_jiwa", "kind"})}
"""Per kind, what a source must confirm to be about the service the entry is listed for; a kind
not named here (rsj, rsko: the whole hospital is psychiatric) counts every source."""


def months_between(earlier: date, later: date) -> int:
    return (
        (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)
    )


def source_day(value: str) -> date:
    return date.fromisoformat(value if len(value) == 10 else value + "-01")


def quoted(value: object) -> str:
    return json.dumps(str(value), ensure_ascii=False)


def digits(number: str) -> str:
    found = re.sub(r"\D", "", number)
    return "0" + found[2:] if found.startswith("62") else found


def load_services() -> tuple[list[dict], list[dict], list[dict]]:
    """Every researched service, every province gap, and every source added by kode_rs (a
    review's in layer.toml, the registry's in sirs-phones.toml)."""
    services, gaps, added = [], [], []
    for path in sorted(SOURCES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        added += data.get("add_source", [])
        if path.name == "layer.toml":
            continue
        for service in data.get("service", []):
            service["_file"] = path.name
            services.append(service)
        gaps += data.get("gap", [])
    return services, gaps, added


def confirmed(service: dict, field: str) -> list[dict]:
    """The sources that confirm ``field`` of a service."""
    return [s for s in service.get("sources", []) if field in s.get("confirms", [])]


def about_service(service: dict, source: dict) -> bool:
    """Whether ``source`` confirms the service ``service`` is listed for (SERVICE_CONFIRMS)."""
    if source.get("about_service") is False:  # the research says so (a registry row, say)
        return False
    needed = SERVICE_CONFIRMS.get(service["kind"])
    return needed is None or bool(needed & set(source.get("confirms", [])))


def crisis_numbers() -> dict[str, str]:
    """Each crisis route's number in the bundled directory -> the route's name."""
    data = tomllib.loads((ROOT / "resources.toml").read_text(encoding="utf-8"))
    return {
        digits(phone["number"]): entry["name"]
        for entry in data.get("resource", [])
        if entry.get("crisis")
        for phone in entry.get("phones", [])
    }


def provider(owner: str) -> str:
    text = owner.lower()
    if any(word in text for word in PRIVATE) and "organisasi" not in text:
        return "paid"
    if "organisasi" in text or "yayasan" in text:
        return "community"
    if any(word in text for word in GOVERNMENT):
        return "government"
    return "community"


def official(url: str, service: dict) -> bool:
    """A government page or the hospital's own site outranks the press."""
    host = re.sub(r"^https?://([^/]+).*$", r"\1", url).lower()
    own = re.sub(r"^https?://([^/]+).*$", r"\1", service.get("url", "")).lower()
    return host.endswith(".go.id") or (bool(own) and host == own)


def source_entry(
    source: dict, contact_fields: set[str], general: bool = False, about: bool = True
) -> str:
    confirms = list(source.get("confirms", []))
    bits = [source.get("title", "").strip()] if source.get("title") else []
    if confirms:
        bits.append("confirms " + ", ".join(confirms))
    quote = " ".join(str(source.get("quote", "")).split())
    if quote:
        bits.append(f"“{quote[:400]}”")
    fields = [f"url = {quoted(source['url'])}"]
    if source.get("date"):
        fields.append(f"date = {quoted(source['date'])}")
    fields.append(f"note = {quoted('; '.join(bits))}")
    if not (set(confirms) & contact_fields):
        fields.append("confirms_contact = false")
    if general:
        fields.append("general = true")
    elif not about:
        fields.append("about_service = false")
    return "  { " + ", ".join(fields) + " },"


def build(registry: Path | None) -> tuple[str, list[str]]:
    """The layer's text, and what the run says (warnings, counts)."""
    layer = tomllib.loads((SOURCES / "layer.toml").read_text(encoding="utf-8"))
    researched: date = layer["researched"]
    services, gaps, extras = load_services()
    said: list[str] = []
    hidden = {h["kode_rs"]: h["why"] for h in layer.get("hide", [])}
    added: dict[str, list[dict]] = {}
    for extra in extras:
        added.setdefault(extra["kode_rs"], []).append(extra)
    nearest: dict[str, list[tuple[str, str]]] = {}
    for item in layer.get("nearest", []):
        nearest.setdefault(item["kode_rs"], []).append((item["province"], item["why"]))
    gap_provinces = {g["province"] for g in gaps}
    covered = {p for items in nearest.values() for p, _ in items}
    for province in sorted(gap_provinces - covered):
        said.append(f"warning: {province} has no service and no nearest one in layer.toml")
    known = _registry(registry) if registry else None
    routes = crisis_numbers()
    out = [HEADER.format(researched=researched.isoformat())]
    seen_ids: set[str] = set()
    shown = 0
    for service in services:
        code = str(service.get("kode_rs", ""))
        for extra in added.get(code, []):
            service.setdefault("sources", []).append(extra)
            if extra.get("address") and "address" in extra.get("confirms", []):
                service["address"] = extra["address"]
            if "phones" in extra.get("confirms", []):
                service["phones"] = [*service.get("phones", []), *extra.get("phones", [])]
        if known is not None and code:
            _cross_check(service, known, said)
        entry, visible = _entry(service, layer, researched, hidden, nearest, routes, said)
        entry_id = re.search(r'^id = "([^"]+)"', entry, re.M)
        assert entry_id is not None
        if entry_id.group(1) in seen_ids:
            said.append(f"warning: {service['name']}: id {entry_id.group(1)} is used twice")
        seen_ids.add(entry_id.group(1))
        shown += visible
        out.append(entry)
    lists = len({service["_file"] for service in services})
    said.append(
        f"{len(services)} services from {lists} lists: {shown} shown, {len(services) - shown} kept hidden with why"
    )
    return "\n".join(out), said


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60]


def _entry(
    service: dict,
    layer: dict,
    researched: date,
    hidden: dict[str, str],
    nearest: dict[str, list[tuple[str, str]]],
    routes: dict[str, str],
    said: list[str],
) -> tuple[str, bool]:
    code = str(service.get("kode_rs", ""))
    name = service["name"]
    kind = service["kind"]
    notes: list[str] = []
    lines = [
        "[[resource]]",
        f"id = {quoted('rs-' + (code or _slug(name)))}",
        f"name = {quoted(name)}",
    ]
    owner = service.get("owner", "")
    if owner:
        lines.append(f"organization = {quoted(owner)}")
    words = dict(layer["describe"][kind])
    igd = service.get("igd_24h") if confirmed(service, "igd_24h") else None
    if igd is True:
        words = {k: f"{v} {layer['describe']['igd'][k]}" for k, v in words.items()}
    lines.append(f"description = {{ id = {quoted(words['id'])}, en = {quoted(words['en'])} }}")
    if service.get("address") and confirmed(service, "address"):
        lines.append(f"address = {quoted(service['address'])}")
    phones: list[tuple[str, bool]] = []
    # a number is the riskiest thing to get wrong: only one a source within 36 months holds
    fresh = [
        s
        for s in confirmed(service, "phones")
        if s.get("date") and months_between(source_day(str(s["date"])), researched) <= HIDE_MONTHS
    ]
    quotes = " ".join(str(s.get("quote", "")) for s in fresh)
    in_quotes = {digits(n) for n in re.findall(r"(?:\+?62|0)[\d\s().\-]{6,}\d", quotes)}
    for raw in service.get("phones", []):
        whatsapp = raw.startswith("wa:")
        number = raw.removeprefix("wa:").strip()
        if digits(number) in routes:
            notes.append(
                f"its line {number} is listed as the crisis route {routes[digits(number)]}"
            )
            continue
        if digits(number) not in in_quotes:
            why = (
                "no source within 36 months holds it"
                if confirmed(service, "phones")
                else "no source holds it"
            )
            notes.append(f"the number {number} is left out: {why}")
            continue
        if any(digits(p[0]) == digits(number) for p in phones):
            phones = [
                (n, w or whatsapp) if digits(n) == digits(number) else (n, w) for n, w in phones
            ]
            continue
        phones.append((number, whatsapp))
        others = " ".join(str(s.get("quote", "")) for s in fresh if not s.get("registry"))
        if digits(number) not in {
            digits(n) for n in re.findall(r"(?:\+?62|0)[\d\s().\-]{6,}\d", others)
        }:
            notes.append(
                f"Its phone {number} is the one in the Kemenkes hospital registry (SIRS); no "
                "page of the last 36 months confirms it"
            )
    if phones:
        listed = ", ".join(
            f"{{ number = {quoted(n)}{', whatsapp = true' if w else ''} }}" for n, w in phones
        )
        lines.append(f"phones = [{listed}]")
    if service.get("url") and confirmed(service, "url"):
        lines.append(f"url = {quoted(service['url'])}")
    if igd is not None:
        lines.append(f"igd_24h = {'true' if igd else 'false'}")
    has_address = bool(service.get("address") and confirmed(service, "address"))
    for field in ("ask",) if has_address else ("how_to_find", "ask"):
        text = {k: v.format(name=name) for k, v in layer[field].items()}
        lines.append(f"{field} = {{ id = {quoted(text['id'])}, en = {quoted(text['en'])} }}")
    access = layer["access"]
    lines.append(f"access = {{ id = {quoted(access['id'])}, en = {quoted(access['en'])} }}")
    for warned in layer.get("caveat", []):  # a review's warning shown with the entry
        if str(warned["kode_rs"]) == code:
            text = warned["text"]
            lines.append(f"caveat = {{ id = {quoted(text['id'])}, en = {quoted(text['en'])} }}")
            notes.append(f"Caveat by review: {warned['why']}")
    if code:
        lines.append(f'kode_rs = "{code}"')
    lines.append(f"assured_date = {researched.isoformat()}")
    lines.append('kind = "hospital"')
    lines.append('modes = ["offline"]')
    regions = (
        [service["regency"]] if service.get("regency") and confirmed(service, "regency") else []
    )
    regions.append(service["province"])
    lines.append(f"regions = [{', '.join(quoted(r) for r in regions)}]")
    for_provinces = nearest.get(code, [])
    if for_provinces:
        lines.append(f"nearest_for = [{', '.join(quoted(p) for p, _ in for_provinces)}]")
        notes += [f"the nearest listed service for {p}: {why}" for p, why in for_provinces]
    lines.append('cost = "bpjs"')
    lines.append(f'provider = "{provider(owner)}"')
    # a registry row dates nothing and adds no confidence: registries keep rows of the past
    dated = [
        source_day(str(s["date"]))
        for s in service.get("sources", [])
        if s.get("date") and not s.get("registry")
    ]
    # the entry ages by its sources about the service (a hospital's news dates no poli jiwa)
    newest = max(
        (
            source_day(str(s["date"]))
            for s in service.get("sources", [])
            if s.get("date") and about_service(service, s)
        ),
        default=None,
    )
    what = "source" if kind not in SERVICE_CONFIRMS else "source about the psychiatric service"
    recent_official = [
        s
        for s in service.get("sources", [])
        if s.get("date")
        and not s.get("registry")
        and months_between(source_day(str(s["date"])), researched) <= HIDE_MONTHS
        and official(s["url"], service)
    ]
    recent = [d for d in dated if months_between(d, researched) <= HIDE_MONTHS]
    confidence = "high" if recent_official or len(recent) >= 2 else "medium"
    lines.append(f'confidence = "{confidence}"')
    lines.append('verified = "desk"')
    visible = True
    if code in hidden:
        visible = False
        notes.insert(0, f"Hidden by review: {hidden[code]}")
    elif newest is None:
        visible = False
        notes.insert(0, f"Hidden: no dated {what} was found, so it cannot be shown honestly")
    elif months_between(newest, researched) > HIDE_MONTHS:
        visible = False
        age = months_between(newest, researched)
        notes.insert(0, f"Hidden: its newest dated {what} is {age} months old at the research date")
    if not visible:
        lines.append("visible = false")
    if service.get("status_note"):
        notes.append(" ".join(str(service["status_note"]).split()))
    notes.append(f"Researched in tools/sources/specialised-care/{service['_file']}")
    lines.append(f"note = {quoted('. '.join(n.rstrip('.') for n in notes) + '.')}")
    contact = {"address", "phones", "url"}
    sources = [
        source_entry(s, contact, about=about_service(service, s))
        for s in service.get("sources", [])
    ]
    sources += [
        source_entry(dict(s, confirms=["access"]), contact, general=True)
        for s in layer["access_sources"]
    ]
    lines.append("sources = [\n" + "\n".join(dict.fromkeys(sources)) + "\n]")
    return "\n".join(lines) + "\n", visible


def _registry(path: Path) -> dict[str, dict]:
    text = path.read_text(encoding="utf-8")
    rows = json.loads(text[text.index("[") :].rstrip().rstrip(";"))
    return {str(row["d.kode_rs"]): row for row in rows}


def _cross_check(service: dict, known: dict[str, dict], said: list[str]) -> None:
    code = str(service["kode_rs"])
    row = known.get(code)
    if row is None:
        said.append(f"note: {service['name']}: kode_rs {code} is not in the 2021 registry copy")
        return
    province = (
        row["d.nama_prop"]
        .replace("D I ", "DI ")
        .title()
        .replace("Di ", "DI ")
        .replace("Dki ", "DKI ")
    )
    formed_from = SPLIT_2022.get(service["province"])  # the registry copy is from 2021
    if province.lower() not in (service["province"].lower(), (formed_from or "").lower()):
        said.append(
            f"warning: {service['name']}: kode_rs {code} is in {province} in the registry, "
            f"not {service['province']}"
        )


def _words(name: str) -> set[str]:
    """The distinctive words of a hospital's name (lower case, without GENERIC_WORDS)."""
    found = re.findall(r"[a-z0-9]+", name.lower().replace("-", " "))
    return {w for w in found if w not in GENERIC_WORDS and len(w) > 1}


def _same_province(registry: str, research: str) -> bool:
    def plain(name: str) -> str:
        name = name.lower().replace("daerah istimewa ", "").replace("d.i. ", "")
        return re.sub(r"^(di|dki) ", "", name).strip()

    formed_from = SPLIT_2022.get(research, research)
    return plain(registry) in (plain(research), plain(formed_from))


def sirs_phones(path: Path, url: str) -> tuple[str, list[str]]:
    """sirs-phones.toml from a copy of the SIRS list: one source per hospital whose landline
    can be listed, and why each other researched hospital's row was left out."""
    sys.path.insert(0, str(ROOT / "src"))
    from pulih.core.questionnaire.validate import phone_problem  # the check pulih runs

    data = json.loads(path.read_text(encoding="utf-8"))
    rows = {str(row["kode_rs"]): row for row in data["data"]}
    updated = str(data["updated_at"])[:10]
    services, _, _ = load_services()
    out = [
        "# GENERATED by tools/specialised_care.py --sirs from the Kemenkes SIRS hospital list as copied in",
        f"# {url}",
        f'# ("source": "{data["source"]}", "updated_at": "{data["updated_at"]}", {data["count"]} hospitals).',
        "# Do not edit by hand: re-run with a newer copy. Each source quotes one hospital's row; its",
        "# landline is listed with the entry. Rows left out, and why:",
    ]
    kept: list[str] = []
    left: list[str] = []
    listed = 0
    for service in services:
        code = str(service.get("kode_rs", ""))
        row = rows.get(code)
        name = service["name"]
        if row is None:
            left.append(
                f"{name}: {'no kode_rs' if not code else f'kode_rs {code} is not in the list'}"
            )
            continue
        telephone = str(row.get("telepon") or "").strip().rstrip(";").strip()
        if not _same_province(str(row.get("provinsi", "")), service["province"]):
            left.append(f"{name}: the list puts {code} in {row.get('provinsi')}")
        elif not _words(name) & _words(str(row["nama_rs"])):
            left.append(f"{name}: the list names {code} {row['nama_rs']!r}")
        elif not telephone or telephone == "-":
            left.append(f"{name}: the list has no phone")
        elif phone_problem(telephone):
            left.append(f"{name}: {telephone!r} is not one valid Indonesian number")
        elif re.sub(r"\D", "", telephone).removeprefix("62").lstrip("0").startswith("8"):
            left.append(f"{name}: {telephone} is a mobile number (may be a staff member's own)")
        else:
            quote = ", ".join(
                f"{quoted(key)}: {quoted(row.get(key, ''))}"
                for key in ("kode_rs", "nama_rs", "provinsi", "kab_kota", "telepon")
            )
            listed += 1
            kept += [
                "",
                "[[add_source]]",
                f"kode_rs = {quoted(code)}",
                f"phones = [{quoted(telephone)}]",
                f"url = {quoted(url)}",
                f"date = {quoted(updated)}",
                f"title = {quoted('Kemenkes SIRS hospital list, the row of ' + str(row['nama_rs']) + ' (' + str(row.get('detail_url', '')) + ')')}",
                'confirms = ["phones"]',
                f"quote = {quoted(quote)}",
                "about_service = false",
                "registry = true",
            ]
    out += [f"#   {line}" for line in left]
    said = [f"sirs: {listed} landlines listed, {len(left)} researched services left out"]
    return "\n".join(out + kept) + "\n", said


HEADER = """# pulih directory layer: specialised mental-health care in every province (mental hospitals, and
# general hospitals with a psychiatric service), layered over resources.toml like a partner file.
#
# GENERATED by tools/specialised_care.py from tools/sources/specialised-care/*.toml (researched
# {researched}). Do not edit by hand: correct the research or layer.toml there, then re-run.
# Every field is confirmed by a source listed with its entry (its note says what it confirms,
# quoting it); a phone number is written only when a quote holds it digit for digit. An entry
# that cannot be shown honestly (no dated source, a newest source older than 36 months, or a
# review's decision) is kept with visible = false and says why. A general hospital's entry ages by
# its sources about the psychiatric service: one that shows only that the hospital operates is
# listed with about_service = false, as provenance, and dates nothing.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registry", type=Path, help="a copy of the RS Online registry (JS)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file would change")
    parser.add_argument("--sirs", type=Path, help="a copy of the SIRS hospital list (JSON)")
    parser.add_argument("--sirs-url", default=SIRS_COPY, help="where that copy was read")
    args = parser.parse_args(argv)
    if args.sirs is not None:
        phones, said = sirs_phones(args.sirs, args.sirs_url)
        print(*said, sep="\n", file=sys.stderr)
        SIRS_OUTPUT.write_bytes(phones.encode("utf-8"))
        print(f"wrote {SIRS_OUTPUT}", file=sys.stderr)
    text, said = build(args.registry)
    for line in said:
        print(line, file=sys.stderr)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is not what the sources build: re-run", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(text.encode("utf-8"))
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
