"""The support map and the safety plan in ``--plain`` and ``pulih plan``."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

from pulih.core.mapplan.safetyplan import SafetyPlan
from pulih.core.mapplan.supportmap import SupportMap, Tie
from pulih.core.questionnaire.scoring import evaluate
from pulih.core.store.database import Store, store_exists
from pulih.core.store.record import SavedResult
from tests.test_plain import SUPPORT, pulih
from tests.test_supportmap import CONTENT, STRONG, WHEN

SAFETY_CHECK = ["1", "1", "1", "1", "2"]  # item 9 "several days": the safety panel at once
REST_OF_CHECK = ["1", "1", "1", "1", "1"]  # the four ASQ questions "no", then "right now": no


def data() -> Path:
    return Path(os.environ["PULIH_DATA_DIR"])


def test_a_plain_map_shows_who_gives_what_and_its_gaps_steer_the_suggestions() -> None:
    people = ["Ibu", "1", "1 2", "n", "Pak RT", "3", "3", "y", ""]
    done = pulih("--plain", "--lang", "en", feed=[*SUPPORT, "n", "y", *people, "", "n"])
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "◉ Inner circle: Ibu" in out and "○ Outer circle: Pak RT (!)" in out
    assert "Nobody gives yet: appraisal" in out
    suggestions = out[out.index("Suggestions for you") :]
    assert "nobody on your map gives appraisal support yet" in suggestions
    assert not store_exists(data())  # "n" to saving: nothing written


def test_a_saved_plain_result_keeps_its_map() -> None:
    people = ["I.", "", "4", "n", ""]  # Enter takes the middle circle
    done = pulih("--plain", "--lang", "id", feed=[*SUPPORT, "n", "y", *people, "", "y", "n"])
    assert done.returncode == 0, done.stderr
    with Store.open(data()) as store:
        (saved,) = store.results()
    assert saved.support_map == SupportMap((Tie("I.", "middle", frozenset({"appraisal"})),))


def test_a_plan_after_the_safety_panel_is_saved_only_with_consent_and_shown_again() -> None:
    plan = ["y", "susah tidur", "jalan pagi", "", "Kak Rina", "", "", "", "y"]
    feed = [*SUPPORT, "y", *SAFETY_CHECK, *plan, *REST_OF_CHECK, "n", "", "n"]
    done = pulih("--plain", "--lang", "id", feed=feed)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert out.index("KESELAMATAN ANDA PENTING") < out.index("RENCANA AMAN SAYA")
    assert "Rencana aman tersimpan." in out
    with Store.open(data()) as store:
        assert store.safety_plan() == SafetyPlan("susah tidur", "jalan pagi", "", "Kak Rina")
        assert store.count() == 0  # the result itself was not saved
    shown = pulih("plan", "--lang", "id", feed=[])
    assert shown.returncode == 0, shown.stderr
    assert "susah tidur" in shown.stdout and "Dicek lewat sumber publik" in shown.stdout
    path = data().parent / "rencana.html"
    written = pulih("plan", "--format", "html", "-o", str(path), feed=[])
    assert written.returncode == 0, written.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and "jalan pagi" in path.read_text()


def test_a_plan_is_not_saved_when_the_answer_is_no() -> None:
    plan = ["y", "susah tidur", "", "", "", "", "", "", "n"]
    feed = [*SUPPORT, "y", *SAFETY_CHECK, *plan, *REST_OF_CHECK, "n", "", "n"]
    done = pulih("--plain", "--lang", "id", feed=feed)
    assert done.returncode == 0, done.stderr
    assert not store_exists(data())
    assert pulih("plan", "--lang", "en", feed=[]).returncode == 2


def test_p_opens_the_plan_from_any_prompt_and_enter_keeps_each_part() -> None:
    with Store.open(data()) as store:
        store.save_safety_plan(SafetyPlan(signs="gelisah"), datetime.now().astimezone())
    done = pulih("--plain", "--lang", "en", feed=["p", "", "a walk", "", "", "", "", "", "y", "q"])
    assert done.returncode == 0, done.stderr
    assert "(gelisah)" in done.stdout  # the saved part is shown, and Enter keeps it
    with Store.open(data()) as store:
        assert store.safety_plan() == SafetyPlan(signs="gelisah", cope="a walk")


def test_no_save_never_asks_to_save_the_plan() -> None:
    done = pulih(
        "--plain", "--no-save", "--lang", "en", feed=["p", "x", "", "", "", "", "", "", "q"]
    )
    assert done.returncode == 0, done.stderr
    assert "Save this safety plan" not in done.stdout and not store_exists(data())


def test_history_shows_the_map_then_and_now_and_forget_removes_map_and_plan() -> None:
    results = evaluate(CONTENT.reflection, CONTENT.check, {CONTENT.reflection.id: STRONG})
    then = SupportMap((Tie("Ibu", "middle", frozenset({"emotional"})),))
    now = SupportMap((Tie("Ibu", "inner", frozenset({"emotional", "appraisal"})), Tie("Sinta")))
    with Store.open(data()) as store:
        store.save(SavedResult(WHEN, "en", {}, results, support_map=then))
        store.save(SavedResult(WHEN, "en", {}, results, support_map=now))
        store.save_safety_plan(SafetyPlan(cope="a walk"), WHEN)
    shown = pulih("history", "--lang", "en", feed=[])
    assert shown.returncode == 0, shown.stderr
    then_now = shown.stdout[shown.stdout.index("Support map, then and now") :]
    assert "closer: Ibu" in then_now and "new: Sinta" in then_now
    assert "gaps closed: appraisal" in then_now
    assert pulih("forget", "--yes", feed=[]).returncode == 0
    assert not store_exists(data())
    assert pulih("plan", feed=[]).returncode == 2
