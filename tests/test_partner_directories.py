"""Partner directories layered over the national one, in every command that reads it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from pulih.cli import main
from pulih.core.content import load_content
from pulih.core.directory.layers import layer, read_directory
from pulih.core.directory.resources import crisis_routes
from pulih.core.files.data import resources_file
from pulih.core.questionnaire.problems import DataError
from tests.conftest import TODAY

SOURCE = 'sources = [{ url = "https://example.org/mitra", date = "2026-11-01" }]'
NGUNUT = f"""
[[resource]]
id = "tpkjm-ngunut-sebaya"
name = "Kelompok sebaya TPKJM Ngunut (contoh)"
description = {{ id = "Kelompok sebaya bagi penyintas kecemasan.", en = "Peer group for people recovering from anxiety." }}
how_to_find = {{ id = "Tanyakan ke puskesmas atau kader kesehatan jiwa.", en = "Ask the puskesmas or mental-health cadres." }}
ask = {{ id = "Kapan pertemuan berikutnya?", en = "When is the next meeting?" }}
assured_date = 2026-11-01
support_types = ["emotional", "appraisal", "informational"]
kind = "support_group"
modes = ["offline"]
regions = ["DI Yogyakarta"]
cost = "free"
provider = "community"
confidence = "medium"
{SOURCE}
"""
REPLACE_PUSKESMAS = f"""
[[resource]]
id = "puskesmas"
name = "Puskesmas (data mitra)"
description = {{ id = "Puskesmas dengan psikolog.", en = "Puskesmas with a psychologist." }}
phones = [{{ number = "0274-555-0101" }}]
assured_date = 2026-11-01
kind = "puskesmas"
modes = ["offline"]
regions = ["nasional"]
cost = "bpjs"
provider = "government"
confidence = "high"
{SOURCE}
"""
NEW_ROUTE = f"""
[[resource]]
id = "contoh-krisis"
name = "Layanan Krisis Contoh"
description = {{ id = "Layanan krisis mitra.", en = "A partner's crisis line." }}
phones = [{{ number = "0800-555-0199" }}]
assured_date = 2026-11-01
kind = "crisis_line"
modes = ["phone"]
regions = ["nasional"]
cost = "free"
crisis = true
provider = "community"
confidence = "high"
{SOURCE}
"""
HIDE_HEALING = f"""
[[resource]]
id = "healing119"
name = "healing119.id"
description = {{ id = "Disembunyikan.", en = "Hidden." }}
url = "https://www.healing119.id"
assured_date = 2026-11-01
kind = "crisis_line"
modes = ["online"]
regions = ["nasional"]
cost = "free"
crisis = true
visible = false
provider = "government"
confidence = "high"
{SOURCE}
"""
ANSWERS = """[refleksi-dukungan]
E1 = 1
E2 = 1
E3 = 2
I1 = 2
I2 = 1
I3 = 1
N1 = 4
N2 = 4
N3 = 4
A1 = 3
A2 = 3
A3 = 3
[cek-kondisi]
K1 = 1
K2 = 0
K3 = 0
[preferences]
region = "DI Yogyakarta"
"""
NATIONAL_ROUTES = [
    r.resource.id for r in crisis_routes(load_content(TODAY).directory.crisis, TODAY, "id")
]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def partner(tmp_path: Path) -> Path:
    return write(tmp_path, "mitra.toml", NGUNUT + REPLACE_PUSKESMAS + NEW_ROUTE + HIDE_HEALING)


def test_a_partner_adds_and_replaces_but_never_hides_a_crisis_route(partner: Path) -> None:
    content = load_content(TODAY, [partner])
    directory = content.directory
    assert directory.find("tpkjm-ngunut-sebaya") is not None
    found = directory.find("puskesmas")
    assert found is not None and found.name == "Puskesmas (data mitra)"
    routes = [r.resource.id for r in crisis_routes(directory.crisis, TODAY, "id")]
    assert set(NATIONAL_ROUTES) <= set(routes) and "contoh-krisis" in routes
    healing = directory.find("healing119")
    assert healing is not None and healing.visible
    (warning,) = directory.warnings
    assert "mitra.toml:" in warning.file + ":" and "national crisis route" in warning.message


def test_a_partner_file_with_a_mistake_is_left_out_and_the_rest_still_works(
    tmp_path: Path, partner: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A review: one malformed phone in a partner file stopped --plain from starting. Now the
    file is left out whole (one warning line), the national routes and other partners stay,
    and pulih check still fails the file."""
    bad = write(tmp_path, "salah.toml", NGUNUT.replace("0812", "+62 119", 1))
    if bad.read_text(encoding="utf-8") == NGUNUT:  # the example has no 0812 number
        bad = write(tmp_path, "salah.toml", NGUNUT + 'phones = [{ number = "+62 119" }]\n')
    with pytest.raises(DataError):
        load_content(TODAY, [bad], only=True)  # alone it is all there is: refused
    content = load_content(TODAY, [bad, partner])
    directory = content.directory
    routes = [r.resource.id for r in crisis_routes(directory.crisis, TODAY, "id")]
    assert set(NATIONAL_ROUTES) <= set(routes)
    assert directory.find("tpkjm-ngunut-sebaya") is not None  # the good partner file stays
    left_out = [w for w in directory.warnings if w.file == str(bad)]
    assert len(left_out) == 1 and "the whole file is left out" in left_out[0].message
    assert main(["check", str(bad)]) == 2
    capsys.readouterr()


def test_a_crisis_route_replaced_by_the_same_entry_is_no_change(tmp_path: Path) -> None:
    _, base = read_directory(resources_file(), TODAY)
    layered = layer(base, [(resources_file(), "", base)], strict=True)
    assert not layered.problems and layered.layers[0].replaced == []


def test_resources_only_needs_three_crisis_routes(tmp_path: Path) -> None:
    lone = write(tmp_path, "lone.toml", NGUNUT)
    with pytest.raises(DataError) as error:
        load_content(TODAY, [lone], only=True)
    assert "at least 3 crisis routes" in str(error.value)


def test_check_reports_what_a_partner_adds_and_replaces(
    partner: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(partner)]) == 2  # hiding healing119 is an error in check
    captured = capsys.readouterr()
    assert "'healing119' is a national crisis route" in captured.err
    assert f"{partner}:" in captured.err and ":48: resource[3].id" in captured.err
    assert "adds 2 (tpkjm-ngunut-sebaya, contoh-krisis); replaces 1 (puskesmas)" in captured.out


def test_check_passes_a_good_partner_file_and_its_merged_view(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, "good.toml", NGUNUT + REPLACE_PUSKESMAS)
    assert main(["check", "--resources", str(good)]) == 0
    out = capsys.readouterr().out
    assert "resources.toml: ok" in out and "good.toml: ok on its own (2 entries, 2 shown)" in out
    assert "merged (over the bundled directory): ok" in out


def test_check_with_resources_only_counts_crisis_routes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lone = write(tmp_path, "lone.toml", NGUNUT + NEW_ROUTE)
    assert main(["check", "--resources-only", str(lone)]) == 2
    assert "needs at least 3 crisis routes" in capsys.readouterr().err


def test_a_partner_cannot_block_a_national_crisis_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocking = write(
        tmp_path,
        "block.toml",
        'blocked_numbers = [{ number = "119", reason = "not ours" }]\n' + NGUNUT,
    )
    assert main(["check", str(blocking)]) == 2
    assert "cannot block it" in capsys.readouterr().err
    content = load_content(TODAY, [blocking])
    assert "psc-119" in [r.resource.id for r in crisis_routes(content.directory.crisis, TODAY)]


def test_reflect_layers_partner_files_from_the_option_and_the_environment(
    tmp_path: Path,
    partner: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers = write(tmp_path, "answers.toml", ANSWERS)
    second = write(tmp_path, "second.toml", NEW_ROUTE.replace("contoh-krisis", "kedua"))
    second.write_text(second.read_text().replace("0800-555-0199", "0800-555-0177"))
    monkeypatch.setenv("PULIH_RESOURCES", str(partner))
    assert (
        main(["reflect", "--answers", str(answers), "--format", "json", "--resources", str(second)])
        == 0
    )
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    contacts = [c["id"] for c in data["crisis_contacts"]]
    assert set(NATIONAL_ROUTES) <= set(contacts) and {"contoh-krisis", "kedua"} <= set(contacts)
    assert data["suggestions"][0]["name"] == "Puskesmas (data mitra)"
    assert data["place_notice"] is None  # the partner's group is in DI Yogyakarta
    assert "national crisis route" in captured.err


def save_result(tmp_path: Path, partner: Path) -> None:
    answers = write(tmp_path, "answers.toml", ANSWERS)
    assert main(["reflect", "--answers", str(answers), "--save", "--resources", str(partner)]) == 0


def test_history_export_and_plan_honour_partner_files(
    tmp_path: Path, partner: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pulih.core.files.paths import data_dir
    from pulih.core.mapplan.safetyplan import SafetyPlan
    from pulih.core.store.database import Store

    save_result(tmp_path, partner)
    with Store.open(data_dir()) as store:
        store.save_safety_plan(SafetyPlan(signs="sulit tidur"), datetime.now().astimezone())
    capsys.readouterr()
    assert main(["history", "--format", "json", "--resources", str(partner)]) == 0
    (entry,) = json.loads(capsys.readouterr().out)["results"]
    assert entry["suggestions"][0]["name"] == "Puskesmas (data mitra)"
    assert main(["export", "--resources", str(partner)]) == 0
    note = capsys.readouterr().out
    assert "Puskesmas (data mitra)" in note
    assert main(["export"]) == 0
    assert "Puskesmas (data mitra)" not in capsys.readouterr().out
    assert main(["plan", "--resources", str(partner)]) == 0
    plan = capsys.readouterr().out
    assert "Layanan Krisis Contoh" in plan and "healing119" in plan


def test_plain_reads_partner_files_from_the_environment(tmp_path: Path, partner: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pulih", "--plain", "--lang", "en", "--no-save"],
        input="h\nq\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**_env(), "PULIH_RESOURCES": str(partner)},
    )
    assert done.returncode == 0, done.stderr
    assert "Layanan Krisis Contoh" in done.stdout and "healing119" in done.stdout
    assert "national crisis route" in done.stderr


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


async def test_the_tui_reads_partner_files(partner: Path) -> None:
    from pulih.tui.app import PulihApp

    app = PulihApp("id", resources=[partner], today=TODAY, save=False)
    async with app.run_test(size=(80, 24)):
        content = await app.content()
        assert content is not None
        assert content.directory.find("tpkjm-ngunut-sebaya") is not None
        assert "contoh-krisis" in [r.resource.id for r in app.routes()]
        assert set(NATIONAL_ROUTES) <= {r.resource.id for r in app.routes()}


@pytest.mark.parametrize("page", ["docs/id/format-data.md", "docs/en/data-formats.md"])
def test_the_docs_partner_example_passes_check(
    page: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    from tests.conftest import ROOT

    text = (ROOT / page).read_text(encoding="utf-8")
    (example,) = re.findall(r"```toml\n(# mitra-gunungkidul.toml\n.*?)```", text, re.S)
    path = write(tmp_path, "mitra-gunungkidul.toml", example)
    assert main(["check", str(path)]) == 0, capsys.readouterr().err
    assert "adds 1 (tpkjm-ngunut-sebaya); replaces 0" in capsys.readouterr().out


MALAY_AND_SHARED = """
[[resource]]
id = "befrienders-kl"
name = "Befrienders"
organization = "Befrienders Kuala Lumpur"
description = {{ id = "Teman bicara.", en = "Someone to talk to." }}
phones = [{{ number = "{malay}" }}]
assured_date = 2026-11-01
verified = "call"
support_types = ["emotional"]
kind = "crisis_line"
modes = ["phone"]
regions = ["nasional"]
cost = "free"
crisis = true
provider = "volunteer"
confidence = "high"
sources = [{{ url = "https://example.org/x", date = "2026-11-01" }}]

[[resource]]
id = "kami-119"
name = "PSC 119 (jalur cepat)"
organization = "Kami"
description = {{ id = "Teman bicara.", en = "Someone to talk to." }}
phones = [{{ number = "119" }}]
assured_date = 2026-11-01
verified = "call"
support_types = ["emotional"]
kind = "crisis_line"
modes = ["phone"]
regions = ["nasional"]
cost = "free"
crisis = true
provider = "volunteer"
confidence = "high"
sources = [{{ url = "https://example.org/y", date = "2026-11-01" }}]
"""


@pytest.mark.parametrize("malay", ["03-7627 2929", "03 7956 8145"])
def test_a_partner_cannot_add_a_malaysian_line_or_reuse_a_national_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], malay: str
) -> None:
    from pulih.cli import main

    partner = tmp_path / "mitra.toml"
    partner.write_text(MALAY_AND_SHARED.format(malay=malay), encoding="utf-8")
    assert main(["check", str(partner)]) == 2
    assert "must never be listed" in capsys.readouterr().err  # refused by its own check
    partner.write_text(
        MALAY_AND_SHARED.format(malay="0274-555-0111"), encoding="utf-8"
    )  # without the Malaysian line, the reused national number is still refused
    assert main(["check", str(partner)]) == 2
    assert "belongs to the national crisis route 'psc-119'" in capsys.readouterr().err


def test_check_counts_one_entry_in_the_singular() -> None:
    from pulih.commands.check import entries

    assert entries(1, 1) == "1 entry, 1 shown"
    assert entries(2, 0) == "2 entries, 0 shown"


def test_a_source_dated_in_the_future_is_refused_and_never_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An attack review: a crisis line 'checked from public sources, Dec 2099' passed check and
    was shown as freshly checked (its age negative, so never stale)."""
    future = write(tmp_path, "masa-depan.toml", NEW_ROUTE.replace('"2026-11-01"', '"2099-12"'))
    assert main(["check", str(future)]) == 2
    err = capsys.readouterr().err
    assert "masa-depan.toml:" in err and "sources[0].date: 2099-12 is in the future" in err
    content = load_content(TODAY, [future])  # left out whole, with one warning
    routes = [r.resource.id for r in crisis_routes(content.directory.crisis, TODAY, "id")]
    assert "contoh-krisis" not in routes and set(NATIONAL_ROUTES) <= set(routes)


def test_resources_only_counts_crisis_routes_for_everyone(tmp_path: Path) -> None:
    """Three lines only for one campus's students are not the three routes --resources-only
    needs: a person outside that group would have no line for them."""
    routes = "".join(
        NEW_ROUTE.replace("contoh-krisis", f"kampus-{n}")
        .replace("0800-555-0199", f"0800-555-019{n}")
        .replace(
            "crisis = true",
            'crisis = true\naudience = ["students"]\n'
            'eligibility_description = { id = "Mahasiswa kampus X.", en = "Students of X." }',
        )
        for n in range(3)
    )
    group = write(tmp_path, "kampus.toml", routes)
    with pytest.raises(DataError) as error:
        load_content(TODAY, [group], only=True)
    assert "at least 3 crisis routes for everyone" in str(error.value)
    assert "it has 0" in str(error.value)


# --- pulih's own blocked list holds for every file in every mode (issue 22, item 3)

CLOSED_LINE = f"""
[[resource]]
id = "asa-lama"
name = "Hotline lama"
description = {{ id = "Hotline pencegahan bunuh diri.", en = "A suicide-prevention hotline." }}
phones = [{{ number = "(021) 500454" }}]
assured_date = 2026-11-01
kind = "crisis_line"
modes = ["phone"]
regions = ["nasional"]
cost = "free"
crisis = true
provider = "community"
confidence = "high"
{SOURCE}
"""


def three_routes_and(extra: str) -> str:
    """A file usable alone (--resources-only): three routes of its own, plus ``extra``."""
    routes = [
        NEW_ROUTE.replace("contoh-krisis", f"krisis-{n}").replace("0199", f"019{n}")
        for n in range(3)
    ]
    return "".join(routes) + extra


@pytest.mark.parametrize("empty", [True, False], ids=["blocked_numbers=[]", "no list"])
def test_resources_only_never_shows_a_blocked_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], empty: bool
) -> None:
    head = "blocked_numbers = []\n" if empty else ""
    lone = write(tmp_path, "lone.toml", head + three_routes_and(CLOSED_LINE))
    answers = write(tmp_path, "a.toml", "[refleksi-dukungan]\nE1 = 3\n")
    assert main(["check", "--resources-only", str(lone)]) == 2
    err = capsys.readouterr().err
    assert "(021) 500454 must never be listed" in err and "closed at the end of 2014" in err
    only = ["--resources", str(lone), "--resources-only"]
    assert main(["reflect", "--answers", str(answers), *only]) == 2
    out, err = capsys.readouterr()
    assert "500454" not in out and "must never be listed" in err


def test_a_partner_file_with_a_blocked_number_is_left_out_and_the_number_never_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partner = write(tmp_path, "partner.toml", "blocked_numbers = []\n" + CLOSED_LINE)
    answers = write(tmp_path, "a.toml", "[refleksi-dukungan]\nE1 = 3\n")
    code = main(
        ["reflect", "--answers", str(answers), "--resources", str(partner), "--format", "json"]
    )
    out, err = capsys.readouterr()
    assert code == 0 and "500454" not in out
    assert "must never be listed" in err and "left out" in err


def test_a_blocked_number_is_never_shown_even_from_an_entry_that_slipped_through() -> None:
    from pulih.core.directory.resources import Resource, is_blocked

    data = read_directory(resources_file(), TODAY)[1].resources[0].model_dump(by_alias=True)
    data["phones"] = [{"number": "021-500-454"}, {"number": "119"}]
    entry = Resource.model_validate(data)
    assert is_blocked("+62 21 500454") and is_blocked("500-454")
    assert [p.number for p in entry.shown_phones()] == ["119"]


def test_no_file_can_empty_pulihs_blocked_list(tmp_path: Path) -> None:
    from pulih.core.directory.resources import Directory, blocked_reasons

    partner = Directory.model_validate({"blocked_numbers": []})
    assert "021500454" in blocked_reasons(partner) and "0376272929" in blocked_reasons(partner)


def test_one_size_limit_for_a_directory_in_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A review: pulih check refused an 11 MB directory that reflect accepted (README: 32 MiB)."""
    padding = "# " + "x" * 1000 + "\n"
    big = write(tmp_path, "besar.toml", NGUNUT + padding * 11_600)
    assert big.stat().st_size > 11 * 1024 * 1024
    answers = write(tmp_path, "a.toml", "[refleksi-dukungan]\nE1 = 3\n")
    assert main(["check", str(big)]) == 0, capsys.readouterr().err
    assert main(["reflect", "--answers", str(answers), "--resources", str(big)]) == 0
    too_big = write(tmp_path, "terlalu.toml", NGUNUT + padding * 34_000)
    assert main(["check", str(too_big)]) == 2
    assert main(["reflect", "--answers", str(answers), "--resources", str(too_big)]) == 0
    err = capsys.readouterr().err
    assert err.count("larger than 32 MiB") == 2  # said the same by both, and reflect goes on


def test_a_file_that_exists_is_said_in_the_persons_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A review: the Indonesian screen said 'File exists' (the C library's English)."""
    from datetime import UTC

    from pulih.core.content import load_content
    from pulih.core.questionnaire.scoring import evaluate
    from pulih.core.store.database import Store
    from pulih.core.store.record import SavedResult

    content = load_content(TODAY)
    results = evaluate(content.reflection, content.check, {"refleksi-dukungan": {"E1": 3}})
    with Store.open(Path(__import__("os").environ["PULIH_DATA_DIR"])) as store:
        store.save(SavedResult(datetime(2026, 11, 1, tzinfo=UTC), "id", {}, results))
    mine = write(tmp_path, "punyaku.md", "tulisan saya")
    assert main(["export", "--lang", "id", "-o", str(mine)]) == 2
    err = capsys.readouterr().err
    assert "file itu sudah ada" in err and "File exists" not in err
    assert mine.read_text(encoding="utf-8") == "tulisan saya"
