"""The questionnaire format: the bundled files load, and broken ones say file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from pulih.core.content import Content
from pulih.core.files.data import data_path, questionnaire_dir
from pulih.core.questionnaire.model import load_questionnaire
from pulih.core.questionnaire.problems import DataError
from pulih.core.questionnaire.support_types import SUPPORT_TYPES

REFLECTION = questionnaire_dir() / "refleksi-dukungan.toml"
CHECK = questionnaire_dir() / "cek-kondisi.toml"


def test_reflection_has_three_items_per_support_type(content: Content) -> None:
    q = content.reflection
    assert [s.id for s in q.subscales] == list(SUPPORT_TYPES)
    for type_id in SUPPORT_TYPES:
        assert len(q.items_of(type_id)) == 3
    assert [o.value for o in q.options] == [1, 2, 3, 4, 5]
    assert q.validated is False and q.source and q.license


def test_check_has_phq4_and_safety_items(content: Content) -> None:
    q = content.check
    assert {"depression", "anxiety", "safety"} <= set(q.subscale_by_id)
    assert len(q.items_of("depression")) == 2 and len(q.items_of("anxiety")) == 2
    assert [b.id for b in q.total.scoring.bands] == ["none", "mild", "moderate", "severe"]  # type: ignore[union-attr]
    urgent = q.urgent_item
    assert urgent is not None and urgent.safety
    assert [i.id for i in q.items if i.safety and not i.urgent] == ["K1", "K4", "K5", "K2", "K6"]
    assert q.items[-1] is urgent  # asked last, after every other safety item


def test_every_text_is_in_both_languages(content: Content) -> None:
    for q in (content.reflection, content.check):
        for item in q.items:
            assert item.text.id.strip() and item.text.en.strip()
            assert item.text.id != item.text.en


def broken(tmp_path: Path, old: str, new: str, source: Path = REFLECTION) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / source.name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_questionnaire(path)
    return [str(p) for p in caught.value.problems]


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(needle)


def test_missing_translation_names_file_line_and_field(tmp_path: Path) -> None:
    path = broken(tmp_path, ', en = "There is someone I trust with personal matters." }', " }")
    (problem,) = problems_of(path)
    line = line_of(path, "Ada orang yang saya percayai")
    assert problem.startswith(f"{path}:{line}: items[2].text.en: ")


def test_unknown_subscale_is_reported_at_its_line(tmp_path: Path) -> None:
    path = broken(tmp_path, 'subscale = "appraisal"', 'subscale = "apraisal"')
    (problem,) = problems_of(path)
    assert (
        problem
        == f"{path}:{line_of(path, 'apraisal')}: items[9].subscale: no subscale 'apraisal' in this file"
    )


def test_duplicate_item_ids_are_reported(tmp_path: Path) -> None:
    path = broken(tmp_path, 'id = "E2"', 'id = "E1"')
    assert any("duplicate item id 'E1'" in p for p in problems_of(path))


def test_bad_toml_gives_the_line(tmp_path: Path) -> None:
    path = broken(tmp_path, 'version = "1.0"', "version = 1.0.0")
    (problem,) = problems_of(path)
    assert problem.startswith(f"{path}:{line_of(path, 'version = 1.0.0')}: toml: ")


def test_bands_out_of_order_are_rejected(tmp_path: Path) -> None:
    path = broken(tmp_path, "from = 2.5, to = 3.5", "from = 2.6, to = 3.5")
    assert any("bands must be in order" in p for p in problems_of(path))


def test_an_urgent_item_must_be_a_safety_item(tmp_path: Path) -> None:
    path = broken(tmp_path, "safety = true\nurgent = true", "urgent = true", source=CHECK)
    assert any("urgent item must also be a safety item" in p for p in problems_of(path))


def test_unknown_field_is_named(tmp_path: Path) -> None:
    path = broken(tmp_path, 'version = "1.0"', 'version = "1.0"\nversoin = "2"')
    (problem,) = problems_of(path)
    assert f"{path}:{line_of(path, 'versoin')}: versoin: unknown field" in problem


def test_data_path_finds_bundled_files() -> None:
    assert (data_path("questionnaires") / "refleksi-dukungan.toml").is_file()
    assert data_path("resources.toml").is_file()
    with pytest.raises(FileNotFoundError):
        data_path("no-such-file.toml")
