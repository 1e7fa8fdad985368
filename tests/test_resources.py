"""Crisis routes: verified contacts only, regional lines by region, stale entries aged out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pulih.core.content import Content
from pulih.core.data import resources_file
from pulih.core.directory.resources import crisis_routes, load_directory
from pulih.core.i18n import detect_language
from pulih.core.problems import DataError
from tests.conftest import TODAY


def test_bundled_routes_are_at_least_three_and_119_first(content: Content) -> None:
    routes = crisis_routes(content.directory.crisis, TODAY)
    assert len(routes) >= 3
    assert routes[0].resource.id == "psc-119"
    assert {r.resource.id for r in routes} >= {"psc-119", "healing119", "darurat-112"}


def test_unverified_numbers_are_never_shown(content: Content) -> None:
    healing = content.directory.find("healing119")
    assert healing is not None
    hidden = [p.number for p in healing.phones if p.unverified]
    assert hidden, "the bundled file keeps the unverified WhatsApp number for partners"
    for route in crisis_routes(content.directory.crisis, TODAY):
        for number in hidden:
            assert number not in route.contact


def test_a_regional_line_comes_first_only_where_it_serves(content: Content) -> None:
    assert "jakcare" not in [r.resource.id for r in crisis_routes(content.directory.crisis, TODAY)]
    routes = crisis_routes(content.directory.crisis, TODAY, region="DKI Jakarta")
    assert routes[0].resource.id == "jakcare"


@pytest.mark.parametrize(
    ("today", "stale"), [(date(2027, 5, 21), False), (date(2027, 6, 23), True)]
)
def test_entries_warn_after_six_months(content: Content, today: date, stale: bool) -> None:
    route = next(
        r for r in crisis_routes(content.directory.crisis, today) if r.resource.id == "psc-119"
    )
    assert route.stale is stale and not route.number_hidden and route.contact == "119"


def test_after_eighteen_months_numbers_hide_and_websites_remain(content: Content) -> None:
    routes = {r.resource.id: r for r in crisis_routes(content.directory.crisis, date(2028, 6, 23))}
    assert "psc-119" not in routes  # a number alone, no website to point to
    assert routes["healing119"].number_hidden
    assert routes["healing119"].contact == "https://www.healing119.id"


def edited(tmp_path: Path, old: str, new: str) -> Path:
    text = resources_file().read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "resources.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_directory(path, TODAY)
    return [str(p) for p in caught.value.problems]


def test_low_confidence_crisis_entry_is_rejected(tmp_path: Path) -> None:
    path = edited(tmp_path, 'confidence = "high"', 'confidence = "low"')
    assert any(
        "resource[0].confidence: a crisis entry must have medium or high" in p
        for p in problems(path)
    )


def test_shared_number_between_organisations_is_rejected(tmp_path: Path) -> None:
    path = edited(tmp_path, 'phones = [{ number = "112" }]', 'phones = [{ number = "119" }]')
    assert any("number 119 is also given for 'psc-119'" in p for p in problems(path))


def test_crisis_entry_needs_a_dated_source(tmp_path: Path) -> None:
    text = resources_file().read_text(encoding="utf-8")
    start = text.index('id = "darurat-112"')
    block = text[start : text.index("[[resource]]", start)]
    path = tmp_path / "resources.toml"
    path.write_text(
        text.replace(
            block, block.replace(', date = "2025-03"', "").replace(', date = "2022-08-05"', "")
        ),
        encoding="utf-8",
    )
    assert any("a crisis entry needs at least one dated source" in p for p in problems(path))


def test_language_from_the_locale() -> None:
    assert detect_language({"LANG": "id_ID.UTF-8"}) == "id"
    assert detect_language({"LANG": "en_US.UTF-8"}) == "en"
    assert detect_language({"LC_ALL": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"}) == "en"
    assert detect_language({}) == "id"
    assert detect_language({"LANG": "C.UTF-8"}) == "id"
    assert detect_language({"LANG": "fr_FR.UTF-8"}) == "en"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('id = "healing119"', 'id = "psc-119"', "resource[1].id: duplicate id 'psc-119'"),
        (
            'phones = [{ number = "112" }]',
            'phones = [{ number = "021-500454" }]',
            "must never be listed",
        ),
        (
            'phones = [{ number = "112" }]',
            'phones = [{ number = "+60 3-7627 2929" }]',
            "not an Indonesian number",
        ),
        ('kind = "emergency"', 'kind = "hotline"', "resource[0].kind: Input should be"),
        (
            'support_types = ["instrumental"]',
            'support_types = ["spiritual"]',
            "unknown support type 'spiritual'",
        ),
        ('cost = "free"', 'cost = "gratis"', "resource[0].cost: Input should be"),
        (
            "assured_date = 2026-11-22",
            "assured_date = 2027-01-01",
            "resource[0].assured_date: is in the future",
        ),
        ('name = "PSC 119"', 'name = "PSC 119"\nnama = "x"', "resource[0].nama: unknown field"),
        ('phones = [{ number = "119" }]', "phones = []", "needs a verified phone number or a url"),
    ],
)
def test_check_rejects_each_broken_case(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = edited(tmp_path, old, new)
    found = problems(path)
    assert any(message in p for p in found), found
    assert all(p.startswith(f"{path}:") for p in found)


def test_stale_entries_are_warnings_not_errors(tmp_path: Path) -> None:
    from pulih.core.directory.resources import check_directory
    from pulih.core.loading import read_toml

    path = edited(tmp_path, "assured_date = 2026-11-22", "assured_date = 2025-01-10")
    data, text = read_toml(path)
    directory, found = check_directory(path, data, text, TODAY)
    assert directory is not None
    (warning,) = [p for p in found if p.warning]
    assert "resource[0].assured_date: warning: checked 22 months ago: the number is hidden" in str(
        warning
    )
