"""A fuzz of ``check`` and ``reflect`` over mutated copies of the bundled files: every mutant
is either accepted (0) or refused in located lines (2); a crash (70), a traceback or any other
exit status fails. The mutator is seeded, so a failure names a mutant that can be replayed."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from pulih.cli import main
from pulih.core.files.data import questionnaire_dir, resources_file

ANSWERS = """\
[refleksi-dukungan]
E1 = 4
E2 = 3
I1 = 2
N1 = 5

[cek-kondisi]
C1 = 1
K1 = 0

[preferences]
region = "DKI Jakarta"
modes = ["online"]
cost = ["free"]
"""

WEIRD_VALUES = (
    '"2"',
    '"true"',
    "true",
    "1e999",
    "-1e999",
    "nan",
    "inf",
    "99999999999999999999999999",
    "-7",
    "0",
    "[]",
    "{}",
    '[1, "a", true]',
    "1979-05-27T07:32:00Z",
    '"\\u0000\\u001b[2J"',
    '"javascript:alert(1)"',
    '""',
    "3.5",
)


def mutate(text: str, rnd: random.Random) -> str:
    """One to three random edits of a TOML text."""
    lines = text.splitlines()
    for _ in range(rnd.randint(1, 3)):
        if not lines:
            lines = [""]
        at = rnd.randrange(len(lines))
        kind = rnd.randrange(10)
        if kind == 0:
            del lines[at]
        elif kind == 1:
            lines.insert(at, lines[at])
        elif kind == 2 and "=" in lines[at]:
            key = lines[at].split("=", 1)[0]
            lines[at] = f"{key}= {rnd.choice(WEIRD_VALUES)}"
        elif kind == 3:
            char = chr(rnd.choice([0, 7, 8, 27, 127, 0x85, 0x202E]))
            middle = rnd.randrange(len(lines[at]) + 1)
            lines[at] = lines[at][:middle] + char + lines[at][middle:]
        elif kind == 4:
            depth = rnd.choice([50, 500, 5000])
            lines.insert(at, f"deep{at} = " + "[" * depth + "]" * depth)
        elif kind == 5:
            lines[at] = lines[at].replace("=", "", 1)
        elif kind == 6:
            lines = lines[:at]
        elif kind == 7:
            other = rnd.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == 8 and '"' in lines[at]:
            lines[at] = lines[at].replace('"', "", 1)
        else:
            word = rnd.choice(["[[items]]", "[[resource]]", "[scoring]", "[[subscales]]", "x.y.z"])
            lines.insert(at, word)
    return "\n".join(lines) + "\n"


def sources() -> list[tuple[str, str]]:
    found = [
        (p.name, p.read_text(encoding="utf-8")) for p in sorted(questionnaire_dir().glob("*.toml"))
    ]
    return [*found, ("resources.toml", resources_file().read_text(encoding="utf-8"))]


def outcome(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out + captured.err


@pytest.mark.parametrize("seed", range(4))
def test_check_never_crashes_on_a_mutated_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: int
) -> None:
    rnd = random.Random(seed)
    refused = 0
    for round_ in range(40):
        name, text = rnd.choice(sources())
        path = tmp_path / f"{seed}-{round_}-{name}"
        path.write_text(mutate(text, rnd), encoding="utf-8", errors="surrogatepass")
        status, shown = outcome(capsys, ["check", str(path)])
        assert status in (0, 2), (path.name, status, shown)
        assert "Traceback" not in shown and "Error(" not in shown, path.name
        refused += status == 2
        if status == 2:
            assert all(line.startswith(str(path)) for line in shown.splitlines()), shown
    assert refused > 0


@pytest.mark.parametrize("seed", range(3))
def test_reflect_never_crashes_on_mutated_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: int
) -> None:
    rnd = random.Random(100 + seed)
    for round_ in range(25):
        path = tmp_path / f"answers-{seed}-{round_}.toml"
        path.write_text(mutate(ANSWERS, rnd), encoding="utf-8")
        status, shown = outcome(capsys, ["reflect", "--answers", str(path), "--no-save"])
        assert status in (0, 2), (path.read_text(), status, shown)
        assert "Traceback" not in shown


def test_reflect_never_crashes_on_a_mutated_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rnd = random.Random(7)
    answers = tmp_path / "answers.toml"
    answers.write_text(ANSWERS, encoding="utf-8")
    text = resources_file().read_text(encoding="utf-8")
    for round_ in range(15):
        path = tmp_path / f"resources-{round_}.toml"
        path.write_text(mutate(text, rnd), encoding="utf-8")
        argv = ["reflect", "--answers", str(answers), "--resources", str(path), "--no-save"]
        status, shown = outcome(capsys, argv)
        assert status in (0, 2), (path.name, status, shown)
        assert "Traceback" not in shown


def test_a_sample_in_real_processes_writes_no_traceback(tmp_path: Path) -> None:
    rnd = random.Random(2026)
    for round_ in range(4):
        name, text = rnd.choice(sources())
        path = tmp_path / f"{round_}-{name}"
        path.write_text(mutate(text, rnd), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "pulih", "check", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode in (0, 2), done.stderr
        assert "Traceback" not in done.stderr + done.stdout
