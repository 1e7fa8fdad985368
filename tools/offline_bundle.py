"""An offline install of pulih for a laptop with no internet (issue 24).

    python tools/offline_bundle.py --platform win_amd64 --python 3.12 -o pulih-offline

writes a folder with pulih's wheel, the wheel of every dependency for that platform and Python,
and ``install.ps1`` (Windows) / ``install.sh`` (Linux, macOS) that install from that folder alone
(``pip install --no-index``). A kader copies the folder to a USB stick; on the laptop, with no
network, they run the installer from it (README, "Tanpa internet").

Building needs the package registry (pip download); installing needs nothing but Python. pip
decides which dependency wheels fit the platform by their tags; an environment marker such as
``sys_platform == "win32"`` is judged on the machine that builds (a limit of pip download), and
pulih's dependencies have none today (the test checks the Windows bundle holds pydantic_core's
win_amd64 wheel).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLATFORMS = ("win_amd64", "macosx_11_0_arm64", "macosx_10_12_x86_64", "manylinux2014_x86_64")
PYTHONS = ("3.11", "3.12", "3.13")

INSTALL_SH = """#!/bin/sh
# Install pulih from this folder alone, with no internet: sh install.sh [WHERE]
# WHERE (default ~/pulih) gets a virtual environment; then run WHERE/bin/pulih
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
where="${1:-$HOME/pulih}"
python3 -m venv "$where"
"$where/bin/pip" install --no-index --find-links "$here" pulih
echo "pulih is installed. Run: $where/bin/pulih"
"""

INSTALL_PS1 = """# Install pulih from this folder alone, with no internet:
#   powershell -ExecutionPolicy Bypass -File install.ps1 [-Where FOLDER]
# FOLDER (default %LOCALAPPDATA%\\pulih-app) gets a virtual environment; then run FOLDER\\Scripts\\pulih
param([string]$Where = "$env:LOCALAPPDATA\\pulih-app")
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
py -m venv $Where
& "$Where\\Scripts\\pip" install --no-index --find-links $here pulih
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Write-Output "pulih is installed. Run: $Where\\Scripts\\pulih"
"""


def requirements() -> list[str]:
    """pulih's run-time dependencies, as pyproject.toml states them."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return list(tomllib.load(handle)["project"]["dependencies"])


def build(platform: str, python: str, out: Path) -> list[Path]:
    """Write the bundle into ``out`` (made if missing); the wheels it holds."""
    out.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
    )
    abi = "cp" + python.replace(".", "")
    subprocess.run(
        [
            *pip,
            "download",
            "-q",
            "--only-binary=:all:",
            "--platform",
            platform,
            "--python-version",
            python,
            "--implementation",
            "cp",
            "--abi",
            abi,
            "--abi",
            "abi3",
            "--abi",
            "none",
            "-d",
            str(out),
            *requirements(),
        ],
        check=True,
    )
    for name, text in (("install.sh", INSTALL_SH), ("install.ps1", INSTALL_PS1)):
        newline = b"\r\n" if name.endswith(".ps1") else b"\n"
        (out / name).write_bytes(text.encode("utf-8").replace(b"\n", newline))
    license_file = ROOT / "LICENSE"
    if license_file.exists():
        shutil.copyfile(license_file, out / "LICENSE")
    return sorted(out.glob("*.whl"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=PLATFORMS, required=True)
    parser.add_argument("--python", choices=PYTHONS, required=True)
    parser.add_argument("-o", "--output", type=Path, required=True, help="the folder to write")
    args = parser.parse_args(argv)
    try:
        wheels = build(args.platform, args.python, args.output)
    except subprocess.CalledProcessError as error:
        print(
            f"offline_bundle: pip failed ({error.returncode}); nothing is complete", file=sys.stderr
        )
        return 1
    print(f"{args.output}: {len(wheels)} wheels for {args.platform}, Python {args.python}")
    for wheel in wheels:
        print(f"  {wheel.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
