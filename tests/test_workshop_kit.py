"""The workshop kit: the printable worksheet, the room view's tally and the facilitator's guide."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from pulih.cli import main
from pulih.core.content import Content
from pulih.core.directory.regions import find_place
from pulih.core.directory.resources import crisis_routes
from pulih.core.directory.route_text import route_checked
from pulih.core.questionnaire.problems import DataError
from pulih.core.questionnaire.support_types import SUPPORT_TYPES
from pulih.core.text.strings import t
from pulih.core.workshop.learn import GUIDE_FILE, PAGES_FILE, load_pages
from pulih.core.workshop.room import (
    MIN_PEOPLE_FLOOR,
    ROOM_FILE,
    help_kinds,
    load_room_settings,
    tally,
)
from pulih.core.workshop.worksheet import (
    LOCAL_LIMIT,
    LOCAL_TOTAL,
    LocalHelp,
    band_range,
    build_worksheet,
    guide_html,
    worksheet_html,
    worksheet_markdown,
)
from pulih.tui.app import PulihApp
from pulih.tui.screens.learn import LearnScreen
from pulih.tui.screens.room import CountField, RoomScreen
from pulih.tui.screens.welcome import WelcomeScreen
from tests.conftest import TODAY
from tests.helpers import make_app, press
from tests.test_flow_workshop import demo_app, folders
from tests.test_privacy import tree

SETTINGS = load_room_settings()


def _plain(text: str) -> str:
    """HTML without tags and with entities undone, for 'does it say X' checks."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", text))


# --- the worksheet


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("render", [worksheet_html, worksheet_markdown])
def test_worksheet_has_every_statement_band_and_crisis_route(
    content: Content, lang: str, render: object
) -> None:
    sheet = build_worksheet(content.reflection, content.directory, TODAY, lang)  # type: ignore[arg-type]
    text = render(sheet)  # type: ignore[operator]
    plain = _plain(text) if render is worksheet_html else text
    reflection = content.reflection
    for item in reflection.items:
        assert item.text(lang) in plain  # type: ignore[arg-type]
    for option in reflection.options:
        assert option.label(lang) in plain  # type: ignore[arg-type]
    assert plain.count("☐") >= len(reflection.items) * len(reflection.options)
    for subscale in reflection.subscales:
        assert subscale.name(lang) in plain  # type: ignore[arg-type]
        for band in subscale.scoring.bands:
            assert band_range(band, lang) in plain  # type: ignore[arg-type]
    assert t("results.not_validated", lang) in plain  # type: ignore[arg-type]
    assert t("results.not_diagnosis", lang) in plain  # type: ignore[arg-type]
    routes = crisis_routes(content.directory.crisis, TODAY, lang)  # type: ignore[arg-type]
    assert len(routes) >= 3
    for route in routes:
        assert route.resource.name in plain and route.contact in plain
        assert route_checked(route, lang) in plain  # type: ignore[arg-type]
    for circle in ("inner", "middle", "outer"):
        assert t(f"circle.{circle}", lang) in plain  # type: ignore[arg-type]
    for type_id in SUPPORT_TYPES:
        assert t(f"type.{type_id}", lang) in plain  # type: ignore[arg-type]


def test_worksheet_html_is_self_contained_and_draws_the_empty_map(content: Content) -> None:
    text = worksheet_html(build_worksheet(content.reflection, content.directory, TODAY, "id"))
    assert "<svg" in text and text.count("<circle") == 4  # three rings and the "Saya" disc
    assert "<script" not in text and "http-equiv" not in text and "<link" not in text
    assert "@page { size: A4" in text


def test_worksheet_follows_a_partners_edits(
    content: Content, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A changed statement and a changed directory entry appear on the sheet."""
    item = content.reflection.items[0]
    edited_item = item.model_copy(update={"text": item.text.model_copy(update={"id": "Ubah."})})
    items = [edited_item, *content.reflection.items[1:]]
    reflection = content.reflection.model_copy(update={"items": items})
    sheet = build_worksheet(reflection, content.directory, TODAY, "id")
    assert sheet.statements[0] == "Ubah."
    directory = tmp_path / "resources.toml"
    source = Path(__file__).resolve().parent.parent / "resources.toml"
    directory.write_text(
        source.read_text(encoding="utf-8").replace(
            'name = "Taman Bacaan Masyarakat (TBM)"', 'name = "Taman Bacaan Desa Mitra"'
        ),
        encoding="utf-8",
    )
    assert main(["worksheet", "--format", "markdown", "--resources", str(directory)]) == 0
    assert "Taman Bacaan Desa Mitra" in capsys.readouterr().out


def test_worksheet_for_a_region_lists_its_help(
    content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = build_worksheet(
        content.reflection, content.directory, TODAY, "id", find_place("DKI Jakarta")
    )
    names = [entry.name for entry in sheet.local]
    assert "RPTRA" in names and "RSJ Dr. Soeharto Heerdjan" in names  # Jakarta's own
    assert "Puskesmas" in [entry.name for entry in sheet.everywhere]  # found in every area
    assert "Komunitas Bipolar Bali" not in names  # another province
    assert any(route.resource.name == "JakCare" for route in sheet.routes)
    nowhere = build_worksheet(content.reflection, content.directory, TODAY, "id")
    assert nowhere.local == [] and "RPTRA" not in [entry.name for entry in nowhere.everywhere]
    assert all(entry.how for entry in nowhere.everywhere)  # each says how to find it


def test_a_worksheet_for_a_kabupaten_with_nothing_local_says_so(
    content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    """A review: the worksheet for Kabupaten Sumba Barat Daya listed Halodoc, Satu Persen (paid
    apps), Car Free Day and KDS ODHIV under "for Sumba Barat Daya", with no sentence saying
    nothing local was listed. What is for the place is now only what is listed there (or in its
    province: NTT's mental hospital); the rest is under "found in every area", with no paid
    app, no city-only activity and no entry for one audience."""
    assert (
        main(["worksheet", "--format", "markdown", "--lang", "en", "--region", "Sumba Barat Daya"])
        == 0
    )
    text = capsys.readouterr().out
    section = text[text.index("## 5.") :]
    local, everywhere = section.split("Found in every area")
    assert "Listed for Kabupaten Sumba Barat Daya (or its province):" in local
    assert "RSDK Jiwa Naimata" in local and "Puskesmas" not in local
    for absent in ("Halodoc", "Satu Persen", "Car Free Day", "KDS", "RPTRA"):
        assert absent not in section, absent
    from pulih.core.directory.regions import find_place

    place = find_place("Kabupaten Sumba Barat Daya")
    empty = replace(
        build_worksheet(content.reflection, content.directory, TODAY, "en", place), local=[]
    )
    shown = worksheet_markdown(empty)
    assert (
        "pulih's directory lists nothing for Kabupaten Sumba Barat Daya or its province yet"
        in shown
    )


def test_an_unknown_region_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["worksheet", "--region", "Jakrta"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "Jakrta" in err and "DKI Jakarta" in err and "Traceback" not in err


def test_worksheet_to_stdout_or_a_private_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tree(*folders())
    assert main(["worksheet", "--lang", "en"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("<!doctype html>") and "Support reflection worksheet" in out
    target = tmp_path / "sheet.md"
    assert main(["worksheet", "--format", "markdown", "-o", str(target)]) == 0
    assert capsys.readouterr().err.startswith("Lembar kerja ditulis: ")  # not "Catatan disimpan"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert main(["worksheet", "--lang", "en", "-o", str(tmp_path / "sheet.html")]) == 0
    assert capsys.readouterr().err.startswith("Worksheet written: ")
    assert main(["worksheet", "--guide", "--lang", "en", "-o", str(tmp_path / "guide.txt")]) == 0
    assert capsys.readouterr().err.startswith("Facilitator's guide written: ")
    assert target.read_text(encoding="utf-8").startswith("# Lembar refleksi dukungan")
    assert tree(*folders()) == before  # no store, no cache, no config


def test_guide_prints_every_page_and_the_crisis_routes(
    content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = load_pages(GUIDE_FILE)
    for lang, fmt in (("id", "text"), ("en", "markdown"), ("id", "html")):
        assert main(["worksheet", "--guide", "--lang", lang, "--format", fmt]) == 0
        out, _ = capsys.readouterr()
        for page in pages:
            title, _body = page.text(lang)  # type: ignore[arg-type]
            assert title in _plain(out)
        assert "119" in out and t("crisis.busy", lang) in _plain(out)  # type: ignore[arg-type]


def test_guide_is_its_own_set_of_pages_and_follows_the_guidelines() -> None:
    guide = load_pages(GUIDE_FILE)
    assert len(guide) >= 6 and GUIDE_FILE != PAGES_FILE
    text = " ".join(" ".join(p.text("id") + p.text("en")) for p in guide).lower()
    for needed in ("45–60", "119", "igd", "co-facilitator", "pendamping", "puskesmas", "demo"):
        assert needed in text
    for method in ("overdose", "gantung", "hanging", "racun", "poison", "pills", "obat tidur"):
        assert method not in text
    assert "pulih --room" in text and "pulih worksheet" in text


def _minutes(text: str) -> tuple[int, int]:
    """ "45–60" or "5" as (low, high)."""
    low, _, high = text.partition("–")
    return int(low), int(high or low)


@pytest.mark.parametrize(("lang", "unit"), [("id", "menit"), ("en", "minutes?")])
def test_the_plans_minutes_add_up_to_its_title(lang: str, unit: str) -> None:
    plan = load_pages(GUIDE_FILE)[0]
    title, body = plan.text(lang)  # type: ignore[arg-type]
    total = re.search(r"(\d+(?:–\d+)?)[ -](?:menit|minute)", title)
    assert total, title
    parts = [_minutes(m) for m in re.findall(rf"^• (\d+(?:–\d+)?) {unit}:", body, flags=re.M)]
    assert len(parts) >= 6
    low, high = sum(p[0] for p in parts), sum(p[1] for p in parts)
    assert (low, high) == _minutes(total[1]), f"{lang}: the parts add up to {low}–{high}"
    assert re.search(rf"\b{total[1]} {unit}\.", body)  # and the body says the total too


def test_the_plans_minutes_are_the_same_in_both_languages() -> None:
    _, body_id = load_pages(GUIDE_FILE)[0].text("id")
    _, body_en = load_pages(GUIDE_FILE)[0].text("en")
    assert re.findall(r"^• ([\d–]+) menit", body_id, flags=re.M) == re.findall(
        r"^• ([\d–]+) minutes?", body_en, flags=re.M
    )


def test_the_guide_has_a_plan_for_leading_alone_first_aid_and_confidentiality() -> None:
    """A kader alone with a distressed participant (issue 25 part B): pause the group, a quiet
    task, talk aside, crisis routes; psychological first aid's look, listen, link; and what
    the group is told afterwards."""
    pages = load_pages(GUIDE_FILE)
    titles = [page.title["id"] for page in pages]
    alone = pages[titles.index("Bila Anda memimpin sendiri")]
    for lang, needed in (
        ("id", ("hentikan kegiatan kelompok", "kegiatan tenang", "di sisi ruangan", "119")),
        ("en", ("stop the group activity", "quiet activity", "side of the room", "119")),
    ):
        text = " ".join(alone.text(lang)).lower()  # type: ignore[arg-type]
        assert all(words in text for words in needed), lang
    first_aid = pages[titles.index("Bila peserta menjadi sangat sedih")]
    for lang, needed in (
        ("id", ("lihat", "dengar", "hubungkan", "jangan memaksa", "butuhkan", "hormati pilihan")),
        ("en", ("look", "listen", "link", "do not press", "what they need", "respect their")),
    ):
        text = " ".join(first_aid.text(lang)).lower()  # type: ignore[arg-type]
        assert all(words in text for words in needed), lang
    after = pages[titles.index("Sesudahnya: yang dikatakan kepada kelompok")]
    for lang, needed in (
        ("id", ("tetap di ruangan ini", "tidak ada yang harus menunjukkan")),
        ("en", ("stays in this room", "nobody has to show")),
    ):
        text = " ".join(after.text(lang)).lower()  # type: ignore[arg-type]
        assert all(words in text for words in needed), lang
    # no phone number but the ones already on the sheet's crisis box
    whole = " ".join(" ".join(p.text("id") + p.text("en")) for p in pages)
    assert set(re.findall(r"\b\d{3,}\b", whole)) <= {"119"}


def test_guide_html_escapes_and_lists_routes(content: Content) -> None:
    routes = crisis_routes(content.directory.crisis, TODAY, "en")
    text = guide_html(load_pages(GUIDE_FILE), routes, "en")
    assert text.count("<h2>") == len(load_pages(GUIDE_FILE)) + 1
    assert all(route.contact in _plain(text) for route in routes)


# --- printing: at most two A4 pages


def _sheets(content: Content) -> list[tuple[str, str]]:
    """Sheets for two regions and none, and the longest a directory can make (the most entries
    allowed, each with long contacts), in both languages."""
    out = []
    for lang in ("id", "en"):
        for region in (None, "Bali", "DKI Jakarta"):  # the fullest has Jakarta's own line
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
            region="Kabupaten Gunungkidul",
        )
        out.append((f"{lang}-fullest", worksheet_html(fullest)))
    return out


def test_worksheet_prints_on_at_most_two_a4_pages_weasyprint(content: Content) -> None:
    try:
        import weasyprint
    except (ImportError, OSError) as error:  # not installed, or Pango missing
        pytest.skip(f"weasyprint cannot print here: {error}")
    for name, text in _sheets(content):
        pages = weasyprint.HTML(string=text).render().pages
        assert len(pages) <= 2, name
        assert round(pages[0].width * 25.4 / 96) == 210  # A4, as the sheet's @page asks


@pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("chromium-browser")),
    reason="no headless chromium here (Debian: apt-get install chromium)",
)
def test_worksheet_prints_on_at_most_two_a4_pages_chromium(
    content: Content, tmp_path: Path
) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    assert browser is not None
    for name, text in _sheets(content)[3::4]:  # the fullest in each language: a browser is slow
        page = tmp_path / f"{name}.html"
        page.write_text(text, encoding="utf-8")
        pdf = tmp_path / f"{name}.pdf"
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={tmp_path / 'profile'}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={pdf}",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=False,
            env={**os.environ, "HOME": str(tmp_path)},
        )
        data = pdf.read_bytes()
        assert 1 <= len(re.findall(rb"/Type\s*/Page[^s]", data)) <= 2, name


# --- the room tally


counts = st.none() | st.integers(min_value=0, max_value=60)


@given(
    st.none() | st.integers(min_value=0, max_value=60),
    st.fixed_dictionaries({type_id: counts for type_id in SUPPORT_TYPES}),
)
def test_tally_never_shows_a_small_room_and_refuses_counts_above_it(
    people: int | None, thin: dict[str, int | None]
) -> None:
    view = tally(people, thin, SETTINGS)
    if people is None or people < SETTINGS.min_people:
        assert view.too_few and not view.shows_bars
        assert all(line.share is None and line.thin is None for line in view.types)
        return
    for line in view.types:
        count = thin[line.type_id]
        if count is None:
            assert line.share is None
        elif count > people:
            assert line.too_many and line.share is None and line.band is None
        elif count < SETTINGS.min_cell or people - count < SETTINGS.min_cell:
            # small-cell suppression: words only, no number, no bar
            assert line.coarse == ("few" if count < SETTINGS.min_cell else "most")
            assert line.share is None and line.band is None
        else:
            assert line.coarse is None
            assert line.share is not None and 0.0 <= line.share <= 1.0
            assert line.band is not None
            assert (line.band.id == SETTINGS.bands[0].id) == (count == 0)


@given(st.integers(min_value=5, max_value=999), st.data())
def test_share_bands_grow_with_the_count(people: int, data: st.DataObject) -> None:
    low = data.draw(st.integers(min_value=0, max_value=people))
    high = data.draw(st.integers(min_value=low, max_value=people))
    order = [band.id for band in SETTINGS.bands]
    assert order.index(SETTINGS.band_for(low, people).id) <= order.index(
        SETTINGS.band_for(high, people).id
    )


def test_the_minimum_and_the_words_are_data() -> None:
    assert SETTINGS.min_people >= 5 > MIN_PEOPLE_FLOOR - 1
    assert set(SETTINGS.questions) == set(SUPPORT_TYPES)
    assert SETTINGS.band_for(12, 23).label("en") == "thin for many"
    assert SETTINGS.band_for(0, 23).label("id") == "tidak ada yang merasa tipis"


def test_a_bad_room_file_is_one_located_line(tmp_path: Path) -> None:
    bad = tmp_path / "room.toml"
    bad.write_text(
        ROOM_FILE.read_text(encoding="utf-8").replace("min_people = 5", "min_people = 1")
    )
    with pytest.raises(DataError) as error:
        load_room_settings(bad)
    problem = error.value.problems[0]
    line = bad.read_text(encoding="utf-8").splitlines().index("min_people = 1") + 1
    assert problem.line == line and problem.field == "min_people"


def test_help_kinds_come_from_the_directory(content: Content) -> None:
    kinds = help_kinds((row[1], row[2]) for row in content.directory.rows)
    assert set(kinds) == set(SUPPORT_TYPES) and all(kinds.values())
    assert "crisis_line" not in {k for found in kinds.values() for k in found}


# --- the room view


def room_app(content: Content, lang: str = "id") -> PulihApp:
    app = PulihApp(lang, today=TODAY, load=lambda: content, room=True)  # type: ignore[arg-type]
    app.animation_level = "none"
    return app


def bars(app: PulihApp) -> dict[str, str]:
    screen = app.screen
    return {
        type_id: str(screen.query_one(f"#room-bar-{type_id}", Static).render())
        for type_id in SUPPORT_TYPES
        if screen.query_one(f"#room-bar-{type_id}").display
    }


async def test_a_room_of_23_in_twelve_keys(content: Content) -> None:
    app = room_app(content)
    async with app.run_test(size=(60, 20)) as pilot:
        await press(pilot, "2", "3", "tab", "9", "tab", "1", "2", "tab", "4", "tab", "1", "5")
        assert isinstance(app.screen, RoomScreen)
        shown = bars(app)
        assert "tipis bagi sebagian orang · 9 dari 23" in shown["emotional"]
        assert "tipis bagi banyak orang · 12 dari 23" in shown["instrumental"]
        assert "█" in shown["appraisal"]
        detail = str(app.screen.query_one("#room-detail", Static).render())
        assert SETTINGS.questions["appraisal"]("id") in detail.replace("\n", " ")


async def test_a_room_under_the_minimum_shows_no_bars(content: Content) -> None:
    app = room_app(content, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "9", "tab", "3", "tab", "shift+tab", "shift+tab", "backspace", "4")
        assert bars(app) == {}
        status = str(app.screen.query_one("#room-status", Static).render())
        assert "Too few to show without identifying anyone" in status
        fields = list(app.screen.query(CountField))
        assert fields[0].value == 4 and fields[1].masked
        assert "3" not in str(fields[1].render())  # a typed count is not shown either
        await press(pilot, "tab", "2")  # and none can be typed
        assert fields[1].value == 3 and bars(app) == {}


async def test_no_count_that_could_point_at_people_is_shown(content: Content) -> None:
    """A room of five with 5, 1 and 0 (issue 25): only "almost everyone" / "a few", no number,
    no bar, and the typed digits hide once the facilitator moves on."""
    app = room_app(content, "en")
    async with app.run_test(size=(60, 20)) as pilot:
        await press(pilot, "5", "tab", "5", "tab", "1", "tab", "0", "tab", "3")
        shown = bars(app)
        assert "almost everyone" in shown["emotional"]
        assert "a few people" in shown["instrumental"] and "a few" in shown["informational"]
        assert "almost everyone" in shown["appraisal"]  # 3 of 5 leaves 2 on the other side
        for text in shown.values():
            assert " of 5" not in text and "█" not in text
        fields = {f.id: f for f in app.screen.query(CountField)}
        assert "•" in str(fields["room-emotional"].render())  # typed 5, not focused
        assert "5" not in str(fields["room-emotional"].render())


async def test_counts_above_the_room_are_refused(content: Content) -> None:
    app = room_app(content, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "1", "0", "down", "1", "1")
        field = app.screen.query_one("#room-emotional", CountField)
        assert field.value == 1
        status = str(app.screen.query_one("#room-status", Static).render())
        assert "Cannot be more than 10" in status
        await press(pilot, "backspace", "9", "up", "backspace", "8")
        assert "9 of 18" in bars(app)["emotional"]
        await press(pilot, "backspace", "backspace", "8")  # the room shrinks below the count
        assert bars(app)["emotional"].strip() == "more than the people in the room"


async def test_room_mode_writes_and_opens_nothing(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pulih.core.store import database as store

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("room mode must not open the store")

    monkeypatch.setattr(store.Store, "open", classmethod(refuse))
    for folder in folders():
        folder.mkdir(parents=True, exist_ok=True)
    (folders()[0] / "pulih.db").write_bytes(b"someone's results")
    before = tree(*folders())
    app = PulihApp("id", today=TODAY, room=True)  # the real loader: no cache may be written
    app.animation_level = "none"
    async with app.run_test(size=(60, 20)) as pilot:
        await press(pilot, "2", "3", "tab", "9", "tab", "1", "2", "q", "y")
    assert app.save is False and tree(*folders()) == before


async def test_the_demo_welcome_opens_the_room_and_the_guide(content: Content) -> None:
    app = demo_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        workshop = str(app.screen.query_one("#welcome-workshop", Static).render())
        assert "k" in workshop and "g" in workshop
        await press(pilot, "k")
        assert isinstance(app.screen, RoomScreen)
        await press(pilot, "b", "g")
        assert isinstance(app.screen, LearnScreen)
        assert app.screen.pages == load_pages(GUIDE_FILE)
        await press(pilot, "b")
        assert isinstance(app.screen, WelcomeScreen)


async def test_outside_a_demo_k_and_g_do_nothing(content: Content) -> None:
    app = make_app(content)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "k", "g")
        assert isinstance(app.screen, WelcomeScreen)


def test_room_without_a_terminal_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = tree(*folders())
    assert main(["--room", "--lang", "en"]) == 2  # pytest's stdin is not a terminal
    out, err = capsys.readouterr()
    assert out == "" and err.strip() == (
        "pulih: the room view (--room) needs a terminal; for paper, use: pulih worksheet"
    )
    assert tree(*folders()) == before


async def test_room_mode_blanks_the_screen_with_z(content: Content) -> None:
    from pulih.tui.screens.overlays import BlankScreen

    app = room_app(content)
    async with app.run_test(size=(60, 20)) as pilot:
        await press(pilot, "z")
        assert isinstance(app.screen, BlankScreen)
