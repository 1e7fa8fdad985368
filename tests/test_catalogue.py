"""The directory cache: only for large directories, private, keyed by content, never trusted blindly."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.generate import directory_text
from pulih.core.directory import catalogue as catalogue_module
from pulih.core.directory import layers as layers_module
from pulih.core.directory.catalogue import load_catalogue
from pulih.core.files.data import resources_file
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("directory") / "national.toml"
    path.write_text(directory_text(1200), encoding="utf-8")
    assert path.stat().st_size > catalogue_module.CACHE_MIN_BYTES
    return path


def test_a_large_directory_is_cached_privately_and_reused(
    big: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = load_catalogue(big, TODAY, cache)
    (cached,) = cache.glob("directory-*.cache")
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600

    def no_parsing(*_args: object) -> None:
        raise AssertionError("a warm start must not parse the TOML")

    monkeypatch.setattr(layers_module, "read_toml", no_parsing)
    second = load_catalogue(big, TODAY, cache)
    assert second.rows == first.rows and len(second) == len(first) > 1200
    assert [r.id for r in second.crisis] == [r.id for r in first.crisis]
    assert second.resource(5) == first.resource(5)


def test_a_changed_file_is_read_again(big: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalogue(big, TODAY, cache)
    changed = tmp_path / "national.toml"
    changed.write_text(
        big.read_text(encoding="utf-8").replace('name = "Puskesmas ', 'name = "Baru ', 1)
    )
    fresh = load_catalogue(changed, TODAY, cache)
    assert any(fresh.resource(i).name.startswith("Baru ") for i in range(len(fresh.rows)))
    assert len(list(cache.glob("directory-*.cache"))) == 1  # the old one is replaced


def test_a_damaged_cache_is_ignored_and_replaced(big: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalogue(big, TODAY, cache)
    (cached,) = cache.glob("directory-*.cache")
    cached.write_bytes(b"\x00garbage")
    again = load_catalogue(big, TODAY, cache)
    assert len(again) > 1200 and cached.stat().st_size > 1000


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(where=st.floats(0, 1, exclude_max=True), value=st.integers(0, 255))
def test_any_changed_byte_in_the_cache_is_a_miss_never_a_crash(
    big: Path, tmp_path: Path, where: float, value: int
) -> None:
    """One byte changed anywhere in a cache file (inside a crisis route's JSON too, where the
    file still unpacks): the directory is read again and the cache replaced."""
    cache = tmp_path / "cache"
    first = load_catalogue(big, TODAY, cache)
    (cached,) = cache.glob("directory-*.cache")
    data = bytearray(cached.read_bytes())
    at = int(where * len(data))
    if data[at] == value:
        value = (value + 1) % 256
    data[at] = value
    cached.write_bytes(bytes(data))
    again = load_catalogue(big, TODAY, cache)
    assert [r.id for r in again.crisis] == [r.id for r in first.crisis]
    assert again.rows == first.rows
    assert cached.read_bytes() != bytes(data)  # replaced


def test_a_route_changed_inside_the_cache_is_not_believed(big: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_catalogue(big, TODAY, cache)
    (cached,) = cache.glob("directory-*.cache")
    data = cached.read_bytes()
    number = first.crisis[0].phones[0].number
    field = f'"number":"{number}"'.encode()  # in the route's own JSON, same length
    assert field in data
    changed = data.replace(field, f'"number":"{number[:-1]}0"'.encode(), 1)
    cached.write_bytes(changed)
    again = load_catalogue(big, TODAY, cache)
    assert again.crisis[0].phones[0].number == number


def test_small_directories_and_no_save_write_nothing(big: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalogue(resources_file(), TODAY, cache)
    load_catalogue(big, TODAY, None)
    assert not cache.exists()


def test_the_cache_keys_on_every_layered_file(big: Path, tmp_path: Path) -> None:
    """A partner file over a large directory: changing only the partner file is seen."""
    cache = tmp_path / "cache"
    partner = tmp_path / "partner.toml"
    partner.write_text(PARTNER.format(name="Kelompok Ngunut"), encoding="utf-8")
    first = load_catalogue([big, partner], TODAY, cache)
    assert first.find("tpkjm-ngunut") is not None
    partner.write_text(PARTNER.format(name="Kelompok Baru"), encoding="utf-8")
    again = load_catalogue([big, partner], TODAY, cache)
    found = again.find("tpkjm-ngunut")
    assert found is not None and found.name == "Kelompok Baru"
    alone = load_catalogue(big, TODAY, cache)
    assert alone.find("tpkjm-ngunut") is None


PARTNER = """
[[resource]]
id = "tpkjm-ngunut"
name = "{name}"
description = {{ id = "Kelompok sebaya.", en = "Peer group." }}
how_to_find = {{ id = "Tanya puskesmas.", en = "Ask the puskesmas." }}
ask = {{ id = "Kapan kelompok bertemu?", en = "When does the group meet?" }}
assured_date = 2026-11-01
kind = "support_group"
modes = ["offline"]
regions = ["DI Yogyakarta"]
cost = "free"
provider = "community"
confidence = "medium"
sources = [{{ url = "https://example.org/ngunut", date = "2026-11-01" }}]
"""
