"""Shared fixtures. Tests never touch the network or the developer's own environment."""

from __future__ import annotations

import os
import socket
from datetime import date
from pathlib import Path

import pytest

from pulih.core.content import Content, load_content

TODAY = date(2026, 12, 7)
ROOT = Path(__file__).resolve().parent.parent


POSIX_ONLY = {
    "test_signals",  # a pty and SIGHUP
    "test_foreign_files",  # modes of folders and files
    "test_shared_privacy",
    "test_privacy",
    "test_store_faults",  # read-only folders by chmod
    "test_faults",
    "test_crash",
    "test_windows",  # simulates Windows with Linux's fcntl
}
"""Modules whose promises are POSIX ones (modes, signals, a pty): skipped on Windows, where the
profile's ACLs protect the data (README, Privacy) and tests/test_windows.py simulates the rest."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "posix_only: holds only on POSIX; skipped on Windows")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.module is not None and item.module.__name__.rsplit(".", 1)[-1] in POSIX_ONLY:
            item.add_marker(pytest.mark.posix_only)
        if os.name == "nt" and item.get_closest_marker("posix_only"):
            item.add_marker(pytest.mark.skip(reason="POSIX only"))


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (pyproject.toml): two workers per core. Most of a Pilot test is waiting for
    the next frame, not computing: on a 2-core machine 4 workers took the suite from 3m34 (2
    workers) to 2m01; 6 were no faster (2m04)."""
    return 2 * (os.cpu_count() or 1)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep the machine running the tests out of them, and forbid network sockets."""
    for name in (
        "NO_COLOR",
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "TEXTUAL_ANIMATIONS",
        "PULIH_CATALOGUE_DIR",
    ):
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PULIH_DATA_DIR", str(home / ".local" / "share" / "pulih"))
    monkeypatch.setenv("PULIH_CACHE_DIR", str(home / ".cache" / "pulih"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    real_socket = socket.socket

    class NoNetwork(real_socket):  # type: ignore[misc,valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6):
                raise AssertionError("pulih must never open a network socket")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", NoNetwork)
    # each test is its own run: what an earlier test saved is not this one's
    from pulih.core.store import database as store_module

    monkeypatch.setattr(store_module, "_WROTE", set())


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(TODAY)
