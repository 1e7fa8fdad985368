"""After the next step (issue 16): outcomes, the check-in rule as data, the store, adjusting."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pulih.core.content import Content
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.store.database import DB_NAME, MIGRATIONS, SCHEMA_VERSION, Store
from pulih.core.store.record import SavedResult
from pulih.core.store.steps import (
    OUTCOMES,
    StepInputError,
    StepOutcome,
    adjust,
    check_in_for,
    check_in_rule,
    clean_note,
    load_check_in_rule,
    parse_outcome,
    step_views,
)
from pulih.core.text.strings import t

WHEN = datetime(2026, 11, 1, 9, 30, tzinfo=timezone(timedelta(hours=7)))
ANSWERS = {
    "refleksi-dukungan": {
        "E1": 2, "E2": 2, "E3": 1, "I1": 1, "I2": 2, "I3": 1,
        "N1": 4, "N2": 4, "N3": 4, "A1": 4, "A2": 4, "A3": 4,
    },
}  # fmt: skip


def a_result(content: Content, check: dict[str, int] | None = None) -> SavedResult:
    answers = dict(ANSWERS)
    if check is not None:
        answers["cek-kondisi"] = check
    results = evaluate(content.reflection, content.check, answers)
    return SavedResult(WHEN, "id", {"refleksi-dukungan": "1.0"}, results)


def chosen_steps(content: Content, saved: SavedResult, count: int = 2) -> SavedResult:
    from pulih.core.report.present import present

    view = present(saved.results, content, saved.preferences, "id", WHEN.date())
    ids = tuple(s.resource.id for s in view.suggestions[:count])
    assert len(ids) == count
    return replace(saved, next_steps=ids)


def test_outcomes_parse_in_both_spellings() -> None:
    assert parse_outcome("not-yet") == "not_yet" and parse_outcome("not_helpful") == "not_helpful"
    assert [parse_outcome(o) for o in OUTCOMES] == list(OUTCOMES)
    with pytest.raises(StepInputError):
        parse_outcome("maybe")


def test_notes_refuse_control_characters_and_long_text() -> None:
    assert clean_note("  sudah ke Puskesmas  ") == "sudah ke Puskesmas"
    assert clean_note(None) == ""
    with pytest.raises(StepInputError) as raised:
        clean_note("ok\x1b[2J")
    assert "control character" in raised.value.message("en")
    assert "karakter kendali" in raised.value.message("id")
    with pytest.raises(StepInputError) as raised:
        clean_note("x" * 201)
    assert "at most 200 characters (this one has 201)" in raised.value.message("en")


def test_a_note_with_line_breaks_is_one_line() -> None:
    """A review: a note with newlines broke pulih steps and went raw into the Markdown note."""
    assert clean_note("sudah\nke Puskesmas\r\n\tkemarin") == "sudah ke Puskesmas kemarin"


def test_every_outcome_has_words_in_both_languages() -> None:
    from pulih.core.text.strings import t

    for key in [f"steps.outcome.{o}" for o in (*OUTCOMES, "none")]:
        indonesian, english = t(key, "id"), t(key, "en")
        assert indonesian and english and indonesian != english


def test_the_check_in_rule_follows_the_referral(content: Content) -> None:
    """Issue 25: strong within 7 days, suggest 14, none 28 (it followed the PHQ-4 band, so a
    strong referral got 30 days)."""
    rule = check_in_rule()
    assert rule.source
    assert [rule.days(level) for level in ("urgent", "strong", "suggest", "none")] == [1, 7, 14, 28]
    assert rule.days(None) == 28
    calm = replace(a_result(content), next_steps=("x",))
    assert calm.results.referral == "none"
    assert check_in_for(calm, None) == date(2026, 11, 29)
    worried = a_result(content, {"C1": 3, "C2": 3, "D1": 3, "D2": 3})
    assert worried.results.referral in ("suggest", "strong")
    days = 7 if worried.results.referral == "strong" else 14
    worried = replace(worried, next_steps=("x",))
    assert check_in_for(worried, None) == WHEN.date() + timedelta(days=days)
    assert check_in_for(a_result(content), None) is None  # no step, no check-in
    kept = date(2027, 1, 5)
    assert check_in_for(worried, kept) == kept


def test_the_check_in_words_are_one_sentence(content: Content) -> None:
    from pulih.core.store.steps import check_in_words

    saved = replace(a_result(content), next_steps=("x",))
    when = check_in_for(saved, None)
    assert when is not None
    said = check_in_words(saved, when, False, "id")
    assert said == "Cek langkah: dalam 28 hari, paling lambat 2026-11-29 (usulan, bisa diubah)"
    assert check_in_words(saved, when, True, "en") == (
        "Check in on your steps: within 28 days, by 2026-11-29"
    )
    tomorrow = WHEN.date() + timedelta(days=1)
    # a date the person set (or a step taken later) is said as a date, with no rule's words
    assert check_in_words(saved, tomorrow, True, "id") == "Cek langkah: 2026-11-02"


def test_a_check_in_file_naming_no_referral_level_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "check-in.toml"
    bad.write_text(
        'source = "x"\n[check_in]\ndefault_days = 28\nby_referral = { mild = 14 }\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="not a referral level: mild"):
        load_check_in_rule(bad)


def test_a_bad_check_in_file_names_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "check-in.toml"
    bad.write_text('source = "x"\n[check_in]\ndefault_days = 0\n', encoding="utf-8")
    with pytest.raises(ValueError, match="default_days"):
        load_check_in_rule(bad)


def test_outcomes_and_check_in_round_trip_through_the_store(
    tmp_path: Path, content: Content
) -> None:
    saved = chosen_steps(content, a_result(content))
    first, second = saved.next_steps
    with Store.open(tmp_path / "data") as store:
        result_id = store.save(saved)
        assert store.outcomes(result_id) == {} and store.check_in(result_id) is None
        store.set_outcome(result_id, first, "done", "", date(2026, 11, 10))
        store.set_outcome(result_id, second, "tried", "awal", date(2026, 11, 10))
        store.set_outcome(result_id, second, "not_helpful", "terlalu jauh", date(2026, 11, 12))
        store.set_check_in(result_id, date(2026, 11, 20))
    with Store.open(tmp_path / "data") as store:
        outcomes = store.outcomes(result_id)
        assert outcomes == {
            first: StepOutcome(first, "done", "", date(2026, 11, 10)),
            second: StepOutcome(second, "not_helpful", "terlalu jauh", date(2026, 11, 12)),
        }
        assert store.check_in(result_id) == date(2026, 11, 20)
        views = step_views(saved.next_steps, outcomes, content.directory)
        assert views[1].to_json() == {
            "id": second,
            "name": content.directory.find(second).name,  # type: ignore[union-attr]
            "outcome": "not_helpful",
            "note": "terlalu jauh",
            "updated": "2026-11-12",
        }


def test_a_version_3_store_migrates_to_4_and_keeps_every_result(
    tmp_path: Path, content: Content
) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    saved = chosen_steps(content, a_result(content))
    with Store.open(folder) as store:
        store.save(saved)
        store.save(replace(saved, next_steps=()))
        before = store.results()
    # Make it a version 3 store again: what pulih before issue 16 left on disk.
    connection = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    connection.execute("DROP TABLE step_outcomes")
    connection.execute("DROP TABLE step_check_ins")  # version 6
    connection.execute("ALTER TABLE results DROP COLUMN check_in")
    connection.execute("PRAGMA user_version = 3")
    connection.close()
    with Store.open(folder) as store:
        version = store.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION == max(MIGRATIONS)
        assert store.results() == before
        assert store.outcomes(before[0].id or 0) == {} and store.check_in(1) is None
        assert store.step_check_ins() == {}


def test_adjust_offers_another_step_for_the_same_need(content: Content) -> None:
    saved = chosen_steps(content, a_result(content))
    first, second = saved.next_steps
    outcomes = {
        first: StepOutcome(first, "done", "", WHEN.date()),
        second: StepOutcome(second, "not_helpful", "", WHEN.date()),
    }
    (other,) = adjust(saved, outcomes, None, content, "id", WHEN.date())
    assert other.instead_of == second
    assert other.suggestion.resource.id not in saved.next_steps
    step = content.directory.find(second)
    assert step is not None
    assert set(other.suggestion.covers) & set(step.support_types)
    assert other.reason == t("steps.adjust.not_helpful", "id", name=step.name)
    assert "belum membantu" in other.reason
    english = adjust(saved, outcomes, None, content, "en", WHEN.date())
    assert "did not help" in english[0].reason


def test_not_yet_asks_for_another_only_after_the_check_in_date(content: Content) -> None:
    saved = chosen_steps(content, a_result(content))
    first, second = saved.next_steps
    outcomes = {second: StepOutcome(second, "not_yet", "", WHEN.date())}
    check_in = date(2026, 11, 15)
    assert adjust(saved, outcomes, check_in, content, "id", date(2026, 11, 15)) == []
    (other,) = adjust(saved, outcomes, check_in, content, "en", date(2026, 11, 16))
    assert other.instead_of == second and "not possible" in other.reason
    # Done and tried steps are never re-offered, nor asked to be replaced.
    done = {first: StepOutcome(first, "done", "", WHEN.date())}
    assert adjust(saved, done, check_in, content, "id", date(2027, 1, 1)) == []


def test_re_matching_never_re_offers_a_chosen_step(content: Content) -> None:
    saved = chosen_steps(content, a_result(content), count=3)
    outcomes = {s: StepOutcome(s, "not_helpful", "", WHEN.date()) for s in saved.next_steps}
    found = adjust(saved, outcomes, None, content, "id", WHEN.date())
    offered = [a.suggestion.resource.id for a in found]
    assert found and not set(offered) & set(saved.next_steps)
    assert len(offered) == len(set(offered))
