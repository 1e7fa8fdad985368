"""The wheel carries questionnaires/, resources.toml and regions-id.csv, and data_path finds them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
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
    assert "pulih/_data/blocked-numbers.toml" in names
    assert "pulih/tui/pulih.tcss" in names
    assert "pulih/cli.py" in names and "pulih/core/questionnaire/scoring.py" in names


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
        "from pulih.core.files.data import data_path; import pulih; "
        "print(pulih.__file__); print(data_path('resources.toml')); "
        "print(data_path('questionnaires')); "
        "from pulih.core.directory.regions import find_place; print(find_place('Kota Jogja').code)"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    package, resources, questionnaires, jogja = done.stdout.split()
    assert package.startswith(str(target))
    assert resources == str(target / "pulih" / "_data" / "resources.toml")
    assert (Path(questionnaires) / "refleksi-dukungan.toml").is_file()
    assert jogja == "34.71"  # the regions table and its aliases are read from the wheel


def test_readme_pictures_are_current_snapshots() -> None:
    from urllib.parse import unquote

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = [unquote(p) for p in re.findall(r"!\[[^\]]*\]\(([^)]+\.svg)\)", readme)]
    assert len(pictures) >= 5
    for picture in pictures:
        # relative, so they show wherever the repository is read; no placeholder host
        assert picture.startswith("tests/__snapshots__/"), picture
        assert (ROOT / picture).is_file(), picture


def metadata_of(wheel: Path) -> str:
    archive = zipfile.ZipFile(wheel)
    (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    return archive.read(metadata).decode("utf-8")


def test_wheel_carries_the_licence_and_classifiers(wheel: Path) -> None:
    """MIT as an SPDX expression, the LICENSE file itself, classifiers and project URLs."""
    archive = zipfile.ZipFile(wheel)
    text = metadata_of(wheel)
    assert "License-Expression: MIT" in text
    assert "Classifier: Natural Language :: Indonesian" in text
    # the repository is not published yet: no placeholder presented as real
    assert "Project-URL:" not in text
    for version in ("3.11", "3.12", "3.13"):
        assert f"Classifier: Programming Language :: Python :: {version}" in text
    import pulih

    assert f"\nVersion: {pulih.__version__}\n" in text  # one version, from the package
    licences = [n for n in archive.namelist() if n.endswith("/LICENSE")]
    assert licences and b"MIT License" in archive.read(licences[0])


def requirement(lines: list[str], name: str) -> str:
    """The one requirement for ``name`` among ``lines``, without spaces."""
    found = [r.replace(" ", "") for r in lines if re.split(r"[<>=~!\[;]", r, maxsplit=1)[0] == name]
    assert len(found) == 1, (name, found)
    return found[0]


def test_textual_is_compatible_at_run_time_and_exact_in_the_tests(wheel: Path) -> None:
    """Textual ~= for people, == for the snapshots; ruff and mypy (the dev group) pinned to a minor
    release."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    run = project["dependencies"]
    test = project["optional-dependencies"]["test"]
    assert re.fullmatch(r"textual~=\d+\.\d+\.\d+", requirement(run, "textual"))
    exact = requirement(test, "textual")
    assert re.fullmatch(r"textual==\d+\.\d+\.\d+", exact)
    assert exact.split("==")[1] == requirement(run, "textual").split("~=")[1]
    with (ROOT / "pyproject.toml").open("rb") as f:
        dev = tomllib.load(f)["dependency-groups"]["dev"]
    for tool, group in (("ruff", dev), ("mypy", dev), ("pytest", test), ("pytest-xdist", test)):
        # ~=X.Y.Z allows only X.Y.*: a new minor release cannot land unasked
        assert re.fullmatch(rf"{tool}~=\d+\.\d+\.\d+", requirement(group, tool)), tool
    assert not any(r.startswith(("ruff", "mypy")) for r in test)  # the linters are dev only
    assert "pytest-textual-snapshot==" in requirement(test, "pytest-textual-snapshot")
    text = metadata_of(wheel)
    assert "Requires-Dist: textual~=8.2" in text
    assert "Requires-Dist: shtab" in text
