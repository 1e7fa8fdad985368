"""The support map on paper: a standalone SVG of the same three rings as the terminal drawing
(core/mapdraw.py), for the exported note, the safety plan and the workshop worksheet.

Black and white so it prints on any printer; no fonts, images or scripts fetched from anywhere
(a generic ``sans-serif``); valid XML. With no ties it is an empty map to fill in by hand."""

from __future__ import annotations

import math
from html import escape

from pulih.core.i18n import Lang
from pulih.core.mapdraw import legend, tie_label
from pulih.core.strings import t
from pulih.core.supportmap import CIRCLES, SupportMap

# the share of the outer radius each ring takes, and how its line looks (width, dashes)
RADII = {"inner": 0.34, "middle": 0.67, "outer": 1.0}
STROKES = {
    "inner": 'stroke-width="2.6"',
    "middle": 'stroke-width="1.3"',
    "outer": 'stroke-width="1.3" stroke-dasharray="6 4"',
}
START = {"inner": -90.0, "middle": -60.0, "outer": -75.0}
"""Where each ring's first tie sits (degrees; -90 is the top), staggered so names do not line
up across rings."""


def _font(radius: float, count: int, longest: int) -> float:
    """Smaller type when a ring is crowded, so neighbours do not run into each other."""
    if count <= 1:
        return 11.0
    arc = 2 * math.pi * radius / count
    return max(6.0, min(11.0, arc / (0.6 * max(longest, 4))))


def map_svg(support_map: SupportMap, lang: Lang, *, size: int = 360) -> str:
    """The map as an SVG document ``size`` px wide (a little taller, for the legend)."""
    e = escape
    centre = size / 2
    outer = size / 2 - 34
    legend_y = size - 8
    height = size + 34
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
        f'<text x="{centre:.1f}" y="{centre + 16:.1f}" font-size="11" font-weight="bold" '
        f'text-anchor="middle">{e(you)}</text>'
    )
    for circle in CIRCLES:
        ties = support_map.in_circle(circle)
        if not ties:
            continue
        radius = outer * RADII[circle]
        labels = [tie_label(tie, lang) for tie in ties]
        font = _font(radius, len(ties), max(len(label) for label in labels))
        for n, (tie, label) in enumerate(zip(ties, labels, strict=True)):
            angle = math.radians(START[circle] + n * 360 / len(ties))
            x = centre + radius * math.cos(angle)
            y = centre + radius * math.sin(angle)
            if tie.stressful:  # a hollow diamond as well as the "!"
                out.append(
                    f'<path d="M{x:.1f} {y - 5:.1f} L{x + 5:.1f} {y:.1f} L{x:.1f} {y + 5:.1f} '
                    f'L{x - 5:.1f} {y:.1f} Z" fill="#fff" stroke="#000" stroke-width="1.5"/>'
                )
            else:
                out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#000"/>')
            below = math.sin(angle) >= -0.2
            ty = y + (font + 3 if below else -6)
            half = 0.3 * font * len(label) + 2  # about half the label's width
            tx = min(max(x, half), size - half)
            out.append(
                f'<text x="{tx:.1f}" y="{ty:.1f}" font-size="{font:.1f}" text-anchor="middle" '
                'stroke="#fff" stroke-width="3" paint-order="stroke" '
                f'stroke-linejoin="round">{e(label)}</text>'
            )
    # the rings' names beside a piece of each ring's line, then the letters
    step = size / 3
    for n, circle in enumerate(CIRCLES):
        x = step * n + step / 2 - 34
        out.append(
            f'<line x1="{x:.1f}" y1="{legend_y - 3:.1f}" x2="{x + 22:.1f}" y2="{legend_y - 3:.1f}" '
            f'stroke="#000" {STROKES[circle]}/>'
        )
        out.append(
            f'<text x="{x + 27:.1f}" y="{legend_y:.1f}" font-size="10">'
            f"{e(t(f'circle.{circle}', lang))}</text>"
        )
    out.append(
        f'<text x="{centre:.1f}" y="{legend_y + 15:.1f}" font-size="10" '
        f'text-anchor="middle">{e(legend(lang))}</text>'
    )
    gaps = support_map.gaps()
    if gaps:
        missing = t("map.gaps", lang, types=", ".join(t(f"type.{k}", lang) for k in gaps))
        out.append(
            f'<text x="{centre:.1f}" y="{legend_y + 30:.1f}" font-size="10" font-weight="bold" '
            f'text-anchor="middle">{e(missing)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)
