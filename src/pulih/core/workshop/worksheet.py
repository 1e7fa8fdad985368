"""``pulih worksheet``: a printable handout for a workshop, and the facilitator's guide as text.

Everything on the sheet comes from the data files (the support reflection, the directory), so a
partner's edits appear in it. The sheet holds no personal data: it is blank until a participant
writes on the paper. Two A4 pages when printed from a browser, one sheet printed on both sides:
the statements, the key and when to seek help on the first; the support map and the help near
you on the second. Text at least 10 pt, ring labels 9 pt (tests/test_workshop_print.py measures
it all).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

from pulih.core.directory.catalogue import Catalogue
from pulih.core.directory.regions import Nearness, Place, find_place, nearness
from pulih.core.directory.resources import CrisisRoute, Resource, contact_line, crisis_routes
from pulih.core.directory.route_text import route_checked, route_notes
from pulih.core.questionnaire.model import Band, Questionnaire
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t
from pulih.core.workshop.learn import Page

BOX = "☐"
MAP_ROWS = 8
"""Empty rows in the who-gives-what grid (beside the map, as tall as it)."""
LOCAL_LIMIT = 6
"""Entries for the region at most, so the sheet stays within two pages."""
LOCAL_TOTAL = 16
"""Entries in "help near you" at most (the region's first, then generic ones): two pages."""


@dataclass(frozen=True)
class KeyRow:
    """A support type in the self-scoring key: its name, its statements' numbers, its bands."""

    name: str
    description: str
    numbers: list[int]
    bands: list[str]


@dataclass(frozen=True)
class LocalHelp:
    name: str
    kind: str
    how: str
    note: str = ""
    """Where it is when that is not the place itself ("the nearest listed, in Papua")."""


@dataclass(frozen=True)
class Worksheet:
    """What the handout says, already in one language."""

    lang: Lang
    title: str
    intro: str
    prompt: str
    options: list[tuple[int, str]]
    """(number, words) for each answer: the boxes are headed by their numbers, the words sit
    in a line above the table."""
    statements: list[str]
    key: list[KeyRow]
    min_answered: int
    routes: list[CrisisRoute]
    region: str | None
    local: list[LocalHelp] = field(default_factory=list)
    """Entries listed for the region itself (or its province), nearest first."""
    everywhere: list[LocalHelp] = field(default_factory=list)
    """Kinds of place found in every area, with how to find one (never a paid app, never an
    activity found in cities only when the region is a kabupaten, never one for an audience)."""


def _number(value: float, lang: Lang) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "id" else text


def band_range(band: Band, lang: Lang, lowest: float = 1.0) -> str:
    """ "Tipis: di bawah 2,5" / "Sebagian: 2,5 sampai di bawah 3,5" / "Kuat: 3,5 ke atas"."""
    low = _number(band.lower, lang)
    if band.upper is None:
        span = t("sheet.band_from", lang, low=low)
    elif band.lower <= lowest:
        span = t("sheet.band_below", lang, high=_number(band.upper, lang))
    else:
        span = t("sheet.band_between", lang, low=low, high=_number(band.upper, lang))
    return f"{band.label(lang)}: {span}"


def is_generic(resource: Resource) -> bool:
    """A kind of place to look for nearby (posyandu, puskesmas), not one organisation: an entry
    that says how to find it near you (``how_to_find``) and has no contacts of its own."""
    return resource.how_to_find is not None and not (
        resource.url or resource.email or resource.shown_phones()
    )


def how_to_find(resource: Resource, lang: Lang) -> str:
    """How to reach an entry: its contacts, else how to find one near you (the sentence to say
    stays with the suggestions: two pages are the limit on paper)."""
    contact = contact_line(resource, lang)
    if contact:
        return contact
    return resource.how_to_find(lang) if resource.how_to_find else resource.description(lang)


def local_help(
    directory: Catalogue, place: Place | None, lang: Lang
) -> tuple[list[LocalHelp], list[LocalHelp]]:
    """(entries for the place, at most ``LOCAL_LIMIT``, nearest first; kinds of place found in
    every area). "For the place" is only what the directory lists for it or its province (and
    the specialised service named as the nearest for a province with none, said so): a kader
    in Kabupaten Sumba Barat Daya was shown national apps under "for Sumba Barat Daya"."""
    near: list[tuple[int, int, LocalHelp]] = []
    generic: list[LocalHelp] = []
    in_a_regency = place is not None and place.kind == "regency"
    for position, row in enumerate(directory.rows):
        regions, nationwide, urban, nearest_for = row[4], row[5], row[12], row[13]
        if urban and in_a_regency:
            continue
        if nationwide:
            resource = directory.resource(position)
            if is_generic(resource) and resource.cost != "paid" and not resource.audience:
                generic.append(_help(resource, lang))
            continue
        if place is None:
            continue
        how_near = nearness(place, regions)
        note = ""
        if how_near < Nearness.SAME_PROVINCE and nearest_for:
            resource = directory.resource(position)
            if any(
                (found := find_place(name)) is not None
                and found.province_code == place.province_code
                for name in resource.nearest_for
            ):
                how_near = Nearness.SAME_PROVINCE
                note = t("sheet.nearest", lang, province=resource.regions[-1])
        if how_near >= Nearness.SAME_PROVINCE:
            entry = _help(directory.resource(position), lang, note)
            near.append((-int(how_near) + (1 if note else 0), position, entry))
    near.sort(key=lambda entry: (entry[0], entry[1]))
    local = [entry for _, _, entry in near[:LOCAL_LIMIT]]
    return local, generic[: LOCAL_TOTAL - len(local)]


def _help(resource: Resource, lang: Lang, note: str = "") -> LocalHelp:
    how = how_to_find(resource, lang)
    if resource.address:
        how = (
            f"{resource.address} · {how}" if how != resource.description(lang) else resource.address
        )
    return LocalHelp(resource.title(lang), t(f"kind.{resource.kind}", lang), how, note)


def build_worksheet(
    reflection: Questionnaire,
    directory: Catalogue,
    today: date,
    lang: Lang,
    place: Place | None = None,
) -> Worksheet:
    """The handout's content from the reflection and the directory, in ``lang``."""
    key = []
    numbers = {item.id: number for number, item in enumerate(reflection.items, 1)}
    min_answered = 1
    lowest = min(option.value for option in reflection.options)
    for type_id in SUPPORT_TYPES:
        subscale = reflection.subscale_by_id.get(type_id)
        if subscale is None:
            continue
        min_answered = max(min_answered, subscale.scoring.min_answered)
        key.append(
            KeyRow(
                subscale.name(lang),
                subscale.description(lang),
                [numbers[item.id] for item in reflection.items_of(type_id)],
                [band_range(band, lang, lowest) for band in subscale.scoring.bands],
            )
        )
    region = place.name if place else None
    local, everywhere = local_help(directory, place, lang)
    return Worksheet(
        lang,
        t("sheet.title", lang),
        reflection.intro(lang),
        reflection.prompt(lang) if reflection.prompt else "",
        [(o.value, o.label(lang)) for o in reflection.options],
        [item.text(lang) for item in reflection.items],
        key,
        min_answered,
        crisis_routes(directory.crisis, today, lang, region),
        region,
        local,
        everywhere,
    )


MM = 72 / 25.4
"""Points in a millimetre: the map is drawn in points, so its font sizes are points on paper."""
MAP_ME_MM = 6.5
"""Radius of the "Saya" disc in the centre."""
MAP_RINGS_MM = (("inner", 20.5), ("middle", 31.0), ("outer", 41.5))
"""Outer radius of each ring. The inner circle is 41 mm across, leaving a band 14 mm wide
around "Saya": room to write three names by hand (it was 20 mm across, with "Saya" in it)."""
RING_LABEL_PT = 9.0
ME_PT = 11.0


MM = 72 / 25.4
"""Points in a millimetre: the map is drawn in points, so its font sizes are points on paper."""
MAP_ME_MM = 6.5
"""Radius of the "Saya" disc in the centre."""
MAP_RINGS_MM = (("inner", 20.5), ("middle", 31.0), ("outer", 41.5))
"""Outer radius of each ring. The inner circle is 41 mm across, leaving a band 14 mm wide
around "Saya": room to write three names by hand (it was 20 mm across, with "Saya" in it)."""
RING_LABEL_PT = 9.0
ME_PT = 11.0


def empty_map_svg(lang: Lang) -> str:
    """A "Saya" disc inside three rings, labelled, to draw a support map on by hand; drawn in
    points (1 unit = 1 pt) so sizes on paper are what the numbers say.

    Kept in one function so it can be swapped for the drawn maps of ``core.mapplan.mapsvg`` later.
    """
    outer = MAP_RINGS_MM[-1][1] * MM
    size = round(2 * outer + 2, 1)
    centre = size / 2
    rings = []
    shades = {"outer": "#f7f7f7", "middle": "#eeeeee", "inner": "#e2e2e2"}
    for name, radius in reversed(MAP_RINGS_MM):
        r = round(radius * MM, 1)
        label = html.escape(t(f"circle.{name}", lang))
        rings.append(
            f'<circle class="ring-{name}" cx="{centre:g}" cy="{centre:g}" r="{r:g}" '
            f'fill="{shades[name]}" stroke="#555" stroke-width="0.8"/>'
            f'<text x="{centre:g}" y="{centre - r + RING_LABEL_PT + 2:g}" text-anchor="middle" '
            f'font-size="{RING_LABEL_PT:g}" fill="#222">{label}</text>'
        )
    me_r = round(MAP_ME_MM * MM, 1)
    me = html.escape(t("sheet.me", lang))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size:g}pt" height="{size:g}pt" '
        f'viewBox="0 0 {size:g} {size:g}" role="img" '
        f'aria-label="{html.escape(t("map.title", lang))}">'
        + "".join(rings)
        + f'<circle class="me" cx="{centre:g}" cy="{centre:g}" r="{me_r:g}" fill="#fff" '
        f'stroke="#555" stroke-width="0.8"/>'
        f'<text x="{centre:g}" y="{centre + ME_PT * 0.35:g}" text-anchor="middle" '
        f'font-size="{ME_PT:g}" font-weight="bold">{me}</text></svg>'
    )


SHEET_CSS = """
@page { size: A4; margin: 8mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10pt;
       line-height: 1.2; color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2pt; }
h2 { font-size: 12pt; margin: 5pt 0 2pt; border-bottom: 1px solid #777; }
p { margin: 2pt 0; } ul { margin: 2pt 0; padding-left: 13pt; } li { margin: 1pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 1pt 3pt; border: 1px solid #999; vertical-align: top; text-align: left; }
th { background: #eee; font-weight: bold; }
.scale th.box, .scale td.box { text-align: center; width: 8mm; }
.scale td.box { font-size: 12pt; line-height: 1.05; }
.scale th.legend { font-weight: normal; }
.num { width: 7mm; text-align: right; }
.muted { color: #333; }
.notice { font-weight: bold; }
.blank { height: 16pt; }
.key .avg { width: 22mm; }
.mapgrid { width: 100%; border: 0; table-layout: fixed; }
.mapgrid td { border: 0; padding: 0; vertical-align: top; }
.mapgrid td.map { width: 86mm; }
.who { table-layout: fixed; }
.who th, .who td { border: 1px solid #999; padding: 1pt; text-align: center;
                   font-weight: normal; hyphens: auto; overflow-wrap: break-word; }
.who .name { width: 21mm; text-align: left; }
.who td.name { height: 20pt; }
.help { border: 2px solid #333; padding: 3pt 6pt; margin-top: 6pt; page-break-inside: avoid; }
.help h2 { margin-top: 0; border: 0; }
.cols { columns: 2; column-gap: 12pt; line-height: 1.2; }
.cols li { break-inside: avoid; }
.page2 { page-break-before: always; }
"""
"""At least 10 pt everywhere (the ring labels 9 pt), in one A4 column that never runs past the
margins: tests/test_workshop_print.py measures it."""


def worksheet_html(sheet: Worksheet) -> str:
    """The handout as one HTML page with its own print style (no scripts, no links out).

    Page 1: the statements, the key and when to seek help; page 2: the support map and the
    help near you."""
    lang, e = sheet.lang, html.escape
    heads = "".join(f"<th class='box'>{number}</th>" for number, _ in sheet.options)
    legend = " · ".join(f"<b>{number}</b> = {e(words)}" for number, words in sheet.options)
    boxes = "".join(f"<td class='box'>{BOX}</td>" for _ in sheet.options)
    rows = "".join(
        f"<tr><td class='num'>{n}</td><td>{e(text)}</td>{boxes}</tr>"
        for n, text in enumerate(sheet.statements, 1)
    )
    same_bands = len({tuple(row.bands) for row in sheet.key}) == 1
    key_rows = "".join(
        f"<tr><td><b>{e(row.name)}</b>: <span class='muted'>{e(row.description)}</span>"
        + ("" if same_bands else f"<br>{e(' · '.join(row.bands))}")
        + f"</td><td>{', '.join(str(n) for n in row.numbers)}</td><td class='blank avg'></td></tr>"
        for row in sheet.key
    )
    bands = (
        f"<p><b>{e(t('sheet.bands', lang))}:</b> {e(' · '.join(sheet.key[0].bands))}</p>"
        if same_bands and sheet.key
        else ""
    )
    type_heads = "".join(f"<th>{e(t(f'type.{tid}', lang))}</th>" for tid in SUPPORT_TYPES)
    grid_rows = "".join(
        "<tr><td class='name'></td>" + f"<td>{BOX}</td>" * len(SUPPORT_TYPES) + "</tr>"
        for _ in range(MAP_ROWS)
    )
    routes = (
        "".join(
            f"<li><b>{e(route.resource.title(lang))}</b> · {e(route.contact)}"
            + "".join(f" · {e(note)}" for note in route_notes(route, lang))
            + f" <span class='muted'>({e(route_checked(route, lang))})</span></li>"
            for route in sheet.routes
        )
        or f"<li>{e(t('crisis.none', lang))}</li>"
    )

    def items(entries: list[LocalHelp]) -> str:
        return "".join(
            f"<li><b>{e(entry.name)}</b> <span class='muted'>({e(entry.kind)}"
            + (f"; {e(entry.note)}" if entry.note else "")
            + f")</span>: {e(entry.how)}</li>"
            for entry in entries
        )

    local = ""
    if sheet.region:
        said = (
            t("sheet.local_for", lang, region=sheet.region)
            if sheet.local
            else t("sheet.local_none", lang, region=sheet.region)
        )
        local = f"<p><b>{e(said)}</b></p>" + (
            f"<ul class='cols'>{items(sheet.local)}</ul>" if sheet.local else ""
        )
    everywhere = (
        f"<p><b>{e(t('sheet.everywhere', lang))}</b></p>"
        f"<ul class='cols'>{items(sheet.everywhere)}</ul>"
    )
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{e(sheet.title)}</title><style>{SHEET_CSS}</style></head>
<body>
<h1>{e(sheet.title)}</h1>
<p>{e(sheet.intro)} {e(t("sheet.no_name", lang))}</p>
<p class="notice">{e(t("results.not_diagnosis", lang))}</p>
<h2>1. {e(sheet.prompt)}</h2>
<table class="scale"><tr><th class="num">#</th><th class="legend">{legend}</th>{heads}</tr>
{rows}</table>
<h2>2. {e(t("sheet.key_title", lang))}</h2>
<p>{e(t("sheet.key_how", lang, n=sheet.min_answered))}</p>
<table class="key"><tr><th>{e(t("sheet.type", lang))}</th><th>{e(t("sheet.numbers", lang))}</th>
<th class="avg">{e(t("sheet.your_average", lang))}</th></tr>
{key_rows}</table>
{bands}<p class="muted">{e(t("results.not_validated", lang))}</p>
<div class="help">
<h2>3. {e(t("sheet.help_title", lang))}</h2>
<p>{e(t("sheet.help_when", lang))}</p>
<ul>{routes}</ul>
<p class="muted">{e(t("crisis.busy", lang))}</p>
</div>
<h2 class="page2">4. {e(t("map.title", lang))}</h2>
<p>{e(t("sheet.map_how", lang))}</p>
<table class="mapgrid"><tr><td class="map">{empty_map_svg(lang)}</td><td>
<table class="who"><tr><th class="name">{e(t("map.who", lang))}</th>{type_heads}</tr>
{grid_rows}</table></td></tr></table>
<h2>5. {e(t("sheet.local_title", lang))}</h2>
<p class="muted">{e(t("sheet.local_note", lang))}</p>
{local}{everywhere}
<p class="muted">{e(t("sheet.made_by", lang))}</p>
</body></html>
"""


def worksheet_markdown(sheet: Worksheet) -> str:
    """The handout as Markdown (for editing or printing from a Markdown viewer)."""
    lang = sheet.lang
    out = [f"# {sheet.title}", "", f"{sheet.intro} {t('sheet.no_name', lang)}", ""]
    out += [f"**{t('results.not_diagnosis', lang)}**", "", f"## 1. {sheet.prompt}", ""]
    out += [
        f"| # | {t('sheet.statement', lang)} | "
        + " | ".join(f"{number} {words}" for number, words in sheet.options)
        + " |",
        "|---:|---|" + "---|" * len(sheet.options),
    ]
    for number, text in enumerate(sheet.statements, 1):
        out.append(f"| {number} | {text} | " + " | ".join(BOX for _ in sheet.options) + " |")
    out += [
        "",
        f"## 2. {t('sheet.key_title', lang)}",
        "",
        t("sheet.key_how", lang, n=sheet.min_answered),
    ]
    out.append("")
    out += [
        f"| {t('sheet.type', lang)} | {t('sheet.numbers', lang)} | "
        f"{t('sheet.your_average', lang)} | {t('sheet.bands', lang)} |",
        "|---|---|---|---|",
    ]
    for row in sheet.key:
        numbers = ", ".join(str(n) for n in row.numbers)
        out.append(f"| {row.name} | {numbers} | | {' · '.join(row.bands)} |")
    out += ["", f"*{t('results.not_validated', lang)}*", ""]
    out += [f"## 3. {t('sheet.help_title', lang)}", "", t("sheet.help_when", lang), ""]
    out += [f"- {_route_line(route, lang)}" for route in sheet.routes]
    if not sheet.routes:
        out.append(f"- {t('crisis.none', lang)}")
    out += ["", t("crisis.busy", lang), ""]
    out += [f"## 4. {t('map.title', lang)}", "", t("sheet.map_how", lang), ""]
    circles = " · ".join(t(f"circle.{name}", lang) for name in ("inner", "middle", "outer"))
    out += [f"({t('sheet.me', lang)}) → {circles}", ""]
    types = [t(f"type.{tid}", lang) for tid in SUPPORT_TYPES]
    out += [f"| {t('map.who', lang)} | " + " | ".join(types) + " |", "|---|" + "---|" * 4]
    out += ["| | " + " | ".join(BOX for _ in types) + " |" for _ in range(MAP_ROWS)]
    out += ["", f"## 5. {t('sheet.local_title', lang)}", ""]
    out += [f"*{t('sheet.local_note', lang)}*", ""]

    def items(entries: list[LocalHelp]) -> list[str]:
        return [
            f"- **{entry.name}** ({entry.kind}{'; ' + entry.note if entry.note else ''}): {entry.how}"
            for entry in entries
        ]

    if sheet.region:
        if sheet.local:
            out += [
                f"**{t('sheet.local_for', lang, region=sheet.region)}**",
                "",
                *items(sheet.local),
                "",
            ]
        else:
            out += [f"**{t('sheet.local_none', lang, region=sheet.region)}**", ""]
    out += [f"**{t('sheet.everywhere', lang)}**", "", *items(sheet.everywhere)]
    out += ["", "---", t("sheet.made_by", lang), ""]
    return "\n".join(out)


# --- the facilitator's guide, printed, with the crisis routes from the directory


def _route_line(route: CrisisRoute, lang: Lang) -> str:
    notes = "".join(f" · {note}" for note in route_notes(route, lang))
    return f"{route.resource.title(lang)} · {route.contact}{notes} ({route_checked(route, lang)})"


def guide_text(pages: list[Page], routes: list[CrisisRoute], lang: Lang) -> str:
    out = [t("guide.title", lang).upper(), ""]
    for number, page in enumerate(pages, 1):
        title, body = page.text(lang)
        out += [f"{number}. {title}", "", body, ""]
    out += [t("sheet.help_title", lang), ""]
    out += [f"• {_route_line(route, lang)}" for route in routes] or [t("crisis.none", lang)]
    out += ["", t("crisis.busy", lang), ""]
    return "\n".join(out)


def guide_markdown(pages: list[Page], routes: list[CrisisRoute], lang: Lang) -> str:
    out = [f"# {t('guide.title', lang)}", ""]
    for page in pages:
        title, body = page.text(lang)
        out += [f"## {title}", "", body.replace("• ", "- "), ""]
    out += [f"## {t('sheet.help_title', lang)}", ""]
    out += [f"- {_route_line(route, lang)}" for route in routes] or [t("crisis.none", lang)]
    out += ["", t("crisis.busy", lang), ""]
    return "\n".join(out)


def guide_html(pages: list[Page], routes: list[CrisisRoute], lang: Lang) -> str:
    e = html.escape
    sections = []
    for page in pages:
        title, body = page.text(lang)
        paragraphs = "".join(
            f"<p>{'<br>'.join(e(line) for line in block.splitlines())}</p>"
            for block in body.split("\n\n")
        )
        sections.append(f"<h2>{e(title)}</h2>{paragraphs}")
    items = "".join(f"<li>{e(_route_line(route, lang))}</li>" for route in routes)
    help_box = (
        f"<div class='help'><h2>{e(t('sheet.help_title', lang))}</h2>"
        f"<ul>{items or '<li>' + e(t('crisis.none', lang)) + '</li>'}</ul>"
        f"<p class='muted'>{e(t('crisis.busy', lang))}</p></div>"
    )
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e(t("guide.title", lang))}</title>
<style>{SHEET_CSS} body {{ font-size: 10pt; line-height: 1.4; }}</style></head>
<body><h1>{e(t("guide.title", lang))}</h1>{"".join(sections)}{help_box}
<p class="muted">{e(t("sheet.made_by", lang))}</p></body></html>
"""
