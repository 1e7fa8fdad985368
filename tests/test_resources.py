"""Crisis routes: verified contacts only, regional lines by region, stale entries aged out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pulih.core.content import Content
from pulih.core.directory.resources import crisis_routes, load_directory
from pulih.core.files.data import resources_file
from pulih.core.questionnaire.problems import DataError
from pulih.core.text.i18n import detect_language
from tests.conftest import ROOT, TODAY


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
    ("today", "stale"), [(date(2026, 11, 22), False), (date(2027, 2, 22), True)]
)
def test_a_desk_checked_route_ages_by_its_newest_source(
    content: Content, today: date, stale: bool
) -> None:
    """psc-119 was desk-checked on 2026-11-22, but its newest source is from 21 Jan 2026: it is
    dated by that source, and warned after 12 months."""
    route = next(
        r for r in crisis_routes(content.directory.crisis, today) if r.resource.id == "psc-119"
    )
    assert route.checked_on == date(2026, 1, 21) and route.resource.assured_date > route.checked_on
    assert route.stale is stale and route.contact == "119"


def test_after_eighteen_months_a_route_is_not_shown_at_all(content: Content) -> None:
    shown = {r.resource.id for r in crisis_routes(content.directory.crisis, date(2027, 7, 21))}
    assert "psc-119" in shown  # 18 months: still shown, with its warning
    later = {r.resource.id for r in crisis_routes(content.directory.crisis, date(2027, 8, 21))}
    assert "psc-119" not in later and "healing119" not in later


def test_routes_resting_on_old_sources_are_not_shown(content: Content) -> None:
    """SEJIWA (newest source Apr 2024), D'Patens 24 (its number: Mar 2024) and BISA (Apr 2025)
    wait for a call or a newer source; none of the shown routes is older than 18 months."""
    routes = crisis_routes(content.directory.crisis, date(2026, 12, 2), region="Bali")
    ids = {r.resource.id for r in routes}
    assert not ids & {"sejiwa-119-ext8", "dpatens-24", "bisa-helpline"}
    assert all(r.age_months <= 18 for r in routes)
    assert len([r for r in routes if r.for_everyone]) >= 3


def test_a_route_for_a_group_is_labelled_and_comes_after_routes_for_everyone(
    content: Content,
) -> None:
    from pulih.core.report.view import route_lines

    routes = crisis_routes(content.directory.crisis, TODAY)
    sapa = next(r for r in routes if r.resource.id == "sapa-129")
    assert routes.index(sapa) > max(routes.index(r) for r in routes if r.for_everyone)
    assert "Khusus untuk: perempuan dan anak yang mengalami kekerasan" in "\n".join(
        route_lines(sapa, "id")
    )
    assert "Only for: women and children facing violence" in "\n".join(route_lines(sapa, "en"))


def test_how_a_route_was_checked_is_said_honestly(content: Content) -> None:
    from pulih.core.directory.route_text import route_checked

    routes = {r.resource.id: r for r in crisis_routes(content.directory.crisis, TODAY)}
    assert route_checked(routes["darurat-112"], "id") == "Dicek lewat sumber publik, Jan 2026"
    assert route_checked(routes["healing119"], "en") == "Checked from public sources, Dec 2025"


CRISIS_ENTRY = """
[[resource]]
id = "garis-uji"
name = "Garis Uji"
description = {{ id = "Uji.", en = "Test." }}
phones = [{{ number = "0811-0000-1111" }}]
assured_date = {assured}
verified = "{verified}"
support_types = ["emotional"]
kind = "crisis_line"
modes = ["phone"]
regions = ["nasional"]
cost = "free"
crisis = true
provider = "community"
confidence = "high"
sources = [{{ url = "https://example.org/berita", date = "{source}" }}]
"""


def crisis_file(tmp_path: Path, source: str, verified: str = "desk", assured: str = "") -> Path:
    path = tmp_path / "resources.toml"
    entry = CRISIS_ENTRY.format(source=source, verified=verified, assured=assured or "2026-11-01")
    path.write_text(entry, encoding="utf-8")
    return path


def test_a_crisis_route_19_months_old_is_hidden_and_named_with_the_day_it_went(
    tmp_path: Path,
) -> None:
    """pulih hides it by itself, so check warns (a calendar date alone never fails a check,
    issue 24); too few routes left is what fails (test_the_calendar_alone_never_fails_check)."""
    from pulih.core.directory.resources import check_directory
    from pulih.core.questionnaire.loading import read_toml

    old = crisis_file(tmp_path, "2025-04-15")  # 19 months before TODAY
    data, text = read_toml(old)
    directory, found = check_directory(old, data, text, TODAY)
    assert directory is not None and [p.warning for p in found] == [True]
    assert "19 months ago (more than 18): not shown since 2026-11-15" in found[0].message
    assert crisis_routes(directory.resources, TODAY) == []
    fresh = crisis_file(tmp_path, "2025-12-15")  # 11 months
    data, text = read_toml(fresh)
    directory, found = check_directory(fresh, data, text, TODAY)
    assert directory is not None and found == []
    warned = crisis_file(tmp_path, "2025-10-15")  # 13 months: a warning, still valid
    data, text = read_toml(warned)
    directory, found = check_directory(warned, data, text, TODAY)
    assert directory is not None and [p.warning for p in found] == [True]


def test_a_call_dates_a_route_by_the_call(tmp_path: Path) -> None:
    path = crisis_file(tmp_path, "2023-01-01", verified="call", assured="2026-11-20")
    (route,) = crisis_routes(load_directory(path, TODAY).resources, TODAY)
    from pulih.core.directory.route_text import route_checked

    assert route_checked(route, "id") == "Ditelepon 20 Nov 2026"


def test_the_same_number_twice_in_one_entry_is_rejected(tmp_path: Path) -> None:
    path = edited(
        tmp_path,
        'phones = [{ number = "0811-5800-8887" }]',
        'phones = [{ number = "0811-5800-8887" }, { number = "0811 5800 8887", whatsapp = true }]',
    )
    assert any("listed twice" in p for p in problems(path))


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
            block,
            block.replace(', date = "2025-03"', "")
            .replace(', date = "2022-08-05"', "")
            .replace(', date = "2026-01-18"', ""),
        ),
        encoding="utf-8",
    )
    assert any(
        "a crisis entry needs a dated source that confirms its contact" in p for p in problems(path)
    )


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


def test_stale_entries_are_warnings_not_errors() -> None:
    """Thirteen to eighteen months after their newest source, routes warn but stay valid."""
    from pulih.core.directory.resources import check_directory
    from pulih.core.questionnaire.loading import read_toml

    path = resources_file()
    data, text = read_toml(path)
    directory, found = check_directory(path, data, text, date(2027, 1, 2))
    assert directory is not None
    warnings = [str(p) for p in found if p.warning]
    routes = [w for w in warnings if "confirming it" in w]
    assert routes and all("please check it again" in w for w in routes)
    # other entries age too (24 and 36 months), as warnings
    others = [w for w in warnings if "confirming it" not in w]
    assert all("may have changed" in w or "it is not shown" in w for w in others)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_without_a_directory_the_fallback_still_gives_three_routes(lang: str) -> None:
    from pulih.core.report.view import crisis_block

    text = "\n".join(crisis_block([], lang, urgent=False))  # type: ignore[arg-type]
    assert "119" in text and "IGD" in text and "healing119.id" in text
    assert text.count("\n- ") >= 3


def test_the_calendar_alone_never_fails_check_too_few_routes_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bundled data ages (JakCare passes 18 months in 2027): check prints each entry to
    refresh with the day it is hidden, and fails only when fewer than 3 routes for everyone
    would be shown (content-guidelines §3)."""
    from datetime import date

    from pulih.commands.check import check

    assert check([], TODAY) == 0
    later = date(2027, 6, 1)  # some routes hidden by then, at least 3 left
    assert check([], later) == 0
    err = capsys.readouterr().err
    assert "not shown since 2027-" in err and "hidden from 2027-" in err
    assert check([], date(2029, 1, 1)) == 2  # none left
    assert "only 0 crisis routes for everyone can be shown today" in capsys.readouterr().err


def test_the_day_an_entry_is_hidden_is_the_first_day_its_age_passes_the_limit() -> None:
    """Brute force over three years of dates, month ends included (31 Jan + 19 months)."""
    from datetime import date, timedelta

    from pulih.core.directory.resources import (
        STALE_HIDE_MONTHS,
        Resource,
        hidden_from,
        months_between,
    )

    base = load_directory(ROOT / "resources.toml", TODAY).resources
    route = next(r for r in base if r.crisis and r.verified == "desk")
    day = date(2022, 1, 1)
    while day < date(2025, 1, 1):
        dated = route.model_copy(update={"sources": [], "verified": "call", "assured_date": day})
        assert isinstance(dated, Resource)
        first = hidden_from(dated, TODAY)
        assert first is not None
        assert months_between(day, first) > STALE_HIDE_MONTHS
        assert months_between(day, first - timedelta(days=1)) <= STALE_HIDE_MONTHS
        day += timedelta(days=1)
