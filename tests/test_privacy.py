"""Nothing is written without consent, and nothing ever touches the network."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pulih.core.content import Content
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.store.database import Store
from pulih.core.store.record import SavedResult
from tests.helpers import CALM_CHECK_KEYS, SUPPORT_KEYS, make_app, press

ROOT = Path(__file__).resolve().parent.parent


def tree(*folders: Path) -> dict[str, tuple[int, str]]:
    """Every file under the folders: (mode, sha256). Folders count too."""
    state: dict[str, tuple[int, str]] = {}
    for folder in folders:
        for path in [folder, *sorted(folder.rglob("*"))] if folder.exists() else []:
            info = path.lstat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
            state[str(path)] = (info.st_mode, digest)
    return state


@pytest.fixture
def places(tmp_path: Path, content: Content) -> tuple[Path, Path, Path]:
    """Data (with one saved result), cache and config folders, as the tests' environment sets."""
    data = Path(os.environ["PULIH_DATA_DIR"])
    cache = Path(os.environ["PULIH_CACHE_DIR"])
    config = Path(os.environ["XDG_CONFIG_HOME"])
    results = evaluate(content.reflection, content.check, {"refleksi-dukungan": {"E1": 3, "E2": 3}})
    with Store.open(data) as store:
        store.save(SavedResult(datetime(2026, 11, 1, tzinfo=UTC), "id", {}, results))
    cache.mkdir(mode=0o700, parents=True)
    (cache / "directory-0000000000000000.cache").write_bytes(b"old")
    config.mkdir(parents=True)
    return data, cache, config


async def test_no_save_mode_changes_nothing_even_when_asked(
    content: Content, places: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    before = tree(*places, tmp_path / "home")
    app = make_app(content)
    app.save = False
    app.export_dir = tmp_path / "home"
    async with app.run_test() as pilot:
        await press(pilot, "r", "d", "b", "enter", *SUPPORT_KEYS, "enter", *CALM_CHECK_KEYS)
        await press(pilot, "s", "y", "e", "y", "enter", "1", "s", "y", "q", "y")
    assert app.saved_id is None
    assert tree(*places, tmp_path / "home") == before


async def test_quick_exit_saves_nothing(content: Content, places: tuple[Path, Path, Path]) -> None:
    before = tree(*places)
    app = make_app(content)
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "s", "x")
    assert app.quick_exited and tree(*places) == before


def test_reflect_without_save_writes_nothing(
    places: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text("[refleksi-dukungan]\nE1 = 2\nE2 = 2\n", encoding="utf-8")
    before = tree(*places)
    for extra in ([], ["--no-save"]):
        done = subprocess.run(
            [sys.executable, "-m", "pulih", *extra, "reflect", "--answers", str(answers)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "Tipis" in done.stdout or "Thin" in done.stdout
    assert tree(*places) == before


SCENARIO = """
import asyncio, sys
sys.path.insert(0, {root!r})
from tests.helpers import SUPPORT_KEYS, CALM_CHECK_KEYS, make_app, press
from pulih.core.content import load_content
from tests.conftest import TODAY

async def main():
    app = make_app(load_content(TODAY))
    async with app.run_test() as pilot:
        await press(pilot, "enter", *SUPPORT_KEYS, "enter", *CALM_CHECK_KEYS, "s", "y")
        await app.workers.wait_for_complete()
        await press(pilot, "enter", "1", "e", "y")
        await app.workers.wait_for_complete()
        await press(pilot, "q", "y")

asyncio.run(main())
"""


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_a_full_run_opens_no_network_socket_seen_from_outside(tmp_path: Path) -> None:
    """strace sees every socket call of the process and its threads: none may be INET."""
    trace = tmp_path / "trace.txt"
    script = tmp_path / "scenario.py"
    script.write_text(SCENARIO.format(root=str(ROOT)), encoding="utf-8")
    env = {**os.environ, "HOME": str(tmp_path)}
    run = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=network",
            "-o",
            str(trace),
            sys.executable,
            str(script),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    if run.returncode != 0 and "ptrace" in run.stderr.lower():
        pytest.skip(f"strace cannot trace here: {run.stderr.strip()}")
    assert run.returncode == 0, run.stderr
    calls = trace.read_text(encoding="utf-8")
    assert "socketpair(AF_UNIX" in calls or "socket(" in calls or calls == ""  # it did trace
    assert "AF_INET" not in calls, [line for line in calls.splitlines() if "AF_INET" in line]
    assert list(tmp_path.glob("pulih-catatan-*.html")), "the scenario ran to its end"
