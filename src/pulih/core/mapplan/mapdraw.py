"""The support map drawn on a character canvas: the person at the centre and three nested rings
(the convoy model), each tie written on its own ring with its nickname and a letter for each
kind of support it gives, a ``!`` for a tie that is also stressful, and "+3 lainnya" when a ring
has more people than fit. Plain Python: the TUI, the history and the tests share it.

Box-drawing lines, not braille: they stay solid on a projector and in every terminal font, and
the inner ring is heavy, the middle light and the outer dashed, so closeness reads without
colour."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from pulih.core.mapplan.supportmap import CIRCLES, Circle, SupportMap, Tie
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.i18n import Lang
from pulih.core.text.strings import t

MIN_WIDTH = 30
MIN_HEIGHT = 7
MAX_HEIGHT = 25
STRESS_MARK = "!"

# corners top-left, top-right, bottom-left, bottom-right; horizontal; vertical
BOXES: dict[Circle, tuple[str, str, str, str, str, str]] = {
    "inner": ("┏", "┓", "┗", "┛", "━", "┃"),
    "middle": ("╭", "╮", "╰", "╯", "─", "│"),
    "outer": ("╭", "╮", "╰", "╯", "╌", "╎"),
}


@dataclass(frozen=True)
class Placed:
    """A tie's label on the canvas: ``index`` into ``SupportMap.ties``."""

    index: int
    row: int
    col: int
    text: str


@dataclass(frozen=True)
class MapDrawing:
    lines: list[str]
    placed: tuple[Placed, ...]
    overflow: dict[str, int]
    """Per circle, how many ties did not fit (shown as "+N lainnya" on that ring)."""

    def placed_index(self, index: int) -> Placed | None:
        return next((p for p in self.placed if p.index == index), None)


def marks(tie: Tie, lang: Lang) -> str:
    """The letters of the support a tie gives, in the usual order (E P I N)."""
    return "".join(t(f"mark.{k}", lang) for k in SUPPORT_TYPES if k in tie.gives)


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(1, limit - 1)] + "…"


def one_cell(text: str) -> str:
    """The text with every character one terminal cell wide: a wide character (an emoji, a CJK
    character) becomes ``?`` and a zero-width one is dropped, so the rings stay aligned. The
    table and the line under the drawing keep the nickname as typed."""
    out = []
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc"):
            continue
        out.append("?" if unicodedata.east_asian_width(ch) in ("W", "F") else ch)
    return "".join(out)


def tie_label(tie: Tie, lang: Lang, name_limit: int = 24, *, terminal: bool = False) -> str:
    """``Kakak[EN]``, ``Suami![EP]``, or only the nickname when nothing is ticked."""
    letters = marks(tie, lang)
    stress = STRESS_MARK if tie.stressful else ""
    name = one_cell(tie.nickname) or "?" if terminal else tie.nickname
    return shorten(name, name_limit) + stress + (f"[{letters}]" if letters else "")


def legend(lang: Lang, width: int = 0) -> str:
    """What the letters and the mark mean, in one line (closer set when ``width`` is tight)."""
    parts = [f"{t(f'mark.{k}', lang)} {t(f'type.{k}', lang)}" for k in SUPPORT_TYPES]
    parts.append(f"{STRESS_MARK} {t('map.legend_stress', lang)}")
    wide = "  ".join(parts)
    return wide if not width or len(wide) <= width else " ".join(parts)


def name_limit(width: int) -> int:
    """How much of a nickname fits: more as the canvas grows."""
    if width < 40:
        return 6
    if width < 50:
        return 7
    if width < 70:
        return 8
    if width < 100:
        return 11
    return 16


@dataclass
class _Ring:
    circle: Circle
    top: int
    bottom: int
    left: int
    right: int


def _rows(height: int) -> tuple[int, int, int]:
    """Spacer rows between outer and middle, middle and inner, inner and the centre."""
    extra = (min(height, MAX_HEIGHT) - MIN_HEIGHT) // 2
    spacers = [0, 0, 0]
    for step in range(extra):
        spacers[step % 3] += 1
    return spacers[0], spacers[1], spacers[2]


def _rings(width: int, height: int) -> tuple[list[_Ring], int]:
    s_out, s_mid, s_in = _rows(height)
    used = MIN_HEIGHT + 2 * (s_out + s_mid + s_in)
    inset = max(4, width // 8)
    tops = [0, 1 + s_out, 2 + s_out + s_mid]
    centre = 3 + s_out + s_mid + s_in
    order: tuple[Circle, ...] = ("outer", "middle", "inner")
    rings = [
        _Ring(circle, tops[i], used - 1 - tops[i], i * inset, width - 1 - i * inset)
        for i, circle in enumerate(order)
    ]
    return rings, centre


class _Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.cells = [[" "] * width for _ in range(height)]

    def copy(self) -> _Canvas:
        other = _Canvas(self.width, self.height)
        other.cells = [row[:] for row in self.cells]
        return other

    def write(self, row: int, col: int, text: str) -> None:
        for i, ch in enumerate(text):
            if 0 <= col + i < self.width:
                self.cells[row][col + i] = ch

    def box(self, ring: _Ring) -> None:
        tl, tr, bl, br, h, v = BOXES[ring.circle]
        span = ring.right - ring.left - 1
        self.write(ring.top, ring.left, tl + h * span + tr)
        self.write(ring.bottom, ring.left, bl + h * span + br)
        for row in range(ring.top + 1, ring.bottom):
            self.cells[row][ring.left] = v
            self.cells[row][ring.right] = v

    def free_run(self, row: int, col: int) -> tuple[int, int]:
        """The blank cells around ``col`` (which may itself be a line) on ``row``."""
        start = col
        while start - 1 >= 0 and self.cells[row][start - 1] == " ":
            start -= 1
        end = col
        while end + 1 < self.width and self.cells[row][end + 1] == " ":
            end += 1
        return start, end

    def lines(self) -> list[str]:
        return ["".join(row).rstrip() for row in self.cells]


@dataclass
class _Edge:
    row: int
    start: int
    end: int  # inclusive
    labels: list[tuple[int, str]]

    def room(self) -> int:
        return self.end - self.start + 1 - sum(len(text) + 2 + 1 for _, text in self.labels) - 1

    def fits(self, text: str) -> bool:
        return len(text) + 3 <= self.room()


def _side_slots(ring: _Ring, centre: int) -> list[tuple[int, int]]:
    """Rows on the ring's left and right lines where a label may sit, nearest the centre first."""
    rows = [r for r in range(ring.top + 1, ring.bottom) if (r - centre) % 2 == 0]
    rows.sort(key=lambda r: (abs(r - centre), r))
    return [(r, col) for r in rows for col in (ring.left, ring.right)]


def _place_side(canvas: _Canvas, row: int, col: int, text: str) -> int | None:
    """Where a label covering ``col`` would start on ``row`` (a blank cell either side), if any."""
    start, end = canvas.free_run(row, col)
    size = len(text) + 2  # a space each side
    lo, hi = start + 1, end - 1  # keep one blank next to other lines
    if hi - lo + 1 < size:
        return None
    first = max(lo, min(col - size // 2, hi - size + 1))
    if not first <= col <= first + size - 1:
        return None
    return first


def _fit(
    canvas: _Canvas,
    ring: _Ring,
    centre: int,
    labels: list[tuple[int, str]],
    more: str | None,
    title: str | None,
) -> tuple[list[Placed], bool]:
    """Put ``labels`` (and the overflow label ``more``) on the ring; False if one does not fit.
    Writes side labels into ``canvas``; the caller passes a copy for a trial."""
    left = ring.left + 2 + (len(title) + 2 if title else 0)
    edges = [
        _Edge(ring.top, left, ring.right - 2, []),
        _Edge(ring.bottom, ring.left + 2, ring.right - 2, []),
    ]
    placed: list[Placed] = []
    sides = _side_slots(ring, centre)
    pending = [*labels]
    if more is not None:
        # the overflow count goes on the bottom line first, so it is always seen
        target = next((e for e in reversed(edges) if e.fits(more)), None)
        if target is None:
            return [], False
        target.labels.append((-1, more))
    for index, text in pending:
        # the line with fewer names first (the top one on a tie), so both lines fill evenly
        fitting = [e for e in edges if e.fits(text)]
        target = min(fitting, key=lambda e: len(e.labels), default=None)
        if target is not None:
            target.labels.append((index, text))
            continue
        for slot in list(sides):
            first = _place_side(canvas, slot[0], slot[1], text)
            if first is not None:
                canvas.write(slot[0], first, f" {text} ")
                placed.append(Placed(index, slot[0], first + 1, text))
                sides.remove(slot)
                break
        else:
            return placed, False
    if title:
        canvas.write(ring.top, ring.left + 2, f" {title} ")
    for edge in edges:
        placed += _spread(canvas, edge)
    return placed, True


def _spread(canvas: _Canvas, edge: _Edge) -> list[Placed]:
    """Space the labels evenly along the line, the overflow count last."""
    labels = sorted(edge.labels, key=lambda item: item[0] == -1)
    if not labels:
        return []
    length = edge.end - edge.start + 1
    used = sum(len(text) + 2 for _, text in labels)
    count = len(labels) + 1
    free = length - used
    gaps = [free // count + (1 if n < free % count else 0) for n in range(count)]
    col = edge.start + gaps[0]
    out = []
    for n, (index, text) in enumerate(labels):
        canvas.write(edge.row, col, f" {text} ")
        if index >= 0:
            out.append(Placed(index, edge.row, col + 1, text))
        col += len(text) + 2 + gaps[n + 1]
    return out


def draw_map(
    support_map: SupportMap,
    lang: Lang,
    width: int,
    height: int,
    *,
    selected: int | None = None,
    centre_label: str | None = None,
) -> MapDrawing:
    """The map drawn to fit ``width`` × ``height`` cells. ``selected`` (an index into the ties)
    is kept in the drawing even when its ring overflows. Below 30 × 7 the rings cannot be drawn:
    the lines are then the circles as text, and every tie counts as not drawn."""
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        from pulih.core.mapplan.mapplan_text import circle_lines  # pydantic: tiny drawings only

        lines = [shorten(line, width) for line in circle_lines(support_map, lang)][:height]
        hidden = {str(c): len(support_map.in_circle(c)) for c in CIRCLES}
        return MapDrawing(lines, (), hidden)
    rings, centre = _rings(width, min(height, MAX_HEIGHT))
    canvas = _Canvas(width, rings[0].bottom + 1)
    for ring in rings:
        canvas.box(ring)
    you = f"● {one_cell(centre_label or t('map.you', lang))}"
    inner = rings[2]
    you = shorten(you, max(1, inner.right - inner.left - 3))
    canvas.write(centre, (inner.left + inner.right + 1 - len(you)) // 2, you)
    limit = name_limit(width)
    titled = width >= 76
    placed: list[Placed] = []
    overflow: dict[str, int] = {}
    for ring in reversed(rings):  # inner first: the closest people get the room first
        ties = [(i, tie) for i, tie in enumerate(support_map.ties) if tie.circle == ring.circle]
        labels = [(i, tie_label(tie, lang, limit, terminal=True)) for i, tie in ties]
        title = t(f"ring.{ring.circle}", lang) if titled else None
        got, count, canvas = _fit_ring(canvas, ring, centre, labels, title, selected, lang)
        placed += got
        overflow[ring.circle] = count
    return MapDrawing(canvas.lines(), tuple(placed), overflow)


def _fit_ring(
    canvas: _Canvas,
    ring: _Ring,
    centre: int,
    labels: list[tuple[int, str]],
    title: str | None,
    selected: int | None,
    lang: Lang,
) -> tuple[list[Placed], int, _Canvas]:
    """As many labels as fit, the rest counted; the selected tie is moved up to stay seen."""
    trial = canvas.copy()
    placed, ok = _fit(trial, ring, centre, labels, None, title)
    if ok:
        return placed, 0, trial
    for shown in range(len(labels) - 1, -1, -1):
        order = labels
        if selected is not None and shown > 0:
            chosen = [item for item in labels if item[0] == selected]
            if chosen and chosen[0] not in labels[:shown]:
                rest = [item for item in labels if item[0] != selected]
                order = [*rest[: shown - 1], chosen[0], *rest[shown - 1 :]]
        more = t("map.more", lang, n=len(labels) - shown)
        trial = canvas.copy()
        placed, ok = _fit(trial, ring, centre, order[:shown], more, title)
        if ok:
            return placed, len(labels) - shown, trial
    return [], len(labels), canvas
