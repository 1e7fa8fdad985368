"""The shape of suggestions: tiers by referral level, place, audience, "daring", and generic
entries a person can act on. Property tests run over generated directories."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pulih.cli import main
from pulih.core.content import load_content
from pulih.core.directory import regions
from pulih.core.directory.catalogue import Catalogue
from pulih.core.directory.layers import layer
from pulih.core.directory.matching import (
    MatchIndex,
    Need,
    _person,
    _scores,
    _Wanted,
    match_resources,
    place_notice,
    suggestions_json,
)
from pulih.core.directory.preferences import Preferences
from pulih.core.directory.regions import PROVINCES, Nearness, nearness
from pulih.core.directory.resources import Directory, Kind, Resource, crisis_routes
from pulih.core.directory.taxonomy import PROFESSIONAL_LAYERS, load_taxonomy, taxonomy
from pulih.core.questionnaire.problems import DataError
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.report.present import narrowing_text, present
from pulih.core.report.view import render_markdown, render_text
from tests.conftest import ROOT, TODAY

CONTENT = load_content(TODAY)
INDEX = MatchIndex(CONTENT.directory)
KINDS = taxonomy()


def need(referral: str, **weights: float) -> Need:
    weights = weights or {"emotional": 2.0}
    return Need(weights, frozenset(weights), referral)  # type: ignore[arg-type]


# --- the taxonomy is data


def test_the_taxonomy_names_every_kind_and_every_shown_audience() -> None:
    assert set(KINDS.kinds) == set(Kind.__args__)  # type: ignore[attr-defined]
    for name in CONTENT.directory.audience_names:
        assert name in KINDS.audiences, name
    for name in CONTENT.directory.interest_names:  # a review: English showed "berkebun"
        assert name in KINDS.interests, name
        assert KINDS.interest_label(name, "en") != name, name
    assert KINDS.professional("puskesmas") and not KINDS.professional("support_group")


def test_a_bad_taxonomy_is_a_located_error(tmp_path: Path) -> None:
    bad = tmp_path / "taxonomy.toml"
    bad.write_text('[kinds.puskesmas]\nlayer = "doctor"\n', encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_taxonomy(bad)
    assert str(error.value).startswith(f"{bad}:2: kinds.puskesmas.layer:")


def test_a_taxonomy_must_place_every_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partial = tmp_path / "taxonomy.toml"
    partial.write_text('[kinds.puskesmas]\nlayer = "focused"\n', encoding="utf-8")
    assert main(["check", str(partial)]) == 2
    assert "every kind needs a layer; missing crisis_line" in capsys.readouterr().err
    assert main(["check"]) == 0
    assert "taxonomy.toml: ok (19 kinds" in capsys.readouterr().out


def test_an_entry_without_types_meets_its_kinds_default() -> None:
    entry = resource("x", "support_group", ["offline"], ["nasional"], types=[])
    merged = layer(Directory(resources=[entry]), []).directory
    assert merged.resources[0].support_types == KINDS.meets("support_group")


# --- tiers by need


def professional_first(found: list[object]) -> bool:
    return bool(found) and found[0].layer in PROFESSIONAL_LAYERS  # type: ignore[attr-defined]


@pytest.mark.parametrize("referral", ["urgent", "strong"])
def test_urgent_and_strong_put_professional_help_first(referral: str) -> None:
    found = match_resources(
        INDEX, need(referral, appraisal=2.5, emotional=2.0), Preferences(), "id"
    )
    layers = [s.layer for s in found]
    first_community = next(i for i, x in enumerate(layers) if x not in PROFESSIONAL_LAYERS)
    assert first_community >= 1
    assert all(x in PROFESSIONAL_LAYERS for x in layers[:first_community])
    assert [s.later for s in found[first_community:]] == [referral == "urgent"] * (
        len(found) - first_community
    )


def test_suggest_has_a_professional_among_the_first_three() -> None:
    found = match_resources(
        INDEX, need("suggest", appraisal=2.5, emotional=2.5), Preferences(), "id"
    )
    assert any(s.layer in PROFESSIONAL_LAYERS for s in found[:3])


def test_none_offers_only_community_peer_and_activities() -> None:
    found = match_resources(INDEX, need("none", informational=2.0), Preferences(), "en")
    assert found and all(s.layer in ("peer", "community", "activity") for s in found)


def urgent_view() -> object:
    support = {i.id: 2 for i in CONTENT.reflection.items}
    results = evaluate(
        CONTENT.reflection,
        CONTENT.check,
        {"refleksi-dukungan": support, "cek-kondisi": {"K1": 1, "K2": 1, "K3": 1}},
    )
    return results


@pytest.mark.parametrize("lang, line", [("id", "Setelah itu, bila Anda mau"), ("en", "After that")])
def test_the_line_before_community_options_in_text_markdown_json_and_export(
    lang: str, line: str
) -> None:
    from pulih.core.report.export import Note, note_html, note_markdown
    from pulih.core.store.record import SavedResult

    results = urgent_view()
    view = present(results, CONTENT, Preferences(), lang, TODAY)  # type: ignore[arg-type]
    assert results.referral == "urgent"  # type: ignore[attr-defined]
    for text in (render_text(view), render_markdown(view)):
        before, after = text.split(line)
        assert "Puskesmas" in before and "kelompok" in after.lower()
    items = suggestions_json(view.suggestions, lang)  # type: ignore[arg-type]
    # at urgent the specialised service leads, then focused help (the IASC pyramid)
    assert items[0]["layer"] == "specialised" and items[-1]["later"] is True
    assert any(item["layer"] == "focused" for item in items if not item["later"])
    saved = SavedResult(
        datetime_now(),
        lang,
        {},
        results,
        Preferences(),  # type: ignore[arg-type]
    )
    note = Note(view, saved, [], False)
    assert line in note_markdown(note) and line in note_html(note)


def datetime_now() -> object:
    from datetime import datetime

    return datetime(2026, 11, 22, 10, 0).astimezone()


# --- place


def test_nothing_in_person_nearby_is_said_plainly_with_what_to_do() -> None:
    """Counted after audience and tier filtering: Sumba Barat Daya has no community entry of its
    own (a review found its worksheet listing national apps as if local), but Nusa Tenggara Timur
    has a mental hospital, which counts when professional help is what is suggested."""
    prefs = Preferences(region="Kabupaten Sumba Barat Daya")
    notice = place_notice(INDEX, prefs, "id", need("none", emotional=2.0))
    assert notice is not None and notice.startswith(
        "Belum ada layanan yang tercatat untuk Kabupaten Sumba Barat Daya sendiri"
    )
    assert "(seperti puskesmas)" in notice  # what is listed under it is not a contradiction
    assert place_notice(INDEX, prefs, "en", need("strong")) is None  # RSJ Naimata, Kupang
    assert place_notice(INDEX, Preferences(region="DKI Jakarta"), "en", need("none")) is None
    assert place_notice(INDEX, Preferences(), "en") is None
    # nothing in person in the province (the nearest mental hospital is in another one): one
    # way to reach help from home is offered too
    far = Preferences(region="Kabupaten Jayawijaya")
    found = match_resources(INDEX, need("strong"), far, "id")
    assert any(set(s.resource.modes) - {"offline"} for s in found)
    assert any(s.nearest and s.resource.id == "rs-9271045" for s in found)
    view = present(urgent_view(), CONTENT, far, "en", TODAY)  # type: ignore[arg-type]
    assert view.notice and view.notice in render_text(view) and view.notice in render_markdown(view)


def test_daring_leaves_out_in_person_only_entries() -> None:
    for referral in ("none", "suggest", "strong", "urgent"):
        found = match_resources(INDEX, need(referral), Preferences(modes=("online",)), "id")
        assert found and all(s.resource.modes != ["offline"] for s in found)


def test_the_active_narrowing_in_words() -> None:
    prefs = Preferences(region="DI Yogyakarta", modes=("online",), cost=("free",))
    assert narrowing_text(prefs, "id") == "Wilayah: DI Yogyakarta · daring · gratis"
    assert narrowing_text(Preferences(audience=("lansia",)), "en") == "Narrowed: older people"
    assert narrowing_text(Preferences(interests=("berkebun",)), "en") == "Narrowed: gardening"
    assert narrowing_text(Preferences(interests=("berkebun",)), "id") == "Disaring: berkebun"
    assert narrowing_text(Preferences(), "id") == ""


# --- audience


def test_audience_entries_only_for_the_audience_chosen() -> None:
    thin = need("none", appraisal=2.5, emotional=2.0)
    general = [s.resource.id for s in match_resources(INDEX, thin, Preferences(), "id")]
    assert "kpsi" not in general and "posyandu-lansia" not in general
    chosen = match_resources(INDEX, thin, Preferences(audience=("lansia",)), "en")
    posyandu = next(s for s in chosen if s.resource.id == "posyandu-lansia")
    assert "for older people" in posyandu.reasons


# --- generic entries a person can act on


def test_generic_entries_need_how_to_find_and_what_to_say(tmp_path: Path) -> None:
    bad = tmp_path / "mitra.toml"
    bad.write_text(
        """[[resource]]
id = "kelompok"
name = "Kelompok"
description = { id = "Kelompok.", en = "Group." }
assured_date = 2026-11-01
kind = "support_group"
modes = ["offline"]
regions = ["nasional"]
cost = "free"
provider = "community"
confidence = "medium"
sources = [{ url = "https://example.org/k" }]
""",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as error:  # alone (over the national one it is left out)
        load_content(TODAY, [bad], only=True)
    lines = str(error.value).splitlines()
    assert lines[0].startswith(f"{bad}:1: resource[0].how_to_find: an entry with no contact")
    assert "resource[0].ask" in lines[1]


def test_how_to_find_and_what_to_say_are_shown_and_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = match_resources(INDEX, need("none", appraisal=2.5), Preferences(), "id")
    generic = next(s for s in found if s.resource.id == "kelompok-dukungan-sebaya")
    support = {i.id: 1 for i in CONTENT.reflection.items}
    results = evaluate(CONTENT.reflection, CONTENT.check, {"refleksi-dukungan": support})
    view = present(results, CONTENT, Preferences(), "id", TODAY)
    assert "Cara menemukannya:" in render_text(view)
    assert "Yang bisa Anda katakan: “" in render_markdown(view)
    item = suggestions_json([generic], "id")[0]
    assert item["ask"] == "Saya ingin tahu apakah di sini ada kelompok dukungan sebaya."
    assert str(item["how_to_find"]).startswith("Tanyakan ke puskesmas")
    answers = tmp_path / "a.toml"
    answers.write_text("[refleksi-dukungan]\n" + "".join(f"{k} = 1\n" for k in support))
    assert main(["reflect", "--answers", str(answers), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any("ask" in s and "how_to_find" in s for s in data["suggestions"])


# --- the JSON Schema is current


def test_the_published_json_schema_is_current() -> None:
    from pulih.core.directory.schema import schemas

    for name, schema in schemas().items():
        path = ROOT / "schema" / name
        assert json.loads(path.read_text(encoding="utf-8")) == schema, (
            f"{path} is out of date: python -m pulih.core.directory.schema"
        )


# --- generated directories (hypothesis)

TYPES = ["emotional", "instrumental", "informational", "appraisal"]
PLACES = ["nasional", *PROVINCES[:6], "DI Yogyakarta", "Bali"]


def resource(
    rid: str,
    kind: str,
    modes: list[str],
    regions_: list[str],
    types: list[str] | None = None,
    audience: list[str] | None = None,
) -> Resource:
    return Resource.model_validate(
        {
            "id": rid,
            "name": f"Entry {rid}",
            "description": {"id": "Contoh.", "en": "Example."},
            "assured_date": date(2026, 11, 1),
            "support_types": ["emotional", "appraisal"] if types is None else types,
            "kind": kind,
            "modes": modes,
            "regions": regions_,
            "cost": "free",
            "audience": audience or [],
            "provider": "community",
            "confidence": "high",
            "sources": [{"url": "https://example.org/x"}],
        }
    )


entries = st.builds(
    lambda kind, modes, where, types, audience: (kind, modes, where, types, audience),
    st.sampled_from([k for k in KINDS.kinds if KINDS.layer(k) != "crisis"]),
    st.lists(
        st.sampled_from(["online", "offline", "phone", "chat"]), min_size=1, max_size=2, unique=True
    ),
    st.lists(st.sampled_from(PLACES), min_size=1, max_size=2, unique=True),
    st.lists(st.sampled_from(TYPES), min_size=1, max_size=3, unique=True),
    st.sampled_from([[], [], [], ["lansia"], ["ods"]]),
)


def build(generated: list[tuple[str, list[str], list[str], list[str], list[str]]]) -> MatchIndex:
    resources = [
        resource(f"e{i}", kind, modes, where, types, audience)
        for i, (kind, modes, where, types, audience) in enumerate(generated)
    ]
    # Always one national, in-person Puskesmas, as in the bundled directory.
    resources.append(resource("pkm", "puskesmas", ["offline"], ["nasional"], TYPES[:3]))
    return MatchIndex(Catalogue.from_directory(Directory(resources=resources)))


person_prefs = st.builds(
    Preferences,
    region=st.sampled_from(["", *PLACES[1:]]),
    modes=st.sampled_from([(), ("online",), ("offline",), ("phone", "chat")]),
    audience=st.sampled_from([(), ("lansia",)]),
)
needs = st.builds(
    lambda weights, referral: Need(weights, frozenset(weights), referral),
    st.dictionaries(st.sampled_from(TYPES), st.floats(0.5, 2.5), max_size=3),
    st.sampled_from(["none", "suggest", "strong", "urgent"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(entries, min_size=1, max_size=25), needs, person_prefs)
def test_generated_directories_keep_the_shape(
    generated: list[tuple[str, list[str], list[str], list[str], list[str]]],
    wanted: Need,
    prefs: Preferences,
) -> None:
    index = build(generated)
    found = match_resources(index, wanted, prefs, "id")
    person = _person(prefs)
    rows = index.catalogue.rows
    eligible = _scores(index, wanted, _Wanted.of(prefs), 10**9, person)
    profiles = index.catalogue.profiles
    if wanted.referral in ("strong", "urgent") and any(
        KINDS.layer(profiles[rows[p][10]][0]) in PROFESSIONAL_LAYERS for _, p in eligible
    ):
        assert professional_first(found)
    if wanted.referral == "none":
        assert not any(s.layer in PROFESSIONAL_LAYERS for s in found)
    flags = [s.later for s in found]
    assert flags == sorted(flags)  # nothing above the line comes after it
    assert all(s.layer not in PROFESSIONAL_LAYERS for s in found if s.later)
    for suggestion in found:
        entry = suggestion.resource
        if person is not None and entry.modes == ["offline"]:
            assert nearness(person, entry.regions) != Nearness.ELSEWHERE, entry
        if entry.audience:
            assert set(entry.audience) & set(prefs.audience)
        if "online" in prefs.modes and "offline" not in prefs.modes:
            assert entry.modes != ["offline"]


@settings(max_examples=60, deadline=None)
@given(st.lists(entries, max_size=8))
def test_a_partner_file_never_removes_a_national_crisis_route(
    generated: list[tuple[str, list[str], list[str], list[str], list[str]]],
) -> None:
    from pulih.core.directory.layers import read_directory
    from pulih.core.files.data import resources_file

    _, base = read_directory(resources_file(), TODAY)
    national = [r for r in base.resources if r.crisis]
    partner = [
        resource(national[i % len(national)].id if i % 2 else f"p{i}", kind, modes, where, types)
        for i, (kind, modes, where, types, _) in enumerate(generated)
    ]
    merged = layer(base, [(Path("mitra.toml"), "", Directory(resources=partner))]).directory
    before = [r.resource.id for r in crisis_routes(national, TODAY)]
    after = [r.resource.id for r in crisis_routes(merged.resources, TODAY)]
    assert before == after
    for route in national:
        assert route in merged.resources


# --- kabupaten/kota, with the bundled regions table


def test_a_kabupaten_entry_comes_first_for_a_person_in_it() -> None:
    ngunut = resource("ngunut", "support_group", ["offline"], ["Kabupaten Gunungkidul"])
    province = resource("jogja", "support_group", ["offline"], ["DI Yogyakarta"])
    national = resource("sebaya", "support_group", ["offline"], ["nasional"])
    pkm = resource("pkm", "puskesmas", ["offline"], ["nasional"], TYPES[:3])
    directory = Directory(resources=[national, province, ngunut, pkm])
    # the real regions table: Gunungkidul and Sleman are kabupaten of DI Yogyakarta
    index = MatchIndex(Catalogue.from_directory(directory))
    thin = need("none", emotional=2.0)
    here = [
        s.resource.id for s in match_resources(index, thin, Preferences(region="Gunungkidul"), "id")
    ]
    sleman = [
        s.resource.id for s in match_resources(index, thin, Preferences(region="Sleman"), "id")
    ]
    bali = [s.resource.id for s in match_resources(index, thin, Preferences(region="Bali"), "id")]
    strong = match_resources(
        index, need("strong"), Preferences(region="Kabupaten Gunungkidul"), "id"
    )
    assert here[:3] == ["ngunut", "jogja", "sebaya"]
    assert sleman[:3] == ["jogja", "ngunut", "sebaya"]  # same province before national
    assert "ngunut" not in bali and "jogja" not in bali
    assert strong[0].resource.id == "pkm"
    professional = ("specialised", "focused")
    assert [s.resource.id for s in strong if s.layer not in professional][0] == "ngunut"


def test_the_bundled_regions_know_gunungkidul_after_the_regions_work() -> None:
    if regions.find_place("Kabupaten Gunungkidul") is None:
        pytest.skip("the kabupaten/kota dataset (issue 13a) is not merged yet")
    partner = resource("ngunut", "support_group", ["offline"], ["Kabupaten Gunungkidul"])
    base = CONTENT.directory
    merged = Catalogue.from_directory(
        Directory(
            resources=[*base.crisis, *(base.resource(i) for i in range(len(base.rows))), partner]
        )
    )
    index = MatchIndex(merged)
    thin = need("none", emotional=2.0, appraisal=1.5)
    found = match_resources(index, thin, Preferences(region="Gunungkidul"), "id")
    assert found[0].resource.id == "ngunut"
    bali = match_resources(index, thin, Preferences(region="Bali"), "id")
    assert "ngunut" not in [s.resource.id for s in bali]
