"""The worksheet prints for the people in the room (issue 25 part B): text at least 10 pt, ring
labels at least 9 pt, an inner ring wide enough to write three names, nothing past the A4
margins, and the two pages it promises.

The sheet's CSS and SVG are read as text, every size converted to points; then weasyprint lays
the sheet out (skipped where it cannot load) and every table row and box is measured against
the page."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from pulih.core.content import Content
from pulih.core.directory.regions import find_place
from pulih.core.directory.resources import crisis_routes
from pulih.core.text.strings import t
from pulih.core.workshop.learn import GUIDE_FILE, load_pages
from pulih.core.workshop.worksheet import (
    LOCAL_LIMIT,
    LOCAL_TOTAL,
    LocalHelp,
    build_worksheet,
    guide_html,
    worksheet_html,
)
from tests.conftest import TODAY

BODY_MIN_PT = 10.0
RING_LABEL_MIN_PT = 9.0
INNER_CIRCLE_MIN_MM = 40.0
"""The inner circle's diameter (20 mm before issue 25)."""
INNER_BAND_MIN_MM = 12.0
"""The band between the "Saya" disc and the inner circle's edge, where names are written: two
lines of handwriting all round (three names: above, below and beside "Saya")."""
A4_WIDTH_MM = 210.0
PT_PER = {"pt": 1.0, "px": 0.75, "mm": 72 / 25.4, "cm": 720 / 25.4, "in": 72.0, "pc": 12.0}


def to_pt(value: str, em_pt: float | None = None) -> float:
    """'10pt', '13px', '3.5mm', '1.2em', '90%' in points (em and % of ``em_pt``)."""
    match = re.fullmatch(r"\s*([0-9.]+)\s*([a-z%]*)\s*", value)
    assert match, f"not a size: {value!r}"
    number, unit = float(match[1]), match[2] or "px"
    if unit in ("em", "rem", "%"):
        assert em_pt is not None, f"{value} needs the body size"
        return number * em_pt / (100 if unit == "%" else 1)
    assert unit in PT_PER, f"unknown unit in {value!r}"
    return number * PT_PER[unit]


def to_mm(value: str) -> float:
    return to_pt(value) * 25.4 / 72


def css_rules(css: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, declarations) for each rule, @page included; comments dropped."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip().lower()] = value.strip()
        rules.append((" ".join(selector.split()), declarations))
    return rules


def styles(page: str) -> str:
    return "\n".join(re.findall(r"<style>(.*?)</style>", page, flags=re.S))


def font_sizes_pt(page: str) -> dict[str, float]:
    """Every font-size the page sets, in its CSS and in style attributes, in points."""
    rules = css_rules(styles(page))
    body = [d["font-size"] for s, d in rules if s == "body" and "font-size" in d]
    assert body, "the body sets its size"
    body_pt = to_pt(body[-1])
    sizes = {}
    for selector, declarations in rules:
        size = declarations.get("font")
        if size:  # the shorthand: "bold 9pt sans-serif"
            found = re.search(r"([0-9.]+(?:pt|px|mm|em|rem|%))", size)
            if found:
                sizes[f"{selector} (font)"] = to_pt(found[1], body_pt)
        if "font-size" in declarations:
            sizes[selector] = to_pt(declarations["font-size"], body_pt)
    for number, inline in enumerate(re.findall(r'style="([^"]*)"', page)):
        found = re.search(r"font-size\s*:\s*([^;]+)", inline)
        if found:
            sizes[f"style attribute {number}"] = to_pt(found[1], body_pt)
    return sizes


class SvgReader(HTMLParser):
    """The map's circles (class, radius) and texts (font size, words), in its own units."""

    def __init__(self) -> None:
        super().__init__()
        self.width = ""
        self.view_width = 0.0
        self.circles: list[tuple[str, float]] = []
        self.texts: list[tuple[float, str]] = []
        self._size: float | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "svg":
            self.width = found["width"]
            self.view_width = float(found["viewbox"].split()[2])
        elif tag == "circle":
            self.circles.append((found.get("class", ""), float(found["r"])))
        elif tag == "text":
            self._size = float(found.get("font-size", "16"))

    def handle_data(self, data: str) -> None:
        if self._size is not None:
            self.texts.append((self._size, data))
            self._size = None

    @property
    def pt_per_unit(self) -> float:
        return to_pt(self.width) / self.view_width


def read_map(page: str) -> SvgReader:
    svg = re.search(r"<svg.*?</svg>", page, flags=re.S)
    assert svg, "the sheet draws the empty map"
    reader = SvgReader()
    reader.feed(svg[0])
    return reader


def sheets(content: Content) -> list[tuple[str, str]]:
    """Sheets with no region, a region with its own crisis line, and the longest a directory
    can make, in both languages."""
    out = []
    for lang in ("id", "en"):
        for region in (None, "DKI Jakarta"):
            place = find_place(region) if region else None
            sheet = build_worksheet(content.reflection, content.directory, TODAY, lang, place)  # type: ignore[arg-type]
            out.append((f"{lang}-{region}", worksheet_html(sheet)))
        long = LocalHelp(
            "Kelompok Dukungan Sebaya Kecamatan Dengan Nama Panjang",
            t("kind.support_group", lang),  # type: ignore[arg-type]
            "https://contoh-organisasi-mitra.or.id/layanan · 0812-3456-7890 · "
            "WhatsApp 0812-3456-7890",
        )
        fullest = replace(
            sheet,
            local=[long] * LOCAL_LIMIT,
            everywhere=[long] * (LOCAL_TOTAL - LOCAL_LIMIT),
        )
        out.append((f"{lang}-fullest", worksheet_html(fullest)))
    return out


# --- read from the sheet's own CSS and SVG


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_font_size_is_at_least_10_pt(content: Content, lang: str) -> None:
    sheet = build_worksheet(content.reflection, content.directory, TODAY, lang)  # type: ignore[arg-type]
    guide = guide_html(
        load_pages(GUIDE_FILE),
        crisis_routes(content.directory.crisis, TODAY, lang),  # type: ignore[arg-type]
        lang,  # type: ignore[arg-type]
    )
    for page in (worksheet_html(sheet), guide):
        sizes = font_sizes_pt(page)
        assert sizes
        small = {selector: round(size, 2) for selector, size in sizes.items() if size < BODY_MIN_PT}
        assert not small, f"under {BODY_MIN_PT} pt: {small}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_map_prints_labels_of_9_pt_and_an_inner_ring_for_three_names(
    content: Content, lang: str
) -> None:
    sheet = build_worksheet(content.reflection, content.directory, TODAY, lang)  # type: ignore[arg-type]
    svg = read_map(worksheet_html(sheet))
    scale = svg.pt_per_unit
    me = t("sheet.me", lang)  # type: ignore[arg-type]
    for size, words in svg.texts:
        least = BODY_MIN_PT if words == me else RING_LABEL_MIN_PT
        assert size * scale >= least - 1e-6, f"{words!r} prints at {size * scale:.2f} pt"
    labels = {t(f"circle.{name}", lang) for name in ("inner", "middle", "outer")}  # type: ignore[arg-type]
    assert labels <= {words for _, words in svg.texts}
    mm_per_unit = scale * 25.4 / 72
    core = [r for cls, r in svg.circles if cls == "me"]
    rings = sorted(r for cls, r in svg.circles if cls != "me")
    assert len(rings) == 3
    inner = rings[0] * mm_per_unit
    assert 2 * inner >= INNER_CIRCLE_MIN_MM, f"inner circle {2 * inner:.1f} mm across"
    band = inner - (core[0] * mm_per_unit if core else 0.0)
    assert band >= INNER_BAND_MIN_MM, f"{band:.1f} mm to write names in"
    outer = rings[-1] * mm_per_unit
    page = [
        d["margin"].split() for s, d in css_rules(styles(worksheet_html(sheet))) if s == "@page"
    ]
    side = to_mm(page[0][1 if len(page[0]) > 1 else 0])  # "8mm 12mm": top and bottom, sides
    assert 2 * outer + 2 * side <= A4_WIDTH_MM


def test_the_converter_reads_every_unit() -> None:
    assert to_pt("10pt") == 10 and to_pt("16px") == 12 and round(to_pt("25.4mm"), 6) == 72
    assert to_pt("1.2em", 10) == 12 and to_pt("80%", 10) == 8
    assert font_sizes_pt("<style>body { font-size: 8.6pt; } .m { font-size: 7.8pt; }</style>") == {
        "body": 8.6,
        ".m": 7.8,
    }


# --- laid out on A4


def layout(page: str) -> object:
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # not installed, or Pango missing
        pytest.skip(f"weasyprint cannot lay out here: {error}")
    return weasyprint.HTML(string=page).render()


def boxes(box: object) -> list[object]:
    found = [box]
    for child in getattr(box, "children", None) or []:
        found += boxes(child)
    return found


def test_no_column_runs_past_the_a4_margins_and_two_pages_are_kept(content: Content) -> None:
    mm = 25.4 / 96  # weasyprint lays out in CSS pixels
    for name, page in sheets(content):
        document = layout(page)
        pages = document.pages  # type: ignore[attr-defined]
        assert len(pages) == 2, f"{name}: {len(pages)} pages"
        for number, laid in enumerate(pages, 1):
            frame = laid._page_box
            width = laid.width * mm
            assert round(width) == A4_WIDTH_MM
            left, right = frame.margin_left * mm, frame.margin_right * mm
            for box in boxes(frame):
                kind = type(box).__name__
                if kind == "TableRowBox":  # the columns of a row, side by side, and the margins
                    cells = [cell.margin_width() * mm for cell in box.children]  # type: ignore[attr-defined]
                    start = box.position_x * mm - left  # type: ignore[attr-defined]
                    total = left + start + sum(cells) + right
                    assert total <= A4_WIDTH_MM + 0.5, f"{name} p{number}: a row {total:.1f} mm"
                if hasattr(box, "margin_width") and kind not in ("PageBox", "MarginBox"):
                    edge = (box.position_x + box.margin_width()) * mm  # type: ignore[attr-defined]
                    assert edge <= width - right + 0.5, f"{name} p{number}: {kind} ends {edge:.1f}"
