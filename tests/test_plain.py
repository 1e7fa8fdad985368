"""``pulih --plain``: numbered prompts on pipes, same results as the other front ends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SUPPORT = ["4", "4", "5", "2", "1", "2", "1", "2", "1", "3", "3", "4", ""]  # then no place
ANSWERS_FILE = """[refleksi-dukungan]
E1 = 4
E2 = 4
E3 = 5
I1 = 2
I2 = 1
I3 = 2
N1 = 1
N2 = 2
N3 = 1
A1 = 3
A2 = 3
A3 = 4
"""


def pulih(*args: str, feed: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pulih", *args],
        input="\n".join(feed) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_plain_prints_the_same_results_as_reflect(tmp_path: Path) -> None:
    done = pulih("--plain", "--lang", "en", feed=[*SUPPORT, "n", "n", "", "n"])
    assert done.returncode == 0, done.stderr
    answers = tmp_path / "answers.toml"
    answers.write_text(ANSWERS_FILE, encoding="utf-8")
    reflect = subprocess.run(
        [sys.executable, "-m", "pulih", "reflect", "--answers", str(answers), "--lang", "en"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert reflect.stdout.strip() in done.stdout
    assert "\x1b" not in done.stdout  # no cursor movement, no colour
    assert "  1. Never" in done.stdout and "  0. Skip" in done.stdout


def test_a_safety_endorsement_prints_crisis_routes_first() -> None:
    # item 9 "several days": the safety panel at once; no plan now; four ASQ "no"s; then
    # "right now: yes": the urgent panel, and the check ends there; no map, do not save
    check = ["1", "1", "1", "1", "2", "n", "1", "1", "1", "1", "2"]
    done = pulih("--plain", "--lang", "id", feed=[*SUPPORT, "y", *check, "n", "", "n"])
    out = done.stdout
    safety = out.index("KESELAMATAN ANDA PENTING")
    assert safety < out.index("pertanyaan 6 dari 10")  # at once, before the check goes on
    urgent = out.index("BANTUAN SEKARANG")
    assert out.index("pertanyaan 10 dari 10") < urgent  # right now: asked last
    assert "pertanyaan" not in out[urgent : out.index("Kekuatan Anda")]  # nothing after
    assert out.index("119", urgent) < out.index("Kekuatan Anda")
    assert "healing119.id" in out[urgent : out.index("Kekuatan Anda")]
    assert "Kalau tidak tersambung" in out


def test_bad_input_is_asked_again_and_b_goes_back() -> None:
    done = pulih(
        "--plain", "--lang", "en", feed=["7", "z", "4", "b", "2", *SUPPORT[1:], "n", "n", "", "n"]
    )
    out = done.stdout
    assert out.count("Type one of the numbers: 0–5.") == 2
    assert out.count("question 1 of 12") == 2
    assert "Your strengths" in out


def test_input_that_ends_early_stops_cleanly_and_saves_nothing() -> None:
    done = pulih("--plain", "--lang", "en", feed=["4", "4"])
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "Input ended; nothing was saved." in done.stdout


def test_without_a_terminal_pulih_falls_back_to_plain_with_a_notice() -> None:
    done = pulih("--lang", "en", feed=["q"])
    assert done.returncode == 0
    assert "output is not a terminal, so using line mode (--plain)" in done.stderr
    assert "question 1 of 12" in done.stdout
