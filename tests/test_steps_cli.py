"""``pulih steps`` and ``pulih steps mark``, history's steps and the calendar file (issue 16)."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC
from pathlib import Path

import pytest

from pulih.cli import main
from pulih.core.files.paths import data_dir
from pulih.core.report.calendar import check_in_event, fold, unfold

ANSWERS = """[refleksi-dukungan]
E1 = 2
E2 = 2
E3 = 1
I1 = 1
I2 = 2
I3 = 1
N1 = 4
N2 = 4
N3 = 4
A1 = 4
A2 = 4
A3 = 4

[next_steps]
chosen = ["kelompok-keagamaan", "kelompok-dukungan-sebaya"]
"""
FIRST, SECOND = "kelompok-keagamaan", "kelompok-dukungan-sebaya"


@pytest.fixture
def saved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    answers = tmp_path / "answers.toml"
    answers.write_text(ANSWERS, encoding="utf-8")
    assert main(["reflect", "--answers", str(answers), "--save"]) == 0
    capsys.readouterr()
    return answers


def steps_json(capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, object]:
    """One result's steps: ``--id N``, else the newest saved result's part of the JSON."""
    assert main(["steps", "--format", "json", *extra]) == 0
    data = json.loads(capsys.readouterr().out)
    if "--id" in extra:
        return data  # type: ignore[no-any-return]
    assert set(data) == {"open", "another", "results"}
    return data["results"][0]  # type: ignore[no-any-return]


def test_two_steps_marked_then_another_suggestion_and_then_vs_now(
    saved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = steps_json(capsys)
    assert [s["id"] for s in data["steps"]] == [FIRST, SECOND]  # type: ignore[index]
    assert all(s["outcome"] is None for s in data["steps"])  # type: ignore[attr-defined]
    assert data["check_in"] and data["another"] == []
    assert main(["steps", "mark", FIRST, "done", "--note", "ikut pengajian"]) == 0
    assert main(["steps", "mark", SECOND, "not-helpful"]) == 0
    out = capsys.readouterr().out
    assert "sudah" in out and "tidak membantu" in out
    data = steps_json(capsys)
    steps = {s["id"]: s for s in data["steps"]}  # type: ignore[attr-defined]
    assert steps[FIRST]["outcome"] == "done" and steps[FIRST]["note"] == "ikut pengajian"
    assert steps[SECOND]["outcome"] == "not_helpful" and steps[SECOND]["note"] is None
    (other,) = data["another"]  # type: ignore[misc]
    assert other["instead_of"] == SECOND and other["id"] not in (FIRST, SECOND)
    assert "belum membantu" in other["why"]
    assert main(["steps", "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert "My steps" in english and "did not help" in english and "Something else" in english
    # history: the JSON contract and then vs now in text
    assert main(["history", "--format", "json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)["results"]
    assert entry["next_steps"] == [FIRST, SECOND]
    assert [s["outcome"] for s in entry["steps"]] == ["done", "not_helpful"]
    assert set(entry["steps"][0]) == {"id", "name", "outcome", "note", "updated"}
    assert entry["check_in"] == data["check_in"]
    assert main(["history"]) == 0
    text = capsys.readouterr().out
    assert "Langkah yang diambil di antara hasil" in text and "tidak membantu" in text


def test_marking_refuses_bad_input_in_one_line(
    saved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["steps", "mark", "not-chosen", "done"]) == 2
    assert main(["steps", "mark", FIRST, "done", "--note", "a\x1b[2Jb"]) == 2
    assert main(["steps", "mark", FIRST, "done", "--id", "99"]) == 2
    assert main(["--no-save", "steps", "mark", FIRST, "done"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "karakter kendali" in err  # the person's language
    assert all(line.startswith("pulih: ") for line in err.strip().splitlines())
    data = steps_json(capsys)
    assert all(s["outcome"] is None for s in data["steps"])  # type: ignore[attr-defined]


def test_a_step_can_be_marked_by_the_number_pulih_steps_shows(
    saved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["steps"]) == 0
    assert "2. " in capsys.readouterr().out
    assert main(["steps", "mark", "2", "tried"]) == 0
    assert main(["steps", "mark", "3", "done"]) == 2  # only two were chosen
    assert main(["steps", "mark", "²", "done"]) == 2
    capsys.readouterr()
    steps = {s["id"]: s["outcome"] for s in steps_json(capsys)["steps"]}  # type: ignore[attr-defined]
    assert steps == {FIRST: None, SECOND: "tried"}


def test_nothing_is_created_without_a_saved_result(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["steps"]) == 0
    assert "Belum ada hasil tersimpan" in capsys.readouterr().out
    assert main(["steps", "mark", FIRST, "done"]) == 2
    assert not data_dir().exists()


def test_a_check_in_date_can_be_changed_and_is_kept(
    saved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    proposed = steps_json(capsys)
    assert proposed["check_in_kept"] is False
    kept = steps_json(capsys, "--check-in", "2027-03-04")
    assert kept["check_in"] == "2027-03-04" and kept["check_in_kept"] is True
    assert main(["history", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"][0]["check_in"] == "2027-03-04"


def test_the_calendar_file_parses_back_and_says_nothing_private(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cek.ics"
    data = steps_json(capsys, "--ics", str(target))
    raw = target.read_bytes()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    lines = unfold(raw.decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    fields = dict(line.split(":", 1) for line in lines)
    assert fields["VERSION"] == "2.0" and fields["PRODID"]
    assert fields["UID"].endswith("@pulih.invalid") and fields["DTSTAMP"].endswith("Z")
    assert fields["DTSTART;VALUE=DATE"] == str(data["check_in"]).replace("-", "")
    assert fields["SUMMARY"] == "pulih: cek langkah Anda"
    lowered = raw.decode("utf-8").lower()
    for private in ("ringan", "sedang", "berat", "krisis", "distress", "mild", "severe"):
        assert private not in lowered
    assert FIRST not in lowered  # not even which steps


def test_calendar_lines_fold_without_splitting_characters() -> None:
    line = "DESCRIPTION:" + "é" * 80
    folded = fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert unfold(folded) == [line]
    from datetime import date, datetime

    english = check_in_event(date(2027, 1, 2), "k", "en", datetime(2026, 12, 2, tzinfo=UTC))
    assert "SUMMARY:pulih: check your steps\r\n" in english
    again = check_in_event(date(2027, 1, 2), "k", "id", datetime(2026, 12, 3, tzinfo=UTC))
    uid = [x for x in unfold(english) if x.startswith("UID:")]
    assert uid == [x for x in unfold(again) if x.startswith("UID:")]  # same result, same event


def test_an_answers_file_naming_an_unknown_step_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text(ANSWERS.replace(FIRST, "tidak-ada"), encoding="utf-8")
    assert main(["reflect", "--answers", str(answers), "--save"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{answers}:") and "next_steps.chosen" in err and "tidak-ada" in err
    assert not data_dir().exists()


def test_the_exported_note_carries_the_check_in_and_outcomes_only_if_asked(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["steps", "mark", FIRST, "done", "--note", "ikut pengajian"]) == 0
    assert main(["steps", "mark", SECOND, "not-helpful"]) == 0
    capsys.readouterr()
    assert main(["export", "-o", "-"]) == 0
    plain = capsys.readouterr().out
    assert "Cek langkah: dalam " in plain and "ikut pengajian" not in plain
    assert main(["export", "-o", "-", "--with-steps"]) == 0
    note = capsys.readouterr().out
    assert "sudah (dicatat" in note and '"ikut pengajian"' in note and "tidak membantu" in note
    target = tmp_path / "note.html"
    assert main(["export", "--format", "html", "-o", str(target), "--with-steps"]) == 0
    page = target.read_text(encoding="utf-8")
    assert "tidak membantu" in page and "Cek langkah" in page


def test_forget_removes_outcomes_and_the_calendar_file(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cek.ics"
    assert main(["steps", "mark", FIRST, "done", "--note", "ikut"]) == 0
    assert main(["steps", "--ics", str(target)]) == 0
    assert target.exists()
    assert main(["forget", "--yes"]) == 0
    assert not target.exists() and not (data_dir() / "pulih.db").exists()
    capsys.readouterr()
    assert main(["steps"]) == 0
    assert "Belum ada hasil tersimpan" in capsys.readouterr().out


def test_a_note_with_newlines_and_html_stays_one_line_and_text_in_every_export(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "tidak jadi\n## <script>alert(1)</script> *penting*\n- [klik](http://x)"
    assert main(["steps", "mark", FIRST, "not-yet", "--note", note]) == 0
    capsys.readouterr()
    assert main(["steps"]) == 0
    out = capsys.readouterr().out
    shown = next(line for line in out.splitlines() if "tidak jadi" in line)
    assert "tidak jadi ## <script>alert(1)</script> *penting* - [klik]" in shown
    markdown = tmp_path / "catatan.md"
    assert main(["export", "--format", "markdown", "--with-steps", "-o", str(markdown)]) == 0
    text = markdown.read_text(encoding="utf-8")
    assert "<script>" not in text and "\\<script\\>" in text
    (line,) = [line for line in text.splitlines() if "tidak jadi" in line]
    assert "tidak jadi \\#\\# \\<script\\>" in line  # one line: no heading, no list, no link
    page = tmp_path / "catatan.html"
    assert main(["export", "--format", "html", "--with-steps", "-o", str(page)]) == 0
    assert "<script>" not in page.read_text(encoding="utf-8")
