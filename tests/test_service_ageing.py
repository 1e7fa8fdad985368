"""An entry ages by its newest source about the service it is listed for.

A review found general hospitals' psychiatric clinics kept "fresh" by a 2025 article about the
hospital's building works or debts, while the newest source that confirmed the psychiatric service
was three years old. The build (tools/specialised_care.py) now writes such a source with
``about_service = false``: it stays listed as provenance and dates nothing, at build time and at
run time.
"""

from __future__ import annotations

import importlib.util
import tomllib
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pulih.cli import main
from pulih.core.directory.coverage import coverage, coverage_lines
from pulih.core.directory.resources import (
    Resource,
    Source,
    entry_age,
    hidden_from,
    is_stale,
)
from tests.conftest import ROOT, TODAY
from tests.test_partner_directories import NGUNUT, SOURCE, write

CARE = ROOT / "tools" / "specialised_care.py"
LAYER = tomllib.loads((ROOT / "tools" / "sources" / "specialised-care" / "layer.toml").read_text())

PSYCHIATRIC_2023 = {
    "url": "https://example.org/2023/11/17/rsud-contoh-siapkan-dokter-jiwa",
    "date": "2023-11-17",
    "confirms": ["name", "poli_jiwa", "operating"],
    "quote": "RSUD Contoh telah menyiapkan dokter spesialis kejiwaan.",
}
HOSPITAL_2025 = {
    "url": "https://example.org/2025/09/23/hut-rsud-contoh",
    "date": "2025-09-23",
    "confirms": ["name", "operating"],
    "quote": "perayaan HUT RSUD Contoh yang ke-14, Selasa, 23 September 2025",
}


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("specialised_care", CARE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def service(kind: str, *sources: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": "RSUD Contoh",
        "kind": kind,
        "owner": "Pemerintah Kabupaten Contoh",
        "province": "Banten",
        "sources": [dict(s) for s in sources],
        "_file": "contoh.toml",
    }


def built(entry: dict[str, Any]) -> tuple[Resource, bool, str]:
    """The entry the build writes for ``entry``, read back as pulih reads it."""
    text, visible = tool()._entry(entry, LAYER, TODAY, {}, {}, {}, [])
    (data,) = tomllib.loads(text)["resource"]
    return Resource.model_validate(data), visible, text


def test_a_hospital_only_source_does_not_make_a_psychiatric_clinic_fresh() -> None:
    """Fails on the old rule: the 2025 anniversary article dated the clinic, 14 months old."""
    clinic, visible, text = built(service("rsud_poli_jiwa", PSYCHIATRIC_2023, HOSPITAL_2025))
    assert visible  # 36 months at the research date: shown, as "may have changed"
    assert [s.about_service for s in clinic.sources if not s.general] == [True, False]
    assert "about_service = false" in text
    assert clinic.dated_on() == date(2023, 11, 17)
    assert is_stale(clinic, TODAY)
    assert hidden_from(clinic, TODAY) == date(2026, 12, 17)
    assert entry_age(clinic, date(2026, 12, 17)) is None
    # still listed as provenance
    assert any(s.date == "2025-09-23" for s in clinic.sources)


def test_a_quote_that_establishes_the_psychiatric_service_as_its_kind_dates_the_clinic() -> None:
    beds = dict(HOSPITAL_2025, confirms=["name", "kind", "operating"])
    clinic, _, text = built(service("rsud_poli_jiwa", PSYCHIATRIC_2023, beds))
    assert "about_service" not in text
    assert clinic.dated_on() == date(2025, 9, 23) and not is_stale(clinic, TODAY)


def test_for_a_mental_hospital_any_source_about_it_is_about_the_service() -> None:
    rsj, _, text = built(service("rsj", PSYCHIATRIC_2023, HOSPITAL_2025))
    assert "about_service" not in text
    assert rsj.dated_on() == date(2025, 9, 23) and not is_stale(rsj, TODAY)


def test_the_build_hides_a_clinic_whose_psychiatric_sources_are_too_old() -> None:
    old = dict(PSYCHIATRIC_2023, date="2022-06-01")
    clinic, visible, _ = built(service("rsud_poli_jiwa", old, HOSPITAL_2025))
    assert not visible and not clinic.visible
    assert "newest dated source about the psychiatric service is 54 months old" in clinic.note
    alone, visible, _ = built(service("rsud_poli_jiwa", HOSPITAL_2025))
    assert not visible
    assert "no dated source about the psychiatric service was found" in alone.note


def test_about_service_is_a_true_boolean() -> None:
    Source.model_validate({"url": "https://example.org/a", "about_service": False})
    with pytest.raises(ValueError):
        Source.model_validate({"url": "https://example.org/a", "about_service": "false"})


def test_a_partner_file_may_say_a_source_is_not_about_the_service(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = (
        'sources = [{ url = "https://example.org/kelompok", date = "2023-11-17" },'
        ' { url = "https://example.org/balai-desa", date = "2025-09-23",'
        " about_service = false }]"
    )
    path = write(tmp_path, "mitra.toml", NGUNUT.replace(SOURCE, sources))
    assert main(["check", str(path)]) == 0  # a warning: valid, shown as "may have changed"
    err = capsys.readouterr().err
    assert "newest source about the service 36 months ago (more than 24)" in err
    assert "hidden from 2026-12-17 (a newer source, 2025-09, has about_service = false" in err


def hospital(rid: str, day: str) -> Resource:
    return Resource.model_validate(
        {
            "id": rid,
            "name": f"RSUD {rid}",
            "description": {"id": "Rumah sakit umum.", "en": "General hospital."},
            "address": "Jl. Contoh 1",
            "assured_date": TODAY,
            "kind": "hospital",
            "modes": ["offline"],
            "regions": ["Sulawesi Barat"],
            "cost": "bpjs",
            "provider": "government",
            "confidence": "high",
            "sources": [{"url": "https://example.org/" + rid, "date": day}],
        }
    )


def test_coverage_names_the_day_a_province_whose_care_may_have_changed_will_have_none() -> None:
    stale = [hospital("a", "2024-02-12"), hospital("b", "2024-01-03")]
    (line,) = [x for x in coverage_lines(coverage(stale, TODAY)) if x.startswith("Sulawesi Barat")]
    assert line.endswith("(all may have changed: none named from 2027-03-12)")
    fresh = [*stale, hospital("c", "2025-12-29")]
    (line,) = [x for x in coverage_lines(coverage(fresh, TODAY)) if x.startswith("Sulawesi Barat")]
    assert "may have changed" not in line
