"""Indonesia's regions: the bundled table, how names are read, nearness, and refusing unknowns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pulih.cli import main
from pulih.core.directory.regions import (
    Nearness,
    Place,
    all_places,
    did_you_mean,
    find_place,
    is_national,
    nearness,
    places_in,
    provinces,
    resolve_place,
    unknown_region,
)
from pulih.core.files.data import data_path
from tests.test_cli import SUPPORT, write

PLACES = all_places()
KABUPATEN_KOTA = [p for p in PLACES if not p.is_province]


def test_the_table_has_every_province_and_kabupaten_kota() -> None:
    names = [p.name for p in provinces()]
    assert len(names) == 38 and len(KABUPATEN_KOTA) == 514
    for new in ("Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"):
        assert new in names
    assert sum(p.kind == "regency" for p in KABUPATEN_KOTA) == 416
    assert sum(p.kind == "city" for p in KABUPATEN_KOTA) == 98
    assert len({p.code for p in PLACES}) == len(PLACES)
    assert all(re.fullmatch(r"\d\d(\.\d\d)?", p.code) for p in PLACES)


def test_the_table_names_its_source_and_licence() -> None:
    header = data_path("regions-id.csv").read_text(encoding="utf-8").split("\ncode,")[0]
    assert "Kepmendagri No. 300.2.2-2138 Tahun 2025" in header
    assert "cahyadsn/wilayah" in header and "MIT" in header


def variants(place: Place) -> list[str]:
    """Ways a person or a directory might write a place's name."""
    name = place.name
    bare = re.sub(r"^(Kabupaten|Kota)( Administrasi)? ", "", name)
    out = [name, name.upper(), name.lower(), f"  {name}  ", name.replace(" ", "  ")]
    if place.kind == "regency":
        out += [f"Kab. {bare}", f"Kab {bare}", f"kabupaten {bare.lower()}"]
    elif place.kind == "city":
        out += [f"Kota {bare}", f"KOTA {bare.upper()}", f"Kotamadya {bare}"]
    else:
        out += [f"Provinsi {name}", f"Prov. {name}"]
    out.append(f"{name}, {place.province}" if not place.is_province else name)
    return out


@given(st.sampled_from(PLACES), st.data())
def test_every_official_name_and_its_variants_find_the_same_place(
    place: Place, data: st.DataObject
) -> None:
    text = data.draw(st.sampled_from(variants(place)))
    assert find_place(text) == place, text


@given(st.sampled_from(KABUPATEN_KOTA))
def test_spacing_inside_a_name_does_not_matter(place: Place) -> None:
    words = place.name.replace(" Administrasi", "").split()
    squashed = words[0] + " " + "".join(words[1:]) if len(words) > 2 else place.name
    assert find_place(squashed) == place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("DIY", "DI Yogyakarta"),
        ("Kota Yogyakarta", "Kota Yogyakarta"),
        ("Kota Jogja", "Kota Yogyakarta"),
        ("Daerah Istimewa Yogyakarta", "DI Yogyakarta"),
        ("Jakarta", "DKI Jakarta"),
        ("DKI", "DKI Jakarta"),
        ("Jakarta Selatan", "Kota Administrasi Jakarta Selatan"),
        ("Kab. Gunungkidul", "Kabupaten Gunungkidul"),
        ("Gunung Kidul", "Kabupaten Gunungkidul"),
        ("Provinsi Bengkulu", "Bengkulu"),
        ("Kota Gorontalo", "Kota Gorontalo"),
        ("Kabupaten Gorontalo", "Kabupaten Gorontalo"),
        ("Kota Bogor", "Kota Bogor"),
        ("Kota Baru", "Kabupaten Kotabaru"),  # no city "Baru": read as one name
        ("Denpasar", "Kota Denpasar"),
        ("Sleman, DI Yogyakarta", "Kabupaten Sleman"),
        ("Kep. Seribu", "Kabupaten Administrasi Kepulauan Seribu"),
        ("Jabar", "Jawa Barat"),
    ],
)
def test_common_forms_name_one_place(text: str, name: str) -> None:
    place = resolve_place(text).place
    assert place is not None and place.name == name
    assert find_place(text) == place


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Bandung", ["Kota Bandung", "Kabupaten Bandung", "Kabupaten Bandung Barat"]),
        ("Bogor", ["Kota Bogor", "Kabupaten Bogor"]),
        ("Yogyakarta", ["Kota Yogyakarta", "DI Yogyakarta"]),
        ("Jogja", ["Kota Yogyakarta", "DI Yogyakarta"]),
        ("Jambi", ["Kota Jambi", "Jambi"]),
        (
            "Gorontalo",
            ["Kota Gorontalo", "Kabupaten Gorontalo", "Gorontalo", "Kabupaten Gorontalo Utara"],
        ),
        (
            "Sumba",
            [
                "Kabupaten Sumba Timur",
                "Kabupaten Sumba Barat",
                "Kabupaten Sumba Tengah",
                "Kabupaten Sumba Barat Daya",
            ],
        ),
        ("Bandung, Jawa Barat", ["Kota Bandung", "Kabupaten Bandung", "Kabupaten Bandung Barat"]),
    ],
)
def test_a_name_several_places_share_is_asked_never_guessed(text: str, asked: list[str]) -> None:
    """A review: 'Bandung' silently became Kabupaten Bandung for a student in Kota Bandung."""
    found = resolve_place(text)
    assert found.place is None and found.ambiguous
    assert [p.name for p in found.candidates] == asked
    assert unknown_region(text).startswith(f"{text!r} may mean ")


def test_data_reads_an_official_name_as_that_place() -> None:
    """A directory entry or a saved result writes official names: "Jambi" is the province."""
    for name in ("Jambi", "Bengkulu", "Gorontalo", "DI Yogyakarta", "Kota Jambi"):
        place = find_place(name)
        assert place is not None and place.name == name
    assert find_place("Bogor") is None  # no place is officially called just "Bogor"


@pytest.mark.parametrize(
    "text",
    ["", "nasional", "Narnia", "Kabupaten Jogja", "Provinsi Bogor", "Sleman, Bali", "x" * 500],
)
def test_what_is_not_a_place(text: str) -> None:
    assert find_place(text) is None


def test_national_names() -> None:
    assert all(is_national(n) for n in ("nasional", "National", " INDONESIA "))
    assert not is_national("Bali")


def test_did_you_mean_names_the_closest_place() -> None:
    assert did_you_mean("Jogjakrta") == ["DI Yogyakarta"]
    assert did_you_mean("Gunungkdul") == ["Kabupaten Gunungkidul"]
    assert did_you_mean("qqqq") == []
    assert unknown_region("qqqq") == "unknown region 'qqqq'; use a province or kabupaten/kota name"
    assert (
        unknown_region("Jogjakrta") == "unknown region 'Jogjakrta'; did you mean 'DI Yogyakarta'?"
    )


def test_a_province_lists_its_kabupaten_then_its_kota() -> None:
    diy = find_place("DI Yogyakarta")
    assert diy is not None
    names = [p.name for p in places_in(diy)]
    assert names == [
        "Kabupaten Kulon Progo",
        "Kabupaten Bantul",
        "Kabupaten Gunungkidul",
        "Kabupaten Sleman",
        "Kota Yogyakarta",
    ]


@given(st.sampled_from(KABUPATEN_KOTA), st.sampled_from(PLACES))
def test_nearness(person: Place, other: Place) -> None:
    province = find_place(person.province)
    assert province is not None
    assert nearness(person, [person.name]) == Nearness.SAME_PLACE
    assert nearness(province, [person.name]) == Nearness.SAME_PROVINCE
    assert nearness(person, [person.province]) == Nearness.SAME_PROVINCE
    assert nearness(person, ["nasional"]) == Nearness.NATIONAL
    assert nearness(None, [other.name]) == Nearness.NATIONAL
    expected = (
        Nearness.SAME_PLACE
        if other == person
        else Nearness.SAME_PROVINCE
        if other.province_code == person.province_code
        else Nearness.ELSEWHERE
    )
    assert nearness(person, [other.name]) == expected
    # An entry for several places is as near as the nearest of them.
    assert nearness(person, [other.name, person.name]) == Nearness.SAME_PLACE


def test_every_region_in_the_bundled_directory_is_known() -> None:
    import tomllib

    from pulih.core.files.data import resources_file

    data = tomllib.loads(resources_file().read_text(encoding="utf-8"))
    for entry in data["resource"]:
        for region in entry["regions"]:
            assert is_national(region) or find_place(region) is not None, region


def test_reflect_refuses_an_unknown_region_with_a_did_you_mean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, SUPPORT + '\n[preferences]\nregion = "Jogjakrta"\n')
    assert main(["reflect", "--answers", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"{path}:16: preferences.region: unknown region 'Jogjakrta'; did you mean 'DI Yogyakarta'?"
    ]


def test_an_answers_file_region_is_read_any_way_and_kept_in_one_spelling(tmp_path: Path) -> None:
    from pulih.core.answers import load_answers
    from pulih.core.content import load_content
    from tests.conftest import TODAY

    content = load_content(TODAY)
    questionnaires = {q.id: q for q in (content.reflection, content.check)}
    for written, kept in (
        ("jakarta", "DKI Jakarta"),
        ("Kab. Gunung Kidul", "Kabupaten Gunungkidul"),
        ("nasional", ""),
        ("  ", ""),
    ):
        path = write(tmp_path, f'[preferences]\nregion = "{written}"\n')
        assert load_answers(path, questionnaires).preferences.region == kept


def test_check_refuses_an_entry_with_an_unknown_region(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = data_path("resources.toml").read_text(encoding="utf-8")
    path = write(tmp_path, text.replace('"Bali", "Denpasar"]', '"Bali", "Denpasr"]', 1), "r.toml")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "regions[1]: unknown region 'Denpasr'; did you mean 'Kota Denpasar'?" in err


def test_did_you_mean_is_searched_for_a_few_distinct_names_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each unknown name costs one dictionary look-up; the slower search runs at most 50 times."""
    from pulih.core.directory import resources
    from pulih.core.questionnaire.loading import read_toml
    from tests.conftest import TODAY

    calls: list[str] = []
    real = resources.unknown_region
    monkeypatch.setattr(
        resources, "unknown_region", lambda text, **kw: calls.append(text) or real(text, **kw)
    )
    entry = data_path("resources.toml").read_text(encoding="utf-8").split("[[resource]]")[1]
    parts = [
        "[[resource]]"
        + entry.replace('id = "psc-119"', f'id = "e{i}"').replace(
            '"nasional"', f'"Tempat {i % 80}"'
        )
        for i in range(160)
    ]
    path = write(tmp_path, "".join(parts), "many.toml")
    data, text = read_toml(path)
    _, problems = resources.check_directory(path, data, text, TODAY)
    assert sum("unknown region" in p.message for p in problems) == 160
    assert len(calls) == 50
