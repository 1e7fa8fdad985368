"""Langkah saya under faults, and in line mode (issue 25): a mark, a taken suggestion or a new
check-in date on a store another program holds is one calm line and changes nothing; two
windows taking different suggestions keep both; --plain records and takes steps with the same
writes as the TUI and ``pulih steps``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pulih.cli import main
from pulih.core.content import Content
from pulih.core.files.paths import data_dir
from pulih.core.store.database import DB_NAME, Store
from pulih.core.store.followup import Followup, taking
from tests.conftest import TODAY
from tests.test_plain_parity import STATEMENTS, run
from tests.test_steps_cli import FIRST, SECOND, saved
from tests.test_store_faults import held, short_timeout

__all__ = ["saved", "short_timeout"]  # fixtures, used by name

BEFORE_RESULTS = [*STATEMENTS, "", "n", "n"]  # no place, no check, no map


@pytest.fixture
def two_steps(saved: Path) -> None:
    """One saved result with FIRST and SECOND as its steps (test_steps_cli's ``saved``)."""


def steps_now(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["steps", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_line_mode_records_a_step_and_takes_another(
    two_steps: None, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    # l on the results: step 2 (SECOND) did not help, with a note; then the "Coba juga" that
    # replaces it (number 2, after the one open step) is taken; Enter, Enter: back, go on
    feed = [*BEFORE_RESULTS, "l", "2", "4", "too far", "2", "", ""]
    text, session = run(content, "en", feed)
    assert "MY STEPS" in text and "Recorded: Peer support groups — did not help." in text
    assert "Added to the steps of result #1" in text
    data = steps_now(capsys)
    (result,) = data["results"]  # type: ignore[misc]
    steps = {s["id"]: s for s in result["steps"]}
    assert steps[SECOND]["outcome"] == "not_helpful" and steps[SECOND]["note"] == "too far"
    assert steps[FIRST]["outcome"] is None
    (taken,) = [s for s in result["steps"] if s["id"] not in (FIRST, SECOND)]
    assert [s["id"] for s in data["open"]] == [FIRST, taken["id"]]  # type: ignore[index]
    assert taken["id"] not in [o["id"] for o in data["another"]]  # type: ignore[attr-defined]
    # what was marked here is known to the suggestions shown later in this session
    assert session.remembered.marks is not None and SECOND in session.remembered.marks.not_helpful


def test_line_mode_offers_the_steps_only_when_saving(content: Content) -> None:
    text, _ = run(content, "id", [*BEFORE_RESULTS, "l", ""], save=False)
    assert "l = langkah saya" not in text and "LANGKAH SAYA" not in text
    text, _ = run(content, "id", [*BEFORE_RESULTS, "l", ""])  # saving, nothing saved yet
    assert "l = langkah saya" in text and "Langkah saya ada setelah hasil disimpan" in text


def test_two_windows_taking_different_suggestions_keep_both(
    two_steps: None, capsys: pytest.CaptureFixture[str], content: Content
) -> None:
    assert main(["steps", "mark", FIRST, "not-helpful"]) == 0
    assert main(["steps", "mark", SECOND, "not-helpful"]) == 0
    with Store.open_to_read(data_dir()) as store:
        follow = Followup.read(store)
    first, second = follow.alternatives(content, "id", TODAY)[:2]
    # both windows read the same steps, then each takes its own suggestion
    for change in (taking(follow, first, TODAY), taking(follow, second, TODAY)):
        with Store.open(data_dir()) as store:
            change.write(store)
    with Store.open_to_read(data_dir()) as store:
        (result,) = store.results()
    ids = (first.suggestion.resource.id, second.suggestion.resource.id)
    assert result.next_steps == (FIRST, SECOND, *ids)


COMMANDS = {
    "mark": ["steps", "mark", "1", "done", "--note", "went"],
    "take": ["steps", "take", "TAKE"],
    "check-in": ["steps", "--check-in", "2027-01-20"],
    "remind": ["steps", "--remind", "on"],
}


@pytest.mark.parametrize("name", COMMANDS)
def test_a_change_on_a_locked_store_is_one_line_and_changes_nothing(
    two_steps: None, short_timeout: None, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert main(["steps", "mark", SECOND, "not-helpful"]) == 0
    before = steps_now(capsys)
    (offered,) = before["another"]  # type: ignore[misc]
    command = [offered["id"] if word == "TAKE" else word for word in COMMANDS[name]]
    with held(data_dir() / DB_NAME):
        code = main([*command, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    assert len(err.strip().splitlines()) == 1 and "in use by another program" in err
    assert steps_now(capsys) == before
    assert main([*command, "--lang", "en"]) == 0  # once the other program is done, it works
    assert steps_now(capsys) != before or name == "remind"


WRITER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
print("held", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


def test_line_mode_on_a_held_store_says_so_and_goes_on(
    two_steps: None,
    short_timeout: None,
    content: Content,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = steps_now(capsys)
    feed = [*BEFORE_RESULTS, "l", "1", "1", "went", "", ""]
    with held(data_dir() / DB_NAME):  # held for reading too: the list cannot be read
        text, _ = run(content, "en", feed)
    said = text.split("my steps (from saved results), Enter = go on: l", 1)[1]
    assert said.lstrip().startswith(
        "Your saved results could not be read. pulih's saved data is in use"
    )
    assert "MY STEPS" not in said and "Traceback" not in text
    monkeypatch.setattr("tests.test_store_faults.HOLDER", WRITER)
    with held(data_dir() / DB_NAME):  # held for writing: the list is read, the mark is not kept
        text, _ = run(content, "en", feed)
    after = text.split("Answer: 1", 1)[1]
    assert "in use by another program" in after and "Recorded:" not in after
    again = after.split("in use by another program", 1)[1]
    assert "A step's number = record how it went" in again  # asked again, nothing lost
    assert steps_now(capsys) == before


def test_a_taken_step_has_its_own_date_and_the_persons_date_stays(
    two_steps: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """The walk: after ``--check-in`` today, taking a "Coba juga" moved the date of the other
    steps four weeks on, and their reminder stopped."""
    assert main(["steps", "mark", SECOND, "not-helpful"]) == 0
    assert main(["steps", "--check-in", TODAY.isoformat()]) == 0
    (offered,) = steps_now(capsys)["another"]  # type: ignore[misc]
    assert main(["steps", "take", offered["id"]]) == 0
    data = steps_now(capsys)
    dates = {s["id"]: (s["check_in"], s["due"]) for s in data["open"]}  # type: ignore[attr-defined]
    assert dates[FIRST] == (TODAY.isoformat(), True)  # still due today
    own, due = dates[offered["id"]]
    assert own > TODAY.isoformat() and not due  # its own time, counted from today
    # one date set for every open step again replaces the taken step's own
    assert main(["steps", "--check-in", "2027-01-20"]) == 0
    data = steps_now(capsys)
    assert {s["check_in"] for s in data["open"]} == {"2027-01-20"}  # type: ignore[attr-defined]


def test_line_mode_steps_from_the_first_question_and_a_quick_exit_at_the_reminder(
    two_steps: None, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    """l works at any prompt (a returning person need not answer 12 statements first); x at
    the start-of-session question leaves calmly (it crashed, exit 70, before the journey)."""
    text, _ = run(content, "en", ["l", "", *STATEMENTS[:1]])
    assert "l = my steps" in text.split("question 1 of", 1)[0]
    assert "MY STEPS" in text and "Traceback" not in text
    assert main(["steps", "--remind", "on"]) == 0
    assert main(["steps", "--check-in", TODAY.isoformat()]) == 0
    capsys.readouterr()
    for leave in (["x"], ["y", "1", "q"], ["y", "1", "4"]):  # quick exit, or input ends
        text, _ = run(content, "id", leave)
        assert "waiting" not in text and "menunggu dicek" in text and "Traceback" not in text


def test_line_mode_notes_are_checked_and_kept(
    two_steps: None, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    long = "kata " * 50
    feed = ["l", "1", "3", "minggu depan", "1", "3", long, "\x1b[31mmerah", "", "", ""]
    text, _ = run(content, "id", feed)
    assert "catatan: paling banyak 200 karakter (ada 249)." in text  # said, not cut
    assert "catatan: ada karakter kendali di dalamnya" in text  # refused, not stripped
    assert 'Catatan sebelumnya: "minggu depan"' in text
    (result,) = steps_now(capsys)["results"]  # type: ignore[misc]
    steps = {s["id"]: s for s in result["steps"]}
    assert steps[FIRST]["outcome"] == "not_yet" and steps[FIRST]["note"] == "minggu depan"


def test_line_mode_asks_before_taking_a_suggestion(
    two_steps: None, content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["steps", "mark", SECOND, "not-helpful"]) == 0
    before = steps_now(capsys)
    text, _ = run(content, "en", ["l", "2", "n", "", ""])
    assert "Take as your step:" in text and "Added to the steps" not in text
    assert steps_now(capsys) == before
