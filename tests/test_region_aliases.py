"""Places as people say them (issue 23, item 5): every alias in region-aliases.toml, and the names
a review found unknown or wrong, resolve to exactly their places, in the right province."""

from __future__ import annotations

import tomllib

import pytest

from pulih.core.directory.regions import place_by_code, resolve_place
from pulih.core.files.data import data_path

ALIASES = tomllib.loads(data_path("region-aliases.toml").read_text(encoding="utf-8"))["alias"]

# name -> (the place's code, its province) for one place; several codes: asked
TABLE: dict[str, tuple[str, ...]] = {
    "Solo": ("33.72",),
    "Kota Jogja": ("34.71",),
    "Jogja": ("34.71", "34"),
    "Jkt": ("31",),
    "Jaksel": ("31.74",),
    "Jakpus": ("31.71",),
    "Jakbar": ("31.73",),
    "Jaktim": ("31.75",),
    "Jakut": ("31.72",),
    "Tangsel": ("36.74",),
    "Ujung Pandang": ("73.71",),
    "Wamena": ("95.01",),
    "Siantar": ("12.72",),
    "Bau-Bau": ("74.72",),
    "Tidore": ("82.72",),
    "Taliabu": ("82.08",),
    "Labuan Bajo": ("53.15",),
    "Tambolaka": ("53.18",),
    "Irian Jaya": ("91", "92", "93", "94", "95", "96"),
    "Sumba": ("53.11", "53.12", "53.17", "53.18"),
    "Bandung": ("32.73", "32.04", "32.17"),
}


@pytest.mark.parametrize("alias", ALIASES, ids=lambda a: a["name"])
def test_every_alias_means_exactly_its_places(alias: dict[str, object]) -> None:
    codes = list(alias["places"])  # type: ignore[call-overload]
    found = resolve_place(str(alias["name"]))
    got = [found.place.code] if found.place else [p.code for p in found.candidates]
    assert sorted(got) == sorted(codes)
    assert all(place_by_code(code) is not None for code in codes)
    assert str(alias["why"]).strip()


@pytest.mark.parametrize(("name", "codes"), list(TABLE.items()))
def test_the_names_the_review_found(name: str, codes: tuple[str, ...]) -> None:
    found = resolve_place(name)
    if len(codes) == 1:
        assert found.place is not None and found.place.code == codes[0]
    else:
        assert found.place is None and [p.code for p in found.candidates] == list(codes)


def test_no_alias_resolves_into_another_province_than_its_own() -> None:
    for alias in ALIASES:
        found = resolve_place(alias["name"])
        places = [found.place] if found.place else list(found.candidates)
        provinces = {place_by_code(c).province_code for c in alias["places"]}  # type: ignore[union-attr]
        assert {p.province_code for p in places} <= provinces, alias["name"]


def test_solo_no_longer_suggests_a_place_in_another_province() -> None:
    from pulih.core.directory.regions import unknown_region

    assert resolve_place("Solo").place is not None
    assert "Solok" not in unknown_region("Slo")  # a typo suggests within reason


# --- every front end asks, and says all the places (issue 23, item 5)


def test_reflect_names_every_place_an_ambiguous_region_may_mean(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    from pulih.cli import main

    answers = Path(str(tmp_path)) / "a.toml"
    answers.write_text('[refleksi-dukungan]\nE1 = 3\n[preferences]\nregion = "Bandung"\n', "utf-8")
    assert main(["reflect", "--answers", str(answers)]) == 2
    err = capsys.readouterr().err
    assert f"{answers}:4: preferences.region:" in err
    assert "Kota Bandung, Kabupaten Bandung or Kabupaten Bandung Barat" in err


@pytest.mark.parametrize("command", ["worksheet", "plan"])
def test_worksheet_and_plan_name_them_too(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    from pulih.cli import main

    assert main([command, "--lang", "en", "--region", "Sumba"]) == 2
    err = capsys.readouterr().err
    assert "'Sumba' may mean Kabupaten Sumba Timur, Kabupaten Sumba Barat" in err
    assert "or Kabupaten Sumba Barat Daya; write the one you mean" in err


def test_reflect_json_carries_the_place(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    from pathlib import Path

    from pulih.cli import main

    answers = Path(str(tmp_path)) / "a.toml"
    answers.write_text(
        '[refleksi-dukungan]\nE1 = 3\n[preferences]\nregion = "Ujung Pandang"\n', "utf-8"
    )
    assert main(["reflect", "--answers", str(answers), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["place"] == {
        "code": "73.71",
        "name": "Kota Makassar",
        "province": "Sulawesi Selatan",
    }


def test_plain_lists_the_places_and_takes_a_number() -> None:
    from tests.test_plain import SUPPORT, pulih

    done = pulih("--plain", "--lang", "en", feed=[*SUPPORT[:12], "Bandung", "1", "n", "n", "n"])
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "'bandung' may mean Kota Bandung, Kabupaten Bandung or Kabupaten Bandung Barat." in out
    assert "  3. Kabupaten Bandung Barat, Jawa Barat" in out
    assert "Region: Kota Bandung, Jawa Barat." in out


async def test_the_tui_place_picker_lists_them_to_choose(content: object) -> None:
    from pulih.tui.screens.offer import OfferScreen
    from pulih.tui.screens.place import PlaceScreen
    from tests.helpers import SUPPORT_KEYS, make_app, press

    app = make_app(content, lang="en")  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "p", *"sumba", "enter")
        assert isinstance(app.screen, PlaceScreen) and app.screen.asking
        assert [p.name for p in app.screen.places][-1] == "Kabupaten Sumba Barat Daya"
        await press(pilot, "down", "down", "down", "enter")  # the fourth of the four
        assert isinstance(app.screen, OfferScreen)
        assert app.preferences is not None
        assert app.preferences.region == "Kabupaten Sumba Barat Daya"


@pytest.mark.parametrize(
    ("name", "count"),
    [("Toraja", 2), ("Flores", 8), ("Nias", 5), ("Timor", 6), ("Jabung", 2), ("Sumba", 4)],
)
def test_a_name_several_places_share_anywhere_is_asked(name: str, count: int) -> None:
    """From the newcomer walk: "Toraja", "Flores" and "Nias" were resolved silently to one of
    their places. A name inside other names ("Tana Toraja"), a kabupaten that shares its name
    with longer ones (Nias, Nias Selatan...) and an island are asked, never guessed."""
    found = resolve_place(name)
    assert found.place is None and len(found.candidates) == count, found


def test_a_province_is_still_the_province() -> None:
    assert resolve_place("Aceh").place is not None and resolve_place("Aceh").place.is_province
