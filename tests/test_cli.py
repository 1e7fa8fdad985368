"""``pulih reflect`` and ``pulih check`` from the command line: contract output, clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pulih.cli import main

SUPPORT = """[refleksi-dukungan]
E1 = 5
E2 = 4
E3 = 4
I1 = 4
I2 = 4
I3 = 3
N1 = 1
N2 = 2
N3 = 1
A1 = 3
A2 = 3
A3 = 4
"""


def write(tmp_path: Path, text: str, name: str = "answers.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def reflect_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["reflect", "--answers", str(path), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_json_has_the_contract_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = reflect_json(write(tmp_path, SUPPORT), capsys)
    assert set(data) == {
        "support",
        "distress",
        "safety",
        "referral",
        "suggestions",
        "crisis_contacts",
        "place",
        "place_notice",
    }
    assert data["place_notice"] is None and data["place"] is None  # no place given
    support = data["support"]
    assert isinstance(support, dict)
    assert set(support) == {"emotional", "instrumental", "informational", "appraisal"}
    assert support["informational"] == {"score": 8, "band": "thin", "answered": 3}
    assert data["distress"] is None and data["safety"] == {"crisis": False}
    assert data["referral"] == "none" and data["crisis_contacts"] == []


def test_right_now_gives_urgent_and_three_contacts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check = "\n[cek-kondisi]\nC1 = 0\nC2 = 0\nD1 = 0\nD2 = 0\nK1 = 0\nK2 = 1\nK3 = 1\n"
    data = reflect_json(write(tmp_path, SUPPORT + check), capsys)
    assert data["safety"] == {"crisis": True} and data["referral"] == "urgent"
    contacts = data["crisis_contacts"]
    assert isinstance(contacts, list) and len(contacts) >= 3
    assert contacts[0]["id"] == "psc-119"
    keys = {"id", "name", "contact", "assured_date", "verified", "source_date", "caveat"}
    for contact in contacts:
        assert set(contact) == keys | {"audience"} and contact["contact"]
        assert contact["verified"] in ("call", "desk") and contact["source_date"]
        assert contact["source_date"] <= contact["assured_date"]
    by_id = {c["id"]: c for c in contacts}
    assert by_id["darurat-112"]["caveat"] and "119" in by_id["darurat-112"]["caveat"]
    assert by_id["sapa-129"]["audience"] == ["perempuan", "anak"]
    assert "PSC" in by_id["psc-119"]["caveat"] and by_id["psc-119"]["audience"] == []


def test_text_shows_crisis_routes_before_any_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, SUPPORT + "\n[cek-kondisi]\nK1 = 2\nK3 = 0\n")
    assert main(["reflect", "--answers", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.index("119") < out.index("Your strengths") < out.index("What could be strengthened")
    assert "This is not a diagnosis." in out


def test_markdown_is_in_indonesian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, SUPPORT)
    assert main(["reflect", "--answers", str(path), "--format", "markdown", "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Hasil refleksi") and "Ini bukan diagnosis." in out
    assert "Dukungan informasi" in out and "Tipis" in out


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[refleksi-dukungan]\nE9 = 3\n", "2: refleksi-dukungan.E9: no item 'E9'"),
        ("[refleksi-dukungan]\nE1 = 7\n", "2: refleksi-dukungan.E1: 7 is not an answer"),
        ("[refleksi-dukungan]\nE1 = 3\n\n[kuesioner]\nX = 1\n", "4: kuesioner: unknown table"),
        ("[refleksi-dukungan]\nE1 = \n", "2: toml: "),
        ('[preferences]\nmodes = ["teleport"]\n', "2: preferences.modes: 'teleport' is not one of"),
    ],
)
def test_bad_answers_files_exit_2_with_a_located_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    path = write(tmp_path, text)
    assert main(["reflect", "--answers", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{path}:{message}" in captured.err
    assert "Traceback" not in captured.err


def test_missing_answers_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reflect", "--answers", str(tmp_path / "nope.toml")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_check_passes_on_the_bundled_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "refleksi-dukungan" in out and "resources.toml: ok" in out


def test_check_reports_every_problem_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path, 'id = "x"\nversion = "1"\nrole = "quiz"\n', "bad.toml")
    garbage = write(tmp_path, "id = = 1\n", "garbage.toml")
    assert main(["check", str(bad), str(garbage)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert f"{bad}:3: role: Input should be 'support' or 'check'" in err
    assert any(line.startswith(f"{bad}: title: Field required") for line in err)
    assert any(line.startswith(f"{garbage}:1: toml: ") for line in err)


def test_python_m_pulih_runs_without_a_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "[refleksi-dukungan]\nE1 = 9\n")
    done = subprocess.run(
        [sys.executable, "-m", "pulih", "reflect", "--answers", str(path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "E1" in done.stderr
    version = subprocess.run(
        [sys.executable, "-m", "pulih", "--version"], capture_output=True, text=True
    )
    assert version.stdout.startswith("pulih ")


def test_an_unknown_demo_persona_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--demo", "nobody", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "Unknown demo persona: nobody. Choices: sari, krisis" in err


def test_an_unknown_theme_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--theme", "neon"])
    assert caught.value.code == 2
    assert "pulih-high-contrast" in capsys.readouterr().err


def test_an_answers_file_saved_by_notepad_with_a_bom_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answers.toml"
    path.write_bytes(b"\xef\xbb\xbf" + SUPPORT.encode("utf-8"))
    assert main(["reflect", "--answers", str(path), "--format", "json"]) == 0


def test_a_pipe_is_refused_not_waited_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    fifo = tmp_path / "answers.toml"
    os.mkfifo(fifo)
    assert main(["reflect", "--answers", str(fifo)]) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_thousands_of_problems_are_shown_as_the_first_ones_and_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "\n".join(f"X{i} = 3" for i in range(1000))
    path = write(tmp_path, SUPPORT + lines + "\n")
    assert main(["reflect", "--answers", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) <= 201 and err[-1].startswith("... and ") and "more problems" in err[-1]


@pytest.mark.parametrize("command", [["history"], ["export"], ["plan"], ["--where"]])
def test_a_data_folder_pulih_cannot_read_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """chmod 000 on the data folder (a shared PC): not a crash, never a traceback."""
    import pulih.core.files.paths as paths

    def refused(*_args: object, **_kwargs: object) -> Path:
        raise PermissionError(13, "Permission denied", "/home/x/.local/share/pulih")

    monkeypatch.setattr(paths, "data_dir", refused)
    assert main(["--lang", "en", *command]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "permission denied" in err and "Traceback" not in err


def test_every_command_hands_over_through_set_defaults() -> None:
    """Issue 26: cli.py only parses; each subcommand names what runs it (no if-chain)."""
    from pulih.cli import _parser
    from pulih.commands import entry

    parser = _parser("en")
    cases = {
        (): entry.interactive,
        ("reflect", "--answers", "a.toml"): entry.reflect,
        ("check",): entry.check,
        ("history",): entry.history,
        ("export",): entry.export,
        ("plan",): entry.plan,
        ("forget",): entry.forget,
        ("steps",): entry.steps,
        ("steps", "mark", "1", "done"): entry.steps_mark,
        ("steps", "take", "x"): entry.steps_take,
        ("worksheet",): entry.worksheet,
        ("completion", "bash"): entry.completion,
    }
    for argv, runs in cases.items():
        assert parser.parse_args(list(argv)).run is runs, argv
