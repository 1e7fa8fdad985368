"""The pictures: the drawn support map (every tie drawn or counted), its SVG on paper (valid
XML, every nickname, one A4 page with the note), the types at a glance and the history charts."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pulih.core.content import Content
from pulih.core.mapplan.mapdraw import draw_map, legend, name_limit, tie_label
from pulih.core.mapplan.mapsvg import map_svg
from pulih.core.mapplan.safetyplan import SafetyPlan
from pulih.core.mapplan.supportmap import CIRCLES, SupportMap, Tie, clean_nickname
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.report.charts import glance_lines, maps_side_by_side, score_table
from pulih.core.report.export import note_html, plan_html
from pulih.core.report.present import note_for
from pulih.core.store.record import SavedResult
from pulih.core.workshop.demo import load_personas
from tests.conftest import TODAY

NAMES = [
    "Kakak",
    "Suami",
    "Ibu",
    "Anak sulung",
    "Pak RT",
    "Grup WA ibu-ibu",
    "Bidan Rina",
    "Teman kantor",
    "Tetangga",
    "Bu Ani",
    "Dimas",
    "Kelompok pengajian",
    "Paman",
    "Sepupu",
    "Guru",
]


def people(count: int) -> SupportMap:
    """``count`` ties spread over the rings, with a mix of support and stressful ties."""
    ties = []
    for i in range(count):
        gives = frozenset(k for j, k in enumerate(SUPPORT_TYPES) if (i + j) % 3 == 0)
        ties.append(Tie(NAMES[i % len(NAMES)], CIRCLES[i % 3], gives, i % 4 == 1))
    return SupportMap(tuple(ties))


ties_strategy = st.lists(
    st.builds(
        Tie,
        st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30)
        .map(clean_nickname)
        .filter(bool),
        st.sampled_from(CIRCLES),
        st.frozensets(st.sampled_from(SUPPORT_TYPES)),
        st.booleans(),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(
    ties_strategy,
    st.integers(30, 130),
    st.integers(7, 40),
    st.sampled_from(["id", "en"]),
    st.integers(-1, 30),
)
def test_every_tie_is_drawn_or_counted_in_its_ring(
    ties: list[Tie], width: int, height: int, lang: str, selected: int
) -> None:
    support_map = SupportMap(tuple(ties))
    chosen = selected if 0 <= selected < len(ties) else None
    drawing = draw_map(support_map, lang, width, height, selected=chosen)  # type: ignore[arg-type]
    assert all(len(line) <= width for line in drawing.lines)
    assert len(drawing.lines) <= height
    indexes = [p.index for p in drawing.placed]
    assert len(indexes) == len(set(indexes))
    for placed in drawing.placed:  # the label is really there, on its own ring's tie
        assert drawing.lines[placed.row][placed.col : placed.col + len(placed.text)] == placed.text
        label = tie_label(ties[placed.index], lang, name_limit(width), terminal=True)  # type: ignore[arg-type]
        assert placed.text == label
    for circle in CIRCLES:
        in_ring = [i for i, tie in enumerate(ties) if tie.circle == circle]
        drawn = [i for i in indexes if ties[i].circle == circle]
        assert len(drawn) + drawing.overflow[circle] == len(in_ring)
        if drawing.overflow[circle] and drawn:
            more = "+{n} lainnya" if lang == "id" else "+{n} more"
            assert more.format(n=drawing.overflow[circle]) in "\n".join(drawing.lines)
    if chosen is not None and any(ties[i].circle == ties[chosen].circle for i in indexes):
        assert chosen in indexes  # the tie being edited is never hidden


def test_the_drawing_shows_the_person_rings_marks_and_overflow() -> None:
    drawing = draw_map(people(15), "id", 58, 10)
    text = "\n".join(drawing.lines)
    assert "● Anda" in text and "┏" in text and "╭" in text
    assert "Suami![" in text  # stressful and its letters
    assert sum(drawing.overflow.values()) + len(drawing.placed) == 15
    empty = draw_map(SupportMap(), "en", 58, 10)
    assert "● You" in "\n".join(empty.lines) and not empty.placed
    assert legend("id").startswith("E emosional  P praktis  I informasi  N penilaian")
    assert legend("en", 40).startswith("E emotional P practical")


def test_wide_and_zero_width_characters_keep_the_rings_aligned() -> None:
    odd = SupportMap((Tie("Mama 💕", "inner", frozenset({"emotional"})), Tie("Ke\u0301n", "outer")))
    drawing = draw_map(odd, "id", 58, 9)
    assert "Mama ?[E]" in "\n".join(drawing.lines) and "Ken" in "\n".join(drawing.lines)
    assert len({len(line) for line in drawing.lines if line.startswith(("╭", "╎", "╰"))}) == 1


def test_a_ring_too_full_says_how_many_more() -> None:
    crowded = SupportMap(
        tuple(Tie(f"Orang {n}", "inner", frozenset({"emotional"})) for n in range(12))
    )
    drawing = draw_map(crowded, "id", 58, 9)
    hidden = drawing.overflow["inner"]
    assert hidden > 0 and f"+{hidden} lainnya" in "\n".join(drawing.lines)
    tiny = draw_map(crowded, "en", 20, 5)  # too small to draw: the circles as text
    assert tiny.lines and tiny.overflow["inner"] == 12


def test_the_svg_is_valid_xml_with_every_nickname_and_nothing_fetched() -> None:
    odd = SupportMap(
        (
            Tie('Tom & "Jerry"', "inner", frozenset({"emotional"})),
            Tie("<Bu Ani>", "outer", frozenset(), True),
            *people(15).ties,
        )
    )
    for support_map in (odd, SupportMap(), people(1)):
        for lang in ("id", "en"):
            svg = map_svg(support_map, lang)  # type: ignore[arg-type]
            root = ET.fromstring(svg)
            assert root.tag == "{http://www.w3.org/2000/svg}svg"
            texts = " ".join("".join(el.itertext()) for el in root.iter())
            for tie in support_map.ties:
                assert tie.nickname in texts
            lowered = svg.lower()
            assert "<script" not in lowered and "href" not in lowered and "@import" not in lowered
            assert "url(" not in lowered and "http" not in lowered.replace(
                'xmlns="http://www.w3.org/2000/svg"', ""
            )
    assert "&amp;" in map_svg(odd, "id") and "&lt;Bu Ani&gt;" in map_svg(odd, "id")


def sari_note(content: Content, lang: str, support_map: SupportMap) -> str:
    sari = load_personas()["sari"]
    results = evaluate(content.reflection, content.check, sari.answers)
    steps = tuple(content.directory.resource(i).id for i in range(3))
    when = datetime(2026, 11, 22, 9, 0, tzinfo=timezone(timedelta(hours=7)))
    saved = SavedResult(when, lang, {}, results, next_steps=steps, support_map=support_map)
    return note_html(note_for(saved, content, TODAY, include_map=True))


def test_the_note_and_the_plan_carry_the_drawn_map(content: Content) -> None:
    sari_map = load_personas()["sari"].support_map
    note = sari_note(content, "id", sari_map)
    assert "<svg" in note and "Kak Dewi" in note and "Belum ada yang memberi: informasi" in note
    plan = plan_html(SafetyPlan(people="Kak Dewi"), [], sari_map, "en")
    assert plan.index("People I can ask") < plan.index("<svg") < plan.index("5. ")
    assert "<svg" not in plan_html(SafetyPlan(), [], SupportMap(), "en")


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFINFO = shutil.which("pdfinfo")


@pytest.mark.skipif(
    CHROMIUM is None or PDFINFO is None,
    reason="needs headless chromium and pdfinfo (Debian: chromium, poppler-utils) to print",
)
def test_the_note_with_the_map_prints_on_one_a4_page(content: Content, tmp_path: Path) -> None:
    """Sari's note with three chosen steps, six matched services and 15 people on the map."""
    for lang, support_map in (("id", load_personas()["sari"].support_map), ("en", people(15))):
        page = tmp_path / f"note-{lang}.html"
        page.write_text(sari_note(content, lang, support_map), encoding="utf-8")
        pdf = tmp_path / f"note-{lang}.pdf"
        subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        info = subprocess.run([str(PDFINFO), str(pdf)], capture_output=True, text=True).stdout
        assert "Pages:           1" in info, info


def test_the_four_types_at_a_glance_fit_sixty_columns(content: Content) -> None:
    from pulih.core.report.view import describe

    sari = load_personas()["sari"]
    results = evaluate(content.reflection, content.check, sari.answers)
    view = describe(results, content.reflection, content.check, [], "id", [], TODAY)
    lines = glance_lines(view.strengths + view.to_strengthen, "id", 56)
    assert [line.split()[0] for line in lines] == ["Emosional", "Praktis", "Informasi", "Penilaian"]
    assert all(len(line) <= 56 for line in lines)
    assert lines[0].endswith("Kuat") and "█" in lines[0] and "░" in lines[2]


def test_scores_over_time_carry_their_dates_and_the_maps_sit_side_by_side() -> None:
    dates = [datetime(2026, 11, 1), datetime(2026, 11, 22)]
    scores = {"emotional": [67, 50], "instrumental": [25, None], "informational": [25, 83]}
    wide = score_table(dates, scores, "en", 78)
    assert "2026-11-01" in wide[1] and "2026-11-22" in wide[2] and "Emotional" in wide[0]
    assert " 67" in wide[1] and "–" in wide[2]
    narrow = score_table(dates, scores, "id", 56)
    assert narrow[1].startswith("01/11") and all(len(line) <= 56 for line in narrow)
    pair = maps_side_by_side((dates[0], people(3)), (dates[1], people(5)), "id", 78)
    assert pair[0].startswith("Dulu · 2026-11-01") and "Sekarang · 2026-11-22" in pair[0]
    assert all(len(line) <= 78 for line in pair) and pair[1].count("╭") == 2
    assert maps_side_by_side((dates[0], people(3)), (dates[1], people(5)), "id", 56) == []
