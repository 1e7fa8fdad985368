"""The support map on paper: a standalone SVG of the same three rings as the terminal drawing
(core/mapplan/mapdraw.py), for the exported note, the safety plan and the workshop worksheet.

Black and white so it prints on any printer; no fonts, images or scripts fetched from anywhere
(a generic ``sans-serif``); valid XML. With no ties it is an empty map to fill in by hand."""

from __future__ import annotations

import math
from html import escape

from pulih.core.mapplan.mapdraw import legend, tie_label
from pulih.core.mapplan.supportmap import CIRCLES, SupportMap
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

# the share of the outer radius each ring takes, and how its line looks (width, dashes)
RADII = {"inner": 0.34, "middle": 0.67, "outer": 1.0}
STROKES = {
    "inner": 'stroke-width="2.6"',
    "middle": 'stroke-width="1.3"',
    "outer": 'stroke-width="1.3" stroke-dasharray="6 4"',
}
LARGEST, SMALLEST = 12.0, 7.5
"""Type sizes for names (px of a 320 px wide map: about 7.5 pt and 4.7 pt at 66 mm)."""


def _angles(count: int, circle: str) -> list[float]:
    """Where the ties of a ring sit (degrees, -90 the top): alternately on the top and the
    bottom arc, never at the sides, so every name has room above or below its dot."""
    top = (count + 1) // 2
    out = []
    for n in range(count):
        on_top = n % 2 == 0
        k, i = (top, n // 2) if on_top else (count - top, n // 2)
        spread = min(120.0, 40.0 * (k - 1))
        offset = -spread / 2 + (spread / (k - 1) * i if k > 1 else 0.0)
        out.append((-90.0 if on_top else 90.0) + offset + SHIFT[circle])
    return out


SHIFT = {"inner": 0.0, "middle": 8.0, "outer": -8.0}
"""A small turn per ring, so names do not line up across rings."""


def _font(radius: float, count: int, longest: int) -> float:
    """Smaller type when an arc is crowded (every other name also sits a line further out)."""
    per_arc = (count + 1) // 2
    if per_arc <= 1:
        return LARGEST
    chord = (
        2 * radius * math.sin(math.radians(min(120.0, 40.0 * (per_arc - 1)) / (per_arc - 1)) / 2)
    )
    return max(SMALLEST, min(LARGEST, 2 * chord / (0.58 * max(longest, 4))))


def _label(x: float, y: float, below: bool, font: float, text: str, size: int, push: float) -> str:
    """A name above (top arc) or below (bottom arc) its dot, further by ``push``, kept inside
    the picture, with a white halo so a ring line under it does not hide it."""
    width = 0.58 * font * len(text)
    tx = min(max(x, width / 2 + 2), size - width / 2 - 2)
    ty = y + (font + 4 + push if below else -6 - push)
    return (
        f'<text x="{tx:.1f}" y="{ty:.1f}" font-size="{font:.1f}" text-anchor="middle" '
        'stroke="#fff" stroke-width="3" paint-order="stroke" '
        f'stroke-linejoin="round">{escape(text)}</text>'
    )


def map_svg(support_map: SupportMap, lang: Lang, *, size: int = 320) -> str:
    """The map as an SVG document ``size`` px wide (taller by the legend)."""
    e = escape
    centre = size / 2
    outer = size / 2 - 34
    legend_y = size + 12
    height = size + 60
    title = t("map.svg_title", lang)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {height}" '
        f'width="{size}" height="{height}" role="img" aria-labelledby="pulih-map-title" '
        'font-family="sans-serif" class="pulih-map">',
        f'<title id="pulih-map-title">{e(title)}</title>',
        f'<rect x="0" y="0" width="{size}" height="{height}" fill="#fff"/>',
    ]
    for circle in CIRCLES:
        radius = outer * RADII[circle]
        out.append(
            f'<circle cx="{centre:.1f}" cy="{centre:.1f}" r="{radius:.1f}" fill="none" '
            f'stroke="#000" {STROKES[circle]}/>'
        )
    you = t("map.you", lang)
    out.append(f'<circle cx="{centre:.1f}" cy="{centre:.1f}" r="4" fill="#000"/>')
    out.append(
        f'<text x="{centre:.1f}" y="{centre + 17:.1f}" font-size="12" font-weight="bold" '
        f'text-anchor="middle">{e(you)}</text>'
    )
    for circle in CIRCLES:
        ties = support_map.in_circle(circle)
        if not ties:
            continue
        radius = outer * RADII[circle]
        labels = [tie_label(tie, lang) for tie in ties]
        font = _font(radius, len(ties), max(len(label) for label in labels))
        angles = _angles(len(ties), circle)
        for n, (tie, label) in enumerate(zip(ties, labels, strict=True)):
            angle = math.radians(angles[n])
            x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
            if tie.stressful:  # a hollow diamond as well as the "!"
                out.append(
                    f'<path d="M{x:.1f} {y - 5:.1f} L{x + 5:.1f} {y:.1f} L{x:.1f} {y + 5:.1f} '
                    f'L{x - 5:.1f} {y:.1f} Z" fill="#fff" stroke="#000" stroke-width="1.5"/>'
                )
            else:
                out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#000"/>')
            push = font + 2 if (n // 2) % 2 == 1 else 0.0  # every other name on an arc
            out.append(_label(x, y, n % 2 == 1, font, label, size, push))
    # the rings' names beside a piece of each ring's line, then the letters, then the gaps
    step = size / 3
    for n, circle in enumerate(CIRCLES):
        x = step * n + 8
        out.append(
            f'<line x1="{x:.1f}" y1="{legend_y - 4:.1f}" x2="{x + 22:.1f}" y2="{legend_y - 4:.1f}" '
            f'stroke="#000" {STROKES[circle]}/>'
        )
        out.append(
            f'<text x="{x + 27:.1f}" y="{legend_y:.1f}" font-size="10">'
            f"{e(t(f'ring.{circle}', lang))}</text>"
        )
    marks = legend(lang).split("  ")
    for row, part in enumerate((marks[:2], marks[2:])):
        out.append(
            f'<text x="{centre:.1f}" y="{legend_y + 14 + row * 13:.1f}" font-size="10" '
            f'text-anchor="middle">{e("   ".join(part))}</text>'
        )
    gaps = support_map.gaps()
    if gaps:
        missing = t("map.gaps", lang, types=", ".join(t(f"type.{k}", lang) for k in gaps))
        out.append(
            f'<text x="{centre:.1f}" y="{legend_y + 43:.1f}" font-size="10.5" '
            f'font-weight="bold" text-anchor="middle">{e(missing)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)
