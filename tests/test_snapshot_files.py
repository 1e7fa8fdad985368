"""Every SVG under tests/__snapshots__ belongs to a test that still exists.

syrupy reports unused snapshots, but syrupy 4.8 (pinned by pytest-textual-snapshot 1.1.0) skips
that check under pytest-xdist, which runs the suite in parallel; this test keeps the guard."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SNAPSHOTS = TESTS / "__snapshots__"


def test_no_snapshot_is_left_over() -> None:
    folders = sorted(p for p in SNAPSHOTS.iterdir() if p.is_dir())
    modules = [TESTS / f"{folder.name}.py" for folder in folders]
    missing = [m.name for m in modules if not m.is_file()]
    assert folders and not missing, missing
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-n",
            "0",
            "-p",
            "no:cacheprovider",
        ]
        + [str(m) for m in modules],
        cwd=TESTS.parent,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    collected = {
        tuple(line.split("::")[:2])
        for line in done.stdout.splitlines()
        if "::" in line and line.startswith("tests/")
    }
    tests = {(Path(path).stem, name) for path, name in collected}
    pictures = sorted(SNAPSHOTS.glob("*/*.svg"))
    assert len(pictures) >= len(folders)
    unused = []
    for picture in pictures:
        name = picture.name.removesuffix(".svg")
        # a test that compares twice gets name.1.svg for its second picture
        if (picture.parent.name, name) not in tests and (
            picture.parent.name,
            name.rsplit(".", 1)[0],
        ) not in tests:
            unused.append(str(picture.relative_to(TESTS)))
    assert not unused, unused
