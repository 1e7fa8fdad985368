"""Named, dated help near the person in every province (issue 23).

The review found no mental hospital or RSUD psychiatric clinic named in any province, entries
from 2009 shown as "checked last month", paid apps and city activities offered as local, and the
RSJ offered after a Puskesmas that did not help as if no referral were needed. These tests hold
the promise for every kabupaten/kota of Indonesia, through the core and through the command line.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pulih.cli import main
from pulih.core.content import Content
from pulih.core.directory.matching import MatchIndex, Need, match_resources
from pulih.core.directory.preferences import Preferences
from pulih.core.directory.regions import all_places, find_place, provinces
from pulih.core.directory.resources import ENTRY_HIDE_MONTHS, entry_age, months_between
from tests.conftest import ROOT, TODAY


@pytest.fixture(scope="module")
def index(content: Content) -> MatchIndex:
    return MatchIndex(content.directory)


def need(level: str, **weights: float) -> Need:
    return Need(weights or {"emotional": 1.0}, frozenset(weights), level)  # type: ignore[arg-type]


def named_specialised(suggestions: list, today: date) -> list:  # type: ignore[type-arg]
    """Specialised services named for the person (local, or the nearest listed, said so), with
    an address and a source within 36 months."""
    return [
        s
        for s in suggestions
        if s.layer == "specialised"
        and not s.resource.nationwide
        and s.resource.address
        and entry_age(s.resource, today) is not None
        and (s.local or s.nearest)
    ]


@pytest.mark.parametrize("level", ["urgent", "strong"])
def test_every_kabupaten_and_kota_gets_a_named_specialised_service(
    index: MatchIndex, level: str
) -> None:
    """Done when: for a person in any kabupaten/kota of any of the 38 provinces, a named
    in-person specialised service in their province (or, named as such, the nearest one), with
    an address and a source not older than 36 months. 552 places (38 provinces, 514 kab/kota)."""
    missing = []
    for place in all_places():
        found = match_resources(index, need(level), Preferences(region=place.name), "en")
        named = named_specialised(found, TODAY)
        if not named:
            missing.append(place.name)
            continue
        # in the person's own province, unless none is listed there: then the nearest, said so
        for suggestion in named:
            provinces_of = {find_place(r).province_code for r in suggestion.resource.regions}  # type: ignore[union-attr]
            assert suggestion.nearest or place.province_code in provinces_of, place.name
            if suggestion.nearest:
                assert "another province" in suggestion.reason_text()
    assert missing == []
    assert len(all_places()) == 552


def test_at_urgent_the_specialised_service_leads_and_at_strong_the_door_into_jkn(
    index: MatchIndex,
) -> None:
    makassar = Preferences(region="Kota Makassar")
    urgent = match_resources(index, need("urgent"), makassar, "id")
    assert urgent[0].layer == "specialised" and urgent[0].local
    assert any(s.resource.kind == "puskesmas" for s in urgent[:3])
    strong = match_resources(index, need("strong"), makassar, "id")
    assert strong[0].resource.kind == "puskesmas"
    assert strong[0].refers_to in {s.resource.name for s in strong if s.layer == "specialised"}
    assert "RSKD Dadi" in strong[0].refers_to or "Sayang Rakyat" in strong[0].refers_to


@pytest.mark.parametrize("code", ["93", "94", "95"])
def test_a_province_with_none_of_its_own_is_named_the_nearest_in_another_province(
    index: MatchIndex, code: str
) -> None:
    place = next(p for p in provinces() if p.code == code)
    found = match_resources(index, need("urgent"), Preferences(region=place.name), "en")
    nearest = [s for s in found if s.nearest]
    assert nearest and nearest[0].resource.name == "RSJD Abepura"
    assert "the nearest listed: in Kota Jayapura, Papua (another province)" in nearest[0].reasons


def test_reflect_json_at_urgent_carries_the_named_service_with_its_source_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the command line, for one kabupaten/kota in each of the 38 provinces."""
    for province in provinces():
        place = next(p for p in all_places() if p.province_code == province.code and p != province)
        answers = tmp_path / "a.toml"
        answers.write_text(
            f'[refleksi-dukungan]\nE1 = 2\n[cek-kondisi]\nK1 = 1\nK3 = 1\n[preferences]\nregion = "{place.name}"\n',
            encoding="utf-8",
        )
        assert main(["reflect", "--answers", str(answers), "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["referral"] == "urgent"
        assert data["place"]["code"] == place.code
        named = [
            s
            for s in data["suggestions"]
            if s["layer"] == "specialised" and s.get("address") and (s["local"] or s["nearest"])
        ]
        assert named, place.name
        for suggestion in data["suggestions"]:  # every suggestion carries its source date
            assert suggestion["source_date"] is not None, suggestion["id"]
            age = months_between(date.fromisoformat(suggestion["source_date"]), TODAY)
            assert age <= ENTRY_HIDE_MONTHS, suggestion["id"]
            assert {"layer", "regions", "verified", "stale"} <= set(suggestion)


def test_check_coverage_shows_every_province(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--coverage"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().splitlines()[-1].startswith("38/38 provinces name specialised care")
    assert "Papua Pegunungan" in out and "(nearest: RSJD Abepura (Papua))" in out


# --- every entry ages, not only crisis routes


def test_no_entry_older_than_36_months_or_undated_is_shown(content: Content) -> None:
    directory = content.directory
    entries = [directory.resource(i) for i in range(len(directory.rows))]
    assert entries
    for entry in entries:
        assert entry_age(entry, TODAY) is not None, entry.id
    shown = {e.id for e in entries}
    for retired in ("yayasan-pulih", "halodoc-kesehatan-jiwa", "himpsi-cari-psikolog", "talknow"):
        assert retired not in shown


def test_a_stale_entry_says_so_and_never_leads(content: Content, index: MatchIndex) -> None:
    from pulih.core.questionnaire.scoring import evaluate
    from pulih.core.report.present import present
    from pulih.core.report.view import render_text

    manado = Preferences(region="Kota Manado")
    found = match_resources(index, need("urgent"), manado, "en")
    stale = [s for s in found if s.stale]
    assert stale and not found[0].stale  # the RSJ of Sulawesi Utara: 2024-01, 34 months
    answers = {content.reflection.id: {"E1": 1, "E2": 1}, content.check.id: {"K1": 1, "K3": 1}}
    text = render_text(
        present(evaluate(content.reflection, content.check, answers), content, manado, "en", TODAY)
    )
    assert "Newest source: May 2024 · may have changed, check before you go" in text
    assert "Last checked: 2026" not in text  # never the day the file was written


def test_check_says_which_entries_are_not_shown_and_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_partner_directories import NGUNUT, write

    old = write(tmp_path, "lama.toml", NGUNUT.replace('"2026-11-01"', '"2019-03-13"'))
    assert main(["check", str(old)]) == 0  # a warning: the file is valid, the entry not shown
    err = capsys.readouterr().err
    assert "newest source 92 months ago (more than 36): it is not shown" in err


# --- tiers, paid help, basic needs, city-only activities


@pytest.mark.parametrize("level", ["strong", "urgent"])
def test_a_paid_service_never_leads_unless_narrowed_to_paid(index: MatchIndex, level: str) -> None:
    for place in ("Kota Makassar", "Kabupaten Jayawijaya", ""):
        found = match_resources(index, need(level), Preferences(region=place), "en")
        assert all(s.resource.cost != "paid" for s in found[:3] if not s.later), place


def test_basic_needs_come_when_practical_support_is_thin(index: MatchIndex) -> None:
    practical = match_resources(index, need("none", instrumental=2.5), Preferences(), "en")
    assert any(s.layer == "basic" for s in practical)
    feelings = match_resources(index, need("none", emotional=2.5), Preferences(), "en")
    assert not any(s.layer == "basic" for s in feelings)


def test_city_only_activities_are_not_near_a_kabupaten(index: MatchIndex) -> None:
    walking = Preferences(interests=("olahraga", "jalan kaki"))
    city = [
        s.resource.id
        for s in match_resources(
            index,
            need("none", appraisal=2.5),
            Preferences(region="Kota Bandung", interests=walking.interests),
            "en",
        )
    ]
    rural = [
        s.resource.id
        for s in match_resources(
            index,
            need("none", appraisal=2.5),
            Preferences(region="Kabupaten Sumba Barat Daya", interests=walking.interests),
            "en",
        )
    ]
    assert "olahraga-bersama" in city and "olahraga-bersama" not in rural


# --- the build is a re-run


def test_the_bundled_layer_is_what_its_sources_build() -> None:
    """tools/specialised_care.py regenerates directory/specialised-care.toml exactly from the
    researched lists and layer.toml: a refresh is a re-run plus review."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "specialised_care", ROOT / "tools" / "specialised_care.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.main(["--check"]) == 0


def test_every_named_hospital_has_its_provenance(content: Content) -> None:
    from pulih.core.directory.layers import read_directory

    _, layer = read_directory(ROOT / "directory" / "specialised-care.toml", TODAY)
    assert len(layer.resources) >= 50
    for entry in layer.resources:
        assert entry.kind == "hospital" and entry.access is not None
        assert any(not s.general for s in entry.sources), entry.id
        if entry.address:
            assert any("address" in s.note for s in entry.sources), entry.id
        for phone in entry.phones:
            digits = "".join(c for c in phone.number if c.isdigit())
            assert any(digits in "".join(c for c in s.note if c.isdigit()) for s in entry.sources)
        # it ages by its sources about the psychiatric service: for a general hospital's clinic
        # one that confirms poli_jiwa or kind; a mental hospital is the service as a whole
        dating = [s for s in entry.sources if s.date and not s.general and s.about_service]
        if entry.description.en.startswith("General hospital"):
            for source in dating:
                confirms = source.note.split("confirms ", 1)[-1].split(";")[0].split(", ")
                assert {"poli_jiwa", "kind"} & set(confirms), (entry.id, source.url)
        else:  # a registry row dates nothing, even for a mental hospital
            assert all(s.about_service or s.note.startswith(SIRS) for s in entry.sources), entry.id
        if entry.visible:
            assert dating, entry.id


SIRS = "Kemenkes SIRS hospital list"
"""How a source quoting the hospital registry's row begins (tools/specialised_care.py --sirs)."""


def test_a_phone_from_the_hospital_registry_is_a_landline_and_says_where_it_is_from() -> None:
    """The registry's contact may be a staff member's own mobile: only landlines are taken, an
    entry whose number only the registry holds says so, and a registry row never makes an
    entry fresher (its sources about the service decide)."""
    from pulih.core.directory.layers import read_directory

    _, layer = read_directory(ROOT / "directory" / "specialised-care.toml", TODAY)
    from_registry = 0
    for entry in layer.resources:
        registry = [s for s in entry.sources if s.note.startswith(SIRS)]
        assert all(not s.about_service and s.date is not None for s in registry), entry.id
        others = "".join(c for s in entry.sources if s not in registry for c in s.note)
        for phone in entry.phones:
            digits = "".join(c for c in phone.number if c.isdigit())
            if digits in "".join(c for c in others if c.isdigit()):
                continue
            from_registry += 1
            assert not digits.removeprefix("62").lstrip("0").startswith("8"), entry.id
            assert f"Its phone {phone.number} is the one in the Kemenkes hospital registry" in (
                entry.note or ""
            ), entry.id
    assert from_registry >= 30  # 41 landlines were listed from the copy of 2026-01-21


# --- "Coba juga" follows the referral chain


def test_after_a_puskesmas_that_did_not_help_the_rsj_only_comes_with_a_referral(
    content: Content,
) -> None:
    """A review: after Puskesmas was marked not helpful, 'Coba juga' proposed the RSJ, which
    needs a Puskesmas referral under BPJS, as if none were needed."""
    from dataclasses import replace

    from pulih.core.store.steps import StepOutcome, adjust
    from tests.test_steps import a_result

    saved = a_result(content, {"C1": 3, "C2": 3, "D1": 3, "D2": 3, "K1": 0})  # severe: strong
    assert saved.results.referral == "strong"
    for region in ("Kota Makassar", "Kabupaten Jayawijaya", ""):
        chosen = replace(saved, next_steps=("puskesmas",), preferences=Preferences(region=region))
        outcome = {"puskesmas": StepOutcome("puskesmas", "not_helpful", "", TODAY)}
        (alternative,) = adjust(chosen, outcome, None, content, "en", TODAY)
        if alternative.suggestion.layer == "specialised":
            assert "ask the puskesmas for a referral to" in alternative.reason, region
        else:
            assert alternative.suggestion.layer == "focused", region


def test_the_exported_note_carries_a_chosen_step_as_the_screen_shows_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A chosen hospital keeps its address, JKN route and source date in the note; a chosen
    Puskesmas says where it refers; never 'Terakhir dicek' from the file's assured_date."""
    answers = tmp_path / "jawaban.toml"
    answers.write_bytes(
        b"refleksi-dukungan = { E1 = 1, E2 = 1, E3 = 1, I1 = 1, I2 = 1, I3 = 1, N1 = 1, N2 = 1,"
        b" A1 = 1, A2 = 1, A3 = 1 }\n"
        b"cek-kondisi = { C1 = 3, C2 = 3, D1 = 3, D2 = 3, K1 = 0, K2 = 0 }\n"
        b'[preferences]\nregion = "Kota Makassar"\n'
        b'[next_steps]\nchosen = ["puskesmas", "rs-7371096"]\n'
    )
    assert main(["reflect", "--answers", str(answers), "--save"]) == 0
    note = tmp_path / "catatan.md"
    assert main(["export", "-o", str(note)]) == 0
    capsys.readouterr()
    text = note.read_text(encoding="utf-8")
    assert "Terakhir dicek" not in text
    (dadi,) = [line for line in text.splitlines() if line.startswith("- RSKD Dadi")]
    assert "Jl. Lanto Dg. Pasewang No. 34" in dadi and "(Sumber terbaru: " in dadi
    assert "Dengan BPJS/JKN" in dadi
    (puskesmas,) = [line for line in text.splitlines() if line.startswith("- Puskesmas")]
    assert "Sayang Rakyat" in puskesmas and "BPJS" in text  # Dadi carries a caveat (moved)
    assert "Sejak 30 Des 2025" in dadi


def test_the_nearest_stands_in_only_once_the_province_has_none_of_its_own() -> None:
    """Sulawesi Barat's two entries age out on 2027-03-12 (no source newer than Feb 2024
    confirms their poli jiwa): until then they are named and the nearest in Makassar is not;
    after, Makassar's is named as the nearest, never as if it were in Sulbar."""
    from pulih.core.content import directory_files, load_content
    from pulih.core.directory.coverage import coverage
    from pulih.core.directory.layers import load_layers

    strong = Need({"emotional": 1.0}, frozenset({"emotional"}), "urgent", frozenset())
    mamuju = Preferences(region="Kabupaten Mamuju")
    for day, own in ((date(2026, 12, 7), True), (date(2027, 4, 1), False)):
        content = load_content(day)
        found = match_resources(MatchIndex(content.directory), strong, mamuju, "en", limit=12)
        specialised = [s for s in found if s.layer == "specialised"]
        assert specialised, day
        if own:
            assert not any(s.nearest for s in found), day
            assert any("Sulawesi Barat" in s.resource.regions for s in specialised), day
        else:
            assert specialised[0].nearest and "Sulawesi Selatan" in specialised[0].resource.regions
        layered = load_layers(directory_files([], False), day)
        rows = {row.province.name: row for row in coverage(layered.directory.resources, day)}
        assert rows["Sulawesi Barat"].covered
        assert bool(rows["Sulawesi Barat"].counts["specialised"]) is own
