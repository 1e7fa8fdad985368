"""tools/offline_bundle.py (issue 24): a bundle built here installs and runs with no network,
and a Windows bundle carries the Windows build of the one compiled dependency.

Building needs the package registry (CI reaches it); installing is done with pip's index off
and every proxy pointed at a closed port, so a download attempt would fail the test."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import offline_bundle  # noqa: E402

pytestmark = pytest.mark.posix_only  # the install script here is install.sh

NO_NETWORK = {
    "PIP_NO_INDEX": "1",
    "http_proxy": "http://127.0.0.1:9",
    "https_proxy": "http://127.0.0.1:9",
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "PIP_CONFIG_FILE": os.devnull,
}


def this_machine() -> str:
    if sys.platform != "linux" or platform.machine() != "x86_64":
        pytest.skip("the bundle test builds for Linux x86_64")
    return "manylinux2014_x86_64"


def test_a_bundle_built_here_installs_and_runs_with_no_network(tmp_path: Path) -> None:
    bundle = tmp_path / "pulih-offline"
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    wheels = offline_bundle.build(this_machine(), python, bundle)
    assert any(w.name.startswith("pulih-") for w in wheels)
    assert (bundle / "install.sh").is_file() and (bundle / "install.ps1").is_file()
    assert b"\r\n" in (bundle / "install.ps1").read_bytes()
    assert b"\r" not in (bundle / "install.sh").read_bytes()

    where = tmp_path / "laptop" / "pulih"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(NO_NETWORK)
    env["HOME"] = str(tmp_path / "laptop")
    env["PULIH_DATA_DIR"] = str(tmp_path / "laptop" / "data")
    env["PULIH_CACHE_DIR"] = str(tmp_path / "laptop" / "cache")
    done = subprocess.run(
        ["sh", str(bundle / "install.sh"), str(where)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    pulih = where / "bin" / "pulih"
    version = subprocess.run([str(pulih), "--version"], env=env, capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("pulih ")
    answers = tmp_path / "jawaban.toml"
    answers.write_bytes(
        b"refleksi-dukungan = { E1 = 4, E2 = 4, E3 = 5, I1 = 2, I2 = 3, I3 = 2, N1 = 2, N2 = 1,"
        b" A1 = 4, A2 = 3, A3 = 4 }\n"
    )
    result = subprocess.run(
        [str(pulih), "reflect", "--answers", str(answers), "--lang", "en"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Emotional support" in result.stdout


def test_a_windows_bundle_holds_the_windows_build_of_pydantic_core(tmp_path: Path) -> None:
    wheels = offline_bundle.build("win_amd64", "3.12", tmp_path / "win")
    names = [w.name for w in wheels]
    assert any(
        n.startswith("pydantic_core-") and n.endswith("-cp312-cp312-win_amd64.whl") for n in names
    ), names
    assert not any("manylinux" in n or "macosx" in n for n in names)
