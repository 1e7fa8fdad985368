"""``--plain`` asks the place before the check (numbers or a name; Enter skips) and uses it for
the live crisis panels; ``pulih plan --region`` does too."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from pulih.core.store.database import Store
from tests.test_plain import SUPPORT, pulih
from tests.test_plain_map_plan import SAFETY_CHECK

STATEMENTS = SUPPORT[:12]


def test_a_province_by_number_then_the_whole_province() -> None:
    # ? lists the provinces; 11 = DKI Jakarta (code order), Enter = the whole province; no
    # check, no map, no save.
    done = pulih("--plain", "--lang", "en", feed=[*STATEMENTS, "?", "11", "", "n", "n", "n"])
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Where do you live?" in out and "  14. DI Yogyakarta" in out
    assert out.index("Where do you live?") < out.index("  1. Aceh")  # listed only when asked
    assert "Region: DKI Jakarta. Not saved unless you save your result." in out
    assert out.index("Where do you live?") < out.index("Take the wellbeing check?")


def test_a_name_with_a_typo_gets_a_did_you_mean_then_the_regional_line_shows() -> None:
    feed = [*STATEMENTS, "Jakrta", "jakarta", "", "y", *SAFETY_CHECK, "n", "1", "n", "n"]
    done = pulih("--plain", "--lang", "id", feed=feed)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Wilayah 'jakrta' tidak dikenal. Maksud Anda: DKI Jakarta?" in out
    panel = out.index("KESELAMATAN ANDA PENTING")
    assert out.index("JakCare", panel) < out.index("healing119", panel)


def test_a_kabupaten_by_name_in_one_step() -> None:
    done = pulih("--plain", "--lang", "en", feed=[*STATEMENTS, "Gunung Kidul", "n", "n", "n"])
    assert done.returncode == 0, done.stderr
    assert "Region: Kabupaten Gunungkidul, DI Yogyakarta." in done.stdout
    assert "  1. Aceh" not in done.stdout  # no list of 38 provinces unless asked for


def test_without_a_place_no_regional_line() -> None:
    feed = [*SUPPORT, "y", *SAFETY_CHECK, "n", "1", "n", "n"]
    done = pulih("--plain", "--lang", "id", feed=feed)
    assert done.returncode == 0, done.stderr
    assert "JakCare" not in done.stdout


def save_plan_and_result(region: str | None) -> None:
    """A saved safety plan (and, with ``region``, a saved result with that region)."""
    from pulih.core.directory.preferences import Preferences
    from pulih.core.mapplan.safetyplan import SafetyPlan
    from pulih.core.questionnaire.scoring import evaluate
    from pulih.core.store.record import SavedResult
    from tests.test_supportmap import CONTENT, STRONG

    now = datetime.now().astimezone()
    with Store.open(Path(os.environ["PULIH_DATA_DIR"])) as store:
        store.save_safety_plan(SafetyPlan(signs="susah tidur"), now)
        if region is not None:
            results = evaluate(CONTENT.reflection, CONTENT.check, {CONTENT.reflection.id: STRONG})
            store.save(SavedResult(now, "en", {}, results, Preferences(region=region)))


def test_plan_region_shows_the_regional_line_and_refuses_an_unknown_one() -> None:
    save_plan_and_result(None)
    plain = pulih("plan", "--lang", "en", feed=[])
    assert plain.returncode == 0 and "JakCare" not in plain.stdout
    jakarta = pulih("plan", "--lang", "en", "--region", "jakarta", feed=[])
    assert jakarta.returncode == 0, jakarta.stderr
    assert jakarta.stdout.index("JakCare") < jakarta.stdout.index("healing119")
    wrong = pulih("plan", "--region", "Jogjakrta", feed=[])
    assert wrong.returncode == 2 and wrong.stdout == ""
    assert wrong.stderr.strip() == (
        "pulih: --region: wilayah 'Jogjakrta' tidak dikenal; maksud Anda: DI Yogyakarta?"
    )


def test_plan_uses_the_region_saved_with_the_latest_result() -> None:
    save_plan_and_result("DKI Jakarta")
    shown = pulih("plan", "--lang", "en", feed=[])
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.index("JakCare") < shown.stdout.index("healing119")
