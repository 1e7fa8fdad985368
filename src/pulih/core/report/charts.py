"""Small pictures in text: the four types at a glance (results) and the scores over time with
their dates, and two maps side by side (history). Plain lines that read without colour: every
bar carries its number and band word or date. Shared by the TUI, ``pulih history`` and tests."""

from __future__ import annotations

from datetime import datetime

from pulih.core.mapplan.mapdraw import MIN_HEIGHT, MIN_WIDTH, draw_map
from pulih.core.mapplan.supportmap import SupportMap
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.report.view import TypeLine, bar
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t


def type_name(type_id: str, lang: Lang) -> str:
    """The short everyday name: "Emosional", "Practical"."""
    return t(f"type.{type_id}", lang).capitalize()


def glance_lines(lines: list[TypeLine], lang: Lang, width: int = 60) -> list[str]:
    """One line per type, in the usual order (E P I N): name, bar, number, band word."""
    by_id = {line.id: line for line in lines}
    shown = [by_id[k] for k in SUPPORT_TYPES if k in by_id]
    shown += [line for line in lines if line.id not in SUPPORT_TYPES]
    if not shown:
        return []
    names = [type_name(line.id, lang) for line in shown]
    name_width = max(len(name) for name in names)
    band_width = max(len(line.band_label) for line in shown)
    bar_width = max(6, min(20, width - name_width - band_width - 8))
    out = []
    for name, line in zip(names, shown, strict=True):
        number = "–" if line.score is None else str(line.score)
        out.append(
            f"{name:<{name_width}} {bar(line.score, bar_width)} {number:>3}  {line.band_label}"
        )
    return out


def score_table(
    dates: list[datetime],
    scores: dict[str, list[int | None]],
    lang: Lang,
    width: int = 80,
    last: int = 6,
) -> list[str]:
    """Each type's scores over time: a row per result (the date first), a column per type with
    a bar and its number. Only the ``last`` results; the oldest first."""
    dates, scores = dates[-last:], {k: v[-last:] for k, v in scores.items()}
    types = [k for k in SUPPORT_TYPES if k in scores]
    if not dates or not types:
        return []
    long_dates = width >= 70
    stamp = "%Y-%m-%d" if long_dates else "%d/%m"
    date_width = 10 if long_dates else 5
    cell = max(10, (width - date_width - 2) // len(types))
    bar_width = max(3, min(12, cell - 6))
    names = "".join(type_name(k, lang)[: cell - 1].ljust(cell) for k in types)
    out = [" " * (date_width + 2) + names.rstrip()]
    for row, when in enumerate(dates):
        cells = []
        for k in types:
            value = scores[k][row]
            number = "–" if value is None else str(value)
            cells.append(f"{bar(value, bar_width)} {number:>3}".ljust(cell))
        out.append(f"{when.strftime(stamp):<{date_width}}  " + "".join(cells).rstrip())
    return out


def maps_side_by_side(
    then: tuple[datetime, SupportMap],
    now: tuple[datetime, SupportMap],
    lang: Lang,
    width: int,
    height: int = 9,
) -> list[str]:
    """The first and the latest map drawn next to each other with their dates ([] when the
    width cannot hold two drawings)."""
    each = (width - 2) // 2
    if each < MIN_WIDTH or height < MIN_HEIGHT + 1:
        return []
    left = draw_map(then[1], lang, each, height - 1)
    right = draw_map(now[1], lang, each, height - 1)
    head = [
        t("history.map_then", lang, date=then[0].strftime("%Y-%m-%d")),
        t("history.map_now", lang, date=now[0].strftime("%Y-%m-%d")),
    ]
    rows = max(len(left.lines), len(right.lines))
    pad_left = [*left.lines, *[""] * (rows - len(left.lines))]
    pad_right = [*right.lines, *[""] * (rows - len(right.lines))]
    out = [f"{head[0]:<{each}}  {head[1]}"]
    out += [f"{a:<{each}}  {b}".rstrip() for a, b in zip(pad_left, pad_right, strict=True)]
    return out
