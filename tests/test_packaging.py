"""The wheel carries questionnaires/, resources.toml and regions-id.csv, and data_path finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("pulih-*.whl")
    return built


def test_wheel_contains_the_data_and_the_stylesheet(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for questionnaire in (ROOT / "questionnaires").glob("*.toml"):
        assert f"pulih/_data/questionnaires/{questionnaire.name}" in names
    assert "pulih/_data/resources.toml" in names
    assert "pulih/_data/regions-id.csv" in names
    assert "pulih/_data/taxonomy.toml" in names
    assert "pulih/tui/pulih.tcss" in names
    assert "pulih/cli.py" in names and "pulih/core/scoring.py" in names


def test_installed_wheel_finds_its_own_data(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "from pulih.core.data import data_path; import pulih; "
        "print(pulih.__file__); print(data_path('resources.toml')); "
        "print(data_path('questionnaires')); "
        "from pulih.core.directory.regions import find_place; print(find_place('jogja').code)"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    package, resources, questionnaires, jogja = done.stdout.split()
    assert package.startswith(str(target))
    assert resources == str(target / "pulih" / "_data" / "resources.toml")
    assert (Path(questionnaires) / "refleksi-dukungan.toml").is_file()
    assert jogja == "34"  # the regions table is read from the wheel


def test_readme_pictures_are_current_snapshots() -> None:
    import re
    from urllib.parse import unquote

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = [unquote(p) for p in re.findall(r"!\[[^\]]*\]\(([^)]+\.svg)\)", readme)]
    assert len(pictures) >= 5
    for picture in pictures:
        assert (ROOT / picture).is_file(), picture


def test_wheel_carries_the_licence_and_classifiers(wheel: Path) -> None:
    """MIT as an SPDX expression, the LICENSE file itself, and classifiers; no invented URLs."""
    archive = zipfile.ZipFile(wheel)
    (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    text = archive.read(metadata).decode("utf-8")
    assert "License-Expression: MIT" in text
    assert "Classifier: Natural Language :: Indonesian" in text
    assert "Project-URL" not in text
    licences = [n for n in archive.namelist() if n.endswith("/LICENSE")]
    assert licences and b"MIT License" in archive.read(licences[0])
